"""The web shell: the only package that imports Flask, Flask-WTF and Werkzeug."""

from __future__ import annotations

from flask import Flask, g

from ..storage import open_db


def get_db():
    """The request's database connection, opened on first use."""
    if "db" not in g:
        from flask import current_app

        g.db = open_db(current_app.config["DATABASE"], migrate=False)
    return g.db


def _close_db(_exc: BaseException | None = None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _blueprints() -> list:
    import importlib

    found = []
    for name in BLUEPRINT_MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        found.append(module.bp)
    return found


# Feature blueprints: each module defines ``bp``. One line per module.
BLUEPRINT_MODULES = [
    "auth",
    "main",
    "candidates",
    "uploads",
    "reports",
    "vacancies",
    "review",
    "compare",
    "admin",
    "network",
]


def init_app(app: Flask) -> None:
    """Migrate the database once, register extensions and every blueprint."""
    from flask_wtf import CSRFProtect

    open_db(app.config["DATABASE"]).close()
    CSRFProtect(app)
    app.teardown_appcontext(_close_db)

    from . import auth, i18n, security

    security.init_app(app)
    i18n.init_app(app)
    auth.init_app(app)
    app.jinja_env.globals["has_endpoint"] = lambda name: name in app.view_functions

    for blueprint in _blueprints():
        app.register_blueprint(blueprint)
