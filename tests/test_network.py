"""The shared-connection graph on small named networks with known answers."""

from __future__ import annotations

from datetime import date

import networkx as nx
import pytest

from screener.analysis.network import CANDIDATE, analyse_network, build_graph, network_to_json
from screener.ingest import parse_export
from screener.records import Connection


@pytest.fixture
def network(data_dir):
    """Kim (candidate), Eva (an older export without URLs) and Piet (a 2024 export)."""
    folder = data_dir / "network"
    candidate = parse_export(folder / "candidate_Connections.csv")
    org = {
        "Eva": list(parse_export(folder / "eva_Connections.csv").connections),
        "Piet": list(parse_export(folder / "piet_Connections.csv").connections),
    }
    return candidate, org


def test_analyse_network_known_shared_people(network):
    candidate, org = network
    result = analyse_network(
        candidate.connections, org, blank_connections=candidate.blank_connections
    )
    kinds = {p.name: (p.match, p.employees) for p in result.shared}
    assert kinds == {
        "Mohammed El Amrani": ("exact", ("Eva", "Piet")),  # exact for Piet, strong for Eva
        "Pieter Bakker": ("exact", ("Piet",)),  # www, trailing slash
        "Fleur Mulder ✅": ("strong", ("Piet",)),  # no URL at Piet; ABN AMRO N.V.
        "Jan van der Berg": ("strong", ("Eva",)),  # "Van Der Berg", "PostNL B.V."
        "Sanne de Vries (zij/haar)": ("strong", ("Eva",)),
        "Thomas Kok": ("strong", ("Eva",)),  # "T. Kok" at the same company
    }
    # Ruben de Boer has another LinkedIn profile at Piet's: a different person.
    assert "Ruben de Boer" not in kinds
    assert {p.name for p in result.fuzzy_only} == {"Emma Jansen", "Emma Janssen"}
    assert result.per_employee == {"Eva": 4, "Piet": 3}
    assert result.employees_linked == 2
    assert result.candidate_connections == 11
    assert result.blank_connections == 1


def test_analyse_network_sectors_and_companies(network):
    candidate, org = network
    result = analyse_network(candidate.connections, org)
    assert result.sectors["logistics"] == 6
    assert result.sectors["healthcare"] == 1  # the nurse at Ziekenhuis Rivierenland
    assert ("PostNL", 1) in result.companies


def test_network_to_json_contract(network):
    candidate, org = network
    data = network_to_json(analyse_network(candidate.connections, org), [])
    assert list(data)[:6] == [
        "candidate_connections",
        "shared_count",
        "shared",
        "per_employee",
        "bursts",
        "claims",
    ]
    assert data["shared_count"] == 6 == len(data["shared"])
    assert {p["match"] for p in data["shared"]} == {"exact", "strong"}
    assert all(set(p) >= {"name", "profile_url", "match", "employees"} for p in data["shared"])
    assert len(data["fuzzy_only"]) == 2


def test_build_graph_common_neighbors_are_the_shared_people():
    a = Connection("linkedin", "A", "https://linkedin.com/in/a")
    b = Connection("linkedin", "B", "https://linkedin.com/in/b")
    c = Connection("linkedin", "C", "https://linkedin.com/in/c")
    G = build_graph([a, b], {"Eva": [a, c], "Piet": [c]})
    assert G.number_of_nodes() == 6  # candidate, 2 employees, a, b, c
    assert list(nx.common_neighbors(G, CANDIDATE, ("employee", "Eva"))) == [
        ("person", "url:linkedin.com/in/a")
    ]
    assert list(nx.common_neighbors(G, CANDIDATE, ("employee", "Piet"))) == []


def test_analyse_network_no_org_and_no_connections():
    result = analyse_network([], {})
    assert (result.candidate_connections, result.shared, result.per_employee) == (0, (), {})
    assert result.growth == () and result.bursts == () and result.communities == ()


def test_analyse_network_blank_rows_never_match():
    blank = Connection("linkedin", "", connected_on=date(2023, 9, 3))
    result = analyse_network([blank, blank], {"Eva": [blank]})
    assert result.shared == () and result.fuzzy_only == ()
    assert result.blank_connections == 2 and result.candidate_connections == 0


