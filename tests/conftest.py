"""Shared fixtures: an app on a temporary instance, its client, runner and database."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from screener import create_app
from screener.storage import now_iso, open_db, users
from screener.storage.candidates import create_candidate, record_notice
from screener.storage.profiles import save_profile
from screener.storage.reviews import decide
from screener.storage.vacancies import create_vacancy

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


@functools.cache
def _password_hash() -> str:
    """``PASSWORD`` hashed once per test session (scrypt is slow on purpose)."""
    from screener.web.auth import hash_password

    return hash_password(PASSWORD)


@pytest.fixture
def make_user(app, db):
    """Create a user with a role; returns the username (password is ``PASSWORD``)."""

    def _make(role: str, username: str | None = None) -> str:
        name = username or f"{role}-user"
        if users.get_user_by_name(db, name) is None:
            users.create_user(db, name, _password_hash(), role)
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


# --------------------------------------------------------------------------- reviewed data
# A screened candidate with findings in every review state, for reports and pages.

CONFIRMED = "Mijn baas is een complete idioot 😡 en mijn collega’s ook"
DISMISSED = "Wat een idioot weer, zei hij ironisch dismissedmarker"
OPEN = "Deze klant is echt waardeloos openmarker"


def _post(db, candidate_id, post_id, text, when):
    return db.execute(
        "INSERT INTO posts (candidate_id, platform, post_id, created_at, text, url)"
        " VALUES (?, 'x', ?, ?, ?, ?)",
        [candidate_id, post_id, when, text, f"https://x.com/kandidaat/status/{post_id}"],
    ).lastrowid


def _finding(db, candidate_id, post_pk, text, word, category="insult", severity="medium"):
    start = text.index(word)
    evidence = [{"start": start, "end": start + len(word), "text": word}]
    return db.execute(
        "INSERT INTO findings (candidate_id, post_pk, category, severity, rule, evidence,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            candidate_id,
            post_pk,
            category,
            severity,
            f"{category}.test",
            json.dumps(evidence),
            now_iso(),
        ],
    ).lastrowid


@pytest.fixture
def screened(db, make_user):
    """A vacancy with profile, one candidate with posts, findings in every review state."""
    reviewer = users.get_user_by_name(db, make_user("reviewer"))
    vacancy = create_vacancy(db, "Teamleider Logistiek", user_id=reviewer["id"])
    save_profile(
        db,
        vacancy,
        categories=["insult", "complaint"],
        reasons={"insult": "Klantcontact vraagt respect", "complaint": "Teamrol"},
        platforms=["x", "linkedin"],
        user_id=reviewer["id"],
    )
    candidate = create_candidate(db, vacancy, "Eva de Vries", user_id=reviewer["id"])
    record_notice(db, candidate, at="2026-11-01", method="email", user_id=reviewer["id"])
    confirmed = _finding(
        db,
        candidate,
        _post(db, candidate, "1", CONFIRMED, "2024-03-02T10:00:00+00:00"),
        CONFIRMED,
        "idioot",
    )
    dismissed = _finding(
        db,
        candidate,
        _post(db, candidate, "2", DISMISSED, "2024-04-02T10:00:00+00:00"),
        DISMISSED,
        "idioot",
    )
    _finding(
        db,
        candidate,
        _post(db, candidate, "3", OPEN, "2024-05-02T10:00:00+00:00"),
        OPEN,
        "waardeloos",
        category="complaint",
        severity="low",
    )
    decide(db, confirmed, action="confirm", user=reviewer, note="Gericht op leidinggevende")
    decide(db, dismissed, action="dismiss", user=reviewer, reason="irony")
    db.execute(
        "INSERT INTO screenings (candidate_id, patterns, excluded, network, lexicon_versions,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        [
            candidate,
            json.dumps(
                {
                    "complaint": {
                        "flagged": False,
                        "posts_considered": 3,
                        "complaint_posts": 1,
                        "share": 0.33,
                        "lower_bound": 0.06,
                        "months_active": 1,
                        "trend": "stable",
                        "targets": [{"target": "klant", "count": 1}],
                        "post_ids": ["3"],
                    }
                }
            ),
            json.dumps({"sensitive": 2, "protected_complaints": 1, "outside_lookback": 0}),
            json.dumps({"candidate_connections": 120, "shared_count": 7, "shared": []}),
            json.dumps({"nl/insult": "2026.11.1"}),
            now_iso(),
        ],
    )
    db.execute(
        "INSERT INTO claims (candidate_id, text, kind, verdict, evidence, created_at)"
        " VALUES (?, 'netwerk in de logistiek', 'sector', 'supported', ?, ?)",
        [candidate, json.dumps({"summary": "7 gedeelde connecties in logistiek"}), now_iso()],
    )
    return {"candidate": candidate, "vacancy": vacancy, "reviewer": reviewer}


# --------------------------------------------------------------------------- pipeline
# Real-format LinkedIn exports written on the fly (the pipeline and job tests).

LINKEDIN_SHARES_HEADER = "Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility\n"


def _csv_field(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


@pytest.fixture
def write_shares():
    """``write_shares(path, [(datetime, text), ...])`` writes a 2022+ LinkedIn Shares.csv."""

    def _write(path: Path, posts) -> Path:
        lines = [LINKEDIN_SHARES_HEADER]
        for i, (when, text) in enumerate(posts):
            link = f"https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{7000000000 + i}"
            lines.append(f"{when:%Y-%m-%d %H:%M:%S},{link},{_csv_field(text)},,,MEMBER_NETWORK\n")
        path.write_text("".join(lines), encoding="utf-8")
        return path

    return _write


@pytest.fixture
def write_connections():
    """``write_connections(path, [(first, last, company, date), ...])``: Connections.csv."""

    def _write(path: Path, people) -> Path:
        lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"]
        for first, last, company, when in people:
            slug = f"{first}-{last}".lower().replace(" ", "-")
            lines.append(
                f"{first},{last},https://www.linkedin.com/in/{slug},,{_csv_field(company)},"
                f"Medewerker,{when:%d %b %Y}\n"
            )
        path.write_text("".join(lines), encoding="utf-8")
        return path

    return _write


@pytest.fixture
def screening_candidate(db):
    """A vacancy with a profile and a candidate who was told about the screening."""
    from screener.storage import vacancies

    categories = ["complaint", "insult", "threat", "harassment", "hate"]
    vacancy_id = vacancies.create_vacancy(db, "Teamleider logistiek")
    vacancies.save_profile(
        db,
        vacancy_id,
        categories=categories,
        reasons={c: "Leidinggevende functie met klantcontact." for c in categories},
        platforms=["linkedin", "x", "facebook", "mastodon", "instagram", "generic"],
    )
    candidate_id = vacancies.create_candidate(db, vacancy_id, "Sanne de Vries")
    vacancies.record_notice(db, candidate_id, at="2026-11-01", method="email", user_id=None)
    return candidate_id


# --------------------------------------------------------------------------- workflow
# Findings as the screening job writes them (a post row and a finding row with evidence
# offsets into the post), for the review, comparison and role tests.


@pytest.fixture
def add_finding(db):
    """``add_finding(candidate_id, text, word, category=..., severity=..., when=...)``
    inserts a post and one finding whose evidence marks ``word``; returns the finding id."""
    counter = iter(range(1, 1_000_000))

    def _add(
        candidate_id: int,
        text: str,
        word: str,
        *,
        category: str = "insult",
        severity: str = "medium",
        when: str = "2024-03-02T10:00:00+00:00",
        rule: str | None = None,
    ) -> int:
        post_pk = _post(db, candidate_id, f"wf-{candidate_id}-{next(counter)}", text, when)
        finding_id = _finding(db, candidate_id, post_pk, text, word, category, severity)
        if rule:
            db.execute("UPDATE findings SET rule = ? WHERE id = ?", [rule, finding_id])
        return finding_id

    return _add


def pytest_collection_modifyitems(config, items):
    """Skip ``@pytest.mark.slow`` tests unless selected with ``-m slow`` (pyproject markers)."""
    if "slow" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="slow: run with -m slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
