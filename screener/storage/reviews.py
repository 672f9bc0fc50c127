"""Review decisions on findings: the state machine, the queue and a candidate's state.

A finding is ``open`` until a person decides. Allowed transitions::

    open      --confirm-->  confirmed
    open      --dismiss-->  dismissed   (reason required)
    open      --relabel-->  confirmed   (under a new category)
    confirmed --relabel-->  confirmed   (under another category)
    confirmed --reopen--->  open
    dismissed --reopen--->  open

Every decision writes a ``reviews`` row, updates the finding and appends an audit event
with the before and after, in one transaction.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from ..errors import NotFoundError, PermissionDeniedError, ValidationError
from ..records import CATEGORIES
from . import now_iso
from .events import append_event

ACTIONS = ("confirm", "dismiss", "relabel", "reopen")
DISMISS_REASONS = (
    "context",
    "irony",
    "quote",
    "not_job_relevant",
    "wrong_language",
    "special_category",
)
DECIDING_ROLES = ("admin", "reviewer")
_FROM = {
    "confirm": ("open",),
    "dismiss": ("open",),
    "relabel": ("open", "confirmed"),
    "reopen": ("confirmed", "dismissed"),
}
_TO = {"confirm": "confirmed", "dismiss": "dismissed", "relabel": "confirmed", "reopen": "open"}
_DECISION_FIELDS = ("status", "label", "dismiss_reason", "note")
_SEVERITY_RANK = "CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END"


def get_finding(db: Database, finding_id: int) -> dict[str, Any] | None:
    """One finding with its post (text, platform, date) and ``effective_category``."""
    row = next(
        db.query(
            """
            SELECT f.*, coalesce(f.label, f.category) AS effective_category,
                   p.text AS post_text, p.platform AS post_platform,
                   p.created_at AS post_created_at, p.url AS post_url, p.lang AS post_lang
            FROM findings f LEFT JOIN posts p ON p.id = f.post_pk WHERE f.id = ?
            """,
            [finding_id],
        ),
        None,
    )
    if row is not None:
        row["evidence"] = json.loads(row["evidence"] or "[]")
    return row


def _check(action: str, finding: dict[str, Any], reason: str | None, new_category: str | None):
    if action not in ACTIONS:
        raise ValidationError(f"Onbekende actie {action!r}.")
    if finding["status"] not in _FROM[action]:
        raise ValidationError(
            f"Bevinding {finding['id']} is '{finding['status']}'; '{action}' kan alleen vanuit"
            f" {' of '.join(_FROM[action])}."
        )
    if action == "dismiss" and reason not in DISMISS_REASONS:
        raise ValidationError("Kies een reden om de bevinding af te wijzen.")
    if action == "relabel":
        if new_category not in CATEGORIES:
            raise ValidationError("Kies de nieuwe categorie.")
        if new_category == finding["effective_category"]:
            raise ValidationError("De nieuwe categorie is dezelfde als de huidige.")


def _apply(
    db: Database,
    finding: dict[str, Any],
    action: str,
    user: dict[str, Any],
    reason: str | None,
    note: str | None,
    new_category: str | None,
) -> dict[str, Any]:
    now = now_iso()
    note = (note or "").strip() or None
    before = {k: finding[k] for k in _DECISION_FIELDS}
    after = dict(before, status=_TO[action])
    if action == "dismiss":
        after["dismiss_reason"] = reason
    elif action == "relabel":
        after["label"] = new_category
        after["dismiss_reason"] = None
    elif action == "reopen":
        after.update(label=None, dismiss_reason=None)
    if note is not None:
        after["note"] = note
    decided = (None, None) if action == "reopen" else (user["id"], now)
    db.execute(
        "UPDATE findings SET status = ?, label = ?, dismiss_reason = ?, note = ?,"
        " decided_by = ?, decided_at = ? WHERE id = ?",
        [
            after["status"],
            after["label"],
            after["dismiss_reason"],
            after["note"],
            *decided,
            finding["id"],
        ],
    )
    db.execute(
        "INSERT INTO reviews (finding_id, user_id, action, reason, note, new_category,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [finding["id"], user["id"], action, reason, note, new_category, now],
    )
    append_event(
        db,
        user["username"],
        f"finding.{action}",
        candidate_id=finding["candidate_id"],
        finding_id=finding["id"],
        detail={"before": before, "after": after},
    )
    return after


def _require_decider(user: dict[str, Any]) -> None:
    if user.get("role") not in DECIDING_ROLES:
        raise PermissionDeniedError("Alleen beoordelaars en beheerders nemen besluiten.")


def decide(
    db: Database,
    finding_id: int,
    *,
    action: str,
    user: dict[str, Any],
    reason: str | None = None,
    note: str | None = None,
    new_category: str | None = None,
) -> dict[str, Any]:
    """Confirm, dismiss, re-label or re-open one finding; returns the finding afterwards.

    :param user: the deciding user's row (``id``, ``username``, ``role``).
    :raises NotFoundError: unknown finding.
    :raises PermissionDeniedError: the user may not decide (hiring managers).
    :raises ValidationError: a transition the state machine does not allow, a dismissal
        without a reason, a re-label without a (new) category.
    """
    _require_decider(user)
    with db.atomic():
        finding = get_finding(db, finding_id)
        if finding is None:
            raise NotFoundError(f"Bevinding {finding_id} bestaat niet.")
        _check(action, finding, reason, new_category)
        _apply(db, finding, action, user, reason, note, new_category)
    return get_finding(db, finding_id)


def bulk_decide(
    db: Database,
    finding_ids: list[int],
    *,
    action: str,
    user: dict[str, Any],
    candidate_id: int,
    reason: str | None = None,
    note: str | None = None,
    new_category: str | None = None,
) -> dict[str, int]:
    """Apply one decision to several findings of one candidate, in one transaction.

    Findings whose state does not allow the action (already decided) are skipped and
    counted, so a reviewer can select a page of obvious false positives at once.

    :returns: ``{"done": n, "skipped": m}``.
    :raises ValidationError: no findings selected, a finding of another candidate, or an
        invalid reason/category (checked before anything is written).
    """
    _require_decider(user)
    if not finding_ids:
        raise ValidationError("Selecteer minstens één bevinding.")
    done = skipped = 0
    with db.atomic():
        for finding_id in dict.fromkeys(finding_ids):
            finding = get_finding(db, finding_id)
            if finding is None or finding["candidate_id"] != candidate_id:
                raise ValidationError(f"Bevinding {finding_id} hoort niet bij deze kandidaat.")
            if finding["status"] not in _FROM.get(action, ()):
                skipped += 1
                continue
            _check(action, finding, reason, new_category)
            _apply(db, finding, action, user, reason, note, new_category)
            done += 1
    return {"done": done, "skipped": skipped}


def set_explanation(db: Database, finding_id: int, text: str, user: dict[str, Any]) -> None:
    """Record the candidate's own explanation next to a finding (empty text clears it)."""
    _require_decider(user)
    with db.atomic():
        finding = get_finding(db, finding_id)
        if finding is None:
            raise NotFoundError(f"Bevinding {finding_id} bestaat niet.")
        value = text.strip() or None
        db.execute(
            "UPDATE findings SET candidate_explanation = ? WHERE id = ?", [value, finding_id]
        )
        append_event(
            db,
            user["username"],
            "finding.explanation",
            candidate_id=finding["candidate_id"],
            finding_id=finding_id,
            detail={"before": finding["candidate_explanation"], "after": value},
        )


