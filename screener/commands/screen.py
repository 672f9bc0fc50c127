"""``screener screen``: one candidate's exports through the whole pipeline, no database.

It calls :func:`screener.screening.screen_exports`, the same function the web job's
steps are made of, and prints a summary or (``--json``) one JSON object.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..errors import ScreenerError
from ..records import CATEGORIES, DEFAULT_CATEGORIES

PROGRESS_FROM = 5000  # posts: below this no progress bar


def _fail(message: str) -> None:
    click.echo(f"screener screen: {message}", err=True)
    sys.exit(2)


def _parse(path: str) -> Any:
    from ..ingest import parse_export

    if not Path(path).exists():
        _fail(f"{path}: no such file or folder")
    try:
        return parse_export(path)
    except ScreenerError as exc:  # the message names the file already
        _fail(str(exc).splitlines()[0] if str(exc) else f"{path}: unreadable")
    except OSError as exc:
        _fail(f"{path}: {exc.strerror or exc}")


def _categories(value: str | None) -> list[str]:
    if not value:
        return list(DEFAULT_CATEGORIES)
    chosen = [c.strip() for c in value.split(",") if c.strip()]
    unknown = [c for c in chosen if c not in CATEGORIES]
    if unknown or not chosen:
        names = ", ".join(unknown) or "(none)"
        _fail(f"unknown category {names}; choose from {', '.join(CATEGORIES)}")
    return chosen


def _progress_bar(enabled: bool) -> tuple[Callable[[int, int], None] | None, Callable[[], None]]:
    if not enabled:
        return None, lambda: None
    from tqdm import tqdm

    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if total < PROGRESS_FROM:
            return
        bar = state.get("bar")
        if bar is None:
            bar = state["bar"] = tqdm(total=total, unit="post", desc="screening", file=sys.stderr)
        bar.update(done - bar.n)

    def close() -> None:
        if "bar" in state:
            state["bar"].close()

    return update, close


@click.command("screen")
@click.argument("exports", nargs=-1, required=True)
@click.option(
    "--org",
    "orgs",
    multiple=True,
    metavar="NAME=PATH",
    help="An employee's connection export (repeatable).",
)
@click.option(
    "--claim",
    "claims",
    multiple=True,
    metavar="TEXT",
    help='A network claim in plain words, e.g. "500+ connections" (repeatable).',
)
@click.option(
    "--categories",
    default=None,
    metavar="LIST",
    help="Comma-separated job-relevant categories (default: all but profanity).",
)
@click.option("--lookback-years", type=click.IntRange(1, 50), default=5, show_default=True)
@click.option("--min-shared", type=click.IntRange(1, 1000), default=5, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option(
    "--pdf",
    "pdf_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Also write the candidate summary PDF, marked not reviewed.",
)
def screen_command(
    exports: tuple[str, ...],
    orgs: tuple[str, ...],
    claims: tuple[str, ...],
    categories: str | None,
    lookback_years: int,
    min_shared: int,
    as_json: bool,
    pdf_path: str | None,
) -> None:
    """Screen one candidate's EXPORTS end to end: parse, negativity, patterns, network.

    Posts and connections may come from different files. Exit status 2 on unreadable
    input, with one line on stderr.

    Example:

        screener screen twitter.zip Connections.csv --org "Eva=eva/Connections.csv"
        --claim "knows people at Rabobank" --json
    """
    from ..screening import screen_exports

    chosen = _categories(categories)
    org: dict[str, list] = {}
    for spec in orgs:
        name, sep, path = spec.partition("=")
        if not sep or not name.strip() or not path:
            _fail(f"--org {spec!r}: expected NAME=PATH")
        org[name.strip()] = list(_parse(path).connections)
    bundles = [_parse(path) for path in exports]
    progress, close = _progress_bar(not as_json)
    try:
        result = screen_exports(
            bundles,
            org=org,
            claims=claims,
            categories=chosen,
            lookback_years=lookback_years,
            min_shared=min_shared,
            progress=progress,
        )
    except ScreenerError as exc:
        close()
        _fail(str(exc))
    close()
    if pdf_path:
        _write_pdf(result, chosen, pdf_path, lookback_years=lookback_years, min_shared=min_shared)
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(summary_text(result))


def summary_text(result: Any) -> str:
    """The readable terminal summary of a screening."""
    data = result.to_json()
    langs = ", ".join(f"{k} {v}" for k, v in data["languages"].items()) or "none"
    lines = [
        f"Posts: {data['posts']} (scored: {langs})  Connections: {data['connections']}",
        "Excluded: "
        + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in data["excluded"].items())
        + f", reposts {result.reposts}",
    ]
    complaint = data["patterns"].get("complaint") or {}
    if complaint:
        verdict = "FLAGGED" if complaint.get("flagged") else "not flagged"
        lines.append(
            f"Complaint pattern: {verdict} ({complaint.get('complaint_posts', 0)} of"
            f" {complaint.get('posts_considered', 0)} posts, share"
            f" {complaint.get('share', 0):.2f}, lower bound {complaint.get('lower_bound', 0):.2f})"
        )
    lines.append(f"Findings: {len(data['findings'])} (not reviewed)")
    for f in data["findings"]:
        quote = " / ".join(e["text"] for e in f["evidence"])
        lines.append(
            f"  {(f['created_at'] or '')[:10]}  {f['category']:<12} {f['severity']:<6}"
            f' {f["rule"]}: "{quote}"'
        )
    network = data["network"] or {}
    if network.get("employees"):
        lines.append(
            f"Network: {network.get('shared_count', 0)} connections shared with"
            f" {network['employees']} employee(s) of the organisation"
        )
    for verdict in result.verdicts:
        lines.append(f"Claim {verdict.claim.text!r}: {verdict.verdict}")
        if verdict.explanation_en:
            lines.append(f"  {verdict.explanation_en}")
    return "\n".join(lines)


def _write_pdf(result: Any, categories: list[str], path: str, **profile: Any) -> None:
    try:
        from ..reports.documents import render_report_pdf
    except ImportError:
        _fail("--pdf: the report builder (screener.reports) is not available in this version")
    data = render_report_pdf(offline_report(result, categories, **profile))
    Path(path).write_bytes(data)
    click.echo(f"PDF written to {path} (not reviewed)", err=True)


def offline_report(result: Any, categories: list[str], **profile: Any) -> Any:
    """The web report's :class:`Report` for a terminal screening: every finding unreviewed."""
    from collections import Counter
    from dataclasses import replace

    from ..analysis.claims import verdict_to_json
    from ..reports.build import Report, ReportFinding, content_hash
    from ..storage import now_iso

    data = result.to_json()
    findings = tuple(
        ReportFinding(
            id=i,
            category=f["category"],
            severity=f["severity"],
            rule=f["rule"],
            created_at=f["created_at"] or "",
            platform=getattr(result.by_key.get(f["post_id"]), "platform", ""),
            url=getattr(result.by_key.get(f["post_id"]), "url", None),
            text=f["text"],
            evidence=tuple(f["evidence"]),
        )
        for i, f in enumerate(data["findings"], 1)
    )
    rank = {"low": 0, "medium": 1, "high": 2}
    strongest: dict[str, Any] = {}
    months: dict[str, Counter] = {}
    for f in findings:
        if f.category not in strongest or rank[f.severity] > rank[strongest[f.category].severity]:
            strongest[f.category] = f
        months.setdefault(f.created_at[:7], Counter())[f.category] += 1
    counts = Counter(f.category for f in findings)
    report = Report(
        candidate={
            "id": 0,
            "name": ", ".join(result.platforms) or "-",
            "notice_at": None,
            "notice_method": "",
        },
        vacancy={
            "id": 0,
            "title": "screener screen",
            "department": "",
            "status": "open",
            "closed_at": None,
        },
        profile={
            "categories": categories,
            "reasons": {},
            "platforms": list(result.platforms),
            "retention_weeks": 0,
            "version": 0,
            **profile,
        },
        reviewers=(),
        review_complete=False,
        open_findings=len(findings),
        findings=findings,
        by_category=dict(counts),
        strongest=strongest,
        complaint=data["patterns"].get("complaint"),
        timeline=tuple((m, dict(months[m])) for m in sorted(months)),
        claims=tuple(
            {
                "id": i,
                "text": v.claim.text,
                "kind": v.claim.kind,
                "verdict": v.verdict,
                "evidence": verdict_to_json(v),
            }
            for i, v in enumerate(result.verdicts, 1)
        ),
        network=data["network"],
        excluded=data["excluded"],
        languages=data["languages"],
        versions=result.lexicon_versions,
        generated_at=now_iso(),
        generated_by="screener screen",
        reviewed=False,
    )
    return replace(report, content_hash=content_hash(report))


commands = [screen_command]
