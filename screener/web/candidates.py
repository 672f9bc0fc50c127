"""The candidate page (findings, timeline, posts, connections) and the upload form."""

from __future__ import annotations

from typing import Any

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from markupsafe import Markup
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.utils import secure_filename

from .. import audit, screening
from ..errors import ScreenerError
from ..records import CATEGORIES
from ..reports.charts import category_bars_svg, timeline_svg
from ..storage import browse, posts
from ..storage.findings import load_screening
from ..storage.vacancies import get_candidate, get_vacancy, notice_recorded
from . import get_db, labels, posttext
from .auth import require_roles
from .forms import UploadForm
from .i18n import gettext as _
from .uploads import STATUS_LABELS, json_response, progress_state

bp = Blueprint("candidates", __name__, url_prefix="/candidates")


@bp.record_once
def _template_helpers(state) -> None:
    posttext.init_app(state.app)
    state.app.jinja_env.globals.update(category_label=category_label, status_label=status_label)


def category_label(category: str) -> str:
    """The category's name in the interface language (unknown names shown as they are)."""
    return _(labels.CATEGORY[category]) if category in labels.CATEGORY else category


def status_label(code: str | None) -> str:
    """A stored status, severity or trend code in words (the workflow's vocabulary)."""
    return _(labels.STATUS[code]) if code in labels.STATUS else (code or "")


def _candidate_or_404(candidate_id: int) -> dict[str, Any]:
    candidate = get_candidate(get_db(), candidate_id)
    if candidate is None:
        abort(404)
    return candidate


def _int_arg(name: str) -> int:
    try:
        return max(1, int(request.args.get(name, 1)))
    except ValueError:
        return 1


def _page_data(candidate: dict[str, Any]) -> dict[str, Any]:
    """Everything the candidate page and its JSON twin show, read from the database."""
    db = get_db()
    cid = candidate["id"]
    q = request.args.get("q", "")[:200]
    cq = request.args.get("cq", "")[:200]
    return {
        "candidate": candidate,
        "vacancy": get_vacancy(db, candidate["vacancy_id"]),
        "notice": notice_recorded(candidate),
        "uploads": posts.list_uploads(db, cid),
        "counts": browse.candidate_counts(db, cid),
        "screening": load_screening(db, cid) or {},
        "findings": browse.findings_by_category(db, cid),
        "months": browse.monthly_counts(db, cid),
        "posts": browse.search_posts(db, cid, q, page=_int_arg("page")),
        "connections": browse.list_connections(db, cid, cq, page=_int_arg("cpage")),
    }


def _viewed_page_data(candidate_id: int, view_format: str) -> dict:
    """The page's data, after the role check, with the candidate view logged."""
    candidate = _candidate_or_404(candidate_id)
    data = _page_data(candidate)
    audit.record(
        get_db(),
        g.user["username"],
        "candidate.view",
        candidate_id=candidate_id,
        vacancy_id=candidate["vacancy_id"],
        detail={"format": view_format},
    )
    return data


@bp.route("/<int:candidate_id>")
@require_roles("admin", "reviewer")
def show(candidate_id: int):
    data = _viewed_page_data(candidate_id, "html")
    categories = [c for c in CATEGORIES if any(c in counts for _m, counts in data["months"])]
    chart = timeline_svg(
        data["months"],
        labels={c: category_label(c) for c in categories},
        title=_("Bevindingen per maand"),
        empty=_("Nog geen bevindingen."),
    )
    bars = category_bars_svg(
        {c: g["total"] for c, g in data["findings"].items()},
        labels={c: category_label(c) for c in data["findings"]},
        title=_("Bevindingen per categorie"),
    )
    pattern = (data["screening"].get("patterns") or {}).get("complaint")
    pattern_ids = pattern.get("post_ids") if isinstance(pattern, dict) else None
    pattern_posts = browse.posts_by_ids(get_db(), candidate_id, list(pattern_ids or []))
    progress = {
        u["id"]: progress_state(u["id"])
        for u in data["uploads"]
        if u["status"] in ("queued", "parsing", "analysing")
    }
    return render_template(
        "candidates/show.html",
        form=UploadForm(),
        chart=Markup(chart),  # built by reports.charts, every label escaped there
        bars=Markup(bars),
        categories=categories,
        progress=progress,
        upload_labels=STATUS_LABELS,
        pattern_posts=pattern_posts,
        **data,
    )


@bp.route("/<int:candidate_id>.json")
@require_roles("admin", "reviewer")
def show_json(candidate_id: int):
    data = _viewed_page_data(candidate_id, "json")
    data["months"] = [{"month": m, "counts": c} for m, c in data["months"]]
    data["findings"] = [
        {"category": category, "total": group["total"], "findings": group["items"]}
        for category, group in data["findings"].items()
    ]
    for page in (data["posts"], data["connections"]):
        page["items"] = [dict(row) for row in page["items"]]
    return json_response(data)


@bp.route("/<int:candidate_id>/uploads/new", methods=["GET", "POST"])
@require_roles("admin", "reviewer")
def upload(candidate_id: int):
    candidate = _candidate_or_404(candidate_id)
    form = UploadForm()
    notice = notice_recorded(candidate)
    if notice and form.validate_on_submit():
        db = get_db()
        ids = []
        try:
            for storage in form.exports.data:
                name = secure_filename(storage.filename or "") or "export"
                ids.append(
                    screening.accept_upload(
                        db,
                        current_app.config,
                        candidate_id,
                        name,
                        storage.stream,
                        user=g.user["username"],
                    )
                )
        except ScreenerError as exc:
            form.exports.errors = [str(exc)]
        else:
            flash(_("{n} bestand(en) ontvangen; de verwerking loopt.", n=len(ids)), "success")
            if len(ids) == 1:
                return redirect(url_for("uploads.status", upload_id=ids[0]))
            return redirect(url_for("candidates.show", candidate_id=candidate_id) + "#uploads")
    status = 400 if request.method == "POST" else 200
    return render_template(
        "candidates/upload.html", form=form, candidate=candidate, notice=notice
    ), status


@bp.errorhandler(RequestEntityTooLarge)
def _too_large(_error: RequestEntityTooLarge):
    limit = current_app.config.get("MAX_CONTENT_LENGTH") or 0
    size = f"{limit // 2**20} MB" if limit >= 2**20 else f"{max(1, limit // 1024)} kB"
    candidate_id = (request.view_args or {}).get("candidate_id")
    return render_template("candidates/too_large.html", limit=size, candidate_id=candidate_id), 413
