"""X/Twitter archives of all three generations (formats.md §2)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest

from screener.errors import BadExportError
from screener.ingest import PARSERS, ParseContext, detect_platform, parse_export
from screener.ingest.jsdata import iter_js_slices, load_js

GEN_C = "x/gen_c_tweets_js"


@pytest.fixture
def gen_c(data_dir):
    return parse_export(data_dir / GEN_C)


def _by_id(bundle):
    return {p.id: p for p in bundle.posts}


def test_parse_twitter_reads_every_part_of_a_multipart_archive(gen_c):
    ids = _by_id(gen_c)
    assert "1300000000000000008" in ids, "tweets-part1.js must not be lost"
    assert len(gen_c.posts) == 8


def test_parse_twitter_unescapes_html_exactly_once(gen_c):
    ids = _by_id(gen_c)
    assert ids["1600000000000000001"].text.startswith(
        "Vandaag weer file op de A12 & de trein reed niet. Zucht <3"
    )
    assert ids["1400000000000000006"].text == (
        "Literal in a tweet: &amp; stays &amp; once unescaped"
    )


def test_parse_twitter_expands_tco_links_and_drops_media_links(gen_c):
    ids = _by_id(gen_c)
    assert ids["1600000000000000001"].text.endswith("https://example.org/verkeer/a12")
    assert "t.co" not in ids["1550000000000000004"].text
    assert ids["1550000000000000004"].text == "Nieuwe foto van het kantoor"


def test_parse_twitter_marks_retweets_and_replies(gen_c):
    ids = _by_id(gen_c)
    rt = ids["1500000000000000002"]
    assert rt.is_repost and rt.text.endswith("…")
    assert ids["1650000000000000003"].is_reply
    # a reply with in_reply_to_user_id but no screen name (29 of 1,406 in a real export)
    assert ids["1420000000000000007"].is_reply
    assert not ids["1600000000000000001"].is_reply and not ids["1600000000000000001"].is_repost


def test_parse_twitter_keeps_only_the_newest_version_of_an_edited_tweet(gen_c):
    ids = _by_id(gen_c)
    assert "1610000000000000005" not in ids
    assert ids["1610000000000000009"].text == "Eerste versie zonder tikfout"


def test_parse_twitter_urls_use_the_handle_from_account_js(gen_c):
    ids = _by_id(gen_c)
    assert ids["1650000000000000003"].url == "https://x.com/fictief_anne/status/1650000000000000003"
    (profile,) = gen_c.profiles
    assert (profile.handle, profile.name) == ("fictief_anne", "Anne Fictief")


def test_parse_twitter_sorts_unsorted_tweets_newest_first(gen_c):
    dates = [p.created_at for p in gen_c.posts]
    assert dates == sorted(dates, reverse=True)
    assert gen_c.posts[0].created_at == datetime(2023, 4, 19, 7, 30, tzinfo=UTC)


def test_parse_twitter_followers_are_account_ids(gen_c):
    people = {(c.relation, c.name, c.profile_url, c.handle) for c in gen_c.connections}
    assert people == {
        ("follower", "1111", "https://x.com/i/user/1111", None),
        ("follower", "2222", "https://x.com/i/user/2222", None),
        ("following", "3333", "https://x.com/i/user/3333", None),
    }


def test_parse_twitter_never_reads_likes_or_direct_messages(gen_c):
    reasons = {s.name: s.reason for s in gen_c.skipped}
    assert reasons["data/direct-messages.js"] == "not used: direct messages are never stored"
    assert reasons["data/like.js"] == "not used: likes and reactions are never stored"
    assert not any("privé" in p.text or "geliked" in p.text for p in gen_c.posts)


def test_parse_twitter_without_account_js_uses_web_status_urls(data_dir):
    bundle = parse_export(data_dir / "x/gen_b_tweet_js")
    assert bundle.profiles == ()
    ids = _by_id(bundle)
    assert ids["1100000000000000010"].url == "https://x.com/i/web/status/1100000000000000010"
    # generation B: bare tweet objects (no {"tweet": ...} wrapper) in window.YTD.tweet.part0
    assert ids["1100000000000000010"].text == "Koffie > thee, altijd."
    assert ids["1100000000000000010"].created_at == datetime(2018, 10, 10, 20, 19, 24, tzinfo=UTC)


def test_parse_twitter_reports_a_part_missing_from_the_manifest(data_dir, tmp_path):
    copy = tmp_path / "archive"
    shutil.copytree(data_dir / GEN_C, copy)
    (copy / "data" / "tweets-part1.js").unlink()
    bundle = parse_export(copy)
    missing = {s.name: s.reason for s in bundle.skipped}
    assert "data/tweets-part1.js" in missing
    assert "missing" in missing["data/tweets-part1.js"]
    assert len(bundle.posts) == 7


def test_parse_twitter_grailbird_archive(data_dir):
    bundle = parse_export(data_dir / "x/gen_a_grailbird")
    ids = _by_id(bundle)
    assert set(ids) == {
        "296000000000000001",
        "296000000000000002",
        "296000000000000003",
        "5000000000000004",
    }
    first = ids["296000000000000001"]
    assert first.text == 'Lezen: "Planning & logistiek" http://example.org/planning'
    assert first.url == "https://x.com/fictief_anne/status/296000000000000001"
    assert ids["296000000000000002"].is_reply
    assert ids["296000000000000003"].is_repost
    # tweets before ~Nov 2010 carry date-only timestamps
    assert ids["5000000000000004"].created_at == datetime(2010, 11, 4, tzinfo=UTC)
    assert bundle.profiles[0].handle == "fictief_anne"


@pytest.mark.parametrize(
    ("prefix", "platform"),
    [
        (b"window.YTD.tweets.part0 = [", "x"),
        (b"window.YTD.tweet.part3 = [", "x"),
        (b"window.YTD.tweets.part12=[", "x"),
        (b"Grailbird.data.tweets_2013_01 = \n [", "x"),
        (b"window.YTD.like.part0 = [", None),
        (b"window.YTD.direct_messages.part0 = [", None),
    ],
)
def test_detect_platform_reads_ytd_prefixes(prefix, platform):
    assert detect_platform("renamed.txt", prefix + b"]") == platform


def test_parse_twitter_truncated_file_names_the_file(data_dir):
    data = (data_dir / GEN_C / "data/tweets.js").read_bytes()
    with pytest.raises(BadExportError, match="tweets.js"):
        list(PARSERS["x.tweets"](data[: len(data) // 2], ParseContext(name="data/tweets.js")))


def test_parse_twitter_slices_of_a_pretty_printed_file_equal_the_whole(data_dir):
    # a 100k-tweet tweets.js is parsed a few MB at a time to keep memory flat
    data = (data_dir / GEN_C / "data/tweets.js").read_bytes()
    slices = list(iter_js_slices(data, "tweets.js", slice_bytes=200))
    assert len(slices) > 2
    assert [item for part in slices for item in part] == load_js(data, "tweets.js")


def test_parse_twitter_sliced_truncated_file_is_a_bad_export(data_dir):
    data = (data_dir / GEN_C / "data/tweets.js").read_bytes()
    with pytest.raises(BadExportError, match="tweets.js: truncated or invalid"):
        list(iter_js_slices(data[:-40], "tweets.js", slice_bytes=200))
