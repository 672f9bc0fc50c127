"""Vacancies: list and create, the screening profile, candidates, notice, managers, close."""

from __future__ import annotations

from typing import Any

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)

from .. import notice
from ..errors import ScreenerError
from ..records import CATEGORIES, PLATFORMS
from ..storage import reviews, users, vacancies
from . import get_db, labels
from .auth import require_roles
from .forms import CandidateForm, ManagerForm, NoticeForm, ProfileForm, VacancyForm, options
from .i18n import gettext as _

bp = Blueprint("vacancies", __name__)
bp.record_once(lambda state: labels.init_app(state.app))

STAFF = ("admin", "reviewer")
EVERYONE = ("admin", "reviewer", "hiring_manager")


def visible_vacancy(vacancy_id: int) -> dict[str, Any]:
    """The vacancy if ``g.user`` may see it: 404 when unknown, 403 when not assigned."""
    db = get_db()
    vacancy = vacancies.get_vacancy(db, vacancy_id)
    if vacancy is None:
        abort(404)
    if not vacancies.can_view_vacancy(db, g.user, vacancy_id):
        abort(403)
    return vacancy


def _candidate(candidate_id: int) -> dict[str, Any]:
    candidate = vacancies.get_candidate(get_db(), candidate_id)
    if candidate is None:
        abort(404)
    return candidate


# --------------------------------------------------------------------------- list, create


@bp.route("/vacancies/")
@require_roles(*EVERYONE)
def index():
    rows = vacancies.list_vacancies(get_db(), user=g.user)
    return render_template("vacancies/index.html", vacancies=rows)


@bp.route("/vacancies.json")
@require_roles(*EVERYONE)
def index_json():
    return jsonify(vacancies=vacancies.list_vacancies(get_db(), user=g.user))


@bp.route("/vacancies/new", methods=["GET", "POST"])
@require_roles(*STAFF)
def create():
    form = VacancyForm()
    if form.validate_on_submit():
        vacancy_id = vacancies.create_vacancy(
            get_db(),
            form.title.data,
            department=form.department.data or "",
            description=form.description.data or "",
            user_id=g.user["id"],
        )
        flash(_("Vacature aangemaakt. Leg nu het screeningsprofiel vast."), "success")
        return redirect(url_for("vacancies.profile", vacancy_id=vacancy_id))
    return render_template("vacancies/new.html", form=form), 400 if form.is_submitted() else 200


# --------------------------------------------------------------------------- detail


def _detail(vacancy: dict[str, Any]) -> dict[str, Any]:
    db = get_db()
    candidates = vacancies.list_candidates(db, vacancy["id"])
    for candidate in candidates:
        candidate["review"] = reviews.review_state(db, candidate["id"])
        candidate["notice_recorded"] = vacancies.notice_recorded(candidate)
    return {
        "vacancy": vacancy,
        "profile": vacancies.get_profile(db, vacancy["id"]),
        "candidates": candidates,
        "managers": vacancies.list_managers(db, vacancy["id"]),
    }


def _public_candidate(candidate: dict[str, Any], staff: bool) -> dict[str, Any]:
    keys = ["id", "name", "screening_status", "review"]
    if staff:
        keys += ["email", "notice_at", "notice_method", "findings_total", "findings_open"]
        keys += ["findings_confirmed", "purge_after", "created_at"]
    return {k: candidate.get(k) for k in keys}


@bp.route("/vacancies/<int:vacancy_id>")
@require_roles(*EVERYONE)
def show(vacancy_id: int):
    data = _detail(visible_vacancy(vacancy_id))
    staff = g.user["role"] in STAFF
    return render_template(
        "vacancies/show.html",
        staff=staff,
        candidate_form=CandidateForm(formdata=None),
        manager_form=_manager_form() if staff else None,
        **data,
    )


@bp.route("/vacancies/<int:vacancy_id>.json")
@require_roles(*EVERYONE)
def show_json(vacancy_id: int):
    data = _detail(visible_vacancy(vacancy_id))
    staff = g.user["role"] in STAFF
    data["candidates"] = [_public_candidate(c, staff) for c in data["candidates"]]
    if not staff:
        data.pop("managers")
    return jsonify(data)


# --------------------------------------------------------------------------- profile


def _rescreen(vacancy_id: int) -> int:
    """Queue a new screening for every candidate already screened under the old profile."""
    db = get_db()
    ids = vacancies.candidates_to_rescreen(db, vacancy_id)
    vacancies.mark_queued(db, ids)
    try:
        from ..jobs import enqueue_screening
    except ImportError:  # no queue in this installation: the worker picks up 'queued'
        return len(ids)
    for candidate_id in ids:
        enqueue_screening(current_app.config, candidate_id)
    return len(ids)


@bp.route("/vacancies/<int:vacancy_id>/profile", methods=["GET", "POST"])
@require_roles(*STAFF)
def profile(vacancy_id: int):
    vacancy = visible_vacancy(vacancy_id)
    db = get_db()
    current = vacancies.get_profile(db, vacancy_id)
    form = ProfileForm()
    if not form.is_submitted():
        _fill_profile_form(form, current)
    if form.validate_on_submit():
        try:
            version = vacancies.save_profile(
                db,
                vacancy_id,
                categories=form.categories.data,
                reasons=form.reasons(),
                platforms=form.platforms.data,
                lookback_years=form.lookback_years.data,
                min_shared=form.min_shared.data,
                retention_weeks=form.retention_weeks.data,
                user_id=g.user["id"],
            )
        except ScreenerError as exc:
            form.categories.errors = [*form.categories.errors, str(exc)]
        else:
            queued = _rescreen(vacancy_id) if version > 1 else 0
            flash(_("Profiel opgeslagen (versie {v}).", v=version), "success")
            if queued:
                flash(_("{n} kandidaten worden opnieuw gescreend.", n=queued), "info")
            return redirect(url_for("vacancies.show", vacancy_id=vacancy_id))
    page = render_template(
        "vacancies/profile.html",
        vacancy=vacancy,
        profile=current,
        form=form,
        categories=CATEGORIES,
        platforms=PLATFORMS,
    )
    return page, 400 if form.is_submitted() else 200


