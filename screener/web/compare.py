"""Candidates of one vacancy side by side: figures per column, sortable by one column.

There is no overall score and no rank: the page shows each figure on its own and sorts
by exactly one of them when asked (``?sort=<column>&order=asc|desc``).
"""

from __future__ import annotations

from flask import Blueprint, abort, g, jsonify, render_template, request

from .. import audit
from ..errors import ValidationError
from ..storage import compare as compare_data
from . import get_db
from .auth import require_roles
from .vacancies import EVERYONE, STAFF, visible_vacancy

bp = Blueprint("compare", __name__)


def _table(vacancy_id: int) -> dict:
    db = get_db()
    sort = request.args.get("sort", "name")
    descending = request.args.get("order", "asc") == "desc"
    try:
        return compare_data.comparison(
            db,
            vacancy_id,
            sort=sort,
            descending=descending,
            with_excerpts=g.user["role"] in STAFF,
        )
    except ValidationError:
        abort(400)


def _viewed_table(vacancy_id: int, view_format: str) -> tuple[dict, dict]:
    """The vacancy and its comparison table, after the access check, with the view logged."""
    vacancy = visible_vacancy(vacancy_id)
    table = _table(vacancy_id)
    audit.record(
        get_db(),
        g.user["username"],
        "vacancy.compare",
        vacancy_id=vacancy_id,
        detail={"sort": table["sort"], "order": table["order"], "format": view_format},
    )
    return vacancy, table


@bp.route("/vacancies/<int:vacancy_id>/compare")
@require_roles(*EVERYONE)
def show(vacancy_id: int):
    vacancy, table = _viewed_table(vacancy_id, "html")
    return render_template("compare/show.html", vacancy=vacancy, table=table)


@bp.route("/vacancies/<int:vacancy_id>/compare.json")
@require_roles(*EVERYONE)
def show_json(vacancy_id: int):
    return jsonify(_viewed_table(vacancy_id, "json")[1])
