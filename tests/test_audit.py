"""The hash-chained audit log: verification, tampering, and the admin page."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from screener import audit
from screener.errors import AuditChainError
from screener.storage import events


@pytest.fixture
def chain(db):
    """Five events about two candidates by two actors."""
    for i in range(5):
        audit.record(
            db,
            "anna" if i % 2 else "bram",
            "finding.confirm" if i % 2 else "candidate.view",
            candidate_id=1 + i % 2,
            detail={"i": i, "note": f"notitie {i}"},
        )
    return [r["id"] for r in db.query("SELECT id FROM audit_events ORDER BY id")]


def test_verify_chain_counts_intact_events(db, chain):
    assert audit.verify_chain(db) == len(chain)
    assert audit.broken_event(db) is None


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("actor", "mallory"),
        ("action", "finding.dismiss"),
        ("at", "2020-01-01T00:00:00+00:00"),
        ("candidate_id", 99),
        ("detail", '{"i": 2, "note": "anders"}'),
        ("prev_hash", "0" * 64),
    ],
)
def test_tampering_with_one_row_names_that_event(db, chain, column, value):
    target = chain[2]
    db.execute(f"UPDATE audit_events SET {column} = ? WHERE id = ?", [value, target])
    with pytest.raises(AuditChainError, match=f"event {target} "):
        audit.verify_chain(db)
    assert audit.broken_event(db)["id"] == target


def test_deleting_an_event_breaks_the_next_one(db, chain):
    db.execute("DELETE FROM audit_events WHERE id = ?", [chain[1]])
    assert audit.broken_event(db)["id"] == chain[2]


def test_rewriting_a_hash_consistently_still_breaks_the_link(db, chain):
    # An attacker who recomputes the tampered event's own hash still breaks the next link.
    target = chain[1]
    row = next(db.query("SELECT * FROM audit_events WHERE id = ?", [target]))
    row["actor"] = "mallory"
    db.execute(
        "UPDATE audit_events SET actor = ?, hash = ? WHERE id = ?",
        ["mallory", events.event_hash(row["prev_hash"], row), target],
    )
    assert audit.broken_event(db)["id"] == chain[2]


def test_list_events_filters_and_pages(db, chain):
    rows, total = events.list_events(db, actor="anna")
    assert total == 2 and {r["actor"] for r in rows} == {"anna"}
    rows, total = events.list_events(db, action="candidate")
    assert total == 3 and rows[0]["id"] > rows[-1]["id"]  # newest first
    rows, total = events.list_events(db, candidate_id=2)
    assert total == 2
    rows, total = events.list_events(db, page=2, per_page=2)
    assert [r["id"] for r in rows] == [chain[2], chain[1]] and total == 5
    today = rows[0]["at"][:10]
    assert events.list_events(db, date_from=today, date_to=today)[1] == 5
    assert events.list_events(db, date_to="2000-01-01")[1] == 0


def test_audit_page_filters_by_action_actor_candidate(client, login, chain):
    login("admin")
    soup = BeautifulSoup(
        client.get("/admin/audit", query_string={"actor": "anna", "candidate_id": "2"}).data,
        "html.parser",
    )
    rows = soup.select("table.audit tbody tr[id^=event-]")
    assert len(rows) == 2
    assert {r.select("td")[2].get_text() for r in rows} == {"anna"}
    soup = BeautifulSoup(
        client.get("/admin/audit", query_string={"action": "finding.confirm"}).data, "html.parser"
    )
    assert len(soup.select("table.audit tbody tr[id^=event-]")) == 2


def test_audit_page_paginates(client, login, db):
    for i in range(events.PAGE_SIZE + 5):
        audit.record(db, "bulk", "test.event", detail={"i": i})
    login("admin")
    first = BeautifulSoup(
        client.get("/admin/audit", query_string={"actor": "bulk"}).data, "html.parser"
    )
    assert len(first.select("table.audit tbody tr[id^=event-]")) == events.PAGE_SIZE
    older = first.select_one(".pager a")
    assert "page=2" in older["href"] and "actor=bulk" in older["href"]
    second = BeautifulSoup(client.get(older["href"]).data, "html.parser")
    assert len(second.select("table.audit tbody tr[id^=event-]")) == 5


@pytest.mark.parametrize(
    ("query", "field"),
    [({"candidate_id": "abc"}, "candidate_id"), ({"date_from": "gisteren"}, "date_from")],
)
def test_audit_filter_rejects_bad_input_with_message(client, login, query, field):
    login("admin")
    response = client.get("/admin/audit", query_string=query)
    assert response.status_code == 400
    soup = BeautifulSoup(response.data, "html.parser")
    assert soup.select_one(f"#{field}-errors").get_text().strip()


def test_verify_button_reports_intact_and_broken_chain(client, login, db, chain):
    login("admin")
    page = client.post("/admin/audit/verify", follow_redirects=True).get_data(as_text=True)
    assert "intact" in page
    db.execute("UPDATE audit_events SET actor = 'mallory' WHERE id = ?", [chain[3]])
    page = client.post("/admin/audit/verify", follow_redirects=True).get_data(as_text=True)
    assert f"verbroken bij gebeurtenis {chain[3]}" in page


def test_workflow_actions_leave_audit_events(client, login, db, screened):
    login("reviewer")
    client.get(f"/candidates/{screened['candidate']}/review")
    actions = {r["action"] for r in db.query("SELECT action FROM audit_events")}
    assert {
        "vacancy.create",
        "profile.change",
        "candidate.create",
        "candidate.notice",
        "finding.confirm",
        "finding.dismiss",
        "login.success",
        "candidate.view",
    } <= actions
    assert audit.verify_chain(db) >= 8


def test_audit_json_twin(client, login, chain):
    login("admin")
    data = client.get("/admin/audit.json", query_string={"actor": "bram"}).get_json()
    assert data["total"] == 3 and data["events"][0]["detail"]["note"].startswith("notitie")
