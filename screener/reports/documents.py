"""The documents Screener hands out: candidate summary, comparison, the candidate's copy.

Every document issued is written to the audit log with the SHA-256 of its content and of
the file itself, so ``screener report verify FILE.pdf`` can say who generated it, when,
for which candidate, and whether the file was changed afterwards.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from .. import __version__, audit
from .build import Report, build_report
from .pdf import html_to_pdf
from .render import render

_HASH_TAG = re.compile(rb"screener-sha256:([0-9a-f]{64})")


@dataclass(frozen=True)
class Document:
    data: bytes
    filename: str
    content_hash: str
    mimetype: str = "application/pdf"


def slug(text: str, *, limit: int = 40) -> str:
    """A file-name-safe ASCII slug.

    >>> slug("Teamleider Logistiek (Zuid) / Ré")
    'teamleider-logistiek-zuid-re'
    >>> slug("../../etc/passwd")
    'etc-passwd'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words)[:limit].strip("-") or "x"


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def render_report_pdf(report: Report, *, lang: str = "nl") -> bytes:
    """The candidate summary as PDF bytes (no audit: use :func:`issue_report`)."""
    html = render("reports/report.html", lang=lang, report=report, version=__version__)
    return html_to_pdf(html)


def issue_report(db: Database, candidate_id: int, *, actor: str, lang: str = "nl") -> Document:
    """Build, render and log the candidate summary PDF.

    :raises LookupError: for an unknown candidate.
    """
    report = build_report(db, candidate_id, generated_by=actor)
    data = render_report_pdf(report, lang=lang)
    filename = "screener-{}-{}-{}.pdf".format(
        slug(report.vacancy["title"]), slug(report.candidate["name"]), report.generated_at[:10]
    )
    audit.record(
        db,
        actor,
        "report.candidate",
        candidate_id=candidate_id,
        vacancy_id=report.vacancy["id"],
        detail={
            "content_sha256": report.content_hash,
            "file_sha256": file_hash(data),
            "findings": len(report.findings),
            "lang": lang,
        },
    )
    return Document(data, filename, report.content_hash)


def verify_pdf(db: Database, data: bytes) -> dict[str, Any]:
    """Check a report PDF against the audit log.

    :returns: ``{"status": "authentic" | "modified" | "unknown" | "no-hash", ...}`` with the
        generating event's actor, time and candidate when known.
    """
    digest = file_hash(data)
    found = _HASH_TAG.search(data)
    if found is None:
        found = _HASH_TAG.search(_pdf_keywords(data).encode())
    if found is None:
        return {"status": "no-hash", "file_sha256": digest}
    content = found.group(1).decode()
    for event in db.query(
        "SELECT * FROM audit_events WHERE action LIKE 'report.%' AND detail LIKE ? ORDER BY id",
        [f'%"content_sha256": "{content}"%'],
    ):
        status = "authentic" if f'"file_sha256": "{digest}"' in event["detail"] else "modified"
        return {
            "status": status,
            "content_sha256": content,
            "file_sha256": digest,
            "event_id": event["id"],
            "generated_at": event["at"],
            "generated_by": event["actor"],
            "candidate_id": event["candidate_id"],
            "vacancy_id": event["vacancy_id"],
        }
    return {"status": "unknown", "content_sha256": content, "file_sha256": digest}


def _pdf_keywords(data: bytes) -> str:
    """The document's Keywords entry (WeasyPrint may write it as UTF-16)."""
    from pypdf import PdfReader

    try:
        info = PdfReader(io.BytesIO(data)).metadata or {}
    except Exception:  # noqa: BLE001 - any unreadable file simply has no hash
        return ""
    return str(info.get("/Keywords", ""))
