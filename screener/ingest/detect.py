"""Recognise an export file from its first bytes: header rows, JS prefixes, JSON keys.

File names only break ties (an Instagram followers list and a following list have the
same shape). The result is a registry key, a :class:`Skip` with the reason the file is
not used, or None when nothing matches.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from .csvtools import header_key, sniff_delimiter

HEAD_BYTES = 64 * 1024

DM = "not used: direct messages are never stored"
LIKES = "not used: likes and reactions are never stored"
MEDIA = "not used: photos, videos and media metadata are never stored"
NESTED = "nested archive not opened: unpack it and upload its contents"
HTML = "not used: HTML page (for Facebook and Instagram, request the JSON download)"


@dataclass(frozen=True, slots=True)
class Skip:
    """A recognised file that is deliberately not used, and why."""

    reason: str


_MAGIC = (
    (b"\xff\xd8\xff", MEDIA),
    (b"\x89PNG", MEDIA),
    (b"GIF8", MEDIA),
    (b"RIFF", MEDIA),
    (b"ID3", MEDIA),
    (b"OggS", MEDIA),
    (b"\x1aE\xdf\xa3", MEDIA),  # webm / mkv
    (b"%PDF", "not used: PDF documents"),
    (b"PK\x03\x04", NESTED),
    (b"\x1f\x8b", NESTED),
    (b"BZh", NESTED),
    (b"\xfd7zXZ\x00", NESTED),
    (b"7z\xbc\xaf", NESTED),
    (b"Rar!", NESTED),
)

_YTD = re.compile(r"window\.YTD\.([A-Za-z0-9_]+)\.part\d+\s*=")
_YTD_TYPES = {
    "tweet": "x.tweets",
    "tweets": "x.tweets",
    "account": "x.account",
    "follower": "x.follower",
    "following": "x.following",
}
_YTD_SKIPS = {
    "like": LIKES,
    "deleted_tweet": "not used: deleted tweets are not screened",
    "deleted_tweets": "not used: deleted tweets are not screened",
}


def _head_text(head: bytes) -> str:
    if head[:2] == b"\xff\xfe":
        return head[2 : len(head) - (len(head) % 2)].decode("utf-16-le", "replace")
    if head[:2] == b"\xfe\xff":
        return head[2 : len(head) - (len(head) % 2)].decode("utf-16-be", "replace")
    return head.decode("utf-8", "replace").lstrip("\ufeff")


def identify(name: str, head: bytes) -> str | Skip | None:
    """Registry key for a file, a :class:`Skip`, or None (unrecognised).

    :param name: the member name (only used to break ties).
    :param head: the first bytes of the file (up to :data:`HEAD_BYTES`).

    >>> identify("whatever.txt", b"window.YTD.tweets.part0 = [ ]")
    'x.tweets'
    >>> identify("a.csv", b"First Name,Last Name,URL,Company,Position,Connected On\\n")
    'linkedin.connections'
    >>> identify("inbox/x.json", b'{"participants": [], "messages": []}').reason
    'not used: direct messages are never stored'
    """
    base = PurePosixPath(name).name.lower()
    if not head:
        return Skip("empty file")
    if name.startswith("__MACOSX/") or base in (".ds_store", "thumbs.db", "desktop.ini"):
        return Skip("operating-system metadata")
    for magic, reason in _MAGIC:
        if head.startswith(magic):
            return Skip(reason)
    if len(head) > 12 and head[4:8] == b"ftyp":
        return Skip(MEDIA)
    if b"\x00" in head[:4096] and head[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        return None
    text = _head_text(head).lstrip()
    if text.startswith("window.YTD."):
        return _identify_ytd(text)
    if text.startswith("window.__THAR_CONFIG"):
        return "x.manifest"
    if text.startswith("Grailbird.data.tweets_"):
        return "x.grailbird"
    if text.startswith("var user_details"):
        return "x.user_details"
    if text.startswith("var "):
        return Skip("not used: archive index")
    if text[:1] in ("{", "["):
        return _identify_json(base, text)
    lowered = text[:2048].lower()
    if lowered.startswith("<") and ("<html" in lowered or "<!doctype html" in lowered):
        return Skip(HTML)
    return _identify_csv(base, text)


def _identify_ytd(text: str) -> str | Skip | None:
    match = _YTD.match(text)
    if not match:
        return None
    kind = match.group(1)
    if kind in _YTD_TYPES:
        return _YTD_TYPES[kind]
    if kind.startswith("direct_message") or kind.startswith("dm"):
        return Skip(DM)
    return Skip(_YTD_SKIPS.get(kind, f"not used: X '{kind}' data"))


def _has(text: str, *keys: str) -> bool:
    return any(re.search(rf'"{re.escape(k)}"\s*:', text) for k in keys)


_JSON_SKIPS = (
    (("participants", "messages"), DM, True),
    (
        ("likes_media_likes", "likes_comments_likes", "reactions_v2", "likes_v2", "reaction"),
        LIKES,
        False,
    ),
    (
        ("sent_requests_v2", "received_requests_v2", "deleted_friends_v2", "rejected_requests_v2"),
        "not used: friend requests and removed friends are not connections",
        False,
    ),
    (("ig_stories", "ig_profile_picture"), MEDIA, False),
)

_JSON_TYPES = (
    (("preferredUsername",), "mastodon.actor"),
    (("relationships_following",), "instagram.following"),
    (("relationships_followers",), "instagram.followers"),
    (("friends_v2", "friends"), "facebook.friends"),
    (("following_v3", "following_v2"), "facebook.following"),
    (("followers_v3", "followers_v2"), "facebook.followers"),
    (("comments_v2",), "facebook.comments"),
    (("group_posts_v2",), "facebook.posts"),
    (("profile_v2",), "facebook.profile"),
    (("comments_media_comments", "comments_reels_comments"), "instagram.comments"),
    (("ig_reels_media",), "instagram.posts"),  # reels carry captions like posts
)


def _identify_json(base: str, text: str) -> str | Skip | None:
    for keys, reason, need_all in _JSON_SKIPS:
        if (all if need_all else any)(_has(text, k) for k in keys):
            return Skip(reason)
    if _has(text, "orderedItems"):
        if re.search(r'"id"\s*:\s*"[^"]*(likes|bookmarks)\.json"', text) or (
            "like" in base or "bookmark" in base
        ):
            return Skip("not used: likes and bookmarks are never stored")
        return "mastodon.outbox"
    if text.startswith("{"):
        for keys, key in _JSON_TYPES:
            if _has(text, *keys):
                return key
        if re.search(r'"relationships_[a-z_]+"\s*:', text):
            return Skip("not used: blocked, restricted or requested accounts")
        if _has(text, "posts", "items", "data") and _first_object(text) is None:
            return _generic_keys(_nested_first_object(text))
        return None
    first = _first_object(text)
    if first is None:
        return _identify_list_by_regex(base, text)
    return _identify_list(base, first)


def _first_object(text: str) -> dict | None:
    """The first element of a top-level JSON list, when it fits in the head."""
    if not text.startswith("["):
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(text[1:].lstrip())
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _nested_first_object(text: str) -> dict | None:
    match = re.search(r'"(?:posts|items|data)"\s*:\s*\[', text)
    if not match:
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(text[match.end() :].lstrip())
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _identify_list(base: str, first: dict) -> str | Skip | None:
    keys = set(first)
    if "string_list_data" in keys:
        return "instagram.following" if "following" in base else "instagram.followers"
    if "media" in keys and "timestamp" not in keys:
        return "instagram.posts"
    if "timestamp" in keys and keys & {"data", "attachments", "title", "tags"}:
        return "facebook.posts"
    if "string_map_data" in keys:
        fields = first["string_map_data"]
        if isinstance(fields, dict) and "Comment" in fields:
            return "instagram.comments"
        return Skip("not used: Instagram account data")
    return _generic_keys(first)


def _identify_list_by_regex(base: str, text: str) -> str | Skip | None:
    if _has(text, "string_list_data"):
        return "instagram.following" if "following" in base else "instagram.followers"
    if re.match(r'\[\s*\{\s*"timestamp"\s*:', text):
        return "facebook.posts"
    if re.match(r'\[\s*\{\s*"media"\s*:', text):
        return "instagram.posts"
    return None


DATE_KEYS = ("date", "createdat", "created", "timestamp", "time", "datetime", "published")
TEXT_KEYS = ("text", "content", "message", "body", "post", "fulltext", "caption")
_PRIVATE_KEYS = {"conversationid", "from", "to", "sender", "recipient", "participants"}


def _generic_keys(first: dict | None) -> str | None:
    if not first:
        return None
    keys = {header_key(str(k)) for k in first}
    if keys & _PRIVATE_KEYS:
        return None
    if keys & set(DATE_KEYS) and keys & set(TEXT_KEYS):
        return "generic.json"
    return None


def _identify_csv(base: str, text: str) -> str | Skip | None:
    delimiter = sniff_delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text[:16384], newline=""), delimiter=delimiter))
    except csv.Error:
        return None
    for row in rows[:8]:
        keys = {header_key(c) for c in row}
        found = _csv_keys(base, keys)
        if found is not None:
            return found
    return None


def _csv_keys(base: str, keys: set[str]) -> str | Skip | None:
    if {"firstname", "lastname", "connectedon"} <= keys:
        return "linkedin.connections"
    if "date" in keys and keys & {"sharecommentary", "sharelink"}:
        return "linkedin.shares"
    if {"date", "link", "message"} <= keys:
        return "linkedin.comments"
    if {"firstname", "lastname"} <= keys and keys & {"headline", "maidenname", "industry"}:
        return "linkedin.profile"
    if {"companyname", "title"} <= keys and keys & {"startedon", "finishedon"}:
        return "linkedin.positions"
    if keys == {"profilesummary"}:
        return "linkedin.profile_summary"
    if {"tweetid", "timestamp", "text"} <= keys:
        return "x.tweets_csv"
    if "accountaddress" in keys:
        if "showboosts" in keys or "following" in base:
            return "mastodon.following"
        return Skip("not used: blocked and muted accounts")
    if {"from", "to", "sentat"} <= keys:
        return Skip("not used: pending invitations are not connections")
    if "conversationid" in keys or ({"from", "to"} <= keys and keys & {"content", "subject"}):
        return Skip(DM)
    if {"date", "type", "link"} <= keys or {"date", "link", "optiontext"} <= keys:
        return Skip(LIKES)
    if keys & _PRIVATE_KEYS:
        return None
    if keys & set(DATE_KEYS) and keys & set(TEXT_KEYS):
        return "generic.csv"
    return None
