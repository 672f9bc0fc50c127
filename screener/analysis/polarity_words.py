"""What one lowercased token means to the polarity rules, memoised per language.

Posts repeat the same few thousand words, so each distinct token is classified once
(lexicon look-up, elongation, Dutch compounds, booster/negator/stop lists) and the
answer is kept in ``LanguageRules.memo``; the scorer then pays one dict look-up per token.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from .polarity_rules import B_INCR, ELONGATION, LanguageRules

NEUTRAL, WORD, BOOSTER, NEGATOR, STOP, CONTRAST, CUE = range(7)
_MEMO_LIMIT = 200_000  # distinct words kept per language; cleared when full
_KANKER_NEUTRAL = (
    "onderzoek", "patiënt", "patient", "bestrijding", "fonds", "cel", "behandel",
    "diagnose", "vrij", "zorg", "afdeling", "centrum", "risico", "verwekkend", "screening",
)  # fmt: skip


class WordInfo(NamedTuple):
    """The rules' view of a token: its kind, valence, lexicon term and flags."""

    kind: int
    valence: float = 0.0  # WORD: lexicon valence; BOOSTER: the booster's scalar
    term: str = ""
    verb: bool = False  # a following "niet" negates it (Dutch)
    elongated: bool = False
    word_valence: float = 0.0  # BOOSTER that is also a word on its own ("super", "damn")
    active: bool = False  # the scorer must look at it: a word, contrast or phrase start


_NEUTRAL_INFO = WordInfo(NEUTRAL)
_TRIPLE = re.compile(r"(.)\1\1", re.S)  # cheap pre-test for ELONGATION (a subset of it)


def word_info(low: str, r: LanguageRules) -> WordInfo:
    """Classify a lowercased token (memoised).

    >>> from screener.analysis.polarity_rules import rules
    >>> word_info("zooooo", rules("nl")).kind == BOOSTER
    True
    >>> word_info("kutweer", rules("nl"))[:3]
    (1, -2.2, 'kut-')
    """
    info = r.memo.get(low)
    return info if info is not None else remember(low, r)


def remember(low: str, r: LanguageRules) -> WordInfo:
    """Classify a word not in ``r.memo`` yet and keep the answer there."""
    if len(r.memo) >= _MEMO_LIMIT:
        r.memo.clear()
    info = _classify(low, r)
    if low in r.phrases and not info.active:
        info = info._replace(active=True)
    r.memo[low] = info
    return info


def _classify(low: str, r: LanguageRules) -> WordInfo:
    stretched = len(low) > 2 and _TRIPLE.search(low) and ELONGATION.search(low)
    norm = _unelongate(low, r) if stretched else low
    elongated = norm != low
    if norm in r.negators:
        return WordInfo(NEGATOR, term=norm, verb=norm in r.post_negators)
    if norm in r.contrast:
        return WordInfo(CONTRAST, term=norm, active=True)
    if norm in r.question_cues:
        return WordInfo(CUE, term=norm, active=True)
    valence = r.lexicon.get(norm)
    if norm in r.boosters:
        return WordInfo(
            BOOSTER, r.boosters[norm], norm, word_valence=valence or 0.0, active=bool(valence)
        )
    if norm in r.scope_stops:
        return WordInfo(STOP, term=norm)
    if valence is None and len(norm) > 5:
        found = _compound(norm, r)
        if found:
            valence, norm = found
    if valence:
        return WordInfo(WORD, valence, norm, norm in r.verbs, elongated, active=True)
    if norm and not norm[0].isalnum() and not norm[-1].isalnum():
        return WordInfo(STOP, term=norm)  # punctuation ("!!!", "...", "-")
    return _NEUTRAL_INFO


def _unelongate(low: str, r: LanguageRules) -> str:
    """Reduce "zooooo" to a form the rules know ("zoo" or "zo"), else to two letters.

    >>> from screener.analysis.polarity_rules import rules
    >>> _unelongate("goooood", rules("en"))
    'good'
    """
    if _known(low, r):
        return low
    two = ELONGATION.sub(r"\1\1", low)
    if _known(two, r):
        return two
    one = ELONGATION.sub(r"\1", low)
    return one if _known(one, r) else two


def _known(word: str, r: LanguageRules) -> bool:
    return word in r.lexicon or word in r.boosters or word in r.negators


def _compound(low: str, r: LanguageRules) -> tuple[float, str] | None:
    """Valence of an unknown word built on a known one ("superleuk", "sneeuwchaos").

    >>> from screener.analysis.polarity_rules import rules
    >>> _compound("sneeuwchaos", rules("nl"))[1]
    'sneeuwchaos'
    >>> _compound("rotterdam", rules("nl")) is None
    True
    """
    if low.startswith(r.intensifier_prefixes):
        for prefix in r.intensifier_prefixes:
            if low.startswith(prefix):
                valence = r.lexicon.get(low[len(prefix) :].lstrip("-"))
                if valence:
                    return valence + math.copysign(B_INCR, valence), low
    if r.compound_heads and low.endswith(r.compound_heads):
        for head in r.compound_heads:
            if low.endswith(head) and len(low) - len(head) >= 3:
                return r.lexicon[head], low  # "sneeuwchaos" is chaos
    if r.negative_prefixes and low.startswith(r.negative_prefixes):
        for prefix in r.negative_prefixes:
            if low.startswith(prefix):
                rest = low[len(prefix) :].lstrip("-")
                if len(rest) < 3 or (prefix == "kanker" and rest.startswith(_KANKER_NEUTRAL)):
                    return None
                return r.negative_prefix_valence, prefix + "-"
    return None
