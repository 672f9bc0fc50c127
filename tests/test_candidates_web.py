"""The candidate page and its JSON twin: header, summary, pattern, findings, timeline,
posts (search, pages) and connections, through the real client."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, date, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from conftest import CONFIRMED, DISMISSED, OPEN

from screener.records import Connection, ExportBundle, Post
from screener.storage import posts

DATA_LINKEDIN = "linkedin"


def _soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.data, "html.parser")


@pytest.fixture
def page(client, login, screened):
    login("reviewer")
    return _soup(client.get(f"/candidates/{screened['candidate']}"))


def test_candidate_page_header_links_vacancy_notice_and_review(page, screened):
    cid = screened["candidate"]
    assert page.h1.get_text(strip=True) == "Eva de Vries"
    assert page.select_one(f'.crumbs a[href="/vacancies/{screened["vacancy"]}"]') is not None
    head = page.select_one(".candidate-head").get_text(" ", strip=True)
    assert "2026-11-01" in head and "1 open, 1 bevestigd, 1 afgewezen" in head
    assert page.select_one(f'.candidate-head a[href="/candidates/{cid}/review"]') is not None
    assert page.select_one(f'a[href="/candidates/{cid}.json"]') is not None


def test_candidate_page_links_network_page_and_reports(app, page, screened):
    cid = screened["candidate"]
    for endpoint, href in (
        ("network.candidate", f"/candidates/{cid}/network"),
        ("reports.candidate_pdf", f"/candidates/{cid}/report.pdf"),
    ):
        if endpoint in app.view_functions:
            assert page.select_one(f'a[href="{href}"]') is not None, endpoint
    network = page.select_one("#network + .card").get_text(" ", strip=True)
    assert "120" in network and "7" in network


def test_candidate_page_summary_counts_posts_and_exclusions(page):
    summary = page.select_one("#summary").get_text(" ", strip=True)
    assert "Berichten 3" in summary
    assert "2 gevoelig onderwerp" in summary and "1 beschermde klacht" in summary


def test_candidate_page_shows_complaint_pattern_with_its_posts(page):
    pattern = page.select_one(".pattern").get_text(" ", strip=True)
    assert "Geen patroon" in pattern and "33%" in pattern and "6%" in pattern
    assert "klant (1)" in pattern and "stabiel" in pattern


def test_candidate_page_groups_findings_and_marks_evidence(page):
    groups = page.select(".finding-group")
    assert [g["id"] for g in groups] == ["cat-complaint", "cat-insult"]
    insult = page.select_one("#cat-insult")
    assert [m.get_text() for m in insult.select("mark")] == ["idioot"]
    assert insult.select_one(".post").get_text() == CONFIRMED
    assert [m.get_text() for m in page.select("#cat-complaint mark")] == ["waardeloos"]
    # dismissed findings are not on the page; the post itself still is
    assert DISMISSED not in " ".join(g.get_text() for g in groups)


def test_candidate_page_timeline_chart_is_inline_svg_per_category(page):
    svg = page.select_one("#timeline + .chart svg")
    assert svg is not None and svg.get("role") == "img"
    titles = sorted(t.get_text() for t in svg.select("rect > title"))
    assert titles == ["2024-03 · Belediging: 1", "2024-05 · Klagen over werk: 1"]
    assert not any(el.has_attr("style") for el in svg.find_all(True))


def test_candidate_page_lists_posts_newest_first_with_safe_links(page):
    items = page.select("#post-list > li.post-item")
    assert [i.select_one(".post").get_text() for i in items[-3:]] == [OPEN, DISMISSED, CONFIRMED]
    link = items[-1].select_one(".meta a")
    assert link["href"] == "https://x.com/kandidaat/status/1"
    assert link["rel"] == ["noopener", "noreferrer", "nofollow"]


def test_candidate_page_records_an_audit_event(client, login, screened, db):
    login("reviewer")
    client.get(f"/candidates/{screened['candidate']}")
    client.get(f"/candidates/{screened['candidate']}.json")
    events = list(
        db.query(
            "SELECT actor FROM audit_events WHERE action = 'candidate.view' AND candidate_id = ?",
            [screened["candidate"]],
        )
    )
    assert [e["actor"] for e in events] == ["reviewer-user", "reviewer-user"]


@pytest.mark.parametrize("suffix", ["", ".json"])
def test_candidate_page_is_forbidden_for_hiring_manager(client, login, screened, suffix):
    login("hiring_manager")
    assert client.get(f"/candidates/{screened['candidate']}{suffix}").status_code == 403


def test_candidate_page_unknown_candidate_is_404(client, login):
    login("reviewer")
    assert client.get("/candidates/404").status_code == 404
    assert client.get("/candidates/404.json").status_code == 404


def test_candidate_json_twin_has_the_same_data(client, login, screened):
    login("admin")
    data = client.get(f"/candidates/{screened['candidate']}.json").get_json()
    assert data["candidate"]["name"] == "Eva de Vries"
    assert data["counts"]["posts"] == 3 and data["counts"]["dismissed"] == 1
    assert [g["category"] for g in data["findings"]] == ["complaint", "insult"]
    insult = data["findings"][1]["findings"][0]
    assert insult["text"] == CONFIRMED and insult["evidence"][0]["text"] == "idioot"
    assert data["months"][0] == {"month": "2024-03", "counts": {"insult": 1}}
    assert [p["text"] for p in data["posts"]["items"]] == [OPEN, DISMISSED, CONFIRMED]
    assert data["screening"]["patterns"]["complaint"]["share"] == 0.33


def _many_posts(db, candidate, n=60):
    start = datetime(2025, 1, 1, tzinfo=UTC)
    bundle = ExportBundle(
        "t",
        posts=tuple(
            Post("linkedin", f"p{i}", start + timedelta(days=i), f"Bericht nummer {i} over koffie")
            for i in range(n)
        ),
        connections=tuple(
            Connection(
                "linkedin",
                f"Persoon {i:02d}",
                company="Acme" if i % 2 else "Globex",
                connected_on=date(2020, 1, 1),
            )
            for i in range(n)
        ),
    )
    posts.save_bundle(db, candidate, None, bundle)


def test_candidate_posts_paginate_newest_first(client, login, screened, db):
    login("reviewer")
    cid = screened["candidate"]
    _many_posts(db, cid)
    first = _soup(client.get(f"/candidates/{cid}"))
    texts = [p.get_text() for p in first.select("#post-list > li.post-item .post")]
    assert len(texts) == 25 and texts[:2] == [
        "Bericht nummer 59 over koffie",
        "Bericht nummer 58 over koffie",
    ]
    older = first.select_one("#posts ~ .pager a[rel=next]")["href"]
    assert "page=2" in older and older.endswith("#posts")
    second = _soup(client.get(older))
    assert second.select_one("#post-list .post").get_text() == "Bericht nummer 34 over koffie"
    assert "Pagina 2 van 3" in second.select_one("#posts ~ .pager").get_text()


def test_candidate_post_search_finds_words_and_keeps_query(client, login, screened):
    login("reviewer")
    soup = _soup(client.get(f"/candidates/{screened['candidate']}?q=waardeloos"))
    assert [p.get_text() for p in soup.select("#post-list .post")] == [OPEN]
    assert soup.select_one("input#q")["value"] == "waardeloos"
    assert (
        soup.select_one("input[type=hidden][name=q]")["value"] == "waardeloos"
    )  # connections form


@pytest.mark.parametrize(
    "query", ['"', "AND (", "*", "idioot OR", "NEAR(", "x' OR '1'='1", "{{7*7}}"]
)
def test_candidate_post_search_hostile_query_never_fails(client, login, screened, query):
    login("reviewer")
    response = client.get(f"/candidates/{screened['candidate']}", query_string={"q": query})
    soup = _soup(response)
    assert soup.select_one("input#q")["value"] == query
    data = client.get(f"/candidates/{screened['candidate']}.json", query_string={"q": query})
    assert data.status_code == 200 and data.get_json()["posts"]["query"] == query


def test_candidate_connections_search_and_pages(client, login, screened, db):
    login("reviewer")
    cid = screened["candidate"]
    _many_posts(db, cid)
    soup = _soup(client.get(f"/candidates/{cid}?cq=acme"))
    rows = soup.select("table.connections tbody tr")
    assert len(rows) == 25 and all("Acme" in r.get_text() for r in rows)
    assert "30 connecties" in soup.get_text()
    nxt = soup.select_one("#connections ~ .pager a[rel=next]")["href"]
    assert "cq=acme" in nxt and "cpage=2" in nxt
    assert len(_soup(client.get(nxt)).select("table.connections tbody tr")) == 5


def test_candidate_page_bad_page_numbers_fall_back(client, login, screened):
    login("reviewer")
    for bad in ("abc", "-3", "0", "99999999999999999999"):
        response = client.get(f"/candidates/{screened['candidate']}?page={bad}&cpage={bad}")
        assert response.status_code == 200


def test_candidate_page_in_english(client, login, screened):
    login("reviewer")
    client.post("/language", data={"lang": "en"})
    soup = _soup(client.get(f"/candidates/{screened['candidate']}"))
    text = soup.get_text(" ", strip=True)
    assert "Complaint pattern" in text and "Search posts" in text
    assert "Klaagpatroon" not in text and "Zoek in berichten" not in text


# --------------------------------------------------------------------------- end to end


def _linkedin_zip(data_dir) -> bytes:
    """A LinkedIn data export as the platform ships it, built from the real-format files."""
    folder = data_dir / DATA_LINKEDIN
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(folder / "connections_2022_preamble.csv", "Connections.csv")
        archive.write(folder / "shares_2022_multiline.csv", "Shares.csv")
        archive.write(folder / "profile_2022.csv", "Profile.csv")
    return buf.getvalue()


def test_upload_real_export_then_candidate_page_shows_posts_and_connections(
    client, login, screening_candidate, data_dir, db
):
    login("reviewer")
    cid = screening_candidate
    response = client.post(
        f"/candidates/{cid}/uploads/new",
        data={"exports": (io.BytesIO(_linkedin_zip(data_dir)), "Basic_LinkedInDataExport.zip")},
    )
    assert response.status_code == 302
    status_url = response.headers["Location"]
    assert status_url.startswith("/uploads/")
    state = client.get(status_url + ".json").get_json()
    assert state["status"] == "done", state["error"]
    done = _soup(client.get(status_url))
    assert done.select_one(f'a[href="/candidates/{cid}"]') is not None
    assert done.select_one(".upload-progress") is None
    figures = done.select_one("dl.figures").get_text(" ", strip=True)
    assert f"Berichten {state['counts']['posts']}" in figures and "LinkedIn" in figures
    soup = _soup(client.get(f"/candidates/{cid}"))
    stored = next(db.query("SELECT count(*) AS n FROM posts WHERE candidate_id = ?", [cid]))["n"]
    assert stored > 0
    assert len(soup.select("#post-list > li.post-item")) == min(stored, 25)
    assert soup.select("table.connections tbody tr td")[0].get_text(strip=True)
    assert soup.select_one("table.uploads .badge.done") is not None
    languages = soup.select_one("#summary").get_text(" ", strip=True)
    assert "Nederlands:" in languages or "Engels:" in languages


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param(lambda zipped: zipped[: len(zipped) // 2], id="truncated-zip"),
        pytest.param(lambda zipped: b"PK\x03\x04" + b"\x00" * 200, id="zip-magic-only"),
    ],
)
def test_upload_broken_archive_fails_with_reason_and_retry(
    client, login, screening_candidate, data_dir, payload
):
    login("reviewer")
    body = payload(_linkedin_zip(data_dir))
    response = client.post(
        f"/candidates/{screening_candidate}/uploads/new",
        data={"exports": (io.BytesIO(body), "export.zip")},
    )
    assert response.status_code == 302
    soup = _soup(client.get(response.headers["Location"]))
    reason = soup.select_one(".upload-error").get_text(strip=True)
    assert reason and "Traceback" not in reason
    assert soup.select_one("form.retry button[type=submit]") is not None
    page = _soup(client.get(f"/candidates/{screening_candidate}"))
    assert page.select_one("table.uploads .badge.failed") is not None
    retry = page.select_one("table.uploads form.retry")
    assert retry["action"] == response.headers["Location"] + "/retry"