def review_queue(
    db: Database, candidate_id: int, *, statuses: tuple[str, ...] | None = None
) -> list[dict[str, Any]]:
    """A candidate's findings in review order: open first, threats first, then severity
    (high to low), then the newest post; each with its post text and decoded evidence.

    :param statuses: only these statuses (e.g. ``("confirmed",)`` for hiring managers).
    """
    only = f"AND f.status IN ({', '.join('?' * len(statuses))})" if statuses else ""
    sql = f"""
        SELECT f.*, coalesce(f.label, f.category) AS effective_category,
               p.text AS post_text, p.platform AS post_platform,
               p.created_at AS post_created_at, p.url AS post_url, p.lang AS post_lang,
               u.username AS decided_by_name
        FROM findings f
        LEFT JOIN posts p ON p.id = f.post_pk
        LEFT JOIN users u ON u.id = f.decided_by
        WHERE f.candidate_id = ?
        {only}
        ORDER BY f.status != 'open', coalesce(f.label, f.category) != 'threat',
                 {_SEVERITY_RANK}, p.created_at DESC, f.id
    """
    rows = list(db.query(sql, [candidate_id, *(statuses or ())]))
    for row in rows:
        row["evidence"] = json.loads(row["evidence"] or "[]")
    return rows


def review_state(db: Database, candidate_id: int) -> dict[str, Any]:
    """Counts per status and whether the candidate is ``reviewed``.

    ``reviewed`` is true only when no finding is open and the candidate was screened (a
    candidate with no findings yet and no screening is not reviewed, just empty).
    """
    counts = {"open": 0, "confirmed": 0, "dismissed": 0}
    for row in db.query(
        "SELECT status, count(*) AS n FROM findings WHERE candidate_id = ? GROUP BY status",
        [candidate_id],
    ):
        counts[row["status"]] = row["n"]
    total = sum(counts.values())
    candidate = next(
        db.query("SELECT screening_status FROM candidates WHERE id = ?", [candidate_id]), None
    )
    screened = bool(candidate) and candidate["screening_status"] == "done"
    reviewed = counts["open"] == 0 and (total > 0 or screened)
    if reviewed:
        status = "reviewed"
    elif counts["open"]:
        status = "in_review"
    else:
        status = "not_screened"
    return {**counts, "total": total, "reviewed": reviewed, "status": status}


def review_history(db: Database, finding_id: int) -> list[dict[str, Any]]:
    """Every decision on a finding, oldest first, with the deciding user's name."""
    return list(
        db.query(
            "SELECT r.*, u.username FROM reviews r LEFT JOIN users u ON u.id = r.user_id"
            " WHERE r.finding_id = ? ORDER BY r.id",
            [finding_id],
        )
    )
