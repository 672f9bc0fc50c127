"""End to end: a 100k-post X archive plus a 30k-connection list, from upload to "done".

For each worker count (default 1 and 2) it starts that many real ``screener worker``
processes on a fresh instance with the SQLite queue, uploads the archive and the
connection list through :func:`screener.screening.accept_upload` (as the web form does)
and times until both uploads are ``done``; the organisation is the demo's (its six
employees' connection exports). While it waits it notes when each upload's stage changes
(parsing, stored, analysing, patterns, network, done) and the workers' CPU time then, so
it prints wall and CPU seconds per stage. It reads each worker's peak resident memory
(``VmHWM``) before stopping it. Then the same posts go through ``screener score --jsonl``
alone, for the overhead ratio of the queue and storage. Prints medians of ``--runs``.

Usage: ``.venv/bin/python bench/bench_e2e.py [--posts 100000] [--connections 30000]
[--workers 1,2] [--runs 3]``
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).parent))
from bench_parse import _tweet, make_connections  # noqa: E402  (role 1's generators)

from screener import screening  # noqa: E402
from screener.demo import DATA as DEMO_DATA  # noqa: E402
from screener.ingest import parse_export  # noqa: E402
from screener.settings import load_settings  # noqa: E402
from screener.storage import open_db, org, vacancies  # noqa: E402

CLI = [sys.executable, "-c", "from screener.cli import main; main()"]
NEGATIVE = [
    "mijn baas is een idioot en dit bedrijf is een puinhoop",
    "wat een stelletje sukkels op kantoor, ik ben er klaar mee",
    "my manager is a useless moron",
    "ik maak je af als je dat nog een keer zegt",
]
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()


def make_archive(path: Path, count: int, seed: int = 7) -> list[tuple[str, str, str]]:
    """An X archive zip (``data/tweets.js``) whose posts fall inside a 5-year look-back;
    about 5% carry a negative phrase. Returns ``(id, text, lang)`` of the posts."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    tweets, items = [], []
    for i in range(count):
        wrapper = _tweet(rng, i)
        tweet = wrapper["tweet"]
        when = now - timedelta(seconds=rng.randrange(4 * 365 * 86400))
        tweet["created_at"] = (
            f"{DAYS[when.weekday()]} {MONTHS[when.month - 1]} {when.day:02d} "
            f"{when:%H:%M:%S} +0000 {when.year}"
        )
        if rng.random() < 0.05 and not tweet["full_text"].startswith("RT @"):
            tweet["full_text"] = f"{rng.choice(NEGATIVE)} {tweet['full_text']}"
            tweet["display_text_range"] = ["0", str(len(tweet["full_text"]))]
        tweets.append(wrapper)
        if not tweet["full_text"].startswith("RT @"):
            lang = tweet["lang"] if tweet["lang"] in ("nl", "en") else None
            items.append((tweet["id_str"], tweet["full_text"].replace("&amp;", "&"), lang))
    body = orjson.dumps(tweets, option=orjson.OPT_INDENT_2)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/tweets.js", b"window.YTD.tweets.part0 = " + body)
    return items


