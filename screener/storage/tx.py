"""Write transactions that wait for their turn instead of failing.

``BEGIN IMMEDIATE`` takes the write lock up front, so a transaction never has to upgrade
a read lock (which fails at once under WAL when another writer committed meanwhile).
While another process holds the lock (one upload's import is one transaction and may
take a while on a busy machine) we keep waiting: the connection's busy timeout per try,
for up to :data:`LOCK_WAIT_SECONDS` in all, so no "database is locked" reaches a user.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

LOCK_WAIT_SECONDS = 600.0


def _locked(exc: sqlite3.OperationalError) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message


def begin_immediate(db: Database, *, wait: float = LOCK_WAIT_SECONDS) -> None:
    """Start a write transaction, waiting up to ``wait`` seconds for the write lock."""
    deadline = time.monotonic() + wait
    while True:
        try:
            db.conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if not _locked(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One write transaction taken with ``BEGIN IMMEDIATE`` (a savepoint when nested)."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    begin_immediate(db)
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")


def write(db: Database, sql: str, params=()) -> sqlite3.Cursor:
    """One write statement in its own (waiting) transaction."""
    with write_transaction(db):
        return db.execute(sql, params)
