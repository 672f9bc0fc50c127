"""The interface in a real browser: without JavaScript, with the keyboard, in English.

Runs on the shared ``live_server`` with the demo loaded (``screener demo``); each test
logs in as its own user so language and review choices do not leak between tests.
"""

from __future__ import annotations

import pytest

from screener.demo import demo_vacancy

from .conftest import log_in


@pytest.fixture(scope="module")
def demo(live_server) -> dict[str, int]:
    """Load the demo once (idempotent); returns candidate ids by first name."""
    live_server.cli("demo")
    db = live_server.db()
    try:
        vacancy = demo_vacancy(db)
        rows = db.query("SELECT id, name FROM candidates WHERE vacancy_id = ?", [vacancy])
        ids = {row["name"].split()[0]: row["id"] for row in rows}
    finally:
        db.close()
    assert {"Daan", "Kevin", "Emily"} <= set(ids), ids
    return ids


@pytest.fixture
def no_js_page(browser):
    """A tab with JavaScript switched off."""
    context = browser.new_context(
        java_script_enabled=False, locale="nl-NL", viewport={"width": 1280, "height": 900}
    )
    tab = context.new_page()
    yield tab
    context.close()


def _finding_status(live_server, finding_id: int) -> str:
    db = live_server.db()
    try:
        return next(db.query("SELECT status FROM findings WHERE id = ?", [finding_id]))["status"]
    finally:
        db.close()


def test_ui_candidate_page_without_javascript(live_server, demo, no_js_page):
    log_in(no_js_page, live_server, live_server.add_user("ui-nojs", "reviewer"))
    no_js_page.goto(f"{live_server.url}/candidates/{demo['Daan']}")
    assert no_js_page.locator("h1").inner_text() == "Daan Visser"
    uploads = no_js_page.locator("main table").first
    assert "Klaar" in uploads.inner_text()
    assert no_js_page.locator("ol.posts li").count() > 0
    # the search form is a plain GET form
    search = no_js_page.get_by_label("Zoek in berichten")
    search.fill("logistiek")
    search.press("Enter")
    no_js_page.wait_for_load_state()
    assert "logistiek" in no_js_page.url
    posts = no_js_page.locator("ol.posts li")
    assert posts.count() > 0
    assert all("logistiek" in text.lower() for text in posts.all_inner_texts())


def test_ui_review_confirm_without_javascript(live_server, demo, no_js_page):
    log_in(no_js_page, live_server, live_server.add_user("ui-nojs-review", "reviewer"))
    no_js_page.goto(f"{live_server.url}/candidates/{demo['Kevin']}/review")
    item = no_js_page.locator(".queue-item.status-open").first
    finding_id = int(item.locator("input[name=finding_ids]").get_attribute("value"))
    assert _finding_status(live_server, finding_id) == "open"
    item.get_by_label("Notitie").fill("Bevestigd zonder JavaScript")
    item.get_by_role("button", name="Bevestigen").click()
    no_js_page.wait_for_load_state()
    assert "/review" in no_js_page.url
    assert _finding_status(live_server, finding_id) == "confirmed"
    assert no_js_page.locator(".flash").count() > 0


def test_ui_upload_status_without_javascript(live_server, demo, no_js_page, tmp_path):
    log_in(no_js_page, live_server, live_server.add_user("ui-nojs-upload", "reviewer"))
    no_js_page.goto(f"{live_server.url}/candidates/{demo['Emily']}")
    no_js_page.locator("a[href*='/uploads/']").first.click()
    no_js_page.wait_for_load_state()
    status = no_js_page.locator("#upload-status")
    assert status.get_attribute("data-status") == "done"
    assert "Berichten" in status.inner_text()
    # a broken file: the failure and its message show without any script
    bad = tmp_path / "export.zip"
    bad.write_bytes(b"this is not a zip file at all")
    no_js_page.goto(f"{live_server.url}/candidates/{demo['Emily']}/uploads/new")
    no_js_page.get_by_label("Exportbestanden").set_input_files(str(bad))
    no_js_page.get_by_role("button", name="Uploaden en screenen").click()
    no_js_page.wait_for_load_state()
    for _ in range(120):
        state = no_js_page.locator("#upload-status").get_attribute("data-status")
        if state in ("done", "failed"):
            break
        no_js_page.wait_for_timeout(500)
        no_js_page.get_by_role("link", name="Vernieuwen").click()
        no_js_page.wait_for_load_state()
    assert state == "failed"
    assert no_js_page.locator(".upload-error").inner_text().strip()


def test_ui_keyboard_focus_is_visible(live_server, demo, page):
    log_in(page, live_server, live_server.add_user("ui-keys", "reviewer"))
    page.goto(f"{live_server.url}/candidates/{demo['Daan']}")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip")
    assert skip.evaluate("el => el === document.activeElement")
    box = skip.bounding_box()
    assert box and box["x"] >= 0 and box["y"] >= 0, box  # on screen once focused
    for _ in range(6):
        focused = page.evaluate(
            "() => { const el = document.activeElement, s = getComputedStyle(el);"
            " return [el.tagName, s.outlineStyle, parseFloat(s.outlineWidth)]; }"
        )
        tag, style, width = focused
        assert tag != "BODY"
        assert style != "none" and width >= 2, focused
        page.keyboard.press("Tab")


def test_ui_language_switch_translates_candidate_page(live_server, demo, page):
    log_in(page, live_server, live_server.add_user("ui-english", "reviewer"))
    url = f"{live_server.url}/candidates/{demo['Daan']}"
    page.goto(url)
    assert page.get_by_role("heading", name="Samenvatting").count() == 1
    page.get_by_label("Taal").select_option("en")
    page.get_by_role("button", name="OK").click()
    page.wait_for_load_state()
    page.goto(url)
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", name="Summary").count() == 1
    assert page.get_by_role("heading", name="Samenvatting").count() == 0
    text = page.locator("main").inner_text()
    assert "Posts" in text and "Berichten" not in text
    page.get_by_label("Language").select_option("nl")
    page.get_by_role("button", name="OK").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "nl"
