"""Hostile input through every parser, the CLI, the scorer and every page that shows it.

The payload list lives in ``tests/data/hostile/payloads.json``; each payload is embedded
into a real-format export of every platform, written into ``tmp_path`` at test time
(nothing hostile is kept in the repository as an export). Variants per platform:

- ``text``: every payload as a post (and as a connection's name and company);
- ``bytes``: invalid UTF-8 byte sequences spliced into the file;
- ``surrogate``: lone surrogates, escaped (``\\ud800``) in JSON, raw in CSV;
- ``big``: a 1 MB single-line post, huge numbers, deeply nested JSON.

Every export is fed to ``parse_export`` and ``screener parse --jsonl`` (a ScreenerError
or records, never another exception), the posts to ``score_texts`` and ``screener screen
--json`` (evidence spans index the text), and the exports are uploaded through the real
upload form; the candidate page, its JSON twin, the review page, the report and its PDF
must then show the payloads as inert text.
"""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.test import encode_multipart

from screener.cli import main
from screener.errors import ScreenerError
from screener.ingest import parse_export

PAYLOADS: list[str] = json.loads(
    (Path(__file__).parent / "data" / "hostile" / "payloads.json").read_text()
)["payloads"]
BAD_BYTES = [b"\xff\xfe", b"\xc3\x28", b"\xa0\xa1", b"\xe2\x28\xa1", b"\xf0\x28\x8c\x28"]
BAD_BYTES += [b"\xc0\xaf", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x80", b"\xfe\xff\x00"]
SURROGATES = ["\ud800", "\udfff", "a\ud83dz", "\udc00\ud800", "emoji half \ud83d"]
MEGABYTE = ("lorem ipsum dolor sit amet " * 50_000)[: 2**20]  # no lexicon word: see below
HUGE = 10**25  # past int64 and any datetime; 10**400 only makes orjson refuse the file
DEEP = 20_000
VARIANTS = ("text", "bytes", "surrogate", "big")
PLATFORMS = ("linkedin", "x", "facebook", "mastodon", "instagram", "generic_csv")
PLATFORMS += ("generic_json",)
COUNTS: dict[str, int] = {}


def _count(what: str, n: int = 1) -> None:
    COUNTS[what] = COUNTS.get(what, 0) + n


def _marked(i: int, text: str) -> str:
    return f"{text} ref{i:03d}"


def _texts(variant: str) -> list[str]:
    """The post texts of one variant, as Python strings (bytes smuggled as surrogates)."""
    if variant == "text":
        return [_marked(i, p) for i, p in enumerate(PAYLOADS)]
    if variant == "bytes":
        return [
            _marked(i, "ongeldig " + b.decode("utf-8", "surrogateescape") + " einde")
            for i, b in enumerate(BAD_BYTES)
        ]
    if variant == "surrogate":
        return [_marked(i, "los " + s + " teken") for i, s in enumerate(SURROGATES)]
    return [MEGABYTE, "1" * 5000, _marked(0, "gewoon bericht")]


def _encode(text: str, variant: str) -> bytes:
    errors = {"bytes": "surrogateescape", "surrogate": "surrogatepass"}.get(variant, "strict")
    return text.encode("utf-8", errors)


def _json(value: object, variant: str, *, ascii_only: bool = False) -> bytes:
    # lone surrogates only exist in JSON as \uXXXX escapes, invalid bytes only raw
    ascii_only = ascii_only or variant == "surrogate"
    return _encode(json.dumps(value, ensure_ascii=ascii_only, indent=1), variant)


def _deep(depth: int = DEEP) -> str:
    return "[" * depth + "]" * depth


def _csv(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _zip(path: Path, files: dict[str, bytes]) -> Path:
    # stored, not deflated: a 1 MB run of one phrase deflates past the zip-bomb ratio
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def build_linkedin(out: Path, variant: str) -> Path:
    texts = _texts(variant)
    shares = ["Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility\n"]
    people = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"]
    for i, text in enumerate(texts):
        link = f"https://www.linkedin.com/feed/update/urn:li:share:{7000 + i}"
        shares.append(f"2024-03-{1 + i % 28:02d} 10:00:00,{link},{_csv(text)},,,MEMBER_NETWORK\n")
        name = text[:200]
        people.append(
            f"{_csv(name)},{_csv(text[:40])},https://www.linkedin.com/in/p{i},,"
            f"{_csv(text[:300])},{_csv(text[:80])},01 Mar 2024\n"
        )
    return _zip(
        out.with_suffix(".zip"),
        {
            "Shares.csv": _encode("".join(shares), variant),
            "Connections.csv": _encode("".join(people), variant),
        },
    )


def _tweet(i: int, text: str, variant: str) -> dict:
    big_id = str(HUGE) if variant == "big" and i == 1 else str(1_700_000_000_000_000_000 + i)
    return {
        "tweet": {
            "id_str": big_id,
            "id": big_id,
            "created_at": f"Mon Mar {1 + i % 28:02d} 10:00:00 +0000 2024",
            "full_text": html.escape(text, quote=False),  # X escapes &, < and > once
            "retweeted": False,
            "entities": {"hashtags": [], "user_mentions": [], "urls": []},
            "favorite_count": "0",
            "retweet_count": "0",
            "display_text_range": ["0", str(len(text))],
            "lang": "nl",
        }
    }


def build_x(out: Path, variant: str) -> Path:
    texts = _texts(variant)
    tweets = [_tweet(i, t, variant) for i, t in enumerate(texts)]
    if variant == "big":
        tweets[-1]["tweet"]["entities"]["hashtags"] = json.loads(_deep(500))
    account = [
        {
            "account": {
                "username": texts[0][:50],
                "accountId": "4242",
                "accountDisplayName": texts[min(2, len(texts) - 1)][:80],
                "createdAt": "2010-05-01T10:00:00.000Z",
            }
        }
    ]
    return _zip(
        out.with_suffix(".zip"),
        {
            "data/tweets.js": b"window.YTD.tweets.part0 = " + _json(tweets, variant),
            "data/account.js": b"window.YTD.account.part0 = " + _json(account, variant),
        },
    )


def _mojibake(text: str) -> str:
    """Facebook's export: UTF-8 bytes written as latin-1 code points, then \\u-escaped."""
    try:
        return text.encode("utf-8").decode("latin-1")
    except UnicodeEncodeError:
        return text


def build_facebook(out: Path, variant: str) -> Path:
    texts = _texts(variant)
    posts = [
        {
            "timestamp": HUGE if variant == "big" and i == 1 else 1_710_000_000 + i * 3600,
            "data": [{"post": _mojibake(t)}],
            "title": _mojibake(t[:100]),
        }
        for i, t in enumerate(texts)
    ]
    friends = {
        "friends_v2": [
            {"name": _mojibake(t[:200]), "timestamp": 1_600_000_000 + i}
            for i, t in enumerate(texts)
        ]
    }
    files = {
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json": _json(
            posts, variant, ascii_only=variant != "bytes"
        ),
        "connections/friends/your_friends.json": _json(
            friends, variant, ascii_only=variant != "bytes"
        ),
    }
    if variant == "big":
        files["your_facebook_activity/posts/your_posts_2.json"] = _deep().encode()
    return _zip(out.with_suffix(".zip"), files)


def build_mastodon(out: Path, variant: str) -> Path:
    texts = _texts(variant)
    public = ["https://www.w3.org/ns/activitystreams#Public"]
    items = []
    for i, text in enumerate(texts):
        url = f"https://fictief.social/users/anne/statuses/{11000 + i}"
        body = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n"))
        items.append(
            {
                "id": url + "/activity",
                "type": "Create",
                "actor": "https://fictief.social/users/anne",
                "published": f"2024-03-{1 + i % 28:02d}T10:00:00Z",
                "to": public,
                "object": {
                    "id": url,
                    "type": "Note",
                    "inReplyTo": None,
                    "published": f"2024-03-{1 + i % 28:02d}T10:00:00Z",
                    "url": f"https://fictief.social/@anne/{11000 + i}",
                    "to": public,
                    "content": body,
                    "contentMap": {"nl": body},
                },
            }
        )
    outbox = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": "outbox.json",
        "type": "OrderedCollection",
        "totalItems": HUGE if variant == "big" else len(items),
        "orderedItems": items,
    }
    actor = {
        "id": "https://fictief.social/users/anne",
        "type": "Person",
        "preferredUsername": texts[0][:50],
        "name": texts[-1][:100],
        "outbox": "outbox.json",
    }
    following = "Account address,Show boosts,Notify on new posts,Languages\n" + "".join(
        f"p{i}_{re.sub(r'[^a-z0-9]', '', t.lower())[:20]}@fictief.social,true,false,\n"
        for i, t in enumerate(texts)
    )
    return _zip(
        out.with_suffix(".zip"),
        {
            "outbox.json": _json(outbox, variant),
            "actor.json": _json(actor, variant),
            "following_accounts.csv": _encode(following, variant),
        },
    )


