"""``screener screenshots``: PNG screenshots of the demo for the README.

Uses the same set-up as the browser tests (``tests/e2e``): a temporary instance with the
demo loaded, ``screener serve`` as a subprocess on a free port, and Playwright driving
Debian's chromium. Playwright is imported only when the command runs.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REVIEWER = "screenshots-reviewer"
MANAGER = "screenshots-manager"
# (file name, user, path with {vacancy} / {candidate} placeholders, element or None)
SHOTS = [
    ("candidate.png", REVIEWER, "/candidates/{flagged}", None),
    ("review-queue.png", REVIEWER, "/candidates/{flagged}/review", None),
    ("network.png", REVIEWER, "/candidates/{candidate}/network", "figure.network-figure"),
    ("comparison.png", MANAGER, "/vacancies/{vacancy}/compare", None),
]
WIDTH = 1280
WIDE = 1600  # the comparison table has eleven columns
MAX_HEIGHT = 1800  # pixels: the top of long pages is what a reader needs to see


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _screener() -> list[str]:
    """The command line that runs this ``screener`` in a subprocess."""
    return [sys.executable, "-c", "from screener.cli import main; main()"]


def _run(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [*_screener(), *args], env=env, capture_output=True, text=True, timeout=600
    )
    if done.returncode != 0:
        raise click.ClickException(f"screener {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def _prepare(instance: Path, env: dict[str, str], password: str) -> dict[str, int]:
    """Load the demo, add a reviewer and a hiring manager; returns ids for the URLs."""
    from ..demo import demo_vacancy
    from ..storage import open_db, users
    from ..storage.vacancies import assign_manager

    _run(env, "init")
    _run(env, "demo")
    db = open_db(instance / "screener.sqlite3")
    try:
        vacancy = demo_vacancy(db)
        if vacancy is None:
            raise click.ClickException("the demo did not load")
        hashed = users.hash_password(password)
        users.create_user(db, REVIEWER, hashed, "reviewer", display_name="Demo reviewer")
        manager = users.create_user(
            db, MANAGER, hashed, "hiring_manager", display_name="Demo hiring manager"
        )
        assign_manager(db, vacancy, manager)
        _confirm_strongest(db, vacancy, users.get_user_by_name(db, REVIEWER))
        rows = list(
            db.query(
                "SELECT c.id, (SELECT COUNT(*) FROM findings f WHERE f.candidate_id = c.id)"
                " AS flags FROM candidates c WHERE c.vacancy_id = ? ORDER BY c.id",
                [vacancy],
            )
        )
    finally:
        db.close()
    if not rows:
        raise click.ClickException("the demo has no candidates")
    flagged = max(rows, key=lambda row: row["flags"])["id"]
    return {"vacancy": vacancy, "candidate": rows[0]["id"], "flagged": flagged}


def _confirm_strongest(db, vacancy: int, reviewer: dict) -> None:
    """Confirm each candidate's strongest finding, so the comparison has something to show."""
    from ..storage.reviews import decide

    rows = db.query(
        "SELECT f.candidate_id, f.id FROM findings f JOIN candidates c ON c.id = f.candidate_id"
        " WHERE c.vacancy_id = ? ORDER BY f.candidate_id, f.severity = 'high' DESC, f.id",
        [vacancy],
    )
    first: dict[int, int] = {}
    for row in rows:
        first.setdefault(row["candidate_id"], row["id"])
    for finding in first.values():
        decide(db, finding, action="confirm", user=reviewer, note="Voorbeeld voor de README")


@contextmanager
def _server(env: dict[str, str], log: Path) -> Iterator[str]:
    """Run ``screener serve`` on a free port; yields its base URL."""
    port = _free_port()
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [*_screener(), "serve", "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 90
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                    break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise click.ClickException(
                            "screener serve did not start: " + log.read_text()[-500:]
                        ) from None
                    time.sleep(0.2)
            yield f"http://127.0.0.1:{port}"
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


def _log_in(page, url: str, username: str, password: str) -> None:
    page.goto(url + "/auth/login")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    if "/auth/login" in page.url:
        raise click.ClickException(f"could not log in as {username}")


def _take(browser, url: str, ids: dict[str, int], password: str, out: Path) -> list[Path]:
    written = []
    for user in (REVIEWER, MANAGER):
        width = WIDE if user == MANAGER else WIDTH
        context = browser.new_context(
            locale="nl-NL", viewport={"width": width, "height": 900}, device_scale_factor=1
        )
        page = context.new_page()
        _log_in(page, url, user, password)
        for name, who, path, element in SHOTS:
            if who != user:
                continue
            page.goto(url + path.format(**ids))
            page.wait_for_load_state("networkidle")
            target = out / name
            if element and page.locator(element).count():
                page.locator(element).first.screenshot(path=str(target))
                written.append(target)
                continue
            height = min(page.evaluate("document.documentElement.scrollHeight"), MAX_HEIGHT)
            page.screenshot(
                path=str(target),
                full_page=True,
                clip={"x": 0, "y": 0, "width": width, "height": height},
            )
            written.append(target)
        context.close()
    return written


@click.command("screenshots")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("docs/screenshots"),
    show_default=True,
    help="Folder for the PNG files.",
)
def screenshots_command(out: Path) -> None:
    """Write PNG screenshots of the demo (candidate, review queue, comparison, network).

    Needs Playwright for Python and Debian's chromium (/usr/bin/chromium).

    Example:

        screener screenshots --out docs/screenshots
    """
    if not Path(CHROMIUM).exists():
        raise click.ClickException(f"{CHROMIUM} is missing: apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise click.ClickException(
            "Playwright for Python is missing: pip install playwright"
        ) from None
    out.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(16)
    tmp = Path(tempfile.mkdtemp(prefix="screener-shots-"))
    try:
        instance = tmp / "instance"
        env = {
            **os.environ,
            "SCREENER_INSTANCE": str(instance),
            "SCREENER_SECRET_KEY": secrets.token_hex(16),
        }
        env.pop("SCREENER_QUEUE_URL", None)
        click.echo("Loading the demo into a temporary instance ...", err=True)
        ids = _prepare(instance, env, password)
        with _server(env, tmp / "server.log") as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                written = _take(browser, url, ids, password, out)
            finally:
                browser.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for path in written:
        click.echo(f"{path} ({path.stat().st_size // 1024} KB)")


commands = [screenshots_command]
