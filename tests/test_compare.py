"""The comparison page: one figure per column, sortable by one column, never a score."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from screener.storage import compare, now_iso, reviews, users, vacancies

INSULT = "Wat een sukkel is die teamleider"
THREAT = "Ik sla hem in elkaar als ik hem zie"
COMPLAINT = "Weer gezeur op het werk"


@pytest.fixture
def setup(db, make_user, add_finding):
    """Three candidates: Bram (2 insults, 1 threat), Anna (1 insult, 1 open, 1 dismissed),
    Cas (nothing); screenings with shared connections and a complaint pattern."""
    reviewer = users.get_user_by_name(db, make_user("reviewer"))
    vacancy = vacancies.create_vacancy(db, "Planner")
    vacancies.save_profile(
        db,
        vacancy,
        categories=["insult", "threat", "complaint"],
        reasons={"insult": "Klanten", "threat": "Veiligheid", "complaint": "Team"},
        platforms=["x"],
    )
    ids = {name: vacancies.create_candidate(db, vacancy, name) for name in ("Bram", "Anna", "Cas")}

    def confirmed(candidate, text, word, category, severity="medium"):
        fid = add_finding(candidate, text, word, category=category, severity=severity)
        reviews.decide(db, fid, action="confirm", user=reviewer)
        return fid

    confirmed(ids["Bram"], INSULT, "sukkel", "insult")
    confirmed(ids["Bram"], INSULT, "sukkel", "insult", "low")
    threat = confirmed(ids["Bram"], THREAT, "sla hem", "threat", "high")
    confirmed(ids["Anna"], INSULT, "sukkel", "insult")
    add_finding(ids["Anna"], THREAT, "sla hem", category="threat", severity="high")  # open
    dismissed = add_finding(ids["Anna"], COMPLAINT, "gezeur", category="complaint")
    reviews.decide(db, dismissed, action="dismiss", user=reviewer, reason="context")
    for name, shared, share in (("Bram", 3, 0.1), ("Anna", 12, 0.4)):
        db.execute(
            "INSERT INTO screenings (candidate_id, patterns, network, updated_at)"
            " VALUES (?, ?, ?, ?)",
            [
                ids[name],
                json.dumps(
                    {
                        "complaint": {
                            "flagged": share > 0.3,
                            "share": share,
                            "trend": "stable",
                            "complaint_posts": 4,
                            "posts_considered": 10,
                        }
                    }
                ),
                json.dumps({"shared_count": shared}),
                now_iso(),
            ],
        )
    db.execute(
        "INSERT INTO claims (candidate_id, text, kind, verdict, created_at)"
        " VALUES (?, 'groot netwerk in de logistiek', 'sector', 'supported', ?)",
        [ids["Anna"], now_iso()],
    )
    db.execute("UPDATE candidates SET screening_status = 'done'")
    return {"vacancy": vacancy, "ids": ids, "threat": threat}


def _names(response) -> list[str]:
    soup = BeautifulSoup(response.data, "html.parser")
    return [s.get_text(strip=True) for s in soup.select("table.compare tbody th .candidate-name")]


def test_comparison_counts_only_confirmed_findings(db, setup):
    table = compare.comparison(db, setup["vacancy"])
    rows = {r["name"]: r for r in table["candidates"]}
    assert rows["Bram"]["counts"] == {"complaint": 0, "insult": 2, "threat": 1}
    assert rows["Anna"]["counts"] == {"complaint": 0, "insult": 1, "threat": 0}
    assert rows["Bram"]["strongest"]["finding_id"] == setup["threat"]
    assert rows["Bram"]["strongest"]["words"] == ["sla hem"]
    assert (
        rows["Anna"]["review_status"] == "in_review" and rows["Bram"]["review_status"] == "reviewed"
    )
    assert rows["Anna"]["shared_connections"] == 12 and rows["Cas"]["shared_connections"] is None
    assert rows["Anna"]["claims"][0]["verdict"] == "supported"
    assert rows["Anna"]["pattern"]["flagged"] is True and rows["Anna"]["pattern"]["share"] == 0.4


def test_comparison_has_no_score_or_rank(db, setup):
    table = compare.comparison(db, setup["vacancy"], with_excerpts=True)
    words = json.dumps(table).lower()
    assert "score" not in words and "rank" not in words and "total" not in words


@pytest.mark.parametrize(
    ("sort", "order", "expected"),
    [
        ("name", "asc", ["Anna", "Bram", "Cas"]),
        ("name", "desc", ["Cas", "Bram", "Anna"]),
        ("insult", "desc", ["Bram", "Anna", "Cas"]),
        ("threat", "desc", ["Bram", "Anna", "Cas"]),
        ("shared", "desc", ["Anna", "Bram", "Cas"]),  # Cas has no figure: last either way
        ("shared", "asc", ["Bram", "Anna", "Cas"]),
        ("pattern", "desc", ["Anna", "Bram", "Cas"]),
        ("status", "asc", ["Anna", "Bram", "Cas"]),
    ],
)
def test_compare_page_sorts_by_one_column(client, login, setup, sort, order, expected):
    login("reviewer")
    response = client.get(
        f"/vacancies/{setup['vacancy']}/compare", query_string={"sort": sort, "order": order}
    )
    assert response.status_code == 200
    assert _names(response) == expected


def test_compare_page_headers_link_to_single_column_sorts(client, login, setup):
    login("reviewer")
    soup = BeautifulSoup(client.get(f"/vacancies/{setup['vacancy']}/compare").data, "html.parser")
    headers = [th["data-column"] for th in soup.select("table.compare thead th")]
    assert headers == [
        "name",
        "complaint",
        "insult",
        "threat",
        "strongest",
        "pattern",
        "claims",
        "shared",
        "status",
    ]
    assert not [h for h in headers if "score" in h or "rank" in h]
    for link in soup.select("table.compare thead a.sort"):
        query = link["href"].split("?", 1)[1]
        assert query.count("sort=") == 1


def test_compare_page_rejects_blended_or_unknown_sort(client, login, setup):
    login("reviewer")
    for sort in ("score", "insult+threat", "rank"):
        response = client.get(f"/vacancies/{setup['vacancy']}/compare", query_string={"sort": sort})
        assert response.status_code == 400


def test_compare_json_twin_matches_page(client, login, setup):
    login("admin")
    data = client.get(
        f"/vacancies/{setup['vacancy']}/compare.json",
        query_string={"sort": "insult", "order": "desc"},
    ).get_json()
    assert [r["name"] for r in data["candidates"]] == ["Bram", "Anna", "Cas"]
    assert (data["sort"], data["order"]) == ("insult", "desc")
    assert data["candidates"][0]["strongest"]["excerpt"] == THREAT


def test_hiring_manager_sees_comparison_only_when_assigned_and_without_posts(
    client, login, db, setup
):
    name = login("hiring_manager")
    url = f"/vacancies/{setup['vacancy']}/compare"
    assert client.get(url).status_code == 403
    assert client.get(url + ".json").status_code == 403
    vacancies.assign_manager(db, setup["vacancy"], users.get_user_by_name(db, name)["id"])
    response = client.get(url)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert THREAT not in html and "sla hem" in html  # matched words, never the post
    assert COMPLAINT not in html and "gezeur" not in html  # dismissed finding stays hidden
    data = client.get(url + ".json").get_json()
    assert all("excerpt" not in (r["strongest"] or {}) for r in data["candidates"])


def test_compare_view_is_audited(client, login, db, setup):
    login("reviewer")
    client.get(f"/vacancies/{setup['vacancy']}/compare", query_string={"sort": "shared"})
    event = next(db.query("SELECT * FROM audit_events WHERE action = 'vacancy.compare'"))
    assert (
        event["vacancy_id"] == setup["vacancy"] and json.loads(event["detail"])["sort"] == "shared"
    )


def test_compare_page_links_to_pdf_and_reports(client, login, db, setup):
    name = login("hiring_manager")
    vacancies.assign_manager(db, setup["vacancy"], users.get_user_by_name(db, name)["id"])
    soup = BeautifulSoup(client.get(f"/vacancies/{setup['vacancy']}/compare").data, "html.parser")
    hrefs = [a["href"] for a in soup.select("main a")]
    assert any(h.startswith(f"/vacancies/{setup['vacancy']}/compare.pdf") for h in hrefs)
    for candidate in setup["ids"].values():
        assert f"/candidates/{candidate}/report.pdf" in hrefs
