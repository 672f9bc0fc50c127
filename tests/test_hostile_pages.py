"""Posts are hostile input: every page that shows them renders them as inert, visible text.

Payloads are stored through storage (as a parser would hand them over) and then every
page that shows posts is fetched: the candidate page (all post pages, findings with
highlights), its JSON twin, the review queue and the report page where those exist.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from bs4 import BeautifulSoup

from screener.records import Connection, ExportBundle, Finding, Post, Span
from screener.storage import findings, posts

XSS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<body onload=alert(1)>",
    '<a href="javascript:alert(1)">klik</a>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<object data=javascript:alert(1)>",
    "<embed src=javascript:alert(1)>",
    "<meta http-equiv=refresh content=0;url=javascript:alert(1)>",
    "<base href=//evil.example/>",
    "<link rel=stylesheet href=//evil.example/x.css>",
    "<form action=//evil.example><button>ok</button></form>",
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "<style>body{display:none}</style>",
    "<template><script>alert(1)</script></template>",
]
TEMPLATE = [
    "{{7*7}}",
    "{{ config.SECRET_KEY }}",
    "{% raw %}{{ 7*7 }}{% endraw %}",
    "{% for x in range(3) %}loop{% endfor %}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "${7*7} #{7*7} <%= 7*7 %>",
    "{# comment #}zichtbaar",
]
SQL = [
    "'; DROP TABLE posts; --",
    '" OR "1"="1',
    "1; SELECT * FROM users --",
    'baas" AND text MATCH "*',
    "posts_fts MATCH 'x' UNION SELECT password_hash FROM users",
]
CONTROL = [
    "Mijn baas \u202eeulb si\u202c echt",
    "idi\u200boot met zero-width space",
    "zero\u200dwidth\u200cjoiners\u2060word joiner",
    "\ufeffBOM aan het begin",
    "NUL\x00in de tekst",
    "bel\x07 en escape\x1b[31m rood",
    "richting \u2066isolaat\u2069 en \u061c arabisch teken",
    "tag-tekens \U000e0041\U000e0042 verborgen",
    "onzichtbaar\u00adzacht afbreekstreepje",
    "👨\u200d👩\u200d👧 gezin-emoji blijft heel",
]
OTHER = [
    "x" * 100_000,
    b"ongeldige \xff\xfe utf-8 \xc3\x28".decode("utf-8", "replace"),
    "regel1\r\nregel2\rregel3\u2028regel4\u2029regel5",
    "<" * 500 + ">" * 500,
]
PAYLOADS = XSS + TEMPLATE + SQL + CONTROL + OTHER
URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "\u202ejavascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/x",
    "https://ok.example/post?a=1&b=<script>",
]
INVISIBLE = re.compile(
    "[\u200b\u200c\u202a-\u202e\u2060\u2066-\u2069\ufeff\x00\x07\x1b\U000e0000-\U000e007f]"
)


def test_hostile_suite_has_at_least_fifty_payloads():
    assert len(PAYLOADS) >= 50


@pytest.fixture
def hostile(db, screening_candidate):
    """The screening-ready candidate with every payload as a post, some with findings."""
    cid = screening_candidate
    start = datetime(2024, 1, 1, tzinfo=UTC)
    records = [
        Post("x", f"h{i}", start + timedelta(hours=i), text, url=URLS[i % len(URLS)])
        for i, text in enumerate(PAYLOADS)
    ]
    people = [
        Connection(
            "linkedin", text[:200], company=PAYLOADS[-i - 1][:100], profile_url=URLS[i % len(URLS)]
        )
        for i, text in enumerate(XSS[:10])
    ]
    posts.save_bundle(
        db, cid, None, ExportBundle("hostile", posts=tuple(records), connections=tuple(people))
    )
    rows = {
        r["post_id"]: r
        for r in db.query("SELECT id, post_id, text FROM posts WHERE candidate_id = ?", [cid])
    }
    flagged = []
    for i in range(40):
        row = rows[f"h{i}"]
        end = min(len(row["text"]), 12)
        flagged.append(
            Finding(
                str(row["id"]),
                "insult",
                "medium",
                "insult.hostile",
                (Span(0, end, row["text"][:end]),),
            )
        )
    with db.atomic():
        findings.save_findings(db, cid, flagged)
    return cid


def _pages(client, cid):
    """Every HTML page that shows the candidate's posts, following the post pager."""
    url = f"/candidates/{cid}"
    while url:
        response = client.get(url)
        yield url, response
        nxt = BeautifulSoup(response.data, "html.parser").select_one("#posts ~ .pager a[rel=next]")
        url = nxt["href"] if nxt else None
    for extra in (f"/candidates/{cid}/review", f"/candidates/{cid}/report"):
        response = client.get(extra)
        if response.status_code != 404:
            yield extra, response


