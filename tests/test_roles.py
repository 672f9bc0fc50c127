"""Route x role x expected status, for EVERY route the app registers.

The expectation comes from each view's ``allowed_roles`` (set by ``require_roles``): an
anonymous visitor is sent to the log-in page, a role outside the set gets 403, a role in
it gets anything but 403. A view without ``allowed_roles`` fails the test, so a new
route cannot ship without a server-side role check. Object-level rules (a hiring
manager only sees vacancies they are assigned to) have their own table below.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pytest
from conftest import make_app
from werkzeug.security import generate_password_hash

from screener.storage import now_iso, users, vacancies

EXEMPT = {"auth.login", "auth.logout", "static", "set_language"}
ROLES = ("admin", "reviewer", "hiring_manager")
CHEAP_HASH = "scrypt:1024:8:1"  # the route table logs in dozens of times; strength is moot


def _routes() -> list[tuple[str, str, str]]:
    """Every (endpoint, rule, method) of a freshly built app, for parametrisation."""
    with tempfile.TemporaryDirectory(prefix="screener-routes-") as tmp:
        app = make_app(Path(tmp))
        found = [
            (rule.endpoint, rule.rule, method)
            for rule in app.url_map.iter_rules()
            if rule.endpoint not in EXEMPT
            for method in sorted(rule.methods - {"HEAD", "OPTIONS"})
        ]
    return sorted(found)


ROUTES = _routes()


def _seed(db) -> dict[str, int]:
    """One of everything a URL can point at, with the hiring manager assigned."""
    ids = {}
    for role in ROLES:
        ids[role] = users.create_user(
            db, f"{role}-user", generate_password_hash("x", method=CHEAP_HASH), role
        )
    ids["user_id"] = users.create_user(
        db, "spare-user", generate_password_hash("x", method=CHEAP_HASH), "reviewer"
    )
    vacancy = vacancies.create_vacancy(db, "Planner", user_id=ids["admin"])
    vacancies.save_profile(
        db,
        vacancy,
        categories=["insult"],
        reasons={"insult": "Klantcontact"},
        platforms=["x"],
        user_id=ids["admin"],
    )
    vacancies.assign_manager(db, vacancy, ids["hiring_manager"])
    candidate = vacancies.create_candidate(db, vacancy, "Jan", user_id=ids["admin"])
    vacancies.record_notice(db, candidate, at="2026-11-01", method="email", user_id=ids["admin"])
    post = db.execute(
        "INSERT INTO posts (candidate_id, platform, post_id, created_at, text)"
        " VALUES (?, 'x', '1', '2024-01-01T00:00:00+00:00', 'Wat een sukkel')",
        [candidate],
    ).lastrowid
    finding = db.execute(
        "INSERT INTO findings (candidate_id, post_pk, category, severity, rule, evidence,"
        " created_at) VALUES (?, ?, 'insult', 'medium', 'insult.test',"
        ' \'[{"start": 8, "end": 14, "text": "sukkel"}]\', ?)',
        [candidate, post, now_iso()],
    ).lastrowid
    upload = db.execute(
        "INSERT INTO uploads (candidate_id, filename, status, created_at)"
        " VALUES (?, 'export.zip', 'done', ?)",
        [candidate, now_iso()],
    ).lastrowid
    member = db.execute(
        "INSERT INTO org_members (name, opt_in_at, added_at) VALUES ('Medewerker', ?, ?)",
        [now_iso(), now_iso()],
    ).lastrowid
    claim = db.execute(
        "INSERT INTO claims (candidate_id, text, kind, created_at)"
        " VALUES (?, 'netwerk in de logistiek', 'sector', ?)",
        [candidate, now_iso()],
    ).lastrowid
    ids.update(
        vacancy_id=vacancy,
        candidate_id=candidate,
        finding_id=finding,
        upload_id=upload,
        member_id=member,
        claim_id=claim,
    )
    return ids


def _url(app, rule_text: str, ids: dict[str, int]) -> str:
    rule = next(r for r in app.url_map.iter_rules() if r.rule == rule_text)
    missing = rule.arguments - ids.keys()
    assert not missing, f"{rule_text}: add a fixture id for {sorted(missing)} in _seed()"
    values = {arg: ids[arg] for arg in rule.arguments}
    if "filename" in values:
        values["filename"] = "style.css"
    return rule.build(values, append_unknown=False)[1]


def _as(client, user_id: int | None) -> None:
    with client.session_transaction() as session:
        session.clear()
        if user_id is not None:
            now = time.time()
            session.update(user_id=user_id, login_at=now, seen=now)


@pytest.mark.parametrize(("endpoint", "rule", "method"), ROUTES, ids=lambda v: str(v))
def test_route_checks_role_on_server(app, db, endpoint, rule, method):
    view = app.view_functions[endpoint]
    assert hasattr(view, "allowed_roles"), f"{endpoint} has no @require_roles(...)"
    allowed = set(view.allowed_roles) or set(ROLES)
    ids = _seed(db)
    client = app.test_client()
    url = _url(app, rule, ids)
    call = getattr(client, method.lower())

    _as(client, None)
    response = call(url)
    assert response.status_code == 302, (endpoint, "anonymous", response.status_code)
    assert "/auth/login" in response.headers["Location"]

    # Forbidden roles first, so an allowed role's side effects cannot hide a missing check.
    for role in sorted(ROLES, key=lambda r: r in allowed):
        _as(client, ids[role])
        response = call(url)
        if role in allowed:
            assert response.status_code not in (401, 403), (endpoint, role, response.status_code)
            assert response.status_code < 500, (endpoint, role, response.status_code)
        else:
            assert response.status_code == 403, (endpoint, role, response.status_code)
        response.close()


def test_route_table_covers_workflow_routes():
    endpoints = {endpoint for endpoint, _rule, _method in ROUTES}
    for name in (
        "main.index",
        "vacancies.index",
        "vacancies.show",
        "vacancies.profile",
        "vacancies.candidate_notice",
        "review.queue",
        "review.decide",
        "compare.show",
        "compare.show_json",
        "admin.users",
        "admin.audit",
    ):
        assert name in endpoints


# --------------------------------------------------------------------------- object level
# (method, url template, role, assigned?, expected status): the vacancy-level rules.

OBJECT_TABLE = [
    ("GET", "/vacancies/{vacancy_id}", "hiring_manager", True, 200),
    ("GET", "/vacancies/{vacancy_id}", "hiring_manager", False, 403),
    ("GET", "/vacancies/{vacancy_id}.json", "hiring_manager", False, 403),
    ("GET", "/vacancies/{vacancy_id}/compare", "hiring_manager", True, 200),
    ("GET", "/vacancies/{vacancy_id}/compare", "hiring_manager", False, 403),
    ("GET", "/vacancies/{vacancy_id}/compare.json", "hiring_manager", False, 403),
    ("GET", "/vacancies/{vacancy_id}/profile", "hiring_manager", True, 403),
    ("GET", "/candidates/{candidate_id}/review", "hiring_manager", True, 403),
    ("GET", "/candidates/{candidate_id}/notice", "hiring_manager", True, 403),
    ("POST", "/findings/{finding_id}/decide", "hiring_manager", True, 403),
    ("GET", "/admin/users", "reviewer", False, 403),
    ("GET", "/admin/audit", "reviewer", False, 403),
    ("GET", "/vacancies/{vacancy_id}", "reviewer", False, 200),
    ("GET", "/candidates/{candidate_id}/review", "reviewer", False, 200),
    ("GET", "/admin/audit", "admin", False, 200),
    ("GET", "/vacancies/999", "reviewer", False, 404),
    ("GET", "/candidates/999/review", "reviewer", False, 404),
]


@pytest.mark.parametrize(("method", "template", "role", "assigned", "expected"), OBJECT_TABLE)
def test_vacancy_level_access(app, db, method, template, role, assigned, expected):
    ids = _seed(db)
    if not assigned and role == "hiring_manager":
        db.execute("DELETE FROM vacancy_managers")
    client = app.test_client()
    _as(client, ids[role])
    response = getattr(client, method.lower())(template.format(**ids))
    assert response.status_code == expected


def test_hiring_manager_lists_only_assigned_vacancies(app, db):
    ids = _seed(db)
    other = vacancies.create_vacancy(db, "Niet toegewezen")
    client = app.test_client()
    _as(client, ids["hiring_manager"])
    titles = {v["title"] for v in client.get("/vacancies.json").get_json()["vacancies"]}
    assert titles == {"Planner"}
    _as(client, ids["reviewer"])
    titles = {v["title"] for v in client.get("/vacancies.json").get_json()["vacancies"]}
    assert titles == {"Planner", "Niet toegewezen"}
    assert other


HM_SCOPED = [
    (endpoint, rule, method)
    for endpoint, rule, method in ROUTES
    if ("<int:vacancy_id>" in rule or "<int:candidate_id>" in rule or "<int:finding_id>" in rule)
]


@pytest.mark.parametrize(("endpoint", "rule", "method"), HM_SCOPED, ids=lambda v: str(v))
def test_unassigned_hiring_manager_is_refused_on_vacancy_routes(app, db, endpoint, rule, method):
    # Every route about a vacancy, candidate or finding refuses a hiring manager who is not
    # assigned to that vacancy, whatever blueprint it lives in.
    ids = _seed(db)
    db.execute("DELETE FROM vacancy_managers")
    client = app.test_client()
    _as(client, ids["hiring_manager"])
    response = getattr(client, method.lower())(_url(app, rule, ids))
    assert response.status_code in (403, 404), (endpoint, response.status_code)
