"""Vacancies and their hiring managers; the public face of the workflow's storage.

Every write that a person makes here writes its audit event in the same transaction
(actor looked up from ``user_id``), so the log cannot miss a change. Profiles and
candidates live in their own modules and are re-exported here, so callers can use
``storage.vacancies.get_profile`` / ``get_candidate`` as one interface.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from ..errors import NotFoundError, ValidationError
from . import now_iso
from .candidates import (
    NOTICE_METHODS,
    create_candidate,
    get_candidate,
    list_candidates,
    notice_recorded,
    record_notice,
    require_candidate,
)
from .events import actor_name, append_event
from .profiles import (
    candidates_to_rescreen,
    get_profile,
    mark_queued,
    save_profile,
    validate_profile,
)

__all__ = [
    "NOTICE_METHODS",
    "assign_manager",
    "can_view_vacancy",
    "candidates_to_rescreen",
    "close_vacancy",
    "create_candidate",
    "create_vacancy",
    "get_candidate",
    "get_profile",
    "get_vacancy",
    "list_candidates",
    "list_managers",
    "list_vacancies",
    "mark_queued",
    "notice_recorded",
    "record_notice",
    "require_candidate",
    "require_vacancy",
    "save_profile",
    "unassign_manager",
    "validate_profile",
]


def create_vacancy(
    db: Database,
    title: str,
    *,
    department: str = "",
    description: str = "",
    user_id: int | None = None,
) -> int:
    """Insert an open vacancy and return its id.

    :raises ValidationError: when the title is empty.
    """
    title = title.strip()
    if not title:
        raise ValidationError("Geef de vacature een titel.")
    with db.atomic():
        cursor = db.execute(
            "INSERT INTO vacancies (title, department, description, created_at, created_by)"
            " VALUES (?, ?, ?, ?, ?)",
            [title, department.strip(), description.strip(), now_iso(), user_id],
        )
        vacancy_id = cursor.lastrowid
        append_event(
            db,
            actor_name(db, user_id),
            "vacancy.create",
            vacancy_id=vacancy_id,
            detail={"title": title},
        )
    return vacancy_id


def get_vacancy(db: Database, vacancy_id: int) -> dict[str, Any] | None:
    """One vacancy row, or ``None``."""
    return next(db.query("SELECT * FROM vacancies WHERE id = ?", [vacancy_id]), None)


def require_vacancy(db: Database, vacancy_id: int) -> dict[str, Any]:
    """:raises NotFoundError: when the vacancy does not exist."""
    vacancy = get_vacancy(db, vacancy_id)
    if vacancy is None:
        raise NotFoundError(f"Vacature {vacancy_id} bestaat niet.")
    return vacancy


def list_vacancies(db: Database, *, user: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Vacancies, open ones first then newest, with candidate counts.

    A hiring manager (``user["role"] == "hiring_manager"``) gets only the vacancies they
    are assigned to; other roles and ``user=None`` get all.
    """
    sql = """
        SELECT v.*, (SELECT count(*) FROM candidates c WHERE c.vacancy_id = v.id) AS candidates,
               EXISTS (SELECT 1 FROM profiles p WHERE p.vacancy_id = v.id) AS has_profile
        FROM vacancies v
    """
    params: list[Any] = []
    if user is not None and user["role"] == "hiring_manager":
        sql += " JOIN vacancy_managers m ON m.vacancy_id = v.id AND m.user_id = ?"
        params.append(user["id"])
    sql += " ORDER BY v.status = 'closed', v.id DESC"
    return list(db.query(sql, params))


def can_view_vacancy(db: Database, user: dict[str, Any] | None, vacancy_id: int) -> bool:
    """Whether ``user`` may see the vacancy: admins and reviewers always, hiring managers
    only when assigned. ``False`` for anonymous users and unknown vacancies."""
    if user is None or get_vacancy(db, vacancy_id) is None:
        return False
    if user["role"] in ("admin", "reviewer"):
        return True
    row = next(
        db.query(
            "SELECT 1 AS ok FROM vacancy_managers WHERE vacancy_id = ? AND user_id = ?",
            [vacancy_id, user["id"]],
        ),
        None,
    )
    return row is not None


def assign_manager(db: Database, vacancy_id: int, user_id: int, *, by: int | None = None) -> None:
    """Give a hiring manager access to a vacancy (idempotent).

    :raises ValidationError: when the user is not an active hiring manager.
    """
    require_vacancy(db, vacancy_id)
    user = next(db.query("SELECT * FROM users WHERE id = ?", [user_id]), None)
    if user is None or user["role"] != "hiring_manager" or not user["active"]:
        raise ValidationError("Alleen actieve hiring managers kunnen worden toegewezen.")
    with db.atomic():
        db.execute(
            "INSERT OR IGNORE INTO vacancy_managers (vacancy_id, user_id) VALUES (?, ?)",
            [vacancy_id, user_id],
        )
        append_event(
            db,
            actor_name(db, by),
            "vacancy.assign_manager",
            vacancy_id=vacancy_id,
            detail={"manager": user["username"]},
        )


def unassign_manager(db: Database, vacancy_id: int, user_id: int, *, by: int | None = None) -> None:
    """Take a hiring manager's access to a vacancy away."""
    with db.atomic():
        db.execute(
            "DELETE FROM vacancy_managers WHERE vacancy_id = ? AND user_id = ?",
            [vacancy_id, user_id],
        )
        append_event(
            db,
            actor_name(db, by),
            "vacancy.unassign_manager",
            vacancy_id=vacancy_id,
            detail={"manager": actor_name(db, user_id)},
        )


def list_managers(db: Database, vacancy_id: int) -> list[dict[str, Any]]:
    """The hiring managers assigned to a vacancy."""
    return list(
        db.query(
            "SELECT u.id, u.username, u.display_name FROM users u"
            " JOIN vacancy_managers m ON m.user_id = u.id WHERE m.vacancy_id = ?"
            " ORDER BY u.username",
            [vacancy_id],
        )
    )


def close_vacancy(db: Database, vacancy_id: int, *, user_id: int | None = None) -> str:
    """Close a vacancy; from now on its candidates' retention period runs.

    The purge dates themselves are computed by ``retention.refresh_purge_dates`` from
    ``closed_at`` and the profile's ``retention_weeks``.

    :returns: the ``closed_at`` timestamp.
    :raises ValidationError: when the vacancy is closed already.
    """
    vacancy = require_vacancy(db, vacancy_id)
    if vacancy["status"] == "closed":
        raise ValidationError("Deze vacature is al gesloten.")
    profile = get_profile(db, vacancy_id)
    weeks = profile["retention_weeks"] if profile else 4
    closed = datetime.now(UTC).replace(microsecond=0)
    with db.atomic():
        db.execute(
            "UPDATE vacancies SET status = 'closed', closed_at = ? WHERE id = ?",
            [closed.isoformat(), vacancy_id],
        )
        append_event(
            db,
            actor_name(db, user_id),
            "vacancy.close",
            vacancy_id=vacancy_id,
            detail={"retention_weeks": weeks},
        )
    return closed.isoformat()
