"""All SQLite access, through sqlite-utils 4. No Flask, no analysis.

``open_db(path)`` returns a migrated :class:`sqlite_utils.Database` with WAL, foreign keys
and a busy timeout. Feature modules (``storage/posts.py``, ``storage/org.py`` ...) hold the
save/load functions; they take a ``Database`` and plain records.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import UTC, datetime

from sqlite_utils import Database

from .schema import migrations

BUSY_TIMEOUT_MS = 30_000


class ScreenerDatabase(Database):
    """A Database whose transactions take the write lock up front (``BEGIN IMMEDIATE``).

    A deferred transaction that reads first and writes later cannot wait for the lock in
    WAL mode: if another connection committed in between, SQLite answers "database is
    locked" at once, busy timeout or not. The web node writes audit events while workers
    commit batches, so every transaction here starts immediate and waits its turn.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:  # nested: sqlite-utils uses a savepoint
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


def open_db(path: str | os.PathLike, *, migrate: bool = True) -> Database:
    """Open (and by default migrate) the Screener database.

    :param path: database file, or ``":memory:"`` in tests.
    :returns: a Database whose connection may be shared across threads of one request.
    """
    import sqlite3

    conn = sqlite3.connect(
        str(path),
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
        isolation_level="IMMEDIATE",  # implicit transactions take the write lock too
    )
    db = ScreenerDatabase(conn)
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