def _assert_inert(url, response):
    assert response.status_code == 200, url
    html = response.get_data(as_text=True)
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all("script"):
        assert script.get("src", "").startswith("/static/"), (url, str(script)[:200])
        assert not script.string, url
    for el in soup.find_all(True):
        for name, value in el.attrs.items():
            assert not name.lower().startswith("on"), (url, el.name, name)
            if name in ("href", "src", "action", "formaction", "data"):
                squashed = re.sub(r"[\s\x00-\x1f\u202a-\u202e]", "", str(value)).lower()
                assert not squashed.startswith(("javascript:", "data:", "vbscript:")), (url, value)
                if name == "href" and squashed.startswith("//"):
                    raise AssertionError((url, value))
    forbidden = "iframe, object, embed, base, img, style, math, template, body body, head ~ meta"
    assert not soup.select(forbidden), (url, [str(t)[:80] for t in soup.select(forbidden)])
    for link in soup.select("link"):
        assert link.get("href", "").startswith("/static/"), (url, str(link))
    assert "<script>alert" not in html
    assert not INVISIBLE.search(html), (url, INVISIBLE.search(html).group())
    return soup


def test_hostile_posts_render_as_text_on_candidate_and_review_pages(app, client, login, hostile):
    login("reviewer")
    seen_text, urls = [], []
    for url, response in _pages(client, hostile):
        soup = _assert_inert(url, response)
        seen_text.append(soup.get_text())
        urls.append(url)
    assert len(urls) >= 3  # every page of posts was visited
    if "review.queue" in app.view_functions:
        assert f"/candidates/{hostile}/review" in urls
    everything = "\n".join(seen_text)
    for literal in (
        "{{7*7}}",
        "{% raw %}{{ 7*7 }}{% endraw %}",
        "<script>alert(1)</script>",
        "'; DROP TABLE posts; --",
        "{{ config.SECRET_KEY }}",
    ):
        assert literal in everything, literal
    assert "test-secret" not in everything
    assert "⟨U+202E⟩" in everything and "⟨U+200B⟩" in everything and "⟨U+0000⟩" in everything
    assert "👨\u200d👩\u200d👧" in everything  # an emoji's own joiner is not a trick
    assert "x" * 100_000 in everything
    assert "\ufffd" in everything


def test_hostile_posts_have_no_49_where_template_was_written(client, login, hostile):
    login("reviewer")
    soup = BeautifulSoup(client.get(f"/candidates/{hostile}?q=7").data, "html.parser")
    texts = [p.get_text() for p in soup.select("#post-list .post")]
    assert "{{7*7}}" in texts and "49" not in " ".join(texts)


def test_hostile_post_links_only_for_http_urls(client, login, hostile):
    login("reviewer")
    hrefs = []
    for _url, response in _pages(client, hostile):
        soup = BeautifulSoup(response.data, "html.parser")
        hrefs += [a["href"] for a in soup.select(".post-item a, .finding a, table.connections a")]
    assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs)
    assert "https://ok.example/post?a=1&b=<script>" in hrefs


def test_hostile_findings_mark_only_escaped_text(client, login, hostile):
    login("reviewer")
    soup = BeautifulSoup(client.get(f"/candidates/{hostile}").data, "html.parser")
    marks = [m.get_text() for m in soup.select("#cat-insult mark")]
    assert "<script>aler" in marks and all(
        "<" not in str(m.decode_contents()) for m in soup.select("mark")
    )


@pytest.mark.parametrize(
    "path", ["{cid}.json", "{cid}.json?page=2", "{cid}.json?q=script", "{cid}/review.json"]
)
def test_hostile_posts_in_json_twins_round_trip_inert(client, login, hostile, path):
    login("reviewer")
    response = client.get("/candidates/" + path.format(cid=hostile))
    if response.status_code == 404:
        pytest.skip("page not present")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    body = response.get_data(as_text=True)
    data = json.loads(body)
    texts = set()

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("text"), str):
                texts.add(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    assert texts & set(PAYLOADS)  # stored text comes back exactly, not mangled
    if not path.endswith("review.json"):
        assert "<" not in body and ">" not in body and "&" not in body  # ours escape them too


def test_hostile_upload_filename_is_shown_as_text(client, login, screening_candidate, db):
    login("reviewer")
    upload_id = posts.create_upload(
        db, screening_candidate, filename="<script>alert(1)</script>\u202e.zip", stored_name=None
    )
    posts.set_upload_status(db, upload_id, "failed", error="<img src=x onerror=alert(1)>")
    for url in (f"/uploads/{upload_id}", f"/candidates/{screening_candidate}"):
        _assert_inert(url, client.get(url))
