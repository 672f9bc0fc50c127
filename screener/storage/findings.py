"""Findings and candidate-level screening results.

Findings are idempotent: one row per ``(candidate, post, category, rule)``. Saving a
finding again refreshes its evidence and keeps the reviewer's decision. After a full
re-screening, :func:`sync_findings` removes *open* findings that no longer fire; decided
findings (confirmed or dismissed) stay, because a decision is a record of what a person
saw and did.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from ..records import Finding
from . import now_iso

FindingKey = tuple[int, str, str]  # (post pk, category, rule)

_UPSERT = (
    "INSERT INTO findings (candidate_id, post_pk, category, severity, rule, lexicon, evidence,"
    " negation, target, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (candidate_id, post_pk, category, rule) DO UPDATE SET"
    " severity = excluded.severity, lexicon = excluded.lexicon, evidence = excluded.evidence,"
    " negation = excluded.negation, target = excluded.target"
)


def evidence_json(finding: Finding) -> str:
    return json.dumps(
        [{"start": s.start, "end": s.end, "text": s.text} for s in finding.evidence],
        ensure_ascii=False,
    )


def save_findings(db: Database, candidate_id: int, batch: Iterable[Finding]) -> int:
    """Insert or refresh findings whose ``post_id`` is the post's primary key (as text).

    Runs in the caller's transaction (the job writes one batch per transaction).
    :returns: the number of findings written.
    """
    now = now_iso()
    rows = [
        (
            candidate_id,
            int(f.post_id),
            f.category,
            f.severity,
            f.rule,
            f.lexicon,
            evidence_json(f),
            f.negation,
            f.target,
            now,
        )
        for f in batch
    ]
    if rows:
        db.conn.executemany(_UPSERT, rows)
    return len(rows)


def finding_keys(db: Database, candidate_id: int) -> set[FindingKey]:
    return {
        (r["post_pk"], r["category"], r["rule"])
        for r in db.query(
            "SELECT post_pk, category, rule FROM findings WHERE candidate_id = ?", [candidate_id]
        )
    }


def sync_findings(db: Database, candidate_id: int, firing: set[FindingKey]) -> int:
    """Delete open findings of a candidate that are not in ``firing``; returns how many."""
    stale = [
        r["id"]
        for r in db.query(
            "SELECT id, post_pk, category, rule FROM findings"
            " WHERE candidate_id = ? AND status = 'open'",
            [candidate_id],
        )
        if (r["post_pk"], r["category"], r["rule"]) not in firing
    ]
    for start in range(0, len(stale), 500):
        chunk = stale[start : start + 500]
        db.execute(f"DELETE FROM findings WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
    return len(stale)


def load_findings(
    db: Database, candidate_id: int, *, status: str | None = None
) -> list[dict[str, Any]]:
    """A candidate's findings with their post (text, date, platform), oldest post first."""
    sql = (
        "SELECT f.*, p.post_id AS platform_post_id, p.platform, p.created_at AS post_created_at,"
        " p.text AS post_text, p.url AS post_url FROM findings f"
        " LEFT JOIN posts p ON p.id = f.post_pk WHERE f.candidate_id = ?"
    )
    params: list[Any] = [candidate_id]
    if status is not None:
        sql += " AND f.status = ?"
        params.append(status)
    rows = list(db.query(sql + " ORDER BY p.created_at, f.id", params))
    for row in rows:
        row["evidence"] = json.loads(row["evidence"])
    return rows


def count_findings(db: Database, candidate_id: int) -> dict[str, int]:
    """Findings per status, e.g. ``{"open": 3, "confirmed": 1}``."""
    return {
        r["status"]: r["n"]
        for r in db.query(
            "SELECT status, count(*) AS n FROM findings WHERE candidate_id = ? GROUP BY status",
            [candidate_id],
        )
    }


_JSON_FIELDS = ("patterns", "excluded", "languages", "network", "lexicon_versions", "fingerprint")


def save_screening(db: Database, candidate_id: int, result: dict[str, Any]) -> None:
    """Store (replace) a candidate's screening results.

    :param result: ``profile_version`` and the JSON fields ``patterns``, ``excluded``,
        ``languages``, ``network``, ``lexicon_versions`` and ``fingerprint`` (what they
        were computed from).
    """
    row = {"candidate_id": candidate_id, "profile_version": result.get("profile_version")}
    for key in _JSON_FIELDS:
        row[key] = json.dumps(result.get(key) or {}, ensure_ascii=False, sort_keys=True)
    row["updated_at"] = now_iso()
    db.execute(
        "INSERT INTO screenings (candidate_id, profile_version, patterns, excluded, languages,"
        " network, lexicon_versions, fingerprint, updated_at) VALUES (:candidate_id,"
        " :profile_version, :patterns, :excluded, :languages, :network, :lexicon_versions,"
        " :fingerprint, :updated_at)"
        " ON CONFLICT (candidate_id) DO UPDATE SET profile_version = excluded.profile_version,"
        " patterns = excluded.patterns, excluded = excluded.excluded,"
        " languages = excluded.languages, network = excluded.network,"
        " lexicon_versions = excluded.lexicon_versions, fingerprint = excluded.fingerprint,"
        " updated_at = excluded.updated_at",
        row,
    )


def load_screening(db: Database, candidate_id: int) -> dict[str, Any]:
    """A candidate's screening results, JSON decoded; empty fields before the first run
    (``updated_at`` is then ``None``)."""
    row = next(db.query("SELECT * FROM screenings WHERE candidate_id = ?", [candidate_id]), None)
    if row is None:
        row = {"candidate_id": candidate_id, "profile_version": None, "updated_at": None}
        row.update({key: {} for key in _JSON_FIELDS})
        return row
    for key in _JSON_FIELDS:
        row[key] = json.loads(row[key] or "{}")
    return row
