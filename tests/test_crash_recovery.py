"""SIGKILL a real ``screener worker`` half-way through a job: nothing lost, nothing doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from screener import screening
from screener.settings import load_settings
from screener.storage import open_db, vacancies

N_POSTS = 3_000
PHRASES = [
    "Mijn baas is een idioot en dit bedrijf is een puinhoop.",
    "Mooie dag gehad met het team.",
    "Weer een vergadering over niks, wat een stelletje sukkels.",
    "Great day at the warehouse, proud of the crew.",
    "My manager is a useless moron.",
    "Nieuwe vestiging geopend in Tilburg, trots!",
]


def _posts(n: int):
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=3 * 365)
    for i in range(n):
        yield start + timedelta(minutes=5 * i), f"{PHRASES[i % len(PHRASES)]} #{i}"


def _setup(instance: Path, write_shares) -> tuple[dict, int, int, Path]:
    cfg = load_settings(instance, QUEUE_IMMEDIATE=False)
    Path(cfg["UPLOADS"]).mkdir(parents=True)
    db = open_db(cfg["DATABASE"])
    vacancy = vacancies.create_vacancy(db, "Magazijnchef")
    vacancies.save_profile(
        db,
        vacancy,
        categories=["complaint", "insult", "threat"],
        reasons={c: "Leidinggevende." for c in ("complaint", "insult", "threat")},
        platforms=["linkedin"],
    )
    killed = vacancies.create_candidate(db, vacancy, "Gestopt Halverwege")
    clean = vacancies.create_candidate(db, vacancy, "Schone Run")
    for cand in (killed, clean):
        vacancies.record_notice(db, cand, at="2026-11-01", method="email", user_id=None)
    db.close()
    export = write_shares(instance.parent / "Shares.csv", list(_posts(N_POSTS)))
    return cfg, killed, clean, export


def _worker(instance: Path) -> subprocess.Popen:
    env = dict(
        os.environ,
        SCREENER_INSTANCE=str(instance),
        SCREENER_BATCH_SIZE="100",
        SCREENER_JOB_STALE_SECONDS="600",
    )
    env.pop("SCREENER_QUEUE_URL", None)
    with (instance.parent / "worker.log").open("ab") as log:
        return subprocess.Popen(
            [sys.executable, "-c", "from screener.cli import main; main()", "worker"],
            env=env,
            stdout=log,
            stderr=log,
        )


def _wait(db, upload_id: int, predicate, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = screening.upload_progress(db, upload_id)
        if predicate(state):
            return state
        time.sleep(0.05)
    raise AssertionError(f"timed out; last state {state}")


def _snapshot(db, candidate: int) -> dict:
    posts = next(db.query("SELECT count(*) AS n FROM posts WHERE candidate_id = ?", [candidate]))
    findings = sorted(
        (r["text"], r["category"], r["rule"])
        for r in db.query(
            "SELECT p.text, f.category, f.rule FROM findings f JOIN posts p ON p.id = f.post_pk"
            " WHERE f.candidate_id = ?",
            [candidate],
        )
    )
    screening_row = next(db.query("SELECT * FROM screenings WHERE candidate_id = ?", [candidate]))
    return {
        "posts": posts["n"],
        "findings": findings,
        "excluded": screening_row["excluded"],
        "languages": screening_row["languages"],
    }


@pytest.mark.timeout(600)
def test_sigkill_mid_job_then_restart_matches_a_clean_run(tmp_path, write_shares):
    instance = tmp_path / "instance"
    cfg, killed, clean, export = _setup(instance, write_shares)
    db = open_db(cfg["DATABASE"])
    with export.open("rb") as fh:
        upload_id = screening.accept_upload(db, cfg, killed, "Shares.csv", fh, user="system")
    worker = _worker(instance)
    try:
        state = _wait(
            db,
            upload_id,
            lambda s: s["status"] == "analysing" and s["total"] and s["done"] >= s["total"] // 4,
            timeout=400,
        )
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
        state = screening.upload_progress(db, upload_id)
        assert state["status"] == "analysing" and state["done"] < state["total"], state
        scored = next(db.query("SELECT count(*) AS n FROM posts WHERE score IS NOT NULL"))["n"]
        assert 0 < scored < N_POSTS
        # The task is gone from the queue; the restarted worker resumes it from our state.
        worker = _worker(instance)
        state = _wait(db, upload_id, lambda s: s["status"] in ("done", "failed"), timeout=400)
        assert state["status"] == "done", state
        assert state["attempts"] == 2
    finally:
        if worker.poll() is None:
            worker.send_signal(signal.SIGINT)
            try:
                worker.wait(timeout=20)
            except subprocess.TimeoutExpired:
                worker.kill()
    # The same export screened in one go, in this process, for comparison.
    with export.open("rb") as fh:
        clean_upload = screening.accept_upload(
            db, dict(cfg, QUEUE_IMMEDIATE=True), clean, "Shares.csv", fh, user="system"
        )
    assert screening.upload_progress(db, clean_upload)["status"] == "done"
    after_kill, clean_run = _snapshot(db, killed), _snapshot(db, clean)
    assert after_kill["posts"] == N_POSTS
    assert after_kill == clean_run
    assert not list(Path(cfg["UPLOADS"]).iterdir())
