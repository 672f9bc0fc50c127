"""Parse throughput: a generated 100k-tweet ``tweets.js`` and a 30k-row ``Connections.csv``.

Reports MB/s, wall time (median of N runs, garbage collector paused as in production),
peak memory (tracemalloc, a separate run) and the ratio to ``orjson.loads`` alone on the
same bytes. Files are generated in a temporary folder and removed afterwards.

Usage: ``.venv/bin/python bench/bench_parse.py [--tweets 100000] [--rows 30000] [--runs 5]``
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson

from screener.ingest import PARSERS, ParseContext, parse_export
from screener.ingest.jsdata import _ELEMENT_END, _PREFIX, SLICE_BYTES, load_js
from screener.ingest.twitter import _tweet as tweet_record

WORDS = (
    "vandaag morgen werk team planning trein vertraging collega's vergadering project "
    "klant data logistiek koffie weekend great meeting deadline release customer &amp; "
    "weer echt mooi slecht goed nieuwe baan Utrecht Rotterdam"
).split()
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
_INLINE_PAIR = re.compile(rb'\[\n\s+("[^"\n]*"),\n\s+("[^"\n]*")\n\s+\]')


def _tweet(rng: random.Random, i: int) -> dict:
    """One tweet object as X writes it: every number a string, HTML-escaped text."""
    tid = str(1_200_000_000_000_000_000 + i * 7919)
    when = datetime(2012, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(400_000_000))
    created = (
        f"{DAYS[when.weekday()]} {MONTHS[when.month - 1]} {when.day:02d} "
        f"{when:%H:%M:%S} +0000 {when.year}"
    )
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(3, 16)))
    short = f"https://t.co/{rng.randrange(16**10):010x}"
    kind = rng.random()
    text = f"RT @fictief_{i % 97}: {words}…" if kind < 0.15 else f"{words} {short}"
    urls = (
        []
        if kind < 0.15
        else [
            {
                "url": short,
                "expanded_url": f"https://example.org/artikel/{i}",
                "display_url": f"example.org/artikel/{i}",
                "indices": [str(len(words) + 1), str(len(words) + 24)],
            }
        ]
    )
    tweet: dict = {}
    if when.year >= 2022:  # edit_info exists in archives generated since late 2022
        tweet["edit_info"] = {
            "initial": {
                "editTweetIds": [tid],
                "editableUntil": "2023-01-01T10:00:00.000Z",
                "editsRemaining": "5",
                "isEditEligible": False,
            }
        }
    tweet |= {
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {
            "hashtags": [{"text": "werk", "indices": ["0", "5"]}] if kind > 0.8 else [],
            "symbols": [],
            "user_mentions": [
                {
                    "name": "Fictief Account",
                    "screen_name": f"fictief_{i % 97}",
                    "indices": ["3", "15"],
                    "id_str": str(1000 + i % 97),
                    "id": str(1000 + i % 97),
                }
            ]
            if kind < 0.3
            else [],
            "urls": urls,
        },
        "display_text_range": ["0", str(len(text))],
        "favorite_count": str(rng.randrange(50)),
        "id_str": tid,
        "truncated": False,
        "retweet_count": str(rng.randrange(10)),
        "id": tid,
        "created_at": created,
        "favorited": False,
        "full_text": text,
        "lang": rng.choice(("nl", "en", "und")),
    }
    if 0.15 <= kind < 0.35:
        tweet["in_reply_to_status_id_str"] = str(int(tid) - 5)
        tweet["in_reply_to_status_id"] = str(int(tid) - 5)
        tweet["in_reply_to_user_id"] = "4242"
        tweet["in_reply_to_user_id_str"] = "4242"
        tweet["in_reply_to_screen_name"] = "fictief_anne"
    return {"tweet": tweet}


def make_tweets_js(path: Path, count: int, seed: int = 1, compact: bool = False) -> None:
    """X's own layout: two-space pretty-printed JSON with ``" : "`` after keys.

    ``compact`` writes one tweet per line instead (same objects, about half the bytes).
    """
    rng = random.Random(seed)
    tweets = [_tweet(rng, i) for i in range(count)]
    if compact:
        body = b"[\n" + b",\n".join(b"  " + orjson.dumps(t) for t in tweets) + b"\n]"
    else:
        body = orjson.dumps(tweets, option=orjson.OPT_INDENT_2).replace(b'": ', b'" : ')
        body = _INLINE_PAIR.sub(rb"[ \1, \2 ]", body)  # X writes [ "0", "13" ] on one line
    path.write_bytes(b"window.YTD.tweets.part0 = " + body)


def make_connections(path: Path, rows: int, seed: int = 2) -> None:
    rng = random.Random(seed)
    lines = [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email '
        'addresses are missing."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    for i in range(rows):
        if i % 40 == 0:
            lines.append(",,,,,,03 Sep 2023")
            continue
        when = datetime(2010, 1, 1) + timedelta(days=rng.randrange(5000))
        lines.append(
            f"Voornaam{i},Achternaam {i % 311},https://www.linkedin.com/in/persoon-{i:x},,"
            f'"Bedrijf {i % 997}, B.V.",Functie {i % 53},{when:%d %b %Y}'
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _once(fn: Callable[[], object]) -> float:
    """Wall time of one call with the garbage collector paused, as parse_export does."""
    gc.collect()
    gc.disable()
    try:
        started = time.perf_counter()
        fn()
        return time.perf_counter() - started
    finally:
        gc.enable()


def interleaved(cases: dict[str, Callable[[], object]], runs: int) -> dict[str, list[float]]:
    """Run every case once per round, ``runs`` rounds: on a shared, noisy machine the load
    drifts between rounds, so ratios are taken within a round, never across rounds."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, fn in cases.items():
            times[name].append(_once(fn))
    return times