def test_analyse_network_burst_is_a_question(data_dir):
    bundle = parse_export(data_dir / "network" / "burst_Connections.csv")
    result = analyse_network(bundle.connections, {})
    assert [(b.month, b.count) for b in result.bursts] == [("2024-03", 40)]
    burst = result.bursts[0]
    assert burst.question_nl.startswith("In maart 2024 kwamen er 40 connecties bij, 24x")
    assert burst.question_nl.endswith("?") and burst.question_en.endswith("?")
    assert dict(result.growth)["2024-02"] == 0


def test_analyse_network_communities_on_shared_part():
    people = [Connection("linkedin", f"P{i}", f"https://linkedin.com/in/p{i}") for i in range(8)]
    org = {"Eva": people[:4], "Piet": people[:4], "Ahmed": people[4:], "Noor": people[4:]}
    result = analyse_network(people, org)
    assert result.communities == (("Ahmed", "Noor"), ("Eva", "Piet"))
    # Same input, same answer (fixed seed).
    assert analyse_network(people, org).communities == result.communities


def test_analyse_network_mastodon_handles_match_profile_urls(data_dir):
    following = parse_export(data_dir / "network" / "ahmed" / "following_accounts.csv")
    candidate = [
        Connection("mastodon", "Jan", profile_url="https://Mastodon.Social/@jan/"),
        Connection("mastodon", "", handle="@fleur@eupolicy.social"),
        Connection("mastodon", "", handle="jan@eupolicy.social"),  # another Jan
    ]
    result = analyse_network(candidate, {"Ahmed": list(following.connections)})
    assert [(p.match, p.employees) for p in result.shared] == [
        ("exact", ("Ahmed",)),
        ("exact", ("Ahmed",)),
    ]
    assert result.fuzzy_only == ()  # handles are not names


def _big_result(people: int = 400, employees: int = 12):
    conns = [
        Connection("linkedin", f"Persoon {i} <b>&", f"https://linkedin.com/in/p{i}", company="DHL")
        for i in range(people)
    ]
    org = {f"Medewerker {e}": conns[e::employees] for e in range(employees)}
    return analyse_network(conns, org)


def test_graph_svg_deterministic_escaped_and_capped():
    from screener.reports.graph_svg import graph_svg

    result = _big_result()
    svg = graph_svg(result, max_nodes=300)
    assert svg == graph_svg(_big_result(), max_nodes=300)  # same input, same picture
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "<b>" not in svg and "&lt;b&gt;" in svg  # names are escaped
    assert "style=" not in svg and "<script" not in svg  # strict CSP: attributes only
    assert svg.count("<circle") == 300 - 12  # 287 people + the candidate
    assert svg.count('fill="#5b3a8c"') == 12 + 1  # employees + the legend square
    assert "nog 113 niet getoond" in svg


def test_graph_svg_and_growth_svg_empty():
    from screener.reports.graph_svg import graph_svg, growth_svg

    empty = analyse_network([], {})
    assert "Geen gedeelde connecties" in graph_svg(empty)
    assert "No connection dates" in growth_svg(empty, lang="en")


def test_growth_svg_highlights_bursts(data_dir):
    from screener.reports.graph_svg import growth_svg

    result = analyse_network(
        parse_export(data_dir / "network" / "burst_Connections.csv").connections, {}
    )
    svg = growth_svg(result)
    assert svg.count("<rect") == len(result.growth) + 1  # one bar a month + legend swatch
    assert svg.count('fill="#c0392b"') == 2  # the burst month and its legend swatch
    assert "<title>2024-03: 40</title>" in svg


def test_analyse_network_employees_the_candidate_knows_directly():
    eva = Connection("linkedin", "Eva de Wit (zij/haar)", "https://linkedin.com/in/evadewit")
    other = Connection("linkedin", "Eva Dewit", "https://linkedin.com/in/eva-dewit")
    result = analyse_network([eva, other], {"Eva de Wit": [], "Piet Kok": []})
    assert result.direct_employees == ("Eva de Wit",)
    assert network_to_json(result)["direct_employees"] == ["Eva de Wit"]
