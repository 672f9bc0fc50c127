"""LinkedIn "Get a copy of your data": Connections, Shares, Comments, Profile, Positions.

Every file is keyed on its header names, never on column positions (LinkedIn inserted
``URL`` at index 2 in 2024 and changed ``SharedURL`` to ``SharedUrl`` in 2025).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

from ..errors import BadExportError
from ..records import Connection, Position, Post, Profile
from .base import ParseContext, Record
from .csvtools import find_header, read_rows, row_dicts
from .textutil import parse_date, parse_datetime, synthetic_id

PLATFORM = "linkedin"

# Each newline of a 2022+ ShareCommentary is written as '"' + newline + '"'.
_WRAPPED_NEWLINE = re.compile(r'"(\r?\n)"')
_COMMENT_DATE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
_URN = re.compile(r"urn:li:[A-Za-z]+:[^/?#&\s]+")


def repair_commentary(text: str) -> str:
    r"""Undo LinkedIn's ``"``-newline-``"`` wrapping of multi-line share text.

    >>> repair_commentary('Line one."\n""\n"Line three')
    'Line one.\n\nLine three'
    >>> repair_commentary('real quote at the end: companies.""\n"Next')
    'real quote at the end: companies."\nNext'
    """
    return _WRAPPED_NEWLINE.sub(r"\1", text)


def _rows(data: bytes, ctx: ParseContext, required: set[str], what: str, **kw):
    rows, delimiter = read_rows(data, ctx.name, **kw)
    header_at = find_header(rows, required)
    if header_at is None:
        raise BadExportError(f"{ctx.name}: no {what} header row found")
    return rows, header_at, delimiter


def parse_connections(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``Connections.csv`` with or without the Notes preamble and the URL column.

    Rows that hold only a date (closed or hidden accounts) are counted in
    ``ctx.blank_connections`` and never become people.
    """
    rows, header_at, _ = _rows(
        data, ctx, {"firstname", "lastname", "connectedon"}, "Connections (First Name, ...)"
    )
    blank = 0
    for row in row_dicts(rows, header_at):
        get = row.get
        first, last, url = get("firstname", ""), get("lastname", ""), get("url", "")
        if not (first or last or url):
            if any(row.values()):
                blank += 1
            continue
        if url and not url.startswith(("http://", "https://")):
            url = "https://" + url
        yield Connection(
            PLATFORM,
            f"{first} {last}".strip() if first and last else first or last,
            url or None,
            None,
            get("company", ""),
            get("position", ""),
            parse_date(get("connectedon", "")),
            "connection",
        )
    ctx.blank_connections += blank


def _urn(link: str) -> str | None:
    match = _URN.search(unquote(link))
    return match.group(0) if match else None


def parse_shares(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``Shares.csv``: 2018 UTF-16LE TSV or 2022+ CSV with wrapped newlines."""
    rows, header_at, delimiter = _rows(data, ctx, {"date"}, "Shares (Date, ShareLink, ...)")
    for row in row_dicts(rows, header_at):
        created = parse_datetime(row.get("date", ""))
        if created is None:
            continue
        text = row.get("sharecommentary", "")
        if delimiter == ",":
            text = repair_commentary(text)
        text = text.replace("\r\n", "\n")
        link = row.get("sharelink", "")
        yield Post(
            platform=PLATFORM,
            id=_urn(link) or synthetic_id(created.isoformat(), link, text),
            created_at=created,
            text=text.strip(),
            url=link or row.get("sharedurl") or None,
            kind="share",
        )


def parse_comments(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``Comments.csv``: ``\\"`` escapes and unquoted continuation lines joined back."""
    rows, header_at, _ = _rows(
        data, ctx, {"date", "link", "message"}, "Comments (Date,Link,Message)", escapechar="\\"
    )
    keys = [c.strip().lower() for c in rows[header_at]]
    try:
        i_date, i_link, i_msg = keys.index("date"), keys.index("link"), keys.index("message")
    except ValueError:
        raise BadExportError(f"{ctx.name}: no Date,Link,Message columns") from None
    merged: list[list[str]] = []
    for row in rows[header_at + 1 :]:
        first = row[0].strip() if row else ""
        if _COMMENT_DATE.match(first) and len(row) > max(i_date, i_link, i_msg):
            merged.append([row[i_date], row[i_link], row[i_msg]])
        elif merged:  # an unquoted newline split the previous message
            merged[-1][2] += "\n" + ",".join(row)
    for date_text, link, message in merged:
        created = parse_datetime(date_text)
        if created is None:
            continue
        text = message.replace("\r\n", "\n").strip()
        urn = _urn(link)
        yield Post(
            platform=PLATFORM,
            id=synthetic_id("comment", created.isoformat(), urn or link, text),
            created_at=created,
            text=text,
            url=link.strip() or None,
            is_reply=True,
            kind="comment",
        )


def parse_profile(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``Profile.csv`` (one row). Address, birth date and contact details are not kept."""
    rows, header_at, _ = _rows(data, ctx, {"firstname", "lastname"}, "Profile (First Name, ...)")
    for row in row_dicts(rows, header_at)[:1]:
        yield Profile(
            platform=PLATFORM,
            name=f"{row.get('firstname', '')} {row.get('lastname', '')}".strip(),
            headline=row.get("headline", ""),
            summary=row.get("summary", ""),
            industry=row.get("industry", ""),
        )


def parse_profile_summary(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``Profile Summary.csv`` (2024): the summary split out of Profile.csv."""
    rows, header_at, _ = _rows(data, ctx, {"profilesummary"}, "Profile Summary")
    summary = "\n".join(r.get("profilesummary", "") for r in row_dicts(rows, header_at)).strip()
    if summary:
        yield Profile(platform=PLATFORM, summary=summary)


def parse_positions(data: bytes, ctx: ParseContext) -> Iterator[Record]:
    """``Positions.csv`` as a profile holding only positions (merged per upload)."""
    rows, header_at, _ = _rows(data, ctx, {"companyname", "title"}, "Positions")
    positions = tuple(
        Position(
            company=row.get("companyname", ""),
            title=row.get("title", ""),
            description=row.get("description", ""),
            location=row.get("location", ""),
            started_on=row.get("startedon", ""),
            finished_on=row.get("finishedon", ""),
        )
        for row in row_dicts(rows, header_at)
        if row.get("companyname") or row.get("title")
    )
    if positions:
        yield Profile(platform=PLATFORM, positions=positions)
