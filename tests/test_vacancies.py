"""Vacancies, screening profiles, candidates and the notice, through storage and pages."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from screener import catalogue as catalogue_module
from screener.errors import NotFoundError, ValidationError
from screener.records import CATEGORIES
from screener.storage import users, vacancies
from screener.web import labels

ROOT = Path(__file__).resolve().parent.parent

PROFILE = {
    "categories": ["threat", "insult"],
    "reason_threat": "Veiligheid van collega's en klanten",
    "reason_insult": "Dagelijks klantcontact",
    "platforms": ["x", "linkedin"],
    "lookback_years": "5",
    "min_shared": "5",
    "retention_weeks": "4",
}


def _soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.data, "html.parser")


def _errors(response) -> str:
    return " ".join(e.get_text(" ") for e in _soup(response).select(".errors"))


@pytest.fixture
def reviewer(db, make_user):
    return users.get_user_by_name(db, make_user("reviewer"))


@pytest.fixture
def vacancy(db, reviewer):
    return vacancies.create_vacancy(
        db, "Teamleider", department="Logistiek", user_id=reviewer["id"]
    )


def _save(db, vacancy_id, user_id=None, **changes):
    profile = {
        "categories": ["threat", "insult"],
        "reasons": {"threat": "Veiligheid", "insult": "Klantcontact"},
        "platforms": ["x"],
        **changes,
    }
    return vacancies.save_profile(db, vacancy_id, user_id=user_id, **profile)


# --------------------------------------------------------------------------- storage


def test_save_profile_bumps_version_and_audits_before_after(db, vacancy, reviewer):
    assert _save(db, vacancy, reviewer["id"]) == 1
    assert _save(db, vacancy, reviewer["id"], lookback_years=3) == 2
    profile = vacancies.get_profile(db, vacancy)
    assert (profile["version"], profile["lookback_years"], profile["retention_weeks"]) == (2, 3, 4)
    assert profile["categories"] == ["insult", "threat"]  # canonical order
    assert profile["reasons"] == {"threat": "Veiligheid", "insult": "Klantcontact"}
    events = list(db.query("SELECT * FROM audit_events WHERE action = 'profile.change'"))
    assert len(events) == 2
    detail = json.loads(events[1]["detail"])
    assert detail["before"]["lookback_years"] == 5 and detail["after"]["lookback_years"] == 3
    assert events[1]["actor"] == reviewer["username"]


@pytest.mark.parametrize(
    "changes",
    [
        {"categories": []},
        {"categories": ["religion"]},
        {"categories": ["threat", "hate"]},  # hate has no reason
        {"reasons": {"threat": "   ", "insult": "x"}},
        {"platforms": []},
        {"platforms": ["myspace"]},
        {"lookback_years": 0},
        {"min_shared": 0},
        {"retention_weeks": 53},
    ],
)
def test_save_profile_rejects_bad_profile(db, vacancy, changes):
    with pytest.raises(ValidationError):
        _save(db, vacancy, **changes)
    assert vacancies.get_profile(db, vacancy) is None


def test_save_profile_of_unknown_vacancy_is_not_found(db):
    with pytest.raises(NotFoundError):
        _save(db, 404)


def test_list_vacancies_for_hiring_manager_only_assigned(db, make_user, vacancy):
    manager = users.get_user_by_name(db, make_user("hiring_manager"))
    vacancies.create_vacancy(db, "Andere")
    assert vacancies.list_vacancies(db, user=manager) == []
    assert not vacancies.can_view_vacancy(db, manager, vacancy)
    vacancies.assign_manager(db, vacancy, manager["id"])
    assert [v["id"] for v in vacancies.list_vacancies(db, user=manager)] == [vacancy]
    assert vacancies.can_view_vacancy(db, manager, vacancy)
    assert len(vacancies.list_vacancies(db)) == 2


def test_assign_manager_refuses_other_roles(db, vacancy, reviewer):
    with pytest.raises(ValidationError):
        vacancies.assign_manager(db, vacancy, reviewer["id"])


def test_notice_requires_profile_and_valid_date(db, vacancy, reviewer):
    candidate = vacancies.create_candidate(db, vacancy, "Anna")
    assert not vacancies.notice_recorded(vacancies.get_candidate(db, candidate))
    with pytest.raises(ValidationError, match="profiel"):
        vacancies.record_notice(db, candidate, at="2026-01-05", method="email", user_id=None)
    _save(db, vacancy)
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    for at, method in [(tomorrow, "email"), ("gisteren", "email"), ("2026-01-05", "pigeon")]:
        with pytest.raises(ValidationError):
            vacancies.record_notice(db, candidate, at=at, method=method, user_id=None)
    vacancies.record_notice(db, candidate, at="2026-01-05", method="letter", user_id=reviewer["id"])
    row = vacancies.get_candidate(db, candidate)
    assert (row["notice_at"], row["notice_method"], row["notice_by_name"]) == (
        "2026-01-05",
        "letter",
        reviewer["username"],
    )
    assert vacancies.notice_recorded(row)


def test_closed_vacancy_takes_no_candidates(db, vacancy):
    vacancies.close_vacancy(db, vacancy)
    with pytest.raises(ValidationError):
        vacancies.create_candidate(db, vacancy, "Te laat")
    with pytest.raises(ValidationError):
        vacancies.close_vacancy(db, vacancy)


# --------------------------------------------------------------------------- pages


def test_create_vacancy_page_then_profile_page(client, login, db):
    login("reviewer")
    response = client.post("/vacancies/new", data={"title": "Planner", "department": "Logistiek"})
    assert response.status_code == 302
    vacancy_id = vacancies.list_vacancies(db)[0]["id"]
    assert response.headers["Location"] == f"/vacancies/{vacancy_id}/profile"


@pytest.mark.parametrize(
    ("data", "message"),
    [({"title": ""}, "veld"), ({"title": "x" * 201}, "200")],
)
def test_create_vacancy_form_rejects_bad_input(client, login, db, data, message):
    login("reviewer")
    response = client.post("/vacancies/new", data=data)
    assert response.status_code == 400
    assert message in _errors(response)
    assert vacancies.list_vacancies(db) == []


def test_profile_form_defaults_leave_profanity_off(client, login, vacancy):
    login("reviewer")
    soup = _soup(client.get(f"/vacancies/{vacancy}/profile"))
    checked = {box["value"] for box in soup.select("input[name=categories][checked]")}
    assert checked == set(CATEGORIES) - {"profanity"}
    assert soup.select_one("input[name=lookback_years]")["value"] == "5"
    assert soup.select_one("input[name=min_shared]")["value"] == "5"
    assert soup.select_one("input[name=retention_weeks]")["value"] == "4"


def test_profile_form_saves_and_shows_on_vacancy(client, login, db, vacancy):
    login("reviewer")
    response = client.post(f"/vacancies/{vacancy}/profile", data=PROFILE)
    assert response.status_code == 302
    assert vacancies.get_profile(db, vacancy)["platforms"] == ["linkedin", "x"]
    page = client.get(f"/vacancies/{vacancy}").get_data(as_text=True)
    assert "Dagelijks klantcontact" in page and "Versie 1" in page


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"reason_insult": ""}, "reason_insult", "waarom"),
        ({"categories": []}, "categories", "minstens één categorie"),
        ({"categories": ["threat", "religion"]}, "categories", "getoonde opties"),
        ({"platforms": []}, "platforms", "minstens één platform"),
        ({"lookback_years": "0"}, "lookback_years", "1"),
        ({"lookback_years": "vijf"}, "lookback_years", "getal"),
        ({"retention_weeks": "60"}, "retention_weeks", "52"),
    ],
)
def test_profile_form_rejects_bad_input(client, login, db, vacancy, changes, field, message):
    login("reviewer")
    response = client.post(f"/vacancies/{vacancy}/profile", data={**PROFILE, **changes})
    assert response.status_code == 400
    soup = _soup(response)
    box = soup.select_one(f"[name={field}]").find_parent(class_="has-error")
    assert box is not None, field
    assert message in box.select_one(".errors").get_text()
    assert vacancies.get_profile(db, vacancy) is None


def test_profile_change_queues_rescreening_of_screened_candidates(client, login, db, vacancy):
    _save(db, vacancy)
    screened = vacancies.create_candidate(db, vacancy, "Gescreend")
    fresh = vacancies.create_candidate(db, vacancy, "Nieuw")
    db.execute("UPDATE candidates SET screening_status = 'done' WHERE id = ?", [screened])
    login("reviewer")
    response = client.post(f"/vacancies/{vacancy}/profile", data=PROFILE, follow_redirects=True)
    assert "1 kandidaten worden opnieuw gescreend" in response.get_data(as_text=True)
    assert vacancies.get_candidate(db, fresh)["screening_status"] == "new"
    assert vacancies.get_candidate(db, screened)["screening_status"] in (
        "queued",
        "running",
        "done",
        "failed",
    )
    assert vacancies.get_profile(db, vacancy)["version"] == 2


def test_add_candidate_page_then_notice(client, login, db, vacancy):
    login("reviewer")
    response = client.post(
        f"/vacancies/{vacancy}/candidates/new",
        data={"name": "Anna de Boer", "email": "a@example.nl"},
    )
    candidate = vacancies.list_candidates(db, vacancy)[0]
    assert response.headers["Location"] == f"/candidates/{candidate['id']}/notice"
    assert candidate["email"] == "a@example.nl"


@pytest.mark.parametrize(
    ("data", "message"),
    [({"name": ""}, "veld"), ({"name": "Anna", "email": "geen-adres"}, "e-mailadres")],
)
def test_add_candidate_form_rejects_bad_input(client, login, db, vacancy, data, message):
    login("reviewer")
    response = client.post(f"/vacancies/{vacancy}/candidates/new", data=data)
    assert response.status_code == 400
    assert message in _errors(response)
    assert vacancies.list_candidates(db, vacancy) == []


def test_notice_page_shows_dutch_and_english_text_from_profile(client, login, db, vacancy):
    _save(db, vacancy, retention_weeks=6, platforms=["linkedin", "mastodon"])
    candidate = vacancies.create_candidate(db, vacancy, "Anna de Boer")
    login("reviewer")
    soup = _soup(client.get(f"/candidates/{candidate}/notice"))
    nl = soup.select_one("#notice-nl").get_text()
    en = soup.select_one("#notice-en").get_text()
    assert "Beste Anna de Boer" in nl and "Dear Anna de Boer" in en
    for text in (nl, en):
        assert "LinkedIn" in text and "Mastodon" in text and "X (Twitter)" not in text
        assert "Veiligheid" in text and "Klantcontact" in text and "Teamleider" in text
    assert "6 weken" in nl and "6 weeks" in en
    assert "Autoriteit Persoonsgegevens" in nl and "access, correct and erase" in en


def test_notice_form_records_notice_and_allows_upload(client, login, db, vacancy):
    _save(db, vacancy)
    candidate = vacancies.create_candidate(db, vacancy, "Anna")
    login("reviewer")
    response = client.post(
        f"/candidates/{candidate}/notice", data={"at": "2026-11-02", "method": "in_person"}
    )
    assert response.status_code == 302
    row = vacancies.get_candidate(db, candidate)
    assert vacancies.notice_recorded(row) and row["notice_method"] == "in_person"
    event = next(db.query("SELECT * FROM audit_events WHERE action = 'candidate.notice'"))
    assert event["candidate_id"] == candidate
    page = _soup(client.get(f"/candidates/{candidate}/notice"))
    assert "2026-11-02" in page.select_one(".notice-recorded").get_text()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"at": "2026-11-02", "method": ""}, "Kies hoe"),
        ({"at": "", "method": "email"}, "veld"),
        ({"at": "morgen", "method": "email"}, "datum"),
        ({"at": "2999-01-01", "method": "email"}, "toekomst"),
        ({"at": "2026-11-02", "method": "telegram"}, "keuze"),
    ],
)
def test_notice_form_rejects_bad_input(client, login, db, vacancy, data, message):
    _save(db, vacancy)
    candidate = vacancies.create_candidate(db, vacancy, "Anna")
    login("reviewer")
    response = client.post(f"/candidates/{candidate}/notice", data=data)
    assert response.status_code == 400
    assert message.lower() in _errors(response).lower()
    assert not vacancies.notice_recorded(vacancies.get_candidate(db, candidate))


def test_notice_page_without_profile_asks_for_profile(client, login, db, vacancy):
    candidate = vacancies.create_candidate(db, vacancy, "Anna")
    login("reviewer")
    soup = _soup(client.get(f"/candidates/{candidate}/notice"))
    assert soup.select_one("#notice-nl") is None
    assert soup.select_one(f"a[href='/vacancies/{vacancy}/profile']") is not None


def test_assign_manager_form_and_manager_sees_vacancy(client, login, db, make_user, vacancy):
    manager = users.get_user_by_name(db, make_user("hiring_manager"))
    login("reviewer")
    client.post(f"/vacancies/{vacancy}/managers", data={"user_id": str(manager["id"])})
    assert [m["id"] for m in vacancies.list_managers(db, vacancy)] == [manager["id"]]
    login("hiring_manager")
    assert client.get(f"/vacancies/{vacancy}").status_code == 200
    data = client.get(f"/vacancies/{vacancy}.json").get_json()
    assert "managers" not in data


def test_assign_manager_form_rejects_non_manager(client, login, db, vacancy, reviewer):
    login("admin")
    response = client.post(
        f"/vacancies/{vacancy}/managers",
        data={"user_id": str(reviewer["id"])},
        follow_redirects=True,
    )
    assert "opties" in response.get_data(as_text=True) or "keuze" in response.get_data(as_text=True)
    assert vacancies.list_managers(db, vacancy) == []


def test_hiring_manager_vacancy_json_hides_contact_and_notice(
    client, login, db, make_user, vacancy
):
    manager = users.get_user_by_name(db, make_user("hiring_manager"))
    vacancies.assign_manager(db, vacancy, manager["id"])
    vacancies.create_candidate(db, vacancy, "Anna", email="anna@example.nl")
    login("hiring_manager")
    data = client.get(f"/vacancies/{vacancy}.json").get_json()
    assert set(data["candidates"][0]) == {"id", "name", "screening_status", "review"}


def test_close_vacancy_sets_purge_dates(client, login, db, vacancy):
    _save(db, vacancy, retention_weeks=2)
    candidate = vacancies.create_candidate(db, vacancy, "Anna")
    login("reviewer")
    client.post(f"/vacancies/{vacancy}/close")
    closed = vacancies.get_vacancy(db, vacancy)
    assert closed["status"] == "closed"
    purge = vacancies.get_candidate(db, candidate)["purge_after"]
    expected = (datetime.fromisoformat(closed["closed_at"]) + timedelta(weeks=2)).date()
    assert purge[:10] == expected.isoformat()


def test_index_dashboard_lists_vacancies_for_role(client, login, db, make_user, vacancy):
    login("reviewer")
    soup = _soup(client.get("/"))
    assert [a.get_text() for a in soup.select(".vacancy-card h3 a")] == ["Teamleider"]
    assert soup.select_one(".vacancy-card .badge.warn") is not None  # no profile yet
    login("hiring_manager")
    soup = _soup(client.get("/"))
    assert soup.select(".vacancy-card") == []


# --------------------------------------------------------------------------- language

WORKFLOW_SOURCES = [
    sorted((ROOT / "templates").glob(f"{folder}/*.html"))
    for folder in ("vacancies", "review", "compare", "admin", "auth", "main")
]


def test_workflow_strings_have_english_translation():
    catalogue = catalogue_module.catalogue()
    pattern = re.compile(r"""_\(\s*(?:"([^"]+)"|'([^']+)')""")
    sources = [p for group in WORKFLOW_SOURCES for p in group] + [
        ROOT / "screener" / "web" / f"{name}.py"
        for name in ("vacancies", "review", "compare", "admin", "auth", "main")
    ]
    missing = set()
    for path in sources:
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            text = match.group(1) or match.group(2)
            if text not in catalogue:
                missing.add(f"{path.name}: {text}")
    assert not missing, sorted(missing)
    for code, dutch in {**labels.CATEGORY, **labels.DISMISS_REASON, **labels.STATUS}.items():
        assert dutch in catalogue, code