def build_instagram(out: Path, variant: str) -> Path:
    texts = _texts(variant)
    posts = [
        {
            "media": [
                {
                    "uri": f"media/posts/202403/{i}.jpg",
                    "creation_timestamp": HUGE
                    if variant == "big" and i == 1
                    else 1_710_000_000 + i,
                    "title": _mojibake(t),
                }
            ]
        }
        for i, t in enumerate(texts)
    ]
    following = {
        "relationships_following": [
            {
                "title": _mojibake(t[:60]),
                "string_list_data": [
                    {"href": f"https://www.instagram.com/_u/p{i}", "timestamp": 1_660_000_000}
                ],
            }
            for i, t in enumerate(texts)
        ]
    }
    base = "your_instagram_activity/content/"
    files = {
        base + "posts_1.json": _json(posts, variant, ascii_only=variant != "bytes"),
        "connections/followers_and_following/following.json": _json(
            following, variant, ascii_only=variant != "bytes"
        ),
    }
    if variant == "big":
        files[base + "reels.json"] = ('{"ig_reels_media": ' + _deep() + "}").encode()
    return _zip(out.with_suffix(".zip"), files)


def build_generic_csv(out: Path, variant: str) -> Path:
    rows = ["date,text,url\n"]
    for i, text in enumerate(_texts(variant)):
        rows.append(f"2024-03-{1 + i % 28:02d},{_csv(text)},https://blog.example.org/{i}\n")
    path = out.with_suffix(".csv")
    path.write_bytes(_encode("".join(rows), variant))
    return path


