"""Users, their passwords and log-in attempts.

Passwords are hashed with scrypt in Werkzeug's format (``scrypt:n:r:p$salt$hex``), so the
web layer's ``check_password_hash`` verifies hashes made here by the CLI and first start.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import string
import time
from typing import Any

from sqlite_utils import Database

from ..errors import NotFoundError, ValidationError
from . import now_iso
from .events import append_event

ROLES = ("admin", "reviewer", "hiring_manager")
BOOTSTRAP_USERNAME = "admin"
MIN_PASSWORD_LENGTH = 10
_SCRYPT = (2**15, 8, 1)
_SALT_CHARS = string.ascii_letters + string.digits


def hash_password(password: str) -> str:
    """Hash ``password`` with scrypt in the format Werkzeug's ``check_password_hash`` reads."""
    n, r, p = _SCRYPT
    salt = "".join(secrets.choice(_SALT_CHARS) for _ in range(16))
    digest = hashlib.scrypt(
        password.encode(), salt=salt.encode(), n=n, r=r, p=p, maxmem=132 * n * r * p
    ).hex()
    return f"scrypt:{n}:{r}:{p}${salt}${digest}"


def check_password(password_hash: str, password: str) -> bool:
    """Verify a password against a ``scrypt:n:r:p$salt$hex`` hash (constant-time compare)."""
    try:
        method, salt, digest = password_hash.split("$", 2)
        name, n, r, p = method.split(":")
        if name != "scrypt":
            return False
        n, r, p = int(n), int(r), int(p)
    except ValueError:
        return False
    computed = hashlib.scrypt(
        password.encode(), salt=salt.encode(), n=n, r=r, p=p, maxmem=132 * n * r * p
    ).hex()
    return hmac.compare_digest(computed, digest)


def validate_password(password: str) -> None:
    """:raises ValidationError: when the password is too short to keep candidates' data safe."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(f"Het wachtwoord moet minstens {MIN_PASSWORD_LENGTH} tekens hebben.")


def create_user(
    db: Database, username: str, password_hash: str, role: str, *, display_name: str = ""
) -> int:
    """Insert a user; ``password_hash`` comes from :func:`hash_password`.

    :raises ValidationError: for an unknown role, an empty or a taken user name.
    """
    if role not in ROLES:
        raise ValidationError(f"Onbekende rol {role!r}; kies uit {', '.join(ROLES)}.")
    username = username.strip()
    if not username:
        raise ValidationError("Vul een gebruikersnaam in.")
    if get_user_by_name(db, username) is not None:
        raise ValidationError(f"De gebruikersnaam {username!r} bestaat al.")
    cursor = db.execute(
        "INSERT INTO users (username, password_hash, role, display_name, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [username, password_hash, role, display_name or username, now_iso()],
    )
    return cursor.lastrowid


def bootstrap_admin(db: Database) -> tuple[str, str] | None:
    """On first start (no users at all) create ``admin`` with a random password.

    :returns: ``(username, password)`` exactly once, to be printed for the operator;
        ``None`` when any user exists already.
    """
    with db.atomic():
        if count_users(db):
            return None
        password = secrets.token_urlsafe(12)
        create_user(db, BOOTSTRAP_USERNAME, hash_password(password), "admin")
        append_event(db, "system", "user.bootstrap", detail={"username": BOOTSTRAP_USERNAME})
    return BOOTSTRAP_USERNAME, password


def get_user(db: Database, user_id: int) -> dict[str, Any] | None:
    """An active user by id (``None`` for unknown or deactivated users)."""
    return next(db.query("SELECT * FROM users WHERE id = ? AND active = 1", [user_id]), None)


def get_user_by_name(db: Database, username: str) -> dict[str, Any] | None:
    """A user by name (case-insensitive), active or not."""
    return next(db.query("SELECT * FROM users WHERE username = ?", [username]), None)


def list_users(db: Database, *, role: str | None = None) -> list[dict[str, Any]]:
    """Every user (without password hashes), by name; optionally only one role."""
    sql = "SELECT id, username, role, display_name, lang, active, created_at FROM users"
    params: list[Any] = []
    if role:
        sql += " WHERE role = ?"
        params.append(role)
    return list(db.query(sql + " ORDER BY username COLLATE NOCASE", params))


def count_users(db: Database) -> int:
    return next(db.query("SELECT count(*) AS n FROM users"))["n"]


def _require(db: Database, user_id: int) -> dict[str, Any]:
    row = next(db.query("SELECT * FROM users WHERE id = ?", [user_id]), None)
    if row is None:
        raise NotFoundError(f"Gebruiker {user_id} bestaat niet.")
    return row


def set_password(db: Database, user_id: int, password: str) -> None:
    """Replace a user's password (hashing it here)."""
    validate_password(password)
    _require(db, user_id)
    db.execute(
        "UPDATE users SET password_hash = ? WHERE id = ?", [hash_password(password), user_id]
    )


def set_role(db: Database, user_id: int, role: str) -> None:
    """Change a user's role."""
    if role not in ROLES:
        raise ValidationError(f"Onbekende rol {role!r}.")
    _require(db, user_id)
    db.execute("UPDATE users SET role = ? WHERE id = ?", [role, user_id])


def _active_admins(db: Database) -> int:
    sql = "SELECT count(*) AS n FROM users WHERE role = 'admin' AND active = 1"
    return next(db.query(sql))["n"]


def deactivate_user(db: Database, user_id: int) -> None:
    """Deactivate a user: they can no longer log in; their past decisions keep their name.

    :raises ValidationError: when it would leave no active admin.
    """
    user = _require(db, user_id)
    if user["role"] == "admin" and user["active"] and _active_admins(db) <= 1:
        raise ValidationError("De laatste actieve beheerder kan niet worden uitgeschakeld.")
    db.execute("UPDATE users SET active = 0 WHERE id = ?", [user_id])


def activate_user(db: Database, user_id: int) -> None:
    """Let a deactivated user log in again."""
    _require(db, user_id)
    db.execute("UPDATE users SET active = 1 WHERE id = ?", [user_id])


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
