"""Log-in, rate limiting, session expiry and the first admin."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from conftest import PASSWORD
from werkzeug.security import check_password_hash

from screener.storage import users
from screener.web import auth


def _errors(response) -> str:
    soup = BeautifulSoup(response.data, "html.parser")
    return " ".join(e.get_text() for e in soup.select(".errors, .flash-error"))


def test_hash_password_is_scrypt_that_werkzeug_verifies():
    hashed = users.hash_password("een lang wachtwoord")
    assert hashed.startswith("scrypt:32768:8:1$")
    assert check_password_hash(hashed, "een lang wachtwoord")
    assert not check_password_hash(hashed, "een ander wachtwoord")
    assert users.check_password(hashed, "een lang wachtwoord")
    assert not users.check_password("not-a-hash", "x")


def test_login_is_rate_limited_after_max_failures(app, client, make_user):
    name = make_user("reviewer")
    limit = app.config["LOGIN_MAX_ATTEMPTS"]
    for _ in range(limit):
        response = client.post("/auth/login", data={"username": name, "password": "fout"})
        assert response.status_code == 200
    response = client.post("/auth/login", data={"username": name, "password": PASSWORD})
    assert response.status_code == 429
    assert "Te veel mislukte pogingen" in _errors(response)
    assert client.get("/").status_code == 302  # not logged in


def test_login_failures_of_other_address_do_not_block(app, client, make_user):
    name = make_user("reviewer")
    other = make_user("admin")
    for _ in range(app.config["LOGIN_MAX_ATTEMPTS"] - 1):
        client.post("/auth/login", data={"username": name, "password": "fout"})
    response = client.post("/auth/login", data={"username": other, "password": PASSWORD})
    assert response.status_code == 302


def test_login_and_failure_are_audited(client, db, make_user):
    name = make_user("reviewer")
    client.post("/auth/login", data={"username": name, "password": "fout"})
    client.post("/auth/login", data={"username": name, "password": PASSWORD})
    actions = [r["action"] for r in db.query("SELECT action FROM audit_events ORDER BY id")]
    assert actions[-2:] == ["login.failure", "login.success"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"username": "", "password": "x"}, "required"),
        ({"username": "x" * 81, "password": "x"}, "80"),
        ({"username": "niemand", "password": "x"}, "onjuist wachtwoord"),
    ],
)
def test_login_form_rejects_bad_input_with_message(client, data, message):
    response = client.post("/auth/login", data=data)
    assert message in _errors(response)


def test_deactivated_user_cannot_log_in(client, db, make_user):
    name = make_user("reviewer")
    users.deactivate_user(db, users.get_user_by_name(db, name)["id"])
    response = client.post("/auth/login", data={"username": name, "password": PASSWORD})
    assert "onjuist wachtwoord" in _errors(response)


def test_deactivation_ends_an_open_session(client, db, login):
    name = login("reviewer")
    assert client.get("/").status_code == 200
    users.deactivate_user(db, users.get_user_by_name(db, name)["id"])
    assert client.get("/").status_code == 302


def test_session_expires_after_idle_time(app, client, login, monkeypatch):
    login("reviewer")
    assert client.get("/").status_code == 200
    idle = app.config["SESSION_LIFETIME_MINUTES"] * 60
    later = auth._now() + idle + 1
    monkeypatch.setattr(auth, "_now", lambda: later)
    response = client.get("/")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
    page = client.get(response.headers["Location"])
    assert "sessie is verlopen" in page.get_data(as_text=True)


def test_activity_keeps_session_alive_until_max_lifetime(app, client, login, monkeypatch):
    login("reviewer")
    start = auth._now()
    step = (app.config["SESSION_LIFETIME_MINUTES"] - 1) * 60
    clock = {"now": start}
    monkeypatch.setattr(auth, "_now", lambda: clock["now"])
    longest = app.config.get("SESSION_MAX_HOURS", 12) * 3600
    while clock["now"] + step < start + longest:
        clock["now"] += step
        assert client.get("/").status_code == 200
    clock["now"] = start + longest + 1
    assert client.get("/").status_code == 302


def test_session_cookie_is_httponly_and_samesite(client, make_user):
    name = make_user("reviewer")
    response = client.post("/auth/login", data={"username": name, "password": PASSWORD})
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Expires=" in cookie


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/\\evil.example"])
def test_login_never_redirects_off_site(client, make_user, target):
    name = make_user("reviewer")
    response = client.post(
        "/auth/login", query_string={"next": target}, data={"username": name, "password": PASSWORD}
    )
    assert response.headers["Location"] == "/"


def test_login_follows_local_next(client, make_user):
    name = make_user("reviewer")
    response = client.post(
        "/auth/login",
        query_string={"next": "/vacancies/"},
        data={"username": name, "password": PASSWORD},
    )
    assert response.headers["Location"] == "/vacancies/"


def test_bootstrap_admin_creates_admin_once_and_password_logs_in(client, db):
    created = users.bootstrap_admin(db)
    assert created is not None
    username, password = created
    assert users.bootstrap_admin(db) is None
    assert users.get_user_by_name(db, username)["role"] == "admin"
    response = client.post("/auth/login", data={"username": username, "password": password})
    assert response.status_code == 302


def test_bootstrap_admin_does_nothing_when_users_exist(db, make_user):
    make_user("reviewer")
    assert users.bootstrap_admin(db) is None
    assert users.get_user_by_name(db, "admin") is None


def test_logout_ends_session_and_is_audited(client, db, login):
    name = login("admin")
    client.post("/auth/logout")
    assert client.get("/").status_code == 302
    last = next(db.query("SELECT * FROM audit_events ORDER BY id DESC LIMIT 1"))
    assert (last["actor"], last["action"]) == (name, "logout")
