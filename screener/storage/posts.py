"""Uploads, posts and connections of a candidate: the rows an import writes.

Writes that belong together run in :func:`write_transaction` (``BEGIN IMMEDIATE``), so
concurrent writers queue on the busy timeout instead of failing with "database is
locked" when a read transaction tries to upgrade. Re-importing the same export is
idempotent: posts are unique on ``(candidate_id, platform, post_id)`` and connections on
``(candidate_id, dedupe_key)``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any

from sqlite_utils import Database

from ..records import Connection, ExportBundle, Post
from .tx import write_transaction


def iso_utc(value: datetime) -> str:
    """A timezone-aware datetime as ISO-8601 UTC with seconds (naive means UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="seconds")


def connection_key(conn: Connection) -> str:
    """A stable key that makes the same person in a re-import the same row.

    The profile URL or handle when the export has one, else name, company and date.
    """
    if conn.profile_url:
        ident = "u:" + conn.profile_url.strip().lower().rstrip("/")
    elif conn.handle:
        ident = "h:" + conn.handle.strip().lower().lstrip("@")
    else:
        day = conn.connected_on.isoformat() if conn.connected_on else ""
        ident = f"n:{conn.name.strip().casefold()}|{conn.company.strip().casefold()}|{day}"
    raw = f"{conn.platform}|{conn.relation}|{ident}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- posts


def _post_row(candidate_id: int, upload_id: int | None, post: Post) -> dict[str, Any]:
    return {
        "candidate_id": candidate_id,
        "upload_id": upload_id,
        "platform": post.platform,
        "post_id": post.id,
        "created_at": iso_utc(post.created_at),
        "text": post.text,
        "url": post.url,
        "kind": post.kind,
        "is_repost": int(post.is_repost),
        "is_reply": int(post.is_reply),
        "lang": post.lang,
    }


def _connection_row(candidate_id: int, upload_id: int | None, conn: Connection) -> dict[str, Any]:
    return {
        "candidate_id": candidate_id,
        "upload_id": upload_id,
        "platform": conn.platform,
        "relation": conn.relation,
        "name": conn.name,
        "profile_url": conn.profile_url,
        "handle": conn.handle,
        "company": conn.company,
        "position": conn.position,
        "connected_on": conn.connected_on.isoformat() if conn.connected_on else None,
        "dedupe_key": connection_key(conn),
    }


def save_bundle(
    db: Database,
    candidate_id: int,
    upload_id: int | None,
    bundle: ExportBundle,
    *,
    platforms: Iterable[str] | None = None,
) -> dict[str, int]:
    """Store a parsed export's posts and connections in one transaction.

    :param platforms: platforms the screening profile allows; others are not stored.
    :returns: counts: ``posts``/``connections`` stored now, ``duplicates`` already
        present, ``not_allowed`` records of platforms the profile excludes.
    """
    allowed = set(platforms) if platforms is not None else None
    counts = {"posts": 0, "connections": 0, "duplicates": 0, "not_allowed": 0}
    post_rows, conn_rows = [], []
    for post in bundle.posts:
        if allowed is not None and post.platform not in allowed:
            counts["not_allowed"] += 1
        else:
            post_rows.append(_post_row(candidate_id, upload_id, post))
    for conn in bundle.connections:
        if allowed is not None and conn.platform not in allowed:
            counts["not_allowed"] += 1
        else:
            conn_rows.append(_connection_row(candidate_id, upload_id, conn))
    with write_transaction(db):
        before_posts = count_posts(db, candidate_id)
        _insert_new(db, "posts", post_rows, "candidate_id, platform, post_id")
        counts["posts"] = count_posts(db, candidate_id) - before_posts
        before_conns = count_connections(db, candidate_id)
        _insert_new(db, "connections", conn_rows, "candidate_id, dedupe_key")
        counts["connections"] = count_connections(db, candidate_id) - before_conns
    counts["duplicates"] = len(post_rows) - counts["posts"] + len(conn_rows) - counts["connections"]
    return counts


