"""The candidate's own copy (GDPR art. 15): every piece of data held, plus an explanation.

A zip with one JSON file per kind of data and a plain-language PDF (Dutch or English)
that says what was screened, under which profile, which findings were confirmed and why,
who decided, and how to object.
"""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from sqlite_utils import Database

from .. import __version__, audit
from ..storage import now_iso
from ..storage.profiles import get_profile
from .build import build_report
from .documents import Document, file_hash, slug
from .pdf import html_to_pdf
from .render import render

# What the copy contains: file name -> query over the candidate's rows.
_TABLES = {
    "posts.json": "SELECT * FROM posts WHERE candidate_id = ? ORDER BY created_at",
    "connections.json": "SELECT * FROM connections WHERE candidate_id = ? ORDER BY name",
    "uploads.json": "SELECT id, filename, sha256, size, platforms, status, error, counts,"
    " created_at, finished_at FROM uploads WHERE candidate_id = ? ORDER BY id",
    "findings.json": "SELECT * FROM findings WHERE candidate_id = ? ORDER BY id",
    "reviews.json": "SELECT r.id, r.finding_id, u.username AS decided_by, r.action, r.reason,"
    " r.note, r.new_category, r.created_at FROM reviews r LEFT JOIN users u ON u.id = r.user_id"
    " WHERE r.finding_id IN (SELECT id FROM findings WHERE candidate_id = ?) ORDER BY r.id",
    "claims.json": "SELECT * FROM claims WHERE candidate_id = ? ORDER BY id",
    "screening.json": "SELECT * FROM screenings WHERE candidate_id = ?",
    "audit_events.json": "SELECT id, at, actor, action, finding_id, detail FROM audit_events"
    " WHERE candidate_id = ? ORDER BY id",
}


def _dump(value: Any) -> bytes:
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True).encode()


def collect(db: Database, candidate_id: int) -> dict[str, Any]:
    """Every row held about the candidate, keyed by the file name it goes into."""
    candidate = next(db.query("SELECT * FROM candidates WHERE id = ?", [candidate_id]), None)
    if candidate is None:
        raise LookupError(f"No candidate with id {candidate_id}.")
    vacancy = next(db.query("SELECT * FROM vacancies WHERE id = ?", [candidate["vacancy_id"]]))
    data: dict[str, Any] = {
        "candidate.json": candidate,
        "vacancy.json": {
            k: vacancy[k] for k in ("id", "title", "department", "status", "closed_at")
        },
        "profile.json": get_profile(db, vacancy["id"]),
    }
    for name, sql in _TABLES.items():
        data[name] = list(db.query(sql, [candidate_id]))
    return data


def export_candidate(
    db: Database, candidate_id: int, *, actor: str, lang: str = "nl", contact: str = ""
) -> Document:
    """Build the candidate's copy as a zip and log the export.

    :param contact: who the candidate can object to (the organisation's privacy contact).
    :raises LookupError: for an unknown candidate.
    """
    data = collect(db, candidate_id)
    report = build_report(db, candidate_id, generated_by=actor)
    decided = [r for r in data["reviews.json"] if r["action"] in ("confirm", "dismiss")]
    html = render(
        "reports/candidate_copy.html",
        lang=lang,
        report=report,
        data=data,
        decided=decided,
        contact=contact,
        version=__version__,
        generated_at=now_iso(),
    )
    pdf = html_to_pdf(html)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, value in data.items():
            archive.writestr(name, _dump(value))
        explanation = "uitleg.pdf" if lang == "nl" else "explanation.pdf"
        archive.writestr(explanation, pdf)
        archive.writestr("README.txt", _readme(lang))
    payload = buffer.getvalue()
    digest = file_hash(payload)
    audit.record(
        db,
        actor,
        "candidate.export",
        candidate_id=candidate_id,
        vacancy_id=data["vacancy.json"]["id"],
        detail={"file_sha256": digest, "files": sorted(data), "lang": lang},
    )
    filename = f"screener-kopie-{slug(data['candidate.json']['name'])}-{now_iso()[:10]}.zip"
    return Document(payload, filename, digest, mimetype="application/zip")


def _readme(lang: str) -> str:
    if lang == "en":
        return (
            "This archive holds every piece of data Screener keeps about you, as JSON files,\n"
            "and explanation.pdf, which explains in plain words what was screened and decided.\n"
        )
    return (
        "Dit archief bevat alle gegevens die Screener over u bewaart, als JSON-bestanden,\n"
        "en uitleg.pdf, waarin in gewone taal staat wat er is gescreend en besloten.\n"
    )
