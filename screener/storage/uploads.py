"""The ``uploads`` rows: status, progress, heartbeat and the claim a worker takes.

Job state lives here, never in the queue: a job is claimed with one atomic update, so a
second delivery of the same task is a no-op, and a job whose worker died is taken over.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlite_utils import Database

from . import now_iso
from .tx import write_transaction

UPLOAD_STATUSES = ("queued", "parsing", "analysing", "done", "failed")


def create_upload(
    db: Database,
    candidate_id: int,
    *,
    filename: str,
    stored_name: str | None,
    sha256: str = "",
    size: int = 0,
    created_by: int | None = None,
) -> int:
    """Insert an ``uploads`` row with status ``queued``; returns its id."""
    now = now_iso()
    cursor = db.execute(
        "INSERT INTO uploads (candidate_id, filename, stored_name, sha256, size, status,"
        " created_at, heartbeat_at, created_by) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?, ?)",
        [candidate_id, filename, stored_name, sha256, size, now, now, created_by],
    )
    return cursor.lastrowid


def get_upload(db: Database, upload_id: int) -> dict[str, Any] | None:
    """The ``uploads`` row, with ``counts`` and ``platforms`` decoded."""
    row = next(db.query("SELECT * FROM uploads WHERE id = ?", [upload_id]), None)
    if row is None:
        return None
    row["counts"] = json.loads(row["counts"] or "{}")
    row["platforms"] = json.loads(row["platforms"] or "[]")
    return row


def list_uploads(db: Database, candidate_id: int) -> list[dict[str, Any]]:
    """A candidate's uploads, newest first (counts decoded)."""
    rows = list(
        db.query("SELECT * FROM uploads WHERE candidate_id = ? ORDER BY id DESC", [candidate_id])
    )
    for row in rows:
        row["counts"] = json.loads(row["counts"] or "{}")
        row["platforms"] = json.loads(row["platforms"] or "[]")
    return rows


def set_upload_status(
    db: Database,
    upload_id: int,
    status: str,
    *,
    stage: str | None = None,
    error: str | None = None,
    counts: dict[str, Any] | None = None,
    platforms: Sequence[str] | None = None,
) -> None:
    """Move an upload to ``status`` (``done``/``failed`` also set ``finished_at``)."""
    if status not in UPLOAD_STATUSES:
        raise ValueError(f"unknown upload status {status!r}")
    now = now_iso()
    sets = ["status = ?", "heartbeat_at = ?"]
    params: list[Any] = [status, now]
    if stage is not None:
        sets.append("stage = ?")
        params.append(stage)
    if status in ("done", "failed"):
        sets.append("finished_at = ?")
        params.append(now)
    if status in ("queued", "parsing", "analysing", "done"):
        sets.append("error = ?")
        params.append(error)
    elif error is not None:
        sets.append("error = ?")
        params.append(error)
    if counts is not None:
        sets.append("counts = ?")
        params.append(json.dumps(counts, sort_keys=True))
    if platforms is not None:
        sets.append("platforms = ?")
        params.append(json.dumps(list(platforms)))
    params.append(upload_id)
    with write_transaction(db):
        db.execute(f"UPDATE uploads SET {', '.join(sets)} WHERE id = ?", params)


def set_upload_progress(
    db: Database, upload_id: int, *, done: int, total: int, stage: str | None = None
) -> None:
    """Record progress (posts done of total) and refresh the heartbeat."""
    with write_transaction(db):
        _progress(db, upload_id, done, total, stage)


def _progress(db: Database, upload_id: int, done: int, total: int, stage: str | None) -> None:
    if stage is None:
        db.execute(
            "UPDATE uploads SET progress_done = ?, progress_total = ?, heartbeat_at = ?"
            " WHERE id = ?",
            [done, total, now_iso(), upload_id],
        )
    else:
        db.execute(
            "UPDATE uploads SET progress_done = ?, progress_total = ?, stage = ?,"
            " heartbeat_at = ? WHERE id = ?",
            [done, total, stage, now_iso(), upload_id],
        )


def claim_upload(
    db: Database,
    upload_id: int,
    *,
    stale_before: str,
    worker: str = "",
    dead_workers: Iterable[str] = (),
) -> dict[str, Any] | None:
    """Take an upload for processing; ``None`` when it is finished or another worker is alive.

    A queued upload is claimed; a running one only when its heartbeat is older than
    ``stale_before`` or its ``worker`` is one of ``dead_workers``. Its status becomes
    ``parsing`` (nothing stored yet) or ``analysing`` (posts stored by an earlier try).
    """
    with write_transaction(db):
        row = next(db.query("SELECT * FROM uploads WHERE id = ?", [upload_id]), None)
        if row is None or row["status"] in ("done", "failed"):
            return None
        alive = (row["heartbeat_at"] or "") >= stale_before and row["worker"] not in set(
            dead_workers
        )
        if row["status"] != "queued" and alive:
            return None
        parsed = "posts" in json.loads(row["counts"] or "{}")
        status = "analysing" if parsed else "parsing"
        now = now_iso()
        db.execute(
            "UPDATE uploads SET status = ?, heartbeat_at = ?, attempts = attempts + 1,"
            " started_at = COALESCE(started_at, ?), worker = ? WHERE id = ?",
            [status, now, now, worker, upload_id],
        )
        row.update(status=status, heartbeat_at=now, worker=worker)
        row["counts"] = json.loads(row["counts"] or "{}")
    return row


def unfinished_uploads(db: Database) -> list[dict[str, Any]]:
    """Uploads not done or failed: ``id``, ``status``, ``heartbeat_at``, ``worker``."""
    return list(
        db.query(
            "SELECT id, status, heartbeat_at, created_at, worker FROM uploads"
            " WHERE status IN ('queued', 'parsing', 'analysing') ORDER BY id"
        )
    )
