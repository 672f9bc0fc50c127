"""Showing a candidate's post safely: escaped pieces, highlights, visible control characters.

Posts are hostile input. Templates never mark post text safe; they loop over the
segments made here and let Jinja escape each one. Evidence spans are applied to the
ORIGINAL text (their offsets point there), and only then are invisible and bidi control
characters replaced by a visible marker such as ``⟨U+202E⟩`` so a reviewer is never
misled by reordered or hidden text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple
from urllib.parse import urlsplit

# C0/C1 controls except tab and newlines, soft hyphen, combining grapheme joiner, Arabic
# letter mark, Hangul fillers, Mongolian vowel separator, zero-width and bidi controls,
# word joiner and invisible operators, BOM, interlinear annotation, tag characters.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5"
    "\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\ufff9-\ufffb"
    "\U000e0000-\U000e007f]"
)
_ZWJ = "\u200d"


class Segment(NamedTuple):
    """A piece of post text: ``kind`` is ``text``, ``mark`` (evidence) or ``control``."""

    kind: str
    text: str


def _is_emoji(char: str) -> bool:
    code = ord(char)
    return code >= 0x1F000 or 0x2600 <= code <= 0x27BF or code == 0xFE0F


def _visible(text: str, kind: str) -> list[Segment]:
    out: list[Segment] = []
    pos = 0
    for match in _INVISIBLE.finditer(text):
        char, start = match.group(), match.start()
        # A joiner inside an emoji sequence (family, flags) is how the emoji is written.
        if (
            char == _ZWJ
            and 0 < start < len(text) - 1
            and _is_emoji(text[start - 1])
            and _is_emoji(text[start + 1])
        ):
            continue
        if start > pos:
            out.append(Segment(kind, text[pos:start]))
        out.append(Segment("control", f"⟨U+{ord(char):04X}⟩"))
        pos = match.end()
    if pos < len(text):
        out.append(Segment(kind, text[pos:]))
    return out


def _spans(text: str, evidence: Iterable[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """Valid, sorted, merged (start, end) ranges; a span whose offsets do not match its
    text is located by its text instead, so a stale offset never marks the wrong words."""
    ranges = []
    for span in evidence or ():
        start, end, word = span.get("start"), span.get("end"), span.get("text")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
            start = end = None
        if word and (start is None or text[start:end] != word):
            found = text.find(word)
            start, end = (found, found + len(word)) if found >= 0 else (None, None)
        if start is not None and end <= len(text):
            ranges.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def post_segments(text: str | None, evidence: Iterable[Mapping[str, Any]] = ()) -> list[Segment]:
    """Split ``text`` into escaped-later segments with evidence marked and controls visible.

    :param evidence: ``[{start, end, text}]`` spans into the original ``text``.
    """
    text = text or ""
    out: list[Segment] = []
    pos = 0
    for start, end in _spans(text, evidence):
        out += _visible(text[pos:start], "text")
        out += _visible(text[start:end], "mark")
        pos = end
    out += _visible(text[pos:], "text")
    return out


def visible_text(text: str | None) -> str:
    """The text with invisible and bidi control characters written out (for names, titles)."""
    return "".join(segment.text for segment in _visible(text or "", "text"))


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) link without control characters, else None."""
    if not url or _INVISIBLE.search(url) or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url
    return None
