"""Instance set-up: ``screener init``."""

from __future__ import annotations

import click

from . import instance_db, instance_settings


@click.command("init")
def init_command() -> None:
    """Create instance/ with its database and secret key (safe to run again).

    Example:

        screener init
    """
    from ..storage.users import bootstrap_admin

    cfg = instance_settings()
    db = instance_db()
    try:
        created = bootstrap_admin(db)
    finally:
        db.close()
    click.echo(f"Instance ready in {cfg['INSTANCE']}")
    if created:
        username, password = created
        click.echo(f"First start: log in as {username!r} with password {password!r}")
        click.echo("(shown once; change it under Gebruikers after logging in)")


commands = [init_command]
