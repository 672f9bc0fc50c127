"""A simple catalogue: interface text is written in Dutch; English comes from JSON files.

Every blueprint keeps its own ``screener/web/locale/<name>.json`` mapping Dutch source
strings to English, so translations live next to nothing else and never collide.
Templates call ``_("Dutch text")``; Python code calls :func:`gettext`.
"""

from __future__ import annotations

from flask import Flask, g, redirect, request, session, url_for

from ..catalogue import LANGUAGES, translate


def current_language() -> str:
    lang = session.get("lang")
    if lang not in LANGUAGES:
        user = g.get("user")
        lang = user["lang"] if user and user["lang"] in LANGUAGES else "nl"
    return lang


def gettext(text: str, **values: object) -> str:
    """Translate Dutch source ``text`` to the interface language, then fill ``{values}``."""
    return translate(text, current_language(), **values)


def _set_language():
    lang = request.form.get("lang", "nl")
    if lang in LANGUAGES:
        session["lang"] = lang
    target = request.referrer or url_for("main.index")
    return redirect(target if target.startswith(request.host_url) else url_for("main.index"))


def init_app(app: Flask) -> None:
    app.jinja_env.globals["_"] = gettext
    app.jinja_env.globals["current_language"] = current_language
    app.add_url_rule("/language", "set_language", _set_language, methods=["POST"])
