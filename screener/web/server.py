"""The HTTP server of ``screener serve``: Werkzeug's threaded server, for self-hosting."""

from __future__ import annotations

from werkzeug.serving import run_simple


def serve(host: str, port: int) -> None:
    """Build the app and serve it until interrupted (one process, a thread a request)."""
    from .. import create_app

    run_simple(host, port, create_app(), threaded=True, use_reloader=False)