def build_generic_json(out: Path, variant: str) -> Path:
    posts: list[dict] = [
        {
            "id": f"g{i}",
            "created_at": HUGE if variant == "big" and i == 1 else f"2024-03-{1 + i % 28:02d}",
            "content": text,
            "url": "javascript:alert(1)" if i % 2 else f"https://blog.example.org/{i}",
        }
        for i, text in enumerate(_texts(variant))
    ]
    if variant == "big":
        posts.append({"id": "deep", "created_at": "2024-03-01", "content": json.loads(_deep(900))})
    path = out.with_suffix(".json")
    path.write_bytes(_json({"posts": posts}, variant))
    return path


BUILDERS: dict[str, Callable[[Path, str], Path]] = {
    "linkedin": build_linkedin,
    "x": build_x,
    "facebook": build_facebook,
    "mastodon": build_mastodon,
    "instagram": build_instagram,
    "generic_csv": build_generic_csv,
    "generic_json": build_generic_json,
}
CASES = [(p, v) for p in PLATFORMS for v in VARIANTS]


def build(tmp_path: Path, platform: str, variant: str) -> Path:
    folder = tmp_path / f"{platform}-{variant}"
    folder.mkdir(parents=True, exist_ok=True)
    return BUILDERS[platform](folder / "export", variant)


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _clean(payload: str) -> bool:
    """A payload without control, format or newline characters (survives unchanged)."""
    return not re.search(r"[\x00-\x1f\x7f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]", payload)


def _parse(path: Path):
    """``parse_export`` must give records or a ScreenerError, nothing else."""
    try:
        return parse_export(path)
    except ScreenerError as exc:
        assert str(exc).strip() and "Traceback" not in str(exc)
        return None


def test_hostile_payload_list_has_fifty_plus_entries():
    assert len(PAYLOADS) >= 50
    assert len(set(PAYLOADS)) == len(PAYLOADS)


@pytest.mark.parametrize(("platform", "variant"), CASES)
def test_hostile_exports_parse_to_records_or_a_screener_error(tmp_path, platform, variant):
    bundle = _parse(build(tmp_path, platform, variant))
    _count("parse_export", 1)
    _count("payload_records", len(_texts(variant)))
    if variant == "text":
        assert bundle is not None and bundle.posts, "clean hostile text must still parse"
    if bundle is None:
        return
    texts = [p.text for p in bundle.posts]
    assert all(isinstance(t, str) for t in texts)
    for post in bundle.posts:
        post.text.encode("utf-8")  # no lone surrogates or smuggled bytes come out
    if platform == "mastodon":
        assert not any(re.search(r"</?p>|<br", t) for t in texts), "HTML must become text"
    if variant == "text":
        got = "\n".join(_plain(t) for t in texts)
        missing = [
            p for i, p in enumerate(PAYLOADS) if _clean(p) and _plain(_marked(i, p)) not in got
        ]
        assert not missing, f"{platform}: payload text changed or lost: {missing[:5]}"


