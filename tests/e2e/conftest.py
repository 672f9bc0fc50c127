"""Browser tests: Playwright driving Debian's chromium against ``screener serve``.

The server runs as a real subprocess (web app + one worker, SQLite queue) on a free port
with a temporary instance. Where chromium is missing these tests skip on a developer's
machine, but fail when ``CI=true``, so CI can never pass without running them.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from screener.commands.screenshots import CHROMIUM, CHROMIUM_ARGS
from screener.storage import open_db, users
from screener.web.auth import hash_password

PASSWORD = "browser test password 42"
SCREENER = str(Path(sys.executable).parent / "screener")


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing: CI must install Debian's chromium")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LiveServer:
    url: str
    instance: Path
    env: dict[str, str]
    users: dict[str, str] = field(default_factory=dict)

    def cli(self, *args: str, stdin: str | None = None) -> str:
        done = subprocess.run(
            [SCREENER, *args],
            input=stdin,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def db(self):
        return open_db(self.instance / "screener.sqlite3")

    def add_user(self, name: str, role: str) -> str:
        """Create a user straight in the database (once per server); returns the name."""
        if name not in self.users:
            db = self.db()
            users.create_user(db, name, hash_password(PASSWORD), role)
            db.close()
            self.users[name] = role
        return name


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    """One ``screener serve`` (web + worker) for the whole browser session."""
    tmp_path = tmp_path_factory.mktemp("live")
    instance = tmp_path / "instance"
    env = {**os.environ, "SCREENER_INSTANCE": str(instance), "SCREENER_SECRET_KEY": "e2e-key"}
    env.pop("SCREENER_QUEUE_URL", None)
    port = _free_port()
    server = LiveServer(f"http://127.0.0.1:{port}", instance, env)
    server.cli("init")
    log = open(tmp_path / "server.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [SCREENER, "serve", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.2)
    else:
        proc.kill()
    if proc.poll() is not None:
        log.close()
        pytest.fail("screener serve did not start:\n" + (tmp_path / "server.log").read_text())
    yield server
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    log.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.dialogs = []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    yield tab
    context.close()


def log_in(page, server: LiveServer, username: str) -> None:
    page.goto(server.url + "/auth/login")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    assert "/auth/login" not in page.url, page.content()[:500]
