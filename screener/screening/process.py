"""Job bodies: an upload job and a candidate re-screening job, with claims and a reaper.

Free of the queue library: :mod:`screener.jobs` wraps these in Huey tasks. Job state
lives in the database (status, stage, heartbeat, owner), never in the queue: a job is
claimed with an atomic update, so a duplicate delivery is a no-op, and an unfinished
job whose heartbeat stopped (or whose worker process is gone) is taken over.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from ..errors import ScreenerError
from ..storage import now_iso
from ..storage import posts as post_store
from ..storage.tx import write
from .prefetch import BatchStarter, Prefetched, prefetch
from .run import BatchScorer, default_batch_size, run_screening, worker_id
from .uploads import GENERIC_ERROR, delete_upload_file, ingest_upload

log = logging.getLogger(__name__)

# Coordinating jobs run only where the database file is, i.e. on one host, so a dead
# worker is normally recognised by its process id at once. The heartbeat is the fallback
# and must outlast the longest single step (importing a 100k-post archive in one
# transaction on a busy machine): 15 minutes (setting ``JOB_STALE_SECONDS``).
STALE_SECONDS = 900


def process_upload(
    db: Database,
    cfg: Mapping[str, Any],
    upload_id: int,
    *,
    scorer: BatchScorer | None = None,
    start: BatchStarter | None = None,
    final: bool = True,
    stale_seconds: int = STALE_SECONDS,
    dead_workers: Sequence[str] = (),
) -> str:
    """The whole upload job: claim, parse and store, screen, mark done or failed.

    With ``start`` (the queue's :func:`~screener.jobs.start_batches`), the first
    analysis batches go out as soon as the file is parsed, so other workers score while
    this one stores the records (:mod:`.prefetch`); ``scorer`` then collects them.

    A ScreenerError fails the upload at once with its message (a retry would not help).
    Any other exception is logged; on the last try the upload fails with a generic
    message, otherwise it goes back to ``queued`` and the exception propagates so the
    queue retries it with back-off.

    :returns: ``"done"``, ``"failed"``, ``"skipped"`` (finished or running elsewhere) or
        ``"busy"`` (another job screens this candidate now: run it again a bit later).
    """
    stale_before = _seconds_ago(stale_seconds)
    upload = post_store.claim_upload(
        db, upload_id, stale_before=stale_before, worker=worker_id(), dead_workers=dead_workers
    )
    if upload is None:
        return "skipped"
    candidate_id = upload["candidate_id"]

    def sink(stage: str, done: int, total: int) -> None:
        with post_store.write_transaction(db):
            post_store.set_upload_progress(db, upload_id, done=done, total=total, stage=stage)
            _beat(db, candidate_id)

    locked = False
    early: Prefetched | None = None

    def send_early(bundle, profile) -> None:
        nonlocal early
        if start is not None:
            early = prefetch(bundle, profile, start, batch_size=default_batch_size())

    try:
        if upload["status"] == "parsing":
            counts = ingest_upload(db, cfg, upload, after_parse=send_early)
        else:
            counts = dict(upload["counts"])
            delete_upload_file(db, cfg, upload)
        locked = acquire_screening_lock(db, candidate_id, stale_before=stale_before)
        if not locked:
            # Another upload of this candidate is being screened: that run may have
            # started before these records were stored, so try again shortly.
            write(
                db,
                "UPDATE uploads SET status = 'queued', stage = 'waiting', heartbeat_at = ?"
                " WHERE id = ?",
                [now_iso(), upload_id],
            )
            return "busy"
        result = run_screening(db, candidate_id, scorer=scorer, progress=sink, prefetched=early)
        early = None  # collected by the scorer
        counts.update(findings=result["findings"], workers=result["workers"])
        post_store.set_upload_status(db, upload_id, "done", stage="done", counts=counts)
        return "done"
    except ScreenerError as exc:
        _fail(db, upload_id, candidate_id, str(exc))
        return "failed"
    except Exception:
        log.exception("upload %s failed", upload_id)
        if final:
            _fail(db, upload_id, candidate_id, GENERIC_ERROR)
            return "failed"
        write(
            db,
            "UPDATE uploads SET status = 'queued', heartbeat_at = ? WHERE id = ?",
            [now_iso(), upload_id],
        )
        raise
    finally:
        if early is not None:  # the job stopped before the screening took them over
            early.cancel()
        if locked:
            release_screening_lock(db, candidate_id)


def lock_owner() -> str:
    """``host:pid/thread``: threads of one process never share a screening."""
    return f"{worker_id()}/{threading.get_ident()}"


def acquire_screening_lock(db: Database, candidate_id: int, *, stale_before: str) -> bool:
    """Take the candidate's screening lock unless a live worker holds it."""
    me = lock_owner()
    with post_store.write_transaction(db):
        row = next(
            db.query(
                "SELECT screening_worker, screening_heartbeat_at FROM candidates WHERE id = ?",
                [candidate_id],
            ),
            None,
        )
        if row is None:
            return False
        holder = row["screening_worker"]
        if holder and holder != me:
            fresh = (row["screening_heartbeat_at"] or "") >= stale_before
            if fresh and not dead_local_workers([holder.partition("/")[0]]):
                return False
        write(
            db,
            "UPDATE candidates SET screening_worker = ?, screening_heartbeat_at = ? WHERE id = ?",
            [me, now_iso(), candidate_id],
        )
    return True


def release_screening_lock(db: Database, candidate_id: int) -> None:
    write(
        db,
        "UPDATE candidates SET screening_worker = NULL WHERE id = ? AND screening_worker = ?",
        [candidate_id, lock_owner()],
    )


def _beat(db: Database, candidate_id: int) -> None:
    write(
        db,
        "UPDATE candidates SET screening_heartbeat_at = ? WHERE id = ?",
        [now_iso(), candidate_id],
    )


def _fail(db: Database, upload_id: int, candidate_id: int, message: str) -> None:
    with post_store.write_transaction(db):
        post_store.set_upload_status(db, upload_id, "failed", stage="failed", error=message)
        # A candidate screened before (another upload) keeps its results: still 'done'.
        write(
            db,
            "UPDATE candidates SET screening_status = CASE WHEN screened_at IS NULL"
            " THEN 'failed' ELSE 'done' END WHERE id = ?",
            [candidate_id],
        )


def claim_candidate(db: Database, candidate_id: int, *, stale_before: str) -> bool:
    """Take a candidate's re-screening; False when it is not queued or runs elsewhere."""
    with post_store.write_transaction(db):
        row = next(
            db.query(
                "SELECT screening_status, screening_heartbeat_at FROM candidates WHERE id = ?",
                [candidate_id],
            ),
            None,
        )
        if row is None or row["screening_status"] not in ("queued", "running"):
            return False
        if (
            row["screening_status"] == "running"
            and (row["screening_heartbeat_at"] or "") >= stale_before
        ):
            return False
        write(
            db,
            "UPDATE candidates SET screening_status = 'running', screening_heartbeat_at = ?"
            " WHERE id = ?",
            [now_iso(), candidate_id],
        )
    return True


def process_candidate(
    db: Database,
    candidate_id: int,
    *,
    scorer: BatchScorer | None = None,
    final: bool = True,
    stale_seconds: int = STALE_SECONDS,
) -> str:
    """Re-screen a queued candidate (after a profile change); returns the outcome."""
    stale_before = _seconds_ago(stale_seconds)
    if not claim_candidate(db, candidate_id, stale_before=stale_before):
        return "skipped"
    if not acquire_screening_lock(db, candidate_id, stale_before=stale_before):
        write(db, "UPDATE candidates SET screening_status = 'queued' WHERE id = ?", [candidate_id])
        return "busy"
    try:
        run_screening(db, candidate_id, scorer=scorer)
        return "done"
    except ScreenerError:
        log.warning("screening of candidate %s failed", candidate_id, exc_info=True)
        write(db, "UPDATE candidates SET screening_status = 'failed' WHERE id = ?", [candidate_id])
        return "failed"
    except Exception:
        log.exception("screening of candidate %s failed", candidate_id)
        status = "failed" if final else "queued"
        write(db, "UPDATE candidates SET screening_status = ? WHERE id = ?", [status, candidate_id])
        if final:
            return "failed"
        raise
    finally:
        release_screening_lock(db, candidate_id)


def dead_local_workers(owners: Sequence[str | None]) -> list[str]:
    """Owners (``host:pid``) on this host whose process no longer exists."""
    host = socket.gethostname()
    dead = []
    for owner in owners:
        if not owner or ":" not in owner:
            continue
        owner_host, _, pid = owner.rpartition(":")
        if owner_host != host or not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            dead.append(owner)
        except PermissionError:
            pass
    return dead


def stale_jobs(
    db: Database, *, stale_seconds: int = STALE_SECONDS
) -> tuple[list[int], list[int], list[str]]:
    """Uploads and candidates whose job died: (upload ids, candidate ids, dead owners).

    An upload is stale when its heartbeat is older than ``stale_seconds`` or its owner
    process on this host is gone; a queued upload whose task was lost the same way.
    """
    stale_before = _seconds_ago(stale_seconds)
    # A queued task may wait behind others for a while: give it five times longer.
    queued_before = _seconds_ago(5 * stale_seconds)
    rows = post_store.unfinished_uploads(db)
    dead = dead_local_workers([r["worker"] for r in rows])
    uploads = [
        r["id"]
        for r in rows
        if (r["status"] == "queued" and (r["heartbeat_at"] or r["created_at"]) < queued_before)
        or (
            r["status"] != "queued"
            and ((r["heartbeat_at"] or r["created_at"]) < stale_before or r["worker"] in dead)
        )
    ]
    candidates = [
        r["id"]
        for r in db.query(
            "SELECT id FROM candidates WHERE screening_status IN ('queued', 'running')"
            " AND COALESCE(screening_heartbeat_at, created_at) < ?"
            " AND NOT EXISTS (SELECT 1 FROM uploads u WHERE u.candidate_id = candidates.id"
            " AND u.status IN ('queued', 'parsing', 'analysing'))",
            [stale_before],
        )
    ]
    return uploads, candidates, dead


def _seconds_ago(seconds: float) -> str:
    moment = datetime.now(UTC) - timedelta(seconds=seconds)
    return moment.replace(microsecond=0).isoformat()
