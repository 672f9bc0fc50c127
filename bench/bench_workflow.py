"""Workflow pages and the audit chain at realistic sizes.

Times, through the Flask test client (templates, queries, audit events included):
the review queue of one candidate with N findings, the comparison of a vacancy with
C candidates, a bulk dismissal of N findings, and ``audit.broken_event`` over E events.
Prints the median of ``--runs`` runs for each.

    .venv/bin/python bench/bench_workflow.py [--runs 5] [--findings 300] [--candidates 40]
        [--events 20000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from screener import audit, create_app
from screener.storage import now_iso, open_db, reviews, users, vacancies

TEXT = "Die manager is echt een sukkel en ik sla hem nog eens in elkaar, wat een bende hier"
CATEGORIES = ("insult", "threat", "complaint")


def _seed(db, findings: int, candidates: int) -> tuple[int, int, dict]:
    reviewer = users.get_user(
        db, users.create_user(db, "bench", users.hash_password("bench-password"), "reviewer")
    )
    vacancy = vacancies.create_vacancy(db, "Bench")
    vacancies.save_profile(
        db,
        vacancy,
        categories=list(CATEGORIES),
        reasons={c: "Bench" for c in CATEGORIES},
        platforms=["x"],
    )
    first = None
    with db.atomic():
        for c in range(candidates):
            candidate = vacancies.create_candidate(db, vacancy, f"Kandidaat {c:03d}")
            first = first or candidate
            count = findings if candidate == first else 10
            for i in range(count):
                post = db.execute(
                    "INSERT INTO posts (candidate_id, platform, post_id, created_at, text)"
                    " VALUES (?, 'x', ?, ?, ?)",
                    [candidate, str(i), f"2024-01-{1 + i % 28:02d}T10:00:00+00:00", TEXT],
                ).lastrowid
                db.execute(
                    "INSERT INTO findings (candidate_id, post_pk, category, severity, rule,"
                    " evidence, status, created_at) VALUES (?, ?, ?, ?, 'bench', ?, ?, ?)",
                    [
                        candidate,
                        post,
                        CATEGORIES[i % 3],
                        ("low", "medium", "high")[i % 3],
                        json.dumps([{"start": 22, "end": 28, "text": "sukkel"}]),
                        "open" if candidate == first else "confirmed",
                        now_iso(),
                    ],
                )
    return vacancy, first, reviewer


def _median(func, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--findings", type=int, default=300)
    parser.add_argument("--candidates", type=int, default=40)
    parser.add_argument("--events", type=int, default=20_000)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-workflow-"))
    app = create_app(
        {
            "INSTANCE": tmp,
            "TESTING": True,
            "WTF_CSRF_ENABLED": False,
            "SECRET_KEY": "bench",
            "QUEUE_IMMEDIATE": True,
        }
    )
    db = open_db(app.config["DATABASE"])
    vacancy, candidate, reviewer = _seed(db, args.findings, args.candidates)
    client = app.test_client()
    with client.session_transaction() as session:
        session.update(user_id=reviewer["id"], login_at=time.time(), seen=time.time())

    queue = _median(lambda: client.get(f"/candidates/{candidate}/review"), args.runs)
    compare = _median(
        lambda: client.get(f"/vacancies/{vacancy}/compare?sort=insult&order=desc"), args.runs
    )
    ids = [f["id"] for f in reviews.review_queue(db, candidate)]

    def bulk() -> None:
        reviews.bulk_decide(
            db, ids, action="dismiss", user=reviewer, candidate_id=candidate, reason="context"
        )
        reviews.bulk_decide(db, ids, action="reopen", user=reviewer, candidate_id=candidate)

    bulk_s = _median(bulk, args.runs) / 2
    with db.atomic():
        while next(db.query("SELECT count(*) AS n FROM audit_events"))["n"] < args.events:
            audit.record(db, "bench", "bench.event", detail={"x": 1})
    events = next(db.query("SELECT count(*) AS n FROM audit_events"))["n"]
    verify = _median(lambda: audit.broken_event(db), args.runs)
    print(f"review queue, {args.findings} findings: {queue * 1000:.0f} ms")
    print(f"comparison, {args.candidates} candidates: {compare * 1000:.0f} ms")
    print(f"bulk dismiss of {len(ids)} findings: {bulk_s * 1000:.0f} ms")
    print(f"audit verify, {events} events: {verify * 1000:.0f} ms")


if __name__ == "__main__":
    main()
