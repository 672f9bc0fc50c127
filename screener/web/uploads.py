"""Upload status pages: a progress bar that works without JavaScript, retry, demo data."""

from __future__ import annotations

import json
from typing import Any

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    url_for,
)

from .. import screening
from ..errors import ScreenerError
from ..storage import posts
from ..storage.vacancies import get_candidate
from . import get_db
from .auth import require_roles
from .i18n import gettext as _

bp = Blueprint("uploads", __name__, url_prefix="/uploads")

STATUS_LABELS = {
    "queued": "In de wachtrij",
    "parsing": "Bestand lezen",
    "analysing": "Berichten analyseren",
    "done": "Klaar",
    "failed": "Mislukt",
}


def json_response(data: Any, status: int = 200) -> Response:
    """JSON with ``<``, ``>`` and ``&`` escaped, so hostile post text stays inert even if
    a browser is tricked into reading the response as HTML."""
    body = json.dumps(data, ensure_ascii=False, default=str)
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        body = body.replace(char, code)
    body = body.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Response(body, status=status, mimetype="application/json")


STAGE_LABELS = {
    "parsing": "Bestand lezen",
    "stored": "Berichten en connecties opgeslagen",
    "analysing": "Berichten analyseren",
    "patterns": "Patronen over de tijd berekenen",
    "network": "Netwerk vergelijken met de organisatie",
    "done": "Klaar",
    "failed": "Mislukt",
}


def _load(upload_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
    db = get_db()
    upload = posts.get_upload(db, upload_id)
    if upload is None:
        abort(404)
    candidate = get_candidate(db, upload["candidate_id"])
    if candidate is None:
        abort(404)
    return upload, candidate


def progress_state(upload_id: int) -> dict[str, Any]:
    """The pipeline's progress dict plus what a page needs: percentage, label, links."""
    state = dict(screening.upload_progress(get_db(), upload_id))
    done, total = state.get("done") or 0, state.get("total") or 0
    state["percent"] = (
        100 if state.get("status") == "done" else (min(99, int(100 * done / total)) if total else 0)
    )
    state["label"] = _(STATUS_LABELS.get(state.get("status", ""), "In de wachtrij"))
    stage = state.get("stage") or ""
    stage_label = _(STAGE_LABELS[stage]) if stage in STAGE_LABELS else stage
    state["stage_label"] = "" if stage_label == state["label"] else stage_label
    return state


def _eta_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = int(round(seconds))
    if seconds < 60:
        return _("nog ongeveer {n} s", n=max(1, seconds))
    return _("nog ongeveer {n} min", n=-(-seconds // 60))


@bp.route("/<int:upload_id>")
@require_roles("admin", "reviewer")
def status(upload_id: int):
    upload, candidate = _load(upload_id)
    state = progress_state(upload_id)
    return render_template(
        "uploads/status.html",
        upload=upload,
        candidate=candidate,
        state=state,
        eta=_eta_text(state.get("eta_seconds")),
    )


@bp.route("/<int:upload_id>.json")
@require_roles("admin", "reviewer")
def status_json(upload_id: int):
    upload, candidate = _load(upload_id)
    state = progress_state(upload_id)
    state.update(
        id=upload["id"],
        candidate_id=candidate["id"],
        filename=upload["filename"],
        eta_text=_eta_text(state.get("eta_seconds")),
        counts_text=(
            _("{done} van {total} berichten", done=state.get("done") or 0, total=state["total"])
            if state.get("total")
            else ""
        ),
        candidate_url=url_for("candidates.show", candidate_id=candidate["id"]),
        page_url=url_for("uploads.status", upload_id=upload["id"]),
    )
    return json_response(state)


@bp.route("/<int:upload_id>/retry", methods=["POST"])
@require_roles("admin", "reviewer")
def retry(upload_id: int):
    upload, _candidate = _load(upload_id)
    if upload["status"] != "failed":
        flash(_("Alleen een mislukte upload kan opnieuw worden geprobeerd."), "error")
    else:
        try:
            screening.retry_upload(get_db(), current_app.config, upload_id, user=g.user["username"])
        except ScreenerError as exc:
            flash(str(exc), "error")
        else:
            flash(_("De upload wordt opnieuw verwerkt."), "success")
    return redirect(url_for("uploads.status", upload_id=upload_id))


@bp.app_context_processor
def _demo_state() -> dict[str, Any]:
    """``demo_vacancy_id()`` for the start page: the button hides once the demo is loaded."""

    def demo_vacancy_id() -> int | None:
        from .. import demo

        return demo.demo_vacancy(get_db())

    return {"demo_vacancy_id": demo_vacancy_id}


@bp.route("/demo", methods=["POST"])
@require_roles("admin", "reviewer")
def load_demo():
    from .. import demo

    try:
        vacancy_id = demo.load_demo(get_db(), current_app.config, user=g.user["username"])
    except ScreenerError as exc:
        flash(str(exc), "error")
        return redirect(url_for("main.index"))
    flash(_("De demo is geladen: een vacature met drie kandidaten."), "success")
    if "vacancies.show" in current_app.view_functions:
        return redirect(url_for("vacancies.show", vacancy_id=vacancy_id))
    return redirect(url_for("main.index"))
