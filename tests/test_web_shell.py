"""The web shell: log-in, role check, language switch, security headers."""

from __future__ import annotations

from bs4 import BeautifulSoup


def test_index_redirects_anonymous_user_to_login(client):
    response = client.get("/")
    assert response.status_code == 302
    assert "/auth/login" in response.headers["Location"]


def test_login_with_wrong_password_shows_error_on_form(client, make_user):
    name = make_user("reviewer")
    response = client.post("/auth/login", data={"username": name, "password": "nope"})
    soup = BeautifulSoup(response.data, "html.parser")
    assert "onjuist wachtwoord" in soup.select_one(".errors").get_text()


def test_login_then_index_greets_user(client, login):
    name = login("reviewer")
    response = client.get("/")
    assert response.status_code == 200
    assert name in response.get_data(as_text=True)


def test_language_switch_translates_interface(client, login):
    login("admin")
    client.post("/language", data={"lang": "en"})
    html = client.get("/").get_data(as_text=True)
    assert "Log out" in html and "Uitloggen" not in html


def test_responses_carry_security_headers(client):
    response = client.get("/auth/login")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_login_form_without_csrf_token_is_rejected(csrf_app):
    client = csrf_app.test_client()
    response = client.post("/auth/login", data={"username": "x", "password": "y"})
    assert response.status_code == 400
