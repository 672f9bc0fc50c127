"""Mastodon account archive (zip or tar.gz): outbox.json, actor.json; following_accounts.csv.

Direct messages and followers-only posts are in the outbox too. They are dropped here,
counted in ``ctx.dropped_private`` and never stored: only public and unlisted posts are
something a candidate chose to publish.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import urlsplit

import orjson

from ..errors import BadExportError
from ..records import Connection, Post, Profile
from .base import ParseContext, Record
from .csvtools import find_header, read_rows, row_dicts
from .textutil import parse_datetime

PLATFORM = "mastodon"
PUBLIC = {"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"}


class _Flatten(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in ("p", "blockquote", "ul", "ol", "pre") and self.parts:
            self.parts.append("\n\n")
        elif tag == "li":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


_MANY_NEWLINES = re.compile(r"\n{3,}")


def html_to_text(markup: str) -> str:
    """Mastodon's status HTML as plain text; link spans are joined to the real URL.

    >>> html_to_text('<p>Zie <a href="https://example.org/a/very/long/path">'
    ...              '<span class="invisible">https://</span><span class="ellipsis">'
    ...              'example.org/a/very</span><span class="invisible">/long/path</span></a>'
    ...              '</p><p>Tot &amp; met<br />morgen</p>')
    'Zie https://example.org/a/very/long/path\\n\\nTot & met\\nmorgen'
    """
    parser = _Flatten()
    parser.feed(markup)
    parser.close()
    return _MANY_NEWLINES.sub("\n\n", "".join(parser.parts)).strip()


def _as_set(value: object) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, list):
        return {v for v in value if isinstance(v, str)}
    return set()


def is_public(activity: dict) -> bool:
    """Public (``#Public`` in ``to``) or unlisted (in ``cc``); not followers-only or DM.

    >>> is_public({"to": ["https://www.w3.org/ns/activitystreams#Public"]})
    True
    >>> is_public({"to": ["https://example.social/users/ada/followers"], "cc": []})
    False
    """
    return bool(PUBLIC & (_as_set(activity.get("to")) | _as_set(activity.get("cc"))))


def _load(data: bytes, ctx: ParseContext) -> object:
    try:
        return orjson.loads(data)  # keeps the LAST duplicate "orderedItems" (mastodon#31091)
    except orjson.JSONDecodeError as exc:
        raise BadExportError(f"{ctx.name}: truncated or invalid JSON ({exc})") from None


def parse_outbox(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``outbox.json``: Create (own posts) and Announce (boosts) activities."""
    outbox = _load(data, ctx)
    if not isinstance(outbox, dict):
        raise BadExportError(f"{ctx.name}: expected an ActivityStreams collection")
    for item in outbox.get("orderedItems") or ():
        if not isinstance(item, dict):
            continue
        kind, obj = item.get("type"), item.get("object")
        if kind == "Create" and isinstance(obj, dict):
            if not is_public(obj if ("to" in obj or "cc" in obj) else item):
                ctx.dropped_private += 1
                continue
            post = _note(obj, item)
        elif kind == "Announce":
            if not is_public(item):
                ctx.dropped_private += 1
                continue
            post = _boost(item, obj)
        else:
            continue
        if post is not None:
            yield post


def _note(obj: dict, item: dict) -> Post | None:
    created = parse_datetime(str(obj.get("published") or item.get("published") or ""))
    status_id = obj.get("id") or item.get("id")
    if created is None or not status_id:
        return None
    content = obj.get("content")
    content_map = obj.get("contentMap") if isinstance(obj.get("contentMap"), dict) else {}
    if not content and content_map:
        content = next(iter(content_map.values()))
    text = html_to_text(str(content or ""))
    if obj.get("summary"):  # a content warning is the author's own words too
        text = f"{html_to_text(str(obj['summary']))}\n\n{text}".strip()
    url = obj.get("url")
    return Post(
        platform=PLATFORM,
        id=str(status_id),
        created_at=created,
        text=text,
        url=str(url) if isinstance(url, str) else str(status_id),
        is_reply=bool(obj.get("inReplyTo")),
        lang=next(iter(content_map), None),
    )


def _boost(item: dict, obj: object) -> Post | None:
    created = parse_datetime(str(item.get("published") or ""))
    if created is None or not item.get("id"):
        return None
    target = obj if isinstance(obj, str) else (obj or {}).get("id")
    return Post(
        platform=PLATFORM,
        id=str(item["id"]),
        created_at=created,
        text="",
        url=str(target) if target else None,
        is_repost=True,
    )


def parse_actor(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``actor.json``: the account as ``user@host`` with its profile URL and bio."""
    actor = _load(data, ctx)
    if not isinstance(actor, dict) or not actor.get("preferredUsername"):
        raise BadExportError(f"{ctx.name}: expected an ActivityPub actor")
    url = actor.get("url") if isinstance(actor.get("url"), str) else actor.get("id")
    host = urlsplit(str(url or "")).hostname
    user = str(actor["preferredUsername"])
    yield Profile(
        platform=PLATFORM,
        name=str(actor.get("name") or ""),
        handle=f"{user}@{host}" if host else user,
        profile_url=str(url) if url else None,
        summary=html_to_text(str(actor.get("summary") or "")),
    )


def parse_following(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``following_accounts.csv``: addresses only; the URL is built as host/@user."""
    rows, _ = read_rows(data, ctx.name)
    header_at = find_header(rows, {"accountaddress"})
    if header_at is None:
        raise BadExportError(f"{ctx.name}: no 'Account address' header")
    for row in row_dicts(rows, header_at):
        address = row.get("accountaddress", "").lstrip("@")
        if not address:
            continue
        user, _, host = address.partition("@")
        yield Connection(
            platform=PLATFORM,
            name=address,
            handle=address,
            profile_url=f"https://{host}/@{user}" if host and user else None,
            relation="following",
        )
