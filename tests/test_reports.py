"""Reports: the candidate summary PDF holds confirmed findings only, and its hash verifies."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner
from conftest import CONFIRMED, DISMISSED, OPEN
from pypdf import PdfReader

from screener.cli import main
from screener.reports.build import build_report
from screener.reports.documents import issue_report, slug, verify_pdf
from screener.storage import now_iso


def _pdf_text(data: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def test_build_report_keeps_only_confirmed_findings(db, screened):
    report = build_report(db, screened["candidate"], generated_by="reviewer-user")
    assert [f.text for f in report.findings] == [CONFIRMED]
    assert report.by_category == {"insult": 1}
    assert report.open_findings == 1 and not report.review_complete
    assert report.reviewers == ("reviewer-user",)
    assert len(report.content_hash) == 64


def test_candidate_pdf_shows_confirmed_and_hides_dismissed_and_open(db, screened):
    document = issue_report(db, screened["candidate"], actor="reviewer-user")
    text, pages = _pdf_text(document.data)
    flat = " ".join(text.split())
    assert "Eva de Vries" in flat and "Teamleider Logistiek" in flat
    assert "complete idioot" in flat
    assert "Gericht op leidinggevende" in flat
    assert "netwerk in de logistiek" in flat
    assert "dismissedmarker" not in flat and "openmarker" not in flat
    assert document.content_hash in flat.replace(" ", "")
    assert pages >= 2  # summary page and appendix
    assert document.filename == f"screener-teamleider-logistiek-eva-de-vries-{now_iso()[:10]}.pdf"


def test_verify_pdf_recognises_issued_report_and_edits(db, screened):
    document = issue_report(db, screened["candidate"], actor="reviewer-user")
    assert verify_pdf(db, document.data)["status"] == "authentic"
    tampered = document.data + b"\n% edited after issue"
    assert verify_pdf(db, tampered)["status"] == "modified"
    assert verify_pdf(db, b"%PDF-1.7 not ours")["status"] == "no-hash"


def test_report_verify_cli_exit_codes(app, db, screened, tmp_path, monkeypatch):
    document = issue_report(db, screened["candidate"], actor="reviewer-user")
    path = tmp_path / document.filename
    path.write_bytes(document.data)
    monkeypatch.setenv("SCREENER_INSTANCE", app.config["INSTANCE"])
    ok = CliRunner().invoke(main, ["report", "verify", str(path)])
    assert ok.exit_code == 0, ok.output
    assert "authentic" in ok.output
    path.write_bytes(document.data + b"\n% appended")
    bad = CliRunner().invoke(main, ["report", "verify", str(path)])
    assert bad.exit_code == 1 and "modified" in bad.output


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Eva de Vries", "eva-de-vries"), ("..", "x"), ("Zoë / Ça va", "zoe-ca-va")],
)
def test_slug_makes_sane_file_names(text, expected):
    assert slug(text) == expected


def test_comparison_pdf_is_landscape_and_lists_candidates(db, screened):
    from screener.reports.comparison import issue_comparison

    document = issue_comparison(db, screened["vacancy"], actor="reviewer-user")
    reader = PdfReader(io.BytesIO(document.data))
    box = reader.pages[0].mediabox
    assert box.width > box.height
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Eva de Vries" in text and "idioot" in text
    assert "dismissedmarker" not in text and "openmarker" not in text
    event = next(db.query("SELECT * FROM audit_events WHERE action = 'report.comparison'"))
    assert event["vacancy_id"] == screened["vacancy"]


@pytest.mark.parametrize(
    ("lang", "phrase", "pdf_name"),
    [
        ("nl", "Uw rechten en bezwaar", "uitleg.pdf"),
        ("en", "Your rights and how to object", "explanation.pdf"),
    ],
)
def test_export_holds_all_data_and_explains_in_plain_language(
    app, db, screened, tmp_path, monkeypatch, lang, phrase, pdf_name
):
    import zipfile

    monkeypatch.setenv("SCREENER_INSTANCE", app.config["INSTANCE"])
    result = CliRunner().invoke(
        main,
        ["export", str(screened["candidate"]), "--out", str(tmp_path / "copy"), "--lang", lang],
    )
    assert result.exit_code == 0, result.output
    path = tmp_path / "copy" / result.output.strip().split("/")[-1]
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        assert {
            "candidate.json",
            "posts.json",
            "findings.json",
            "reviews.json",
            "audit_events.json",
            pdf_name,
        } <= names
        posts = json.loads(archive.read("posts.json"))
        # every piece of data held: the dismissed and open findings' posts too
        assert {p["text"] for p in posts} == {CONFIRMED, DISMISSED, OPEN}
        text, _ = _pdf_text(archive.read(pdf_name))
    flat = " ".join(text.split())
    assert phrase in flat and "complete idioot" in flat
    assert "openmarker" not in flat
    assert (
        next(db.query("SELECT count(*) AS n FROM audit_events WHERE action = 'candidate.export'"))[
            "n"
        ]
        == 1
    )
