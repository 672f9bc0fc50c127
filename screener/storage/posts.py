"""Uploads, posts and connections of a candidate: the rows an import writes.

Writes that belong together run in :func:`write_transaction` (``BEGIN IMMEDIATE``), so
concurrent writers queue on the busy timeout instead of failing with "database is
locked" when a read transaction tries to upgrade. Re-importing the same export is
idempotent: posts are unique on ``(candidate_id, platform, post_id)`` and connections on
``(candidate_id, dedupe_key)``.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterable, Iterator, Sequence
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


_POST_COLUMNS = (
    "candidate_id", "upload_id", "platform", "post_id", "created_at", "text", "url", "kind",
    "is_repost", "is_reply", "lang",
)  # fmt: skip
_CONNECTION_COLUMNS = (
    "candidate_id", "upload_id", "platform", "relation", "name", "profile_url", "handle",
    "company", "position", "connected_on", "dedupe_key",
)  # fmt: skip


def _post_row(candidate_id: int, upload_id: int | None, post: Post) -> tuple:
    """A ``posts`` row in the order of :data:`_POST_COLUMNS`."""
    created = post.created_at
    if created.tzinfo is UTC:  # what every parser gives: no conversion needed
        stamp = created.isoformat(timespec="seconds")
    else:
        stamp = iso_utc(created)
    return (
        candidate_id, upload_id, post.platform, post.id, stamp, post.text, post.url, post.kind,
        int(post.is_repost), int(post.is_reply), post.lang,
    )  # fmt: skip


def _connection_row(candidate_id: int, upload_id: int | None, conn: Connection) -> tuple:
    """A ``connections`` row in the order of :data:`_CONNECTION_COLUMNS`."""
    return (
        candidate_id, upload_id, conn.platform, conn.relation, conn.name, conn.profile_url,
        conn.handle, conn.company, conn.position,
        conn.connected_on.isoformat() if conn.connected_on else None, connection_key(conn),
    )  # fmt: skip


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
    collect = gc.isenabled()
    gc.disable()  # 100k small tuples: the collector would only rescan them
    try:
        post_rows = [
            _post_row(candidate_id, upload_id, post)
            for post in bundle.posts
            if allowed is None or post.platform in allowed
        ]
        conn_rows = [
            _connection_row(candidate_id, upload_id, conn)
            for conn in bundle.connections
            if allowed is None or conn.platform in allowed
        ]
    finally:
        if collect:
            gc.enable()
    counts["not_allowed"] = (
        len(bundle.posts) - len(post_rows) + len(bundle.connections) - len(conn_rows)
    )
    with write_transaction(db):
        before_posts = count_posts(db, candidate_id)
        _insert_new(db, "posts", _POST_COLUMNS, post_rows, "candidate_id, platform, post_id")
        counts["posts"] = count_posts(db, candidate_id) - before_posts
        before_conns = count_connections(db, candidate_id)
        _insert_new(db, "connections", _CONNECTION_COLUMNS, conn_rows, "candidate_id, dedupe_key")
        counts["connections"] = count_connections(db, candidate_id) - before_conns
    counts["duplicates"] = len(post_rows) - counts["posts"] + len(conn_rows) - counts["connections"]
    return counts


def _insert_new(
    db: Database, table: str, columns: Sequence[str], rows: list[tuple], unique: str
) -> None:
    """Insert ``rows`` (in order) in ONE statement, skipping duplicates.

    The rows go to a temporary table first and then into ``table`` with a single
    INSERT ... SELECT: FTS5 flushes its pending index data at the end of every statement,
    so the posts' full-text trigger run once per row (``executemany``) wrote a new index
    segment per post and took four times as long as the whole rest of the import.
    ON CONFLICT DO NOTHING skips only duplicates; INSERT OR IGNORE would also silently
    drop rows that break NOT NULL or CHECK constraints. Runs in the caller's transaction.
    """
    if not rows:
        return
    names = ", ".join(columns)
    stage = f"temp.stage_{table}"
    db.execute(f"DROP TABLE IF EXISTS {stage}")
    db.execute(f"CREATE TEMP TABLE stage_{table} AS SELECT {names} FROM main.{table} WHERE 0")
    db.conn.executemany(
        f"INSERT INTO {stage} ({names}) VALUES ({', '.join('?' * len(columns))})", rows
    )
    db.execute(
        f"INSERT INTO main.{table} ({names}) SELECT {names} FROM {stage}"
        f" WHERE true ORDER BY rowid ON CONFLICT ({unique}) DO NOTHING"
    )
    db.execute(f"DROP TABLE {stage}")


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


def save_scores(
    db: Database, scores: Iterable[tuple[int, str, str] | tuple[int, str, str, bool, bool]]
) -> None:
    """Store ``(post pk, lang, score JSON[, negative, sensitive])``: the post is analysed
    (resumable state). Without the last two they are read from the JSON."""
    rows = list(scores)
    if rows and len(rows[0]) == 5:
        db.conn.executemany(
            "UPDATE posts SET score = ?, lang = ?, negative = ?, sensitive = ? WHERE id = ?",
            [(score, lang, int(neg), int(sens), pk) for pk, lang, score, neg, sens in rows],
        )
        return
    db.conn.executemany(
        "UPDATE posts SET score = ?, lang = ?, negative = json_extract(?, '$.negative'),"
        " sensitive = json_extract(?, '$.sensitive') WHERE id = ?",
        [(score, lang, score, score, pk) for pk, lang, score in rows],
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
