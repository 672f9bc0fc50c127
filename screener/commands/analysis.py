"""Negativity scoring from the terminal: ``screener score`` and ``screener eval``."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import IO, Any

import click
import orjson

from ..records import CATEGORIES, PostScore

GOLD_DIR = Path(__file__).resolve().parents[2] / "tests" / "data" / "gold"


def _categories(value: str | None) -> tuple[str, ...] | None:
    if not value:
        return None
    chosen = tuple(c.strip() for c in value.split(",") if c.strip())
    unknown = [c for c in chosen if c not in CATEGORIES]
    if unknown:
        raise click.BadParameter(f"unknown categories: {', '.join(unknown)}")
    return chosen


def score_to_json(score: PostScore) -> dict[str, Any]:
    """The ``screener score`` line of one post (without its id)."""
    return {
        "lang": score.lang,
        "negative": score.negative,
        "sensitive": score.sensitive,
        "flags": [
            {
                "category": f.category,
                "severity": f.severity,
                "rule": f.rule,
                "evidence": [{"start": e.start, "end": e.end, "text": e.text} for e in f.evidence],
            }
            for f in score.findings
        ],
    }


def _parse(line: bytes, number: int) -> tuple[Any, str | None, str | None, str | None]:
    """``(id, text, lang, error)`` of one input line."""
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        return None, None, None, f"line {number}: invalid JSON ({exc})"
    if not isinstance(obj, dict):
        return None, None, None, f"line {number}: expected a JSON object"
    post_id = obj.get("id", number)
    text = obj.get("text")
    lang = obj.get("lang")
    if not isinstance(text, str):
        return post_id, None, None, f"line {number}: 'text' must be a string"
    if lang is not None and not isinstance(lang, str):
        lang = None
    return post_id, text, lang, None


def score_stream(
    lines: Iterator[bytes], out: IO[bytes], *, categories=None, batch_size: int = 2000
) -> int:
    """Score JSON lines from ``lines`` to ``out``, one output line per input line.

    :returns: the number of lines written.
    """
    from ..analysis.negativity import score_texts

    written = 0
    number = 0
    while True:
        chunk = [line for line in islice(lines, batch_size)]
        if not chunk:
            return written
        parsed = []
        for line in chunk:
            number += 1
            if line.strip():
                parsed.append(_parse(line, number))
        items = [(str(p[0]), p[1], p[2]) for p in parsed if p[3] is None]
        scores = score_texts(items, categories=categories, batch_size=batch_size)
        buffer = bytearray()
        for post_id, _text, _lang, error in parsed:
            if error is not None:
                record: dict[str, Any] = {"id": post_id, "error": error}
            else:
                record = {"id": post_id, **score_to_json(next(scores))}
            buffer += orjson.dumps(record) + b"\n"
            written += 1
        out.write(bytes(buffer))
        out.flush()


@click.command("score")
@click.option("--jsonl", "jsonl", is_flag=True, required=True, help="Read and write JSON lines.")
@click.option("--categories", default=None, help="Comma-separated categories (default: all).")
@click.option("--batch-size", default=2000, show_default=True, help="Posts per spaCy batch.")
def score_command(jsonl: bool, categories: str | None, batch_size: int) -> None:
    """Score posts: JSON lines {"id", "text", "lang"?} on stdin, one result per line.

    Each output line is {"id", "lang", "negative", "sensitive", "flags": [{"category",
    "severity", "rule", "evidence": [{"start", "end", "text"}]}]}, in input order.
    Evidence offsets index the input text. A line that is not a JSON object with a string
    "text" gives {"id", "error"} (id null when the line is not JSON) and the run goes on.
    Blank lines are skipped. Input is read lazily and output flushed per batch, so
    100k-line streams run in constant memory.

    Example:

        echo '{"id": 1, "text": "Ik maak je af"}' | screener score --jsonl
    """
    chosen = _categories(categories)
    score_stream(iter(sys.stdin.buffer), sys.stdout.buffer, categories=chosen,
                 batch_size=batch_size)  # fmt: skip


@click.command("eval")
@click.option(
    "--gold",
    "gold",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=GOLD_DIR,
    show_default=True,
    help="Folder with <lang>.jsonl gold files.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_command(gold: Path, as_json: bool) -> None:
    """Measure precision, recall and F1 per category and language on the gold set.

    Also negative-polarity P/R/F1 and the false-flag rate on special-category posts.

    Example:

        screener eval --json
    """
    from ..analysis.evaluation import evaluate_records, format_table

    records = []
    for path in sorted(gold.glob("*.jsonl")):
        with path.open("rb") as handle:
            records.extend(orjson.loads(line) for line in handle if line.strip())
    if not records:
        raise click.ClickException(f"no gold posts in {gold}")
    report = evaluate_records(records)
    if as_json:
        sys.stdout.write(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        click.echo(format_table(report))


commands = [score_command, eval_command]
