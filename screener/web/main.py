"""The start page."""

from __future__ import annotations

from flask import Blueprint, render_template

from .auth import require_roles

bp = Blueprint("main", __name__)


@bp.route("/")
@require_roles()
def index():
    return render_template("main/index.html")
