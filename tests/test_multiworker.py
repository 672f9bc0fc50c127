"""Two worker processes against Redis and one web node: both take work, same results.

One worker has the database, the other runs on an instance without it (as on a second
machine) and only analyses batches.

Needs ``redis-server`` on 127.0.0.1:6379 (``scripts/test`` starts one); skipped without
it, except in CI (``CI=true``), where it must run.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from screener import jobs, screening
from screener.settings import load_settings
from screener.storage import open_db, vacancies

REDIS_URL = "redis://127.0.0.1:6379/9"
PHRASES = [
    "Mijn baas is een idioot en dit bedrijf is een puinhoop.",
    "Mooie dag gehad met het team.",
    "My manager is a useless moron, I am done with this place.",
    "Weer een vergadering over niks, wat een stelletje sukkels.",
    "Proud of the crew today.",
]


def _redis_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


pytestmark = [
    pytest.mark.redis,
    pytest.mark.skipif(
        not _redis_up() and os.environ.get("CI") != "true",
        reason="no redis-server on 127.0.0.1:6379",
    ),
]


def _posts(n: int, seed: int):
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=700)
    return [
        (start + timedelta(hours=3 * i), f"{PHRASES[(i + seed) % len(PHRASES)]} ({seed}.{i})")
        for i in range(n)
    ]


def _worker(instance: Path, log: Path) -> subprocess.Popen:
    env = dict(
        os.environ,
        SCREENER_INSTANCE=str(instance),
        SCREENER_QUEUE_URL=REDIS_URL,
        SCREENER_BATCH_SIZE="100",
    )
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-c", "from screener.cli import main; main()", "worker"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def _results(db, candidate: int) -> dict:
    findings = sorted(
        (r["text"], r["category"], r["rule"], r["severity"])
        for r in db.query(
            "SELECT p.text, f.category, f.rule, f.severity FROM findings f"
            " JOIN posts p ON p.id = f.post_pk WHERE f.candidate_id = ?",
            [candidate],
        )
    )
    row = next(db.query("SELECT * FROM screenings WHERE candidate_id = ?", [candidate]))
    patterns = json.loads(row["patterns"])
    complaint = {k: v for k, v in patterns["complaint"].items() if k != "post_ids"}
    return {"findings": findings, "excluded": row["excluded"], "complaint": complaint}


def _wait_done(db, upload_ids, timeout=450) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        states = [screening.upload_progress(db, u)["status"] for u in upload_ids]
        if all(s in ("done", "failed") for s in states):
            assert states == ["done"] * len(upload_ids)
            return
        time.sleep(0.1)
    raise AssertionError(f"uploads not done: {states}")


@pytest.mark.timeout(600)
def test_two_redis_workers_share_the_work_and_match_single_process(tmp_path, write_shares):
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    instance = tmp_path / "instance"
    cfg = load_settings(instance, QUEUE_URL=REDIS_URL, QUEUE_IMMEDIATE=False)
    Path(cfg["UPLOADS"]).mkdir(parents=True)
    db = open_db(cfg["DATABASE"])
    vacancy = vacancies.create_vacancy(db, "Planner")
    vacancies.save_profile(
        db,
        vacancy,
        categories=["complaint", "insult"],
        reasons={"complaint": "Teamwerk.", "insult": "Klantcontact."},
        platforms=["linkedin"],
    )
    sizes = [1200, 200, 200]
    exports = [
        write_shares(tmp_path / f"Shares-{i}.csv", _posts(n, i)) for i, n in enumerate(sizes)
    ]

    def candidate(name: str) -> int:
        cand = vacancies.create_candidate(db, vacancy, name)
        vacancies.record_notice(db, cand, at="2026-11-01", method="email", user_id=None)
        return cand

    multi = [candidate(f"Redis {i}") for i in range(len(sizes))]
    single = [candidate(f"Lokaal {i}") for i in range(len(sizes))]
    log = tmp_path / "workers.log"
    # The second worker runs on an instance without the database, as on another machine:
    # it can only analyse batches and hands coordination tasks back to the queue.
    workers = [_worker(instance, log), _worker(tmp_path / "remote", log)]
    try:
        time.sleep(1.0)
        with exports[0].open("rb") as fh:
            big = screening.accept_upload(db, cfg, multi[0], "Shares.csv", fh, user="system")
        _wait_done(db, [big])
        rest = []
        for cand, path in zip(multi[1:], exports[1:], strict=True):
            with path.open("rb") as fh:
                rest.append(screening.accept_upload(db, cfg, cand, path.name, fh, user="system"))
        _wait_done(db, rest)
    finally:
        for w in workers:
            if w.poll() is None:
                w.send_signal(signal.SIGINT)
        for w in workers:
            try:
                w.wait(timeout=30)
            except subprocess.TimeoutExpired:
                w.kill()
    host = socket.gethostname()
    pids = {f"{host}:{w.pid}" for w in workers}
    took = screening.upload_progress(db, big)["counts"]["workers"]
    assert set(took) == pids, (took, pids, log.read_text()[-2000:])
    assert not (tmp_path / "remote" / "screener.sqlite3").exists()

    # The same exports in this process, without a queue.
    local = dict(cfg, QUEUE_IMMEDIATE=True)
    for cand, path in zip(single, exports, strict=True):
        with path.open("rb") as fh:
            screening.accept_upload(db, local, cand, path.name, fh, user="system")
    jobs.configure(dict(cfg, QUEUE_IMMEDIATE=True))
    for m, s in zip(multi, single, strict=True):
        assert _results(db, m) == _results(db, s)
