"""X/Twitter archives: Grailbird (tweets.csv, monthly js), tweet.js and tweets.js.

Data files are JavaScript assignments (``window.YTD.tweets.part0 = [...]``); the prefix
is cut and the rest read as JSON, never evaluated. Texts are HTML-escaped exactly once
by X, so they are unescaped exactly once here; t.co links are expanded from entities.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import UTC, datetime

from ..errors import BadExportError
from ..records import Connection, Post, Profile
from .base import ParseContext, Record
from .csvtools import find_header, read_rows, row_dicts
from .jsdata import iter_js_slices, load_js
from .textutil import parse_datetime

PLATFORM = "x"

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_TCO = re.compile(r"https?://t\.co/\w+")
_WEB_STATUS = "https://x.com/i/web/status/"
# a reply can carry only the user id (29 of 1,406 replies in one real export)
_REPLY_KEYS = frozenset(
    (
        "in_reply_to_status_id_str",
        "in_reply_to_status_id",
        "in_reply_to_user_id_str",
        "in_reply_to_user_id",
    )
)
_fromiso = datetime.fromisoformat
_NO_LANG = {"und", "qme", "qht", "zxx", "art", "qam", "qct", "qst"}


_MONTH_NUMBERS = {name: f"{number:02d}" for name, number in _MONTHS.items()}


def parse_time(value: str) -> datetime | None:
    """X's ``Wed Oct 10 20:19:24 +0000 2018`` (fast path) or Grailbird's ISO-like form.

    >>> parse_time("Wed Oct 10 20:19:24 +0000 2018").isoformat()
    '2018-10-10T20:19:24+00:00'
    >>> parse_time("Wed Oct 10 22:19:24 +0200 2018").isoformat()
    '2018-10-10T20:19:24+00:00'
    >>> parse_time("2013-02-01 04:54:20 +0000").isoformat()
    '2013-02-01T04:54:20+00:00'
    """
    parts = value.split(" ")
    if len(parts) == 6 and parts[1] in _MONTH_NUMBERS:
        day = parts[2] if len(parts[2]) == 2 else parts[2].zfill(2)
        try:
            # fromisoformat is implemented in C: several times faster than strptime
            result = datetime.fromisoformat(
                f"{parts[5]}-{_MONTH_NUMBERS[parts[1]]}-{day}T{parts[3]}{parts[4]}"
            )
        except ValueError:
            return None
        return result if parts[4] == "+0000" else result.astimezone(UTC)
    return parse_datetime(value)


def _expand(text: str, entities: object, extended: object = None) -> str:
    """Replace t.co links with their targets; drop media links (media is never kept).

    >>> _expand("Zie https://t.co/a1", {"urls": [{"url": "https://t.co/a1",
    ...         "expanded_url": "https://example.org/"}]})
    'Zie https://example.org/'
    """
    if type(entities) is not dict:
        return text
    urls = entities.get("urls")
    if urls:
        for url in urls:
            short = url.get("url")
            if short and short in text:
                full = url.get("expanded_url")
                if full:
                    text = text.replace(short, full)
    media = entities.get("media")
    if type(extended) is dict and extended.get("media"):
        media = (media or []) + extended["media"]
    if media:
        for item in media:
            short = item.get("url")
            if short:
                text = text.replace(short, "")
    return text


def _tweet(t: dict, versions: dict[str, int], prefix: str | None) -> Post | None:
    # The hot loop of a 100k-tweet archive: few lookups, positional record construction.
    get = t.get
    own = get("id_str") or str(get("id") or "")
    stamp = get("created_at") or ""
    month = _MONTH_NUMBERS.get(stamp[4:7])
    if month and len(stamp) == 30 and stamp[20:25] == "+0000":
        try:  # fixed width "Wed Oct 10 20:19:24 +0000 2018", sliced (the hot path)
            created = _fromiso(f"{stamp[26:]}-{month}-{stamp[8:10]}T{stamp[11:19]}Z")
        except ValueError:
            return None
    else:
        created = parse_time(stamp)
    if not own or created is None:
        return None
    text = get("full_text")
    if text is None:
        text = get("text") or ""
    if "&" in text:
        text = html.unescape(text)
    if "t.co/" in text:
        text = _expand(text, get("entities"), get("extended_entities")).strip()
    key = own
    if "edit_info" in t:
        edit = t["edit_info"]
        ids = _edit_ids(edit)
        if ids and len(ids) > 1:  # an edit chain: keep only its newest version
            key = str(ids[-1])
            rank = int(own) if own.isdigit() else 0
            if versions.get(key, -1) > rank:
                return None
            versions[key] = rank
    if prefix is None:  # classic archives embed the user in every tweet
        user = get("user")
        name = user.get("screen_name") if type(user) is dict else None
        url = f"https://x.com/{name}/status/{own}" if name else _WEB_STATUS + own
    else:
        url = prefix + own
    lang = get("lang")
    return Post(
        PLATFORM,
        key,
        created,
        text,
        url,
        text.startswith("RT @") or ("retweeted_status" in t and bool(t["retweeted_status"])),
        not _REPLY_KEYS.isdisjoint(t) and any(get(k) for k in _REPLY_KEYS),
        "post",
        lang if lang and lang not in _NO_LANG else None,
    )


def _edit_ids(edit: object) -> list | None:
    if not isinstance(edit, dict):
        return None
    initial = edit.get("initial")
    if isinstance(initial, dict):
        return initial.get("editTweetIds")
    control = (edit.get("edit") or {}).get("editControlInitial") or {}
    return control.get("editTweetIds")


def parse_tweets(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``tweet.js``/``tweets.js`` (and ``-partN``): wrapped or bare tweet objects."""
    prefix = f"https://x.com/{ctx.handle}/status/" if ctx.handle else None
    versions = ctx.versions
    posts: list[Record] = []
    append = posts.append
    for items in iter_js_slices(data, ctx.name):
        for item in items:
            tweet = item.get("tweet", item) if type(item) is dict else None
            if type(tweet) is dict:
                post = _tweet(tweet, versions, prefix)
                if post is not None:
                    append(post)
        del items  # free this slice's objects before the next is parsed
    return iter(posts)


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
