"""Organisation network and candidate network pages through the real client."""

from __future__ import annotations

import io

import pytest
from bs4 import BeautifulSoup

from screener.ingest import parse_export
from screener.storage import org, posts, users
from screener.storage.profiles import save_profile
from screener.storage.vacancies import assign_manager, create_candidate, create_vacancy


def _soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.data, "html.parser")


def _upload(data_dir, name: str, filename: str = "Connections.csv"):
    content = (data_dir / "network" / name).read_bytes()
    return (io.BytesIO(content), filename)


def _add_form(data_dir, name="Eva", opt_in="2026-01-15", file="eva_Connections.csv"):
    return {"name": name, "opt_in_at": opt_in, "export": _upload(data_dir, file)}


def test_org_index_admin_adds_and_removes_employee(client, login, db, data_dir):
    login("admin")
    response = client.post("/org/", data=_add_form(data_dir), content_type="multipart/form-data")
    assert response.status_code == 302
    page = _soup(client.get("/org/"))
    rows = page.select("table.org-members tbody tr")
    assert [r.select("td")[0].get_text(strip=True) for r in rows] == ["Eva"]
    assert rows[0].select("td")[2].get_text(strip=True) == "7"
    members = client.get("/org.json").get_json()["members"]
    assert [(m["name"], m["opt_in_at"], m["connections"]) for m in members] == [
        ("Eva", "2026-01-15", 7)
    ]
    member_id = members[0]["id"]
    listing = _soup(client.get(f"/org/{member_id}"))
    assert "Jan Van Der Berg" in listing.select_one("table.org-connections").get_text()
    confirm = client.get(f"/org/{member_id}/remove")
    assert "7" in _soup(confirm).get_text()
    assert client.post(f"/org/{member_id}/remove").status_code == 302
    assert client.get("/org.json").get_json()["members"] == []
    left = db.execute("SELECT count(*) FROM org_connections").fetchone()[0]
    assert left == 0  # every row the employee brought is gone
    actions = [r["action"] for r in db.query("SELECT action FROM audit_events ORDER BY id")]
    assert "org.add" in actions and "org.remove" in actions


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"opt_in_at": "2999-01-01"}, "opt_in_at"),  # consent cannot be in the future
        ({"opt_in_at": ""}, "opt_in_at"),
        ({"name": ""}, "name"),
    ],
)
def test_org_index_rejects_bad_form(client, login, data_dir, change, field):
    login("admin")
    data = _add_form(data_dir)
    data.update(change)
    response = client.post("/org/", data=data, content_type="multipart/form-data")
    assert response.status_code == 400
    assert _soup(response).select_one(f"#{field}-errors") is not None
    assert client.get("/org.json").get_json()["members"] == []


def test_org_index_rejects_unreadable_export(client, login):
    login("admin")
    data = {"name": "Eva", "opt_in_at": "2026-01-15", "export": (io.BytesIO(b"hello"), "x.txt")}
    response = client.post("/org/", data=data, content_type="multipart/form-data")
    assert response.status_code == 400
    assert _soup(response).select_one("#export-errors") is not None


@pytest.mark.parametrize("role", ["reviewer", "hiring_manager"])
def test_org_pages_admin_only(client, login, db, data_dir, role):
    bundle = parse_export(data_dir / "network" / "eva_Connections.csv")
    member_id = org.add_member(db, "Eva", "2026-01-15", bundle.connections)
    login(role)
    for url in ("/org/", "/org.json", f"/org/{member_id}", f"/org/{member_id}.json"):
        assert client.get(url).status_code == 403, url
    assert client.post(f"/org/{member_id}/remove").status_code == 403


@pytest.fixture
def screened(db, data_dir):
    """A vacancy (threshold 4) with one candidate whose connections are stored, and the org."""
    vacancy_id = create_vacancy(db, "Planner logistiek")
    save_profile(
        db,
        vacancy_id,
        categories=["threat"],
        reasons={"threat": "Veiligheid op de werkvloer"},
        platforms=["linkedin"],
        min_shared=4,
    )
    candidate_id = create_candidate(db, vacancy_id, "Kim Jansen")
    posts.save_bundle(
        db, candidate_id, None, parse_export(data_dir / "network" / "candidate_Connections.csv")
    )
    for name in ("Eva", "Piet"):
        bundle = parse_export(data_dir / "network" / f"{name.lower()}_Connections.csv")
        org.add_member(db, name, "2026-01-15", bundle.connections)
    return vacancy_id, candidate_id


