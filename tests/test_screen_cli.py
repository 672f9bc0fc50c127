"""``screener screen``: the terminal way through the whole pipeline, no database."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner

from screener.cli import main

NOW = datetime.now(UTC).replace(microsecond=0)
TEXTS = [
    (NOW - timedelta(days=10), "Mijn leidinggevende is een luie idioot en iedereen weet het."),
    (NOW - timedelta(days=20), "Gezellige borrel met het team vandaag."),
    (NOW - timedelta(days=30), "I swear I will hurt you if you come near my desk again."),
]


@pytest.fixture
def shares(tmp_path, write_shares):
    return write_shares(tmp_path / "Shares.csv", TEXTS)


def _run(*args):
    return CliRunner().invoke(main, ["screen", *map(str, args)], catch_exceptions=False)


def test_screen_json_has_the_documented_shape(shares, data_dir):
    result = _run(shares, data_dir / "network" / "candidate_Connections.csv", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == [
        "posts",
        "connections",
        "languages",
        "findings",
        "patterns",
        "excluded",
        "network",
    ]
    assert data["posts"] == len(TEXTS) and data["connections"] > 0
    assert data["findings"], "an insult and a threat should be flagged"
    finding = data["findings"][0]
    assert set(finding) == {
        "post_id",
        "created_at",
        "category",
        "severity",
        "rule",
        "evidence",
        "text",
    }
    assert set(data["patterns"]["complaint"]) >= {
        "flagged",
        "posts_considered",
        "complaint_posts",
        "share",
        "lower_bound",
        "months_active",
        "targets",
        "post_ids",
    }


def test_screen_categories_limit_the_findings(shares):
    data = json.loads(_run(shares, "--json", "--categories", "threat").stdout)
    assert data["findings"] and {f["category"] for f in data["findings"]} == {"threat"}


def test_screen_org_and_claims_are_answered(shares, data_dir):
    net = data_dir / "network"
    result = _run(
        shares,
        net / "candidate_Connections.csv",
        "--org",
        f"Eva={net / 'eva_Connections.csv'}",
        "--org",
        f"Piet={net / 'piet_Connections.csv'}",
        "--claim",
        "500+ connections",
        "--claim",
        "knows people at Rabobank",
        "--min-shared",
        "1",
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    network = json.loads(result.stdout)["network"]
    assert len(network["claims"]) == 2
    assert {c["verdict"] for c in network["claims"]} <= {
        "supported",
        "partly supported",
        "not supported",
        "cannot be checked",
    }


def test_screen_summary_is_readable(shares):
    result = _run(shares)
    assert result.exit_code == 0
    assert "Findings:" in result.stdout and "Complaint pattern" in result.stdout


@pytest.mark.parametrize("bad", ["missing.zip", "garbage.zip"])
def test_screen_unreadable_input_exits_2_with_one_line(tmp_path, bad):
    path = tmp_path / bad
    if bad == "garbage.zip":
        path.write_bytes(b"PK\x03\x04 not really a zip")
    result = _run(path, "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and bad in result.stderr


def test_screen_unknown_category_exits_2(shares):
    result = _run(shares, "--categories", "religion")
    assert result.exit_code == 2 and "religion" in result.stderr


def test_screen_pdf_is_marked_not_reviewed(shares, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "report.pdf"
    result = _run(shares, "--pdf", out)
    assert result.exit_code == 0, result.stderr
    text = " ".join(page.extract_text() for page in PdfReader(out).pages).lower()
    assert "niet beoordeeld" in text or "not reviewed" in text
