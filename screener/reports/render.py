"""Render report templates outside a web request (PDFs from the CLI and the worker).

The web app renders the very same templates through Flask; here a plain Jinja
environment gets the globals those templates use (``_``, ``post_segments``, ``safe_url``,
``visible_text``, charts), so the page and the PDF never drift apart.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..catalogue import translator
from ..labels import label_functions
from ..posttext import post_segments, safe_url, visible_text
from ..settings import ROOT
from . import figures

TEMPLATES = ROOT / "templates"


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        post_segments=post_segments,
        safe_url=safe_url,
        visible_text=visible_text,
        report_figures=figures.report_figures,
    )
    return env


def render(template: str, *, lang: str = "nl", **context: Any) -> str:
    """Render ``template`` as a standalone document (``web=False``) in ``lang``."""
    _ = translator(lang)
    return (
        environment()
        .get_template(template)
        .render(_=_, lang=lang, web=False, **label_functions(_), **context)
    )
