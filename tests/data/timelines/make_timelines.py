"""Write the synthetic timelines for ``screener screen`` tests (fictional people).

Each ``<name>/`` folder holds one export in its platform's exact format (an X archive
``data/tweets.js`` + ``data/account.js``, or a LinkedIn 2022+ ``Shares.csv``) and
``expected.json``. Deterministic; run ``.venv/bin/python tests/data/timelines/make_timelines.py``.
The post texts are in ``timeline_texts.py``.
"""

from __future__ import annotations

import html
import json
import random
import re
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
TWEPOCH_MS = 1288834974657


def when_list(rng: random.Random, count: int, start: str, end: str) -> list[datetime]:
    """``count`` distinct times between two ISO dates, oldest first."""
    first = datetime.fromisoformat(start)
    span = int((datetime.fromisoformat(end) - first).total_seconds())
    return sorted(first + timedelta(seconds=rng.randrange(span)) for _ in range(count))


def tweet(rng: random.Random, when: datetime, text: str, lang: str) -> dict:
    """A 2022+ archive tweet: string numbers, HTML-escaped ``full_text``, entities."""
    ms = int(when.replace(tzinfo=UTC).timestamp() * 1000)
    tid = str(((ms - TWEPOCH_MS) << 22) + rng.randrange(1 << 22))
    mentions = [
        {"name": m.group(1), "screen_name": m.group(1), "indices": [str(m.start()), str(m.end())],
         "id_str": str(10**9 + i), "id": str(10**9 + i)}
        for i, m in enumerate(re.finditer(r"@(\w+)", text))
    ]  # fmt: skip
    tags = [
        {"text": m.group(1), "indices": [str(m.start()), str(m.end())]}
        for m in re.finditer(r"#(\w+)", text)
    ]
    until = f"{when + timedelta(hours=1):%Y-%m-%dT%H:%M:%S}.000Z"
    obj = {
        "edit_info": {"initial": {"editTweetIds": [tid], "editsRemaining": "5",
                                  "editableUntil": until, "isEditEligible": True}},
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {"hashtags": tags, "symbols": [], "user_mentions": mentions, "urls": []},
        "display_text_range": ["0", str(len(text))],
        "favorite_count": str(rng.choice((0, 0, 1, 2, 4))),
        "id_str": tid,
        "truncated": False,
        "retweet_count": "0",
        "id": tid,
        "created_at": when.strftime("%a %b %d %H:%M:%S +0000 %Y"),
        "favorited": False,
        "full_text": html.escape(text, quote=False),
        "lang": lang,
    }  # fmt: skip
    return obj


def write_x(folder: Path, handle: str, name: str, tweets: list[dict]) -> None:
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    body = json.dumps([{"tweet": t} for t in tweets], indent=2, ensure_ascii=False,
                      separators=(",", " : "))  # fmt: skip
    (data / "tweets.js").write_text("window.YTD.tweets.part0 = " + body, encoding="utf-8")
    account = [{"account": {"email": f"{handle}@example.org", "createdVia": "web",
                            "username": handle, "accountId": str(zlib.crc32(handle.encode())),
                            "createdAt": "2015-04-01T10:00:00.000Z",
                            "accountDisplayName": name}}]  # fmt: skip
    text = json.dumps(account, indent=2, ensure_ascii=False, separators=(",", " : "))
    (data / "account.js").write_text("window.YTD.account.part0 = " + text, encoding="utf-8")


def write_shares(folder: Path, rng: random.Random, posts: list[tuple[datetime, str]]) -> None:
    """A LinkedIn 2022+ ``Shares.csv``: CRLF, newest first, newline as quote-CRLF-quote."""
    lines = ["Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility"]
    for when, text in sorted(posts, reverse=True):
        urn = 7_100_000_000_000_000_000 + int(when.replace(tzinfo=UTC).timestamp()) * 1000
        link = f"https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{urn + rng.randrange(999)}"
        value = text.replace("\n", '"\r\n"')
        field = '"' + value.replace('"', '""') + '"' if re.search(r'[,"\n]', text) else text
        lines.append(f"{when:%Y-%m-%d %H:%M:%S},{link},{field},,,MEMBER_NETWORK")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Shares.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


def main() -> None:
    import sys

    sys.path.insert(0, str(HERE))
    from timeline_texts import TIMELINES

    for seed, (name, spec) in enumerate(sorted(TIMELINES.items())):
        rng = random.Random(1000 + seed)
        folder = HERE / name
        posts: list[tuple[datetime, str]] = []
        for start, end, texts in spec["blocks"]:
            posts += zip(when_list(rng, len(texts), start, end), texts, strict=True)
        if spec["platform"] == "x":
            tweets = [tweet(rng, when, text, spec["lang"]) for when, text in posts]
            rng.shuffle(tweets)  # archives are not sorted
            write_x(folder / "x", spec["handle"], spec["person"], tweets)
            export = "x"
        else:
            write_shares(folder / "linkedin", rng, posts)
            export = "linkedin/Shares.csv"
        expected = {"export": export, "posts": len(posts), "lang": spec["lang"]}
        expected |= spec["expected"]
        (folder / "expected.json").write_text(
            json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
