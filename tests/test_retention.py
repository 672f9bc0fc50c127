"""Retention: purge dates, and a purge that leaves no trace of the candidate's text."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from screener import audit, retention
from screener.cli import main
from screener.storage import now_iso, open_db

MARKER = "zqxmarker7731"


def _seed_candidate(db, uploads: Path, *, closed_at: str | None, marker: str = MARKER) -> int:
    """A closed vacancy with one candidate whose data carries ``marker`` everywhere."""
    now = now_iso()
    vacancy = db.execute(
        "INSERT INTO vacancies (title, status, closed_at, created_at) VALUES (?, ?, ?, ?)",
        ["Planner", "closed" if closed_at else "open", closed_at, now],
    ).lastrowid
    db.execute(
        "INSERT INTO profiles (vacancy_id, categories, reasons, platforms, updated_at)"
        " VALUES (?, '[\"insult\"]', '{}', '[\"x\"]', ?)",
        [vacancy, now],
    )
    candidate = db.execute(
        "INSERT INTO candidates (vacancy_id, name, email, created_at) VALUES (?, ?, ?, ?)",
        [vacancy, f"Kandidaat {marker}", f"{marker}@example.org", now],
    ).lastrowid
    stored = f"u-{candidate}-0000"
    (uploads / stored).write_text(f"raw export {marker}")
    upload = db.execute(
        "INSERT INTO uploads (candidate_id, filename, stored_name, status, created_at)"
        " VALUES (?, ?, ?, 'done', ?)",
        [candidate, f"{marker}.zip", stored, now],
    ).lastrowid
    post = db.execute(
        "INSERT INTO posts (candidate_id, upload_id, platform, post_id, created_at, text)"
        " VALUES (?, ?, 'x', '1', ?, ?)",
        [candidate, upload, now, f"mijn baas is een idioot {marker}"],
    ).lastrowid
    db.execute(
        "INSERT INTO connections (candidate_id, platform, name, dedupe_key)"
        " VALUES (?, 'linkedin', ?, ?)",
        [candidate, f"Jan {marker}", f"name:{marker}"],
    )
    finding = db.execute(
        "INSERT INTO findings (candidate_id, post_pk, category, severity, rule, evidence,"
        " note, candidate_explanation, created_at) VALUES (?, ?, 'insult', 'medium', 'r',"
        " ?, ?, ?, ?)",
        [
            candidate,
            post,
            json.dumps([{"start": 0, "end": 5, "text": marker}]),
            f"note {marker}",
            f"uitleg {marker}",
            now,
        ],
    ).lastrowid
    db.execute(
        "INSERT INTO reviews (finding_id, action, note, created_at) VALUES (?, 'confirm', ?, ?)",
        [finding, f"review {marker}", now],
    )
    db.execute(
        "INSERT INTO claims (candidate_id, text, kind, created_at) VALUES (?, ?, 'sector', ?)",
        [candidate, f"netwerk in {marker}", now],
    )
    db.execute(
        "INSERT INTO screenings (candidate_id, patterns, updated_at) VALUES (?, ?, ?)",
        [candidate, json.dumps({"complaint": {"targets": [marker]}}), now],
    )
    audit.record(
        db,
        "reviewer",
        "finding.confirm",
        candidate_id=candidate,
        finding_id=finding,
        detail={"note": f"note {marker}"},
    )
    return candidate


def _all_text(db) -> str:
    chunks = []
    for table in db.table_names():
        for row in db.query(f"SELECT * FROM [{table}]"):
            chunks.extend(str(v) for v in row.values())
    return "\n".join(chunks)


@pytest.mark.parametrize(
    ("closed_at", "weeks", "consent", "expected"),
    [
        (None, 4, None, None),
        ("2026-03-01T10:00:00+00:00", 4, None, date(2026, 3, 29)),
        ("2026-03-01T10:00:00+00:00", 1, None, date(2026, 3, 8)),
        ("2026-03-01T10:00:00+00:00", 4, "2026-09-01", date(2026, 9, 1)),
        ("2026-03-01T10:00:00+00:00", 4, "2029-01-01", date(2027, 3, 1)),
    ],
)
def test_purge_date_follows_profile_and_consent(closed_at, weeks, consent, expected):
    assert retention.purge_date(closed_at, weeks, consent) == expected


def test_purge_leaves_marker_in_no_table_and_no_file(app, tmp_path, monkeypatch):
    instance = Path(app.config["INSTANCE"])
    db = open_db(app.config["DATABASE"])
    gone = _seed_candidate(db, Path(app.config["UPLOADS"]), closed_at="2026-01-01T00:00:00+00:00")
    kept = _seed_candidate(db, Path(app.config["UPLOADS"]), closed_at=None, marker="keepme5150")
    db.close()

    monkeypatch.setenv("SCREENER_INSTANCE", str(instance))
    result = CliRunner().invoke(main, ["purge", "--today", "2026-06-01"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert [r["candidate_id"] for r in report["purged"]] == [gone]
    assert report["purged"][0]["counts"]["posts"] == 1

    db = open_db(app.config["DATABASE"])
    assert MARKER not in _all_text(db)
    assert "keepme5150" in _all_text(db)  # the open vacancy's candidate stays
    assert audit.verify_chain(db) >= 3
    purge_event = next(db.query("SELECT * FROM audit_events WHERE action = 'candidate.purge'"))
    assert purge_event["candidate_id"] == gone
    db.close()
    for path in instance.rglob("*"):
        if path.is_file():
            assert MARKER.encode() not in path.read_bytes(), path
    assert kept


def test_purge_dry_run_deletes_nothing(app, monkeypatch):
    db = open_db(app.config["DATABASE"])
    _seed_candidate(db, Path(app.config["UPLOADS"]), closed_at="2026-01-01T00:00:00+00:00")
    db.close()
    monkeypatch.setenv("SCREENER_INSTANCE", app.config["INSTANCE"])
    result = CliRunner().invoke(main, ["purge", "--dry-run", "--today", "2026-06-01"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["purged"][0]["counts"]["findings"] == 1
    db = open_db(app.config["DATABASE"])
    assert MARKER in _all_text(db)


def test_erasure_request_purges_open_vacancy_candidate(app, monkeypatch):
    db = open_db(app.config["DATABASE"])
    candidate = _seed_candidate(db, Path(app.config["UPLOADS"]), closed_at=None)
    db.close()
    monkeypatch.setenv("SCREENER_INSTANCE", app.config["INSTANCE"])
    result = CliRunner().invoke(main, ["purge", "--candidate", str(candidate)])
    assert result.exit_code == 0, result.output
    db = open_db(app.config["DATABASE"])
    assert MARKER not in _all_text(db)
    event = next(db.query("SELECT detail FROM audit_events WHERE action = 'candidate.purge'"))
    assert json.loads(event["detail"])["reason"] == "erasure"


def test_erasure_of_unknown_candidate_fails_clearly(app, monkeypatch):
    monkeypatch.setenv("SCREENER_INSTANCE", app.config["INSTANCE"])
    result = CliRunner().invoke(main, ["purge", "--candidate", "999"])
    assert result.exit_code == 1
    assert "No candidate with id 999" in result.output


def test_dpia_reports_the_instance_configuration(app, db, screened, monkeypatch):
    monkeypatch.setenv("SCREENER_INSTANCE", app.config["INSTANCE"])
    result = CliRunner().invoke(main, ["dpia"])
    assert result.exit_code == 0, result.output
    assert "**Teamleider Logistiek** (open)" in result.output
    assert "insult: Klantcontact vraagt respect" in result.output
    assert "1 candidates in 1 vacancies; 3 posts" in result.output
    assert "not screened: profanity" in result.output


def test_daily_purge_task_is_scheduled_and_purges(app, monkeypatch):
    from screener import jobs

    assert any(t.__name__ == "purge_daily" for t in jobs.huey._registry._periodic_tasks)
    db = open_db(app.config["DATABASE"])
    _seed_candidate(db, Path(app.config["UPLOADS"]), closed_at="2020-01-01T00:00:00+00:00")
    db.close()
    monkeypatch.setattr(jobs, "settings", lambda: dict(app.config))
    jobs.purge_daily.call_local()
    db = open_db(app.config["DATABASE"])
    assert MARKER not in _all_text(db)
