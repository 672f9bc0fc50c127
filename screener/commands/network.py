"""Network commands: ``screener network`` (check claims) and ``screener org add|list|remove``."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from ..errors import ScreenerError
from . import instance_db


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


def _read(path: str):
    """Parse one export, or exit 2 with a single line on stderr."""
    from ..ingest import parse_export

    try:
        return parse_export(Path(path))
    except ScreenerError as exc:  # the message names the file already
        _fail(str(exc).splitlines()[0] if str(exc) else f"{path}: unreadable")
    except (OSError, ValueError) as exc:
        _fail(f"{path}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")


def _summary(data: dict, result) -> str:
    lines = [
        f"Candidate connections: {data['candidate_connections']}"
        + (f" (+{data['blank_connections']} blank rows)" if data["blank_connections"] else ""),
        f"Employees compared: {data['employees']}, linked: {data['employees_linked']}",
        f"Employees the candidate knows directly: {', '.join(data['direct_employees']) or '-'}",
        f"Shared (exact + strong): {data['shared_count']}; name-only (not counted): "
        f"{len(data['fuzzy_only'])}",
    ]
    for name, count in data["per_employee"].items():
        lines.append(f"  {name}: {count}")
    for person in data["shared"][:20]:
        lines.append(
            f"  - {person['name']} [{person['match']}] via {', '.join(person['employees'])}"
        )
    if data["sectors"]:
        top = ", ".join(f"{s} {n}" for s, n in list(data["sectors"].items())[:6])
        lines.append(f"Sectors: {top}")
    for burst in result.bursts:
        lines.append(f"Question: {burst.question_en}")
    for claim in data["claims"]:
        lines.append(f"Claim {claim['text']!r}: {claim['verdict']}. {claim['explanation_en']}")
        lines.extend(f"  note: {c}" for c in claim["caveats_en"])
    return "\n".join(lines)


@click.command("network")
@click.option(
    "--candidate",
    "candidates",
    multiple=True,
    required=True,
    type=click.Path(),
    help="The candidate's export with connections (repeatable).",
)
@click.option("--org", "orgs", multiple=True, metavar="NAME=PATH", help="An employee's export.")
@click.option("--org-db", is_flag=True, help="Use the organisation network in the instance.")
@click.option("--claim", "claims", multiple=True, help='A claim, e.g. "500+ connections".')
@click.option("--min-shared", type=click.IntRange(min=1), default=5, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def network_command(candidates, orgs, org_db, claims, min_shared, as_json) -> None:
    """Check a candidate's network claims against employees' connection exports.

    Example:

        screener network --candidate Connections.csv --org "Eva=eva.zip"
        --claim "netwerk in de logistiek" --json
    """
    from ..analysis.claims import parse_claim, verify_claim
    from ..analysis.network import analyse_network, network_to_json

    connections, blank = [], 0
    for path in candidates:
        bundle = _read(path)
        connections.extend(bundle.connections)
        blank += bundle.blank_connections
    org: dict[str, list] = {}
    if org_db:
        from ..storage.org import load_org_network

        db = instance_db()
        try:
            org.update(load_org_network(db))
        finally:
            db.close()
    for item in orgs:
        name, sep, path = item.partition("=")
        if not sep or not name.strip() or not path:
            _fail(f"--org expects NAME=PATH, got {item!r}")
        org.setdefault(name.strip(), []).extend(_read(path).connections)
    result = analyse_network(connections, org, min_shared=min_shared, blank_connections=blank)
    verdicts = [verify_claim(parse_claim(text), result, min_shared=min_shared) for text in claims]
    data = network_to_json(result, verdicts)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
    else:
        click.echo(_summary(data, result))


@click.group("org")
def org_group() -> None:
    """The organisation network: employees' own connection exports (opt-in).

    Example:

        screener org add "Eva de Wit" eva-linkedin.zip --opt-in 2026-01-15
    """


@org_group.command("add")
@click.argument("name")
@click.argument("path", type=click.Path())
@click.option("--opt-in", "opt_in", help="Date the employee opted in (YYYY-MM-DD; default today).")
def org_add(name: str, path: str, opt_in: str | None) -> None:
    """Add an employee NAME with the connection export at PATH.

    Example:

        screener org add "Eva de Wit" Connections.csv --opt-in 2026-01-15
    """
    from .. import audit
    from ..storage.org import DuplicateMemberError, add_member

    try:
        opt_in_day = date.fromisoformat(opt_in) if opt_in else date.today()
    except ValueError:
        _fail(f"--opt-in must be YYYY-MM-DD, got {opt_in!r}")
    if opt_in_day > date.today():
        _fail("--opt-in cannot be in the future")
    bundle = _read(path)
    if not bundle.connections:
        _fail(f"{path}: no connections found in this export")
    db = instance_db()
    try:
        with db.atomic():
            member_id = add_member(db, name, opt_in_day, bundle.connections, source=Path(path).name)
            audit.record(
                db,
                "cli",
                "org.add",
                detail={
                    "member_id": member_id,
                    "name": name,
                    "connections": len(bundle.connections),
                },
            )
    except DuplicateMemberError:
        _fail(f"an employee named {name!r} already exists; remove them first")
    finally:
        db.close()
    click.echo(f"Added {name} with {len(bundle.connections)} connections (id {member_id})")


@org_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def org_list(as_json: bool) -> None:
    """List the employees in the organisation network.

    Example:

        screener org list
    """
    from ..storage.org import list_members

    db = instance_db()
    try:
        members = list_members(db)
    finally:
        db.close()
    if as_json:
        click.echo(json.dumps(members, ensure_ascii=False))
        return
    for member in members:
        click.echo(
            f"{member['name']}\topt-in {member['opt_in_at']}\t{member['connections']} connections"
        )


@org_group.command("remove")
@click.argument("name")
def org_remove(name: str) -> None:
    """Remove employee NAME and every connection they brought.

    Example:

        screener org remove "Eva de Wit"
    """
    from .. import audit
    from ..storage.org import get_member_by_name, remove_member

    db = instance_db()
    try:
        member = get_member_by_name(db, name)
        if member is None:
            _fail(f"no employee named {name!r}")
        with db.atomic():
            remove_member(db, member["id"])
            audit.record(
                db,
                "cli",
                "org.remove",
                detail={"member_id": member["id"], "connections": member["connections"]},
            )
    finally:
        db.close()
    click.echo(f"Removed {member['name']} and {member['connections']} connections")


commands = [network_command, org_group]
