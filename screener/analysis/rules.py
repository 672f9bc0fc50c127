"""Per-language rule resources: one PhraseMatcher over every category lexicon, plus helpers.

All literal lexicon terms go into ONE ``PhraseMatcher(attr="LOWER")`` per language (the
cheap part); the category rules in :mod:`screener.analysis.detectors` then only look at
the few tokens around the anchors it found, so posts without an anchor cost nothing
beyond tokenising and one matcher call.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType

from spacy.lang.lex_attrs import is_punct
from spacy.matcher import PhraseMatcher

from . import rules_en, rules_nl
from .lexicons import Entry, Lexicon, load_lexicon
from .nlp import load_pipeline
from .sensitive import matcher_patterns

# Category lexicons read per language; identity.txt is the identity-terms list shared with
# the sensitive-topics module and is used ONLY inside hate and threat rules.
LEXICONS = (
    "profanity",
    "insult",
    "slur",
    "identity",
    "hate_predicate",
    "threat_phrase",
    "threat_verb",
    "complaint_target",
    "complaint_predicate",
    "confidential",
    "business",
    "drugs_crime",
    "counter_speech",
)
_GRAMMAR: dict[str, ModuleType] = {"en": rules_en, "nl": rules_nl}
# the non-ASCII letters that re.IGNORECASE matches with an ASCII letter
_FOLDS = frozenset("\u0130\u0131\u017f\u212a")
_SOFT_PUNCT = frozenset({"'", '"', "-", "*", "‘", "’"})
_QUOTES = re.compile(
    r'"[^"\n]{2,}?"|\u201c[^\u201d\n]{2,}?\u201d|\u201e[^\u201d\u201c\n]{2,}?[\u201d\u201c]'
    r"|\u00ab[^\u00bb\n]{2,}?\u00bb|(?:^|(?<=[\s(\[:]))'(?:[^'\n]|'(?=\w)){2,}?'(?=$|[\s.,!?;:)\]])"
)


@dataclass
class LangRules:
    """Everything the rules need for one language, built once and cached."""

    lang: str
    matcher: PhraseMatcher
    lexicons: dict[str, Lexicon]
    entries: dict[str, dict[str, Entry]]  # lexicon -> lowercased token text -> entry
    keys: dict[int, str] = field(default_factory=dict)  # match id -> lexicon name
    grammar: ModuleType = rules_en
    prefix: re.Pattern[str] | None = None  # Dutch profanity compounds (kut-, kanker-, ...)
    prefix_terms: tuple[str, ...] = ()  # cheap substring pre-check for ``prefix``
    topic_ids: frozenset[int] = frozenset()  # match ids of sensitive.matcher_patterns keys

    def may_have_compound(self, text: str, lowers: Sequence[str] | None = None) -> bool:
        """Whether ``text`` may hold a profanity compound (kutbaas, kk-werk).

        First a few C-level substring scans for the prefixes; then, when the Doc's
        ``token.lower_`` list is given, whether a token starts with one: the compound
        rule only takes a prefix that starts its token, and the scans alone pass every
        "lekker" and "dikke". A text with a non-ASCII letter that case-insensitive matching
        equates with an ASCII one (the Kelvin sign, the long s) skips the token test.
        """
        terms = self.prefix_terms
        if not terms or not any(map(text.lower().__contains__, terms)):
            return False
        if lowers is None or (not text.isascii() and not _FOLDS.isdisjoint(text)):
            return True
        return any(low.startswith(terms) for low in lowers)

    def entry(self, lexicon: str, tokens: str) -> Entry | None:
        """The entry of ``lexicon`` whose tokens read ``tokens`` (lowercased, space-joined)."""
        return self.entries.get(lexicon, {}).get(tokens)


@cache
def load_rules(lang: str) -> LangRules:
    """Build (once) the matcher and lexicon maps for ``lang``.

    >>> rules = load_rules("en")
    >>> rules.lang, "insult" in rules.lexicons
    ('en', True)
    """
    nlp = load_pipeline(lang)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    lexicons: dict[str, Lexicon] = {}
    entries: dict[str, dict[str, Entry]] = {}
    keys: dict[int, str] = {}
    for name in LEXICONS:
        lexicon = load_lexicon(lang, name)
        if lexicon is None:
            continue
        lexicons[name] = lexicon
        by_tokens: dict[str, Entry] = {}
        docs = list(nlp.tokenizer.pipe(e.term for e in lexicon.entries))
        for entry, doc in zip(lexicon.entries, docs, strict=True):
            by_tokens[" ".join(t.lower_ for t in doc)] = entry
        entries[name] = by_tokens
        keys[nlp.vocab.strings.add(name)] = name
        matcher.add(name, docs)
    prefix = None
    prefixes = load_lexicon(lang, "profanity_prefix")
    if prefixes is not None and prefixes.entries:
        lexicons["profanity_prefix"] = prefixes
        alternation = "|".join(
            sorted((re.escape(e.term) for e in prefixes.entries), key=len, reverse=True)
        )
        prefix = re.compile(rf"(?<![^\W\d_])({alternation})-?([^\W\d_]{{3,}}(?:'s)?)", re.I)
    topic_ids = set()
    for key, docs in matcher_patterns(lang):  # special categories: one matcher pass per post
        topic_ids.add(nlp.vocab.strings.add(key))
        matcher.add(key, docs)
    rules = LangRules(lang, matcher, lexicons, entries, keys, _GRAMMAR[lang], prefix)
    rules.topic_ids = frozenset(topic_ids)
    if prefixes is not None and prefixes.entries:
        # substring tests are far cheaper than the look-behind regex; most posts fail them
        rules.prefix_terms = tuple(e.term for e in prefixes.entries)
    return rules


class _PunctMemo(dict):
    """Lowercased token -> spaCy's ``IS_PUNCT`` of it, worked out once per word.

    ``IS_PUNCT`` holds when every character is Unicode punctuation, which lowercasing
    never changes, so the lowercased form gives the token's own flag (reading it from
    the Doc's arrays costs several times more).
    """

    def __missing__(self, low: str) -> bool:
        value = bool(is_punct(low))
        if len(self) >= 100_000:
            self.clear()
        self[low] = value
        return value


_IS_PUNCT = _PunctMemo()


def clause_ids(lowers: list[str], contrast: frozenset[str]) -> list[int]:
    """A clause number per token: punctuation and contrast words start a new clause.

    Negation scope and target-predicate pairing never cross a clause boundary.

    >>> clause_ids(["my", "boss", ",", "but", "ok", "!"], frozenset({"but"}))
    [0, 0, 1, 3, 4, 5]
    """
    ids: list[int] = []
    current = 0
    is_punct_word = _IS_PUNCT.__getitem__
    for low in lowers:
        if (is_punct_word(low) and low not in _SOFT_PUNCT) or low in contrast:
            current += 1
            ids.append(current)
            current += 1
            continue
        ids.append(current)
    return ids


def negator_before(
    lowers: list[str], index: int, clauses: list[int], negators: frozenset[str], *, window: int = 4
) -> str | None:
    """The negation word governing token ``index`` within its clause, if any."""
    clause = clauses[index]
    for j in range(index - 1, max(-1, index - 1 - window), -1):
        if clauses[j] != clause:
            return None
        if lowers[j] in negators:
            return lowers[j]
    return None


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges of quoted passages (double quotes, guillemets, paired single quotes).

    >>> quote_regions("Wie 'X zijn ratten' roept, is een racist")
    [(4, 19)]
    """
    if not any(q in text for q in "\"'\u201c\u201e\u00ab"):
        return []
    return [m.span() for m in _QUOTES.finditer(text)]


def inside(regions: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies within one of ``regions``."""
    return any(s <= start and end <= e for s, e in regions)
