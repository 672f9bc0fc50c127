"""SVG charts as pure functions: a monthly timeline and category bars.

The output is inline-safe SVG for the web page and the PDF alike: presentation
attributes only (``fill=``, ``stroke=``; no ``style=``, no script, no external
references), every label escaped, and the same input always gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from ..records import CATEGORIES

# Colour-blind-safe palette (Okabe-Ito), one colour per category in a fixed order.
PALETTE = {
    "complaint": "#E69F00",
    "insult": "#D55E00",
    "profanity": "#999999",
    "hate": "#CC79A7",
    "threat": "#B3261E",
    "harassment": "#0072B2",
    "confidential": "#009E73",
    "drugs_crime": "#56B4E9",
}
_EXTRA = ("#5B6472", "#1D2330", "#8AB4F8", "#A45B00")
INK, MUTED, GRID = "#1d2330", "#5b6472", "#d9dde3"


def _esc(text: object) -> str:
    return escape(str(text), quote=True)


def _order(categories: set[str]) -> list[str]:
    known = [c for c in CATEGORIES if c in categories]
    return known + sorted(categories - set(CATEGORIES))


def category_colour(category: str, index: int = 0) -> str:
    """The fixed colour of a category (unknown categories cycle through spares)."""
    return PALETTE.get(category, _EXTRA[index % len(_EXTRA)])


def _nice_max(value: int) -> int:
    """Round an axis maximum up to 1, 2, 4, 6 or 8 times a power of ten (halves stay whole).

    >>> [_nice_max(v) for v in (0, 1, 2, 3, 7, 12, 48, 130)]
    [1, 1, 2, 4, 8, 20, 60, 200]
    """
    if value <= 1:
        return 1
    magnitude = 1
    while True:
        for step in (1, 2, 4, 6, 8):
            if step * magnitude >= value:
                return int(step * magnitude)
        magnitude *= 10


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img"'
        f' viewBox="0 0 {width} {height}" width="{width}" height="{height}"'
        f' aria-label="{_esc(title)}"><title>{_esc(title)}</title>' + "".join(body) + "</svg>"
    )


def _empty(width: int, height: int, title: str, message: str) -> str:
    return _svg(
        width,
        height,
        title,
        [
            f'<text x="{width // 2}" y="{height // 2}" text-anchor="middle" fill="{MUTED}"'
            f' font-size="14">{_esc(message)}</text>'
        ],
    )


def _legend(categories: list[str], labels: Mapping[str, str], x: int, y: int) -> list[str]:
    out = []
    for i, cat in enumerate(categories):
        lx = x + (i % 4) * 170
        ly = y + (i // 4) * 18
        out.append(
            f'<rect x="{lx}" y="{ly - 10}" width="12" height="12"'
            f' fill="{category_colour(cat, i)}"/>'
            f'<text x="{lx + 17}" y="{ly}" font-size="12" fill="{INK}">'
            f"{_esc(labels.get(cat, cat))}</text>"
        )
    return out


def timeline_svg(
    months: Sequence[tuple[str, Mapping[str, int]]],
    *,
    labels: Mapping[str, str] | None = None,
    title: str = "Findings per month",
    empty: str = "—",
    width: int = 720,
) -> str:
    """Monthly stacked bars, one colour per category.

    :param months: ``[("2024-03", {"complaint": 2, "insult": 1}), ...]`` in order; months
        without findings may carry ``{}`` so gaps show.
    :param labels: display names per category (already translated); default the key.
    :returns: an ``<svg>`` element as a string.

    >>> svg = timeline_svg([("2024-01", {"complaint": 2}), ("2024-02", {})])
    >>> svg.startswith("<svg") and "2024-01" in svg and "style=" not in svg
    True
    """
    labels = labels or {}
    categories = _order({c for _m, counts in months for c, n in counts.items() if n > 0})
    height = 250 + 18 * ((len(categories) - 1) // 4)
    if not categories:
        return _empty(width, 120, title, empty)
    left, right, top, plot_h = 40, 10, 12, 170
    plot_w = width - left - right
    peak = _nice_max(max(sum(max(0, n) for n in c.values()) for _m, c in months))
    slot = plot_w / len(months)
    bar = max(1.0, slot * 0.8)
    body: list[str] = []
    for tick in (0, peak // 2, peak) if peak > 1 else (0, peak):
        y = top + plot_h - plot_h * tick / peak
        body.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}"'
            f' stroke="{GRID}" stroke-width="1"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11"'
            f' fill="{MUTED}">{tick}</text>'
        )
    every = max(1, -(-len(months) // 12))
    for i, (month, counts) in enumerate(months):
        x = left + i * slot + (slot - bar) / 2
        y = top + plot_h
        for j, cat in enumerate(categories):
            n = max(0, int(counts.get(cat, 0)))
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}"'
                f' fill="{category_colour(cat, j)}"><title>{_esc(month)} · '
                f"{_esc(labels.get(cat, cat))}: {n}</title></rect>"
            )
        if i % every == 0:
            body.append(
                f'<text x="{left + i * slot + slot / 2:.1f}" y="{top + plot_h + 16}"'
                f' text-anchor="middle" font-size="11" fill="{MUTED}">{_esc(month)}</text>'
            )
    body += _legend(categories, labels, left, top + plot_h + 44)
    return _svg(width, height, title, body)


def category_bars_svg(
    counts: Mapping[str, int],
    *,
    labels: Mapping[str, str] | None = None,
    title: str = "Findings per category",
    empty: str = "—",
    width: int = 520,
) -> str:
    """Horizontal bars, one per category with a count above zero, in the fixed order.

    >>> "insult" in category_bars_svg({"insult": 3, "threat": 0})
    True
    """
    labels = labels or {}
    categories = _order({c for c, n in counts.items() if n > 0})
    if not categories:
        return _empty(width, 60, title, empty)
    row, label_w, top = 24, 190, 6
    height = top * 2 + row * len(categories)
    peak = max(counts[c] for c in categories)
    plot_w = width - label_w - 50
    body = []
    for i, cat in enumerate(categories):
        y = top + i * row
        w = max(2.0, plot_w * counts[cat] / peak)
        body.append(
            f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end" font-size="12"'
            f' fill="{INK}">{_esc(labels.get(cat, cat))}</text>'
            f'<rect x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row - 8}"'
            f' fill="{category_colour(cat, i)}"/>'
            f'<text x="{label_w + w + 6:.1f}" y="{y + 16}" font-size="12"'
            f' fill="{INK}">{int(counts[cat])}</text>'
        )
    return _svg(width, height, title, body)
