"""The whole journey in a real browser, every step reached from the one before.

log in → vacancy + screening profile → two candidates with notice → LinkedIn zip and X
archive each → progress bar → review with the keyboard → network claims → compare as a
hiring manager → download both PDFs.
"""

from __future__ import annotations

import io
import re
import time
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError
from pypdf import PdfReader

from screener.demo import zip_folder
from screener.settings import ROOT

from .conftest import log_in

DEMO = ROOT / "screener" / "demo" / "data" / "candidates"
VACANCY = "Planner Distributie"
CANDIDATES = {"Kevin de Groot": "kevin-de-groot", "Emily Carter": "emily-carter"}


def _exports(tmp_path, slug: str) -> list[str]:
    paths = []
    for platform in ("linkedin", "x"):
        path = tmp_path / f"{slug}-{platform}.zip"
        path.write_bytes(zip_folder(DEMO / slug / platform))
        paths.append(str(path))
    return paths


def _follow(page, name: str) -> None:
    """Click the first link called ``name``, as a person would (no typed URLs).

    The candidate page reloads itself once its uploads finish; when that reload races the
    click, the click is simply made again on the reloaded page.
    """
    for attempt in range(3):
        try:
            with page.expect_navigation():
                page.get_by_role("link", name=name).first.click()
            return
        except PlaywrightError:
            if attempt == 2:
                raise
            page.wait_for_load_state("networkidle")


def _wait_screened(page, candidate_url: str, timeout: float = 180) -> None:
    """Poll the candidate's JSON twin (as the page's own script does) until screened."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        response = page.request.get(candidate_url + ".json")
        assert response.ok, (candidate_url, response.status, response.text()[:300])
        status = response.json()["candidate"]["screening_status"]
        if status == "done":
            return
        assert status != "failed"
        page.wait_for_timeout(500)
    raise AssertionError(f"{candidate_url} not screened within {timeout} s")


def test_reviewer_to_hiring_manager_journey(live_server, page, tmp_path):
    reviewer = live_server.add_user("journey-reviewer", "reviewer")
    manager = live_server.add_user("journey-manager", "hiring_manager")
    log_in(page, live_server, reviewer)

    # vacancy and its screening profile
    page.get_by_role("link", name="Vacatures").first.click()
    page.get_by_role("link", name="Nieuwe vacature").click()
    page.get_by_label("Titel").fill("Planner Distributie")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/profile")
    for box in page.locator("input[name=categories]").all():
        box.uncheck()
    for category, reason in (
        ("insult", "Klantcontact vraagt respect"),
        ("threat", "Veiligheid van collega's"),
        ("complaint", "Teamrol met veel samenwerking"),
    ):
        page.locator(f"input[name=categories][value={category}]").check()
        page.locator(f"textarea[name=reason_{category}]").fill(reason)
    for platform in ("linkedin", "x"):
        page.locator(f"input[name=platforms][value={platform}]").check()
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/vacancies/*")

    # two candidates, each informed, each with a LinkedIn zip and an X archive
    for name, slug in CANDIDATES.items():
        page.get_by_label("Naam").fill(name)
        page.get_by_role("button", name="Toevoegen").click()
        page.wait_for_url("**/notice")
        page.get_by_label("Manier").select_option("email")
        page.locator("main form button[type=submit]").first.click()
        page.wait_for_load_state()
        _follow(page, VACANCY)
        _follow(page, name)
        page.locator("input[type=file]").set_input_files(_exports(tmp_path, slug))
        with page.expect_navigation():
            page.get_by_role("button", name="Uploaden en screenen").click()
        # two files: back on the candidate page, where each upload has a live progress bar
        assert re.search(r"/candidates/\d+#uploads$", page.url), page.url
        assert page.locator(".upload-progress progress").count() >= 1
        assert page.locator("h1").inner_text().strip() == name
        _wait_screened(page, page.url.split("#")[0])
        _follow(page, VACANCY)

    # review with the keyboard: confirm the first finding of the complainer
    _follow(page, "Kevin de Groot")
    _follow(page, "Naar de beoordeling")
    page.locator(".queue-item.active").wait_for()
    confirmed = re.compile(r"(\d+) bevestigd")
    before = int(confirmed.search(page.locator("main").inner_text()).group(1))
    with page.expect_navigation():
        page.keyboard.press("c")
    after = int(confirmed.search(page.locator("main").inner_text()).group(1))
    assert after == before + 1

    # network claims on the candidate's network page
    _follow(page, "Kandidaatpagina")
    _follow(page, "Netwerk en claims")
    page.get_by_label("Claim van de kandidaat").fill("netwerk in de logistiek")
    page.get_by_role("button", name="Claim controleren").click()
    page.wait_for_load_state()
    assert "netwerk in de logistiek" in page.locator("body").inner_text()

    # assign the hiring manager, then compare as that hiring manager
    _follow(page, "Kevin de Groot")
    _follow(page, VACANCY)
    page.get_by_label("Hiring manager").select_option(label=manager)
    page.get_by_role("button", name="Toewijzen").click()
    page.get_by_role("button", name="Uitloggen").click()
    log_in(page, live_server, manager)
    page.get_by_role("link", name="Vacatures").first.click()
    _follow(page, VACANCY)
    page.get_by_role("link", name="Kandidaten vergelijken").click()
    table = page.locator("table").first.inner_text()
    assert "Kevin de Groot" in table and "Emily Carter" in table

    # both PDFs: the comparison and a candidate summary
    with page.expect_download() as comparison:
        page.get_by_role("link", name="PDF").first.click()
    assert comparison.value.suggested_filename.startswith("screener-vergelijking-")
    with page.expect_download() as report:
        page.get_by_role("link", name="Rapport (PDF)").first.click()
    path = report.value.path()
    data = Path(path).read_bytes()
    text = " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert "Kevin de Groot" in text or "Emily Carter" in text
    assert page.dialogs == []
