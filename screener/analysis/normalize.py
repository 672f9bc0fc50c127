"""Tweet-writing normalisation before matching, with a map back to the original text.

URLs become ``URL``, mentions become ``@user`` (the handle is kept for targets), hashtags
lose their ``#`` and camel case is split (``#KutBaas`` -> ``Kut Baas``), runs of three or
more equal letters shrink to two (``zooooo`` -> ``zoo``, ``idioooot`` -> ``idioot``) and
curly apostrophes become straight ones. Every character of the normalised text remembers
the index of the original character it came from, so evidence spans found on the
normalised text point into the ORIGINAL text (``text[start:end] == span.text``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TRIGGER = re.compile(r"https?://|www\.|[@#]\w|(\w)\1\1|[\u2018\u2019]", re.I)
_PIECES = re.compile(
    r"(?P<url>(?:https?://|www\.)\S+)"
    r"|(?P<mention>(?<![\w@])@\w{1,30})"
    r"|(?P<tag>(?<![\w#])#(?P<tagbody>\w+))"
    r"|(?P<elong>([^\W\d_])\6{2,})"
    r"|(?P<apos>[\u2018\u2019])",
    re.I,
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text, its offset map and the mentions found (handle, start, end)."""

    original: str
    text: str
    offsets: tuple[int, ...] | None  # normalised index -> original index; None = identity
    mentions: tuple[tuple[str, int, int], ...] = ()
    elongations: tuple[int, ...] = ()  # normalised index of each run shrunk to two letters

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` span to the original text.

        >>> n = normalize("zooooo dom")
        >>> s, e = n.span(4, 7)
        >>> n.original[s:e]
        'dom'
        """
        if self.offsets is None or end <= start:
            return start, end
        return self.offsets[start], self.offsets[end - 1] + 1


def normalize(text: str) -> Normalized:
    """Normalise one post for matching.

    >>> n = normalize("@jan je bent een idiooooot https://t.co/x #KutBaas")
    >>> n.text
    '@user je bent een idioot URL Kut Baas'
    >>> n.mentions
    (('jan', 0, 4),)
    """
    if not _TRIGGER.search(text):
        return Normalized(text, text, None)
    out: list[str] = []
    offsets: list[int] = []
    mentions: list[tuple[str, int, int]] = []
    elongations: list[int] = []
    pos = 0
    for match in _PIECES.finditer(text):
        start, end = match.span()
        out.append(text[pos:start])
        offsets.extend(range(pos, start))
        kind = match.lastgroup
        if kind == "url":
            _emit(out, offsets, "URL", start, end)
        elif kind == "mention":
            mentions.append((text[start + 1 : end], start, end))
            _emit(out, offsets, "@user", start, end)
        elif kind in ("tag", "tagbody"):
            body = match.group("tagbody")
            pieces = _CAMEL.split(body)
            cursor = start + 1
            for index, piece in enumerate(pieces):
                if index:
                    out.append(" ")
                    offsets.append(cursor)
                piece_norm = re.sub(r"([^\W\d_])\1{2,}", r"\1\1", piece)
                _emit(out, offsets, piece_norm, cursor, cursor + len(piece))
                cursor += len(piece)
        elif kind == "apos":
            out.append("'")
            offsets.append(start)
        else:  # an elongated letter run: keep two of them, both mapped over the run
            elongations.append(len(offsets))
            out.append(text[start] * 2)
            offsets.extend((start, end - 1))
        pos = end
    out.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return Normalized(text, "".join(out), tuple(offsets), tuple(mentions), tuple(elongations))


def _emit(out: list[str], offsets: list[int], new: str, start: int, end: int) -> None:
    """Append ``new`` standing for original ``[start, end)``: first char -> start, last -> end-1."""
    out.append(new)
    if not new:
        return
    if len(new) == end - start:
        offsets.extend(range(start, end))
        return
    offsets.extend([start] * (len(new) - 1))
    offsets.append(end - 1)
    if len(new) > 1:
        offsets[-len(new)] = start
