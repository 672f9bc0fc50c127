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


_CHAINED = ("at", "actor", "action", "candidate_id", "vacancy_id", "finding_id", "detail_hash")


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _event_hash(prev_hash: str, event: dict[str, Any]) -> str:
    body = json.dumps(
        {k: event[k] for k in _CHAINED}, sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return _sha256(prev_hash + "\n" + body)


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
        event["detail_hash"] = _sha256(event["detail"])
        event["prev_hash"] = prev_hash
        event["hash"] = _event_hash(prev_hash, event)
        cursor = db.execute(
            "INSERT INTO audit_events (at, actor, action, candidate_id, vacancy_id, finding_id,"
            " detail, detail_hash, prev_hash, hash) VALUES (:at, :actor, :action, :candidate_id,"
            " :vacancy_id, :finding_id, :detail, :detail_hash, :prev_hash, :hash)",
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
        detail_ok = row["redacted"] or _sha256(row["detail"]) == row["detail_hash"]
        if (
            not detail_ok
            or row["prev_hash"] != prev_hash
            or _event_hash(prev_hash, row) != row["hash"]
        ):
            raise AuditChainError(
                f"Audit chain broken at event {row['id']} ({row['action']} at {row['at']})."
            )
        prev_hash = row["hash"]
        count += 1
    return count


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
