"""``screener demo``: load the demo vacancy with three screened candidates."""

from __future__ import annotations

import click

from . import instance_db, instance_settings


@click.command("demo")
def demo_command() -> None:
    """Load a demo vacancy, its organisation and three screened candidates (once).

    Also creates a hiring manager ``manager`` assigned to the vacancy, so the comparison
    page can be tried; its password is printed once.

    Example:

        screener demo && screener serve
    """
    from ..demo import demo_vacancy as demo_loaded
    from ..demo import install_demo

    cfg = instance_settings()
    db = instance_db()
    try:
        if demo_loaded(db) is None:
            click.echo("Loading and screening the demo candidates ...", err=True)
        result = install_demo(db, cfg, user="cli")
    finally:
        db.close()
    if not result.created:
        click.echo(f"The demo is already loaded (vacancy {result.vacancy_id}).")
        return
    click.echo(
        f"Demo loaded: vacancy {result.vacancy_id} with {len(result.candidates)} screened"
        " candidates."
    )
    if result.manager:
        username, password = result.manager
        click.echo(f"Hiring manager for the comparison page: {username!r}, password {password!r}")


commands = [demo_command]
