"""Facebook "Download Your Information" JSON in two folder layouts (formats.md §3)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from screener.ingest import PARSERS, parse_export
from screener.ingest.textutil import synthetic_id


@pytest.fixture
def fb2024(data_dir):
    return parse_export(data_dir / "facebook/2024_layout")


def test_parse_facebook_repairs_mojibake_in_text_and_names(fb2024):
    texts = [p.text for p in fb2024.posts]
    assert "Mooie dag gehad in Đà Nẵng met collega's 😊" in texts
    names = {c.name for c in fb2024.connections}
    assert {"Đinh Văn An", "Jörg Müller"} <= names


def test_parse_facebook_leaves_already_clean_text_alone(data_dir):
    # a file re-saved by a tool is proper UTF-8 already (Chatistics#65)
    data = (data_dir / "facebook/clean_resaved_posts.json").read_bytes()
    (post,) = PARSERS["facebook.posts"](data)
    assert post.text == "Ål og Ä vs Ãx: niet kapot maken — ĐÃ"


def test_parse_facebook_posts_without_text_are_not_posts(fb2024):
    posts = [p for p in fb2024.posts if p.kind == "post"]
    assert [p.text for p in posts] == [
        "Mooie dag gehad in Đà Nẵng met collega's 😊",
        "Café De Zwaan: prima koffie, trage service.",
    ]
    assert posts[0].created_at == datetime.fromtimestamp(1714640000, UTC)


def test_parse_facebook_synthetic_ids_are_stable(fb2024):
    post = fb2024.posts[0]
    assert post.id == synthetic_id(1714640000, post.text)
    assert post.url is None


def test_parse_facebook_connections_by_relation(fb2024):
    people = {(c.relation, c.name, c.connected_on) for c in fb2024.connections}
    assert people == {
        ("friend", "Đinh Văn An", date(2020, 9, 13)),
        ("friend", "Sanne de Wit", date(2017, 7, 14)),
        ("following", "Gemeente Utrecht", date(2022, 4, 15)),
        ("follower", "Jörg Müller", None),
    }


def test_parse_facebook_comments_and_profile(fb2024):
    (comment,) = [p for p in fb2024.posts if p.kind == "comment"]
    assert comment.text == "Helemaal mee eens, ’t is absurd." and comment.is_reply
    (profile,) = fb2024.profiles
    assert profile.name == "Anne Fictief"
    assert profile.profile_url == "https://www.facebook.com/anne.fictief"


def test_parse_facebook_never_reads_messages_requests_reactions_or_media(fb2024):
    reasons = {s.name.rsplit("/", 1)[-1]: s.reason for s in fb2024.skipped}
    assert reasons["message_1.json"] == "not used: direct messages are never stored"
    assert reasons["likes_and_reactions_1.json"].startswith("not used: likes")
    assert reasons["sent_friend_requests.json"].startswith("not used: friend requests")
    assert reasons["x.jpg"].startswith("not used: photos")
    assert "Iemand Anders" not in {c.name for c in fb2024.connections}


def test_parse_facebook_2019_layout(data_dir):
    bundle = parse_export(data_dir / "facebook/2019_layout")
    assert [p.text for p in bundle.posts] == ["Eerste dag bij de nieuwe werkgever!"]
    assert [(c.name, c.relation) for c in bundle.connections] == [("Bram Bakker", "friend")]
