"""Users and log-in attempts."""

from __future__ import annotations

import time
from typing import Any

from sqlite_utils import Database

from . import now_iso

ROLES = ("admin", "reviewer", "hiring_manager")


def create_user(
    db: Database, username: str, password_hash: str, role: str, *, display_name: str = ""
) -> int:
    """Insert a user; the caller hashes the password (the web layer owns werkzeug)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    cursor = db.execute(
        "INSERT INTO users (username, password_hash, role, display_name, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [username, password_hash, role, display_name or username, now_iso()],
    )
    return cursor.lastrowid


def get_user(db: Database, user_id: int) -> dict[str, Any] | None:
    return next(db.query("SELECT * FROM users WHERE id = ? AND active = 1", [user_id]), None)


def get_user_by_name(db: Database, username: str) -> dict[str, Any] | None:
    return next(db.query("SELECT * FROM users WHERE username = ?", [username]), None)


def count_users(db: Database) -> int:
    return next(db.query("SELECT count(*) AS n FROM users"))["n"]


def record_login_attempt(db: Database, username: str, remote_addr: str, success: bool) -> None:
    db.execute(
        "INSERT INTO login_attempts (username, remote_addr, at, success) VALUES (?, ?, ?, ?)",
        [username.lower(), remote_addr, time.time(), int(success)],
    )


def recent_failures(db: Database, username: str, remote_addr: str, window_s: int) -> int:
    """Failed attempts for this user name or from this address within the window."""
    since = time.time() - window_s
    row = next(
        db.query(
            "SELECT count(*) AS n FROM login_attempts WHERE success = 0 AND at > ?"
            " AND (username = ? OR remote_addr = ?)",
            [since, username.lower(), remote_addr],
        )
    )
    return row["n"]
