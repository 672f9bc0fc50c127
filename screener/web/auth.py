"""Log-in, log-out, the current user and the role check every view uses."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.security import check_password_hash, generate_password_hash

from .. import audit
from ..storage import users
from . import get_db
from .forms import LoginForm

bp = Blueprint("auth", __name__, url_prefix="/auth")


def hash_password(password: str) -> str:
    return generate_password_hash(password, method="scrypt")


def require_roles(*roles: str) -> Callable:
    """Decorator: 302 to log-in when anonymous, 403 when the role is not in ``roles``."""

    def decorator(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if g.get("user") is None:
                return redirect(url_for("auth.login", next=request.full_path))
            if roles and g.user["role"] not in roles:
                abort(403)
            return view(*args, **kwargs)

        wrapped.allowed_roles = roles  # read by the route x role table in tests
        return wrapped

    return decorator


def _load_user() -> None:
    g.user = None
    user_id = session.get("user_id")
    if user_id is not None:
        g.user = users.get_user(get_db(), user_id)
        if g.user is None:
            session.clear()


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        db = get_db()
        name = form.username.data.strip()
        addr = request.remote_addr or ""
        limit = current_app.config["LOGIN_MAX_ATTEMPTS"]
        window = current_app.config["LOGIN_WINDOW_SECONDS"]
        if users.recent_failures(db, name, addr, window) >= limit:
            flash("Te veel mislukte pogingen. Probeer het over een paar minuten opnieuw.", "error")
            return render_template("auth/login.html", form=form), 429
        user = users.get_user_by_name(db, name)
        ok = bool(
            user
            and user["active"]
            and check_password_hash(user["password_hash"], form.password.data)
        )
        with db.atomic():
            users.record_login_attempt(db, name, addr, ok)
            audit.record(
                db, name, "login.success" if ok else "login.failure", detail={"remote_addr": addr}
            )
        if not ok:
            form.password.errors.append("Onbekende gebruikersnaam of onjuist wachtwoord.")
            return render_template("auth/login.html", form=form), 200
        session.clear()
        session.permanent = True
        session["user_id"] = user["id"]
        target = request.args.get("next", "")
        if not target.startswith("/") or target.startswith("//"):
            target = url_for("main.index")
        return redirect(target)
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
def logout():
    if g.get("user"):
        audit.record(get_db(), g.user["username"], "logout")
    session.clear()
    return redirect(url_for("auth.login"))


def init_app(app: Flask) -> None:
    app.permanent_session_lifetime = timedelta(minutes=app.config["SESSION_LIFETIME_MINUTES"])
    app.before_request(_load_user)
