"""The upload form, the upload status page with its progress bar, retry and the demo button."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup

from screener.storage import posts, vacancies

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64


def _soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.data, "html.parser")


@pytest.fixture
def vacancy(db):
    vacancy_id = vacancies.create_vacancy(db, "Klantenservice")
    vacancies.save_profile(
        db,
        vacancy_id,
        categories=["complaint", "insult", "threat"],
        reasons={c: "Klantcontact vraagt om respect." for c in ("complaint", "insult", "threat")},
        platforms=["linkedin", "x", "facebook", "mastodon", "instagram", "generic"],
    )
    return vacancy_id


@pytest.fixture
def candidate(db, vacancy):
    """A candidate who was told about the screening (uploads are allowed)."""
    candidate_id = vacancies.create_candidate(db, vacancy, "Sanne de Vries")
    vacancies.record_notice(
        db, candidate_id, at=datetime.now(UTC).date().isoformat(), method="email", user_id=None
    )
    return candidate_id


@pytest.fixture
def reviewer(login):
    return login("reviewer")


def _upload_row(db, candidate, status, **fields):
    upload_id = posts.create_upload(db, candidate, filename="export.zip", stored_name=None)
    posts.set_upload_status(db, upload_id, status, **fields)
    return upload_id


def test_upload_form_shows_file_field_with_label_and_hint(client, reviewer, candidate):
    soup = _soup(client.get(f"/candidates/{candidate}/uploads/new"))
    field = soup.select_one("form.upload-form input[type=file][name=exports]")
    assert field is not None and field.has_attr("multiple")
    assert soup.select_one("label[for=exports]").get_text(strip=True) == "Exportbestanden"
    assert soup.select_one("form.upload-form")["enctype"] == "multipart/form-data"


def test_upload_before_notice_is_refused_with_link_to_record_it(client, reviewer, db, vacancy):
    candidate = vacancies.create_candidate(db, vacancy, "Nog Niet Geïnformeerd")
    page = _soup(client.get(f"/candidates/{candidate}/uploads/new"))
    assert page.select_one("form.upload-form") is None
    assert "geïnformeerd" in page.select_one(".notice-missing").get_text()
    response = client.post(
        f"/candidates/{candidate}/uploads/new",
        data={"exports": (io.BytesIO(b"date,text\n2024-01-01,hoi\n"), "posts.csv")},
    )
    assert response.status_code == 400
    assert next(db.query("SELECT count(*) AS n FROM uploads"))["n"] == 0


def test_upload_without_file_shows_error_on_form(client, reviewer, candidate):
    response = client.post(f"/candidates/{candidate}/uploads/new", data={})
    assert response.status_code == 400
    assert (
        "Kies minstens één exportbestand"
        in _soup(response).select_one("#exports-errors").get_text()
    )


def test_upload_of_png_renamed_zip_is_refused_by_content(client, reviewer, candidate, db):
    response = client.post(
        f"/candidates/{candidate}/uploads/new",
        data={"exports": (io.BytesIO(PNG), "linkedin-export.zip")},
    )
    assert response.status_code == 400
    error = _soup(response).select_one("#exports-errors").get_text()
    assert "linkedin-export.zip" in error and "geen export" in error
    assert next(db.query("SELECT count(*) AS n FROM uploads"))["n"] == 0


def test_upload_of_too_many_files_is_refused(tmp_path, candidate, db, make_user):
    from conftest import PASSWORD, make_app

    app = make_app(tmp_path, MAX_UPLOAD_FILES=2)
    client = app.test_client()
    client.post("/auth/login", data={"username": make_user("reviewer"), "password": PASSWORD})
    files = [(io.BytesIO(b"date,text\n2024-01-01,hoi\n"), f"p{i}.csv") for i in range(3)]
    response = client.post(f"/candidates/{candidate}/uploads/new", data={"exports": files})
    assert "hoogstens 2 bestanden" in _soup(response).select_one("#exports-errors").get_text()


def test_upload_larger_than_limit_gets_friendly_413_page(tmp_path, candidate, make_user):
    from conftest import PASSWORD, make_app

    # Under werkzeug's 500 kB spooling threshold: its test client never closes larger bodies.
    app = make_app(tmp_path, MAX_CONTENT_LENGTH=100 * 1024)
    client = app.test_client()
    client.post("/auth/login", data={"username": make_user("reviewer"), "password": PASSWORD})
    big = io.BytesIO(b"PK\x03\x04" + b"\x00" * (200 * 1024))
    response = client.post(
        f"/candidates/{candidate}/uploads/new", data={"exports": (big, "big.zip")}
    )
    assert response.status_code == 413
    soup = _soup(response)
    assert "te groot" in soup.h1.get_text() and "100 kB" in soup.get_text()
    assert soup.select_one(f'a[href="/candidates/{candidate}/uploads/new"]') is not None


def test_upload_pages_refuse_hiring_manager(client, login, candidate, db):
    login("hiring_manager")
    upload_id = _upload_row(db, candidate, "queued")
    assert client.get(f"/candidates/{candidate}/uploads/new").status_code == 403
    assert client.get(f"/uploads/{upload_id}").status_code == 403
    assert client.get(f"/uploads/{upload_id}.json").status_code == 403
    assert client.post(f"/uploads/{upload_id}/retry").status_code == 403


def test_upload_status_page_needs_login(client, candidate, db):
    upload_id = _upload_row(db, candidate, "queued")
    response = client.get(f"/uploads/{upload_id}")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_upload_status_unknown_id_is_404(client, reviewer):
    assert client.get("/uploads/999").status_code == 404
    assert client.get("/uploads/999.json").status_code == 404


def test_upload_status_page_shows_progress_bar_that_works_without_js(
    client, reviewer, candidate, db
):
    upload_id = _upload_row(db, candidate, "analysing", stage="negativity")
    posts.set_upload_progress(db, upload_id, done=250, total=1000)
    soup = _soup(client.get(f"/uploads/{upload_id}"))
    bar = soup.select_one(".upload-progress progress")
    assert bar["max"] == "100" and bar["value"] == "25"
    box = soup.select_one(".upload-progress")
    assert box["data-progress-url"] == f"/uploads/{upload_id}.json"
    assert box["data-done-url"] == f"/candidates/{candidate}"
    assert "250 van 1000 berichten" in box.get_text()
    assert soup.select_one(f'.noscript-hint a[href="/uploads/{upload_id}"]') is not None
    assert soup.select_one('script[src$="progress.js"]').has_attr("defer")
    assert soup.find("script", src=False) is None  # CSP: no inline script


def test_upload_status_json_reports_stage_counts_and_links(client, reviewer, candidate, db):
    upload_id = _upload_row(db, candidate, "analysing", stage="patterns")
    posts.set_upload_progress(db, upload_id, done=10, total=40)
    data = client.get(f"/uploads/{upload_id}.json").get_json()
    assert data["status"] == "analysing" and data["stage"] == "patterns"
    assert data["stage_label"] == "Patronen over de tijd berekenen"
    assert (data["done"], data["total"], data["percent"]) == (10, 40, 25)
    assert data["counts_text"] == "10 van 40 berichten"
    assert data["candidate_url"] == f"/candidates/{candidate}"
    assert data["label"] == "Berichten analyseren"


def test_upload_status_json_speaks_english_when_chosen(client, reviewer, candidate, db):
    upload_id = _upload_row(db, candidate, "parsing")
    client.post("/language", data={"lang": "en"})
    data = client.get(f"/uploads/{upload_id}.json").get_json()
    assert data["label"] == "Reading the file"


def test_failed_upload_shows_reason_and_retry_button(client, reviewer, candidate, db):
    upload_id = _upload_row(db, candidate, "failed", error="Dit is geen LinkedIn-export: <b>x</b>")
    soup = _soup(client.get(f"/uploads/{upload_id}"))
    assert soup.select_one(".upload-error").get_text() == "Dit is geen LinkedIn-export: <b>x</b>"
    assert soup.select_one(".upload-error b") is None
    form = soup.select_one("form.retry")
    assert form["method"] == "post" and form["action"] == f"/uploads/{upload_id}/retry"
    assert form.select_one("button[type=submit]") is not None
    assert soup.select_one(".upload-progress") is None


def test_retry_of_unfinished_upload_is_refused_with_message(client, reviewer, candidate, db):
    upload_id = _upload_row(db, candidate, "analysing")
    response = client.post(f"/uploads/{upload_id}/retry", follow_redirects=True)
    assert "Alleen een mislukte upload" in _soup(response).select_one(".flash-error").get_text()


def test_retry_form_needs_csrf_token(csrf_app, make_user, candidate, db):
    from conftest import PASSWORD

    upload_id = _upload_row(db, candidate, "failed", error="kapot")
    client = csrf_app.test_client()
    page = _soup(client.get("/auth/login"))
    token = page.select_one("input[name=csrf_token]")["value"]
    client.post(
        "/auth/login",
        data={"username": make_user("reviewer"), "password": PASSWORD, "csrf_token": token},
    )
    assert client.post(f"/uploads/{upload_id}/retry").status_code == 400
    soup = _soup(client.get(f"/uploads/{upload_id}"))
    token = soup.select_one("form.retry input[name=csrf_token]")["value"]
    assert token


def test_upload_of_several_files_goes_to_the_candidate_uploads(client, reviewer, candidate, db):
    files = [
        (io.BytesIO(b"date,text,url\n2024-01-01,hallo,\n"), "berichten.csv"),
        (io.BytesIO(b"date,text,url\n2024-02-01,nog een,\n"), "meer.csv"),
    ]
    response = client.post(f"/candidates/{candidate}/uploads/new", data={"exports": files})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/candidates/{candidate}#uploads"
    names = [r["filename"] for r in db.query("SELECT filename FROM uploads ORDER BY id")]
    assert names == ["berichten.csv", "meer.csv"]
    page = _soup(client.get(f"/candidates/{candidate}"))
    listed = [a.get_text() for a in page.select("table.uploads td:first-child a")]
    assert listed == ["meer.csv", "berichten.csv"]


def test_upload_stores_file_under_random_name_never_client_path(
    client, reviewer, candidate, db, app
):
    from pathlib import Path

    client.post(
        f"/candidates/{candidate}/uploads/new",
        data={"exports": (io.BytesIO(b"date,text,url\n2024-01-01,hoi,\n"), "../../etc/passwd.csv")},
    )
    row = next(db.query("SELECT filename, stored_name FROM uploads"))
    assert row["filename"] == "etc_passwd.csv"
    uploads = Path(app.config["UPLOADS"])
    assert not (uploads.parent.parent / "etc").exists()
    assert all(p.parent == uploads for p in uploads.rglob("*"))


def test_candidate_page_embeds_upload_form_and_live_bars(client, reviewer, candidate, db):
    upload_id = _upload_row(db, candidate, "parsing")
    soup = _soup(client.get(f"/candidates/{candidate}"))
    assert soup.select_one(f'form.upload-form[action="/candidates/{candidate}/uploads/new"]')
    bar = soup.select_one("table.uploads .upload-progress")
    assert bar["data-progress-url"] == f"/uploads/{upload_id}.json"
    assert not bar.has_attr("data-done-url")  # several bars: the page reloads when all finish


def test_demo_button_loads_demo_once_then_hides(client, reviewer, db):
    from screener import demo

    start = _soup(client.get("/"))
    form = start.select_one("form.demo")
    assert form["method"] == "post" and form["action"] == "/uploads/demo"
    response = client.post("/uploads/demo")
    vacancy_id = demo.demo_vacancy(db)
    assert vacancy_id is not None
    assert (
        response.status_code == 302 and response.headers["Location"] == f"/vacancies/{vacancy_id}"
    )
    assert _soup(client.get("/")).select_one("form.demo") is None
    candidates = [
        r["id"] for r in db.query("SELECT id FROM candidates WHERE vacancy_id = ?", [vacancy_id])
    ]
    assert len(candidates) == 3
    pages = [_soup(client.get(f"/candidates/{cid}")) for cid in candidates]
    assert all(page.select("#post-list > li.post-item") for page in pages)
    assert any(page.select(".finding-group mark") for page in pages)


def test_demo_button_is_refused_to_hiring_manager(client, login):
    login("hiring_manager")
    assert client.post("/uploads/demo").status_code == 403


def test_upload_form_error_shows_hostile_file_name_as_text(client, reviewer, candidate):
    name = "<img src=x onerror=alert(1)>\u202egpj.zip"
    response = client.post(
        f"/candidates/{candidate}/uploads/new", data={"exports": (io.BytesIO(PNG), name)}
    )
    html = response.get_data(as_text=True)
    assert "<img src=x" not in html and "\u202e" not in html
    assert "⟨U+202E⟩" in _soup(response).select_one("#exports-errors").get_text()


def test_upload_form_needs_csrf_token(csrf_app, make_user, candidate, db):
    from conftest import PASSWORD

    client = csrf_app.test_client()
    token = _soup(client.get("/auth/login")).select_one("input[name=csrf_token]")["value"]
    client.post(
        "/auth/login",
        data={"username": make_user("reviewer"), "password": PASSWORD, "csrf_token": token},
    )
    csv = b"date,text,url\n2024-01-01,hoi,\n"
    refused = client.post(
        f"/candidates/{candidate}/uploads/new", data={"exports": (io.BytesIO(csv), "p.csv")}
    )
    assert refused.status_code == 400
    assert next(db.query("SELECT count(*) AS n FROM uploads"))["n"] == 0
    form = _soup(client.get(f"/candidates/{candidate}/uploads/new")).select_one("form.upload-form")
    token = form.select_one("input[name=csrf_token]")["value"]
    accepted = client.post(
        f"/candidates/{candidate}/uploads/new",
        data={"exports": (io.BytesIO(csv), "p.csv"), "csrf_token": token},
    )
    assert accepted.status_code == 302
