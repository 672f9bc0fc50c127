"""Append-only audit log, each event hash-chained to the one before.

``record`` is called for logins, views of a candidate, uploads, decisions, exports,
profile changes and purges. ``verify_chain`` recomputes every hash and names the first
event that does not match.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlite_utils import Database

from .errors import AuditChainError
from .storage import now_iso

GENESIS = "0" * 64


def _event_hash(prev_hash: str, event: dict[str, Any]) -> str:
    body = json.dumps(
        {k: event[k] for k in sorted(event) if k not in ("id", "hash", "prev_hash")},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + "\n" + body).encode()).hexdigest()


def record(
    db: Database,
    actor: str,
    action: str,
    *,
    candidate_id: int | None = None,
    vacancy_id: int | None = None,
    finding_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Append one event and return it (with its hash).

    Runs inside the caller's transaction when there is one, so an action and its audit
    event commit together or not at all.

    :param actor: username, or ``"system"`` / ``"cli"``.
    :param action: a dotted verb such as ``"finding.confirm"`` or ``"candidate.view"``.
    """
    with db.atomic():
        last = next(db.query("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1"), None)
        prev_hash = last["hash"] if last else GENESIS
        event = {
            "at": now_iso(),
            "actor": actor,
            "action": action,
            "candidate_id": candidate_id,
            "vacancy_id": vacancy_id,
            "finding_id": finding_id,
            "detail": json.dumps(detail or {}, sort_keys=True, ensure_ascii=False),
        }
        event["prev_hash"] = prev_hash
        event["hash"] = _event_hash(prev_hash, event)
        cursor = db.execute(
            "INSERT INTO audit_events (at, actor, action, candidate_id, vacancy_id, finding_id,"
            " detail, prev_hash, hash) VALUES (:at, :actor, :action, :candidate_id,"
            " :vacancy_id, :finding_id, :detail, :prev_hash, :hash)",
            event,
        )
        event["id"] = cursor.lastrowid
    return event


def verify_chain(db: Database) -> int:
    """Recompute the chain; return the number of events checked.

    :raises AuditChainError: naming the first event whose hash or link is wrong.
    """
    prev_hash = GENESIS
    count = 0
    for row in db.query("SELECT * FROM audit_events ORDER BY id"):
        if row["prev_hash"] != prev_hash or _event_hash(prev_hash, row) != row["hash"]:
            raise AuditChainError(
                f"Audit chain broken at event {row['id']} ({row['action']} at {row['at']})."
            )
        prev_hash = row["hash"]
        count += 1
    return count
