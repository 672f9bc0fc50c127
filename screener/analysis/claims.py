"""Network claims in plain words ("500+ connections", "kent mensen bij PostNL") and verdicts.

``parse_claim`` turns what the reviewer typed into a :class:`Claim`; ``verify_claim``
answers it from a :class:`NetworkResult` with ``supported``, ``partly supported``,
``not supported`` or ``cannot be checked``, the numbers and people behind it, and a
caveat wherever the absence of overlap proves little.
"""

from __future__ import annotations

import re

from ..records import Claim, ClaimVerdict, NetworkResult
from .claim_text import caveats, explain
from .identity import fold, name_parts, normalize_company
from .sectors import SECTOR_LABELS, sector_from_text

VERDICTS = ("supported", "partly supported", "not supported", "cannot be checked")
LARGE_NETWORK = 500  # "a large network" without a number: LinkedIn's own "500+" mark
_SIZE_WORDS = (
    r"(?:connecties|connections|contacten|contacts|volgers|followers|relaties|vrienden|"
    r"friends|linkedin)"
)
_NUMBER = re.compile(
    rf"(?:meer dan|ruim|over|more than|at least|minstens|minimaal|bijna|almost|circa|about|ca\.?)?"
    rf"\s*(\d{{1,3}}(?:[.,]\d{{3}})+|\d+)\s*(k\b)?\s*\+?\s*{_SIZE_WORDS}"
)
_BIG = re.compile(
    r"\b(?:groot|grote|uitgebreid|uitgebreide|breed|brede|enorm|enorme|flink|flinke|large|"
    r"big|extensive|broad|wide|huge|strong|sterk|sterke)\s+(?:\w+\s+)?(?:netwerk|network)"
)
_AT = re.compile(
    r"(?:\bbij\b|\bat\b|\bvan\b|\bfrom\b|\bwith\b|\bmet\b|\bbinnen\b|\bwithin\b|\bin\b)\s+(.+)$",
    re.IGNORECASE,
)
_PEOPLE_AT = re.compile(
    r"\b(?:mensen|people|contacten|contacts|connecties|connections|iemand|someone|collega'?s|"
    r"colleagues|managers?|directie|werkt|worked|werkte|netwerk|network|relaties)\b",
    re.IGNORECASE,
)
_KNOWS = re.compile(
    r"\b(?:kent|ken|knows|know|knew|kende|connected (?:to|with)|verbonden met|bevriend met|"
    r"friends with|contact met|in contact with)\s+"
    r"(?:ook\s+|also\s+|persoonlijk\s+|personally\s+)?(.+)$",
    re.IGNORECASE,
)
_NOT_A_PERSON = re.compile(
    r"^(?:veel|many|lots|mensen|people|iedereen|everyone|de|the|het|a|an|een|some|wat|"
    r"a lot|allerlei|all)\b",
    re.IGNORECASE,
)


def _clean(value: str) -> str:
    return re.sub(r"[\s.,;:!?\"')]+$", "", value.strip().strip("\"'“”")).strip()


def parse_claim(text: str) -> Claim:
    """Read one claim as a reviewer types it, in Dutch or English.

    >>> parse_claim("500+ connections")
    Claim(text='500+ connections', kind='size', number=500, sector=None, company=None, person=None)
    >>> parse_claim("netwerk in de logistiek").sector
    'logistics'
    >>> c = parse_claim("kent mensen bij PostNL"); (c.kind, c.company)
    ('company', 'PostNL')
    >>> c = parse_claim("knows Jan de Vries"); (c.kind, c.person)
    ('person', 'Jan de Vries')
    >>> parse_claim("groot netwerk").kind, parse_claim("groot netwerk").number
    ('size', None)
    """
    text = " ".join((text or "").split())
    folded = fold(text)
    number = _NUMBER.search(folded)
    if number:
        value = int(re.sub(r"[.,]", "", number.group(1))) * (1000 if number.group(2) else 1)
        return Claim(text, "size", number=value)
    knows = _KNOWS.search(text)
    if (
        knows
        and not _NOT_A_PERSON.match(knows.group(1))
        and not _PEOPLE_AT.search(knows.group(1).split(" bij ")[0].split(" at ")[0])
    ):
        person = _clean(re.split(r"\s+(?:bij|at|from|via|uit|of)\s+", knows.group(1))[0])
        person = re.sub(r"\s+(?:persoonlijk|personally|goed|well|erg goed|very well)$", "", person)
        if name_parts(person)[0]:
            return Claim(text, "person", person=person)
    at = _AT.search(text) if _PEOPLE_AT.search(text) or knows else None
    if at:
        place = _clean(at.group(1))
        sector = sector_from_text(place)
        named_sector = _sector_name(place)
        if named_sector:
            return Claim(text, "sector", sector=named_sector)
        if sector and not re.match(r"[A-Z0-9]", place.split(" ")[-1] or "x"):
            return Claim(text, "sector", sector=sector)
        if place and re.search(r"[A-Z0-9]", place) and not re.match(r"(?i)de |het |the ", place):
            return Claim(text, "company", company=place)
        if sector:
            return Claim(text, "sector", sector=sector)
    sector = sector_from_text(text)
    if sector:
        return Claim(text, "sector", sector=sector)
    if _BIG.search(folded):
        return Claim(text, "size")
    return Claim(text, "unknown")


