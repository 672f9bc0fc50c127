"""Inline SVG pictures of the network check: the shared graph and the growth chart.

Pure string building with presentation attributes only (no ``style=``, no script), so
the same markup works inline under a strict CSP and in the PDF. Every name is escaped.
The layout is deterministic: the candidate in the centre, the shared people on an inner
ring, the employees on an outer ring, each ring ordered so related nodes sit together.
"""

from __future__ import annotations

import math
from html import escape

from ..records import NetworkResult, SharedPerson

SIZE = 900
INNER = 250
OUTER = 385
COLOURS = {"exact": "#1f6f8b", "strong": "#1f6f8b", "fuzzy": "#b35c00"}
DASHES = {"exact": "", "strong": "6 3", "fuzzy": "2 3"}
TEXT = {
    "nl": {
        "title": "Gedeelde connecties van kandidaat en medewerkers",
        "candidate": "Kandidaat",
        "exact": "zelfde profiel (exact)",
        "strong": "naam + bedrijf (sterk)",
        "fuzzy": "alleen naam (telt niet mee)",
        "employee": "medewerker",
        "more": "nog {n} niet getoond",
        "empty": "Geen gedeelde connecties.",
        "growth": "Nieuwe connecties per maand",
        "burst": "opvallende maand",
        "no_dates": "Geen datums van connecties.",
    },
    "en": {
        "title": "Connections the candidate shares with employees",
        "candidate": "Candidate",
        "exact": "same profile (exact)",
        "strong": "name + company (strong)",
        "fuzzy": "name only (not counted)",
        "employee": "employee",
        "more": "{n} more not shown",
        "empty": "No shared connections.",
        "growth": "New connections per month",
        "burst": "month that stands out",
        "no_dates": "No connection dates.",
    },
}


def _t(lang: str, key: str, **values: object) -> str:
    return TEXT.get(lang, TEXT["nl"])[key].format(**values)


def _short(text: str, limit: int = 18) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _point(centre: float, radius: float, angle: float) -> tuple[float, float]:
    return centre + radius * math.cos(angle), centre + radius * math.sin(angle)


def _label(x: float, y: float, angle: float, text: str, size: float, *, outward: bool) -> str:
    """A label along the radius, turned so it never reads upside down."""
    degrees = math.degrees(angle) % 360
    flip = 90 < degrees < 270
    rotate = degrees + 180 if flip else degrees
    anchor = ("end" if flip else "start") if outward else ("start" if flip else "end")
    gap = 9 if outward else -9
    gx, gy = x + gap * math.cos(angle), y + gap * math.sin(angle)
    return (
        f'<text x="{gx:.1f}" y="{gy:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f'dominant-baseline="middle" transform="rotate({rotate:.1f} {gx:.1f} {gy:.1f})" '
        f'fill="#222">{escape(_short(text))}</text>'
    )


def _select(result: NetworkResult, max_nodes: int, fuzzy: bool):
    people: list[SharedPerson] = list(result.shared) + (list(result.fuzzy_only) if fuzzy else [])
    employees = sorted({e for p in people for e in p.employees})
    budget = max(max_nodes - 1 - len(employees), 0)
    hidden = max(len(people) - budget, 0)
    people = sorted(people, key=lambda p: (p.match == "fuzzy", -len(p.employees), p.name))
    people = people[:budget]
    employees = sorted({e for p in people for e in p.employees})
    rank = {e: i for i, e in enumerate(employees)}
    people.sort(key=lambda p: (min(rank[e] for e in p.employees), p.name.casefold()))
    return people, employees, hidden


