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
    cfg = instance_settings()
    instance_db().close()
    click.echo(f"Instance ready in {cfg['INSTANCE']}")


commands = [init_command]
