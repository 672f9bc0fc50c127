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


def init_app(app: Flask) -> None:
    """Migrate the database once, register extensions and every blueprint."""
    from flask_wtf import CSRFProtect

    open_db(app.config["DATABASE"]).close()
    CSRFProtect(app)
    app.teardown_appcontext(_close_db)

    from . import auth, main

    auth.init_app(app)
    app.register_blueprint(auth.bp)
    app.register_blueprint(main.bp)