@pytest.mark.parametrize(("platform", "variant"), CASES)
def test_hostile_exports_through_parse_cli_give_json_lines_or_exit_2(tmp_path, platform, variant):
    path = build(tmp_path, platform, variant)
    result = CliRunner().invoke(main, ["parse", str(path), "--jsonl"])
    _count("parse_cli")
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    if result.exit_code == 2:
        assert len(result.stderr.splitlines()) == 1 and path.name in result.stderr
        return
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.split("\n") if line]
    assert records
    for record in records:
        assert record["platform"] in {"linkedin", "x", "facebook", "mastodon", "instagram"} | {
            "generic"
        }
        if record["kind"] == "post":
            assert isinstance(record["text"], str) and record["created_at"].endswith("+00:00")


@pytest.mark.parametrize("platform", PLATFORMS)
def test_hostile_posts_score_with_spans_inside_the_text(tmp_path, platform):
    from screener.analysis.negativity import score_texts

    posts = []
    for variant in VARIANTS:
        bundle = _parse(build(tmp_path, platform, variant))
        if bundle is not None:
            posts.extend(bundle.posts)
    texts = {f"p{i}": p.text for i, p in enumerate(posts)}
    scores = list(score_texts((k, t, None) for k, t in texts.items()))
    _count("scored_posts", len(scores))
    assert [s.post_id for s in scores] == list(texts)
    for score in scores:
        for finding in score.findings:
            assert finding.evidence
            for span in finding.evidence:
                assert texts[score.post_id][span.start : span.end] == span.text


@pytest.mark.parametrize("platform", PLATFORMS)
def test_hostile_exports_through_screen_json(tmp_path, platform):
    paths = [build(tmp_path, platform, v) for v in ("text", "big")]
    result = CliRunner().invoke(main, ["screen", *map(str, paths), "--json"])
    _count("screen_cli")
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    if result.exit_code == 2:
        assert len(result.stderr.splitlines()) == 1, result.stderr
        return
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["posts"] > 0
    for finding in data["findings"]:
        for span in finding["evidence"]:
            assert finding["text"][span["start"] : span["end"]] == span["text"]


def test_hostile_post_over_a_million_characters_is_scored_not_refused():
    # Guards against spaCy's E088 ValueError (nlp.max_length 1,000,000) on one long post.
    # Only the first MAX_SCORED_CHARS characters are scored, so the insult comes first.
    from screener.analysis.negativity import MAX_SCORED_CHARS, score_texts

    long_nl, other = score_texts(
        [("long", "Mijn baas is een idioot. " + MEGABYTE, "nl"), ("other", MEGABYTE, None)]
    )
    assert long_nl.post_id == "long" and long_nl.findings
    assert all(s.end <= MAX_SCORED_CHARS for f in long_nl.findings for s in f.evidence)
    assert other.post_id == "other" and not other.findings


# Guards against a hostile post stalling a job: the nested-match filter in
# analysis/detectors.collect_hits is quadratic in the hits of one post (200 kB of repeated
# insults took 80 s), so only the first MAX_SCORED_CHARS characters of a post are scored.
@pytest.mark.timeout(60)
def test_hostile_megabyte_post_full_of_lexicon_words_scores_in_seconds():
    from screener.analysis.negativity import score_texts

    text = ("mijn baas is een idioot. " * 42_000)[: 2**20]
    (score,) = score_texts([("big", text, "nl")])
    assert all(text[s.start : s.end] == s.text for f in score.findings for s in f.evidence)


# ------------------------------------------------------------------ stored and rendered

SCRIPT = re.compile(r"<script(?![^>]*\bsrc=\"/static/)", re.I)


@pytest.fixture
def notified_candidates(db):
    """One candidate per platform, in a vacancy whose profile covers every category."""
    from screener.storage import vacancies

    categories = ["complaint", "insult", "threat", "harassment", "hate", "profanity"]
    vacancy_id = vacancies.create_vacancy(db, "Vijandige invoer <script>alert(1)</script>")
    vacancies.save_profile(
        db,
        vacancy_id,
        categories=categories,
        reasons={c: "Klantcontact {{7*7}}" for c in categories},
        platforms=["linkedin", "x", "facebook", "mastodon", "instagram", "generic"],
    )
    ids = {}
    for platform in PLATFORMS:
        cid = vacancies.create_candidate(db, vacancy_id, f"{platform} <img src=x onerror=1>")
        vacancies.record_notice(db, cid, at="2026-11-01", method="email", user_id=None)
        ids[platform] = cid
    return ids


