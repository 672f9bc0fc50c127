"""Fingerprints of what a screening's results were computed from.

A job that changed nothing a result depends on (a second upload of the same candidate
that only added connections, a re-delivered task) reuses the stored result.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database


def posts_key(
    db: Database, candidate_id: int, cutoff: str, profile: Mapping[str, Any], versions: dict
) -> str:
    """What the patterns depend on: the scored posts in scope, the profile, the lexicons."""
    row = next(
        db.query(
            "SELECT count(*) AS n, max(id) AS last, total(length(score)) AS size FROM posts"
            " WHERE candidate_id = ? AND score IS NOT NULL AND is_repost = 0"
            " AND created_at >= ?",
            [candidate_id, cutoff],
        )
    )
    outside = next(
        db.query(
            "SELECT count(*) AS n FROM posts WHERE candidate_id = ? AND created_at < ?",
            [candidate_id, cutoff],
        )
    )["n"]
    parts = [
        profile["version"], sorted(profile["categories"]), cutoff[:10], row["n"], row["last"],
        row["size"], outside, sorted(versions.items()),
    ]  # fmt: skip
    return json.dumps(parts, sort_keys=True)


def network_key(db: Database, candidate_id: int, profile: Mapping[str, Any]) -> str:
    """What the network section depends on: connections, the organisation, the claims."""
    conns = next(
        db.query(
            "SELECT count(*) AS n, max(id) AS last FROM connections WHERE candidate_id = ?",
            [candidate_id],
        )
    )
    org = next(
        db.query(
            "SELECT (SELECT count(*) FROM org_connections) AS n,"
            " (SELECT max(id) FROM org_connections) AS last,"
            " (SELECT group_concat(id || ':' || name) FROM org_members) AS members"
        )
    )
    claims = [
        [r["id"], r["text"]]
        for r in db.query(
            "SELECT id, text FROM claims WHERE candidate_id = ? ORDER BY id", [candidate_id]
        )
    ]
    parts = [profile["min_shared"], conns["n"], conns["last"], dict(org), claims]
    return json.dumps(parts, sort_keys=True)