def graph_svg(
    result: NetworkResult, *, max_nodes: int = 300, lang: str = "nl", fuzzy: bool = True
) -> str:
    """The shared part of the graph as inline SVG (deterministic, labelled, escaped).

    :param max_nodes: at most this many nodes are drawn (candidate + people + employees);
        the people shared with the most employees are kept and the rest are counted.
    :param fuzzy: draw name-only matches too (dotted, in another colour).
    """
    people, employees, hidden = _select(result, max_nodes, fuzzy)
    title = _t(lang, "title")
    # The inner ring grows with the number of people so labels keep ~10 units apart.
    inner = max(INNER, len(people) * 10.5 / (2 * math.pi))
    outer = inner + (OUTER - INNER)
    side = max(SIZE, 2 * (outer + 125))
    centre = side / 2
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side:.0f} {side:.0f}" '
        f'width="100%" role="img" aria-label="{escape(title)}" class="network-graph">',
        f"<title>{escape(title)}</title>",
        f'<rect x="0" y="0" width="{side:.0f}" height="{side:.0f}" fill="#ffffff"/>',
    ]
    if not people:
        out.append(
            f'<text x="{centre}" y="{centre}" text-anchor="middle" font-size="16" '
            f'fill="#555">{escape(_t(lang, "empty"))}</text></svg>'
        )
        return "".join(out)
    size = 10 if len(people) <= 100 else 9
    angle_of_person = {
        id(p): -math.pi / 2 + 2 * math.pi * i / len(people) for i, p in enumerate(people)
    }
    mean_angle = {}
    for e in employees:
        xs = [math.cos(angle_of_person[id(p)]) for p in people if e in p.employees]
        ys = [math.sin(angle_of_person[id(p)]) for p in people if e in p.employees]
        mean_angle[e] = math.atan2(sum(ys), sum(xs))
    ordered = sorted(employees, key=lambda e: ((mean_angle[e] + math.pi / 2) % (2 * math.pi), e))
    angle_of_employee = {
        e: -math.pi / 2 + 2 * math.pi * (i + 0.5) / len(ordered) for i, e in enumerate(ordered)
    }
    edges, nodes = [], []
    for person in people:
        angle = angle_of_person[id(person)]
        px, py = _point(centre, inner, angle)
        colour, dash = COLOURS[person.match], DASHES[person.match]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        edges.append(
            f'<line x1="{centre}" y1="{centre}" x2="{px:.1f}" y2="{py:.1f}" stroke="#c8c8c8" '
            f'stroke-width="0.6"/>'
        )
        for e in person.employees:
            if e not in angle_of_employee:
                continue
            ex, ey = _point(centre, outer, angle_of_employee[e])
            edges.append(
                f'<line x1="{px:.1f}" y1="{py:.1f}" x2="{ex:.1f}" y2="{ey:.1f}" '
                f'stroke="{colour}" stroke-width="0.9" stroke-opacity="0.7"{dash_attr}/>'
            )
        nodes.append(
            f"<g><title>{escape(person.name)} ({escape(person.match)}: "
            f"{escape(', '.join(person.employees))})</title>"
            f'<circle cx="{px:.1f}" cy="{py:.1f}" r="4" fill="{colour}"/>'
            + _label(px, py, angle, person.name, size, outward=False)
            + "</g>"
        )
    for e in ordered:
        angle = angle_of_employee[e]
        ex, ey = _point(centre, outer, angle)
        count = result.per_employee.get(e, 0)
        nodes.append(
            f"<g><title>{escape(e)}: {count}</title>"
            f'<rect x="{ex - 6:.1f}" y="{ey - 6:.1f}" width="12" height="12" fill="#5b3a8c"/>'
            + _label(ex, ey, angle, e, max(size, 8), outward=True)
            + "</g>"
        )
    out.extend(edges)
    out.append(
        f'<circle cx="{centre}" cy="{centre}" r="16" fill="#2e7d32"/>'
        f'<text x="{centre}" y="{centre + 32}" text-anchor="middle" font-size="12" '
        f'fill="#222">{escape(_t(lang, "candidate"))}</text>'
    )
    out.extend(nodes)
    out.append(_legend(lang, hidden))
    out.append("</svg>")
    return "".join(out)


def _legend(lang: str, hidden: int) -> str:
    parts = ['<g font-size="12" fill="#222">']
    y = 18
    for kind in ("exact", "strong", "fuzzy"):
        dash = DASHES[kind]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(
            f'<line x1="10" y1="{y}" x2="40" y2="{y}" stroke="{COLOURS[kind]}" '
            f'stroke-width="2"{dash_attr}/>'
            f'<text x="46" y="{y + 4}">{escape(_t(lang, kind))}</text>'
        )
        y += 18
    parts.append(
        f'<rect x="19" y="{y - 6}" width="12" height="12" fill="#5b3a8c"/>'
        f'<text x="46" y="{y + 4}">{escape(_t(lang, "employee"))}</text>'
    )
    if hidden:
        parts.append(f'<text x="10" y="{y + 24}">{escape(_t(lang, "more", n=hidden))}</text>')
    parts.append("</g>")
    return "".join(parts)


def growth_svg(result: NetworkResult, *, lang: str = "nl", width: int = 900) -> str:
    """New connections per month as bars; months that stand out in another colour.

    >>> from screener.records import NetworkResult
    >>> empty = NetworkResult(0, 0, (), (), {}, (), 0, (), {}, (), (), ())
    >>> "Geen datums" in growth_svg(empty)
    True
    """
    height, left, bottom, top = 220, 44, 28, 24
    title = _t(lang, "growth")
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="{escape(title)}" class="growth-chart">'
        f"<title>{escape(title)}</title>"
    )
    series = list(result.growth)
    if not series:
        return (
            head + f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" font-size="14" '
            f'fill="#555">{escape(_t(lang, "no_dates"))}</text></svg>'
        )
    bursts = {b.month for b in result.bursts}
    peak = max(count for _, count in series) or 1
    plot_w, plot_h = width - left - 10, height - top - bottom
    step = plot_w / len(series)
    bar = max(step * 0.8, 0.5)
    out = [
        head,
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" '
        f'stroke="#888" stroke-width="1"/>',
        f'<text x="{left - 6}" y="{top + 4}" text-anchor="end" font-size="11" fill="#222">'
        f"{peak}</text>",
        f'<text x="{left - 6}" y="{top + plot_h}" text-anchor="end" font-size="11" '
        f'fill="#222">0</text>',
        f'<text x="{left}" y="14" font-size="12" fill="#222">{escape(title)}</text>',
    ]
    for i, (month, count) in enumerate(series):
        h = plot_h * count / peak
        x = left + i * step + (step - bar) / 2
        fill = "#c0392b" if month in bursts else "#7f8c8d"
        out.append(
            f'<rect x="{x:.2f}" y="{top + plot_h - h:.2f}" width="{bar:.2f}" height="{h:.2f}" '
            f'fill="{fill}"><title>{escape(month)}: {count}</title></rect>'
        )
        if month.endswith("-01") or i == 0:
            out.append(
                f'<text x="{left + i * step:.1f}" y="{height - 10}" font-size="10" '
                f'fill="#222">{escape(month[:4])}</text>'
            )
    if bursts:
        out.append(
            f'<rect x="{width - 190}" y="6" width="10" height="10" fill="#c0392b"/>'
            f'<text x="{width - 176}" y="15" font-size="11" fill="#222">'
            f"{escape(_t(lang, 'burst'))}</text>"
        )
    out.append("</svg>")
    return "".join(out)
