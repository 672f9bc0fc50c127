"""Normalisation before matching, and evidence offsets into the original text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.analysis.normalize import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zooooo leuk", "zoo leuk"),
        ("idioooot", "idioot"),
        ("kijk https://t.co/abc123 nu", "kijk URL nu"),
        ("@jan_1 hoi @piet", "@user hoi @user"),
        ("#KutBaas weer", "Kut Baas weer"),
        ("I\u2019ll go", "I'll go"),
        ("gewone tekst zonder iets", "gewone tekst zonder iets"),
    ],
)
def test_normalize_rewrites_tweet_writing(text, expected):
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    ("text", "word", "original"),
    [
        ("😡😡 je bent een idiooooot", "idioot", "idiooooot"),
        ("https://t.co/x 🙄 sukkel", "sukkel", "sukkel"),
        ("@jan_de_vries #KutBaas", "Baas", "Baas"),
        ("@jan_de_vries #KutBaas", "@user", "@jan_de_vries"),
        ("zoooo moe 👍🏽 van die kloootzak", "klootzak", "kloootzak"),
    ],
)
def test_normalize_span_maps_back_to_original(text, word, original):
    norm = normalize(text)
    start = norm.text.index(word)
    s, e = norm.span(start, start + len(word))
    assert text[s:e] == original


@given(st.text(alphabet="ab @#:/.htpsw\u2019😡ooo", max_size=40))
def test_normalize_spans_stay_inside_original(text):
    norm = normalize(text)
    for start in range(len(norm.text)):
        s, e = norm.span(start, start + 1)
        assert 0 <= s <= e <= len(text)


_WORDS = st.sampled_from(
    ["je", "bent", "een", "idiooot", "kutbaas", "@jan", "#KutWerk", "https://t.co/x", "😡",
     "I'll", "kill", "you", "not", "maar", "but", "'", '"', "mijn", "baas", "is", "lui", ",",
     "moslims", "zijn", "ratten", "fuuuck", "’", "kk-collega's", "!!!", "zoooo", ""]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=14), st.sampled_from(["nl", "en", None]))
def test_score_texts_never_crashes_and_spans_hold(words, lang):
    from screener.analysis.negativity import score_texts

    text = " ".join(words)
    score = next(score_texts([("p", text, lang)]))
    for finding in score.findings:
        assert finding.evidence
        for span in finding.evidence:
            assert text[span.start : span.end] == span.text
