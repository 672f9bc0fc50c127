"""Network claims a reviewer entered for a candidate, with the verdict at the time."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from sqlite_utils import Database

from ..records import ClaimVerdict
from . import now_iso


def save_claim(
    db: Database, candidate_id: int, verdict: ClaimVerdict, user_id: int | None = None
) -> int:
    """Store a claim with its parsed form and the verdict at this moment; returns the id."""
    evidence = asdict(verdict)
    cursor = db.execute(
        "INSERT INTO claims (candidate_id, text, kind, parsed, verdict, evidence, created_at,"
        " created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            candidate_id,
            verdict.claim.text,
            verdict.claim.kind,
            json.dumps(evidence.pop("claim"), ensure_ascii=False),
            verdict.verdict,
            json.dumps(evidence, ensure_ascii=False),
            now_iso(),
            user_id,
        ],
    )
    return cursor.lastrowid


def list_claims(db: Database, candidate_id: int) -> list[dict[str, Any]]:
    """A candidate's claims, oldest first, with ``parsed`` and ``evidence`` decoded."""
    rows = []
    for row in db.query("SELECT * FROM claims WHERE candidate_id = ? ORDER BY id", [candidate_id]):
        row["parsed"] = json.loads(row["parsed"] or "{}")
        row["evidence"] = json.loads(row["evidence"] or "{}")
        rows.append(row)
    return rows


def claim_texts(db: Database, candidate_id: int) -> list[str]:
    """Just the texts, for re-checking claims against the current network."""
    return [
        row["text"]
        for row in db.query(
            "SELECT text FROM claims WHERE candidate_id = ? ORDER BY id", [candidate_id]
        )
    ]


def delete_claim(db: Database, candidate_id: int, claim_id: int) -> bool:
    """Delete one claim of this candidate; False when there is no such claim."""
    cursor = db.execute(
        "DELETE FROM claims WHERE id = ? AND candidate_id = ?", [claim_id, candidate_id]
    )
    return cursor.rowcount > 0
