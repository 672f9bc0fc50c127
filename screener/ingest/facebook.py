"""Facebook "Download Your Information" (JSON): posts, comments, friends, profile.

Files are recognised by their keys wherever the folder layout puts them. Facebook
writes every UTF-8 byte as its own ``\\u00XX`` escape, so each string read is repaired
with :func:`~screener.ingest.textutil.fix_mojibake` (which leaves clean text alone).
Attachments (photos, places, media metadata) are never turned into records.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import BadExportError
from ..records import Connection, Post, Profile
from .base import ParseContext, Record
from .textutil import fix_mojibake, from_epoch, load_json, synthetic_id

PLATFORM = "facebook"


def _text(value: object) -> str:
    return fix_mojibake(value).strip() if isinstance(value, str) else ""


def _entries(value: object, *keys: str) -> list:
    if isinstance(value, dict):
        for key in keys:
            if isinstance(value.get(key), list):
                return value[key]
        return []
    return value if isinstance(value, list) else []


def post_text(entry: dict) -> str:
    """The text of one posts-file entry: every ``data[i].post``, joined.

    >>> post_text({"timestamp": 1, "data": [{"update_timestamp": 2}, {}, {"post": "Hoi"}]})
    'Hoi'
    """
    parts = [_text(d.get("post")) for d in entry.get("data") or () if isinstance(d, dict)]
    return "\n\n".join(p for p in parts if p)


def parse_posts(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``your_posts*_N.json`` (a top-level list) or ``{"group_posts_v2": [...]}``."""
    doc = load_json(data, ctx.name)
    for entry in _entries(doc, "group_posts_v2", "status_updates_v2"):
        if not isinstance(entry, dict):
            continue
        text = post_text(entry)
        created = from_epoch(entry["timestamp"]) if _is_number(entry.get("timestamp")) else None
        if not text or created is None:  # photo-only posts, check-ins: nothing written
            continue
        yield Post(
            platform=PLATFORM,
            id=synthetic_id(entry["timestamp"], text),
            created_at=created,
            text=text,
        )


def parse_comments(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``comments.json``: ``{"comments_v2": [{timestamp, data: [{comment: {...}}]}]}``."""
    doc = load_json(data, ctx.name)
    for entry in _entries(doc, "comments_v2", "comments"):
        if not isinstance(entry, dict):
            continue
        for item in entry.get("data") or ():
            comment = item.get("comment") if isinstance(item, dict) else None
            if not isinstance(comment, dict):
                continue
            text = _text(comment.get("comment"))
            stamp = comment.get("timestamp", entry.get("timestamp"))
            created = from_epoch(stamp) if _is_number(stamp) else None
            if text and created is not None:
                yield Post(
                    platform=PLATFORM,
                    id=synthetic_id("comment", stamp, text),
                    created_at=created,
                    text=text,
                    is_reply=True,
                    kind="comment",
                )


def _people(data: bytes, ctx: ParseContext, keys: tuple[str, ...], relation: str):
    doc = load_json(data, ctx.name)
    if not isinstance(doc, dict):
        raise BadExportError(f"{ctx.name}: expected an object with a list of {relation}s")
    for person in _entries(doc, *keys):
        if not isinstance(person, dict):
            continue
        name = _text(person.get("name") or person.get("title"))
        if not name:
            continue
        stamp = person.get("timestamp")
        when = from_epoch(stamp) if _is_number(stamp) and stamp else None
        yield Connection(
            platform=PLATFORM,
            name=name,
            connected_on=when.date() if when else None,
            relation=relation,
        )


def parse_friends(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``friends.json`` / ``your_friends.json``: names and friends-since dates only."""
    return _people(data, ctx, ("friends_v2", "friends"), "friend")


def parse_following(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``who_you've_followed.json`` (``following_v3``)."""
    return _people(data, ctx, ("following_v3", "following_v2", "following"), "following")


def parse_followers(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``people_who_followed_you.json`` (``followers_v3``, names without dates)."""
    return _people(data, ctx, ("followers_v3", "followers_v2", "followers"), "follower")


def parse_profile(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``profile_information.json``: the name and profile URL; nothing else is kept."""
    doc = load_json(data, ctx.name)
    profile = doc.get("profile_v2") if isinstance(doc, dict) else None
    if not isinstance(profile, dict):
        raise BadExportError(f"{ctx.name}: expected a profile_v2 object")
    name = profile.get("name")
    full = _text(name.get("full_name")) if isinstance(name, dict) else _text(name)
    uri = profile.get("profile_uri")
    yield Profile(platform=PLATFORM, name=full, profile_url=uri if isinstance(uri, str) else None)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
