"""Reports from the terminal: ``screener report pdf|verify`` and ``screener export``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from . import instance_db, instance_settings


@click.group("report")
def report_group() -> None:
    """Candidate summary PDFs and their verification.

    Example:

        screener report pdf 3 --out rapport.pdf
        screener report verify rapport.pdf
    """


@report_group.command("pdf")
@click.argument("candidate_id", type=int)
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True)
def report_pdf(candidate_id: int, out: Path, lang: str) -> None:
    """Write a candidate's summary PDF (confirmed findings only) and log it.

    Example:

        screener report pdf 3 --out rapport.pdf --lang en
    """
    from ..reports import documents

    db = instance_db()
    try:
        document = documents.issue_report(db, candidate_id, actor="cli", lang=lang)
    except LookupError as exc:
        raise click.ClickException(str(exc)) from exc
    out.write_bytes(document.data)
    click.echo(f"{out} (sha256 {document.content_hash})")


@report_group.command("verify")
@click.argument("pdf", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def report_verify(pdf: Path) -> None:
    """Check a report PDF against the audit log: exit 0 when authentic, 1 otherwise.

    Example:

        screener report verify screener-teamleider-eva-de-vries-2026-11-23.pdf
    """
    from ..reports import documents

    result = documents.verify_pdf(instance_db(), pdf.read_bytes())
    click.echo(json.dumps(result, indent=2, sort_keys=True))
    if result["status"] != "authentic":
        raise SystemExit(1)


@report_group.command("comparison")
@click.argument("vacancy_id", type=int)
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True)
def report_comparison(vacancy_id: int, out: Path, lang: str) -> None:
    """Write the landscape comparison PDF of a vacancy's candidates and log it.

    Example:

        screener report comparison 1 --out vergelijking.pdf
    """
    from ..reports.comparison import issue_comparison

    try:
        document = issue_comparison(instance_db(), vacancy_id, actor="cli", lang=lang)
    except LookupError as exc:
        raise click.ClickException(str(exc)) from exc
    out.write_bytes(document.data)
    click.echo(str(out))


@click.command("export")
@click.argument("candidate_id", type=int)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder to write the zip into (created if missing).",
)
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True)
def export_command(candidate_id: int, out_dir: Path, lang: str) -> None:
    """Write the candidate's own copy: all data held as JSON plus a plain-language PDF.

    Use it to answer an access request (GDPR art. 15). The export is logged.

    Example:

        screener export 3 --out ./kopie --lang nl
    """
    from ..reports.candidate_copy import export_candidate

    cfg = instance_settings()
    try:
        document = export_candidate(
            instance_db(),
            candidate_id,
            actor="cli",
            lang=lang,
            contact=cfg.get("PRIVACY_CONTACT", ""),
        )
    except LookupError as exc:
        raise click.ClickException(str(exc)) from exc
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / document.filename
    path.write_bytes(document.data)
    click.echo(str(path))


commands = [report_group, export_command]
