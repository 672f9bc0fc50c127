"""Instagram "Download your information" (JSON): post captions, comments, followers.

Only captions and comment texts become posts: photos, videos, their metadata and
locations are never read. Strings carry the same mojibake as Facebook's.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

from ..records import Connection, Post
from .base import ParseContext, Record
from .textutil import fix_mojibake, from_epoch, load_json, synthetic_id

PLATFORM = "instagram"


def _text(value: object) -> str:
    return fix_mojibake(value).strip() if isinstance(value, str) else ""


def _stamp(value: object) -> int | float | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _list(doc: object, *keys: str) -> list:
    if isinstance(doc, dict):
        for key in keys:
            if isinstance(doc.get(key), list):
                return doc[key]
        return []
    return doc if isinstance(doc, list) else []


def caption(entry: dict) -> tuple[str, int | float | None]:
    """Caption and timestamp: outer ``title`` (multi-media) or ``media[0].title``.

    >>> caption({"media": [{"uri": "m.jpg", "creation_timestamp": 5, "title": "Zon!"}]})
    ('Zon!', 5)
    """
    media = [m for m in entry.get("media") or () if isinstance(m, dict)]
    first = media[0] if media else {}
    text = _text(entry.get("title")) or _text(first.get("title"))
    return text, _stamp(entry.get("creation_timestamp")) or _stamp(first.get("creation_timestamp"))


def parse_posts(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``posts_1.json`` (a list of ``{media, title?, creation_timestamp?}``) or reels."""
    for entry in _list(load_json(data, ctx.name), "ig_posts", "ig_reels_media"):
        if not isinstance(entry, dict):
            continue
        text, stamp = caption(entry)
        created = from_epoch(stamp) if stamp is not None else None
        if text and created is not None:
            yield Post(
                platform=PLATFORM, id=synthetic_id(stamp, text), created_at=created, text=text
            )


def parse_comments(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``post_comments_1.json``: ``string_map_data`` with Comment and Time."""
    doc = load_json(data, ctx.name)
    for entry in _list(doc, "comments_media_comments", "comments_reels_comments"):
        fields = entry.get("string_map_data") if isinstance(entry, dict) else None
        if not isinstance(fields, dict):
            continue
        comment = fields.get("Comment") or {}
        when = fields.get("Time") or {}
        text = _text(comment.get("value")) if isinstance(comment, dict) else ""
        stamp = _stamp(when.get("timestamp")) if isinstance(when, dict) else None
        created = from_epoch(stamp) if stamp is not None else None
        if text and created is not None:
            yield Post(
                platform=PLATFORM,
                id=synthetic_id("comment", stamp, text),
                created_at=created,
                text=text,
                is_reply=True,
                kind="comment",
            )


def account_name(entry: dict, item: dict) -> str:
    """``title`` (2025+), else ``value``, else the last part of ``href``.

    >>> account_name({"title": ""}, {"href": "https://www.instagram.com/_u/anna.b"})
    'anna.b'
    """
    name = _text(entry.get("title")) or _text(item.get("value"))
    if not name and isinstance(item.get("href"), str):
        path = urlsplit(item["href"]).path.rstrip("/")
        name = path.rsplit("/", 1)[-1]
    return name


def _accounts(data: bytes, ctx: ParseContext, relation: str) -> Iterator[Record]:
    doc = load_json(data, ctx.name)
    for entry in _list(doc, f"relationships_{relation}s", f"relationships_{relation}"):
        if not isinstance(entry, dict):
            continue
        for item in entry.get("string_list_data") or [{}]:
            if not isinstance(item, dict):
                continue
            name = account_name(entry, item)
            if not name:
                continue
            stamp = _stamp(item.get("timestamp"))
            when = from_epoch(stamp) if stamp else None
            yield Connection(
                platform=PLATFORM,
                name=name,
                handle=name,
                profile_url=f"https://www.instagram.com/{name}",
                connected_on=when.date() if when else None,
                relation=relation,
            )


def parse_followers(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``followers_1.json`` (a top-level list) or ``relationships_followers``."""
    return _accounts(data, ctx, "follower")


def parse_following(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``following.json``: ``{"relationships_following": [...]}``."""
    return _accounts(data, ctx, "following")
