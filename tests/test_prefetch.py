"""Analysis batches sent out before an upload is stored give the same stored results.

The coordinator sends the first batches of the parsed posts to the queue, stores the
export, then collects them (here: no worker runs, so it takes them back and scores them
itself, as a lone worker does). Posts already stored by an earlier upload, and posts
outside the screening (reposts, old posts), must not be scored twice or written twice.
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from screener import jobs, screening
from screener.records import ExportBundle, Post
from screener.screening.prefetch import Prefetched, prefetch
from screener.storage import posts, vacancies

NOW = datetime.now(UTC).replace(microsecond=0)
TEXTS = [
    "Mijn baas is een idioot en dit bedrijf is een puinhoop.",
    "Mooie dag gehad met het team in Rotterdam.",
    "Ik maak je af als je dat nog een keer zegt.",
    "Weer een vergadering die nergens over ging, wat een stelletje sukkels.",
    "My manager is a useless moron.",
    "Trots op onze nieuwe vestiging in Tilburg!",
]
POSTS = [(NOW - timedelta(days=20 * i + 5), f"{TEXTS[i % len(TEXTS)]} ({i})") for i in range(23)]
POSTS.append((NOW - timedelta(days=3650), "Oude post: wat een idioten daar."))


def _stored(db, candidate):
    """Stored scores and findings by the posts' own ids (row ids differ per candidate)."""
    scores = {}
    for r in db.query("SELECT id, post_id, score FROM posts WHERE candidate_id = ?", [candidate]):
        score = r["score"] and json.loads(r["score"])
        if score:
            assert score["id"] == str(r["id"])
            assert all(f["post_id"] == str(r["id"]) for f in score["findings"])
            score["id"] = r["post_id"]
            for f in score["findings"]:
                f["post_id"] = r["post_id"]
        scores[r["post_id"]] = score
    findings = sorted(
        (r["post_id"], r["category"], r["rule"], r["evidence"])
        for r in db.query(
            "SELECT p.post_id, f.category, f.rule, f.evidence FROM findings f"
            " JOIN posts p ON p.id = f.post_pk WHERE f.candidate_id = ?",
            [candidate],
        )
    )
    return scores, findings


def _job(app, db, candidate, path: Path, name: str, tmp_path, start) -> str:
    stored = name * 32
    shutil.copy(path, Path(app.config["UPLOADS"]) / stored)
    upload = posts.create_upload(db, candidate, filename=path.name, stored_name=stored)
    cfg = dict(app.config, QUEUE_IMMEDIATE=False, QUEUE_DATABASE=str(tmp_path / "q.sqlite3"))
    jobs.configure(cfg)
    try:
        outcome = screening.process_upload(db, cfg, upload, scorer=jobs.fanout_scorer, start=start)
        assert all(jobs.huey.is_revoked(t) for t in jobs.huey.pending())
    finally:
        jobs.configure(app.config)
    return outcome


@pytest.fixture
def second_candidate(db, screening_candidate):
    vacancy = vacancies.get_candidate(db, screening_candidate)["vacancy_id"]
    candidate = vacancies.create_candidate(db, vacancy, "Tweede Kandidaat")
    vacancies.record_notice(db, candidate, at="2026-11-01", method="email", user_id=None)
    return candidate


def test_prefetched_batches_store_what_a_plain_job_stores(
    app, db, screening_candidate, second_candidate, tmp_path, write_shares, monkeypatch
):
    shares = write_shares(tmp_path / "Shares.csv", POSTS)
    monkeypatch.setenv("SCREENER_BATCH_SIZE", "4")
    monkeypatch.setenv("SCREENER_FANOUT_WINDOW", "2")
    sent = []

    def start(batches, categories):
        handles = jobs.start_batches(batches, categories)
        sent.append(sum(len(batches[i]) for i in handles))
        return handles

    assert _job(app, db, screening_candidate, shares, "a", tmp_path, None) == "done"
    assert _job(app, db, second_candidate, shares, "b", tmp_path, start) == "done"
    assert sent == [16]  # four batches of four (twice the window) went out before storing
    plain, early = _stored(db, screening_candidate), _stored(db, second_candidate)
    assert early == plain
    assert sum(1 for s in early[0].values() if s is not None) == len(POSTS) - 1  # not the old one
    assert early[1], "the insults and the threat are flagged"
    state = screening.upload_progress(db, db["uploads"].count)
    assert state["status"] == "done" and state["done"] == state["total"] == len(POSTS) - 1


def test_prefetched_posts_stored_before_are_not_written_twice(
    app, db, screening_candidate, second_candidate, tmp_path, write_shares, monkeypatch
):
    """The second upload repeats the first one's posts: their prefetched results are
    dropped (the posts are scored already), only the new posts get scores."""
    monkeypatch.setenv("SCREENER_BATCH_SIZE", "4")
    first = write_shares(tmp_path / "first.csv", POSTS[:10])
    both = write_shares(tmp_path / "Shares.csv", POSTS)
    for candidate, start in ((screening_candidate, None), (second_candidate, jobs.start_batches)):
        assert _job(app, db, candidate, first, "c" if start else "d", tmp_path, start) == "done"
        assert _job(app, db, candidate, both, "e" if start else "f", tmp_path, start) == "done"
    assert _stored(db, second_candidate) == _stored(db, screening_candidate)
    counts = screening.upload_progress(db, db["uploads"].count)["counts"]
    assert counts["duplicates"] == 10


def _bundle(*posts_: Post) -> ExportBundle:
    return ExportBundle("test", platforms=("x",), posts=posts_)


def _post(i: int, text: str, *, days: int = 10, repost: bool = False) -> Post:
    return Post("x", str(i), NOW - timedelta(days=days), text, "", repost, False, "post", "nl")


def test_prefetch_sends_only_posts_the_screening_scores():
    profile = {"lookback_years": 5, "platforms": ["x"], "categories": ["insult"]}
    bundle = _bundle(
        *(_post(i, f"post {i}") for i in range(5)),
        _post(90, "RT een repost", repost=True),
        _post(91, "te oud", days=3650),
    )
    calls = []

    def start(batches, categories):
        calls.append(([list(b) for b in batches], categories))
        return {0: "handle"}

    early = prefetch(bundle, profile, start, batch_size=2)
    batches, categories = calls[0]
    assert categories == ["insult"]
    assert [text for batch in batches for _k, text, _l in batch] == [f"post {i}" for i in range(5)]
    assert isinstance(early, Prefetched) and early.batches == [
        [("0", "post 0", "nl"), ("1", "post 1", "nl")]
    ]
    # One batch's worth of posts: nothing is sent, the coordinator scores it sooner itself.
    assert prefetch(_bundle(_post(1, "a"), _post(2, "b")), profile, start, batch_size=2) is None
    assert prefetch(bundle, profile, lambda b, c: {}, batch_size=2) is None


def test_claim_maps_items_to_waiting_posts_once_and_only_with_the_same_text():
    early = Prefetched(
        ["insult"],
        [[("0", "a", "nl"), ("1", "b", "nl")], [("2", "c", "nl"), ("3", "a", "nl")]],
        {0: None, 1: None},
        [
            ("x", "1", "a", "nl"),
            ("x", "2", "b", "nl"),
            ("x", "3", "c!", "nl"),
            ("x", "1", "a", "nl"),
        ],
    )
    waiting = {
        ("x", "1"): (11, "a", "nl"),
        ("x", "2"): (12, "b", "en"),
        ("x", "3"): (13, "c", "nl"),
    }
    # item 1: other language stored; item 2: other text; item 3: post 11 already claimed
    assert early.claim(waiting) == [[11, None], [None, None]]
