"""All SQLite access, through sqlite-utils 4. No Flask, no analysis.

``open_db(path)`` returns a migrated :class:`sqlite_utils.Database` with WAL, foreign keys
and a busy timeout. Feature modules (``storage/posts.py``, ``storage/org.py`` ...) hold the
save/load functions; they take a ``Database`` and plain records.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

from sqlite_utils import Database

from .schema import migrations

BUSY_TIMEOUT_MS = 30_000


def open_db(path: str | os.PathLike, *, migrate: bool = True) -> Database:
    """Open (and by default migrate) the Screener database.

    :param path: database file, or ``":memory:"`` in tests.
    :returns: a Database whose connection may be shared across threads of one request.
    """
    import sqlite3

    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    db = Database(conn)
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA synchronous=NORMAL")
    # Freed pages are zeroed, so purged posts do not linger in the file.
    db.execute("PRAGMA secure_delete=ON")
    if migrate:
        migrations.apply(db)
    return db


def now_iso() -> str:
    """The current time as ISO-8601 UTC with seconds, the format every table uses."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()
