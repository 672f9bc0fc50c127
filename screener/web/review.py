"""The review queue of one candidate: confirm, dismiss or re-label every finding."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, g, jsonify, redirect, render_template, url_for

from .. import audit
from ..errors import ScreenerError
from ..posttext import post_segments
from ..storage import reviews, vacancies
from . import get_db
from .auth import require_roles
from .forms import BulkDecisionForm, DecisionForm, ExplanationForm, options
from .i18n import gettext as _
from .vacancies import STAFF, visible_vacancy

bp = Blueprint("review", __name__)


def _candidate(candidate_id: int) -> dict[str, Any]:
    candidate = vacancies.get_candidate(get_db(), candidate_id)
    if candidate is None:
        abort(404)
    visible_vacancy(candidate["vacancy_id"])
    return candidate


def _finding(finding_id: int) -> dict[str, Any]:
    finding = reviews.get_finding(get_db(), finding_id)
    if finding is None:
        abort(404)
    _candidate(finding["candidate_id"])
    return finding


def _queue_url(candidate_id: int, finding_id: int | None = None) -> str:
    anchor = f"#finding-{finding_id}" if finding_id else ""
    return url_for("review.queue", candidate_id=candidate_id) + anchor


def _public(finding: dict[str, Any]) -> dict[str, Any]:
    keys = (
        "id status category label effective_category severity rule lexicon evidence negation"
        " target dismiss_reason note candidate_explanation decided_by_name decided_at"
        " post_text post_platform post_created_at post_url post_lang"
    ).split()
    return {k: finding.get(k) for k in keys}


def _render_queue(
    candidate: dict[str, Any],
    *,
    form: DecisionForm | None = None,
    form_for: int | None = None,
    bulk: BulkDecisionForm | None = None,
    explanation: ExplanationForm | None = None,
    status: int = 200,
):
    """The queue page; a form that failed validation is shown again with its errors."""
    db = get_db()
    items = reviews.review_queue(db, candidate["id"])
    for item in items:
        item["segments"] = post_segments(item["post_text"], item["evidence"])
    audit.record(
        db,
        g.user["username"],
        "candidate.view",
        candidate_id=candidate["id"],
        vacancy_id=candidate["vacancy_id"],
        detail={"page": "review"},
    )
    page = render_template(
        "review/queue.html",
        candidate=candidate,
        items=items,
        state=reviews.review_state(db, candidate["id"]),
        blank=DecisionForm(formdata=None),
        failed=form,
        failed_for=form_for,
        bulk=bulk or BulkDecisionForm(formdata=None),
        explanation=explanation,
    )
    return page, status


@bp.route("/candidates/<int:candidate_id>/review")
@require_roles(*STAFF)
def queue(candidate_id: int):
    return _render_queue(_candidate(candidate_id))


@bp.route("/candidates/<int:candidate_id>/review.json")
@require_roles(*STAFF)
def queue_json(candidate_id: int):
    candidate = _candidate(candidate_id)
    db = get_db()
    audit.record(
        db,
        g.user["username"],
        "candidate.view",
        candidate_id=candidate_id,
        vacancy_id=candidate["vacancy_id"],
        detail={"page": "review.json"},
    )
    return jsonify(
        candidate={"id": candidate["id"], "name": candidate["name"]},
        state=reviews.review_state(db, candidate_id),
        findings=[_public(f) for f in reviews.review_queue(db, candidate_id)],
    )


@bp.route("/findings/<int:finding_id>/decide", methods=["POST"])
@require_roles(*STAFF)
def decide(finding_id: int):
    finding = _finding(finding_id)
    form = DecisionForm()
    if form.validate_on_submit():
        try:
            reviews.decide(
                get_db(),
                finding_id,
                action=form.action.data,
                user=g.user,
                reason=form.reason.data or None,
                note=form.note.data,
                new_category=form.new_category.data or None,
            )
        except ScreenerError as exc:
            form.action.errors = [*form.action.errors, str(exc)]
        else:
            flash(_("Besluit vastgelegd."), "success")
            return redirect(_queue_url(finding["candidate_id"], finding_id))
    candidate = _candidate(finding["candidate_id"])
    return _render_queue(candidate, form=form, form_for=finding_id, status=400)


@bp.route("/candidates/<int:candidate_id>/review/bulk", methods=["POST"])
@require_roles(*STAFF)
def bulk(candidate_id: int):
    candidate = _candidate(candidate_id)
    form = BulkDecisionForm()
    form.finding_ids.choices = options(
        (f["id"], str(f["id"])) for f in reviews.review_queue(get_db(), candidate_id)
    )
    if form.validate_on_submit():
        try:
            result = reviews.bulk_decide(
                get_db(),
                form.finding_ids.data,
                action=form.action.data,
                user=g.user,
                candidate_id=candidate_id,
                reason=form.reason.data or None,
                note=form.note.data,
                new_category=form.new_category.data or None,
            )
        except ScreenerError as exc:
            form.action.errors = [*form.action.errors, str(exc)]
        else:
            flash(
                _("{done} bevindingen bijgewerkt, {skipped} overgeslagen (al besloten).", **result),
                "success",
            )
            return redirect(_queue_url(candidate_id))
    return _render_queue(candidate, bulk=form, status=400)


@bp.route("/findings/<int:finding_id>/explanation", methods=["POST"])
@require_roles(*STAFF)
def explanation(finding_id: int):
    finding = _finding(finding_id)
    form = ExplanationForm()
    if form.validate_on_submit():
        reviews.set_explanation(get_db(), finding_id, form.text.data or "", g.user)
        flash(_("Toelichting van de kandidaat vastgelegd."), "success")
        return redirect(_queue_url(finding["candidate_id"], finding_id))
    candidate = _candidate(finding["candidate_id"])
    return _render_queue(candidate, explanation=form, form_for=finding_id, status=400)
