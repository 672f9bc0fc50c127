"""The review queue: the decision state machine, ordering, bulk actions and the page."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from screener.errors import PermissionDeniedError, ValidationError
from screener.storage import reviews, users, vacancies

THREAT = "Als ik die manager tegenkom dan sla ik hem in elkaar"
INSULT = "Mijn collega is een sukkel, echt waar"
COMPLAINT = "Weer een dag vol gezeur op het werk, wat een bende"
HOSTILE = 'Wat een <script>alert("x")</script> idioot {{7*7}}'


@pytest.fixture
def reviewer(db, make_user):
    return users.get_user_by_name(db, make_user("reviewer"))


@pytest.fixture
def candidate(db, reviewer):
    vacancy = vacancies.create_vacancy(db, "Planner", user_id=reviewer["id"])
    vacancies.save_profile(
        db,
        vacancy,
        categories=["threat", "insult", "complaint"],
        reasons={"threat": "Veiligheid", "insult": "Klantcontact", "complaint": "Teamrol"},
        platforms=["x"],
        user_id=reviewer["id"],
    )
    return vacancies.create_candidate(db, vacancy, "Jan Jansen", user_id=reviewer["id"])


@pytest.fixture
def findings(candidate, add_finding):
    """Three open findings: a low complaint, a medium insult and a high threat."""
    return {
        "complaint": add_finding(
            candidate, COMPLAINT, "gezeur", category="complaint", severity="low"
        ),
        "insult": add_finding(candidate, INSULT, "sukkel"),
        "threat": add_finding(candidate, THREAT, "sla ik hem", category="threat", severity="high"),
    }


def _status(db, finding_id):
    return reviews.get_finding(db, finding_id)["status"]


# --------------------------------------------------------------------------- state machine


def test_decide_walks_open_confirmed_reopen_dismissed(db, reviewer, findings):
    fid = findings["insult"]
    assert _status(db, fid) == "open"
    assert reviews.decide(db, fid, action="confirm", user=reviewer)["status"] == "confirmed"
    assert reviews.decide(db, fid, action="reopen", user=reviewer)["status"] == "open"
    after = reviews.decide(db, fid, action="dismiss", user=reviewer, reason="irony", note="grap")
    assert (after["status"], after["dismiss_reason"], after["note"]) == (
        "dismissed",
        "irony",
        "grap",
    )
    actions = [r["action"] for r in reviews.review_history(db, fid)]
    assert actions == ["confirm", "reopen", "dismiss"]


@pytest.mark.parametrize(
    ("setup", "action", "kwargs"),
    [
        ([], "reopen", {}),  # nothing to re-open
        ([("confirm", {})], "confirm", {}),  # already confirmed
        ([("confirm", {})], "dismiss", {"reason": "irony"}),  # must re-open first
        ([("dismiss", {"reason": "quote"})], "confirm", {}),
        ([("dismiss", {"reason": "quote"})], "relabel", {"new_category": "threat"}),
        ([], "dismiss", {}),  # no reason
        ([], "dismiss", {"reason": "because"}),  # unknown reason
        ([], "relabel", {}),  # no category
        ([], "relabel", {"new_category": "insult"}),  # same category
        ([], "relabel", {"new_category": "religion"}),  # not a category
        ([], "approve", {}),  # not an action
    ],
)
def test_decide_rejects_bad_transition(db, reviewer, findings, setup, action, kwargs):
    fid = findings["insult"]
    for step, extra in setup:
        reviews.decide(db, fid, action=step, user=reviewer, **extra)
    before = reviews.get_finding(db, fid)
    events = next(db.query("SELECT count(*) AS n FROM audit_events"))["n"]
    with pytest.raises(ValidationError):
        reviews.decide(db, fid, action=action, user=reviewer, **kwargs)
    assert reviews.get_finding(db, fid)["status"] == before["status"]
    assert next(db.query("SELECT count(*) AS n FROM audit_events"))["n"] == events


def test_relabel_confirms_under_new_category_and_keeps_original(db, reviewer, findings):
    after = reviews.decide(
        db, findings["insult"], action="relabel", user=reviewer, new_category="harassment"
    )
    assert (after["status"], after["category"], after["label"]) == (
        "confirmed",
        "insult",
        "harassment",
    )
    assert after["effective_category"] == "harassment"
    reopened = reviews.decide(db, findings["insult"], action="reopen", user=reviewer)
    assert reopened["label"] is None and reopened["effective_category"] == "insult"


def test_decide_writes_review_row_and_audit_event_with_before_after(db, reviewer, findings):
    reviews.decide(db, findings["threat"], action="dismiss", user=reviewer, reason="quote")
    event = next(db.query("SELECT * FROM audit_events ORDER BY id DESC LIMIT 1"))
    detail = json.loads(event["detail"])
    assert (event["action"], event["actor"], event["finding_id"]) == (
        "finding.dismiss",
        reviewer["username"],
        findings["threat"],
    )
    assert detail["before"]["status"] == "open"
    assert detail["after"] == {**detail["before"], "status": "dismissed", "dismiss_reason": "quote"}
    row = next(db.query("SELECT * FROM reviews WHERE finding_id = ?", [findings["threat"]]))
    assert (row["action"], row["reason"], row["user_id"]) == ("dismiss", "quote", reviewer["id"])


def test_hiring_manager_cannot_decide(db, make_user, findings):
    manager = users.get_user_by_name(db, make_user("hiring_manager"))
    with pytest.raises(PermissionDeniedError):
        reviews.decide(db, findings["insult"], action="confirm", user=manager)
    assert _status(db, findings["insult"]) == "open"


def test_review_state_is_reviewed_only_when_none_open(db, reviewer, candidate, findings):
    assert reviews.review_state(db, candidate)["status"] == "in_review"
    reviews.decide(db, findings["insult"], action="confirm", user=reviewer)
    reviews.decide(db, findings["threat"], action="confirm", user=reviewer)
    state = reviews.review_state(db, candidate)
    assert not state["reviewed"] and state["open"] == 1
    reviews.decide(db, findings["complaint"], action="dismiss", user=reviewer, reason="context")
    state = reviews.review_state(db, candidate)
    assert state["reviewed"] and (state["confirmed"], state["dismissed"]) == (2, 1)
    reviews.decide(db, findings["complaint"], action="reopen", user=reviewer)
    assert not reviews.review_state(db, candidate)["reviewed"]


def test_review_state_of_unscreened_candidate_without_findings_is_not_reviewed(db, candidate):
    assert reviews.review_state(db, candidate) == {
        "open": 0,
        "confirmed": 0,
        "dismissed": 0,
        "total": 0,
        "reviewed": False,
        "status": "not_screened",
    }
    db.execute("UPDATE candidates SET screening_status = 'done' WHERE id = ?", [candidate])
    assert reviews.review_state(db, candidate)["reviewed"]


def test_review_queue_puts_open_first_then_threats_then_severity(db, reviewer, findings):
    order = [
        f["id"]
        for f in reviews.review_queue(
            db, reviews.get_finding(db, findings["insult"])["candidate_id"]
        )
    ]
    assert order == [findings["threat"], findings["insult"], findings["complaint"]]
    reviews.decide(db, findings["threat"], action="confirm", user=reviewer)
    candidate_id = reviews.get_finding(db, findings["insult"])["candidate_id"]
    order = [f["id"] for f in reviews.review_queue(db, candidate_id)]
    assert order == [findings["insult"], findings["complaint"], findings["threat"]]


def test_bulk_decide_skips_decided_and_refuses_other_candidates(
    db, reviewer, candidate, findings, add_finding
):
    reviews.decide(db, findings["threat"], action="confirm", user=reviewer)
    result = reviews.bulk_decide(
        db,
        list(findings.values()),
        action="dismiss",
        user=reviewer,
        candidate_id=candidate,
        reason="context",
    )
    assert result == {"done": 2, "skipped": 1}
    assert _status(db, findings["threat"]) == "confirmed"
    other = vacancies.create_candidate(
        db, reviews.get_finding(db, findings["threat"])["candidate_id"] and 1, "Ander"
    )
    foreign = add_finding(other, INSULT, "sukkel")
    with pytest.raises(ValidationError):
        reviews.bulk_decide(db, [foreign], action="confirm", user=reviewer, candidate_id=candidate)
    assert _status(db, foreign) == "open"


def test_set_explanation_is_stored_and_audited(db, reviewer, findings):
    reviews.set_explanation(db, findings["insult"], "  Dat was een citaat uit een film. ", reviewer)
    assert reviews.get_finding(db, findings["insult"])["candidate_explanation"] == (
        "Dat was een citaat uit een film."
    )
    event = next(db.query("SELECT * FROM audit_events ORDER BY id DESC LIMIT 1"))
    assert event["action"] == "finding.explanation"


# --------------------------------------------------------------------------- the page


def test_queue_page_escapes_post_and_marks_evidence(client, login, candidate, add_finding):
    login("reviewer")
    fid = add_finding(candidate, HOSTILE, "idioot")
    response = client.get(f"/candidates/{candidate}/review")
    assert response.status_code == 200
    soup = BeautifulSoup(response.data, "html.parser")
    item = soup.select_one(f"#finding-{fid}")
    assert item.select_one(".post mark").get_text() == "idioot"
    assert '<script>alert("x")</script>' in item.select_one(".post").get_text()
    assert not soup.select("main script")  # the post's script is text, not an element
    assert b"{{7*7}}" in response.data and b"49" not in response.data
    scripts = [s.get("src") for s in soup.select("script")]
    assert scripts == ["/static/review.js"]


def test_queue_page_lists_threat_first_with_rule_and_actions(client, login, findings):
    login("reviewer")
    candidate_id = 1
    soup = BeautifulSoup(client.get(f"/candidates/{candidate_id}/review").data, "html.parser")
    items = soup.select(".queue-item")
    assert [int(i["data-finding-id"]) for i in items] == [
        findings["threat"],
        findings["insult"],
        findings["complaint"],
    ]
    first = items[0]
    assert "threat.test" in first.select_one(".finding-meta").get_text()
    buttons = {b["value"] for b in first.select("form.decision button[name=action]")}
    assert buttons == {"confirm", "dismiss", "relabel"}


def test_queue_page_view_is_audited(client, login, db, candidate):
    login("reviewer")
    client.get(f"/candidates/{candidate}/review")
    event = next(db.query("SELECT * FROM audit_events WHERE action = 'candidate.view'"))
    assert event["candidate_id"] == candidate


def test_decide_form_without_js_confirms_and_redirects(client, login, db, findings):
    login("reviewer")
    response = client.post(
        f"/findings/{findings['insult']}/decide", data={"action": "confirm", "note": "klopt"}
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith(
        f"/candidates/1/review#finding-{findings['insult']}"
    )
    finding = reviews.get_finding(db, findings["insult"])
    assert (finding["status"], finding["note"]) == ("confirmed", "klopt")


def test_dismiss_form_without_reason_shows_error(client, login, db, findings):
    login("reviewer")
    response = client.post(f"/findings/{findings['insult']}/decide", data={"action": "dismiss"})
    assert response.status_code == 400
    soup = BeautifulSoup(response.data, "html.parser")
    errors = soup.select_one(f"#finding-{findings['insult']} .errors")
    assert "reden" in errors.get_text()
    assert _status(db, findings["insult"]) == "open"


def test_decide_form_with_bad_transition_shows_error(client, login, db, reviewer, findings):
    reviews.decide(db, findings["insult"], action="dismiss", user=reviewer, reason="irony")
    login("reviewer")
    response = client.post(f"/findings/{findings['insult']}/decide", data={"action": "confirm"})
    assert response.status_code == 400
    soup = BeautifulSoup(response.data, "html.parser")
    assert "dismissed" in soup.select_one(f"#finding-{findings['insult']} .errors").get_text()


def test_bulk_form_dismisses_selected_with_reason(client, login, db, findings):
    login("reviewer")
    selected = [findings["insult"], findings["complaint"]]
    response = client.post(
        "/candidates/1/review/bulk",
        data={"finding_ids": selected, "action": "dismiss", "reason": "not_job_relevant"},
    )
    assert response.status_code == 302
    assert [_status(db, f) for f in selected] == ["dismissed", "dismissed"]
    assert _status(db, findings["threat"]) == "open"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"action": "dismiss", "reason": "irony"}, "Selecteer minstens"),
        ({"finding_ids": ["1"], "action": "dismiss"}, "reden"),
        ({"finding_ids": ["999"], "action": "dismiss", "reason": "irony"}, "opties"),
    ],
)
def test_bulk_form_rejects_bad_input(client, login, db, findings, data, message):
    login("reviewer")
    response = client.post("/candidates/1/review/bulk", data=data)
    assert response.status_code == 400
    errors = BeautifulSoup(response.data, "html.parser").select_one("#bulk-form .errors")
    assert message in errors.get_text()
    assert {_status(db, f) for f in findings.values()} == {"open"}


def test_explanation_form_records_text_shown_on_page(client, login, findings):
    login("reviewer")
    client.post(
        f"/findings/{findings['threat']}/explanation", data={"text": "Songtekst <b>citaat</b>"}
    )
    soup = BeautifulSoup(client.get("/candidates/1/review").data, "html.parser")
    box = soup.select_one(f"#explanation-{findings['threat']}")
    assert box.get_text() == "Songtekst <b>citaat</b>"


def test_queue_json_twin_lists_findings_in_order(client, login, findings):
    login("admin")
    data = client.get("/candidates/1/review.json").get_json()
    assert [f["id"] for f in data["findings"]] == [
        findings["threat"],
        findings["insult"],
        findings["complaint"],
    ]
    assert data["state"]["open"] == 3 and data["findings"][0]["evidence"][0]["text"] == "sla ik hem"


def test_hiring_manager_gets_403_on_queue_and_decisions(client, login, db, findings):
    login("hiring_manager")
    assert client.get("/candidates/1/review").status_code == 403
    assert client.get("/candidates/1/review.json").status_code == 403
    assert (
        client.post(
            f"/findings/{findings['insult']}/decide", data={"action": "confirm"}
        ).status_code
        == 403
    )
    assert _status(db, findings["insult"]) == "open"


def test_review_js_has_documented_shortcuts(client, login):
    login("reviewer")
    with client.get("/static/review.js") as response:
        script = response.get_data(as_text=True)
    for key in ('case "j"', 'case "k"', 'case "c"', 'case "d"', 'case "r"', 'case "?"'):
        assert key in script


def test_decision_forms_carry_csrf_token_and_refuse_without(csrf_app, make_user, findings):
    # CSRF is on in production; every form on the queue must carry the token.
    from conftest import PASSWORD

    client = csrf_app.test_client()

    def token(html: bytes, selector: str) -> str:
        return BeautifulSoup(html, "html.parser").select_one(selector)["value"]

    login_page = client.get("/auth/login").data
    client.post(
        "/auth/login",
        data={
            "username": make_user("reviewer"),
            "password": PASSWORD,
            "csrf_token": token(login_page, "input[name=csrf_token]"),
        },
    )
    page = client.get("/candidates/1/review").data
    soup = BeautifulSoup(page, "html.parser")
    assert all(f.select_one("input[name=csrf_token]") for f in soup.select("form[method=post]"))
    url = f"/findings/{findings['insult']}/decide"
    assert client.post(url, data={"action": "confirm"}).status_code == 400
    valid = token(page, f"#finding-{findings['insult']} form.decision input[name=csrf_token]")
    response = client.post(url, data={"action": "confirm", "csrf_token": valid})
    assert response.status_code == 302


def test_explanation_form_rejects_too_long_text(client, login, db, findings):
    login("reviewer")
    response = client.post(f"/findings/{findings['threat']}/explanation", data={"text": "x" * 5001})
    assert response.status_code == 400
    soup = BeautifulSoup(response.data, "html.parser")
    assert (
        "5000"
        in soup.select_one(f"#finding-{findings['threat']} form.explanation .errors").get_text()
    )
    assert reviews.get_finding(db, findings["threat"])["candidate_explanation"] is None
