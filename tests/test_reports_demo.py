"""Every PDF generated from the shipped demo data, checked with pypdf."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from screener.demo import load_demo
from screener.reports.comparison import issue_comparison
from screener.reports.documents import issue_report, verify_pdf
from screener.storage import users
from screener.storage.reviews import decide


def _text(data: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split()), len(reader.pages)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo loaded once; in each candidate the first finding confirmed, the next
    dismissed, the rest left open."""
    from conftest import make_app

    from screener.storage import open_db

    app = make_app(tmp_path_factory.mktemp("demo"))
    db = open_db(app.config["DATABASE"])
    users.create_user(db, "rev", "x", "reviewer")
    reviewer = users.get_user_by_name(db, "rev")
    vacancy = load_demo(db, app.config, user=reviewer)
    decided = {}
    for candidate in db.query("SELECT id FROM candidates WHERE vacancy_id = ?", [vacancy]):
        rows = list(
            db.query(
                "SELECT f.id, p.text FROM findings f JOIN posts p ON p.id = f.post_pk"
                " WHERE f.candidate_id = ? ORDER BY f.severity = 'high' DESC, f.id",
                [candidate["id"]],
            )
        )
        if len(rows) >= 2:
            decide(db, rows[0]["id"], action="confirm", user=reviewer, note="demo-bevestigd")
            decide(db, rows[1]["id"], action="dismiss", user=reviewer, reason="context")
            decided[candidate["id"]] = (rows[0]["text"], rows[1]["text"])
    yield db, vacancy, decided
    db.close()


def test_demo_candidate_pdfs_show_confirmed_and_verify(demo):
    db, _, decided = demo
    assert decided, "the demo should give at least one candidate two findings"
    for candidate_id, (confirmed, dismissed) in decided.items():
        document = issue_report(db, candidate_id, actor="rev")
        text, pages = _text(document.data)
        assert " ".join(confirmed.split())[:40] in text
        if dismissed != confirmed:
            assert " ".join(dismissed.split())[:60] not in text
        assert "demo-bevestigd" in text
        assert 2 <= pages <= 12
        assert verify_pdf(db, document.data)["status"] == "authentic"


def test_demo_comparison_pdf_lists_every_candidate(demo):
    db, vacancy, _ = demo
    document = issue_comparison(db, vacancy, actor="rev")
    text, pages = _text(document.data)
    for row in db.query("SELECT name FROM candidates WHERE vacancy_id = ?", [vacancy]):
        assert row["name"] in text
    assert pages >= 1


def test_demo_network_picture_is_in_the_report(demo):
    db, _, _ = demo
    from screener.reports.build import build_report
    from screener.reports.figures import report_figures

    shared = [
        r["candidate_id"]
        for r in db.query("SELECT candidate_id, network FROM screenings")
        if json.loads(r["network"] or "{}").get("shared")
    ]
    assert shared, "the demo has a candidate with shared connections"
    svg = report_figures(build_report(db, shared[0]))["graph"]
    assert svg.startswith("<svg") and "<title>" in svg