def test_profile_page_in_english(client, login, vacancy):
    login("reviewer")
    client.post("/language", data={"lang": "en"})
    soup = _soup(client.get(f"/vacancies/{vacancy}/profile"))
    assert soup.select_one("h1").get_text() == "Screening profile"
    assert "Job-relevant categories" in soup.get_text()
    response = client.post(f"/vacancies/{vacancy}/profile", data={**PROFILE, "lookback_years": "x"})
    assert "Not a valid integer value" in _errors(response)


def test_hostile_candidate_name_is_shown_as_text(client, login, db, vacancy):
    # Names are typed by people but may be pasted from a hostile profile.
    name = "<img src=x onerror=alert(1)>\u202egnp.exe {{7*7}}"
    candidate = vacancies.create_candidate(db, vacancy, name)
    login("reviewer")
    for url in (f"/vacancies/{vacancy}", f"/candidates/{candidate}/review"):
        response = client.get(url)
        html = response.get_data(as_text=True)
        assert "<img" not in html and "\u202e" not in html and "{{7*7}}" in html
        assert "⟨U+202E⟩" in html


def test_start_page_offers_demo_to_staff_only(client, login):
    login("reviewer")
    form = _soup(client.get("/")).select_one("form.demo, form[action='/uploads/demo']")
    assert form is not None and form["method"] == "post"
    login("hiring_manager")
    assert _soup(client.get("/")).select_one("form[action='/uploads/demo']") is None
