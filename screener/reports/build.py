"""Reports built from the database only: what a hiring manager or a candidate may read.

A :class:`Report` holds confirmed findings only (never open or dismissed ones, never
findings dismissed as special-category), the complaint pattern, the claims with their
verdicts and the shared-connection summary. Its ``content_hash`` is a SHA-256 over the
canonical JSON of everything in it, printed in the PDF footer and written to the audit log
so ``screener report verify`` can tell an authentic report from an edited one.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from ..records import CATEGORIES, SEVERITIES
from ..storage import now_iso
from ..storage.profiles import get_profile

# Severity order for choosing the strongest example of a category.
_RANK = {name: i for i, name in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class ReportFinding:
    id: int
    category: str
    severity: str
    rule: str
    created_at: str
    platform: str
    url: str | None
    text: str
    evidence: tuple[dict[str, Any], ...]
    note: str = ""
    explanation: str = ""
    decided_by: str = ""
    decided_at: str = ""


@dataclass(frozen=True)
class Report:
    """Everything one candidate report shows, read from the database."""

    candidate: dict[str, Any]
    vacancy: dict[str, Any]
    profile: dict[str, Any] | None
    reviewers: tuple[str, ...]
    review_complete: bool
    open_findings: int
    findings: tuple[ReportFinding, ...]
    by_category: dict[str, int]
    strongest: dict[str, ReportFinding]
    complaint: dict[str, Any] | None
    timeline: tuple[tuple[str, dict[str, int]], ...]
    claims: tuple[dict[str, Any], ...]
    network: dict[str, Any]
    excluded: dict[str, int]
    languages: dict[str, int]
    versions: dict[str, str]
    generated_at: str
    generated_by: str
    reviewed: bool = True  # False: an offline, not-reviewed report (``screener screen --pdf``)
    content_hash: str = field(default="", compare=False)


def _loads(value: str | None, default: Any) -> Any:
    return json.loads(value) if value else default


def _confirmed_findings(db: Database, candidate_id: int) -> list[ReportFinding]:
    rows = db.query(
        """SELECT f.id, coalesce(f.label, f.category) AS category, f.severity, f.rule,
                  f.evidence, coalesce(f.note, '') AS note,
                  coalesce(f.candidate_explanation, '') AS explanation,
                  coalesce(u.username, '') AS decided_by, coalesce(f.decided_at, '') AS decided_at,
                  p.created_at, p.platform, p.url, p.text
           FROM findings f JOIN posts p ON p.id = f.post_pk
           LEFT JOIN users u ON u.id = f.decided_by
           WHERE f.candidate_id = ? AND f.status = 'confirmed'
           ORDER BY p.created_at, f.id""",
        [candidate_id],
    )
    return [
        ReportFinding(
            id=r["id"],
            category=r["category"],
            severity=r["severity"],
            rule=r["rule"],
            created_at=r["created_at"],
            platform=r["platform"],
            url=r["url"],
            text=r["text"],
            evidence=tuple(_loads(r["evidence"], [])),
            note=r["note"],
            explanation=r["explanation"],
            decided_by=r["decided_by"],
            decided_at=r["decided_at"],
        )
        for r in rows
    ]


def _strongest(findings: list[ReportFinding]) -> dict[str, ReportFinding]:
    best: dict[str, ReportFinding] = {}
    for f in findings:
        current = best.get(f.category)
        if current is None or _RANK.get(f.severity, 0) > _RANK.get(current.severity, 0):
            best[f.category] = f
    return best


def _timeline(
    db: Database, findings: list[ReportFinding], complaint: dict[str, Any] | None
) -> tuple[tuple[str, dict[str, int]], ...]:
    """Per month: confirmed findings per category, plus the complaint pattern's posts."""
    months: dict[str, Counter] = defaultdict(Counter)
    for f in findings:
        months[f.created_at[:7]][f.category] += 1
    post_ids = (complaint or {}).get("post_ids") or []
    if post_ids:
        marks = ",".join("?" for _ in post_ids)
        for row in db.query(
            f"SELECT substr(created_at, 1, 7) AS month, count(*) AS n FROM posts"
            f" WHERE id IN ({marks}) OR post_id IN ({marks}) GROUP BY month",
            [*map(str, post_ids), *map(str, post_ids)],
        ):
            months[row["month"]]["complaint_pattern"] += row["n"]
    return tuple((month, dict(months[month])) for month in sorted(months))


def _claims(db: Database, candidate_id: int) -> tuple[dict[str, Any], ...]:
    rows = db.query(
        "SELECT id, text, kind, verdict, evidence FROM claims WHERE candidate_id = ? ORDER BY id",
        [candidate_id],
    )
    return tuple({**r, "evidence": _loads(r["evidence"], {})} for r in rows)


def content_hash(report: Report) -> str:
    """SHA-256 over the report's canonical JSON (every field but the hash itself)."""
    data = asdict(replace(report, content_hash=""))
    data.pop("content_hash")
    body = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(body.encode()).hexdigest()


def build_report(db: Database, candidate_id: int, *, generated_by: str = "system") -> Report:
    """Read one candidate's reviewed results into a :class:`Report`.

    :raises LookupError: when the candidate does not exist.
    """
    candidate = next(db.query("SELECT * FROM candidates WHERE id = ?", [candidate_id]), None)
    if candidate is None:
        raise LookupError(f"No candidate with id {candidate_id}.")
    vacancy = next(db.query("SELECT * FROM vacancies WHERE id = ?", [candidate["vacancy_id"]]))
    screening = (
        next(db.query("SELECT * FROM screenings WHERE candidate_id = ?", [candidate_id]), None)
        or {}
    )
    patterns = _loads(screening.get("patterns"), {})
    complaint = patterns.get("complaint")
    findings = _confirmed_findings(db, candidate_id)
    statuses = dict(
        (r["status"], r["n"])
        for r in db.query(
            "SELECT status, count(*) AS n FROM findings WHERE candidate_id = ? GROUP BY status",
            [candidate_id],
        )
    )
    reviewers = tuple(
        r["username"]
        for r in db.query(
            """SELECT DISTINCT u.username FROM reviews r JOIN users u ON u.id = r.user_id
               JOIN findings f ON f.id = r.finding_id WHERE f.candidate_id = ?
               ORDER BY u.username""",
            [candidate_id],
        )
    )
    by_category = Counter(f.category for f in findings)
    report = Report(
        candidate={k: candidate[k] for k in ("id", "name", "notice_at", "notice_method")},
        vacancy={k: vacancy[k] for k in ("id", "title", "department", "status", "closed_at")},
        profile=get_profile(db, vacancy["id"]),
        reviewers=reviewers,
        review_complete=statuses.get("open", 0) == 0,
        open_findings=statuses.get("open", 0),
        findings=tuple(findings),
        by_category={c: by_category[c] for c in CATEGORIES if by_category[c]},
        strongest=_strongest(findings),
        complaint=complaint,
        timeline=_timeline(db, findings, complaint),
        claims=_claims(db, candidate_id),
        network=_loads(screening.get("network"), {}),
        excluded=_loads(screening.get("excluded"), {}),
        languages=_loads(screening.get("languages"), {}),
        versions=_loads(screening.get("lexicon_versions"), {}),
        generated_at=now_iso(),
        generated_by=generated_by,
    )
    return replace(report, content_hash=content_hash(report))


def generated_date(report: Report) -> str:
    """The generation day in the reader's terms (YYYY-MM-DD)."""
    return datetime.fromisoformat(report.generated_at).astimezone(UTC).date().isoformat()