def _fill_profile_form(form: ProfileForm, current: dict[str, Any] | None) -> None:
    if current is None:  # defaults: every category but profanity, every platform
        form.categories.data = [c for c in CATEGORIES if c != "profanity"]
        form.platforms.data = list(PLATFORMS)
        return
    form.categories.data = current["categories"]
    form.platforms.data = current["platforms"]
    for category, reason in current["reasons"].items():
        if category in CATEGORIES:
            form.reason_field(category).data = reason
    form.lookback_years.data = current["lookback_years"]
    form.min_shared.data = current["min_shared"]
    form.retention_weeks.data = current["retention_weeks"]


# --------------------------------------------------------------------------- candidates


@bp.route("/vacancies/<int:vacancy_id>/candidates/new", methods=["GET", "POST"])
@require_roles(*STAFF)
def add_candidate(vacancy_id: int):
    vacancy = visible_vacancy(vacancy_id)
    form = CandidateForm()
    if form.validate_on_submit():
        try:
            candidate_id = vacancies.create_candidate(
                get_db(),
                vacancy_id,
                form.name.data,
                email=form.email.data or "",
                user_id=g.user["id"],
            )
        except ScreenerError as exc:
            form.name.errors = [*form.name.errors, str(exc)]
        else:
            flash(_("Kandidaat toegevoegd. Leg vast wanneer die is geïnformeerd."), "success")
            return redirect(url_for("vacancies.candidate_notice", candidate_id=candidate_id))
    status = 400 if form.is_submitted() else 200
    return render_template("vacancies/candidate_new.html", vacancy=vacancy, form=form), status


@bp.route("/candidates/<int:candidate_id>/notice", methods=["GET", "POST"])
@require_roles(*STAFF)
def candidate_notice(candidate_id: int):
    candidate = _candidate(candidate_id)
    vacancy = visible_vacancy(candidate["vacancy_id"])
    db = get_db()
    current = vacancies.get_profile(db, vacancy["id"])
    form = NoticeForm()
    if form.validate_on_submit():
        try:
            vacancies.record_notice(
                db,
                candidate_id,
                at=form.at.data.isoformat(),
                method=form.method.data,
                user_id=g.user["id"],
            )
        except ScreenerError as exc:
            form.at.errors = [*form.at.errors, str(exc)]
        else:
            flash(_("Vastgelegd: de kandidaat is geïnformeerd. Uploaden kan nu."), "success")
            return redirect(url_for("vacancies.candidate_notice", candidate_id=candidate_id))
    texts = (
        notice.notice_texts(vacancy, current, candidate_name=candidate["name"]) if current else None
    )
    status = 400 if form.is_submitted() and form.errors else 200
    return render_template(
        "vacancies/notice.html",
        vacancy=vacancy,
        candidate=candidate,
        profile=current,
        texts=texts,
        form=form,
    ), status


# --------------------------------------------------------------------------- managers, close


def _manager_label(user: dict[str, Any]) -> str:
    name, display = user["username"], user["display_name"]
    return name if display in ("", name) else f"{display} ({name})"


def _manager_form() -> ManagerForm:
    form = ManagerForm()
    form.user_id.choices = options(
        (u["id"], _manager_label(u))
        for u in users.list_users(get_db(), role="hiring_manager")
        if u["active"]
    )
    return form


@bp.route("/vacancies/<int:vacancy_id>/managers", methods=["POST"])
@require_roles(*STAFF)
def managers(vacancy_id: int):
    visible_vacancy(vacancy_id)
    db = get_db()
    remove = request.form.get("remove", type=int)
    if remove is not None:
        vacancies.unassign_manager(db, vacancy_id, remove, by=g.user["id"])
        flash(_("Hiring manager verwijderd."), "success")
        return redirect(url_for("vacancies.show", vacancy_id=vacancy_id) + "#managers")
    form = _manager_form()
    if form.validate_on_submit():
        try:
            vacancies.assign_manager(db, vacancy_id, form.user_id.data, by=g.user["id"])
        except ScreenerError as exc:
            flash(str(exc), "error")
        else:
            flash(_("Hiring manager toegewezen."), "success")
    else:
        for errors in form.errors.values():
            for error in errors:
                flash(error, "error")
    return redirect(url_for("vacancies.show", vacancy_id=vacancy_id) + "#managers")


@bp.route("/vacancies/<int:vacancy_id>/close", methods=["POST"])
@require_roles(*STAFF)
def close(vacancy_id: int):
    visible_vacancy(vacancy_id)
    db = get_db()
    try:
        vacancies.close_vacancy(db, vacancy_id, user_id=g.user["id"])
    except ScreenerError as exc:
        flash(str(exc), "error")
    else:
        from .. import retention

        retention.refresh_purge_dates(db)
        flash(_("Vacature gesloten. De bewaartermijn loopt vanaf nu."), "success")
    return redirect(url_for("vacancies.show", vacancy_id=vacancy_id))
