"""``screener demo``: the shipped demo loads, screens its candidates and loads only once."""

from __future__ import annotations

import json

import pytest

from screener.demo import DATA, demo_vacancy, install_demo
from screener.storage import vacancies

MANIFEST = json.loads((DATA / "demo.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    """The demo loaded once into a fresh instance (screening takes a while)."""
    from conftest import make_app

    from screener.storage import open_db

    app = make_app(tmp_path_factory.mktemp("demo"))
    db = open_db(app.config["DATABASE"])
    result = install_demo(db, dict(app.config), user="system")
    yield app, db, result
    db.close()


def test_demo_loads_vacancy_profile_org_and_screened_candidates(loaded):
    _app, db, result = loaded
    assert result.created and len(result.candidates) == len(MANIFEST["candidates"])
    profile = vacancies.get_profile(db, result.vacancy_id)
    assert profile["categories"] == MANIFEST["profile"]["categories"]
    members = next(db.query("SELECT count(*) AS n FROM org_members"))["n"]
    assert members == len(MANIFEST["employees"])
    for candidate_id, person in zip(result.candidates, MANIFEST["candidates"], strict=True):
        row = vacancies.get_candidate(db, candidate_id)
        assert row["name"] == person["name"] and row["screening_status"] == "done"
        assert row["notice_at"] and row["notice_method"] == person["notice"]["method"]
        uploads = list(db.query("SELECT * FROM uploads WHERE candidate_id = ?", [candidate_id]))
        assert [u["status"] for u in uploads] == ["done"] * len(person["exports"])
        assert all(u["stored_name"] is None for u in uploads)
        claims = list(db.query("SELECT * FROM claims WHERE candidate_id = ?", [candidate_id]))
        assert [c["text"] for c in claims] == person["claims"]


def test_demo_claims_and_findings_follow_the_story(loaded):
    _app, db, result = loaded
    for candidate_id, person in zip(result.candidates, MANIFEST["candidates"], strict=True):
        expected = person["expected"]
        categories = {
            r["category"]
            for r in db.query(
                "SELECT category FROM findings WHERE candidate_id = ?", [candidate_id]
            )
        }
        assert not categories & set(expected["must_not_have_categories"]), person["name"]
        screening = next(
            db.query("SELECT * FROM screenings WHERE candidate_id = ?", [candidate_id])
        )
        network = json.loads(screening["network"])
        assert network["shared_count"] >= expected["shared_by_url"], person["name"]
        verdicts = {
            r["text"]: r["verdict"]
            for r in db.query(
                "SELECT text, verdict FROM claims WHERE candidate_id = ?", [candidate_id]
            )
        }
        for text, intent in expected["claims"].items():
            if intent.startswith("supported"):
                assert verdicts[text] == "supported", (text, verdicts[text])
            if intent.startswith("not supported ("):
                assert verdicts[text] == "not supported", (text, verdicts[text])


def test_demo_second_load_is_a_noop_and_manager_sees_the_vacancy(loaded):
    app, db, result = loaded
    counts = {t: db[t].count for t in ("vacancies", "candidates", "posts", "findings", "users")}
    again = install_demo(db, dict(app.config), user="system")
    assert not again.created and again.vacancy_id == result.vacancy_id
    assert {t: db[t].count for t in counts} == counts
    assert demo_vacancy(db) == result.vacancy_id
    assert result.manager and result.manager[0] == "manager"
    managers = vacancies.list_managers(db, result.vacancy_id)
    assert [m["username"] for m in managers] == ["manager"]


def test_demo_command_reports_already_loaded(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from screener.cli import main

    monkeypatch.setenv("SCREENER_INSTANCE", str(tmp_path / "instance"))
    from screener.settings import ensure_instance, load_settings
    from screener.storage import open_db

    cfg = ensure_instance(load_settings())
    db = open_db(cfg["DATABASE"])
    db.execute("INSERT INTO vacancies (title, created_at) VALUES ('Demo', '2026-01-01')")
    db.execute("INSERT INTO settings (key, value) VALUES ('demo.vacancy_id', '1')")
    db.close()
    result = CliRunner().invoke(main, ["demo"])
    assert result.exit_code == 0 and "already loaded" in result.stdout
