"""CSV reading for exports: BOM and delimiter sniffing, header keys, friendly errors."""

from __future__ import annotations

import csv
import io
import re

from ..errors import BadExportError
from .textutil import decode_text

# Post texts and descriptions can be long; the csv default (128 KiB) is per field.
csv.field_size_limit(64 * 1024 * 1024)

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(cell: str) -> str:
    """Compare headers without case, spaces or underscores.

    >>> header_key(" Shared_Url "), header_key("Share Commentary"), header_key("\\ufeffDate")
    ('sharedurl', 'sharecommentary', 'date')
    """
    return _NON_ALNUM.sub("", cell.lower())


def read_rows(
    data: bytes, name: str, *, escapechar: str | None = None
) -> tuple[list[list[str]], str]:
    """All rows of a CSV/TSV export and its delimiter.

    UTF-16 files (``FF FE``) are tab-separated; otherwise the first non-empty line decides.

    >>> read_rows(b"a,b\\r\\n1,2\\r\\n", "x.csv")
    ([['a', 'b'], ['1', '2']], ',')
    """
    text = decode_text(data, name)
    delimiter = "\t" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else sniff_delimiter(text)
    try:
        rows = list(
            csv.reader(
                io.StringIO(text, newline=""),
                delimiter=delimiter,
                escapechar=escapechar,
                strict=False,
            )
        )
    except csv.Error as exc:
        raise BadExportError(f"{name}: not a readable CSV file ({exc})") from None
    return rows, delimiter


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon (Excel with a Dutch or German locale) or tab, from the first lines.

    >>> sniff_delimiter("Notes:\\nFirst Name;Last Name;Connected On\\n"), sniff_delimiter("a,b")
    (';', ',')
    """
    for line in text[:8192].splitlines()[:6]:
        counts = {d: line.count(d) for d in (",", ";", "\t")}
        best = max(counts, key=lambda d: counts[d])
        if counts[best]:
            return best if counts[best] > counts[","] else ","
    return ","


def find_header(rows: list[list[str]], required: set[str]) -> int | None:
    """Index of the first row whose header keys include ``required`` (skips preambles).

    >>> find_header([["Notes:"], [], ["First Name", "Last Name"]], {"firstname"})
    2
    """
    for index, row in enumerate(rows[:50]):
        if required <= {header_key(c) for c in row}:
            return index
    return None


def row_dicts(rows: list[list[str]], header_at: int) -> list[dict[str, str]]:
    """Rows after the header as ``{header_key: stripped value}`` (short rows padded)."""
    keys = [header_key(c) for c in rows[header_at]]
    width = len(keys)
    strip = str.strip
    out = []
    for row in rows[header_at + 1 :]:
        if not row:
            continue
        size = len(row)
        if size < width:
            row = row + [""] * (width - size)
        record = dict(zip(keys, map(strip, row), strict=False))
        if size > width:  # cells beyond the header still count as content
            record["_extra"] = ",".join(row[width:]).strip(", ")
        out.append(record)
    return out
