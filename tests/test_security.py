"""Web security asserted on real responses: headers, cookies, secrets, error pages."""

from __future__ import annotations

import pytest
from conftest import PASSWORD

from screener import create_app
from screener.errors import ScreenerError


def test_session_cookie_is_httponly_and_samesite(client, make_user):
    name = make_user("reviewer")
    response = client.post("/auth/login", data={"username": name, "password": PASSWORD})
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # development over plain http on 127.0.0.1


def test_production_cookie_is_secure(tmp_path):
    app = create_app(
        {
            "INSTANCE": tmp_path / "i",
            "ENV": "production",
            "SECRET_KEY": "k" * 64,
            "WTF_CSRF_ENABLED": False,
        }
    )
    assert app.config["SESSION_COOKIE_SECURE"] is True


def test_production_mode_refuses_to_start_without_secret_key(tmp_path, monkeypatch):
    monkeypatch.delenv("SCREENER_SECRET_KEY", raising=False)
    with pytest.raises(ScreenerError, match="No secret key"):
        create_app({"INSTANCE": tmp_path / "prod", "ENV": "production"})


def test_secret_key_is_generated_once_into_instance(tmp_path):
    first = create_app({"INSTANCE": tmp_path / "dev"})
    second = create_app({"INSTANCE": tmp_path / "dev"})
    key_file = tmp_path / "dev" / "secret_key"
    assert key_file.exists() and oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert first.config["SECRET_KEY"] == second.config["SECRET_KEY"] == key_file.read_text()
    assert len(first.config["SECRET_KEY"]) == 64


@pytest.mark.parametrize("path", ["/auth/login", "/no-such-page"])
def test_every_response_carries_strict_headers(client, path):
    response = client.get(path)
    csp = response.headers["Content-Security-Policy"]
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    ):
        assert directive in csp
    assert "unsafe-inline" not in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_server_error_page_leaks_no_details(tmp_path):
    app = create_app({"INSTANCE": tmp_path / "e", "SECRET_KEY": "x", "TESTING": False})

    @app.route("/boom")
    def boom():
        raise RuntimeError("SELECT secret FROM posts WHERE text = 'kandidaat-geheim'")

    response = app.test_client().get("/boom")
    body = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "kandidaat-geheim" not in body and "Traceback" not in body and "SELECT" not in body


def test_templates_have_no_inline_script_or_style():
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "templates"
    for template in root.rglob("*.html"):
        text = template.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), template
        assert not re.search(r"\sstyle=\"", text), template
        assert not re.search(r"\son[a-z]+=\"", text), template
