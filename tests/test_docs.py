"""Docs that can drift: every command has help with an example, and the README knows it."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from screener.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
FLASK_OWN = {"run", "shell", "routes"}


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        if name in FLASK_OWN:
            continue
        found.append((prefix + name, command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, prefix + name + " "))
    return found


@pytest.mark.parametrize(("name", "command"), _commands(main), ids=lambda v: str(v))
def test_command_has_help_with_example(name, command):
    assert command.help and command.help.strip(), f"screener {name} has no help"
    assert "Example:" in command.help, f"screener {name}: help lacks an 'Example:' block"


@pytest.mark.parametrize("name", sorted(n for n in main.commands if n not in FLASK_OWN))
def test_readme_mentions_every_command(name):
    assert f"screener {name}" in README
