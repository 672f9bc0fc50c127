"""Twenty uploads at once through the web form, then a real worker: every row stored,
no "database is locked" shown to anyone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import PASSWORD, make_app

from screener.storage import open_db, users, vacancies
from screener.storage.users import hash_password

N_UPLOADS = 20
POSTS_EACH = 12


@pytest.fixture
def queued_app(tmp_path):
    """The app with a real SQLite queue (tasks wait for a worker)."""
    return make_app(tmp_path, QUEUE_IMMEDIATE=False)


def _export(tmp_path: Path, write_shares, index: int) -> Path:
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=200)
    posts = [
        (start + timedelta(days=d), f"Kandidaat {index} bericht {d}: mijn baas is een idioot.")
        if d % 4 == 0
        else (start + timedelta(days=d), f"Kandidaat {index} bericht {d}: mooie dag op het werk.")
        for d in range(POSTS_EACH)
    ]
    return write_shares(tmp_path / f"Shares-{index}.csv", posts)


@pytest.mark.timeout(600)
def test_twenty_uploads_at_once_all_finish_without_lock_errors(queued_app, tmp_path, write_shares):
    app = queued_app
    db = open_db(app.config["DATABASE"])
    users.create_user(db, "rev", hash_password(PASSWORD), "reviewer")
    vacancy = vacancies.create_vacancy(db, "Chauffeur")
    vacancies.save_profile(
        db,
        vacancy,
        categories=["insult", "complaint"],
        reasons={"insult": "Klantcontact.", "complaint": "Teamwerk."},
        platforms=["linkedin"],
    )
    candidates = []
    for i in range(N_UPLOADS):
        cand = vacancies.create_candidate(db, vacancy, f"Kandidaat {i}")
        vacancies.record_notice(db, cand, at="2026-11-01", method="email", user_id=None)
        candidates.append(cand)
    files = [_export(tmp_path, write_shares, i) for i in range(N_UPLOADS)]

    responses: list = [None] * N_UPLOADS
    barrier = threading.Barrier(N_UPLOADS)

    def post(i: int) -> None:
        client = app.test_client()
        client.post("/auth/login", data={"username": "rev", "password": PASSWORD})
        barrier.wait()
        with files[i].open("rb") as fh:
            responses[i] = client.post(
                f"/candidates/{candidates[i]}/uploads/new",
                data={"exports": [(fh, files[i].name)]},
                content_type="multipart/form-data",
            )

    threads = [threading.Thread(target=post, args=(i,)) for i in range(N_UPLOADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for response in responses:
        assert response.status_code == 302, response.data[:300]
        assert b"locked" not in response.data
    assert next(db.query("SELECT count(*) AS n FROM uploads"))["n"] == N_UPLOADS

    env = dict(os.environ, SCREENER_INSTANCE=app.config["INSTANCE"])
    env.pop("SCREENER_QUEUE_URL", None)
    with (tmp_path / "worker.log").open("ab") as log:
        worker = subprocess.Popen(
            [sys.executable, "-c", "from screener.cli import main; main()", "worker", "-w", "2"],
            env=env,
            stdout=log,
            stderr=log,
        )
    try:
        deadline = time.monotonic() + 500
        while time.monotonic() < deadline:
            open_ = next(
                db.query("SELECT count(*) AS n FROM uploads WHERE status NOT IN ('done', 'failed')")
            )["n"]
            if not open_:
                break
            time.sleep(0.2)
    finally:
        worker.send_signal(signal.SIGINT)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
    rows = list(db.query("SELECT status, error FROM uploads"))
    assert [r["status"] for r in rows] == ["done"] * N_UPLOADS, rows
    for cand in candidates:
        n = next(db.query("SELECT count(*) AS n FROM posts WHERE candidate_id = ?", [cand]))["n"]
        assert n == POSTS_EACH
        assert vacancies.get_candidate(db, cand)["screening_status"] == "done"
        flagged = next(
            db.query("SELECT count(*) AS n FROM findings WHERE candidate_id = ?", [cand])
        )["n"]
        assert flagged > 0
    assert "locked" not in (tmp_path / "worker.log").read_text()
    actions = [r["action"] for r in db.query("SELECT action FROM audit_events")]
    assert actions.count("upload.create") == N_UPLOADS
