"""Find a candidate's connections in the employees' networks: exact, strong, fuzzy.

Exact: the same profile URL or handle. Strong: the same normalised full name and the same
normalised company (an initial counts for a first name only with that company). Fuzzy:
a rapidfuzz token ratio at or above the threshold, computed only inside blocks (same
surname core or sound-alike surname, and the same first initial); it never counts
towards a verdict on its own. Blank rows never match.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from rapidfuzz import fuzz, process

from ..records import Connection, Match, PersonKey
from .identity import key_fields, normalize_handle, normalize_url, person_key

FUZZY_THRESHOLD = 90.0
_ID_KINDS = ("url", "handle")
_SOUNDS = (
    ("ij", "y"),
    ("ei", "y"),
    ("ey", "y"),
    ("sch", "s"),
    ("gh", "g"),
    ("ch", "g"),
    ("ck", "k"),
    ("ph", "f"),
    ("th", "t"),
    ("dt", "t"),
    ("c", "k"),
    ("z", "s"),
    ("v", "f"),
    ("w", "v"),
    ("q", "k"),
    ("x", "ks"),
)


@lru_cache(maxsize=200_000)
def sound_key(word: str) -> str:
    """A rough Dutch-aware sound-alike key for surnames (not Soundex; just enough to block).

    >>> sound_key("janssen") == sound_key("jansen") == sound_key("jansens"[:-1])
    True
    >>> sound_key("vries") == sound_key("fries")
    True
    """
    word = re.sub(r"[^a-z]", "", word)
    for old, new in _SOUNDS:
        word = word.replace(old, new)
    word = word.rstrip("h")
    if word.endswith("d"):
        word = word[:-1] + "t"
    squashed = re.sub(r"(.)\1+", r"\1", word)
    return squashed[:1] + re.sub(r"[aeiouy]", "", squashed[1:])


def _site(kind: str, value: str) -> str:
    return value.split("/")[0] if kind == "url" else "handle"


class _OrgKey(NamedTuple):
    """A :class:`PersonKey` for an employee's connection: a tuple, quicker to make by the 100,000.

    Read the same way as a PersonKey (``key.name``, ``key.first`` ...).
    """

    kind: str
    value: str
    name: str
    first: str
    last: str
    particles: str
    company: str


def _conflicting_ids(a: PersonKey, b: PersonKey | _OrgKey) -> bool:
    """Two different IDs on the same site: two different people, whatever their names."""
    if a.kind not in _ID_KINDS or b.kind not in _ID_KINDS or a.value == b.value:
        return False
    return _site(a.kind, a.value) == _site(b.kind, b.value)


def _initials_agree(a: str, b: str) -> bool:
    """``j`` agrees with ``jan`` (only ever used together with the same company)."""
    return a != b and (len(a) == 1 or len(b) == 1) and a[:1] == b[:1]


_Entry = tuple[str, Connection, "_OrgKey | None"]  # (employee, their connection, its key)


class _OrgIndex:
    """The organisation's connections, indexed once per analysis.

    Names are parsed only where a name can decide: an employee's connection that has a
    profile URL on a site where every candidate connection has one too can only ever
    match exactly (two different URLs on one site are two people), so its name is skipped.
    Every list keeps the organisation's order (employees, then their connections).
    """

    def __init__(
        self,
        org: Mapping[str, Sequence[Connection]],
        sites: set[str] | None,
        wanted_ids: set[str],
    ) -> None:
        self.by_id: dict[str, list[_Entry]] = defaultdict(list)
        self.by_name_company: dict[tuple[str, str], list[_Entry]] = defaultdict(list)
        self.by_surname_company: dict[tuple[str, str, str, str], list[_Entry]] = defaultdict(list)
        self.by_block: dict[tuple[str, str], list[_Entry]] = defaultdict(list)  # fuzzy blocks
        by_id, by_block = self.by_id, self.by_block
        by_name_company, by_surname_company = self.by_name_company, self.by_surname_company
        new_key = tuple.__new__  # _OrgKey._make without its checks: key_fields has 7 fields
        for employee, conns in org.items():
            for conn in conns:
                url = conn.profile_url
                found = normalize_url(url) if url else None
                if found is None and conn.handle:
                    found = normalize_handle(conn.handle, conn.platform)
                if found is not None and sites is not None:
                    kind, value = found
                    if (value.partition("/")[0] if kind == "url" else "handle") in sites:
                        if value in wanted_ids:  # its name cannot decide: only the ID can
                            by_id[value].append((employee, conn, None))
                        continue  # an ID the candidate does not have
                key = new_key(_OrgKey, key_fields(found, conn.name, conn.company))
                if key.kind == "blank":
                    continue
                entry = (employee, conn, key)
                if found is not None:
                    by_id[found[1]].append(entry)
                name = key.name
                if not name:
                    continue
                first, last = key.first, key.last
                surname = last or first  # _block_key, inline: it runs for every named entry
                by_block[(sound_key(surname.replace(" ", "")) or surname, first[:1])].append(entry)
                company = key.company
                if company:
                    by_name_company[(name, company)].append(entry)
                    by_surname_company[(first[:1], key.particles, last, company)].append(entry)


def _block_key(key: PersonKey | _OrgKey) -> tuple[str, str]:
    """The fuzzy block of a name: the surname's sound-alike key with the first initial.

    Equal surnames have equal sound keys, so this one block holds both the exact-surname
    block and its sound-alikes (Jansen/Janssen, de Vries/de Fries).
    """
    last = key.last or key.first
    return (sound_key(last.replace(" ", "")) or last, key.first[:1])


def match_connections(
    candidate: Sequence[Connection],
    org: Mapping[str, Sequence[Connection]],
    *,
    threshold: float = FUZZY_THRESHOLD,
) -> list[Match]:
    """Every candidate connection that an employee also has, with how sure we are.

    One :class:`Match` per candidate connection: exact/strong employees go together
    (``kind`` is the best of them). Employees that match only by name form a separate
    ``fuzzy`` match, and only when no employee matches exactly or strongly. A name that
    the candidate's own list holds twice (two people, same name and company) is too
    ambiguous for a strong match and falls back to fuzzy.

    :param candidate: the candidate's connections.
    :param org: employee name -> that employee's connections.
    :param threshold: rapidfuzz ``token_sort_ratio`` a fuzzy match needs (0-100).
    :returns: matches in the candidate's order.

    >>> jan = Connection("linkedin", "Jan de Vries", "https://linkedin.com/in/jdv")
    >>> [m.kind for m in match_connections([jan], {"Eva": [jan]})]
    ['exact']
    """
    keyed = []
    seen: set[tuple[str, str, str]] = set()
    wanted_ids: set[str] = set()
    sites: set[str] | None = set()  # sites where every candidate connection has an ID
    # Two of the candidate's people with one name at one company: names cannot tell them apart.
    per_name: Counter[tuple[str, str]] = Counter()
    per_initial: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for position, conn in enumerate(candidate):
        key = person_key(conn)
        kind = key.kind
        if kind == "blank":
            continue
        identity = (kind, key.value, key.company)
        if identity in seen:
            continue
        seen.add(identity)
        keyed.append((position, conn, key))
        if kind in _ID_KINDS:
            wanted_ids.add(key.value)
            if sites is not None:
                sites.add(_site(kind, key.value))
        else:
            sites = None
        if key.name and key.company:
            per_name[(key.name, key.company)] += 1
            per_initial[(key.first[:1], key.particles, key.last, key.company)].add(key.first)
    index = _OrgIndex(org, sites, wanted_ids)
    matches: dict[int, Match] = {}
    unmatched: list[tuple[int, Connection, PersonKey]] = []
    by_id, by_name_company = index.by_id, index.by_name_company
    by_surname_company = index.by_surname_company
    for position, conn, key in keyed:
        hits: dict[str, Connection] = {}  # employee -> their connection, best kind first
        exact = certain = False  # an ID hit; a hit on the full name (score 100, not 95)
        if key.kind in _ID_KINDS:
            for employee, org_conn, _ in by_id.get(key.value, ()):
                if employee not in hits:
                    hits[employee] = org_conn
                exact = certain = True
        name, company = key.name, key.company
        if name and company and per_name[(name, company)] == 1:
            for employee, org_conn, org_key in by_name_company.get((name, company), ()):
                if employee not in hits and not _conflicting_ids(key, org_key):
                    hits[employee] = org_conn
                    certain = True
            block = (key.first[:1], key.particles, key.last, company)
            if len(per_initial[block]) == 1:
                for employee, org_conn, org_key in by_surname_company.get(block, ()):
                    if (
                        employee not in hits
                        and _initials_agree(key.first, org_key.first)
                        and _same_rest(key, org_key)
                        and not _conflicting_ids(key, org_key)
                    ):
                        hits[employee] = org_conn
        if hits:
            kind = "exact" if exact else "strong"
            matches[position] = Match(conn, tuple(hits.items()), kind, 100.0 if certain else 95.0)
        elif name:
            unmatched.append((position, conn, key))
    matches.update(_fuzzy(unmatched, index, threshold))
    return [matches[p] for p in sorted(matches)]


def _same_rest(a: PersonKey, b: PersonKey | _OrgKey) -> bool:
    """Everything after the first name is equal ("j van der berg" / "jan van der berg")."""
    return a.name.partition(" ")[2] == b.name.partition(" ")[2]


def _fuzzy(
    unmatched: list[tuple[int, Connection, PersonKey]], index: _OrgIndex, threshold: float
) -> dict[int, Match]:
    """Name-only matches inside blocks, scored with rapidfuzz (see :func:`_scored_pairs`)."""
    by_block: dict[tuple[str, str], list[PersonKey]] = defaultdict(list)
    numbers: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, (_position, _conn, key) in enumerate(unmatched):
        block = _block_key(key)
        by_block[block].append(key)
        numbers[block].append(n)
    if not by_block:
        return {}
    hits: dict[int, dict[str, tuple[Connection, float]]] = defaultdict(dict)
    org_blocks = index.by_block
    for block, keys in by_block.items():
        org_entries = org_blocks.get(block)
        if not org_entries:
            continue
        cand_ids = numbers[block]
        for row, col, score in _scored_pairs(
            [key.name for key in keys], [entry[2].name for entry in org_entries], threshold
        ):
            employee, org_conn, org_key = org_entries[col]
            key = keys[row]
            if _conflicting_ids(key, org_key):
                continue
            if key.first != org_key.first and min(len(key.first), len(org_key.first)) < 2:
                continue  # an initial needs a second signal (the company): not by name alone
            by_employee = hits[cand_ids[row]]
            best = by_employee.get(employee)
            if best is None or score > best[1]:
                by_employee[employee] = (org_conn, score)
    found = {}
    for n, by_employee in hits.items():
        position, conn, _key = unmatched[n]
        pairs = tuple((employee, by_employee[employee][0]) for employee in sorted(by_employee))
        found[position] = Match(conn, pairs, "fuzzy", max(h[1] for h in by_employee.values()))
    return found


def _scored_pairs(
    names: list[str], others: list[str], threshold: float
) -> list[tuple[int, int, float]]:
    """``(row, col, score)`` of every pair at or above ``threshold``, row by row.

    ``token_sort_ratio`` is ``ratio`` on the words in sorted order, so each name's words are
    sorted once here rather than once per pair. Small blocks are scored one pair at a time,
    larger ones a row at a time with ``process.extract`` (``process.cdist`` would need
    numpy, which costs more to import than scoring every block of a 30,000-person network).

    >>> _scored_pairs(["jan de vries"], ["vries jan de", "piet jansen"], 90.0)
    [(0, 0, 100.0)]
    """
    names = [" ".join(sorted(name.split())) for name in names]
    others = [" ".join(sorted(other.split())) for other in others]
    found: list[tuple[int, int, float]] = []
    if len(names) * len(others) <= 64:
        for row, a in enumerate(names):
            for col, b in enumerate(others):
                score = fuzz.ratio(a, b, score_cutoff=threshold)
                if score:
                    found.append((row, col, score))
        return found
    for row, a in enumerate(names):
        hits = process.extract(a, others, scorer=fuzz.ratio, score_cutoff=threshold, limit=None)
        hits.sort(key=itemgetter(2))  # by column, as the pairs above come
        found.extend((row, col, score) for _choice, score, col in hits if score)
    return found
