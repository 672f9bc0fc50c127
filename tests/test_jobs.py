"""The upload job in Huey's immediate mode: parse, store, screen, fail, resume, re-screen."""

from __future__ import annotations

import io
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from screener import jobs, screening
from screener.storage import posts, vacancies
from screener.storage.findings import load_findings, load_screening

NOW = datetime.now(UTC).replace(microsecond=0)

POSTS = [
    (NOW - timedelta(days=400), "Mijn baas is een idioot en dit bedrijf is een puinhoop."),
    (NOW - timedelta(days=300), "Mooie dag gehad met het team in Rotterdam."),
    (NOW - timedelta(days=200), "Ik maak je af als je dat nog een keer zegt."),
    (
        NOW - timedelta(days=100),
        "Weer een vergadering die nergens over ging, wat een stelletje sukkels.",
    ),
    (NOW - timedelta(days=50), "Trots op onze nieuwe vestiging in Tilburg!"),
    (NOW - timedelta(days=3650), "Oude post: wat een idioten daar."),
]


def _upload(app, db, candidate, path: Path, user="system") -> int:
    with path.open("rb") as fh:
        return screening.accept_upload(db, app.config, candidate, path.name, fh, user=user)


def _counts(db, candidate):
    return {
        table: next(
            db.query(f"SELECT count(*) AS n FROM {table} WHERE candidate_id = ?", [candidate])
        )["n"]
        for table in ("posts", "connections", "findings")
    }


@pytest.fixture
def shares(tmp_path, write_shares):
    return write_shares(tmp_path / "Shares.csv", POSTS)


def test_upload_job_parses_stores_screens_and_deletes_the_file(
    app, db, screening_candidate, shares, tmp_path, write_connections
):
    conns = write_connections(
        tmp_path / "Connections.csv",
        [
            ("Eva", "Jansen", "Rabobank", date(2024, 1, 2)),
            ("Piet", "Bos", "PostNL", date(2023, 5, 6)),
        ],
    )
    first = _upload(app, db, screening_candidate, shares)
    second = _upload(app, db, screening_candidate, conns)
    for upload_id in (first, second):
        state = screening.upload_progress(db, upload_id)
        assert state["status"] == "done", state
        assert state["done"] == state["total"]
    assert list(Path(app.config["UPLOADS"]).iterdir()) == []
    assert db["uploads"].get(first)["stored_name"] is None
    counts = _counts(db, screening_candidate)
    assert counts["posts"] == len(POSTS) and counts["connections"] == 2
    found = load_findings(db, screening_candidate)
    assert found, "the threat and the insults should be flagged"
    assert {f["category"] for f in found} <= {"complaint", "insult", "threat", "harassment", "hate"}
    # The ten-year-old post is outside the five-year look-back: never flagged, counted.
    assert all("Oude post" not in f["post_text"] for f in found)
    result = load_screening(db, screening_candidate)
    assert result["excluded"]["outside_lookback"] == 1
    assert result["profile_version"] == 1 and result["lexicon_versions"]
    assert "complaint" in result["patterns"]
    # The second upload added only connections: the patterns were kept (same posts), the
    # network was computed again with them.
    assert result["network"]["candidate_connections"] == 2
    assert result["patterns"]["complaint"]["posts_considered"] == len(POSTS) - 1
    candidate = vacancies.get_candidate(db, screening_candidate)
    assert candidate["screening_status"] == "done" and candidate["screened_profile_version"] == 1
    events = [e["action"] for e in db.query("SELECT action FROM audit_events")]
    assert events.count("upload.create") == 2


def test_rerunning_a_finished_job_is_a_noop(app, db, screening_candidate, shares):
    upload_id = _upload(app, db, screening_candidate, shares)
    before = _counts(db, screening_candidate)
    findings_before = [(f["id"], f["evidence"]) for f in load_findings(db, screening_candidate)]
    assert screening.process_upload(db, app.config, upload_id) == "skipped"
    jobs.process_upload(upload_id)
    assert _counts(db, screening_candidate) == before
    assert [(f["id"], f["evidence"]) for f in load_findings(db, screening_candidate)] == (
        findings_before
    )


def test_reimporting_the_same_export_adds_nothing(app, db, screening_candidate, shares):
    _upload(app, db, screening_candidate, shares)
    before = _counts(db, screening_candidate)
    again = _upload(app, db, screening_candidate, shares)
    assert screening.upload_progress(db, again)["counts"]["duplicates"] == len(POSTS)
    assert _counts(db, screening_candidate) == before


