"""Code labels for every template; the tables live in :mod:`screener.labels`."""

from __future__ import annotations

from flask import Flask

from ..labels import (  # noqa: F401 - re-exported for the forms and views
    CATEGORY,
    DISMISS_REASON,
    NOTICE_METHOD,
    PLATFORM,
    STATUS,
    label_functions,
)
from .i18n import gettext as _


def init_app(app: Flask) -> None:
    """Make ``label_category(code)`` etc. available in every template."""
    app.jinja_env.globals.update(label_functions(_))
