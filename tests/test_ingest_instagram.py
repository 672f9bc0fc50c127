"""Instagram JSON exports (formats.md §5.1) and the HTML export refusal."""

from __future__ import annotations

import pytest

from screener.errors import UnknownPlatformError
from screener.ingest import parse_export


@pytest.fixture
def ig(data_dir):
    return parse_export(data_dir / "instagram/2025_layout")


def test_parse_instagram_captions_in_both_shapes(ig):
    posts = [p for p in ig.posts if p.kind == "post"]
    # single media: caption on media[0].title; multi-media: on the outer title (mojibake fixed)
    assert [p.text for p in posts] == [
        "Eerste reel van ons team 🎬",
        "Zonnige dag op het werk ☀️",
        "Teamuitje… eindelijk!",
    ]
    assert all(p.platform == "instagram" and p.url is None for p in posts)


def test_parse_instagram_comments(ig):
    (comment,) = [p for p in ig.posts if p.kind == "comment"]
    assert comment.text == "Wat een onzin weer" and comment.is_reply


def test_parse_instagram_followers_and_both_following_shapes(ig):
    people = {(c.relation, c.handle, c.profile_url) for c in ig.connections}
    assert people == {
        ("follower", "sanne.dewit", "https://www.instagram.com/sanne.dewit"),
        ("follower", "bram_b", "https://www.instagram.com/bram_b"),
        # 2025: the name in title, href with /_u/
        ("following", "gemeente.utrecht", "https://www.instagram.com/gemeente.utrecht"),
        ("following", "old.style", "https://www.instagram.com/old.style"),
    }


def test_parse_instagram_skips_likes_and_messages(ig):
    reasons = {s.name.rsplit("/", 1)[-1]: s.reason for s in ig.skipped}
    assert reasons["liked_posts.json"].startswith("not used: likes")
    assert reasons["message_1.json"] == "not used: direct messages are never stored"


def test_parse_instagram_html_export_is_refused_with_advice(data_dir):
    with pytest.raises(UnknownPlatformError, match="choose JSON when requesting the Instagram"):
        parse_export(data_dir / "instagram/html_export")
