"""``screener parse``: the JSON-lines contract other checks build on, and exit status 2."""

from __future__ import annotations

import json
from datetime import datetime

from click.testing import CliRunner

from screener.cli import main

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


def _lines(output):
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_parse_command_prints_one_json_object_per_record(data_dir):
    result = CliRunner().invoke(
        main, ["parse", str(data_dir / "linkedin"), str(data_dir / "x/gen_c_tweets_js"), "--jsonl"]
    )
    assert result.exit_code == 0, result.output
    records = _lines(result.stdout)
    kinds = {r["kind"] for r in records}
    assert kinds == {"post", "connection", "profile"}
    posts = [r for r in records if r["kind"] == "post"]
    connections = [r for r in records if r["kind"] == "connection"]
    assert all(POST_KEYS <= set(r) for r in posts)
    assert all(CONNECTION_KEYS <= set(r) for r in connections)
    assert {r["platform"] for r in posts} == {"linkedin", "x"}
    for post in posts:
        assert datetime.fromisoformat(post["created_at"]).utcoffset().total_seconds() == 0
        assert isinstance(post["is_repost"], bool) and isinstance(post["is_reply"], bool)
        assert post["url"] is None or post["url"].startswith("https://")
    for person in connections:
        assert person["connected_on"] is None or len(person["connected_on"]) == 10
    assert any(r["text"] == "Eerste versie zonder tikfout" for r in posts)
    assert len(posts) == 19 and len(connections) == 14


def test_parse_command_summary_lists_skipped_files(data_dir):
    result = CliRunner().invoke(main, ["parse", str(data_dir / "x/gen_c_tweets_js")])
    assert result.exit_code == 0
    assert "gen_c_tweets_js: x: 8 posts, 3 connections, 1 profile" in result.output
    assert "data/like.js: not used: likes and reactions are never stored" in result.output


def test_parse_command_unreadable_input_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "tweets.js"
    bad.write_bytes(b'window.YTD.tweets.part0 = [ {"tweet": {')
    result = CliRunner().invoke(main, ["parse", str(bad), "--jsonl"])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "tweets.js" in lines[0] and "truncated or invalid" in lines[0]
    assert "Traceback" not in result.output


def test_parse_command_missing_file_exits_2(tmp_path):
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "nope.zip")])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "screener parse: nope.zip: no such file or folder"
    ]


def test_parse_command_has_help_with_example():
    result = CliRunner().invoke(main, ["parse", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output
