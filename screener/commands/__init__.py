"""Click commands of the ``screener`` group, one module per feature, free of Flask.

Each module exposes ``commands: list[click.Command]``; register new modules in
``_MODULES``. A command that needs the instance database calls :func:`instance_db`.
"""

from __future__ import annotations

import importlib
from typing import Any

import click
from sqlite_utils import Database

from ..settings import ensure_instance, load_settings
from ..storage import open_db

_MODULES = [
    "setup",
    "analysis",
    "ingest",
    "privacy",
    "reports",
    "screen",
    "worker",
    "demo",
    "admin",
    "network",
    "screenshots",
]


def instance_settings() -> dict[str, Any]:
    """Settings of the instance in ``SCREENER_INSTANCE`` (default ``./instance``)."""
    return ensure_instance(load_settings())


def instance_db() -> Database:
    """The migrated instance database."""
    return open_db(instance_settings()["DATABASE"])


def _collect() -> list[click.Command]:
    found: list[click.Command] = []
    for name in _MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        found.extend(module.commands)
    return found


COMMANDS = _collect()
