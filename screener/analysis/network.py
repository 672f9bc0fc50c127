"""The shared-connection graph: candidate, employees and the people they both know.

``analyse_network`` matches the candidate's connections against each opted-in
employee's (:mod:`.matching`), builds the graph of the shared part, counts mutual
connections per employee with ``nx.common_neighbors``, finds communities (Louvain, fixed
seed) on the shared part only, and describes the candidate's own network (companies,
sectors, growth per month with bursts as interview questions).
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from itertools import combinations
from operator import itemgetter

import networkx as nx

from ..records import ClaimVerdict, Connection, Match, NetworkResult, SharedPerson
from .growth import find_bursts, monthly_counts
from .identity import (
    clear_caches,
    id_key,
    key_of,
    name_parts,
    name_sort_key,
    normalize_company,
    person_key,
)
from .matching import match_connections
from .sectors import sectors_in, sectors_of

CANDIDATE = "candidate"
SEED = 42


def _employee(name: str) -> tuple[str, str]:
    return ("employee", name)


def _person(conn: Connection) -> tuple[str, str]:
    found = id_key(conn)
    if found is not None:
        return ("person", f"{found[0]}:{found[1]}")
    key = key_of(None, conn.name, conn.company)  # person_key(conn), without hashing conn
    return ("person", f"{key.kind}:{key.value}|{key.company}")


def build_graph(
    candidate_conns: Sequence[Connection],
    org: Mapping[str, Sequence[Connection]],
    *,
    matches: Sequence[Match] | None = None,
    shared_only: bool = False,
) -> nx.Graph:
    """One graph: the candidate, every employee, and people as nodes keyed by identity.

    Candidate connections found in an employee's network (exact or strong) are joined to
    that employee's person node, so ``nx.common_neighbors(G, "candidate", employee)``
    are the people both know. Edges carry ``match`` (``exact``/``strong``) and
    ``source`` (``candidate``/``employee``).

    :param matches: from :func:`match_connections`; computed when not given.
    :param shared_only: keep only people the candidate is linked to (the cheap graph the
        analysis needs); employees' other connections are left out.

    >>> jan = Connection("linkedin", "Jan de Vries", "https://linkedin.com/in/jdv")
    >>> G = build_graph([jan], {"Eva": [jan]})
    >>> sorted(n for n in nx.common_neighbors(G, "candidate", ("employee", "Eva")))
    [('person', 'url:linkedin.com/in/jdv')]
    """
    if matches is None:
        matches = match_connections(candidate_conns, org)
    G = nx.Graph()
    G.add_node(CANDIDATE, kind="candidate", label="")
    for employee in org:
        G.add_node(_employee(employee), kind="employee", label=employee)
    # Each shared person's node, per employee, worked out once: (match, [(employee, node)]).
    # The same person in several employees' lists is usually written the same way.
    nodes_of: dict[tuple, tuple[str, str]] = {}

    def person_node(conn: Connection) -> tuple[str, str]:
        written = (conn.profile_url, conn.handle, conn.platform, conn.name, conn.company)
        node = nodes_of.get(written)
        if node is None:
            node = nodes_of[written] = _person(conn)
        return node

    employee_nodes = {employee: _employee(employee) for employee in org}
    matched: dict[int, tuple[Match, list[tuple[tuple[str, str], tuple[str, str]]]]] = {
        id(m.candidate): (
            m,
            [
                (employee_nodes.get(employee) or _employee(employee), person_node(c))
                for employee, c in m.org
            ],
        )
        for m in matches
        if m.kind != "fuzzy"
    }
    # Nodes and edges in bulk, in the order single adds would make them.
    nodes: list[tuple[tuple[str, str], dict[str, str]]] = []
    edges: list[tuple[str | tuple[str, str], tuple[str, str], dict[str, str]]] = []
    by_kind = {kind: {"source": "candidate", "match": kind} for kind in ("exact", "strong", "")}
    for conn in candidate_conns:
        found = matched.get(id(conn))
        if found is not None:
            match, people = found
            edge = by_kind.get(match.kind) or {"source": "candidate", "match": match.kind}
            for node in sorted({node for _employee_node, node in people}):
                nodes.append((node, {"kind": "person", "label": conn.name}))
                edges.append((CANDIDATE, node, edge))
        elif not shared_only and person_key(conn).kind != "blank":
            node = _person(conn)
            nodes.append((node, {"kind": "person", "label": conn.name}))
            edges.append((CANDIDATE, node, by_kind[""]))
    G.add_nodes_from(nodes)
    G.add_edges_from(edges)
    if shared_only:  # the employees' side of the shared part is in the matches already
        employee_edge = {"source": "employee"}
        G.add_edges_from(
            (employee_node, node, employee_edge)
            for _match, people in matched.values()
            for employee_node, node in people
        )
        return G
    for employee, conns in org.items():
        for conn in conns:
            if person_key(conn).kind == "blank":
                continue
            node = _person(conn)
            if node not in G:
                G.add_node(node, kind="person", label=conn.name)
            G.add_edge(_employee(employee), node, source="employee")
    return G


def _communities(G: nx.Graph, *, seed: int = SEED) -> tuple[tuple[str, ...], ...]:
    """Louvain communities of employees on the shared part (the candidate left out).

    Employees are joined by how many of the candidate's people they share (a weighted
    projection of the shared part), which keeps Louvain to a graph of employees only:
    the same grouping at a fraction of the cost of the full two-hop graph.
    """
    employees = [n for n in G if n != CANDIDATE and n[0] == "employee" and G.degree(n) > 0]
    if len(employees) < 2:
        return ()
    # Employees by rank in sorted order: pairs of ranks count and sort like pairs of nodes.
    ranked = sorted(n for n in G if n != CANDIDATE and n[0] == "employee")
    rank = {node: i for i, node in enumerate(ranked)}
    weights: Counter[tuple[int, int]] = Counter()
    for node, neighbours in G.adj.items():
        if node == CANDIDATE or node[0] != "person":
            continue
        ranks = sorted([rank[n] for n in neighbours if n != CANDIDATE])
        if len(ranks) > 1:
            weights.update(combinations(ranks, 2))
    projected = nx.Graph()
    projected.add_nodes_from(employees)
    # Sorted, so the seeded Louvain sees the same graph in every process (hash order varies).
    projected.add_weighted_edges_from(
        (ranked[a], ranked[b], w) for (a, b), w in sorted(weights.items())
    )
    found = [
        tuple(sorted(G.nodes[n]["label"] for n in community))
        for community in nx.community.louvain_communities(projected, weight="weight", seed=seed)
    ]
    return tuple(sorted(found, key=lambda c: (-len(c), c)))


def _shared_person(match: Match) -> SharedPerson:
    conn = match.candidate
    employees = tuple(sorted(set(map(itemgetter(0), match.org))))
    company = conn.company or next((c.company for _, c in match.org if c.company), "")
    position = conn.position or next((c.position for _, c in match.org if c.position), "")
    url = conn.profile_url or next((c.profile_url for _, c in match.org if c.profile_url), None)
    return SharedPerson(
        name=conn.name or next((c.name for _, c in match.org if c.name), ""),
        profile_url=url,
        match=match.kind,
        employees=employees,
        score=round(match.score, 1),
        company=company,
        position=position,
        sectors=sectors_of(company, position),
    )


def analyse_network(
    candidate_conns: Sequence[Connection],
    org: Mapping[str, Sequence[Connection]],
    *,
    min_shared: int = 5,
    now: date | None = None,
    blank_connections: int = 0,
) -> NetworkResult:
    """Compare the candidate's network with the opted-in employees' networks.

    :param candidate_conns: the candidate's connections (blank rows are counted, not used).
    :param org: employee name -> that employee's connections.
    :param min_shared: kept for the verdicts' threshold; the analysis itself reports all.
    :param now: ignore connection dates after this day (clock errors in exports).
    :param blank_connections: blank rows the parser already dropped (``ExportBundle``).
    :returns: a :class:`NetworkResult`; ``shared`` holds exact and strong matches only.

    >>> jan = Connection("linkedin", "Jan de Vries", "https://linkedin.com/in/jdv")
    >>> result = analyse_network([jan], {"Eva": [jan], "Piet": []})
    >>> result.per_employee, result.employees_linked
    ({'Eva': 1, 'Piet': 0}, 1)
    """
    del min_shared  # the threshold belongs to the verdicts (claims.verify_claim)
    was_enabled = gc.isenabled()
    # Hundreds of thousands of keys, index entries and matches that all stay alive until
    # the result is built: each full collection would walk them all, for nothing.
    gc.disable()
    try:
        return _analyse(candidate_conns, org, now=now, blank_connections=blank_connections)
    finally:
        # Memoised names and URLs would outlive a purged candidate in a long-running worker.
        clear_caches()
        sectors_in.cache_clear()
        sectors_of.cache_clear()
        if was_enabled:
            gc.enable()


def _analyse(
    candidate_conns: Sequence[Connection],
    org: Mapping[str, Sequence[Connection]],
    *,
    now: date | None,
    blank_connections: int,
) -> NetworkResult:
    usable = [c for c in candidate_conns if person_key(c).kind != "blank"]
    blank = blank_connections + len(candidate_conns) - len(usable)
    matches = match_connections(usable, org)
    G = build_graph(usable, org, matches=matches, shared_only=True)
    per_employee = {
        employee: sum(1 for _ in nx.common_neighbors(G, CANDIDATE, _employee(employee)))
        for employee in org
    }
    shared = [_shared_person(m) for m in matches if m.kind != "fuzzy"]
    fuzzy = [_shared_person(m) for m in matches if m.kind == "fuzzy"]
    order = {"exact": 0, "strong": 1, "fuzzy": 2}
    shared.sort(key=lambda p: (-len(p.employees), order[p.match], name_sort_key(p.name)))
    fuzzy.sort(key=lambda p: (-p.score, name_sort_key(p.name)))

    company_names: dict[str, Counter[str]] = defaultdict(Counter)
    company_people: dict[str, list[str]] = defaultdict(list)
    sector_people: dict[str, list[str]] = defaultdict(list)
    for conn in usable:
        if conn.company:
            norm = normalize_company(conn.company)
            company_names[norm][conn.company.strip()] += 1
            company_people[norm].append(conn.name)
        for sector in sectors_of(conn.company, conn.position):
            sector_people[sector].append(conn.name)
    companies = sorted(
        ((names.most_common(1)[0][0], sum(names.values())) for names in company_names.values()),
        key=lambda item: (-item[1], item[0].casefold()),
    )
    series = monthly_counts((c.connected_on for c in usable), now=now)
    return NetworkResult(
        candidate_connections=len(usable),
        blank_connections=blank,
        shared=tuple(shared),
        fuzzy_only=tuple(fuzzy),
        per_employee=per_employee,
        employees=tuple(org),
        employees_linked=sum(1 for n in per_employee.values() if n > 0),
        companies=tuple(companies),
        sectors=dict(
            sorted(((s, len(p)) for s, p in sector_people.items()), key=lambda i: (-i[1], i[0]))
        ),
        growth=tuple(series),
        bursts=tuple(find_bursts(series)),
        communities=_communities(G),
        org_connections=sum(len(conns) for conns in org.values()),
        dated_connections=sum(1 for c in usable if c.connected_on is not None),
        platforms=tuple(sorted({c.platform for c in usable})),
        sector_people={s: tuple(p) for s, p in sector_people.items()},
        company_people={
            names.most_common(1)[0][0]: tuple(company_people[norm])
            for norm, names in company_names.items()
        },
        names=tuple(c.name for c in usable if c.name),
        direct_employees=_direct_employees(usable, org),
    )


def _direct_employees(
    usable: Sequence[Connection], org: Mapping[str, Sequence[Connection]]
) -> tuple[str, ...]:
    """Employees the candidate is connected to themselves (by normalised name)."""
    by_name = {name_parts(employee)[0]: employee for employee in org}
    by_name.pop("", None)
    found = {by_name[key] for c in usable if (key := person_key(c).name) in by_name}
    return tuple(sorted(found, key=name_sort_key))


def _person_json(person: SharedPerson) -> dict:
    return {
        "name": person.name,
        "profile_url": person.profile_url,
        "match": person.match,
        "employees": list(person.employees),
        "score": person.score,
        "company": person.company,
        "sectors": list(person.sectors),
    }


def network_to_json(result: NetworkResult, verdicts: Sequence[ClaimVerdict] = ()) -> dict:
    """The ``screener network --json`` shape (also ``network`` in ``screener screen``).

    ``shared_count`` counts exact and strong matches only; fuzzy ones are in
    ``fuzzy_only`` and never count.

    >>> from screener.records import Connection
    >>> jan = Connection("linkedin", "Jan de Vries", "https://linkedin.com/in/jdv")
    >>> data = network_to_json(analyse_network([jan], {"Eva": [jan]}))
    >>> data["shared_count"], data["shared"][0]["match"], data["per_employee"]
    (1, 'exact', {'Eva': 1})
    """
    from .claims import verdict_to_json

    return {
        "candidate_connections": result.candidate_connections,
        "shared_count": len(result.shared),
        "shared": [_person_json(p) for p in result.shared],
        "per_employee": dict(result.per_employee),
        "bursts": [
            {
                "month": b.month,
                "count": b.count,
                "baseline": b.baseline,
                "ratio": b.ratio,
                "question": b.question_nl,
                "question_en": b.question_en,
            }
            for b in result.bursts
        ],
        "claims": [verdict_to_json(v) for v in verdicts],
        "blank_connections": result.blank_connections,
        "employees": len(result.employees),
        "employees_linked": result.employees_linked,
        "direct_employees": list(result.direct_employees),
        "fuzzy_only": [_person_json(p) for p in result.fuzzy_only],
        "companies": [{"company": c, "count": n} for c, n in result.companies[:25]],
        "sectors": dict(result.sectors),
        "growth": [{"month": m, "count": n} for m, n in result.growth],
        "communities": [list(c) for c in result.communities],
        "platforms": list(result.platforms),
    }
