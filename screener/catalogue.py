"""The interface-text catalogue without Flask: Dutch source strings, English from JSON.

Every blueprint keeps its own ``screener/web/locale/<name>.json`` (Dutch → English). The
web layer picks the language from the session; reports and the CLI pass it explicitly.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "web" / "locale"
LANGUAGES = ("nl", "en")


@cache
def catalogue() -> dict[str, str]:
    """Every Dutch → English pair of every locale file, merged."""
    merged: dict[str, str] = {}
    for path in sorted(LOCALE_DIR.glob("*.json")):
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


def translate(text: str, lang: str, **values: object) -> str:
    """``text`` in ``lang`` (unknown strings stay Dutch), with ``{values}`` filled in.

    >>> translate("Taal", "en")
    'Language'
    >>> translate("{n} bevindingen", "nl", n=3)
    '3 bevindingen'
    """
    if lang == "en":
        text = catalogue().get(text, text)
    return text.format(**values) if values else text


def translator(lang: str) -> Callable[..., str]:
    """A ``_()`` function fixed to one language, for templates rendered outside a request."""
    return lambda text, **values: translate(text, lang, **values)
