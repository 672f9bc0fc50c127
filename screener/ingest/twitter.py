"""X/Twitter archives: Grailbird (tweets.csv, monthly js), tweet.js and tweets.js.

Data files are JavaScript assignments (``window.YTD.tweets.part0 = [...]``); the prefix
is cut and the rest read as JSON, never evaluated. Texts are HTML-escaped exactly once
by X, so they are unescaped exactly once here; t.co links are expanded from entities.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import orjson

from ..errors import BadExportError
from ..records import Connection, Post, Profile
from .base import ParseContext, Record
from .csvtools import find_header, read_rows, row_dicts
from .textutil import parse_datetime

PLATFORM = "x"

_PREFIX = re.compile(
    rb"\s*(?:\xef\xbb\xbf)?\s*(?:window\.YTD\.\w+\.part\d+|window\.__THAR_CONFIG"
    rb"|Grailbird\.data\.\w+|var\s+\w+)\s*=\s*"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_TCO = re.compile(r"https?://t\.co/\w+")
_NO_LANG = {"und", "qme", "qht", "zxx", "art", "qam", "qct", "qst"}


def load_js(data: bytes, name: str) -> object:
    """The JSON value assigned in an X archive ``.js`` file (prefix cut, never eval'd).

    >>> load_js(b'window.YTD.account.part0 = [ {"account": {"username": "ada"}} ]', "a.js")
    [{'account': {'username': 'ada'}}]
    """
    match = _PREFIX.match(data)
    if not match:
        raise BadExportError(f"{name}: not an X archive data file (no 'window.YTD' assignment)")
    end = len(data)
    while end > match.end() and data[end - 1] in b" \t\r\n;":
        end -= 1
    try:
        return orjson.loads(memoryview(data)[match.end() : end])
    except orjson.JSONDecodeError as exc:
        raise BadExportError(f"{name}: truncated or invalid data ({exc})") from None


def parse_time(value: str) -> datetime | None:
    """X's ``Wed Oct 10 20:19:24 +0000 2018`` (fast path) or Grailbird's ISO-like form.

    >>> parse_time("Wed Oct 10 20:19:24 +0000 2018").isoformat()
    '2018-10-10T20:19:24+00:00'
    >>> parse_time("2013-02-01 04:54:20 +0000").isoformat()
    '2013-02-01T04:54:20+00:00'
    """
    parts = value.split(" ")
    if len(parts) == 6 and parts[1] in _MONTHS and len(parts[3]) == 8:
        hms, zone = parts[3], parts[4]
        try:
            result = datetime(
                int(parts[5]),
                _MONTHS[parts[1]],
                int(parts[2]),
                int(hms[0:2]),
                int(hms[3:5]),
                int(hms[6:8]),
                tzinfo=UTC,
            )
        except ValueError:
            return None
        if zone != "+0000" and len(zone) == 5 and zone[1:].isdigit():
            offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5]))
            result = result - offset if zone[0] == "+" else result + offset
        return result
    return parse_datetime(value)


def _expand(text: str, entities: object, extended: object = None) -> str:
    if not isinstance(entities, dict):
        return text
    for url in entities.get("urls") or ():
        short, full = url.get("url"), url.get("expanded_url")
        if short and full:
            text = text.replace(short, full)
    media = entities.get("media") or []
    if isinstance(extended, dict):
        media = media + (extended.get("media") or [])
    for item in media:  # the photo link says nothing; media is never kept
        short = item.get("url")
        if short:
            text = text.replace(short, "")
    return text


def _tweet(t: dict, ctx: ParseContext) -> Post | None:
    own = t.get("id_str") or str(t.get("id") or "")
    created = parse_time(t.get("created_at") or "")
    if not own or created is None:
        return None
    text = t.get("full_text")
    if text is None:
        text = t.get("text") or ""
    if "&" in text:
        text = html.unescape(text)
    text = _expand(text, t.get("entities"), t.get("extended_entities")).strip()
    key = own
    edit = t.get("edit_info")
    if isinstance(edit, dict):
        ids = (edit.get("initial") or {}).get("editTweetIds") or (
            ((edit.get("edit") or {}).get("editControlInitial") or {}).get("editTweetIds")
        )
        if ids and len(ids) > 1:  # an edit chain: keep only its newest version
            key = str(ids[-1])
            rank = int(own) if own.isdigit() else 0
            if ctx.versions.get(key, -1) > rank:
                return None
            ctx.versions[key] = rank
    user = ctx.handle
    if user is None and isinstance(t.get("user"), dict):
        user = t["user"].get("screen_name")
    lang = t.get("lang")
    return Post(
        platform=PLATFORM,
        id=key,
        created_at=created,
        text=text,
        url=f"https://x.com/{user}/status/{own}" if user else f"https://x.com/i/web/status/{own}",
        is_repost=text.startswith("RT @") or bool(t.get("retweeted_status")),
        is_reply=bool(t.get("in_reply_to_status_id_str") or t.get("in_reply_to_status_id"))
        or bool(t.get("in_reply_to_user_id_str") or t.get("in_reply_to_user_id")),
        lang=lang if lang and lang not in _NO_LANG else None,
    )


def parse_tweets(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``tweet.js``/``tweets.js`` (and ``-partN``): wrapped or bare tweet objects."""
    items = load_js(data, ctx.name)
    if not isinstance(items, list):
        raise BadExportError(f"{ctx.name}: expected a list of tweets")
    for item in items:
        tweet = item.get("tweet", item) if isinstance(item, dict) else None
        if isinstance(tweet, dict):
            post = _tweet(tweet, ctx)
            if post is not None:
                yield post


def parse_grailbird(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """Classic archive ``data/js/tweets/YYYY_MM.js`` (``Grailbird.data.tweets_...``)."""
    yield from parse_tweets(data, ctx)


def parse_tweets_csv(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """Classic archive ``tweets.csv``: HTML-escaped text, comma-joined expanded URLs."""
    rows, _ = read_rows(data, ctx.name)
    header_at = find_header(rows, {"tweetid", "timestamp", "text"})
    if header_at is None:
        raise BadExportError(f"{ctx.name}: no tweet_id,timestamp,text header")
    for row in row_dicts(rows, header_at):
        own, created = row.get("tweetid", ""), parse_time(row.get("timestamp", ""))
        if not own or created is None:
            continue
        text = html.unescape(row.get("text", ""))
        expanded = [u for u in row.get("expandedurls", "").split(",") if u]
        shorts = _TCO.findall(text)
        if expanded and len(shorts) == len(expanded):
            for short, full in zip(shorts, expanded, strict=True):
                text = text.replace(short, full, 1)
        user = ctx.handle
        yield Post(
            platform=PLATFORM,
            id=own,
            created_at=created,
            text=text.strip(),
            url=f"https://x.com/{user}/status/{own}"
            if user
            else f"https://x.com/i/web/status/{own}",
            is_repost=text.startswith("RT @") or bool(row.get("retweetedstatusid")),
            is_reply=bool(row.get("inreplytostatusid") or row.get("inreplytouserid")),
        )


def parse_account(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``account.js``: the handle (``username``) and display name; e-mail is not kept."""
    items = load_js(data, ctx.name)
    for item in items if isinstance(items, list) else [items]:
        account = item.get("account", item) if isinstance(item, dict) else None
        if isinstance(account, dict) and account.get("username"):
            yield from _profile(account["username"], account.get("accountDisplayName"), ctx)


def parse_user_details(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """Classic archive ``data/js/user_details.js``: ``screen_name`` and ``full_name``."""
    details = load_js(data, ctx.name)
    if isinstance(details, dict) and details.get("screen_name"):
        yield from _profile(details["screen_name"], details.get("full_name"), ctx)


def parse_manifest(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``manifest.js``: the account and the authoritative list of tweet parts."""
    manifest = load_js(data, ctx.name)
    if not isinstance(manifest, dict):
        raise BadExportError(f"{ctx.name}: expected a manifest object")
    types = manifest.get("dataTypes") or {}
    for kind in ("tweets", "tweet"):
        for part in (types.get(kind) or {}).get("files") or ():
            if isinstance(part, dict) and part.get("fileName") and str(part.get("count")) != "0":
                ctx.expected[str(part["fileName"]).removeprefix("./")] = "tweets"
    user = manifest.get("userInfo") or {}
    if user.get("userName"):
        yield from _profile(user["userName"], user.get("displayName"), ctx)


def _profile(username: str, display: str | None, ctx: ParseContext) -> Iterator[Record]:
    ctx.handle = str(username)
    yield Profile(
        platform=PLATFORM,
        name=display or "",
        handle=ctx.handle,
        profile_url=f"https://x.com/{ctx.handle}",
    )


def _accounts(data: bytes, ctx: ParseContext, relation: str) -> Iterator[Record]:
    items = load_js(data, ctx.name)
    if not isinstance(items, list):
        raise BadExportError(f"{ctx.name}: expected a list of accounts")
    for item in items:
        if not isinstance(item, dict):
            continue
        account = item.get(relation, item)
        account_id = str(account.get("accountId") or "") if isinstance(account, dict) else ""
        if account_id:
            yield Connection(
                platform=PLATFORM,
                name=account_id,
                profile_url=f"https://x.com/i/user/{account_id}",
                relation=relation,
            )


def parse_followers(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``follower.js``: account ids only (X exports no names or handles)."""
    return _accounts(data, ctx, "follower")


def parse_following(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``following.js``: account ids only (X exports no names or handles)."""
    return _accounts(data, ctx, "following")
