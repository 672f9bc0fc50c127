"""Text helpers shared by the parsers: decoding, dates, synthetic ids, mojibake repair."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime
from functools import lru_cache

import orjson

from ..errors import BadExportError

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def decode_text(data: bytes, name: str) -> str:
    """Decode an export file: sniff a BOM (UTF-16LE/BE, UTF-8), else strict UTF-8.

    >>> decode_text(b"\\xff\\xfeh\\x00i\\x00", "Shares.csv")
    'hi'
    >>> decode_text(b"\\xef\\xbb\\xbfhi", "x.csv")
    'hi'
    """
    try:
        if data[:2] == b"\xff\xfe":
            return data[2:].decode("utf-16-le")
        if data[:2] == b"\xfe\xff":
            return data[2:].decode("utf-16-be")
        if data[:3] == b"\xef\xbb\xbf":
            return data[3:].decode("utf-8")
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadExportError(
            f"{name}: not UTF-8 text (bad byte at position {exc.start}); "
            "if the file was re-saved in a spreadsheet, save it as 'CSV UTF-8'"
        ) from None


@lru_cache(maxsize=8192)  # connection dates repeat: 30k rows hold a few thousand dates
def parse_datetime(value: str) -> datetime | None:
    """Parse the date forms exports use into aware UTC; None when unrecognised.

    >>> parse_datetime("2022-09-12 08:15:44")
    datetime.datetime(2022, 9, 12, 8, 15, 44, tzinfo=datetime.timezone.utc)
    >>> parse_datetime("2017/06/08 08:15:44 UTC").isoformat()
    '2017-06-08T08:15:44+00:00'
    >>> parse_datetime("1/8/18, 6:14 PM").isoformat()
    '2018-01-08T18:14:00+00:00'
    >>> parse_datetime("9-Sep-22").date(), parse_datetime("09 Sep 2022").date()
    (datetime.date(2022, 9, 9), datetime.date(2022, 9, 9))
    >>> parse_datetime("not a date") is None
    True
    >>> parse_datetime("9-9-2022").date(), parse_datetime("17.01.2021").date()
    (datetime.date(2022, 9, 9), datetime.date(2021, 1, 17))
    """
    value = value.strip()
    if not value:
        return None
    if value.isdigit() and len(value) >= 9:
        return from_epoch(int(value))
    for parse in (_iso, _slashed, _day_month_year):
        try:
            result = parse(value)
        except (ValueError, OverflowError):
            continue
        if result is not None:
            return result
    return None


def from_epoch(seconds: float) -> datetime | None:
    """Epoch seconds (or milliseconds) to aware UTC; None when out of range.

    >>> from_epoch(1662970544).isoformat()
    '2022-09-12T08:15:44+00:00'
    """
    try:
        if seconds > 1e11:  # milliseconds
            seconds = seconds / 1000
        return datetime.fromtimestamp(seconds, UTC)
    except (ValueError, OverflowError, OSError):
        return None


def _iso(value: str) -> datetime | None:
    text = value.replace(" UTC", "+00:00").replace("Z", "+00:00")
    if len(text) >= 10 and text[4] in "-/" and text[7] in "-/":
        text = text[:4] + "-" + text[5:7] + "-" + text[8:]
    if " +" in text or " -" in text:  # "2013-09-07 05:27:57 +0000"
        text = text.replace(" +", "+").replace(" -", "-")
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


_SLASHED = re.compile(
    r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$"
)


def _slashed(value: str) -> datetime | None:
    """US ``M/D/YY, h:mm AM`` and ``M/D/YYYY`` (LinkedIn 2018 and Invitations)."""
    m = _SLASHED.match(value)
    if not m:
        return None
    month, day, year = int(m[1]), int(m[2]), int(m[3])
    if year < 100:
        year += 2000 if year < 70 else 1900
    hour, minute, second = int(m[4] or 0), int(m[5] or 0), int(m[6] or 0)
    if m[7]:
        hour = hour % 12 + (12 if m[7].lower() == "pm" else 0)
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


_DMY = re.compile(r"(\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*[ -](\d{2}|\d{4})$")
_MY = re.compile(r"([A-Za-z]{3})[A-Za-z]* (\d{4})$")
# a spreadsheet re-save in a Dutch or German locale: 9-9-2022, 09.09.2022 (day first)
_NUMERIC_DMY = re.compile(r"(\d{1,2})[-.](\d{1,2})[-.](\d{4})$")


def _day_month_year(value: str) -> datetime | None:
    """``09 Sep 2022``, the Excel re-saves ``9-Sep-22`` and ``9-9-2022``; ``Jun 2018``."""
    m = _DMY.match(value)
    if m:
        year = int(m[3])
        if year < 100:
            year += 2000 if year < 70 else 1900
        return datetime(year, _MONTHS[m[2].lower()], int(m[1]), tzinfo=UTC)
    m = _NUMERIC_DMY.match(value)
    if m:
        return datetime(int(m[3]), int(m[2]), int(m[1]), tzinfo=UTC)
    m = _MY.match(value)
    if m and m[1].lower() in _MONTHS:
        return datetime(int(m[2]), _MONTHS[m[1].lower()], 1, tzinfo=UTC)
    return None


def parse_date(value: str) -> date | None:
    """The calendar date of :func:`parse_datetime`, for ``connected_on``.

    >>> parse_date("03 Sep 2023")
    datetime.date(2023, 9, 3)
    """
    return _parse_date(value)


@lru_cache(maxsize=8192)
def _parse_date(value: str) -> date | None:
    parsed = parse_datetime(value)
    return parsed.date() if parsed else None


def synthetic_id(*parts: object) -> str:
    """A stable id for a post the platform gave none (timestamp + text hash).

    >>> synthetic_id(1662970544, "Hallo") == synthetic_id(1662970544, "Hallo")
    True
    >>> len(synthetic_id(1, "x"))
    16
    """
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:16]


_LATIN1_RANGE = re.compile(r"[\x80-\xff]")
_ABOVE_LATIN1 = re.compile(r"[^\x00-\xff]")


def fix_mojibake(text: str) -> str:
    """Undo Facebook/Instagram's one-escape-per-UTF-8-byte encoding, guarded.

    Strings with characters above U+00FF were already decoded (or re-saved by a tool) and
    are left alone, as are strings whose latin-1 bytes are not valid UTF-8.

    >>> fix_mojibake("\\u00c4\\u0090inh")
    'Đinh'
    >>> fix_mojibake("café"), fix_mojibake("Đinh"), fix_mojibake("plain")
    ('café', 'Đinh', 'plain')
    """
    if not _LATIN1_RANGE.search(text) or _ABOVE_LATIN1.search(text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return text


def fix_mojibake_deep(value: object) -> object:
    """Apply :func:`fix_mojibake` to every string in a parsed JSON value.

    >>> fix_mojibake_deep({"name": ["Jos\\u00c3\\u00a9"]})
    {'name': ['José']}
    """
    if isinstance(value, str):
        return fix_mojibake(value)
    if isinstance(value, list):
        return [fix_mojibake_deep(v) for v in value]
    if isinstance(value, dict):
        return {k: fix_mojibake_deep(v) for k, v in value.items()}
    return value


def load_json(data: bytes, name: str) -> object:
    """Parse a JSON export file (UTF-8, optional BOM) with a message naming the file.

    >>> load_json(b'{"a": 1}', "x.json")
    {'a': 1}
    >>> load_json(b'{"a": ', "posts_1.json")
    Traceback (most recent call last):
    ...
    screener.errors.BadExportError: posts_1.json: truncated or invalid JSON (...)
    """
    try:
        return orjson.loads(data[3:] if data[:3] == b"\xef\xbb\xbf" else data)
    except orjson.JSONDecodeError as exc:
        raise BadExportError(f"{name}: truncated or invalid JSON ({exc})") from None
