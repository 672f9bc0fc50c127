"""Claims in plain Dutch and English: parsed, then answered from the network analysis."""

from __future__ import annotations

import pytest

from screener.analysis.claims import parse_claim, verify_claim
from screener.analysis.network import analyse_network
from screener.ingest import parse_export
from screener.records import Connection


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("500+ connections", "size", 500),
        ("meer dan 500 connecties", "size", 500),
        ("ruim 1.200 contacten op LinkedIn", "size", 1200),
        ("2k followers", "size", 2000),
        ("groot netwerk", "size", None),
        ("an extensive network", "size", None),
        ("I have an extensive network in logistics", "sector", "logistics"),
        ("netwerk in de logistiek", "sector", "logistics"),
        ("veel contacten in de zorg", "sector", "healthcare"),
        ("kent mensen bij de gemeente", "sector", "government"),
        ("Heeft een breed netwerk in de bouw", "sector", "construction"),
        ("strong network in supply chain", "sector", "logistics"),
        ("knows people in IT", "sector", "it"),  # a sector's name, not a company
        ("veel connecties in de ICT", "sector", "it"),
        ("knows people at Rabobank", "company", "Rabobank"),
        ("kent mensen bij PostNL", "company", "PostNL"),
        ("contacten bij ABN AMRO.", "company", "ABN AMRO"),
        ("knows Jan de Vries", "person", "Jan de Vries"),
        ("kent Sanne van 't Hof persoonlijk", "person", "Sanne van 't Hof"),
        ("is a nice person", "unknown", None),
        ("", "unknown", None),
    ],
)
def test_parse_claim_cases(text, kind, value):
    claim = parse_claim(text)
    assert claim.kind == kind
    assert {
        "size": claim.number,
        "sector": claim.sector,
        "company": claim.company,
        "person": claim.person,
        "unknown": None,
    }[kind] == value


@pytest.fixture
def result(data_dir):
    folder = data_dir / "network"
    candidate = parse_export(folder / "candidate_Connections.csv")
    org = {
        "Eva": list(parse_export(folder / "eva_Connections.csv").connections),
        "Piet": list(parse_export(folder / "piet_Connections.csv").connections),
    }
    return analyse_network(
        candidate.connections, org, blank_connections=candidate.blank_connections
    )


@pytest.mark.parametrize(
    ("text", "min_shared", "verdict"),
    [
        ("10+ connecties", 5, "supported"),  # 11 connections
        ("12 connections", 5, "partly supported"),  # 11 >= 80% of 12
        ("500+ connections", 5, "not supported"),
        ("netwerk in de logistiek", 4, "supported"),  # 4 shared in logistics
        ("netwerk in de logistiek", 5, "partly supported"),  # 6 own, 4 shared
        ("veel contacten in de zorg", 5, "not supported"),  # 1 nurse
        ("kent mensen bij PostNL", 5, "partly supported"),  # one person
        ("kent mensen bij Emirates", 5, "not supported"),
        ("knows Jan van der Berg", 5, "supported"),
        ("knows Jasper van der Berg", 5, "partly supported"),  # same initial and surname
        ("knows Barack Obama", 5, "not supported"),
        ("is a nice person", 5, "cannot be checked"),
    ],
)
def test_verify_claim_verdicts(result, text, min_shared, verdict):
    assert verify_claim(parse_claim(text), result, min_shared=min_shared).verdict == verdict


def test_verify_claim_sector_names_the_people_and_counts(result):
    verdict = verify_claim(parse_claim("network in logistics"), result, min_shared=4)
    assert verdict.numbers["sector_connections"] == 6
    assert verdict.numbers["shared_in_sector"] == 4
    assert set(verdict.people) == {
        "Mohammed El Amrani",
        "Pieter Bakker",
        "Jan van der Berg",
        "Thomas Kok",
    }
    assert "4" in verdict.explanation_nl and "logistiek" in verdict.explanation_nl
    assert "logistics" in verdict.explanation_en


def test_verify_claim_caveats_when_absence_proves_little(result):
    verdict = verify_claim(parse_claim("veel contacten in de zorg"), result)
    text = " ".join(verdict.caveats_nl)
    assert "carrièreswitchers" in text and "buitenland" in text
    assert "Maar 2 medewerker(s)" in text  # an organisation with few opted-in employees
    assert "alleen op naam" in text  # the two Emma's are name-only matches
    assert len(verdict.caveats_en) == len(verdict.caveats_nl)


def test_verify_claim_size_notes_blank_rows(result):
    verdict = verify_claim(parse_claim("500+ connections"), result)
    assert verdict.numbers["blank_connections"] == 1
    assert any("1 blank rows" in c for c in verdict.caveats_en)


def test_verify_claim_fuzzy_only_never_supports():
    # Same names, no company on the employee's side: name-only matches, never a verdict.
    people = [Connection("linkedin", f"Piet Bakker{i}", company="PostNL") for i in range(6)]
    theirs = [Connection("linkedin", f"Piet Bakker{i}") for i in range(6)]
    result = analyse_network(people, {"Eva": theirs})
    assert len(result.shared) == 0 and len(result.fuzzy_only) == 6
    verdict = verify_claim(parse_claim("netwerk in de logistiek"), result, min_shared=5)
    assert verdict.verdict == "partly supported"  # own connections only, no shared ones
    assert verdict.numbers["shared_in_sector"] == 0


def test_verify_claim_without_connections_cannot_be_checked():
    empty = analyse_network([], {})
    for text in ("500+ connections", "netwerk in de logistiek", "knows Jan de Vries"):
        assert verify_claim(parse_claim(text), empty).verdict == "cannot be checked"


def test_verify_claim_names_only_network_cannot_check_sectors():
    friends = [Connection("facebook", f"Vriend {i}", relation="friend") for i in range(30)]
    result = analyse_network(friends, {})
    assert verify_claim(parse_claim("netwerk in de logistiek"), result).verdict == (
        "cannot be checked"
    )


def test_company_claim_names_only_people_an_employee_shares():
    # Regression: a company claim listed every connection of the candidate at the company,
    # putting third parties the organisation has no link with into reports.
    from screener.analysis.claims import parse_claim, verify_claim
    from screener.analysis.network import analyse_network
    from screener.records import Connection

    shared = Connection(
        "linkedin",
        "Anna Smit",
        "https://www.linkedin.com/in/annasmit",
        company="PostNL",
        position="Planner",
    )
    stranger = Connection(
        "linkedin",
        "Bert Kok",
        "https://www.linkedin.com/in/bertkok",
        company="PostNL",
        position="Chauffeur",
    )
    result = analyse_network([shared, stranger], {"Eva": [shared]})
    verdict = verify_claim(parse_claim("kent mensen bij PostNL"), result, min_shared=1)
    assert verdict.numbers["company_connections"] == 2
    assert verdict.people == ("Anna Smit",)
    assert "Bert Kok" not in verdict.explanation_nl + verdict.explanation_en
