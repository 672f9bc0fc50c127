"""Report pages and downloads through the real client: roles, file names, audit."""

from __future__ import annotations

import io

from bs4 import BeautifulSoup
from conftest import CONFIRMED
from pypdf import PdfReader

from screener.storage import users
from screener.storage.vacancies import assign_manager


def test_report_page_shows_confirmed_finding_highlighted(client, login, screened):
    login("reviewer")
    response = client.get(f"/candidates/{screened['candidate']}/report")
    assert response.status_code == 200
    soup = BeautifulSoup(response.data, "html.parser")
    assert [m.get_text() for m in soup.select(".appendix mark")] == ["idioot"]
    assert "dismissedmarker" not in soup.get_text()
    assert soup.select_one("form[action$='/export']") is not None


def test_hiring_manager_needs_assignment_for_report(client, db, login, screened):
    name = login("hiring_manager")
    url = f"/candidates/{screened['candidate']}/report"
    assert client.get(url).status_code == 403
    manager = users.get_user_by_name(db, name)
    assign_manager(db, screened["vacancy"], manager["id"])
    page = client.get(url)
    assert page.status_code == 200
    # a hiring manager cannot make the candidate's copy (raw data)
    assert BeautifulSoup(page.data, "html.parser").select_one("form[action$='/export']") is None
    assert client.post(f"/candidates/{screened['candidate']}/export").status_code == 403


def test_pdf_download_has_sane_name_and_is_logged(client, db, login, screened):
    login("reviewer")
    response = client.get(f"/candidates/{screened['candidate']}/report.pdf")
    assert response.status_code == 200
    disposition = response.headers["Content-Disposition"]
    assert (
        "attachment" in disposition and "screener-teamleider-logistiek-eva-de-vries" in disposition
    )
    text = " ".join(PdfReader(io.BytesIO(response.data)).pages[0].extract_text().split())
    assert "Eva de Vries" in text
    actions = [r["action"] for r in db.query("SELECT action FROM audit_events")]
    assert "report.candidate" in actions


def test_comparison_pdf_download_for_reviewer(client, login, screened):
    login("reviewer")
    response = client.get(f"/vacancies/{screened['vacancy']}/compare.pdf")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert "screener-vergelijking-teamleider-logistiek" in response.headers["Content-Disposition"]


def test_report_json_twin_matches_page(client, login, screened):
    login("admin")
    data = client.get(f"/candidates/{screened['candidate']}/report.json").get_json()
    assert [f["text"] for f in data["findings"]] == [CONFIRMED]
    assert len(data["content_hash"]) == 64


def test_unknown_candidate_report_is_404(client, login):
    login("reviewer")
    assert client.get("/candidates/999/report").status_code == 404
