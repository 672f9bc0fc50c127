"""Posts, connections and uploads storage: one transaction per import, idempotent re-import."""

from __future__ import annotations

import dataclasses
import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from screener.errors import ValidationError
from screener.ingest import parse_export
from screener.records import Connection, ExportBundle, Post
from screener.screening import accept_upload, upload_progress
from screener.screening.uploads import display_name, require_uploadable
from screener.storage import posts, vacancies
from screener.storage.findings import load_screening, save_screening


@pytest.fixture
def candidate(db):
    vacancy_id = vacancies.create_vacancy(db, "Planner")
    vacancies.save_profile(
        db,
        vacancy_id,
        categories=["complaint", "threat"],
        reasons={"complaint": "Klantcontact.", "threat": "Veiligheid."},
        platforms=["linkedin", "x"],
    )
    candidate_id = vacancies.create_candidate(db, vacancy_id, "Sanne de Vries")
    vacancies.record_notice(db, candidate_id, at="2026-11-01", method="email", user_id=None)
    return candidate_id


@pytest.fixture
def linkedin_bundle(data_dir) -> ExportBundle:
    shares = parse_export(data_dir / "linkedin" / "shares_2022_multiline.csv")
    conns = parse_export(data_dir / "linkedin" / "connections_2024_url.csv")
    return ExportBundle(
        source="linkedin",
        platforms=("linkedin",),
        posts=shares.posts,
        connections=conns.connections,
    )


def _count(db, table, candidate_id):
    return next(
        db.query(f"SELECT count(*) AS n FROM {table} WHERE candidate_id = ?", [candidate_id])
    )["n"]


def test_save_bundle_stores_parsed_posts_and_connections(db, candidate, linkedin_bundle):
    upload_id = posts.create_upload(db, candidate, filename="Shares.csv", stored_name=None)
    counts = posts.save_bundle(db, candidate, upload_id, linkedin_bundle)
    assert counts["posts"] == len(linkedin_bundle.posts) > 0
    assert counts["connections"] == len(linkedin_bundle.connections) > 0
    stored = posts.load_posts(db, candidate)
    assert {p.id for p in stored} == {p.id for p in linkedin_bundle.posts}
    by_id = {p.id: p for p in linkedin_bundle.posts}
    for post in stored:
        assert post.text == by_id[post.id].text
        assert post.created_at == by_id[post.id].created_at
    assert posts.load_connections(db, candidate) == list(linkedin_bundle.connections)


def test_save_bundle_reimport_is_idempotent(db, candidate, linkedin_bundle):
    first = posts.create_upload(db, candidate, filename="a", stored_name=None)
    second = posts.create_upload(db, candidate, filename="b", stored_name=None)
    posts.save_bundle(db, candidate, first, linkedin_bundle)
    again = posts.save_bundle(db, candidate, second, linkedin_bundle)
    assert again["posts"] == 0 and again["connections"] == 0
    assert again["duplicates"] == len(linkedin_bundle.posts) + len(linkedin_bundle.connections)
    assert _count(db, "posts", candidate) == len(linkedin_bundle.posts)
    assert _count(db, "connections", candidate) == len(linkedin_bundle.connections)


def test_save_bundle_failure_midway_leaves_no_rows(db, candidate, linkedin_bundle):
    upload_id = posts.create_upload(db, candidate, filename="a", stored_name=None)
    # A connection that violates NOT NULL (name) fails after every post was inserted.
    broken = dataclasses.replace(linkedin_bundle.connections[0], name=None)
    bundle = dataclasses.replace(
        linkedin_bundle, connections=(*linkedin_bundle.connections, broken)
    )
    with pytest.raises(Exception, match="NOT NULL"):
        posts.save_bundle(db, candidate, upload_id, bundle)
    assert _count(db, "posts", candidate) == 0
    assert _count(db, "connections", candidate) == 0
    assert not list(db.query("SELECT rowid FROM posts_fts"))


