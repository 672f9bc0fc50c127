"""Versioned term lists under ``models/lexicons/{nl,en}/<name>.txt``.

Every file starts with one header line naming its version, source and licence::

    # lexicon: nl/insult | version: 1.0 | source: own curation | licence: AGPL-3.0-or-later

Then one entry a line: the term, optionally followed by tab-separated fields (a label such
as a complaint target's canonical name, or a severity). Lines starting with ``#`` are
comments. Terms are matched case-insensitively on spaCy tokens (``LOWER``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parents[2] / "models" / "lexicons"

_HEADER_FIELD = re.compile(r"(lexicon|name|version|source|licen[cs]e)\s*[:=]\s*([^|;]+)", re.I)


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a lexicon: the term and its optional tab-separated fields."""

    term: str
    fields: tuple[str, ...] = ()

    def field(self, index: int, default: str = "") -> str:
        """The ``index``-th extra field, or ``default`` when the line has none."""
        return self.fields[index] if index < len(self.fields) else default


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A parsed lexicon file: its name (``nl/insult``), version, source and licence."""

    name: str
    version: str
    source: str
    licence: str
    entries: tuple[Entry, ...]

    def ref(self, term: str) -> str:
        """The reference a finding carries: ``"<name>@<version>:<term>"``.

        >>> Lexicon("en/insult", "1.0", "own", "AGPL", ()).ref("idiot")
        'en/insult@1.0:idiot'
        """
        return f"{self.name}@{self.version}:{term}"


def parse_lexicon(name: str, text: str) -> Lexicon:
    """Parse the text of one lexicon file.

    >>> header = "# version: 2 | source: own | licence: CC0\\n"
    >>> lex = parse_lexicon("nl/x", header + "kut\\nbaas\\tboss\\n")
    >>> lex.version, [e.term for e in lex.entries], lex.entries[1].field(0)
    ('2', ['kut', 'baas'], 'boss')
    """
    meta: dict[str, str] = {}
    entries: list[Entry] = []
    seen: set[str] = set()
    for number, raw in enumerate(text.splitlines()):
        line = raw.rstrip("\n\r")
        if not line.strip():
            continue
        if line.lstrip().startswith("#"):
            if number == 0 or not meta:
                for key, value in _HEADER_FIELD.findall(line):
                    meta.setdefault(key.lower().replace("licence", "license"), value.strip())
            continue
        parts = [p.strip() for p in line.split("\t")]
        term = parts[0].lower()
        if term and term not in seen:
            seen.add(term)
            entries.append(Entry(term, tuple(parts[1:])))
    return Lexicon(
        name=name,
        version=meta.get("version", "unversioned"),
        source=meta.get("source", "unknown"),
        licence=meta.get("license", "unknown"),
        entries=tuple(entries),
    )


@cache
def load_lexicon(lang: str, category: str) -> Lexicon | None:
    """The lexicon ``models/lexicons/<lang>/<category>.txt``, or ``None`` when absent."""
    path = LEXICON_DIR / lang / f"{category}.txt"
    if not path.is_file():
        return None
    return parse_lexicon(f"{lang}/{category}", path.read_text(encoding="utf-8"))


def lexicon_versions() -> dict[str, str]:
    """Every lexicon under ``models/lexicons/`` with its version: ``{"nl/insult": "1.0"}``.

    >>> versions = lexicon_versions()
    >>> all(isinstance(v, str) for v in versions.values())
    True
    """
    versions: dict[str, str] = {}
    if not LEXICON_DIR.is_dir():
        return versions
    for path in sorted(LEXICON_DIR.rglob("*.txt")):
        name = path.relative_to(LEXICON_DIR).with_suffix("").as_posix()
        with path.open(encoding="utf-8") as handle:
            head = handle.readline()
        fields = dict((k.lower(), v.strip()) for k, v in _HEADER_FIELD.findall(head))
        versions[name] = fields.get("version", "unversioned")
    return versions