def _assert_inert_html(url: str, body: str) -> BeautifulSoup:
    assert not SCRIPT.search(body), (url, SCRIPT.search(body).group())
    soup = BeautifulSoup(body, "html.parser")
    for el in soup.find_all(True):
        for name, value in el.attrs.items():
            assert not name.lower().startswith("on"), (url, el.name, name)
            if name in ("href", "src", "action", "formaction"):
                squashed = re.sub(r"[\s\x00-\x1f\u202a-\u202e]", "", str(value)).lower()
                assert not squashed.startswith(("javascript:", "data:", "vbscript:")), (url, value)
    assert not soup.select("iframe, object, embed, base, img, math, template"), url
    return soup


def _pages(client, cid: int):
    url = f"/candidates/{cid}"
    while url:
        response = client.get(url)
        yield url, response
        nxt = BeautifulSoup(response.data, "html.parser").select_one("#posts ~ .pager a[rel=next]")
        url = nxt["href"] if nxt else None
    for extra in (f"/candidates/{cid}/review", f"/candidates/{cid}/report"):
        yield extra, client.get(extra)


def test_hostile_uploads_render_inert_on_every_page(
    app, client, login, db, notified_candidates, tmp_path
):
    from screener.storage import users
    from screener.storage.reviews import decide

    login("reviewer")
    reviewer = users.get_user_by_name(db, "reviewer-user")
    rendered_text = []
    for platform, cid in notified_candidates.items():
        files = [build(tmp_path, platform, v) for v in VARIANTS]
        # encoded in memory: the test client's own temporary file for bodies over
        # 500 kB is never closed (a ResourceWarning, an error under filterwarnings)
        boundary, body = encode_multipart(
            MultiDict([("exports", FileStorage(io.BytesIO(p.read_bytes()), p.name)) for p in files])
        )
        response = client.post(
            f"/candidates/{cid}/uploads/new",
            data=body,
            content_type=f"multipart/form-data; boundary={boundary}",
        )
        _count("uploads", len(files))
        assert response.status_code in (302, 400), response.status_code
        if response.status_code == 400:  # refused on the form, in plain words
            soup = _assert_inert_html("upload", response.get_data(as_text=True))
            assert soup.select(".errors, .error, [role=alert]"), platform
            continue
        statuses = [
            r["status"]
            for r in db.query("SELECT status FROM uploads WHERE candidate_id = ?", [cid])
        ]
        assert len(statuses) == len(files) and "done" in statuses, (platform, statuses)
        for upload in db.query("SELECT id, status FROM uploads WHERE candidate_id = ?", [cid]):
            page = client.get(f"/uploads/{upload['id']}")
            assert page.status_code == 200
            _assert_inert_html(f"/uploads/{upload['id']}", page.get_data(as_text=True))
            _count("pages")
        for row in list(db.query("SELECT id FROM findings WHERE candidate_id = ? LIMIT 40", [cid])):
            decide(db, row["id"], action="confirm", user=reviewer, note="<b>{{7*7}}</b>")
        for url, page in _pages(client, cid):
            assert page.status_code == 200, (url, page.status_code)
            soup = _assert_inert_html(url, page.get_data(as_text=True))
            rendered_text.append(soup.get_text())
            _count("pages")
        for url in (
            f"/candidates/{cid}.json",
            f"/candidates/{cid}/review.json",
            f"/candidates/{cid}/report.json",
        ):
            page = client.get(url)
            assert page.status_code == 200 and page.mimetype == "application/json", url
            json.loads(page.get_data(as_text=True))
            _count("pages")
        pdf = client.get(f"/candidates/{cid}/report.pdf")
        assert pdf.status_code == 200 and pdf.data[:5] == b"%PDF-", platform
        _count("pages")
    everything = "\n".join(rendered_text)
    assert "{{7*7}}" in everything and "<script>alert(1)</script>" in everything
    assert "'; DROP TABLE posts;--" in everything
    assert "test-secret" not in everything


def test_hostile_counts_are_reported(capsys):
    """Runs last in this module: print how many inputs ran (``pytest -s``)."""
    with capsys.disabled():
        print(
            f"\nhostile inputs: {len(PAYLOADS)} text payloads + {len(BAD_BYTES)} byte"
            f" sequences + {len(SURROGATES)} surrogates + big/deep/huge, x {len(PLATFORMS)}"
            f" platform formats x {len(VARIANTS)} variants; ran: {dict(sorted(COUNTS.items()))}"
        )
    assert len(PAYLOADS) >= 50
