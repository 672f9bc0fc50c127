"""Side-by-side comparison of a vacancy's candidates: figures, never a score.

Each column is one figure (confirmed findings of one category, shared connections, the
complaint pattern, review status). The table can be sorted by any one column; there is
deliberately no overall score, blend or rank.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from ..errors import ValidationError
from ..records import CATEGORIES
from .profiles import get_profile
from .reviews import review_state

FIXED_COLUMNS = ("name", "status", "shared", "pattern", "claims")
_SEVERITY = {"high": 3, "medium": 2, "low": 1}
_STATUS_ORDER = {"not_screened": 0, "in_review": 1, "reviewed": 2}
EXCERPT_CHARS = 160


def _excerpt(text: str, evidence: list[dict[str, Any]]) -> str:
    """About EXCERPT_CHARS characters of the post around its first evidence span."""
    if len(text) <= EXCERPT_CHARS or not evidence:
        return text[:EXCERPT_CHARS] + ("…" if len(text) > EXCERPT_CHARS else "")
    start = max(int(evidence[0].get("start", 0)) - EXCERPT_CHARS // 3, 0)
    piece = text[start : start + EXCERPT_CHARS]
    return ("…" if start else "") + piece + ("…" if start + EXCERPT_CHARS < len(text) else "")


def _number(value: Any) -> float | int | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _pattern(patterns: dict[str, Any]) -> dict[str, Any]:
    """The complaint pattern of a screening: whether it was flagged, the share of posts
    that complain (the figure to sort by), how many, and the trend.

    Reads what ``analysis.patterns.complaint_pattern`` stored under ``"complaint"``;
    missing fields are ``None`` rather than guessed. Post ids are left out on purpose.
    """
    found = patterns.get("complaint")
    if not isinstance(found, dict):
        found = {}
    flagged = found.get("flagged")
    share = _number(found.get("share"))
    return {
        "flagged": flagged if isinstance(flagged, bool) else None,
        "share": share,
        "complaint_posts": _number(found.get("complaint_posts")),
        "posts_considered": _number(found.get("posts_considered")),
        "trend": found.get("trend") if isinstance(found.get("trend"), str) else None,
        "value": share,
    }


def _findings_by_candidate(db: Database, vacancy_id: int) -> dict[int, list[dict[str, Any]]]:
    grouped: dict[int, list[dict[str, Any]]] = {}
    rows = db.query(
        """
        SELECT f.id, f.candidate_id, coalesce(f.label, f.category) AS category, f.severity,
               f.evidence, p.text AS post_text, p.created_at AS post_created_at,
               p.platform AS post_platform
        FROM findings f JOIN candidates c ON c.id = f.candidate_id
        LEFT JOIN posts p ON p.id = f.post_pk
        WHERE c.vacancy_id = ? AND f.status = 'confirmed'
        ORDER BY f.id
        """,
        [vacancy_id],
    )
    for row in rows:
        row["evidence"] = json.loads(row["evidence"] or "[]")
        grouped.setdefault(row["candidate_id"], []).append(row)
    return grouped


def _example(finding: dict[str, Any], with_excerpt: bool) -> dict[str, Any]:
    example = {
        "finding_id": finding["id"],
        "category": finding["category"],
        "severity": finding["severity"],
        "words": [span.get("text", "") for span in finding["evidence"]],
        "platform": finding["post_platform"],
        "date": (finding["post_created_at"] or "")[:10] or None,
    }
    if with_excerpt:
        example["excerpt"] = _excerpt(finding["post_text"] or "", finding["evidence"])
    return example


def _strongest(findings: list[dict[str, Any]]) -> dict[str, Any] | None:
    # Threats outrank other categories at equal severity; then the newest post.
    return max(
        findings,
        key=lambda f: (
            _SEVERITY.get(f["severity"], 0),
            f["category"] == "threat",
            f["post_created_at"] or "",
        ),
        default=None,
    )


def _row(
    db: Database,
    candidate: dict[str, Any],
    findings: list[dict[str, Any]],
    categories: list[str],
    with_excerpts: bool,
) -> dict[str, Any]:
    screening = next(
        db.query("SELECT * FROM screenings WHERE candidate_id = ?", [candidate["id"]]), None
    )
    patterns = json.loads(screening["patterns"]) if screening else {}
    network = json.loads(screening["network"]) if screening else {}
    claims = list(
        db.query(
            "SELECT id, text, kind, verdict FROM claims WHERE candidate_id = ? ORDER BY id",
            [candidate["id"]],
        )
    )
    by_category: dict[str, list[dict[str, Any]]] = {}
    for finding in findings:
        by_category.setdefault(finding["category"], []).append(finding)
    strongest = _strongest(findings)
    state = review_state(db, candidate["id"])
    return {
        "candidate_id": candidate["id"],
        "name": candidate["name"],
        "counts": {c: len(by_category.get(c, ())) for c in categories},
        "strongest": _example(strongest, with_excerpts) if strongest else None,
        "strongest_by_category": {
            c: _example(_strongest(items), with_excerpts) for c, items in by_category.items()
        },
        "pattern": _pattern(patterns),
        "claims": claims,
        "shared_connections": network.get("shared_count"),
        "review_status": state["status"],
        "open_findings": state["open"],
        "screening_status": candidate["screening_status"],
        "screened_profile_version": candidate["screened_profile_version"],
    }


def _figure(row: dict[str, Any], column: str) -> Any:
    """The one figure of ``row`` that ``column`` sorts by (``None`` when missing)."""
    if column == "name":
        return row["name"].casefold()
    if column == "status":
        return _STATUS_ORDER.get(row["review_status"], -1)
    if column == "shared":
        return row["shared_connections"]
    if column == "pattern":
        return row["pattern"]["value"]
    if column == "claims":
        return sum(1 for c in row["claims"] if c["verdict"] == "supported")
    return row["counts"].get(column, 0)


def _sort(rows: list[dict[str, Any]], column: str, descending: bool) -> None:
    """Sort in place by one figure; ties by name; missing figures last in either order."""
    rows.sort(key=lambda r: (r["name"].casefold(), r["candidate_id"]))
    present = [r for r in rows if _figure(r, column) is not None]
    missing = [r for r in rows if _figure(r, column) is None]
    present.sort(key=lambda r: _figure(r, column), reverse=descending)  # stable
    rows[:] = present + missing


def sort_columns(db: Database, vacancy_id: int) -> tuple[str, ...]:
    """The columns the comparison may be sorted by: fixed ones plus profile categories."""
    return FIXED_COLUMNS + tuple(_categories(db, vacancy_id))


def _categories(db: Database, vacancy_id: int) -> list[str]:
    profile = get_profile(db, vacancy_id)
    return list(profile["categories"]) if profile else list(CATEGORIES)


def comparison(
    db: Database,
    vacancy_id: int,
    *,
    sort: str = "name",
    descending: bool = False,
    with_excerpts: bool = False,
) -> dict[str, Any]:
    """The comparison table of a vacancy, sorted by exactly one column.

    :param sort: one of :func:`sort_columns` (``name``, ``status``, ``shared``,
        ``pattern``, ``claims`` or a category of the profile).
    :param with_excerpts: include a post excerpt for each example (reviewers and admins);
        hiring managers get the matched words only, never the post.
    :returns: ``{"vacancy_id", "categories", "sort", "order", "columns", "candidates"}``.
    :raises ValidationError: an unknown sort column.
    """
    categories = _categories(db, vacancy_id)
    columns = FIXED_COLUMNS + tuple(categories)
    if sort not in columns:
        raise ValidationError(f"Onbekende kolom om op te sorteren: {sort!r}.")
    grouped = _findings_by_candidate(db, vacancy_id)
    candidates = db.query("SELECT * FROM candidates WHERE vacancy_id = ? ORDER BY id", [vacancy_id])
    rows = [_row(db, c, grouped.get(c["id"], []), categories, with_excerpts) for c in candidates]
    _sort(rows, sort, descending)
    return {
        "vacancy_id": vacancy_id,
        "categories": categories,
        "sort": sort,
        "order": "desc" if descending else "asc",
        "columns": list(columns),
        "candidates": rows,
    }
