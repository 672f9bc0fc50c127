"""Detection from contents: every test export is recognised under a meaningless name."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.ingest import detect_platform
from screener.ingest.detect import identify

DATA = Path(__file__).parent / "data"
PLATFORM_DIRS = {
    "linkedin": "linkedin",
    "x": "x",
    "facebook": "facebook",
    "mastodon": "mastodon",
    "instagram": "instagram",
    "generic": "generic",
}
# files that are recognised but deliberately never read (names relative to tests/data)
NOT_USED = {
    "linkedin/messages.csv",
    "linkedin/reactions.csv",
    "x/gen_c_tweets_js/data/like.js",
    "x/gen_c_tweets_js/data/direct-messages.js",
    "x/gen_a_grailbird/data/js/tweet_index.js",
    "mastodon/archive/likes.json",
    "facebook/2024_layout/connections/friends/sent_friend_requests.json",
    "facebook/2024_layout/your_facebook_activity/messages/inbox/sanne_123/message_1.json",
    "facebook/2024_layout/your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json",
    "facebook/2024_layout/your_facebook_activity/posts/media/x.jpg",
    "instagram/2025_layout/your_instagram_activity/likes/liked_posts.json",
    "instagram/2025_layout/your_instagram_activity/messages/inbox/sanne_1/message_1.json",
    "instagram/html_export/index.html",
    "instagram/html_export/your_instagram_activity/content/posts_1.html",
}
FILES = sorted(
    p.relative_to(DATA).as_posix()
    for d in PLATFORM_DIRS
    for p in (DATA / d).rglob("*")
    if p.is_file()
)


@pytest.mark.parametrize("rel", FILES)
def test_detect_platform_from_contents_not_names(rel):
    data = (DATA / rel).read_bytes()
    expected = None if rel in NOT_USED else PLATFORM_DIRS[rel.split("/")[0]]
    assert detect_platform("upload.bin", data) == expected


@pytest.mark.parametrize("rel", sorted(NOT_USED))
def test_detect_not_used_files_carry_a_reason(rel):
    kind = identify("upload.bin", (DATA / rel).read_bytes()[:65536])
    assert kind is not None and not isinstance(kind, str)
    assert kind.reason.startswith("not used")


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        # the Instagram followers and following lists have the same shape: the name decides
        (
            "followers_1.json",
            b'[{"title": "", "string_list_data": [{"value": "a"}]}]',
            "instagram.followers",
        ),
        (
            "following_1.json",
            b'[{"title": "", "string_list_data": [{"value": "a"}]}]',
            "instagram.following",
        ),
        ("outbox.json", b'{"type": "OrderedCollection", "orderedItems": []}', "mastodon.outbox"),
        ("random.bin", b"\x00\x01\x02\x03binary", None),
        ("empty.csv", b"", None),
    ],
)
def test_detect_uses_names_only_to_break_ties(name, data, expected):
    kind = identify(name, data)
    assert (kind if isinstance(kind, str) or kind is None else None) == expected
