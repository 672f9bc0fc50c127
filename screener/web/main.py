"""The start page: a dashboard of the vacancies the user may see."""

from __future__ import annotations

from flask import Blueprint, g, jsonify, render_template

from ..storage import reviews, vacancies
from . import get_db
from .auth import require_roles

bp = Blueprint("main", __name__)


def _dashboard() -> list[dict]:
    db = get_db()
    rows = vacancies.list_vacancies(db, user=g.user)
    for vacancy in rows:
        states = [
            reviews.review_state(db, c["id"]) for c in vacancies.list_candidates(db, vacancy["id"])
        ]
        vacancy["to_review"] = sum(1 for s in states if s["open"])
        vacancy["reviewed"] = sum(1 for s in states if s["reviewed"])
    return rows


@bp.route("/")
@require_roles("admin", "reviewer", "hiring_manager")
def index():
    return render_template("main/index.html", vacancies=_dashboard())


@bp.route("/index.json")
@require_roles("admin", "reviewer", "hiring_manager")
def index_json():
    return jsonify(vacancies=_dashboard())
