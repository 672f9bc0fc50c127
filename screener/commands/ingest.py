"""``screener parse``: read exports and print their records (JSON lines or a summary)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import click
import orjson

from ..errors import ScreenerError
from ..ingest import parse_export
from ..records import Connection, ExportBundle, Post, Profile


def record_json(record: Post | Connection | Profile) -> dict[str, Any]:
    """The stable JSON shape of one record (the ``--jsonl`` contract): exactly these keys."""
    if isinstance(record, Post):
        return {
            "kind": "post",
            "platform": record.platform,
            "id": record.id,
            "created_at": record.created_at.isoformat(),
            "text": record.text,
            "url": record.url,
            "is_repost": record.is_repost,
            "is_reply": record.is_reply,
        }
    if isinstance(record, Connection):
        return {
            "kind": "connection",
            "platform": record.platform,
            "name": record.name,
            "profile_url": record.profile_url,
            "handle": record.handle,
            "company": record.company,
            "position": record.position,
            "connected_on": record.connected_on.isoformat() if record.connected_on else None,
        }
    return {
        "kind": "profile",
        "platform": record.platform,
        "name": record.name,
        "handle": record.handle,
        "profile_url": record.profile_url,
        "headline": record.headline,
        "summary": record.summary,
        "industry": record.industry,
        "positions": [
            {
                "company": p.company,
                "title": p.title,
                "description": p.description,
                "location": p.location,
                "started_on": p.started_on,
                "finished_on": p.finished_on,
            }
            for p in record.positions
        ],
    }


def _summary(bundle: ExportBundle) -> list[str]:
    posts = Counter(p.kind for p in bundle.posts)
    parts = [f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in sorted(posts.items())]
    if bundle.connections or not bundle.posts:
        parts.append(f"{len(bundle.connections)} connections")
    if bundle.blank_connections:
        parts.append(f"{bundle.blank_connections} blank connection rows ignored")
    if bundle.dropped_private:
        parts.append(f"{bundle.dropped_private} private posts dropped")
    if bundle.profiles:
        parts.append(f"{len(bundle.profiles)} profile{'s' if len(bundle.profiles) != 1 else ''}")
    lines = [f"{bundle.source}: {', '.join(bundle.platforms)}: {', '.join(parts)}"]
    if bundle.skipped:
        lines.append(f"  {len(bundle.skipped)} files skipped:")
        lines.extend(f"    {s.name}: {s.reason}" for s in bundle.skipped)
    return lines


@click.command("parse")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--jsonl", is_flag=True, help="Print one JSON object per record.")
def parse_command(paths: tuple[Path, ...], jsonl: bool) -> None:
    """Parse exports (files, zip/tar archives or folders) and print what they hold.

    With --jsonl every post, connection and profile is one JSON line; otherwise a short
    summary per upload. An unreadable upload prints one line on stderr and exits 2.

    Example:

        screener parse Basic_LinkedInDataExport_09-12-2022.zip --jsonl
    """
    failed = False
    for path in paths:
        try:
            bundle = parse_export(path)
        except (ScreenerError, OSError) as exc:
            message = str(exc) if isinstance(exc, ScreenerError) else f"{path}: {exc}"
            click.echo(f"screener parse: {message}", err=True)
            failed = True
            continue
        if jsonl:
            lines = [
                orjson.dumps(record_json(record))
                for record in (*bundle.profiles, *bundle.posts, *bundle.connections)
            ]
            if lines:
                click.echo(b"\n".join(lines) + b"\n", nl=False)
        else:
            click.echo("\n".join(_summary(bundle)))
    if failed:
        click.get_current_context().exit(2)


commands = [parse_command]
