"""In a real browser: hostile posts stay text, bad uploads fail clearly, roles hold."""

from __future__ import annotations

import re

from screener.storage import now_iso, users
from screener.storage.candidates import create_candidate, record_notice
from screener.storage.profiles import save_profile
from screener.storage.vacancies import assign_manager, create_vacancy

from .conftest import log_in

HOSTILE = [
    "<script>alert('xss-script')</script>",
    "<img src=x onerror=\"alert('xss-img')\">",
    "<svg/onload=alert('xss-svg')>",
    "{{7*7}} en {% raw %}",
    "Normale tekst \u202egnirts desrever\u202c met RLO",
]


def _seed(server, *, posts=()) -> tuple[int, int]:
    db = server.db()
    vacancy = create_vacancy(db, "Planner Transport")
    save_profile(
        db,
        vacancy,
        categories=["insult", "threat"],
        reasons={"insult": "Klantcontact", "threat": "Veiligheid"},
        platforms=["linkedin", "x"],
    )
    candidate = create_candidate(db, vacancy, "Sam Jansen")
    record_notice(db, candidate, at="2026-11-01", method="email", user_id=None)
    for i, text in enumerate(posts):
        db.execute(
            "INSERT INTO posts (candidate_id, platform, post_id, created_at, text, url)"
            " VALUES (?, 'x', ?, ?, ?, ?)",
            [candidate, f"h{i}", now_iso(), text, "javascript:alert('xss-url')"],
        )
    db.close()
    return vacancy, candidate


def test_hostile_posts_render_as_text_and_run_nothing(live_server, page):
    _, candidate = _seed(live_server, posts=HOSTILE)
    log_in(page, live_server, live_server.add_user("rita", "reviewer"))
    page.goto(f"{live_server.url}/candidates/{candidate}")
    body = page.locator("body").inner_text()
    assert "<script>alert('xss-script')</script>" in body
    assert "{{7*7}}" in body and "49" not in re.findall(r"\b49\b", body)
    assert "U+202E" in body  # the direction override is made visible
    page.wait_for_timeout(300)
    assert page.dialogs == []
    assert page.locator("a[href^='javascript:']").count() == 0


def test_bad_upload_fails_with_a_clear_message(live_server, page, tmp_path):
    _, candidate = _seed(live_server)
    fake = tmp_path / "export.zip"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    log_in(page, live_server, live_server.add_user("rita", "reviewer"))
    page.goto(f"{live_server.url}/candidates/{candidate}")
    page.locator("input[type=file]").first.set_input_files(str(fake))
    page.locator("form[enctype='multipart/form-data'] button[type=submit]").first.click()
    page.wait_for_load_state()
    message = page.locator(".errors, .flash-error, .upload-error").first
    message.wait_for(timeout=30_000)
    text = message.inner_text()
    assert text.strip() and "Traceback" not in text


def test_hiring_manager_cannot_open_raw_posts(live_server, page):
    vacancy, candidate = _seed(live_server, posts=["gewoon een bericht van de kandidaat"])
    name = live_server.add_user("henk", "hiring_manager")
    db = live_server.db()
    assign_manager(db, vacancy, users.get_user_by_name(db, name)["id"])
    db.close()
    log_in(page, live_server, name)
    response = page.goto(f"{live_server.url}/candidates/{candidate}")
    assert response.status == 403
    assert "gewoon een bericht" not in page.content()
    response = page.goto(f"{live_server.url}/candidates/{candidate}.json")
    assert response.status == 403