def test_save_bundle_skips_platforms_the_profile_excludes(db, candidate):
    when = datetime(2025, 5, 1, tzinfo=UTC)
    bundle = ExportBundle(
        source="mixed",
        posts=(Post("x", "1", when, "Hallo"), Post("facebook", "2", when, "Privé")),
        connections=(Connection("facebook", "Jan Jansen", connected_on=date(2020, 1, 1)),),
    )
    counts = posts.save_bundle(db, candidate, None, bundle, platforms=["linkedin", "x"])
    assert counts == {"posts": 1, "connections": 0, "duplicates": 0, "not_allowed": 2}
    assert [p.platform for p in posts.load_posts(db, candidate)] == ["x"]


def test_connection_key_distinguishes_people_and_ignores_url_case():
    a = Connection("linkedin", "Jan", profile_url="https://www.linkedin.com/in/jan/")
    b = Connection("linkedin", "Jan J.", profile_url="https://WWW.linkedin.com/in/jan")
    c = Connection("linkedin", "Jan", profile_url="https://www.linkedin.com/in/jan-2")
    assert posts.connection_key(a) == posts.connection_key(b)
    assert posts.connection_key(a) != posts.connection_key(c)


def test_upload_progress_reports_status_counts_and_eta(db, candidate):
    upload_id = posts.create_upload(db, candidate, filename="x.zip", stored_name=None)
    state = upload_progress(db, upload_id)
    assert state["status"] == "queued" and state["done"] == 0 and state["eta_seconds"] is None
    db.execute(
        "UPDATE uploads SET status = 'analysing', started_at = '2020-01-01T00:00:00+00:00'"
        " WHERE id = ?",
        [upload_id],
    )
    posts.set_upload_progress(db, upload_id, done=250, total=1000, stage="analysing")
    state = upload_progress(db, upload_id)
    assert (state["stage"], state["done"], state["total"]) == ("analysing", 250, 1000)
    assert state["eta_seconds"] > 0
    posts.set_upload_status(db, upload_id, "failed", error="Kapot bestand")
    state = upload_progress(db, upload_id)
    assert state["status"] == "failed" and state["error"] == "Kapot bestand"


def test_claim_upload_takes_a_queued_upload_once(db, candidate):
    upload_id = posts.create_upload(db, candidate, filename="x.zip", stored_name=None)
    past = "2000-01-01T00:00:00+00:00"
    claimed = posts.claim_upload(db, upload_id, stale_before=past, worker="h:1")
    assert claimed["status"] == "parsing"
    # A second delivery of the same task while the first worker is alive: no-op.
    assert posts.claim_upload(db, upload_id, stale_before=past, worker="h:2") is None
    # ... unless that worker is known to be dead.
    again = posts.claim_upload(db, upload_id, stale_before=past, worker="h:2", dead_workers=["h:1"])
    assert again["status"] == "parsing" and again["attempts"] == 1


def test_require_uploadable_refuses_without_notice(db, candidate):
    vacancy_id = vacancies.get_candidate(db, candidate)["vacancy_id"]
    other = vacancies.create_candidate(db, vacancy_id, "Zonder Bericht")
    with pytest.raises(ValidationError, match="geïnformeerd"):
        require_uploadable(db, other)
    assert require_uploadable(db, candidate)[0]["id"] == candidate


def test_display_name_never_keeps_a_path():
    assert display_name("C:\\Users\\x\\twitter-2024.zip") == "twitter-2024.zip"
    assert display_name("") == "upload"


def test_screening_row_round_trips_and_defaults(db, candidate):
    assert load_screening(db, candidate)["updated_at"] is None
    save_screening(db, candidate, {"profile_version": 2, "excluded": {"sensitive": 3}})
    row = load_screening(db, candidate)
    assert row["profile_version"] == 2 and row["excluded"] == {"sensitive": 3}


def test_accept_upload_refuses_oversized_file_and_leaves_nothing(app, db, candidate):
    cfg = dict(app.config, MAX_UPLOAD_BYTES=10)
    with pytest.raises(ValidationError):
        accept_upload(db, cfg, candidate, "big.zip", io.BytesIO(b"x" * 100), user="system")
    assert not list(db.query("SELECT id FROM uploads"))
    assert not any(Path(app.config["UPLOADS"]).iterdir())