def test_unreadable_upload_fails_with_its_reason_and_leaves_no_rows(app, db, screening_candidate):
    upload_id = screening.accept_upload(
        db,
        app.config,
        screening_candidate,
        "twitter.zip",
        io.BytesIO(b"PK\x03\x04 truncated"),
        user="system",
    )
    state = screening.upload_progress(db, upload_id)
    assert state["status"] == "failed"
    assert state["error"] and "Traceback" not in state["error"]
    assert _counts(db, screening_candidate)["posts"] == 0
    assert list(Path(app.config["UPLOADS"]).iterdir()) == []


def test_unexpected_error_fails_with_a_generic_message(
    app, db, screening_candidate, shares, monkeypatch
):
    import screener.ingest

    def explode(*_args, **_kwargs):
        raise RuntimeError("secret internal detail /etc/passwd")

    monkeypatch.setattr(screener.ingest, "parse_export", explode)
    upload_id = _upload(app, db, screening_candidate, shares)
    state = screening.upload_progress(db, upload_id)
    assert state["status"] == "failed"
    assert "secret" not in state["error"] and state["error"] == screening.uploads.GENERIC_ERROR
    # The file stays for the retry button; a retry after the cause is gone succeeds.
    assert len(list(Path(app.config["UPLOADS"]).iterdir())) == 1
    monkeypatch.undo()
    screening.retry_upload(db, app.config, upload_id, user="system")
    assert screening.upload_progress(db, upload_id)["status"] == "done"


def test_non_final_failure_requeues_for_a_retry(app, db, screening_candidate, shares, monkeypatch):
    import shutil

    import screener.screening.process as process

    stored = "0" * 32
    shutil.copy(shares, Path(app.config["UPLOADS"]) / stored)
    upload_id = posts.create_upload(
        db, screening_candidate, filename="Shares.csv", stored_name=stored
    )

    def boom(*_args, **_kwargs):
        raise RuntimeError("transient")

    monkeypatch.setattr(process, "run_screening", boom)
    with pytest.raises(RuntimeError):
        screening.process_upload(db, app.config, upload_id, final=False)
    state = screening.upload_progress(db, upload_id)
    # Back in the queue, with the posts already stored: the retry goes straight to analysis.
    assert state["status"] == "queued" and state["counts"]["posts"] == len(POSTS)
    monkeypatch.undo()
    assert screening.process_upload(db, app.config, upload_id) == "done"
    assert _counts(db, screening_candidate)["posts"] == len(POSTS)


def test_reaper_resumes_an_upload_whose_worker_died(app, db, screening_candidate, shares):
    upload_id = _upload(app, db, screening_candidate, shares)
    before = _counts(db, screening_candidate)
    # Simulate a worker killed half-way: half the posts unscored, status analysing,
    # owned by a process that no longer exists.
    dead = f"{os.uname().nodename}:{2**22 + 12345}"
    db.execute(
        "UPDATE posts SET score = NULL WHERE id IN (SELECT id FROM posts ORDER BY id LIMIT 3)"
    )
    db.execute(
        "UPDATE uploads SET status = 'analysing', worker = ?, heartbeat_at = ? WHERE id = ?",
        [dead, datetime.now(UTC).isoformat(timespec="seconds"), upload_id],
    )
    uploads, _candidates, dead_workers = screening.stale_jobs(db)
    assert uploads == [upload_id] and dead_workers == [dead]
    jobs.configure(app.config)
    jobs.reap_stale(app.config)
    assert screening.upload_progress(db, upload_id)["status"] == "done"
    assert _counts(db, screening_candidate) == before
    assert not list(
        db.query(
            "SELECT id FROM posts WHERE score IS NULL AND is_repost = 0 AND created_at > '2020'"
        )
    )


def test_rescreen_after_profile_change_keeps_decisions_and_drops_stale_open_findings(
    app, db, screening_candidate, shares
):
    _upload(app, db, screening_candidate, shares)
    found = load_findings(db, screening_candidate)
    categories = {f["category"] for f in found}
    assert len(categories) >= 2, found
    keep, drop = sorted(categories)[0], sorted(categories)[1:]
    decided = next(f for f in found if f["category"] == keep)
    db.execute(
        "UPDATE findings SET status = 'confirmed', note = 'gezien' WHERE id = ?", [decided["id"]]
    )
    vacancy_id = vacancies.get_candidate(db, screening_candidate)["vacancy_id"]
    vacancies.save_profile(
        db,
        vacancy_id,
        categories=[keep],
        reasons={keep: "Alleen dit."},
        platforms=["linkedin"],
    )
    jobs.enqueue_screening(app.config, screening_candidate)
    after = load_findings(db, screening_candidate)
    assert {f["category"] for f in after} == {keep}
    still = next(f for f in after if f["id"] == decided["id"])
    assert still["status"] == "confirmed" and still["note"] == "gezien"
    assert load_screening(db, screening_candidate)["profile_version"] == 2
    assert not set(drop) & {f["category"] for f in after}