def setup_instance(root: Path) -> tuple[dict, int]:
    cfg = load_settings(root / "instance", QUEUE_IMMEDIATE=False)
    Path(cfg["UPLOADS"]).mkdir(parents=True)
    db = open_db(cfg["DATABASE"])
    categories = ["complaint", "insult", "threat", "harassment", "hate", "confidential"]
    vacancy = vacancies.create_vacancy(db, "Benchmark")
    vacancies.save_profile(
        db,
        vacancy,
        categories=categories,
        reasons={c: "Benchmark." for c in categories},
        platforms=["linkedin", "x"],
    )
    manifest = orjson.loads((DEMO_DATA / "demo.json").read_bytes())
    for employee in manifest["employees"]:  # the demo organisation
        bundle = parse_export(DEMO_DATA / employee["export"])
        org.add_member(db, employee["name"], employee["opt_in_at"], bundle.connections)
    candidate = vacancies.create_candidate(db, vacancy, "Benchmark Kandidaat")
    vacancies.record_notice(db, candidate, at="2026-11-01", method="email", user_id=None)
    db.close()
    return cfg, candidate


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory of a process and its children (``VmHWM``), in MB."""
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    peak = 0.0
    for p in pids:
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peak = max(peak, int(line.split()[1]) / 1024)
    return peak


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (``/proc/<pid>/stat``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_idle(pids: list[int], timeout: float = 180) -> None:
    """Wait until every worker has loaded its pipelines and sits idle (CPU flat)."""
    deadline = time.monotonic() + timeout
    last = [cpu_seconds(p) for p in pids]
    while time.monotonic() < deadline:
        time.sleep(1.0)
        now = [cpu_seconds(p) for p in pids]
        if all(n - b < 0.05 for n, b in zip(now, last, strict=True)) and min(now) > 0.5:
            return
        last = now


def run_e2e(archive: Path, connections: Path, workers: int) -> dict:
    """One end-to-end run on a fresh instance.

    :returns: ``wall`` and ``cpu`` seconds (CPU of the workers), ``peak`` worker MB,
        ``batches`` per worker and ``stages``: per upload, ``(stage, wall, cpu)`` for
        each stage it went through (CPU of all workers while it was in that stage).
    """
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        cfg, candidate = setup_instance(root)
        env = dict(os.environ, SCREENER_INSTANCE=cfg["INSTANCE"])
        env.pop("SCREENER_QUEUE_URL", None)
        procs = [
            subprocess.Popen([*CLI, "worker"], env=env, stdout=subprocess.DEVNULL)
            for _ in range(workers)
        ]
        wait_idle([p.pid for p in procs])  # language pipelines loaded, queue empty
        db = open_db(cfg["DATABASE"])

        def workers_cpu() -> float:
            return sum(cpu_seconds(p.pid) for p in procs)

        try:
            each_before = [cpu_seconds(p.pid) for p in procs]
            cpu_before = sum(each_before)
            started = time.perf_counter()
            ids = []
            for path in (archive, connections):
                with path.open("rb") as fh:
                    ids.append(
                        screening.accept_upload(db, cfg, candidate, path.name, fh, user="bench")
                    )
            marks: dict[int, list[tuple[str, float, float]]] = {u: [] for u in ids}
            while True:
                moment, cpu_now = time.perf_counter() - started, workers_cpu() - cpu_before
                states = [screening.upload_progress(db, u) for u in ids]
                for upload, state in zip(ids, states, strict=True):
                    stage = state["stage"] if state["status"] != "queued" else "queued"
                    stage = "done" if state["status"] == "done" else (stage or state["status"])
                    if not marks[upload] or marks[upload][-1][0] != stage:
                        marks[upload].append((stage, moment, cpu_now))
                if all(s["status"] in ("done", "failed") for s in states):
                    break
                time.sleep(0.05)
            seconds = time.perf_counter() - started
            cpu = workers_cpu() - cpu_before
            busiest = max(cpu_seconds(p.pid) - b for p, b in zip(procs, each_before, strict=True))
            assert all(s["status"] == "done" for s in states), states
            peak = max(peak_rss_mb(p.pid) for p in procs)
            batches: dict[str, int] = {}
            for state in states:  # which upload's job did the scoring depends on timing
                for worker, n in state["counts"].get("workers", {}).items():
                    batches[worker] = batches.get(worker, 0) + n
        finally:
            db.close()
            for p in procs:
                p.send_signal(signal.SIGINT)
            for p in procs:
                try:
                    p.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    p.kill()
    stages = {}
    for name, upload in zip(("archive", "connections"), ids, strict=True):
        steps = marks[upload]
        stages[name] = [
            (stage, end - begin, cpu_end - cpu_begin)
            for (stage, begin, cpu_begin), (_next, end, cpu_end) in zip(
                steps, steps[1:], strict=False
            )
        ]
    return {
        "wall": seconds,
        "cpu": cpu,
        "busiest": busiest,
        "peak": peak,
        "batches": batches,
        "stages": stages,
    }


def stage_medians(runs: list[dict], upload: str) -> str:
    """``stage wall/cpu`` for the stages every run of ``upload`` went through."""
    names = [stage for stage, _w, _c in runs[0]["stages"][upload]]
    parts = []
    for name in names:
        walls = [w for r in runs for stage, w, _c in r["stages"][upload] if stage == name]
        cpus = [c for r in runs for stage, _w, c in r["stages"][upload] if stage == name]
        if len(walls) == len(runs):
            parts.append(f"{name} {statistics.median(walls):.2f}/{statistics.median(cpus):.2f}")
    return ", ".join(parts)


def run_score(items: list[tuple[str, str, str]], root: Path) -> tuple[float, float]:
    """``screener score --jsonl`` alone on the same posts (process start included).

    :returns: (wall seconds, CPU seconds of the process).
    """
    path = root / "posts.jsonl"
    path.write_bytes(
        b"".join(orjson.dumps({"id": i, "text": t, "lang": lang}) + b"\n" for i, t, lang in items)
    )
    categories = "complaint,insult,threat,harassment,hate,confidential"
    with path.open("rb") as stdin:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            [*CLI, "score", "--jsonl", "--categories", categories],
            stdin=stdin,
            stdout=subprocess.DEVNULL,
            check=True,
        )
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--connections", type=int, default=30_000)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        archive = root / "twitter-2026-11-23.zip"
        items = make_archive(archive, args.posts)
        connections = root / "Connections.csv"
        make_connections(connections, args.connections)
        print(
            f"archive: {args.posts} tweets ({len(items)} own posts, the rest reposts),"
            f" {archive.stat().st_size / 1e6:.1f} MB zipped; {args.connections} connections;"
            f" median of {args.runs} run(s)"
        )
        print(f"load average at the start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        e2e: dict[int, float] = {}
        e2e_cpu: dict[int, float] = {}
        busiest: dict[int, float] = {}
        for n in (int(w) for w in args.workers.split(",")):
            runs = [run_e2e(archive, connections, n) for _ in range(args.runs)]
            e2e[n] = statistics.median(r["wall"] for r in runs)
            e2e_cpu[n] = statistics.median(r["cpu"] for r in runs)
            busiest[n] = statistics.median(r["busiest"] for r in runs)
            peak = max(r["peak"] for r in runs)
            batches = sorted(runs[-1]["batches"].values(), reverse=True)
            print(
                f"upload -> done, {n} worker(s): {e2e[n]:7.2f} s wall, {e2e_cpu[n]:7.2f} s CPU"
                f"  ({len(items) / e2e[n]:,.0f} posts/s; peak worker RSS {peak:.0f} MB;"
                f" batches per worker {batches}; walls {[round(r['wall'], 1) for r in runs]};"
                f" busiest worker {busiest[n]:.2f} s CPU)"
            )
            for upload in ("archive", "connections"):
                print(
                    f"  {upload} stages, s wall/CPU of all workers: {stage_medians(runs, upload)}"
                )
        scores = [run_score(items, root) for _ in range(args.runs)]
        score = statistics.median(r[0] for r in scores)
        score_cpu = statistics.median(r[1] for r in scores)
        start = statistics.median(r[1] for r in (run_score(items[:1], root) for _ in range(3)))
        print(
            f"screener score alone:     {score:7.2f} s wall, {score_cpu:7.2f} s CPU"
            f"  ({len(items) / score:,.0f} posts/s; of which start-up {start:.2f} s CPU)"
        )
        if 1 in e2e:
            print(
                f"overhead ratio (1 worker / score alone): {e2e[1] / score:.2f}x wall,"
                f" {e2e_cpu[1] / score_cpu:.2f}x CPU,"
                f" {e2e_cpu[1] / max(score_cpu - start, 0.01):.2f}x CPU without start-up"
            )
        if 1 in e2e and 2 in e2e:
            # On a shared machine the wall figure follows the others' load; the busiest
            # worker's CPU time is what the wall time would be on an idle one.
            print(
                f"speed-up with a second worker: {e2e[1] / e2e[2]:.2f}x (wall),"
                f" {busiest[1] / busiest[2]:.2f}x (busiest worker's CPU)"
            )
        print(
            f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
            f" on {os.cpu_count()} cores"
        )


if __name__ == "__main__":
    main()
