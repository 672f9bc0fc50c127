"""Retention and erasure: ``screener purge``."""

from __future__ import annotations

import json
from datetime import date

import click

from .. import retention
from . import instance_db, instance_settings


@click.command("purge")
@click.option("--dry-run", is_flag=True, help="Only list who would be purged, and how much.")
@click.option(
    "--candidate",
    "candidate_ids",
    type=int,
    multiple=True,
    help="Erase this candidate now (an erasure request), whatever their purge date.",
)
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), help="Pretend today is this day.")
def purge_command(dry_run: bool, candidate_ids: tuple[int, ...], today) -> None:
    """Delete everything about candidates past their retention date.

    Rows in every table, the search index, uploaded files; audit events keep only that a
    purge happened, with counts. The database is compacted afterwards so the text is gone
    from the file. Prints a JSON report.

    Example:

        screener purge --dry-run
        screener purge
        screener purge --candidate 12
    """
    cfg = instance_settings()
    db = instance_db()
    if candidate_ids:
        report = []
        for candidate_id in candidate_ids:
            if dry_run:
                counts = retention.candidate_counts(db, candidate_id)
            else:
                counts = retention.purge_candidate(
                    db, candidate_id, uploads_dir=cfg["UPLOADS"], actor="cli", reason="erasure"
                )
            if not counts:
                raise click.ClickException(f"No candidate with id {candidate_id}.")
            report.append({"candidate_id": candidate_id, "counts": counts})
        if not dry_run:
            retention.compact(db)
    else:
        day = today.date() if today else date.today()
        report = retention.purge_due(
            db, uploads_dir=cfg["UPLOADS"], today=day, dry_run=dry_run, actor="cli"
        )
    click.echo(json.dumps({"dry_run": dry_run, "purged": report}, indent=2, sort_keys=True))


@click.command("dpia")
def dpia_command() -> None:
    """Print DPIA answers (Markdown) read from this instance's actual configuration.

    Example:

        screener dpia > dpia-answers.md
    """
    from ..reports.dpia import dpia_facts, dpia_markdown

    click.echo(dpia_markdown(dpia_facts(instance_db(), instance_settings())), nl=False)


commands = [purge_command, dpia_command]