def split_cost(data: bytes) -> tuple[float, float]:
    """Seconds in orjson and in building records, timed slice by slice (4 MB each).

    Alternating every few milliseconds cancels the load drift of a shared machine, which
    whole-run timings cannot: this is the fairest ratio to quote.
    """
    start = _PREFIX.match(data).end()
    view, first, in_json, in_records = memoryview(data), start + 1, 0.0, 0.0
    versions: dict[str, int] = {}
    gc.disable()
    try:
        while first < len(data):
            cut = data.find(_ELEMENT_END, first + SLICE_BYTES)
            chunk = (
                b"["
                + (view[first:] if cut == -1 else view[first : cut + 4])
                + (b"" if cut == -1 else b"]")
            )
            t0 = time.perf_counter()
            items = orjson.loads(chunk)
            t1 = time.perf_counter()
            posts = [
                tweet_record(i["tweet"], versions, "https://x.com/fictief/status/") for i in items
            ]
            t2 = time.perf_counter()
            in_json, in_records = in_json + t1 - t0, in_records + t2 - t1
            del items, posts
            first = len(data) if cut == -1 else cut + 5
    finally:
        gc.enable()
    return in_json, in_records


def peak_mb(fn: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def report(label: str, size: int, times: list[float], base: list[float] | None, peak: float):
    seconds = statistics.median(times)
    ratio = ""
    if base:
        ratios = [t / b for t, b in zip(times, base, strict=True)]
        ratio = f"  {statistics.median(ratios):.2f}x orjson.loads (median of per-round ratios)"
    print(
        f"{label:<31} {seconds:7.3f} s {size / 1e6 / seconds:7.1f} MB/s peak {peak:7.1f} MB{ratio}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tweets", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--compact", action="store_true", help="one tweet per line instead of X's layout"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "x" / "data").mkdir(parents=True)
        tweets = root / "x" / "data" / "tweets.js"
        make_tweets_js(tweets, args.tweets, compact=args.compact)
        connections = root / "Connections.csv"
        make_connections(connections, args.rows)
        data = tweets.read_bytes()
        size = len(data)
        layout = "compact" if args.compact else "pretty-printed as X writes it"
        print(
            f"tweets.js: {args.tweets} tweets, {size / 1e6:.1f} MB ({layout}); "
            f"medians of {args.runs} rounds"
        )
        body = memoryview(data)[data.index(b"=") + 1 :]

        def tweets_parser() -> int:
            return len(list(PARSERS["x.tweets"](data, ParseContext(name="tweets.js"))))

        cases = {
            "orjson.loads alone": lambda: orjson.loads(body),
            "load_js (prefix cut + orjson)": lambda: load_js(data, "t"),
            "PARSERS['x.tweets'] (records)": tweets_parser,
            "parse_export(folder)": lambda: parse_export(root / "x"),
        }
        times = interleaved(cases, args.runs)
        base = times["orjson.loads alone"]
        for name, fn in cases.items():
            report(
                name,
                size,
                times[name],
                None if fn is cases["orjson.loads alone"] else base,
                peak_mb(fn),
            )
        if not args.compact:
            splits = [split_cost(data) for _ in range(args.runs)]
            in_json = statistics.median(j for j, _ in splits)
            in_records = statistics.median(r for _, r in splits)
            print(
                f"slice by slice: orjson {in_json:.3f} s + records {in_records:.3f} s = "
                f"{(in_json + in_records) / in_json:.2f}x orjson alone"
            )
        csv_size = connections.stat().st_size
        print(f"Connections.csv: {args.rows} rows, {csv_size / 1e6:.1f} MB")
        csv_times = interleaved({"csv": lambda: parse_export(connections)}, args.runs)["csv"]
        report(
            "parse_export(Connections.csv)",
            csv_size,
            csv_times,
            None,
            peak_mb(lambda: parse_export(connections)),
        )


if __name__ == "__main__":
    main()
