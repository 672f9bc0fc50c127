"""X archive writing and date helpers for the demo generator (``make_demo.py``)."""

from __future__ import annotations

import html
import json
import random
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from make_demo import ascii_slug

TWEPOCH_MS = 1288834974657


def moment(rng: random.Random, start: date, end: date) -> datetime:
    """A random time between two dates, mostly in waking hours (UTC)."""
    day = start + timedelta(days=rng.randrange((end - start).days))
    hour = rng.choice((6, 7, 8, 9, 11, 12, 13, 16, 17, 19, 20, 21, 22))
    return datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60))


def spread(rng: random.Random, texts: list[str], start: date, end: date) -> list:
    return [(moment(rng, start, end), t) for t in texts]


# --------------------------------------------------------------------------- X archive


def tweet(rng: random.Random, when: datetime, text: str, lang: str, reply: str = "") -> dict:
    """One tweet object of a 2022+ archive: string numbers, escaped text, entities."""
    ms = int(when.replace(tzinfo=UTC).timestamp() * 1000)
    tid = str(((ms - TWEPOCH_MS) << 22) + rng.randrange(1 << 22))
    ent: dict[str, list] = {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []}
    for m in re.finditer(r"#(\w+)", text):
        ent["hashtags"].append({"text": m.group(1), "indices": [str(m.start()), str(m.end())]})
    for m in re.finditer(r"@(\w+)", text):
        uid = str(rng.randrange(10**8, 10**18))
        ent["user_mentions"].append(
            {
                "name": m.group(1),
                "screen_name": m.group(1),
                "indices": [str(m.start()), str(m.end())],
                "id_str": uid,
                "id": uid,
            }
        )
    for m in re.finditer(r"https://t\.co/\w+", text):
        target = f"https://www.example.org/{ascii_slug(text[:24])}"
        ent["urls"].append(
            {
                "url": m.group(0),
                "expanded_url": target,
                "display_url": target[12:35] + "…",
                "indices": [str(m.start()), str(m.end())],
            }
        )
    until = (when + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    obj: dict = {
        "edit_info": {
            "initial": {
                "editTweetIds": [tid],
                "editableUntil": until,
                "editsRemaining": "5",
                "isEditEligible": True,
            }
        },
        "retweeted": False,
        "source": '<a href="http://twitter.com/download/android" rel="nofollow">'
        "Twitter for Android</a>",
        "entities": ent,
        "display_text_range": ["0", str(len(text))],
        "favorite_count": str(rng.choice((0, 0, 0, 1, 2, 3, 5, 8))),
        "id_str": tid,
        "truncated": False,
        "retweet_count": str(rng.choice((0, 0, 0, 1))),
        "id": tid,
        "created_at": when.strftime("%a %b %d %H:%M:%S +0000 %Y"),
        "favorited": False,
        "full_text": html.escape(text, quote=False),
        "lang": lang,
    }
    if reply:
        status, user = str(((ms - TWEPOCH_MS - 60_000) << 22) + 7), str(rng.randrange(10**9))
        obj.update(
            in_reply_to_status_id_str=status,
            in_reply_to_status_id=status,
            in_reply_to_user_id=user,
            in_reply_to_user_id_str=user,
            in_reply_to_screen_name=reply,
        )
    return obj


def write_x_archive(folder: Path, account: dict, tweets: list[dict], rng: random.Random) -> None:
    """``data/tweets.js`` (unsorted, as archives are) and ``data/account.js``."""
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    tweets = tweets[:]
    rng.shuffle(tweets)
    dump = json.dumps(
        [{"tweet": t} for t in tweets], indent=2, ensure_ascii=False, separators=(",", " : ")
    )
    (data / "tweets.js").write_text("window.YTD.tweets.part0 = " + dump, encoding="utf-8")
    acc = json.dumps([{"account": account}], indent=2, ensure_ascii=False, separators=(",", " : "))
    (data / "account.js").write_text("window.YTD.account.part0 = " + acc, encoding="utf-8")
