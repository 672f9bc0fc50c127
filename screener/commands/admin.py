"""Accounts and the audit log on the command line: ``screener user ...``, ``screener audit``."""

from __future__ import annotations

import sys

import click

from .. import audit
from ..errors import ScreenerError
from ..storage import users
from . import instance_db


@click.group("user")
def user_group() -> None:
    """Create and list the people who can log in.

    Example:

        screener user add anna --role reviewer
    """


@user_group.command("add")
@click.argument("username")
@click.option(
    "--role",
    type=click.Choice(users.ROLES),
    required=True,
    help="admin, reviewer or hiring_manager.",
)
@click.option("--display-name", default="", help="Name shown in the interface.")
@click.option(
    "--password-stdin",
    is_flag=True,
    help="Read the password from the first line of standard input (for scripts).",
)
def user_add(username: str, role: str, display_name: str, password_stdin: bool) -> None:
    """Create a user; asks for the password twice unless --password-stdin is given.

    Example:

        screener user add anna --role reviewer
        printf '%s\\n' "$PASSWORD" | screener user add bob --role hiring_manager --password-stdin
    """
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    db = instance_db()
    try:
        users.validate_password(password)
        with db.atomic():
            users.create_user(
                db, username, users.hash_password(password), role, display_name=display_name
            )
            audit.record(db, "cli", "user.create", detail={"username": username, "role": role})
    except ScreenerError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        db.close()
    click.echo(f"Created {role} {username!r}.")


@user_group.command("list")
def user_list() -> None:
    """List users with their role and whether they can log in.

    Example:

        screener user list
    """
    db = instance_db()
    try:
        rows = users.list_users(db)
    finally:
        db.close()
    for row in rows:
        state = "active" if row["active"] else "deactivated"
        click.echo(f"{row['username']}\t{row['role']}\t{state}\t{row['display_name']}")


@click.group("audit")
def audit_group() -> None:
    """Check the hash-chained audit log.

    Example:

        screener audit verify
    """


@audit_group.command("verify")
def audit_verify() -> None:
    """Recompute every event's hash; name the first broken event (exit status 1).

    Example:

        screener audit verify
    """
    db = instance_db()
    try:
        broken = audit.broken_event(db)
        total = next(db.query("SELECT count(*) AS n FROM audit_events"))["n"]
    finally:
        db.close()
    if broken is not None:
        click.echo(
            f"Audit chain broken at event {broken['id']} ({broken['action']} by"
            f" {broken['actor']} at {broken['at']}).",
            err=True,
        )
        sys.exit(1)
    click.echo(f"Audit chain intact: {total} events verified.")


commands = [user_group, audit_group]
