"""The audit log's storage: append one hash-chained event, read events back.

:mod:`screener.audit` is the public API; this module exists so that storage functions
(a review decision, a profile change) can write their audit event inside their own
transaction without the storage layer importing anything above it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlite_utils import Database

from . import now_iso

GENESIS = "0" * 64
PAGE_SIZE = 50


# The chain covers a hash of each event's detail rather than the detail itself, so a
# purge can blank the detail (it may quote a note or a name) and the chain still verifies.
CHAINED = ("at", "actor", "action", "candidate_id", "vacancy_id", "finding_id", "detail_hash")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def event_hash(prev_hash: str, event: dict[str, Any]) -> str:
    """SHA-256 over the previous hash and the event's chained fields (canonical JSON)."""
    body = json.dumps(
        {k: event[k] for k in CHAINED}, sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return sha256(prev_hash + "\n" + body)


def append_event(
    db: Database,
    actor: str,
    action: str,
    *,
    candidate_id: int | None = None,
    vacancy_id: int | None = None,
    finding_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Append one event to ``audit_events`` and return it with its id and hash.

    Runs inside the caller's transaction when there is one (a savepoint), so an action
    and its event commit together or not at all.
    """
    with db.atomic():
        last = next(db.query("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1"), None)
        prev_hash = last["hash"] if last else GENESIS
        event: dict[str, Any] = {
            "at": now_iso(),
            "actor": actor,
            "action": action,
            "candidate_id": candidate_id,
            "vacancy_id": vacancy_id,
            "finding_id": finding_id,
            "detail": json.dumps(detail or {}, sort_keys=True, ensure_ascii=False, default=str),
        }
        event["detail_hash"] = sha256(event["detail"])
        event["prev_hash"] = prev_hash
        event["hash"] = event_hash(prev_hash, event)
        cursor = db.execute(
            "INSERT INTO audit_events (at, actor, action, candidate_id, vacancy_id, finding_id,"
            " detail, detail_hash, prev_hash, hash) VALUES (:at, :actor, :action,"
            " :candidate_id, :vacancy_id, :finding_id, :detail, :detail_hash, :prev_hash, :hash)",
            event,
        )
        event["id"] = cursor.lastrowid
    return event


def actor_name(db: Database, user_id: int | None) -> str:
    """The username to write as actor for ``user_id`` (``"system"`` when there is none)."""
    if user_id is None:
        return "system"
    row = next(db.query("SELECT username FROM users WHERE id = ?", [user_id]), None)
    return row["username"] if row else f"user:{user_id}"


def _filters(
    action: str = "",
    actor: str = "",
    candidate_id: int | None = None,
    date_from: str = "",
    date_to: str = "",
) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if action:
        clauses.append("action LIKE ?")
        params.append(action.replace("%", "") + "%")
    if actor:
        clauses.append("actor = ? COLLATE NOCASE")
        params.append(actor)
    if candidate_id is not None:
        clauses.append("candidate_id = ?")
        params.append(candidate_id)
    if date_from:
        clauses.append("at >= ?")
        params.append(date_from)
    if date_to:
        # Inclusive day: everything before the next day's midnight.
        clauses.append("substr(at, 1, 10) <= ?")
        params.append(date_to)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_events(
    db: Database, *, page: int = 1, per_page: int = PAGE_SIZE, **filters: Any
) -> tuple[list[dict[str, Any]], int]:
    """Events newest first, filtered by ``action`` (prefix), ``actor``, ``candidate_id``,
    ``date_from``/``date_to`` (ISO dates, inclusive); returns ``(page_rows, total)``."""
    where, params = _filters(**filters)
    total = next(db.query(f"SELECT count(*) AS n FROM audit_events{where}", params))["n"]
    offset = max(page - 1, 0) * per_page
    rows = list(
        db.query(
            f"SELECT * FROM audit_events{where} ORDER BY id DESC LIMIT ? OFFSET ?",
            [*params, per_page, offset],
        )
    )
    for row in rows:
        row["detail"] = json.loads(row["detail"] or "{}")
    return rows, total


def distinct_actions(db: Database) -> list[str]:
    """Every action name in the log, for the filter drop-down."""
    return [r["action"] for r in db.query("SELECT DISTINCT action FROM audit_events ORDER BY 1")]
