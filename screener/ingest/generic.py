"""Anything else: a CSV or JSON of posts with a date, a text and optionally a URL.

Columns (or keys) are matched without case, spaces or underscores; the first of
``date, created_at, timestamp, ...`` and of ``text, content, message, ...`` is used.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import BadExportError
from ..records import Post
from .base import ParseContext, Record
from .csvtools import header_key, read_rows, row_dicts
from .detect import DATE_KEYS, TEXT_KEYS
from .textutil import from_epoch, load_json, parse_datetime, synthetic_id

PLATFORM = "generic"
URL_KEYS = ("url", "link", "permalink", "href")


def _pick(row: dict[str, object], keys: tuple[str, ...]) -> object:
    for key in keys:
        value = row.get(key)
        if value not in (None, ""):
            return value
    return None


def _post(row: dict[str, object]) -> Post | None:
    """One row (keys already normalised) as a post, or None without a date or text.

    >>> _post({"date": "2024-05-01", "text": "Hallo", "url": ""}).created_at.isoformat()
    '2024-05-01T00:00:00+00:00'
    """
    when, text, url = _pick(row, DATE_KEYS), _pick(row, TEXT_KEYS), _pick(row, URL_KEYS)
    if isinstance(when, int | float) and not isinstance(when, bool):
        created = from_epoch(when)
    else:
        created = parse_datetime(str(when)) if when is not None else None
    if created is None or not isinstance(text, str) or not text.strip():
        return None
    given = row.get("id")
    return Post(
        platform=PLATFORM,
        id=str(given) if given not in (None, "") else synthetic_id(created.isoformat(), text),
        created_at=created,
        text=text.strip(),
        url=url if isinstance(url, str) else None,
    )


def parse_csv(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """A CSV/TSV with a header row naming a date and a text column."""
    rows, _ = read_rows(data, ctx.name)
    at = next(
        (
            i
            for i, row in enumerate(rows[:10])
            if {header_key(c) for c in row} & set(DATE_KEYS)
            and {header_key(c) for c in row} & set(TEXT_KEYS)
        ),
        None,
    )
    if at is None:
        raise BadExportError(f"{ctx.name}: no header with a date and a text column")
    for row in row_dicts(rows, at):
        post = _post(row)
        if post is not None:
            yield post


def parse_json(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """A JSON list of objects, or ``{"posts"|"items"|"data": [...]}``."""
    doc = load_json(data, ctx.name)
    if isinstance(doc, dict):
        doc = next((doc[k] for k in ("posts", "items", "data") if isinstance(doc.get(k), list)), [])
    if not isinstance(doc, list):
        raise BadExportError(f"{ctx.name}: expected a list of posts")
    for item in doc:
        if isinstance(item, dict):
            post = _post({header_key(str(k)): v for k, v in item.items()})
            if post is not None:
                yield post
