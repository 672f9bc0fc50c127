"""storage.browse: the read-only queries behind the candidate page."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from screener.records import Connection, ExportBundle, Finding, Post, Span
from screener.storage import browse, findings, posts, vacancies


@pytest.fixture
def candidate(db):
    vacancy_id = vacancies.create_vacancy(db, "Klantenservice medewerker")
    return vacancies.create_candidate(db, vacancy_id, "Sanne de Vries")


def _posts(texts, start=datetime(2024, 1, 1, tzinfo=UTC)):
    return tuple(
        Post("x", f"t{i}", start + timedelta(days=7 * i), text) for i, text in enumerate(texts)
    )


def test_search_posts_pages_newest_first(db, candidate):
    posts.save_bundle(
        db, candidate, None, ExportBundle("t", posts=_posts([f"bericht {i}" for i in range(60)]))
    )
    first = browse.search_posts(db, candidate, page=1, per_page=25)
    assert (first["total"], first["pages"], first["page"]) == (60, 3, 1)
    dates = [p["created_at"] for p in first["items"]]
    assert dates == sorted(dates, reverse=True) and first["items"][0]["text"] == "bericht 59"
    last = browse.search_posts(db, candidate, page=3, per_page=25)
    assert [p["text"] for p in last["items"]][-1] == "bericht 0" and len(last["items"]) == 10


def test_search_posts_page_out_of_range_is_clamped(db, candidate):
    posts.save_bundle(db, candidate, None, ExportBundle("t", posts=_posts(["een", "twee"])))
    assert browse.search_posts(db, candidate, page=99)["page"] == 1


def test_search_posts_finds_words_and_prefixes_with_diacritics_folded(db, candidate):
    texts = ["Mijn baas is een ramp", "Mooi weer vandaag", "Café open, baaszaken geregeld"]
    posts.save_bundle(db, candidate, None, ExportBundle("t", posts=_posts(texts)))
    found = browse.search_posts(db, candidate, "baas")
    assert sorted(p["text"] for p in found["items"]) == sorted([texts[0], texts[2]])
    assert [p["text"] for p in browse.search_posts(db, candidate, "cafe")["items"]] == [texts[2]]
    assert browse.search_posts(db, candidate, "baas weer")["total"] == 0


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "AND (",
        "*",
        "baas OR",
        "NEAR(a b",
        "-baas",
        "^baas",
        "{x}:y",
        "'; DROP TABLE posts; --",
    ],
)
def test_search_posts_treats_fts_syntax_as_plain_words(db, candidate, query):
    posts.save_bundle(db, candidate, None, ExportBundle("t", posts=_posts(["baas AND collega"])))
    result = browse.search_posts(db, candidate, query)
    assert result["query"] == query
    assert result["total"] in (0, 1)
    assert browse.search_posts(db, candidate)["total"] == 1  # the table survived


def test_search_posts_never_shows_another_candidates_posts(db, candidate):
    other = vacancies.create_candidate(
        db, next(db.query("SELECT vacancy_id FROM candidates"))["vacancy_id"], "Ander"
    )
    posts.save_bundle(db, other, None, ExportBundle("t", posts=_posts(["geheim bericht"])))
    assert browse.search_posts(db, candidate, "geheim")["total"] == 0
    assert browse.search_posts(db, other, "geheim")["total"] == 1


def test_list_connections_searches_name_and_company_without_wildcards(db, candidate):
    conns = (
        Connection("linkedin", "Jan Jansen", company="Acme BV", connected_on=date(2020, 1, 2)),
        Connection("linkedin", "Piet 100% Pieters", company="Globex"),
        Connection("linkedin", "anna_b", company="Initech"),
    )
    posts.save_bundle(db, candidate, None, ExportBundle("t", connections=conns))
    assert [c["name"] for c in browse.list_connections(db, candidate)["items"]] == [
        "anna_b",
        "Jan Jansen",
        "Piet 100% Pieters",
    ]
    assert [c["name"] for c in browse.list_connections(db, candidate, "acme")["items"]] == [
        "Jan Jansen"
    ]
    assert [c["name"] for c in browse.list_connections(db, candidate, "%")["items"]] == [
        "Piet 100% Pieters"
    ]
    assert [c["name"] for c in browse.list_connections(db, candidate, "_")["items"]] == ["anna_b"]


def _save_findings(db, candidate, spec):
    """Insert findings for posts by text: spec is [(text, category, status)]."""
    rows = {
        r["text"]: r["id"]
        for r in db.query("SELECT id, text FROM posts WHERE candidate_id = ?", [candidate])
    }
    with db.atomic():
        findings.save_findings(
            db,
            candidate,
            [
                Finding(
                    str(rows[text]), category, "medium", f"rule.{category}", (Span(0, 4, text[:4]),)
                )
                for text, category, _status in spec
            ],
        )
    for text, category, status in spec:
        db.execute(
            "UPDATE findings SET status = ? WHERE post_pk = ? AND category = ?",
            [status, rows[text], category],
        )


def test_findings_by_category_groups_in_fixed_order_with_post_text(db, candidate):
    texts = ["Mijn baas is dom", "Ik sla je", "Rotklanten weer", "Stomme collega"]
    posts.save_bundle(db, candidate, None, ExportBundle("t", posts=_posts(texts)))
    _save_findings(
        db,
        candidate,
        [
            (texts[0], "complaint", "open"),
            (texts[1], "threat", "confirmed"),
            (texts[2], "complaint", "open"),
            (texts[3], "insult", "dismissed"),
        ],
    )
    groups = browse.findings_by_category(db, candidate)
    assert list(groups) == ["complaint", "threat"]
    assert [f["text"] for f in groups["complaint"]["items"]] == [texts[2], texts[0]]  # newest
    assert groups["complaint"]["total"] == 2
    assert groups["threat"]["items"][0]["evidence"] == [{"start": 0, "end": 4, "text": "Ik s"}]
    assert "insult" in browse.findings_by_category(db, candidate, include_dismissed=True)


def test_findings_by_category_loads_a_limited_number_per_category(db, candidate):
    texts = [f"Baas {i} is dom" for i in range(7)]
    posts.save_bundle(db, candidate, None, ExportBundle("t", posts=_posts(texts)))
    _save_findings(db, candidate, [(t, "complaint", "open") for t in texts])
    group = browse.findings_by_category(db, candidate, per_category=3)["complaint"]
    assert group["total"] == 7
    assert [f["text"] for f in group["items"]] == [
        "Baas 6 is dom",
        "Baas 5 is dom",
        "Baas 4 is dom",
    ]


def test_monthly_counts_fill_gap_months_and_skip_dismissed(db, candidate):
    dated = (
        Post("x", "a", datetime(2024, 1, 5, tzinfo=UTC), "Baas is dom"),
        Post("x", "b", datetime(2024, 1, 20, tzinfo=UTC), "Klanten zijn dom"),
        Post("x", "c", datetime(2024, 4, 1, tzinfo=UTC), "Ik sla je"),
        Post("x", "d", datetime(2024, 6, 1, tzinfo=UTC), "Stomme collega"),
    )
    posts.save_bundle(db, candidate, None, ExportBundle("t", posts=dated))
    _save_findings(
        db,
        candidate,
        [
            ("Baas is dom", "complaint", "open"),
            ("Klanten zijn dom", "complaint", "confirmed"),
            ("Ik sla je", "threat", "open"),
            ("Stomme collega", "insult", "dismissed"),
        ],
    )
    assert browse.monthly_counts(db, candidate) == [
        ("2024-01", {"complaint": 2}),
        ("2024-02", {}),
        ("2024-03", {}),
        ("2024-04", {"threat": 1}),
    ]


def test_candidate_counts_include_finding_statuses(db, candidate):
    posts.save_bundle(
        db,
        candidate,
        None,
        ExportBundle("t", posts=_posts(["Baas dom"]), connections=(Connection("linkedin", "Jan"),)),
    )
    _save_findings(db, candidate, [("Baas dom", "complaint", "open")])
    assert browse.candidate_counts(db, candidate) == {
        "posts": 1,
        "connections": 1,
        "open": 1,
        "confirmed": 0,
        "dismissed": 0,
    }
