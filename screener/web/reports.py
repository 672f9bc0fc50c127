"""Report pages and downloads: the candidate summary (page, PDF, JSON), the comparison PDF
and the candidate's own copy. Every download is logged by the report functions."""

from __future__ import annotations

import dataclasses
import io

from flask import Blueprint, abort, current_app, g, jsonify, render_template, send_file

from .. import __version__, audit
from ..reports import documents
from ..reports.build import build_report
from ..reports.candidate_copy import export_candidate
from ..reports.comparison import issue_comparison
from ..reports.figures import report_figures
from ..storage.candidates import get_candidate
from ..storage.vacancies import can_view_vacancy
from . import get_db
from .auth import require_roles
from .i18n import current_language

bp = Blueprint("reports", __name__)


@bp.app_context_processor
def _globals() -> dict:
    return {"report_figures": report_figures}


def _candidate_or_404(candidate_id: int) -> dict:
    candidate = get_candidate(get_db(), candidate_id)
    if candidate is None:
        abort(404)
    if not can_view_vacancy(get_db(), g.user, candidate["vacancy_id"]):
        abort(403)
    return candidate


def _download(document: documents.Document):
    return send_file(
        io.BytesIO(document.data),
        mimetype=document.mimetype,
        as_attachment=True,
        download_name=document.filename,
    )


def _viewed_report(candidate_id: int, view_format: str):
    """The candidate's report, after the role check, with its view logged."""
    candidate = _candidate_or_404(candidate_id)
    db = get_db()
    report = build_report(db, candidate_id, generated_by=g.user["username"])
    audit.record(
        db,
        g.user["username"],
        "report.view",
        candidate_id=candidate_id,
        vacancy_id=candidate["vacancy_id"],
        detail={"format": view_format},
    )
    return report


@bp.route("/candidates/<int:candidate_id>/report")
@require_roles("admin", "reviewer", "hiring_manager")
def candidate_report(candidate_id: int):
    report = _viewed_report(candidate_id, "html")
    return render_template("reports/report.html", report=report, web=True, version=__version__)


@bp.route("/candidates/<int:candidate_id>/report.json")
@require_roles("admin", "reviewer", "hiring_manager")
def candidate_report_json(candidate_id: int):
    return jsonify(dataclasses.asdict(_viewed_report(candidate_id, "json")))


@bp.route("/candidates/<int:candidate_id>/report.pdf")
@require_roles("admin", "reviewer", "hiring_manager")
def candidate_pdf(candidate_id: int):
    _candidate_or_404(candidate_id)
    document = documents.issue_report(
        get_db(), candidate_id, actor=g.user["username"], lang=current_language()
    )
    return _download(document)


@bp.route("/vacancies/<int:vacancy_id>/compare.pdf")
@require_roles("admin", "reviewer", "hiring_manager")
def comparison_pdf(vacancy_id: int):
    if not can_view_vacancy(get_db(), g.user, vacancy_id):
        abort(404 if g.user["role"] != "hiring_manager" else 403)
    document = issue_comparison(
        get_db(), vacancy_id, actor=g.user["username"], lang=current_language()
    )
    return _download(document)


@bp.route("/candidates/<int:candidate_id>/export", methods=["POST"])
@require_roles("admin", "reviewer")
def candidate_copy(candidate_id: int):
    _candidate_or_404(candidate_id)
    document = export_candidate(
        get_db(),
        candidate_id,
        actor=g.user["username"],
        lang=current_language(),
        contact=current_app.config.get("PRIVACY_CONTACT", ""),
    )
    return _download(document)