def test_candidate_network_claim_flow(client, login, db, screened):
    _vacancy_id, cid = screened
    login("reviewer")
    page = _soup(client.get(f"/candidates/{cid}/network"))
    assert page.select_one("#shared-count").get_text(strip=True) == "6"
    shared = [r.select("td")[0].get_text(strip=True) for r in page.select("table.shared tbody tr")]
    assert "Jan van der Berg" in shared and "Ruben de Boer" not in shared
    assert page.select_one("figure.network-figure svg") is not None
    response = client.post(f"/candidates/{cid}/claims", data={"text": "netwerk in de logistiek"})
    assert response.status_code == 302
    data = client.get(f"/candidates/{cid}/network.json").get_json()
    assert data["min_shared"] == 4
    assert [(c["text"], c["verdict"]) for c in data["claims"]] == [
        ("netwerk in de logistiek", "supported")
    ]
    badge = _soup(client.get(f"/candidates/{cid}/network")).select_one("li.claim .badge")
    assert badge.get_text(strip=True) == "Ondersteund"
    claim_id = data["claims"][0]["id"]
    assert client.post(f"/candidates/{cid}/claims/{claim_id}/delete").status_code == 302
    assert client.get(f"/candidates/{cid}/network.json").get_json()["claims"] == []
    actions = [r["action"] for r in db.query("SELECT action FROM audit_events")]
    assert {"claim.add", "claim.delete", "candidate.view"} <= set(actions)


def test_candidate_network_hiring_manager_sees_verdicts_only(
    client, login, db, make_user, screened
):
    vacancy_id, cid = screened
    login("reviewer")
    client.post(f"/candidates/{cid}/claims", data={"text": "kent mensen bij PostNL"})
    manager = make_user("hiring_manager")
    login("hiring_manager")
    assert client.get(f"/candidates/{cid}/network").status_code == 403  # not assigned
    assign_manager(db, vacancy_id, users.get_user_by_name(db, manager)["id"])
    page = client.get(f"/candidates/{cid}/network")
    assert page.status_code == 200
    text = _soup(page).get_text()
    assert "Jan van der Berg" not in text  # no connection names for hiring managers
    assert _soup(page).select_one("table.shared") is None
    data = client.get(f"/candidates/{cid}/network.json").get_json()
    assert set(data) == {"candidate_id", "min_shared", "claims"}
    assert data["claims"][0]["verdict"] == "partly supported"
    assert "people" not in data["claims"][0]
    assert client.post(f"/candidates/{cid}/claims", data={"text": "x"}).status_code == 403


def test_candidate_network_escapes_hostile_names(client, login, db, screened):
    _vacancy_id, cid = screened
    db.execute(
        "UPDATE connections SET name = '<script>alert(1)</script>' WHERE name = 'Pieter Bakker'"
    )
    login("reviewer")
    body = client.get(f"/candidates/{cid}/network").data.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;" in body


def test_org_index_accepts_mastodon_following(client, login, data_dir):
    login("admin")
    data = {
        "name": "Ahmed",
        "opt_in_at": "2026-02-01",
        "export": _upload(data_dir, "ahmed/following_accounts.csv", "following_accounts.csv"),
    }
    response = client.post("/org/", data=data, content_type="multipart/form-data")
    assert response.status_code == 302
    members = client.get("/org.json").get_json()["members"]
    assert [(m["name"], m["connections"]) for m in members] == [("Ahmed", 2)]


def test_candidate_network_page_in_english(client, login, screened):
    _vacancy_id, cid = screened
    login("reviewer")
    client.post("/language", data={"lang": "en"})
    client.post(f"/candidates/{cid}/claims", data={"text": "network in logistics"})
    page = _soup(client.get(f"/candidates/{cid}/network"))
    assert page.select_one("h1").get_text(strip=True) == "Network and claims"
    assert page.select_one("li.claim .badge").get_text(strip=True) == "Supported"
    assert "work in logistics" in page.select_one("li.claim p").get_text()


def test_candidate_network_counts_blank_rows_of_uploads(client, login, db, screened):
    _vacancy_id, cid = screened
    db["uploads"].insert(
        {
            "candidate_id": cid,
            "filename": "Connections.csv",
            "status": "done",
            "counts": '{"connections": 11, "blank_connections": 1}',
            "created_at": "2026-01-01T00:00:00+00:00",
        }
    )
    login("reviewer")
    client.post(f"/candidates/{cid}/claims", data={"text": "500+ connecties"})
    claim = client.get(f"/candidates/{cid}/network.json").get_json()["claims"][0]
    assert claim["verdict"] == "not supported"
    assert claim["numbers"]["blank_connections"] == 1
    assert any("lege regels" in c for c in claim["caveats"])
