"""Which sector a connection works in, from company and job-title keywords (Dutch, English).

The keywords live in ``models/lexicons/sectors.tsv``; a connection can be in more than one
sector ("IT-manager bij PostNL" is both ``it`` and ``logistics``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from .identity import fold

LEXICON = Path(__file__).resolve().parents[2] / "models" / "lexicons" / "sectors.tsv"

# sector id -> (Dutch label, English label)
SECTOR_LABELS: dict[str, tuple[str, str]] = {
    "logistics": ("logistiek", "logistics"),
    "transport": ("transport", "transport"),
    "it": ("IT", "IT"),
    "finance": ("financiële sector", "finance"),
    "healthcare": ("zorg", "healthcare"),
    "education": ("onderwijs", "education"),
    "government": ("overheid", "government"),
    "retail": ("retail en handel", "retail"),
    "construction": ("bouw", "construction"),
    "energy": ("energie", "energy"),
    "manufacturing": ("industrie", "manufacturing"),
    "hospitality": ("horeca en toerisme", "hospitality"),
    "legal": ("juridisch", "legal"),
    "consulting": ("advies", "consulting"),
    "marketing": ("marketing en media", "marketing"),
    "hr": ("HR en werving", "HR"),
    "agriculture": ("land- en tuinbouw", "agriculture"),
    "telecom": ("telecom", "telecom"),
    "real_estate": ("vastgoed", "real estate"),
    "nonprofit": ("non-profit", "non-profit"),
}


def sector_label(sector: str, lang: str = "nl") -> str:
    """The sector's name in ``lang``.

    >>> sector_label("healthcare"), sector_label("healthcare", "en")
    ('zorg', 'healthcare')
    """
    labels = SECTOR_LABELS.get(sector)
    if labels is None:
        return sector
    return labels[1] if lang == "en" else labels[0]


@cache
def _lexicon() -> tuple[re.Pattern[str], dict[str, str]]:
    entries: dict[str, str] = {}
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sector, keyword = line.split("\t")
        entries[fold(keyword.strip())] = sector
    # Longest first, so "supply chain" wins over shorter overlapping terms. Grouped by first
    # letter (keeping that order within a group), so the regex tries only the keywords that
    # can start where it stands: the same matches, without 400 alternatives at every word.
    groups: dict[str, list[str]] = {}
    for keyword in sorted(entries, key=len, reverse=True):
        body = keyword.rstrip("*")
        rest = re.escape(body[1:])
        groups.setdefault(body[:1], []).append(f"{rest}\\w*" if keyword.endswith("*") else rest)
    alternatives = [f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items()]
    pattern = re.compile(r"(?<![\w&])(" + "|".join(alternatives) + r")(?![\w&])")
    return pattern, entries


def _sector_of_keyword(found: str, entries: dict[str, str]) -> str | None:
    if found in entries:
        return entries[found]
    for prefix, sector in _prefix_keywords():  # a prefix keyword ("logistiek*")
        if found.startswith(prefix):
            return sector
    return None


@cache
def _prefix_keywords() -> tuple[tuple[str, str], ...]:
    """``(prefix, sector)`` of every prefix keyword ("logistiek*"), in the lexicon's order."""
    return tuple((k[:-1], sector) for k, sector in _lexicon()[1].items() if k.endswith("*"))


@lru_cache(maxsize=100_000)
def sectors_in(text: str) -> tuple[str, ...]:
    """Sector ids whose keywords occur in ``text``, in order of first appearance.

    >>> sectors_in("Teamleider Logistiek bij PostNL")
    ('logistics',)
    >>> sectors_in("IT-manager, Ziekenhuis Rivierenland")
    ('it', 'healthcare')
    >>> sectors_in("Singer")
    ()
    """
    if not text:
        return ()
    pattern, entries = _lexicon()
    found: list[str] = []
    for hit in pattern.finditer(fold(text)):
        sector = _sector_of_keyword(hit.group(1), entries)
        if sector and sector not in found:
            found.append(sector)
    return tuple(found)


@lru_cache(maxsize=100_000)
def sectors_of(company: str, position: str) -> tuple[str, ...]:
    """Sectors of one connection from their company and job title (memoised per pair).

    >>> sectors_of("DHL Supply Chain", "Operations manager")
    ('logistics',)
    """
    if not (company and position):
        return sectors_in(company or position)
    # Cached per field: far fewer distinct companies and titles than combinations.
    found = sectors_in(company)
    return found + tuple(s for s in sectors_in(position) if s not in found)


def sector_from_text(text: str) -> str | None:
    """The first sector a claim names ("netwerk in de logistiek" -> ``logistics``).

    >>> sector_from_text("veel contacten in de zorg")
    'healthcare'
    >>> sector_from_text("network in logistics")
    'logistics'
    """
    folded = fold(text)
    for sector, (nl, en) in SECTOR_LABELS.items():
        for label in (fold(nl), fold(en)):
            if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", folded):
                return sector
    found = sectors_in(text)
    return found[0] if found else None
