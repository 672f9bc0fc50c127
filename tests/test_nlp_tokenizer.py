"""The scorer's tokenizer gives exactly the tokens of a plain ``spacy.blank`` tokenizer.

Its shortcuts (fewer lexical attributes, skipped affix searches for words of letters and
digits) must never change a token boundary; these tests compare both on real posts, on
every unit and currency the rules know, and on generated text mixing letters, digits,
punctuation, symbols and emoji.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.lang.char_classes import LIST_CURRENCY, LIST_UNITS

from screener.analysis.nlp import SUPPORTED, load_pipeline

GOLD = Path(__file__).parent / "data" / "gold"


@cache
def _plain(lang: str):
    return spacy.blank(lang).tokenizer


def _tokens(tokenizer, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in tokenizer(text)]


def _same(lang: str, text: str) -> None:
    assert _tokens(load_pipeline(lang).tokenizer, text) == _tokens(_plain(lang), text), text


@pytest.mark.parametrize("lang", SUPPORTED)
def test_tokenizer_matches_plain_blank_on_gold_posts(lang):
    for line in (GOLD / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines():
        _same(lang, json.loads(line)["text"])


@pytest.mark.parametrize("lang", SUPPORTED)
def test_tokenizer_matches_plain_blank_on_units_and_currencies(lang):
    pieces = [*LIST_UNITS, *LIST_CURRENCY, "'s", "’S", "°C.", "²", "³", "½", "%"]
    for piece in pieces:
        for form in ("5{}", "x5{}", "5{}5", "ab{}", "{}x", "1,5{}."):
            _same(lang, "koop " + form.format(piece) + " nu")


@pytest.mark.parametrize("lang", SUPPORTED)
def test_tokenizer_keeps_every_special_case(lang):
    rules = _plain(lang).rules
    assert load_pipeline(lang).tokenizer.rules.keys() == rules.keys()
    for special in rules:  # "don't", "z'n", "bijv.", ":)" and thousands more
        _same(lang, f"({special} {special}, x{special}")


@pytest.mark.parametrize("lang", SUPPORTED)
def test_tokenizer_splits_the_usual_affixes(lang):
    tokens = [t.text for t in load_pipeline(lang).tokenizer("(baas)... 10km, 5€ a-b C.E.O. zo!!")]
    assert tokens == [t.text for t in _plain(lang)("(baas)... 10km, 5€ a-b C.E.O. zo!!")]
    assert "km" in tokens and "(" in tokens and "..." in tokens


_ALPHABET = st.sampled_from(
    list("abcxyzABCXYZéëïöüçñßøåæœ") + list("0123456789") + list("²³½") + list("аяΩαضم")
    + list(".,;:!?'\"‘’“”()[]{}<>-–—~/\\|@#$€£%&*+=^_`°§…") + ["😂", "🙄", "👍🏽", "🇳🇱", "❤️"]
    + [" ", " ", "\n", "\t", "\u00a0", "km", "kg", "mph", "US$", "'s", "n't", "http://", "www."]
    + ["localhost", ".com", ".nl", "https://t.co/", ",,"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(_ALPHABET, max_size=30), lang=st.sampled_from(SUPPORTED))
def test_tokenizer_matches_plain_blank_on_generated_text(parts, lang):
    _same(lang, "".join(parts))