def _insert_new(db: Database, table: str, rows: list[dict[str, Any]], unique: str) -> None:
    # ON CONFLICT DO NOTHING skips only duplicates; INSERT OR IGNORE would also silently
    # drop rows that break NOT NULL or CHECK constraints.
    if not rows:
        return
    columns = list(rows[0])
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        f" ON CONFLICT ({unique}) DO NOTHING"
    )
    db.conn.executemany(sql, [tuple(row[c] for c in columns) for row in rows])


def count_posts(db: Database, candidate_id: int) -> int:
    return next(db.query("SELECT count(*) AS n FROM posts WHERE candidate_id = ?", [candidate_id]))[
        "n"
    ]


def count_connections(db: Database, candidate_id: int) -> int:
    return next(
        db.query("SELECT count(*) AS n FROM connections WHERE candidate_id = ?", [candidate_id])
    )["n"]


def row_to_post(row: dict[str, Any]) -> Post:
    """A ``posts`` row back as a :class:`Post` (its ``id`` is the platform's id)."""
    return Post(
        platform=row["platform"],
        id=row["post_id"],
        created_at=datetime.fromisoformat(row["created_at"]),
        text=row["text"],
        url=row["url"],
        is_repost=bool(row["is_repost"]),
        is_reply=bool(row["is_reply"]),
        kind=row["kind"],
        lang=row["lang"],
    )


def load_posts(db: Database, candidate_id: int) -> list[Post]:
    """Every stored post of a candidate, oldest first."""
    return [
        row_to_post(row)
        for row in db.query(
            "SELECT * FROM posts WHERE candidate_id = ? ORDER BY created_at, id", [candidate_id]
        )
    ]


def iter_post_rows(
    db: Database, candidate_id: int, *, columns: str = "*", where: str = "", params=()
) -> Iterator[dict[str, Any]]:
    """Stream a candidate's post rows (oldest first), optionally filtered by ``where``."""
    sql = f"SELECT {columns} FROM posts WHERE candidate_id = ?"
    if where:
        sql += f" AND ({where})"
    yield from db.query(sql + " ORDER BY created_at, id", [candidate_id, *params])


def load_connections(db: Database, candidate_id: int) -> list[Connection]:
    """Every stored connection of a candidate as :class:`Connection` records."""
    return [
        Connection(
            platform=row["platform"],
            name=row["name"],
            profile_url=row["profile_url"],
            handle=row["handle"],
            company=row["company"],
            position=row["position"],
            connected_on=date.fromisoformat(row["connected_on"]) if row["connected_on"] else None,
            relation=row["relation"],
        )
        for row in db.query(
            "SELECT * FROM connections WHERE candidate_id = ? ORDER BY id", [candidate_id]
        )
    ]


def save_scores(db: Database, scores: Iterable[tuple[int, str, str]]) -> None:
    """Store ``(post pk, lang, score JSON)``: the post is analysed (resumable state)."""
    db.conn.executemany(
        "UPDATE posts SET score = ?, lang = ?, negative = json_extract(?, '$.negative'),"
        " sensitive = json_extract(?, '$.sensitive') WHERE id = ?",
        [(score, lang, score, score, pk) for pk, lang, score in scores],
    )


def reset_scores(db: Database, candidate_id: int) -> int:
    """Forget every post's analysis so the next run scores them all again."""
    cursor = db.execute(
        "UPDATE posts SET score = NULL, negative = NULL, sensitive = NULL"
        " WHERE candidate_id = ? AND score IS NOT NULL",
        [candidate_id],
    )
    return cursor.rowcount


# The upload functions lived here first; keep ``posts.create_upload`` and friends working.
from .uploads import (  # noqa: E402
    UPLOAD_STATUSES,
    claim_upload,
    create_upload,
    get_upload,
    list_uploads,
    set_upload_progress,
    set_upload_status,
    unfinished_uploads,
)

__all__ = [
    "UPLOAD_STATUSES",
    "claim_upload",
    "connection_key",
    "count_connections",
    "count_posts",
    "create_upload",
    "get_upload",
    "iso_utc",
    "iter_post_rows",
    "list_uploads",
    "load_connections",
    "load_posts",
    "reset_scores",
    "row_to_post",
    "save_bundle",
    "save_scores",
    "set_upload_progress",
    "set_upload_status",
    "unfinished_uploads",
    "write_transaction",
]
