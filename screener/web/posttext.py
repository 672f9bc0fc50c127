"""Post-text helpers for templates; the logic lives in :mod:`screener.posttext`."""

from __future__ import annotations

from flask import Flask

from ..posttext import Segment, post_segments, safe_url, visible_text

__all__ = ["Segment", "post_segments", "safe_url", "visible_text", "init_app"]


def init_app(app: Flask) -> None:
    """Make the helpers available to every template (the review page shows posts too)."""
    app.jinja_env.globals.update(
        post_segments=post_segments, safe_url=safe_url, visible_text=visible_text
    )
