"""Screener: screening of a candidate's own social-media exports, with evidence."""

from __future__ import annotations

from typing import Any

from flask import Flask

from .settings import ROOT, ensure_instance, load_settings

__version__ = "0.1.0"


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the Flask app: settings, database, blueprints, CLI. Nothing else.

    :param test_config: overrides; ``INSTANCE`` chooses the instance folder.
    """
    overrides = dict(test_config or {})
    cfg = ensure_instance(load_settings(overrides.pop("INSTANCE", None), **overrides))
    app = Flask(
        __name__,
        instance_path=cfg["INSTANCE"],
        template_folder=str(ROOT / "templates"),
        static_folder="static",
    )
    app.config.update(cfg)

    from . import cli, web

    web.init_app(app)
    cli.init_app(app)
    return app
