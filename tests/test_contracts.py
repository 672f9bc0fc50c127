"""The four CLI contracts (issues 2, 3, 4, 10) checked end to end on real-shaped exports.

``screener parse``, ``screener score``, ``screener network`` and ``screener screen`` are
stable interfaces other checks build on: the keys and types of every JSON line, exit
status 2 with exactly one stderr line on unreadable input, and streaming for ``score``.
A few cases run the installed console script in a subprocess; the rest use CliRunner.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import threading
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from screener.cli import main

DATA = Path(__file__).parent / "data"
SCREENER = Path(sys.executable).with_name("screener")
PLATFORMS = {"linkedin", "x", "facebook", "mastodon", "instagram", "generic"}
CATEGORIES = {
    "complaint",
    "insult",
    "profanity",
    "hate",
    "threat",
    "harassment",
    "confidential",
    "drugs_crime",
}
SEVERITIES = {"low", "medium", "high"}

# Every platform's exports as they sit in tests/data (folders are read like archives).
EXPORTS = {
    "linkedin": ["linkedin"],
    "x": ["x/gen_a_grailbird", "x/gen_b_tweet_js", "x/gen_c_tweets_js"],
    "facebook": ["facebook/2019_layout", "facebook/2024_layout"],
    "mastodon": ["mastodon/archive", "mastodon/following_accounts.csv"],
    "instagram": ["instagram/2025_layout"],
    "generic": ["generic/posts.csv", "generic/posts.json"],
}
POST_KEYS = {"kind", "platform", "id", "created_at", "text", "url", "is_repost", "is_reply"}
CONNECTION_KEYS = {
    "kind",
    "platform",
    "name",
    "profile_url",
    "handle",
    "company",
    "position",
    "connected_on",
}
SCORE_KEYS = {"id", "lang", "negative", "sensitive", "flags"}
FLAG_KEYS = {"category", "severity", "rule", "evidence"}
SPAN_KEYS = {"start", "end", "text"}
SCREEN_KEYS = {
    "posts",
    "connections",
    "languages",
    "findings",
    "patterns",
    "excluded",
    "network",
}
FINDING_KEYS = {"post_id", "created_at", "category", "severity", "rule", "evidence", "text"}
COMPLAINT_KEYS = {
    "flagged",
    "posts_considered",
    "complaint_posts",
    "share",
    "lower_bound",
    "months_active",
    "targets",
    "post_ids",
}
EXCLUDED_KEYS = {"sensitive", "protected_complaints", "outside_lookback"}
NETWORK_KEYS = {
    "candidate_connections",
    "shared_count",
    "shared",
    "per_employee",
    "bursts",
    "claims",
}
VERDICTS = {"supported", "partly supported", "not supported", "cannot be checked"}


def invoke(*args: object, input: str | None = None):
    """Run ``screener ARGS`` in-process; stdout and stderr kept apart."""
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def run(*args: object, input: bytes | None = None, timeout: float = 240):
    """Run the installed console script ``.venv/bin/screener ARGS`` in a subprocess."""
    return subprocess.run(
        [str(SCREENER), *map(str, args)],
        input=input,
        capture_output=True,
        timeout=timeout,
        check=False,
    )


def assert_utc_iso(value: str) -> None:
    assert isinstance(value, str) and re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d", value), value
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    assert parsed.utcoffset() == timedelta(0), value


def assert_optional_str(value: object) -> None:
    assert value is None or isinstance(value, str), value


def check_record(obj: dict) -> str:
    """Assert one ``screener parse --jsonl`` object keeps the contract; return its kind."""
    assert obj["platform"] in PLATFORMS, obj
    if obj["kind"] == "post":
        assert set(obj) == POST_KEYS, sorted(set(obj) ^ POST_KEYS)
        assert isinstance(obj["id"], str) and obj["id"]
        assert_utc_iso(obj["created_at"])
        assert isinstance(obj["text"], str)
        if obj["platform"] == "mastodon":  # HTML content comes out as plain text
            assert not re.search(r"</?(p|br|a|span)\b", obj["text"]), obj["text"]
        assert_optional_str(obj["url"])
        assert isinstance(obj["is_repost"], bool) and isinstance(obj["is_reply"], bool)
    elif obj["kind"] == "connection":
        assert set(obj) == CONNECTION_KEYS, sorted(set(obj) ^ CONNECTION_KEYS)
        assert isinstance(obj["name"], str)
        for key in ("profile_url", "handle", "company", "position"):
            assert_optional_str(obj[key])
        if obj["connected_on"] is not None:
            assert date.fromisoformat(obj["connected_on"]).isoformat() == obj["connected_on"]
    else:
        assert obj["kind"] == "profile", obj
    return obj["kind"]


def parse_lines(stdout: str | bytes) -> list[dict]:
    text = stdout.decode() if isinstance(stdout, bytes) else stdout
    assert text == "" or text.endswith("\n")
    return [json.loads(line) for line in text.split("\n") if line]  # not splitlines: U+2028


# ------------------------------------------------------------------ screener parse


@pytest.mark.parametrize(
    ("platform", "rel"), [(p, rel) for p, rels in EXPORTS.items() for rel in rels]
)
def test_parse_jsonl_keeps_the_record_contract_for_every_platform(platform, rel):
    result = invoke("parse", DATA / rel, "--jsonl")
    assert result.exit_code == 0, result.stderr
    records = parse_lines(result.stdout)
    kinds = {check_record(r) for r in records}
    assert kinds & {"post", "connection"}
    assert {r["platform"] for r in records} == {platform}


def _zip_folder(folder: Path, out: Path) -> Path:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return out


def _tar_folder(folder: Path, out: Path) -> Path:
    with tarfile.open(out, "w:gz") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.add(path, path.relative_to(folder).as_posix())
    return out


@pytest.mark.parametrize(
    "rel",
    ["linkedin", "x/gen_c_tweets_js", "facebook/2024_layout", "mastodon/archive"]
    + ["instagram/2025_layout"],
)
def test_parse_archives_built_from_a_folder_give_the_folders_records(tmp_path, rel):
    folder = DATA / rel
    expected = parse_lines(invoke("parse", folder, "--jsonl").stdout)
    for built in (
        _zip_folder(folder, tmp_path / "export.zip"),
        _tar_folder(folder, tmp_path / "export.tar.gz"),
    ):
        result = invoke("parse", built, "--jsonl")
        assert result.exit_code == 0, (built.name, result.stderr)
        got = parse_lines(result.stdout)
        for record in got:
            check_record(record)
        key = lambda r: json.dumps(r, sort_keys=True)  # noqa: E731
        assert sorted(map(key, got)) == sorted(map(key, expected)), built.name


def test_parse_console_script_reads_shipped_archives_and_several_paths():
    archives = sorted((DATA / "archives").iterdir())
    result = run("parse", *archives, "--jsonl")
    assert result.returncode == 0, result.stderr
    records = parse_lines(result.stdout)
    for record in records:
        check_record(record)
    assert {r["platform"] for r in records} >= {"linkedin", "x", "facebook", "mastodon"}


def _unreadable(tmp_path: Path) -> dict[str, Path]:
    zipped = _zip_folder(DATA / "x" / "gen_c_tweets_js", tmp_path / "full.zip").read_bytes()
    (tmp_path / "nothing").mkdir()
    (tmp_path / "nothing" / "readme.txt").write_text("geen export\n")
    (tmp_path / "emptydir").mkdir()
    cases = {
        "missing": tmp_path / "missing.zip",
        "dir_unrecognised": tmp_path / "nothing",
        "dir_empty": tmp_path / "emptydir",
        "truncated_zip": tmp_path / "truncated.zip",
        "binary": tmp_path / "garbage.bin",
        "utf16_garbage": tmp_path / "utf16.csv",
        "empty_file": tmp_path / "empty.csv",
    }
    cases["truncated_zip"].write_bytes(zipped[: len(zipped) // 2])
    cases["binary"].write_bytes(bytes((i * 131 + 7) % 256 for i in range(5000)))
    cases["utf16_garbage"].write_bytes(
        b"\xff\xfe" + "\x00\x01\ufffe\u2603 zomaar\x07".encode("utf-16-le") + b"\x00\xd8"
    )
    cases["empty_file"].write_bytes(b"")
    return cases


UNREADABLE = [
    "missing",
    "dir_unrecognised",
    "dir_empty",
    "truncated_zip",
    "binary",
    "utf16_garbage",
    "empty_file",
]


@pytest.mark.parametrize("case", UNREADABLE)
def test_parse_unreadable_input_exits_2_with_one_line_naming_the_file(tmp_path, case):
    path = _unreadable(tmp_path)[case]
    result = invoke("parse", path, "--jsonl")
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and path.name in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_parse_console_script_unreadable_input_exits_2_with_one_line(tmp_path):
    cases = _unreadable(tmp_path)
    for case in ("truncated_zip",):
        result = run("parse", cases[case], "--jsonl")
        assert result.returncode == 2, case
        lines = result.stderr.decode().splitlines()
        assert len(lines) == 1 and cases[case].name in lines[0], (case, result.stderr)


# ------------------------------------------------------------------ screener score

SCORE_INPUT = [
    {"id": "a1", "text": "Mijn baas is een complete idioot en mijn collega's ook.", "lang": "nl"},
    {"id": 2, "text": "Lovely walk on the beach with the kids today."},
    {"id": "a3", "text": "I will kill you if you touch my car again.", "lang": "en"},
    {"id": "a4", "text": "Wat een kutweer weer, de trein is ook al te laat."},
    {"id": "a5", "text": ""},
    {"id": "a6", "text": "Ik ga morgen stemmen, de politiek moet beter voor de zorg."},
]


def check_score_line(obj: dict, source: dict) -> None:
    assert set(obj) == SCORE_KEYS, sorted(obj)
    assert obj["id"] == source["id"]
    assert isinstance(obj["lang"], str) and obj["lang"]
    assert isinstance(obj["negative"], bool) and isinstance(obj["sensitive"], bool)
    assert isinstance(obj["flags"], list)
    for flag in obj["flags"]:
        assert set(flag) == FLAG_KEYS, sorted(flag)
        assert flag["category"] in CATEGORIES and flag["severity"] in SEVERITIES
        assert isinstance(flag["rule"], str) and flag["rule"]
        assert flag["evidence"], flag  # no finding without spans
        for span in flag["evidence"]:
            assert set(span) == SPAN_KEYS
            assert source["text"][span["start"] : span["end"]] == span["text"]


def test_score_jsonl_one_line_per_input_in_order_with_the_contract_keys():
    stdin = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in SCORE_INPUT)
    result = invoke("score", "--jsonl", input=stdin)
    assert result.exit_code == 0, result.stderr
    lines = parse_lines(result.stdout)
    assert [o["id"] for o in lines] == [o["id"] for o in SCORE_INPUT]
    for obj, source in zip(lines, SCORE_INPUT, strict=True):
        check_score_line(obj, source)
    by_id = {o["id"]: o for o in lines}
    assert by_id["a1"]["negative"] and by_id["a1"]["flags"]
    assert any(f["category"] == "threat" for f in by_id["a3"]["flags"])
    assert by_id[2]["flags"] == [] and by_id[2]["lang"] == "en"
    assert by_id["a1"]["lang"] == "nl" and by_id["a3"]["lang"] == "en"


TWEETS = [
    "Mijn manager snapt er niks van, wat een sukkel #werk",
    "Heerlijk weekend gehad met de familie in Zeeland",
    "The customer service at my job is a joke, management is useless",
    "Going for a run before work, great weather today @friend",
    "Ik maak je kapot als ik je nog een keer zie",
    "Trein weer vertraagd, NS doet het weer geweldig 🙄",
    "Nieuwe collega begonnen, leuk team!",
    "This is fucking ridiculous, my boss is an idiot",
]


def _stream_lines(count: int):
    for i in range(count):
        text = f"{TWEETS[i % len(TWEETS)]} {i}"
        obj = {"id": i, "text": text}
        if i % 3 == 0:
            obj["lang"] = "nl" if i % 2 else "en"
        yield (json.dumps(obj, ensure_ascii=False) + "\n").encode()


def _stream_through_score(count: int) -> tuple[int, int | None]:
    """Feed ``count`` lines to the console script ``screener score --jsonl``.

    Checks the first output line arrives while stdin is still open (it streams), input
    order, one line per input. Returns (lines read, max RSS in kB from /usr/bin/time)."""
    time_bin = shutil.which("time", path="/usr/bin")
    prefix = [time_bin, "-v"] if time_bin else []
    proc = subprocess.Popen(
        [*prefix, str(SCREENER), "score", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    first_line = threading.Event()
    stdin_closed = threading.Event()
    state: dict = {"open_at_first": None, "stderr": b"", "error": None}
    results: list[dict] = []

    def feed():
        lines = _stream_lines(count)
        try:
            for i, line in enumerate(lines):
                proc.stdin.write(line)
                if i == min(count, 2500) - 1:
                    proc.stdin.flush()
                    first_line.wait(240)  # hold stdin open until output arrives
            proc.stdin.close()
        except BrokenPipeError as exc:
            state["error"] = exc
        stdin_closed.set()

    def read():
        for raw in proc.stdout:
            if not results:
                state["open_at_first"] = not stdin_closed.is_set()
                first_line.set()
            obj = json.loads(raw)
            results.append({"id": obj["id"], "keys": set(obj)} if len(results) < 5 else obj["id"])
        first_line.set()

    threads = [threading.Thread(target=feed), threading.Thread(target=read)]
    threads.append(threading.Thread(target=lambda: state.update(stderr=proc.stderr.read())))
    for thread in threads:
        thread.start()
    try:
        for thread in threads:
            thread.join(timeout=1200)
        assert proc.wait(timeout=60) == 0, state["stderr"][-2000:]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pipe in (proc.stdin, proc.stdout, proc.stderr):
            pipe.close()
    assert state["error"] is None
    assert state["open_at_first"] is True, "first output only after stdin closed: no streaming"
    ids = [r["id"] if isinstance(r, dict) else r for r in results]
    assert ids == list(range(count)), "order or count changed"
    assert all(r["keys"] == SCORE_KEYS for r in results[:5])
    stderr = state["stderr"].decode(errors="replace")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    return len(ids), int(rss.group(1)) if rss else None


def test_score_streams_2k_lines_in_order():
    seen, rss = _stream_through_score(2000 + 700)
    assert seen == 2700
    if rss is not None:
        assert rss < 1_000_000, f"max RSS {rss} kB"


@pytest.mark.slow
def test_score_streams_100k_lines_in_modest_memory():
    seen, rss = _stream_through_score(100_000)
    assert seen == 100_000
    print(f"\nscreener score: 100000 lines, max RSS {rss} kB")
    assert rss is not None and rss < 1_000_000, f"max RSS {rss} kB"


# ------------------------------------------------------------------ screener network

NETWORK = DATA / "network"


def check_network(data: dict) -> None:
    assert NETWORK_KEYS <= set(data), sorted(NETWORK_KEYS - set(data))
    assert isinstance(data["candidate_connections"], int)
    assert isinstance(data["shared_count"], int)
    assert isinstance(data["shared"], list) and isinstance(data["bursts"], list)
    assert data["shared_count"] == len(data["shared"])
    for person in data["shared"]:
        assert {"name", "profile_url", "match", "employees"} <= set(person)
        assert isinstance(person["name"], str)
        assert_optional_str(person["profile_url"])
        assert person["match"] in {"exact", "strong", "fuzzy"}
        assert person["employees"] and all(isinstance(e, str) for e in person["employees"])
    assert isinstance(data["per_employee"], dict)
    assert all(isinstance(n, int) for n in data["per_employee"].values())
    for claim in data["claims"]:
        assert claim["verdict"] in VERDICTS, claim


def test_network_json_keeps_the_contract_and_counts_shared_people():
    result = invoke(
        "network",
        "--candidate",
        NETWORK / "candidate_Connections.csv",
        "--org",
        f"Eva={NETWORK / 'eva_Connections.csv'}",
        "--org",
        f"Piet={NETWORK / 'piet_Connections.csv'}",
        "--claim",
        "netwerk in de logistiek",
        "--claim",
        "500+ connections",
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    check_network(data)
    assert set(data["per_employee"]) == {"Eva", "Piet"}
    assert data["shared_count"] > 0
    assert [c["text"] for c in data["claims"]] == ["netwerk in de logistiek", "500+ connections"]
    assert data["claims"][1]["verdict"] == "not supported"  # 11 connections, not 500


def test_network_min_shared_changes_the_verdict():
    args = [
        "network",
        "--candidate",
        NETWORK / "candidate_Connections.csv",
        "--org",
        f"Eva={NETWORK / 'eva_Connections.csv'}",
        "--org",
        f"Piet={NETWORK / 'piet_Connections.csv'}",
        "--claim",
        "netwerk in de logistiek",
        "--json",
    ]
    low = json.loads(invoke(*args, "--min-shared", "1").stdout)["claims"][0]
    high = json.loads(invoke(*args, "--min-shared", "500").stdout)["claims"][0]
    assert low["verdict"] != high["verdict"], (low["verdict"], high["verdict"])
    assert high["verdict"] != "supported"


@pytest.mark.parametrize("case", ["missing", "truncated_zip", "binary"])
def test_network_unreadable_input_exits_2_with_one_line(tmp_path, case):
    path = _unreadable(tmp_path)[case]
    for args in (
        ["--candidate", path],
        ["--candidate", NETWORK / "candidate_Connections.csv", "--org", f"E={path}"],
    ):
        result = invoke("network", *args, "--json")
        assert result.exit_code == 2, result.output
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and path.name in lines[0], result.stderr


# ------------------------------------------------------------------ screener screen

TIMELINES = DATA / "timelines"


def check_screen(data: dict) -> None:
    assert set(data) == SCREEN_KEYS, sorted(data)
    assert isinstance(data["posts"], int) and isinstance(data["connections"], int)
    assert all(isinstance(k, str) and isinstance(v, int) for k, v in data["languages"].items())
    for finding in data["findings"]:
        assert set(finding) == FINDING_KEYS, sorted(finding)
        assert isinstance(finding["post_id"], str)
        assert_utc_iso(finding["created_at"])
        assert finding["category"] in CATEGORIES and finding["severity"] in SEVERITIES
        assert isinstance(finding["rule"], str) and finding["rule"]
        assert finding["evidence"]
        for span in finding["evidence"]:
            assert set(span) == SPAN_KEYS
            assert isinstance(span["start"], int) and isinstance(span["end"], int)
            assert finding["text"][span["start"] : span["end"]] == span["text"], span
    complaint = data["patterns"]["complaint"]
    assert COMPLAINT_KEYS <= set(complaint), sorted(COMPLAINT_KEYS - set(complaint))
    assert isinstance(complaint["flagged"], bool)
    for key in ("posts_considered", "complaint_posts", "months_active"):
        assert isinstance(complaint[key], int), key
    for key in ("share", "lower_bound"):
        assert isinstance(complaint[key], int | float) and 0 <= complaint[key] <= 1, key
    assert complaint["lower_bound"] <= complaint["share"] + 1e-9
    for target in complaint["targets"]:
        assert set(target) == {"target", "count"}
        assert isinstance(target["target"], str) and isinstance(target["count"], int)
    assert all(isinstance(p, str) for p in complaint["post_ids"])
    assert set(data["excluded"]) == EXCLUDED_KEYS
    assert all(isinstance(v, int) for v in data["excluded"].values())
    check_network(data["network"])


@pytest.fixture(scope="module")
def screened_json():
    """``screener screen`` on the chronic complainer timeline with a network and claims."""
    result = invoke(
        "screen",
        TIMELINES / "chronic_complainer" / "x",
        NETWORK / "candidate_Connections.csv",
        "--org",
        f"Eva={NETWORK / 'eva_Connections.csv'}",
        "--org",
        f"Piet={NETWORK / 'piet_Connections.csv'}",
        "--claim",
        "500+ connections",
        "--claim",
        "netwerk in de logistiek",
        "--claim",
        "knows people at Rabobank",
        "--lookback-years",
        "50",
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_screen_json_keeps_the_contract(screened_json):
    data = screened_json
    check_screen(data)
    assert data["posts"] == 40 and data["connections"] > 0
    assert data["findings"] and data["patterns"]["complaint"]["flagged"] is True
    assert not {f["category"] for f in data["findings"]} & {"profanity"}
    post_ids = set(data["patterns"]["complaint"]["post_ids"])
    assert post_ids and len(post_ids) == data["patterns"]["complaint"]["complaint_posts"]


def test_screen_claims_are_parsed_into_verdicts(screened_json):
    claims = screened_json["network"]["claims"]
    assert [c["text"] for c in claims] == [
        "500+ connections",
        "netwerk in de logistiek",
        "knows people at Rabobank",
    ]
    assert [c["kind"] for c in claims] == ["size", "sector", "company"]
    assert all(c["verdict"] in VERDICTS for c in claims)
    assert claims[0]["verdict"] == "not supported"


def test_screen_categories_filter_the_findings():
    args = ("screen", TIMELINES / "chronic_complainer" / "x", "--lookback-years", "50")
    only = json.loads(invoke(*args, "--categories", "insult,threat", "--json").stdout)
    check_screen(only)
    assert {f["category"] for f in only["findings"]} <= {"insult", "threat"}
    bad = invoke(*args, "--categories", "politics", "--json")
    assert bad.exit_code == 2 and len(bad.stderr.splitlines()) == 1


def test_screen_lookback_years_excludes_old_posts(tmp_path, write_shares):
    now = datetime.now(UTC).replace(microsecond=0)
    shares = write_shares(
        tmp_path / "Shares.csv",
        [
            (now - timedelta(days=30), "Mijn baas is een luie idioot, echt waardeloos."),
            (now - timedelta(days=365 * 3), "Mijn manager is een complete idioot."),
            (now - timedelta(days=365 * 8), "Wat een idioot is die leidinggevende van mij."),
        ],
    )
    wide = json.loads(invoke("screen", shares, "--lookback-years", "10", "--json").stdout)
    narrow = json.loads(invoke("screen", shares, "--lookback-years", "1", "--json").stdout)
    check_screen(wide)
    check_screen(narrow)
    assert wide["excluded"]["outside_lookback"] == 0
    assert narrow["excluded"]["outside_lookback"] == 2
    assert wide["posts"] == narrow["posts"] == 3
    cutoff = (now - timedelta(days=366)).isoformat()
    assert all(f["created_at"] >= cutoff for f in narrow["findings"])
    assert len(narrow["findings"]) < len(wide["findings"])


def test_screen_min_shared_reaches_the_claims():
    args = (
        "screen",
        NETWORK / "candidate_Connections.csv",
        "--org",
        f"Eva={NETWORK / 'eva_Connections.csv'}",
        "--claim",
        "netwerk in de logistiek",
        "--json",
    )
    low = json.loads(invoke(*args, "--min-shared", "1").stdout)
    high = json.loads(invoke(*args, "--min-shared", "500").stdout)
    check_network(low["network"])
    assert low["posts"] == 0 and low["connections"] > 0
    assert low["network"]["claims"][0]["verdict"] != high["network"]["claims"][0]["verdict"]


@pytest.mark.parametrize("case", UNREADABLE)
def test_screen_unreadable_input_exits_2_with_one_line(tmp_path, case):
    path = _unreadable(tmp_path)[case]
    result = invoke("screen", TIMELINES / "clean" / "linkedin", path, "--json")
    assert result.exit_code == 2, (result.exit_code, result.stdout[:500], result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and path.name in lines[0], result.stderr


def test_screen_console_script_json_and_exit_status(tmp_path):
    ok = run("screen", TIMELINES / "angry_week", "--json")
    assert ok.returncode == 0, ok.stderr
    check_screen(json.loads(ok.stdout))
    bad = run("screen", TIMELINES / "angry_week", tmp_path / "missing.zip", "--json")
    assert bad.returncode == 2 and bad.stdout == b""
    assert len(bad.stderr.decode().splitlines()) == 1 and b"missing.zip" in bad.stderr


def test_contract_files_exist_for_the_console_script():
    assert SCREENER.exists() and os.access(SCREENER, os.X_OK)
