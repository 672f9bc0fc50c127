"""Shared fixtures: an app on a temporary instance, its client, runner and database."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener import create_app
from screener.storage import open_db, users

DATA = Path(__file__).parent / "data"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def data_dir() -> Path:
    """``tests/data``: small files in each platform's exact export format."""
    return DATA


def make_app(tmp_path: Path, **overrides):
    """An app on a fresh instance under ``tmp_path``; CSRF off unless overridden."""
    config = {
        "INSTANCE": tmp_path / "instance",
        "TESTING": True,
        "QUEUE_IMMEDIATE": True,
        "SECRET_KEY": "test-secret",
        "WTF_CSRF_ENABLED": False,
    }
    config.update(overrides)
    return create_app(config)


@pytest.fixture
def app(tmp_path):
    return make_app(tmp_path)


@pytest.fixture
def csrf_app(tmp_path):
    """The app with CSRF protection on, as in production."""
    return make_app(tmp_path, WTF_CSRF_ENABLED=True)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def db(app):
    database = open_db(app.config["DATABASE"])
    yield database
    database.close()


@pytest.fixture
def make_user(app, db):
    """Create a user with a role; returns the username (password is ``PASSWORD``)."""
    from screener.web.auth import hash_password

    def _make(role: str, username: str | None = None) -> str:
        name = username or f"{role}-user"
        if users.get_user_by_name(db, name) is None:
            users.create_user(db, name, hash_password(PASSWORD), role)
        return name

    return _make


@pytest.fixture
def login(client, make_user):
    """Log the test client in with a role: ``login("reviewer")``. Returns the username."""

    def _login(role: str, username: str | None = None) -> str:
        name = make_user(role, username)
        client.post("/auth/logout")
        response = client.post("/auth/login", data={"username": name, "password": PASSWORD})
        assert response.status_code == 302, response.data[:500]
        return name

    return _login
