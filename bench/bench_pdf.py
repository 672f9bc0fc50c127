"""Seconds per candidate summary PDF with 50 confirmed findings (target: under 1.5 s).

Builds a temporary instance with one reviewed candidate, then times ``issue_report``
(database read, template, WeasyPrint, audit event) in this process: the first run is the
cold one (fonts, templates); the median of the following runs is the warm figure.

    .venv/bin/python bench/bench_pdf.py [--runs 7] [--findings 50]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from screener.reports.documents import issue_report
from screener.storage import now_iso, open_db, users
from screener.storage.candidates import create_candidate, record_notice
from screener.storage.profiles import save_profile
from screener.storage.reviews import decide
from screener.storage.vacancies import create_vacancy

TEXTS = [
    "Mijn baas is echt een idioot, elke dag weer dezelfde onzin op kantoor #maandag",
    "The client meeting was a disaster again, my manager is a complete moron 😡",
    "Ik maak je af als je nog één keer over mijn werk begint @collega",
    "Internal only: de cijfers van Q3 zijn slecht, reorganisatie komt eraan",
    "Weer een dag met die waardeloze collega's, ik ben er zo klaar mee",
]


def seed(db, findings: int) -> int:
    users.create_user(db, "bench", "x", "reviewer")
    reviewer = users.get_user_by_name(db, "bench")
    vacancy = create_vacancy(db, "Teamleider Logistiek")
    save_profile(
        db,
        vacancy,
        categories=["insult", "threat", "complaint", "confidential"],
        reasons={c: "Benchmark" for c in ("insult", "threat", "complaint", "confidential")},
        platforms=["x", "linkedin"],
    )
    candidate = create_candidate(db, vacancy, "Benchmark Kandidaat")
    record_notice(db, candidate, at="2026-11-01", method="email", user_id=None)
    for i in range(findings):
        text = f"{TEXTS[i % len(TEXTS)]} ({i})"
        month = 1 + i % 12
        post = db.execute(
            "INSERT INTO posts (candidate_id, platform, post_id, created_at, text, url)"
            " VALUES (?, 'x', ?, ?, ?, ?)",
            [
                candidate,
                str(i),
                f"2025-{month:02d}-10T09:00:00+00:00",
                text,
                f"https://x.com/b/status/{i}",
            ],
        ).lastrowid
        word = text.split()[2]
        start = text.index(word)
        finding = db.execute(
            "INSERT INTO findings (candidate_id, post_pk, category, severity, rule, evidence,"
            " created_at) VALUES (?, ?, ?, 'medium', 'bench.rule', ?, ?)",
            [
                candidate,
                post,
                ("insult", "threat", "complaint", "confidential")[i % 4],
                json.dumps([{"start": start, "end": start + len(word), "text": word}]),
                now_iso(),
            ],
        ).lastrowid
        decide(db, finding, action="confirm", user=reviewer, note=f"Bevestigd in benchmark {i}")
    return candidate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--findings", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.sqlite3")
        candidate = seed(db, args.findings)
        times, pages = [], 0
        for _ in range(args.runs):
            start = time.perf_counter()
            document = issue_report(db, candidate, actor="bench")
            times.append(time.perf_counter() - start)
        from io import BytesIO

        from pypdf import PdfReader

        pages = len(PdfReader(BytesIO(document.data)).pages)
    warm = times[1:] or times
    print(f"findings={args.findings} pages={pages} size={len(document.data) / 1024:.0f} KiB")
    print(f"cold (first run): {times[0]:.2f} s")
    print(
        f"warm: median {statistics.median(warm):.2f} s, min {min(warm):.2f} s, "
        f"max {max(warm):.2f} s over {len(warm)} runs"
    )


if __name__ == "__main__":
    main()
