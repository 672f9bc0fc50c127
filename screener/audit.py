"""Append-only audit log, each event hash-chained to the one before.

``record`` is called for logins, views of a candidate, uploads, decisions, exports,
profile changes and purges. ``verify_chain`` recomputes every hash and names the first
event that does not match. The rows live in ``audit_events``; the writing itself is in
:mod:`screener.storage.events` so storage functions can audit inside their transaction.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from .errors import AuditChainError
from .storage.events import GENESIS, append_event, event_hash, list_events, sha256

__all__ = ["GENESIS", "record", "verify_chain", "list_events", "broken_event", "redact_candidate"]


# ``record`` is the public name; the writing lives in storage.events so storage functions
# can audit inside their own transaction without importing anything above them.
record = append_event


def broken_event(db: Database) -> dict[str, Any] | None:
    """The first event whose link or hash does not match, or ``None`` when intact."""
    prev_hash = GENESIS
    for row in db.query("SELECT * FROM audit_events ORDER BY id"):
        detail_ok = row["redacted"] or sha256(row["detail"]) == row["detail_hash"]
        if (
            not detail_ok
            or row["prev_hash"] != prev_hash
            or event_hash(prev_hash, row) != row["hash"]
        ):
            return row
        prev_hash = row["hash"]
    return None


def verify_chain(db: Database) -> int:
    """Recompute the chain; return the number of events checked.

    :raises AuditChainError: naming the first event whose hash or link is wrong.
    """
    row = broken_event(db)
    if row is not None:
        raise AuditChainError(
            f"Audit chain broken at event {row['id']} ({row['action']} at {row['at']})."
        )
    return next(db.query("SELECT count(*) AS n FROM audit_events"))["n"]


def redact_candidate(db: Database, candidate_id: int) -> int:
    """Blank the detail of every event about a purged candidate; return how many.

    The events stay (who did what, when) and the chain still verifies, because it covers
    ``detail_hash``, not the detail itself. Call inside the purge's transaction.
    """
    cursor = db.execute(
        "UPDATE audit_events SET detail = '{}', redacted = 1 WHERE candidate_id = ?",
        [candidate_id],
    )
    return cursor.rowcount
