"""``screener network`` and ``screener org``: the stable command-line contract."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from screener.cli import main


@pytest.fixture
def cli(tmp_path, monkeypatch):
    monkeypatch.setenv("SCREENER_INSTANCE", str(tmp_path / "instance"))
    return CliRunner()


def test_network_json_contract(cli, data_dir):
    folder = data_dir / "network"
    result = cli.invoke(
        main,
        [
            "network",
            "--candidate", str(folder / "candidate_Connections.csv"),
            "--org", f"Eva={folder / 'eva_Connections.csv'}",
            "--org", f"Piet={folder / 'piet_Connections.csv'}",
            "--claim", "netwerk in de logistiek",
            "--claim", "500+ connections",
            "--min-shared", "4",
            "--json",
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["candidate_connections"] == 11
    assert data["shared_count"] == 6
    assert data["per_employee"] == {"Eva": 4, "Piet": 3}
    assert [c["verdict"] for c in data["claims"]] == ["supported", "not supported"]
    assert data["claims"][0]["numbers"]["shared_in_sector"] == 4
    shared = {p["name"]: p for p in data["shared"]}
    assert shared["Fleur Mulder ✅"]["profile_url"] == "https://www.linkedin.com/in/fleurmulder"


def test_network_unreadable_input_exits_2(cli, tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("hello", encoding="utf-8")
    result = cli.invoke(main, ["network", "--candidate", str(bad), "--json"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1


def test_network_bad_org_argument_exits_2(cli, data_dir):
    path = str(data_dir / "network" / "candidate_Connections.csv")
    result = cli.invoke(main, ["network", "--candidate", path, "--org", path])
    assert result.exit_code == 2
    assert "NAME=PATH" in result.stderr


def test_org_add_list_remove_and_org_db(cli, data_dir):
    folder = data_dir / "network"
    added = cli.invoke(
        main, ["org", "add", "Eva", str(folder / "eva_Connections.csv"), "--opt-in", "2026-01-15"]
    )
    assert added.exit_code == 0, added.output
    assert "7 connections" in added.output
    again = cli.invoke(main, ["org", "add", "eva", str(folder / "eva_Connections.csv")])
    assert again.exit_code == 2  # names are unique, whatever the case
    listed = json.loads(cli.invoke(main, ["org", "list", "--json"]).output)
    assert [(m["name"], m["opt_in_at"], m["connections"]) for m in listed] == [
        ("Eva", "2026-01-15", 7)
    ]
    checked = cli.invoke(
        main,
        ["network", "--candidate", str(folder / "candidate_Connections.csv"), "--org-db", "--json"],
    )
    assert json.loads(checked.output)["per_employee"] == {"Eva": 4}
    removed = cli.invoke(main, ["org", "remove", "Eva"])
    assert removed.exit_code == 0 and "7 connections" in removed.output
    assert json.loads(cli.invoke(main, ["org", "list", "--json"]).output) == []
    assert cli.invoke(main, ["org", "remove", "Eva"]).exit_code == 2


def test_org_add_rejects_future_opt_in(cli, data_dir):
    path = str(data_dir / "network" / "eva_Connections.csv")
    result = cli.invoke(main, ["org", "add", "Eva", path, "--opt-in", "2999-01-01"])
    assert result.exit_code == 2
    assert "future" in result.stderr


@pytest.mark.parametrize(
    "args", [["network"], ["org"], ["org", "add"], ["org", "list"], ["org", "remove"]]
)
def test_network_commands_have_help_with_example(cli, args):
    result = cli.invoke(main, [*args, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output
