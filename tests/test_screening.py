"""screen_exports (the CLI path) and run_screening (the job path) give the same answers."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from screener.analysis.negativity import score_texts
from screener.ingest import parse_export
from screener.records import ExportBundle, Post
from screener.screening import core, run_screening, screen_exports
from screener.storage import posts as post_store
from screener.storage.findings import load_findings, load_screening

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)

TEXTS = [
    (NOW - timedelta(days=30), "Mijn manager is een incompetente idioot, ik ben er klaar mee."),
    (NOW - timedelta(days=60), "Wat een fijne samenwerking met de collega's van het magazijn."),
    (NOW - timedelta(days=90), "Als je dat nog eens zegt sla ik je verrot."),
    (NOW - timedelta(days=120), "My boss is a useless moron and this company is a joke."),
    (NOW - timedelta(days=150), "Great conference today, learned a lot about logistics."),
    (NOW - timedelta(days=180), "Weer niet betaald voor mijn overuren, dit is diefstal van loon."),
    (NOW - timedelta(days=9 * 365), "Heel oud bericht: wat een sukkels daar."),
]


@pytest.fixture
def bundle(tmp_path, write_shares) -> ExportBundle:
    return parse_export(write_shares(tmp_path / "Shares.csv", TEXTS))


def test_screen_exports_filters_lookback_and_counts_it(bundle):
    result = screen_exports([bundle], now=NOW, lookback_years=5)
    data = result.to_json()
    assert data["posts"] == len(TEXTS)
    assert data["excluded"]["outside_lookback"] == 1
    assert sum(data["languages"].values()) == len(TEXTS) - 1
    assert set(data) == {
        "posts",
        "connections",
        "languages",
        "findings",
        "patterns",
        "excluded",
        "network",
    }
    assert set(data["excluded"]) == {"sensitive", "protected_complaints", "outside_lookback"}
    assert all("Heel oud" not in f["text"] for f in data["findings"])
    for finding in data["findings"]:
        for span in finding["evidence"]:
            assert finding["text"][span["start"] : span["end"]] == span["text"]


def test_screen_exports_reports_only_the_profile_categories(bundle):
    everything = screen_exports([bundle], now=NOW)
    found = {f["category"] for f in everything.to_json()["findings"]}
    assert len(found) >= 2, found
    only = sorted(found)[0]
    narrowed = screen_exports([bundle], now=NOW, categories=[only]).to_json()
    assert {f["category"] for f in narrowed["findings"]} == {only}


def test_screen_exports_excludes_reposts_from_scoring(bundle):
    reposted = tuple(dataclasses.replace(p, is_repost=True) for p in bundle.posts)
    result = screen_exports([dataclasses.replace(bundle, posts=reposted)], now=NOW)
    assert result.to_json()["findings"] == []
    assert result.reposts == len(TEXTS) - 1
    assert result.summary.languages == {}


def test_screen_exports_scores_in_batches_and_reports_progress(bundle):
    batches, seen = [], []

    def counting_score(items, *, categories=None):
        batches.append(len(items))
        return score_texts(items, categories=categories)

    screen_exports(
        [bundle],
        now=NOW,
        score=counting_score,
        batch_size=2,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert batches == [2, 2, 2]
    assert seen == [(0, 6), (2, 6), (4, 6), (6, 6)]


def test_select_posts_splits_old_reposts_and_scored():
    old = Post("x", "1", NOW - timedelta(days=4000), "oud")
    repost = Post("x", "2", NOW, "RT iets", is_repost=True)
    fresh = Post("x", "3", NOW, "nieuw")
    selection = core.select_posts([old, repost, fresh], core.lookback_cutoff(5, NOW))
    assert selection == core.Selection((fresh,), 1, 1)


def test_job_path_gives_the_same_findings_as_the_cli_path(db, screening_candidate, bundle):
    categories = ["complaint", "insult", "threat", "harassment", "hate"]
    cli = screen_exports([bundle], now=NOW, categories=categories).to_json()
    post_store.save_bundle(db, screening_candidate, None, bundle)
    run_screening(db, screening_candidate, now=NOW, batch_size=3)
    stored = load_findings(db, screening_candidate)
    as_cli = sorted((f["post_text"], f["category"], f["rule"]) for f in stored)
    assert as_cli == sorted((f["text"], f["category"], f["rule"]) for f in cli["findings"])
    screening = load_screening(db, screening_candidate)
    assert screening["excluded"]["outside_lookback"] == cli["excluded"]["outside_lookback"]
    assert screening["excluded"]["sensitive"] == cli["excluded"]["sensitive"]
    assert screening["languages"] == cli["languages"]
    complaint_db, complaint_cli = screening["patterns"]["complaint"], cli["patterns"]["complaint"]
    for key in ("flagged", "posts_considered", "complaint_posts", "share"):
        assert complaint_db[key] == complaint_cli[key], key


def test_run_screening_twice_changes_nothing(db, screening_candidate, bundle):
    post_store.save_bundle(db, screening_candidate, None, bundle)
    first = run_screening(db, screening_candidate, now=NOW)
    rows = list(db.query("SELECT * FROM findings ORDER BY id"))
    second = run_screening(db, screening_candidate, now=NOW)
    assert list(db.query("SELECT * FROM findings ORDER BY id")) == rows
    assert first["findings"] == second["findings"]
    assert second["workers"] == {}  # nothing left to score