def test_fanout_scorer_without_workers_scores_every_batch_itself(
    app, db, screening_candidate, shares, tmp_path, monkeypatch
):
    """With a real SQLite queue and no consumer the coordinator does all the work, also
    when there are more batches than the queue window holds."""
    _upload(app, db, screening_candidate, shares)
    expected = {r["id"]: r["score"] for r in db.query("SELECT id, score FROM posts")}
    db.execute("UPDATE posts SET score = NULL")
    monkeypatch.setenv("SCREENER_FANOUT_WINDOW", "2")
    cfg = dict(app.config, QUEUE_IMMEDIATE=False, QUEUE_DATABASE=str(tmp_path / "q.sqlite3"))
    jobs.configure(cfg)
    try:
        result = screening.run_screening(
            db, screening_candidate, scorer=jobs.fanout_scorer, batch_size=1
        )
        # Every batch still in the queue was revoked: a worker would skip it.
        assert all(jobs.huey.is_revoked(t) for t in jobs.huey.pending())
    finally:
        jobs.configure(app.config)
    assert sum(result["workers"].values()) == 5  # five posts in scope, one per batch
    assert {r["id"]: r["score"] for r in db.query("SELECT id, score FROM posts")} == expected


def test_upload_waits_while_another_job_screens_the_candidate(app, db, screening_candidate, shares):
    import shutil

    stored = "1" * 32
    shutil.copy(shares, Path(app.config["UPLOADS"]) / stored)
    upload_id = posts.create_upload(
        db, screening_candidate, filename="Shares.csv", stored_name=stored
    )
    # A live holder: this process, another thread, fresh heartbeat.
    holder = f"{screening.process.worker_id()}/1"
    db.execute(
        "UPDATE candidates SET screening_worker = ?, screening_heartbeat_at = ? WHERE id = ?",
        [holder, datetime.now(UTC).isoformat(timespec="seconds"), screening_candidate],
    )
    assert screening.process_upload(db, app.config, upload_id) == "busy"
    state = screening.upload_progress(db, upload_id)
    # Its posts are stored already; it waits in the queue for the lock.
    assert (state["status"], state["stage"]) == ("queued", "waiting")
    assert _counts(db, screening_candidate)["posts"] == len(POSTS)
    db.execute("UPDATE candidates SET screening_worker = NULL WHERE id = ?", [screening_candidate])
    assert screening.process_upload(db, app.config, upload_id) == "done"
    row = vacancies.get_candidate(db, screening_candidate)
    assert row["screening_worker"] is None and row["screening_status"] == "done"


def test_daily_purge_task_removes_candidates_past_retention(app, db, screening_candidate, shares):
    _upload(app, db, screening_candidate, shares)
    vacancy_id = vacancies.get_candidate(db, screening_candidate)["vacancy_id"]
    db.execute(
        "UPDATE vacancies SET status = 'closed', closed_at = '2020-01-01T00:00:00+00:00'"
        " WHERE id = ?",
        [vacancy_id],
    )
    jobs.configure(app.config)
    jobs.purge_daily()
    assert vacancies.get_candidate(db, screening_candidate) is None
    assert _counts(db, screening_candidate) == {"posts": 0, "connections": 0, "findings": 0}
    assert "purge" in " ".join(r["action"] for r in db.query("SELECT action FROM audit_events"))


def test_finished_upload_queues_the_candidates_waiting_upload_at_once(
    app, db, screening_candidate, shares, tmp_path
):
    """An upload that found the screening lock taken need not wait for its own retry."""
    import shutil

    stored = "2" * 32
    shutil.copy(shares, Path(app.config["UPLOADS"]) / stored)
    first = posts.create_upload(db, screening_candidate, filename="Shares.csv", stored_name=stored)
    waiting = posts.create_upload(db, screening_candidate, filename="b.csv", stored_name=None)
    db.execute("UPDATE uploads SET stage = 'waiting' WHERE id = ?", [waiting])
    cfg = dict(app.config, QUEUE_IMMEDIATE=False, QUEUE_DATABASE=str(tmp_path / "q.sqlite3"))
    jobs.configure(cfg)
    try:
        jobs.process_upload.call_local(first)
        queued = [t.args for t in jobs.huey.pending() if t.name == "process_upload"]
    finally:
        jobs.configure(app.config)
    assert screening.upload_progress(db, first)["status"] == "done"
    assert queued == [(waiting,)]
