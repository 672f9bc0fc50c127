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
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

_TRIPLE = re.compile(r"(.)\1\1", re.S)  # any character three times: a cheap pre-scan
_PARTS = {
    "url": r"(?P<url>(?:https?://|www\.)\S+)",
    "mention": r"(?P<mention>(?<![\w@])@\w{1,30})",
    "tag": r"(?P<tag>(?<![\w#])#(?P<tagbody>\w+))",
    "elong": r"(?P<elong>(?P<elongchar>[^\W\d_])(?P=elongchar){2,})",
    "apos": r"(?P<apos>[\u2018\u2019])",
}
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_RUN = re.compile(r"([^\W\d_])\1{2,}")
_BIG = 1 << 62


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text, its map back to the original and the mentions found.

    ``pieces`` are ``(norm_start, orig_start, orig_end, exact)`` in order; an exact piece
    copies the original character for character, any other piece stands for the whole
    original range. ``None`` means the text was not changed.
    """

    original: str
    text: str
    pieces: tuple[tuple[int, int, int, bool], ...] | None
    mentions: tuple[tuple[str, int, int], ...] = ()  # (handle, start, end) in the original
    elongations: tuple[int, ...] = ()  # normalised index of each run shrunk to two letters

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` span to the original text.

        >>> n = normalize("zooooo dom")
        >>> s, e = n.span(4, 7)
        >>> n.original[s:e]
        'dom'
        >>> n.original.__getitem__(slice(*n.span(0, 3)))
        'zooooo'
        """
        pieces = self.pieces
        if pieces is None or end <= start:
            return start, end
        i = bisect_right(pieces, (start, _BIG)) - 1
        nstart, ostart, _oend, exact = pieces[i]
        first = ostart + (start - nstart) if exact else ostart
        j = bisect_right(pieces, (end - 1, _BIG)) - 1
        nstart, ostart, oend, exact = pieces[j]
        last = ostart + (end - nstart) if exact else oend
        return first, last


def normalize(text: str) -> Normalized:
    """Normalise one post for matching.

    >>> n = normalize("@jan je bent een idiooooot https://t.co/x #KutBaas")
    >>> n.text
    '@user je bent een idioot URL Kut Baas'
    >>> n.mentions
    (('jan', 0, 4),)
    >>> n.original.__getitem__(slice(*n.span(18, 24)))
    'idiooooot'
    """
    parts = []
    if "http" in text or "www." in text:
        parts.append("url")
    if "@" in text:
        parts.append("mention")
    if "#" in text:
        parts.append("tag")
    if "\u2018" in text or "\u2019" in text:
        parts.append("apos")
    if _TRIPLE.search(text) and _elongated(text):
        parts.append("elong")
    if not parts:
        return Normalized(text, text, None)
    out: list[str] = []
    pieces: list[tuple[int, int, int, bool]] = []
    mentions: list[tuple[str, int, int]] = []
    elongations: list[int] = []
    size = 0
    pos = 0

    def emit(new: str, ostart: int, oend: int, exact: bool) -> None:
        nonlocal size
        if new:
            pieces.append((size, ostart, oend, exact))
            out.append(new)
            size += len(new)

    for match in _pieces(tuple(parts)).finditer(text):
        start, end = match.span()
        emit(text[pos:start], pos, start, True)
        kind = match.lastgroup
        if kind == "url":
            emit("URL", start, end, False)
        elif kind == "mention":
            mentions.append((text[start + 1 : end], start, end))
            emit("@user", start, end, False)
        elif kind in ("tag", "tagbody"):
            cursor = start + 1
            for index, piece in enumerate(_CAMEL.split(match.group("tagbody"))):
                if index:
                    emit(" ", cursor, cursor, False)
                squeezed = _RUN.sub(r"\1\1", piece)
                emit(squeezed, cursor, cursor + len(piece), squeezed == piece)
                cursor += len(piece)
        elif kind == "apos":
            emit("'", start, end, True)
        else:  # an elongated letter run: keep two of them, standing for the whole run
            elongations.append(size)
            emit(text[start] * 2, start, end, False)
        pos = end
    emit(text[pos:], pos, len(text), True)
    return Normalized(text, "".join(out), tuple(pieces), tuple(mentions), tuple(elongations))


def _elongated(text: str) -> bool:
    r"""Whether a letter stands three times in a row ("zooo"); digits and "_" do not count.

    The same test as the regex ``([^\W\d_])\1\1``, which is four times slower to scan.

    >>> _elongated("zooo moe"), _elongated("1000 posts"), _elongated("__x"), _elongated("½½½")
    (True, False, False, True)
    """
    return any((c := m.group(1)).isalnum() and not c.isdecimal() for m in _TRIPLE.finditer(text))


@cache
def _pieces(parts: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation of just the piece patterns a text needs (cheaper than all five)."""
    return re.compile("|".join(_PARTS[p] for p in parts), re.I)
