"""The ``screener`` command: a click group that also knows the Flask commands.

Commands live in ``screener/commands/`` (one module per feature) and stay free of Flask;
those that need the database open it through :func:`screener.commands.instance_db`.
"""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import FlaskGroup

from .commands import COMMANDS


def _create_app() -> Flask:
    from . import create_app

    return create_app()


@click.group(cls=FlaskGroup, create_app=_create_app, add_version_option=False)
@click.version_option(package_name="screener", prog_name="screener")
def main() -> None:
    """Screener: screen a candidate's own social-media exports, with evidence.

    Example:

        screener demo && screener serve
    """


for _command in COMMANDS:
    main.add_command(_command)


def init_app(app: Flask) -> None:
    """Make every command available as ``flask --app screener <command>`` too."""
    for command in COMMANDS:
        app.cli.add_command(command)
