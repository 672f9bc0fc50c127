"""Log-in, log-out, the current user and the role check every view uses."""

from __future__ import annotations

import functools
import time
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
from werkzeug.security import check_password_hash

from .. import audit
from ..storage import users
from . import get_db
from .forms import LoginForm
from .i18n import gettext as _

bp = Blueprint("auth", __name__, url_prefix="/auth")


# The session ends after this much inactivity (SESSION_LIFETIME_MINUTES) and, however
# active, after SESSION_MAX_HOURS since log-in: checked on the server on every request,
# because a cookie's own expiry is only a request to the browser.
SEEN_RESOLUTION_S = 60


def hash_password(password: str) -> str:
    """scrypt hash in Werkzeug's format (made in storage, so the CLI can hash too)."""
    return users.hash_password(password)


def _now() -> float:
    return time.time()


@functools.cache
def _dummy_hash() -> str:
    return users.hash_password("not a password anyone has")


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


def _session_expired() -> bool:
    now = _now()
    idle = current_app.config["SESSION_LIFETIME_MINUTES"] * 60
    # Not among the settings defaults, so an environment override arrives as a string.
    longest = float(current_app.config.get("SESSION_MAX_HOURS", 12)) * 3600
    seen = session.get("seen", 0)
    return now - seen > idle or now - session.get("login_at", 0) > longest


def _load_user() -> None:
    g.user = None
    user_id = session.get("user_id")
    if user_id is None:
        return
    if _session_expired():
        session.clear()
        flash(_("Je sessie is verlopen. Log opnieuw in."), "error")
        return
    g.user = users.get_user(get_db(), user_id)
    if g.user is None:  # deleted or deactivated since log-in
        session.clear()
        return
    now = _now()
    if now - session.get("seen", 0) > SEEN_RESOLUTION_S:  # not a new cookie per poll
        session["seen"] = now


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
            flash(
                _("Te veel mislukte pogingen. Probeer het over een paar minuten opnieuw."), "error"
            )
            return render_template("auth/login.html", form=form), 429
        user = users.get_user_by_name(db, name)
        # Unknown names cost a hash check too, so timing does not reveal which names exist.
        stored = user["password_hash"] if user else _dummy_hash()
        ok = check_password_hash(stored, form.password.data) and bool(user and user["active"])
        with db.atomic():
            users.record_login_attempt(db, name, addr, ok)
            audit.record(
                db, name, "login.success" if ok else "login.failure", detail={"remote_addr": addr}
            )
        if not ok:
            form.password.errors.append(_("Onbekende gebruikersnaam of onjuist wachtwoord."))
            return render_template("auth/login.html", form=form), 200
        session.clear()
        session.permanent = True
        session["user_id"] = user["id"]
        session["login_at"] = session["seen"] = _now()
        target = request.args.get("next", "")
        if not target.startswith("/") or target.startswith("//") or "\\" in target:
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
