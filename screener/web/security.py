"""Security headers on every response, error pages that leak nothing."""

from __future__ import annotations

from flask import Flask, current_app, render_template, request
from werkzeug.exceptions import HTTPException

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "object-src 'none'; frame-ancestors 'none'"
)


def _headers(response):
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    response.headers.setdefault("Cache-Control", "no-store")
    return response


def _http_error(error: HTTPException):
    return render_template("error.html", code=error.code, name=error.name), error.code


def _server_error(error: Exception):
    # The details go to the server's log, never to the page: they may hold SQL, paths or
    # a candidate's post.
    current_app.logger.error("Unhandled error on %s", request.path, exc_info=error)
    return render_template("error.html", code=500, name="Internal Server Error"), 500


def init_app(app: Flask) -> None:
    app.after_request(_headers)
    app.register_error_handler(HTTPException, _http_error)
    if not app.config.get("TESTING"):
        app.register_error_handler(Exception, _server_error)
