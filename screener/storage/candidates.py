"""Candidates of a vacancy and the notice that they will be screened."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from ..errors import NotFoundError, ValidationError
from . import now_iso
from .events import actor_name, append_event
from .profiles import get_profile

NOTICE_METHODS = ("email", "letter", "in_person", "phone")


def create_candidate(
    db: Database, vacancy_id: int, name: str, *, email: str = "", user_id: int | None = None
) -> int:
    """Add a candidate to a vacancy and return its id.

    :raises ValidationError: empty name, or the vacancy is closed.
    """
    vacancy = next(db.query("SELECT * FROM vacancies WHERE id = ?", [vacancy_id]), None)
    if vacancy is None:
        raise NotFoundError(f"Vacature {vacancy_id} bestaat niet.")
    name = name.strip()
    if not name:
        raise ValidationError("Vul de naam van de kandidaat in.")
    if vacancy["status"] == "closed":
        raise ValidationError("Aan een gesloten vacature kunnen geen kandidaten worden toegevoegd.")
    with db.atomic():
        cursor = db.execute(
            "INSERT INTO candidates (vacancy_id, name, email, created_at, created_by)"
            " VALUES (?, ?, ?, ?, ?)",
            [vacancy_id, name, email.strip(), now_iso(), user_id],
        )
        candidate_id = cursor.lastrowid
        append_event(
            db,
            actor_name(db, user_id),
            "candidate.create",
            candidate_id=candidate_id,
            vacancy_id=vacancy_id,
        )
    return candidate_id


def get_candidate(db: Database, candidate_id: int) -> dict[str, Any] | None:
    """One candidate row plus ``vacancy_title`` and ``notice_by_name``, or ``None``."""
    return next(
        db.query(
            "SELECT c.*, v.title AS vacancy_title, u.username AS notice_by_name"
            " FROM candidates c JOIN vacancies v ON v.id = c.vacancy_id"
            " LEFT JOIN users u ON u.id = c.notice_by WHERE c.id = ?",
            [candidate_id],
        ),
        None,
    )


def require_candidate(db: Database, candidate_id: int) -> dict[str, Any]:
    """:raises NotFoundError: when the candidate does not exist."""
    candidate = get_candidate(db, candidate_id)
    if candidate is None:
        raise NotFoundError(f"Kandidaat {candidate_id} bestaat niet.")
    return candidate


def list_candidates(db: Database, vacancy_id: int) -> list[dict[str, Any]]:
    """A vacancy's candidates in the order they were added, with finding counts by status."""
    return list(
        db.query(
            """
            SELECT c.*,
              (SELECT count(*) FROM findings f WHERE f.candidate_id = c.id) AS findings_total,
              (SELECT count(*) FROM findings f
                WHERE f.candidate_id = c.id AND f.status = 'open') AS findings_open,
              (SELECT count(*) FROM findings f
                WHERE f.candidate_id = c.id AND f.status = 'confirmed') AS findings_confirmed
            FROM candidates c WHERE c.vacancy_id = ? ORDER BY c.id
            """,
            [vacancy_id],
        )
    )


def notice_recorded(candidate: dict[str, Any] | None) -> bool:
    """Whether the candidate was told about the screening (uploads are allowed only then)."""
    return bool(candidate and candidate.get("notice_at"))


def _parse_notice_date(at: str) -> str:
    try:
        moment = datetime.fromisoformat(at)
    except (TypeError, ValueError):
        raise ValidationError("Geef een geldige datum (JJJJ-MM-DD).") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if moment.date() > datetime.now(UTC).date():
        raise ValidationError("De datum van de kennisgeving ligt in de toekomst.")
    return moment.date().isoformat()


def record_notice(
    db: Database, candidate_id: int, *, at: str, method: str, user_id: int | None
) -> None:
    """Record when and how the candidate was told their exports would be screened.

    :param at: ISO date (``2026-11-23``) or datetime of the notice.
    :param method: one of :data:`NOTICE_METHODS`.
    :raises ValidationError: bad date or method, or the vacancy has no profile yet (the
        notice text is generated from it).
    """
    candidate = require_candidate(db, candidate_id)
    if method not in NOTICE_METHODS:
        raise ValidationError(
            f"Kies hoe de kandidaat is geïnformeerd: {', '.join(NOTICE_METHODS)}."
        )
    day = _parse_notice_date(at)
    profile = get_profile(db, candidate["vacancy_id"])
    if profile is None:
        raise ValidationError("Leg eerst het screeningsprofiel van de vacature vast.")
    with db.atomic():
        db.execute(
            "UPDATE candidates SET notice_at = ?, notice_method = ?, notice_by = ? WHERE id = ?",
            [day, method, user_id, candidate_id],
        )
        append_event(
            db,
            actor_name(db, user_id),
            "candidate.notice",
            candidate_id=candidate_id,
            vacancy_id=candidate["vacancy_id"],
            detail={"at": day, "method": method, "profile_version": profile["version"]},
        )