def _sector_name(place: str) -> str | None:
    """The sector when ``place`` is a sector's own name ("IT", "de zorg"), not a company.

    >>> _sector_name("IT"), _sector_name("de logistiek"), _sector_name("PostNL")
    ('it', 'logistics', None)
    """
    folded = re.sub(r"^(?:de|het|the)\s+", "", fold(place))
    for sector, labels in SECTOR_LABELS.items():
        if folded in {fold(label) for label in labels} or folded == sector:
            return sector
    return None


def _company_people(result: NetworkResult, company: str) -> tuple[list[str], list[str]]:
    wanted = normalize_company(company)
    people: list[str] = []
    names: list[str] = []
    if not wanted:
        return people, names
    pattern = re.compile(rf"(?<!\w){re.escape(wanted)}(?!\w)")
    for display, members in result.company_people.items():
        if pattern.search(normalize_company(display)):
            names.append(display)
            people.extend(members)
    return people, names


def verify_claim(claim: Claim, result: NetworkResult, *, min_shared: int = 5) -> ClaimVerdict:
    """Answer one claim from the network analysis.

    Size claims use the candidate's own connection count; sector, company and person
    claims count the candidate's own connections and the ones shared with employees.
    Fuzzy-only matches are reported, never counted.

    :param min_shared: shared connections needed for "supported" (per vacancy, default 5).
    """
    numbers: dict[str, int] = {"min_shared": min_shared}
    people: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    total = result.candidate_connections
    numbers["candidate_connections"] = total
    numbers["blank_connections"] = result.blank_connections
    if claim.kind == "unknown" or total == 0:
        verdict = "cannot be checked"
    elif claim.kind == "size":
        target = claim.number or LARGE_NETWORK
        numbers["claimed"] = target
        verdict = (
            "supported"
            if total >= target
            else "partly supported"
            if total >= 0.8 * target
            else "not supported"
        )
    elif claim.kind == "sector":
        own = result.sector_people.get(claim.sector or "", ())
        shared = [p for p in result.shared if claim.sector in p.sectors]
        numbers.update(sector_connections=len(own), shared_in_sector=len(shared))
        people = tuple(p.name for p in shared[:50])
        with_info = sum(1 for _ in result.company_people) or sum(result.sectors.values())
        if not with_info:
            verdict = "cannot be checked"
        elif len(shared) >= min_shared:
            verdict = "supported"
        elif len(own) >= min_shared:
            verdict = "partly supported"
        else:
            verdict = "not supported"
    elif claim.kind == "company":
        own, names = _company_people(result, claim.company or "")
        wanted = normalize_company(claim.company or "")
        shared = [p for p in result.shared if wanted and wanted in normalize_company(p.company)]
        numbers.update(company_connections=len(own), shared_at_company=len(shared))
        # Only people an employee also knows are named: the others are counted, because
        # a report never lists third parties the organisation has no link with.
        people = tuple(p.name for p in shared[:50])
        companies = tuple(names)
        if not result.company_people:
            verdict = "cannot be checked"
        elif len(own) >= 2:
            verdict = "supported"
        elif own:
            verdict = "partly supported"
        else:
            verdict = "not supported"
    else:  # person
        wanted = name_parts(claim.person or "")
        shared_names = {name_parts(p.name)[0] for p in result.shared}
        hits, maybe = [], []
        for name in result.names:
            full, first, _particles, last = name_parts(name)
            if full == wanted[0]:
                hits.append(name)
            elif last == wanted[3] and first[:1] == wanted[1][:1]:
                maybe.append(name)
        numbers.update(
            found=len(hits),
            similar=len(maybe),
            shared_with_employee=sum(1 for n in hits if name_parts(n)[0] in shared_names),
        )
        people = tuple(hits or maybe)[:20]
        if not any(result.names):
            verdict = "cannot be checked"
        else:
            verdict = "supported" if hits else "partly supported" if maybe else "not supported"
    numbers["fuzzy_only"] = len(result.fuzzy_only)
    numbers["employees"] = len(result.employees)
    nl, en = explain(claim, verdict, numbers, people, companies)
    caveats_nl, caveats_en = caveats(claim, verdict, result, numbers)
    return ClaimVerdict(
        claim, verdict, numbers, people, companies, nl, en, tuple(caveats_nl), tuple(caveats_en)
    )


def verdict_to_json(verdict: ClaimVerdict) -> dict:
    """A verdict as plain JSON (stored in ``claims.evidence`` and printed by the CLI)."""
    claim = verdict.claim
    return {
        "text": claim.text,
        "kind": claim.kind,
        "parsed": {
            "number": claim.number,
            "sector": claim.sector,
            "company": claim.company,
            "person": claim.person,
        },
        "verdict": verdict.verdict,
        "numbers": dict(verdict.numbers),
        "people": list(verdict.people),
        "companies": list(verdict.companies),
        "explanation": verdict.explanation_nl,
        "explanation_en": verdict.explanation_en,
        "caveats": list(verdict.caveats_nl),
        "caveats_en": list(verdict.caveats_en),
    }
