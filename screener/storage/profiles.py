"""Screening profiles: what may be screened for a vacancy, and why.

One profile per vacancy, required before any screening runs. Every change bumps the
version (a screening records the version it ran under) and is audited with before/after.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from ..errors import NotFoundError, ValidationError
from ..records import CATEGORIES, PLATFORMS
from . import now_iso
from .events import actor_name, append_event

LOOKBACK_RANGE = (1, 20)
MIN_SHARED_RANGE = (1, 1000)
RETENTION_RANGE = (1, 52)


def _require_vacancy(db: Database, vacancy_id: int) -> None:
    if next(db.query("SELECT 1 AS ok FROM vacancies WHERE id = ?", [vacancy_id]), None) is None:
        raise NotFoundError(f"Vacature {vacancy_id} bestaat niet.")


def _check_range(name: str, value: int, bounds: tuple[int, int]) -> None:
    low, high = bounds
    if not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(f"{name} moet tussen {low} en {high} liggen.")


def validate_profile(
    categories: list[str], reasons: dict[str, str], platforms: list[str]
) -> dict[str, str]:
    """Check a profile's choices; return the reasons of the selected categories only.

    :raises ValidationError: unknown category or platform, no category, no platform, or a
        selected category without a written reason.
    """
    if not categories:
        raise ValidationError("Kies minstens één categorie die voor deze functie relevant is.")
    unknown = sorted(set(categories) - set(CATEGORIES))
    if unknown:
        raise ValidationError(f"Onbekende categorie: {', '.join(unknown)}.")
    if not platforms:
        raise ValidationError("Kies minstens één platform dat gebruikt mag worden.")
    unknown = sorted(set(platforms) - set(PLATFORMS))
    if unknown:
        raise ValidationError(f"Onbekend platform: {', '.join(unknown)}.")
    cleaned = {c: (reasons.get(c) or "").strip() for c in categories}
    missing = [c for c, text in cleaned.items() if not text]
    if missing:
        raise ValidationError(
            f"Schrijf een reden voor elke gekozen categorie: {', '.join(missing)}."
        )
    return cleaned


def save_profile(
    db: Database,
    vacancy_id: int,
    *,
    categories: list[str],
    reasons: dict[str, str],
    platforms: list[str],
    lookback_years: int = 5,
    min_shared: int = 5,
    retention_weeks: int = 4,
    user_id: int | None = None,
) -> int:
    """Create or replace the vacancy's screening profile; returns the new version.

    The version goes up on every change, so a screening records which profile it ran
    under; an audit event ``profile.change`` keeps the before and after.

    :raises ValidationError: see :func:`validate_profile`; numbers out of range.
    """
    _require_vacancy(db, vacancy_id)
    categories = [c for c in CATEGORIES if c in set(categories)]  # canonical order
    platforms = [p for p in PLATFORMS if p in set(platforms)]
    cleaned = validate_profile(categories, reasons, platforms)
    _check_range("De terugkijkperiode (jaren)", lookback_years, LOOKBACK_RANGE)
    _check_range("De drempel voor gedeelde connecties", min_shared, MIN_SHARED_RANGE)
    _check_range("De bewaartermijn (weken)", retention_weeks, RETENTION_RANGE)
    after = {
        "categories": categories,
        "reasons": cleaned,
        "platforms": platforms,
        "lookback_years": lookback_years,
        "min_shared": min_shared,
        "retention_weeks": retention_weeks,
    }
    with db.atomic():
        before = get_profile(db, vacancy_id)
        version = (before["version"] + 1) if before else 1
        row = {
            **after,
            "categories": json.dumps(categories),
            "reasons": json.dumps(cleaned, ensure_ascii=False),
            "platforms": json.dumps(platforms),
            "vacancy_id": vacancy_id,
            "version": version,
            "updated_at": now_iso(),
            "updated_by": user_id,
        }
        db.execute(
            "INSERT OR REPLACE INTO profiles (vacancy_id, categories, reasons, platforms,"
            " lookback_years, min_shared, retention_weeks, version, updated_at, updated_by)"
            " VALUES (:vacancy_id, :categories, :reasons, :platforms, :lookback_years,"
            " :min_shared, :retention_weeks, :version, :updated_at, :updated_by)",
            row,
        )
        if before:
            before = {k: before[k] for k in after}
        append_event(
            db,
            actor_name(db, user_id),
            "profile.change",
            vacancy_id=vacancy_id,
            detail={"version": version, "before": before, "after": after},
        )
    return version


def get_profile(db: Database, vacancy_id: int) -> dict[str, Any] | None:
    """The vacancy's screening profile with its JSON fields decoded, or ``None``."""
    row = next(db.query("SELECT * FROM profiles WHERE vacancy_id = ?", [vacancy_id]), None)
    if row is None:
        return None
    for key in ("categories", "reasons", "platforms"):
        row[key] = json.loads(row[key])
    return row


def candidates_to_rescreen(db: Database, vacancy_id: int) -> list[int]:
    """Candidates whose analysis must run again after a profile change: every candidate
    that has been screened or has an upload."""
    rows = db.query(
        "SELECT id FROM candidates WHERE vacancy_id = ? AND (screening_status != 'new'"
        " OR EXISTS (SELECT 1 FROM uploads u WHERE u.candidate_id = candidates.id))"
        " ORDER BY id",
        [vacancy_id],
    )
    return [r["id"] for r in rows]


def mark_queued(db: Database, candidate_ids: list[int]) -> None:
    """Set ``screening_status = 'queued'`` for candidates waiting for a new screening."""
    if candidate_ids:
        marks = ", ".join("?" * len(candidate_ids))
        db.execute(
            f"UPDATE candidates SET screening_status = 'queued' WHERE id IN ({marks})",
            candidate_ids,
        )
