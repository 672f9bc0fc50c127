"""The scorer's token shortcuts read exactly what the Doc holds.

``token_lowers`` takes the lowercased space-separated chunks instead of each token's
``lower_`` when their counts agree, and ``may_have_compound`` rules out compounds from
those lowers; both must agree with the slow reading on any text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from screener.analysis.detectors import Post, _compounds
from screener.analysis.negativity import token_lowers
from screener.analysis.nlp import load_pipeline
from screener.analysis.normalize import normalize
from screener.analysis.polarity import doc_lowers
from screener.analysis.rules import load_rules

PIECES = [
    "lekker", "dikke", "kutbaas", "KUTBAAS", "Kutweer!", "(kutbaas)", "3kutbaas", "kk-werk",
    "\u212aUTBAAS", "tiefu\u017fbaas", "kanker\u0130nfo", "\u0130stanbul", "\u0131", "ΟΔΟΣ",
    "ΟΔΟΣ.", "Σ", "mijn", "baas", "idioot", "boss", "sucks", "!", "...", "😂", "don't",
    "z'n", "a.m.", ":)", "e-mail", "5km", "€5", "I'll", "Straße", "ǅ", "ﬁ", "ÉÉN", "",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "  ", "\n", "\u00a0", "\t"]
texts = st.lists(
    st.tuples(st.sampled_from(PIECES) | st.text(max_size=6), st.sampled_from(SEPARATORS)),
    max_size=12,
).map(lambda parts: "".join(p + s for p, s in parts))


def _check_lowers(lang: str, text: str) -> None:
    doc = load_pipeline(lang).tokenizer(text)
    lowers, polarity_lowers = token_lowers(doc, text)
    assert lowers == [t.lower_ for t in doc]
    if polarity_lowers is not None:
        assert polarity_lowers == doc_lowers(doc)


def test_token_lowers_on_posts_with_and_without_punctuation():
    for text in [
        "Mijn BAAS is een idioot",
        "Mijn baas is een idioot!",
        "ΟΔΟΣ ΚΑΙ ΣΟΦΙΑ trailing ",
        "\u0130stanbul \u212aelvin Straße",
        "",
        "one",
    ]:
        for lang in ("nl", "en"):
            _check_lowers(lang, text)


@settings(max_examples=400, deadline=None)
@given(texts, st.sampled_from(["nl", "en"]))
def test_token_lowers_equal_the_tokens_lower_forms(text, lang):
    _check_lowers(lang, text)


def _compound_tokens(text: str) -> list[int]:
    norm = normalize(text)
    rules = load_rules("nl")
    doc = load_pipeline("nl").tokenizer(norm.text)
    post = Post("1", doc, norm, rules)
    _compounds(post)
    return sorted(h.start for hits in post.hits.values() for h in hits)


def test_compound_check_sees_prefixes_that_start_a_token():
    rules = load_rules("nl")
    for text, expected in [
        ("wat een lekker dikke baan", False),
        ("weer die kutbaas", True),
        ("(KUTBAAS)", True),
        ("\u212aUTBAAS", True),  # the Kelvin sign matches "k" case-insensitively
    ]:
        doc = load_pipeline("nl").tokenizer(text)
        lowers = [t.lower_ for t in doc]
        assert rules.may_have_compound(text, lowers) is expected, text
        assert bool(_compound_tokens(text)) is expected, text


@settings(max_examples=400, deadline=None)
@given(texts)
def test_token_test_never_rules_out_a_compound_the_scans_let_through(text):
    norm = normalize(text)
    doc = load_pipeline("nl").tokenizer(norm.text)
    rules = load_rules("nl")
    if rules.may_have_compound(norm.text) and not rules.may_have_compound(
        norm.text, [t.lower_ for t in doc]
    ):
        assert _compound_tokens(text) == []
