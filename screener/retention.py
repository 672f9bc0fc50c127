"""Retention: every candidate has a purge date, and past it everything about them goes.

The purge date is ``retention_weeks`` (default 4) after the vacancy closes; a recorded
consent to keep extends it, but never beyond one year after closing. While a vacancy is
open nobody is purged. A purge deletes the candidate's rows in every table (the foreign
keys cascade), their uploaded files, blanks the detail of their audit events (the events
themselves stay, the chain still verifies), writes one ``candidate.purge`` event with
counts, and compacts the database so the text is gone from the file, not just unlinked.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from . import audit

MAX_KEEP = timedelta(days=365)

# Tables holding a candidate's data, with the column that links them, for the counts.
_TABLES = {
    "posts": "candidate_id",
    "connections": "candidate_id",
    "findings": "candidate_id",
    "claims": "candidate_id",
    "uploads": "candidate_id",
    "screenings": "candidate_id",
}


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    return datetime.fromisoformat(value).date()


def purge_date(
    closed_at: str | None, retention_weeks: int, keep_consent_until: str | None = None
) -> date | None:
    """The day from which a candidate may be purged, or None while the vacancy is open.

    >>> purge_date("2026-01-10T09:00:00+00:00", 4)
    datetime.date(2026, 2, 7)
    >>> purge_date("2026-01-10T09:00:00+00:00", 4, keep_consent_until="2030-01-01")
    datetime.date(2027, 1, 10)
    >>> purge_date(None, 4) is None
    True
    """
    closed = _parse_day(closed_at)
    if closed is None:
        return None
    due = closed + timedelta(weeks=retention_weeks)
    consent = _parse_day(keep_consent_until)
    if consent is not None:
        due = max(due, min(consent, closed + MAX_KEEP))
    return due


def refresh_purge_dates(db: Database) -> int:
    """Store ``candidates.purge_after`` from each vacancy's profile; return rows changed."""
    rows = db.query(
        """SELECT c.id, c.purge_after, c.keep_consent_until, v.closed_at,
                  coalesce(p.retention_weeks, 4) AS retention_weeks
           FROM candidates c JOIN vacancies v ON v.id = c.vacancy_id
           LEFT JOIN profiles p ON p.vacancy_id = v.id"""
    )
    changed = 0
    for row in list(rows):
        due = purge_date(row["closed_at"], row["retention_weeks"], row["keep_consent_until"])
        value = due.isoformat() if due else None
        if value != row["purge_after"]:
            db.execute("UPDATE candidates SET purge_after = ? WHERE id = ?", [value, row["id"]])
            changed += 1
    return changed


def due_candidates(db: Database, today: date | None = None) -> list[dict[str, Any]]:
    """Candidates whose purge date has come."""
    today = today or datetime.now(UTC).date()
    refresh_purge_dates(db)
    return list(
        db.query(
            "SELECT id, vacancy_id, purge_after FROM candidates"
            " WHERE purge_after IS NOT NULL AND purge_after <= ? ORDER BY id",
            [today.isoformat()],
        )
    )


def candidate_counts(db: Database, candidate_id: int) -> dict[str, int]:
    """How many rows each table holds about a candidate (what a purge will delete)."""
    counts = {
        table: next(db.query(f"SELECT count(*) AS n FROM {table} WHERE {col} = ?", [candidate_id]))[
            "n"
        ]
        for table, col in _TABLES.items()
    }
    counts["reviews"] = next(
        db.query(
            "SELECT count(*) AS n FROM reviews WHERE finding_id IN"
            " (SELECT id FROM findings WHERE candidate_id = ?)",
            [candidate_id],
        )
    )["n"]
    return counts


def _delete_files(uploads_dir: Path, stored_names: list[str]) -> int:
    removed = 0
    for name in stored_names:
        # stored names are our own uuids; refuse anything that could leave the folder
        if not name or os.sep in name or name.startswith("."):
            continue
        path = uploads_dir / name
        if path.exists():
            path.unlink()
            removed += 1
    return removed


def purge_candidate(
    db: Database,
    candidate_id: int,
    *,
    uploads_dir: str | os.PathLike,
    actor: str = "system",
    reason: str = "retention",
) -> dict[str, int]:
    """Delete everything about one candidate in one transaction; return the counts.

    :param reason: ``retention`` (scheduled) or ``erasure`` (a request under GDPR art. 17).
    """
    candidate = next(
        db.query("SELECT id, vacancy_id FROM candidates WHERE id = ?", [candidate_id]), None
    )
    if candidate is None:
        return {}
    with db.atomic():
        counts = candidate_counts(db, candidate_id)
        stored = [
            r["stored_name"]
            for r in db.query(
                "SELECT stored_name FROM uploads"
                " WHERE candidate_id = ? AND stored_name IS NOT NULL",
                [candidate_id],
            )
        ]
        db.execute("DELETE FROM candidates WHERE id = ?", [candidate_id])
        counts["audit_events_redacted"] = audit.redact_candidate(db, candidate_id)
        counts["files"] = _delete_files(Path(uploads_dir), stored)
        audit.record(
            db,
            actor,
            "candidate.purge",
            candidate_id=candidate_id,
            vacancy_id=candidate["vacancy_id"],
            detail={"reason": reason, "counts": counts},
        )
    return counts


def compact(db: Database) -> None:
    """Make deleted text unrecoverable from the file: merge the FTS index, checkpoint, vacuum."""
    db.execute("INSERT INTO posts_fts(posts_fts) VALUES ('optimize')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def purge_due(
    db: Database,
    *,
    uploads_dir: str | os.PathLike,
    today: date | None = None,
    dry_run: bool = False,
    actor: str = "system",
) -> list[dict[str, Any]]:
    """Purge every candidate past their date (or, with ``dry_run``, only report them).

    :returns: one dict per candidate: id, purge_after and the per-table counts.
    """
    report = []
    for row in due_candidates(db, today):
        if dry_run:
            counts = candidate_counts(db, row["id"])
        else:
            counts = purge_candidate(db, row["id"], uploads_dir=uploads_dir, actor=actor)
        report.append(
            {"candidate_id": row["id"], "purge_after": row["purge_after"], "counts": counts}
        )
    if report and not dry_run:
        compact(db)
    return report
