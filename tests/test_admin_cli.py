"""``screener user ...``, ``screener audit verify``, ``screener init`` and the users page."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from screener import audit
from screener.cli import main
from screener.storage import open_db, users


@pytest.fixture
def instance(tmp_path, monkeypatch):
    path = tmp_path / "cli-instance"
    monkeypatch.setenv("SCREENER_INSTANCE", str(path))
    return path


def _run(*args, stdin=None):
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def _db(instance):
    return open_db(instance / "screener.sqlite3")


def test_init_prints_first_admin_once(instance):
    first = _run("init")
    assert first.exit_code == 0 and "First start: log in as 'admin' with password" in first.output
    password = first.output.split("with password '")[1].split("'")[0]
    again = _run("init")
    assert again.exit_code == 0 and "First start" not in again.output
    db = _db(instance)
    assert users.check_password(users.get_user_by_name(db, "admin")["password_hash"], password)


def test_user_add_with_password_stdin_then_list(instance):
    result = _run(
        "user",
        "add",
        "anna",
        "--role",
        "reviewer",
        "--password-stdin",
        stdin="een goed wachtwoord\n",
    )
    assert result.exit_code == 0, result.output
    db = _db(instance)
    user = users.get_user_by_name(db, "anna")
    assert user["role"] == "reviewer"
    assert users.check_password(user["password_hash"], "een goed wachtwoord")
    listed = _run("user", "list")
    assert "anna\treviewer\tactive" in listed.output
    last = next(db.query("SELECT * FROM audit_events ORDER BY id DESC LIMIT 1"))
    assert (last["actor"], last["action"]) == ("cli", "user.create")


def test_user_add_prompts_twice_without_stdin_flag(instance):
    result = _run(
        "user", "add", "bob", "--role", "hiring_manager", stdin="lang genoeg!!\nlang genoeg!!\n"
    )
    assert result.exit_code == 0, result.output
    assert users.get_user_by_name(_db(instance), "bob")["role"] == "hiring_manager"


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["user", "add", "kort", "--role", "reviewer", "--password-stdin"], "kort\n", "10 tekens"),
        (["user", "add", "x", "--role", "boss", "--password-stdin"], "lang genoeg!!\n", "boss"),
    ],
)
def test_user_add_rejects_bad_input(instance, args, stdin, message):
    result = _run(*args, stdin=stdin)
    assert result.exit_code != 0 and message in result.output
    database = instance / "screener.sqlite3"
    assert not database.exists() or users.count_users(_db(instance)) == 0


def test_user_add_refuses_duplicate_name(instance):
    _run(
        "user",
        "add",
        "anna",
        "--role",
        "reviewer",
        "--password-stdin",
        stdin="een goed wachtwoord\n",
    )
    result = _run(
        "user", "add", "ANNA", "--role", "admin", "--password-stdin", stdin="een goed wachtwoord\n"
    )
    assert result.exit_code == 1 and "bestaat al" in result.output


def test_audit_verify_exit_status_and_names_broken_event(instance):
    _run("init")
    db = _db(instance)
    for i in range(3):
        audit.record(db, "cli", "test.event", detail={"i": i})
    ok = _run("audit", "verify")
    assert ok.exit_code == 0 and "4 events verified" in ok.output
    target = next(
        db.query("SELECT id FROM audit_events WHERE action = 'test.event' LIMIT 1 OFFSET 1")
    )["id"]
    db.execute("UPDATE audit_events SET detail = '{\"i\": 42}' WHERE id = ?", [target])
    broken = CliRunner().invoke(main, ["audit", "verify"])
    assert broken.exit_code == 1
    assert f"Audit chain broken at event {target} (test.event" in broken.output


def test_every_admin_command_has_help_with_example(instance):
    for args in (["user", "add"], ["user", "list"], ["audit", "verify"], ["user"], ["audit"]):
        result = _run(*args, "--help")
        assert result.exit_code == 0 and "Example:" in result.output


# --------------------------------------------------------------------------- users page


def _errors(response) -> str:
    return " ".join(
        e.get_text() for e in BeautifulSoup(response.data, "html.parser").select(".errors")
    )


def test_users_page_creates_user(client, login, db):
    login("admin")
    response = client.post(
        "/admin/users",
        data={
            "username": "nina",
            "role": "hiring_manager",
            "password": "een goed wachtwoord",
            "confirm": "een goed wachtwoord",
            "display_name": "Nina K.",
        },
    )
    assert response.status_code == 302
    user = users.get_user_by_name(db, "nina")
    assert (user["role"], user["display_name"]) == ("hiring_manager", "Nina K.")
    assert users.check_password(user["password_hash"], "een goed wachtwoord")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"username": "", "password": "een goed wachtwoord", "confirm": "een goed wachtwoord"},
            "veld",
        ),
        ({"username": "nina", "password": "kort", "confirm": "kort"}, "10"),
        (
            {"username": "nina", "password": "een goed wachtwoord", "confirm": "anders"},
            "niet gelijk",
        ),
        (
            {
                "username": "ni na",
                "password": "een goed wachtwoord",
                "confirm": "een goed wachtwoord",
            },
            "Alleen",
        ),
        (
            {
                "username": "admin-user",
                "password": "een goed wachtwoord",
                "confirm": "een goed wachtwoord",
            },
            "bestaat al",
        ),
        (
            {
                "username": "nina",
                "role": "god",
                "password": "een goed wachtwoord",
                "confirm": "een goed wachtwoord",
            },
            "keuze",
        ),
    ],
)
def test_users_form_rejects_bad_input(client, login, db, data, message):
    login("admin")
    before = users.count_users(db)
    response = client.post("/admin/users", data={"role": "reviewer", **data})
    assert response.status_code == 400
    assert message.lower() in _errors(response).lower()
    assert users.count_users(db) == before


def test_deactivate_role_and_password_actions(client, login, db, make_user):
    target = users.get_user_by_name(db, make_user("reviewer"))
    login("admin")
    client.post(f"/admin/users/{target['id']}/role", data={"role": "hiring_manager"})
    assert users.get_user_by_name(db, target["username"])["role"] == "hiring_manager"
    client.post(f"/admin/users/{target['id']}/password", data={"password": "nieuw wachtwoord 1"})
    assert users.check_password(
        users.get_user_by_name(db, target["username"])["password_hash"], "nieuw wachtwoord 1"
    )
    client.post(f"/admin/users/{target['id']}/deactivate")
    assert not users.get_user_by_name(db, target["username"])["active"]
    client.post(f"/admin/users/{target['id']}/activate")
    assert users.get_user_by_name(db, target["username"])["active"]
    actions = [
        r["action"] for r in db.query("SELECT action FROM audit_events WHERE action LIKE 'user.%'")
    ]
    assert actions == ["user.role", "user.password", "user.deactivate", "user.activate"]


def test_last_admin_cannot_be_deactivated(client, login, db):
    name = login("admin")
    admin = users.get_user_by_name(db, name)
    response = client.post(f"/admin/users/{admin['id']}/deactivate", follow_redirects=True)
    assert "laatste actieve beheerder" in response.get_data(as_text=True)
    assert users.get_user_by_name(db, name)["active"]


def test_short_password_reset_is_refused(client, login, db, make_user):
    target = users.get_user_by_name(db, make_user("reviewer"))
    login("admin")
    page = client.post(
        f"/admin/users/{target['id']}/password", data={"password": "kort"}, follow_redirects=True
    )
    assert "10" in page.get_data(as_text=True)
    assert (
        users.get_user_by_name(db, target["username"])["password_hash"] == target["password_hash"]
    )


def test_role_form_rejects_unknown_role(client, login, db, make_user):
    target = users.get_user_by_name(db, make_user("reviewer"))
    login("admin")
    page = client.post(
        f"/admin/users/{target['id']}/role", data={"role": "god"}, follow_redirects=True
    )
    assert "Kies een geldige rol" in page.get_data(as_text=True)
    assert users.get_user_by_name(db, target["username"])["role"] == "reviewer"
