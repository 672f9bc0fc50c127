"""Reading X archive ``.js`` data files: cut the JavaScript assignment, parse the JSON.

A 100k-tweet ``tweets.js`` (about 100-150 MB) parsed in one go holds well over a
gigabyte of Python objects at once. X pretty-prints its arrays with two-space indents,
so the top-level elements can be cut apart at ``\\n  },`` and parsed a few MB at a time;
only one slice's objects are alive at any moment. Files formatted any other way are
parsed whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import orjson

from ..errors import BadExportError

_PREFIX = re.compile(
    rb"\s*(?:\xef\xbb\xbf)?\s*(?:window\.YTD\.\w+\.part\d+|window\.__THAR_CONFIG"
    rb"|Grailbird\.data\.\w+|var\s+\w+)\s*=\s*"
)
# "[" then a newline and exactly two spaces before the first element: elements sit at
# depth one with indent 2, so anything nested is indented 4+ and "\n  }," ends an element
_PRETTY_ARRAY = re.compile(rb"\[[ \t]*\r?\n  \{")
_ELEMENT_END = b"\n  },"
SLICE_BYTES = 4 * 1024 * 1024


def _body(data: bytes, name: str) -> tuple[int, int]:
    match = _PREFIX.match(data)
    if not match:
        raise BadExportError(f"{name}: not an X archive data file (no 'window.YTD' assignment)")
    end = len(data)
    while end > match.end() and data[end - 1] in b" \t\r\n;":
        end -= 1
    return match.end(), end


def _loads(blob: bytes | memoryview, name: str) -> object:
    try:
        return orjson.loads(blob)
    except orjson.JSONDecodeError as exc:
        raise BadExportError(f"{name}: truncated or invalid data ({exc})") from None


def load_js(data: bytes, name: str) -> object:
    """The JSON value assigned in an X archive ``.js`` file (prefix cut, never eval'd).

    >>> load_js(b'window.YTD.account.part0 = [ {"account": {"username": "ada"}} ]', "a.js")
    [{'account': {'username': 'ada'}}]
    """
    start, end = _body(data, name)
    return _loads(memoryview(data)[start:end], name)


def iter_js_slices(data: bytes, name: str, slice_bytes: int = SLICE_BYTES) -> Iterator[list]:
    """The top-level array of a ``.js`` data file as lists of a few MB each.

    >>> data = (b'window.YTD.tweets.part0 = [\\n  {\\n    "a" : 1\\n  },'
    ...         b'\\n  {\\n    "a" : 2\\n  }\\n]')
    >>> list(iter_js_slices(data, "tweets.js", slice_bytes=1))
    [[{'a': 1}], [{'a': 2}]]
    """
    start, end = _body(data, name)
    view = memoryview(data)
    if end - start <= 2 * slice_bytes or not _PRETTY_ARRAY.match(data, start):
        value = _loads(view[start:end], name)
        if not isinstance(value, list):
            raise BadExportError(f"{name}: expected a list")
        yield value
        return
    if data[end - 1 : end] != b"]":
        raise BadExportError(f"{name}: truncated or invalid data (the list is not closed)")
    first = start + 1
    while True:
        cut = data.find(_ELEMENT_END, first + slice_bytes, end)
        if cut == -1:
            yield _loads(b"[" + view[first:end], name)  # type: ignore[misc]
            return
        yield _loads(b"[" + view[first : cut + 4] + b"]", name)  # type: ignore[misc]
        first = cut + 5
