"""Polarity rules: negation, contrast, boosters, emoji, elongation, offsets, dev-set F1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.analysis.polarity import PolarityResult, polarity
from screener.analysis.polarity_rules import rules

DEV = Path(__file__).parent / "data" / "polarity" / "dev.jsonl"


def _score(text: str, lang: str) -> float:
    return polarity(text, lang).score


@pytest.mark.parametrize(
    ("negated", "plain", "lang"),
    [
        ("niet slecht", "slecht", "nl"),
        ("het is niet leuk", "het is leuk", "nl"),
        ("geen probleem", "probleem", "nl"),
        ("nooit saai", "saai", "nl"),
        ("not bad", "bad", "en"),
        ("this is not good", "this is good", "en"),
        ("I don't like it", "I like it", "en"),
        ("It isn't great", "It is great", "en"),
    ],
)
def test_polarity_negation_flips_sign(negated: str, plain: str, lang: str) -> None:
    assert _score(negated, lang) * _score(plain, lang) < 0 or _score(plain, lang) == 0


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("niet leuk, wel mooi", "nl"),
        ("not bad. terrible actually", "en"),
        ("het is niet alleen duur maar ook slecht", "nl"),
    ],
)
def test_polarity_negation_scope_stops_at_punctuation_and_contrast(text: str, lang: str) -> None:
    last = polarity(text, lang).hits[-1]
    # the last sentiment word sits outside the negation's scope and keeps its own sign
    assert (last[3] > 0) == (_score(last[2], lang) > 0)


@pytest.mark.parametrize(
    ("text", "lang", "negative"),
    [
        ("het eten was lekker maar de service was waardeloos", "nl", True),
        ("de service was waardeloos maar het eten was lekker", "nl", False),
        ("The food was great but the service was awful", "en", True),
        ("The service was awful but the food was great", "en", False),
    ],
)
def test_polarity_contrast_weights_the_second_clause(text: str, lang: str, negative: bool) -> None:
    assert (polarity(text, lang).score < 0) is negative


@pytest.mark.parametrize(
    ("boosted", "plain", "lang"),
    [
        ("echt heel slecht", "slecht", "nl"),
        ("ontzettend irritant", "irritant", "nl"),
        ("superleuk", "leuk", "nl"),
        ("very bad", "bad", "en"),
        ("The service was BAD", "The service was bad", "en"),
        ("bad!!!", "bad", "en"),
    ],
)
def test_polarity_boosters_and_emphasis_increase_intensity(boosted, plain, lang) -> None:
    assert abs(_score(boosted, lang)) > abs(_score(plain, lang)) > 0


@pytest.mark.parametrize(
    ("dampened", "plain", "lang"),
    [("een beetje saai", "saai", "nl"), ("kind of boring", "boring", "en")],
)
def test_polarity_dampeners_reduce_intensity(dampened, plain, lang) -> None:
    assert 0 < abs(_score(dampened, lang)) < abs(_score(plain, lang))


@pytest.mark.parametrize(
    ("text", "lang", "sign"),
    [
        ("Maandag 😡", "nl", -1),
        ("weekend!! 🎉", "nl", 1),
        ("monday 🙄", "en", -1),
        ("see you soon :)", "en", 1),
        ("😭😭", "other", -1),
    ],
)
def test_polarity_emoji_carry_valence(text: str, lang: str, sign: int) -> None:
    assert _score(text, lang) * sign > 0


@pytest.mark.parametrize(
    ("elongated", "plain", "lang"),
    [("zooooo leuk", "zo leuk", "nl"), ("goooood", "good", "en"), ("saaaaai", "saai", "nl")],
)
def test_polarity_elongation_is_understood_and_emphatic(elongated, plain, lang) -> None:
    assert abs(_score(elongated, lang)) >= abs(_score(plain, lang)) > 0


@pytest.mark.parametrize(
    ("text", "lang", "term"),
    [
        ("Wat een kutweer vandaag", "nl", "kutweer"),
        ("@NS_online alweer vertraging!! #balen", "nl", "balen"),
        ("Ik ben het zat met die trein", "nl", "ben het zat"),
        ("I'm so sick of this job", "en", "sick of"),
        ("Zooooo irritant", "nl", "irritant"),
    ],
)
def test_polarity_hits_point_at_the_matched_characters(text: str, lang: str, term: str) -> None:
    result = polarity(text, lang)
    spans = [text[start:end].lower() for start, end, _, _ in result.hits]
    assert term.lower() in spans or any(term.lower() in s for s in spans)
    for start, end, _, valence in result.hits:
        assert 0 <= start < end <= len(text) and valence != 0


@pytest.mark.parametrize(
    ("ironic", "sincere", "lang"),
    [
        ("Geweldig hoor, weer 40 minuten vertraging 🙄", "Geweldig, we zijn op tijd!", "nl"),
        ("Nou lekker dan. Trein uitgevallen en regen.", "Lekker eten vanavond", "nl"),
        ("Great, my flight got cancelled again.", "Great, see you tomorrow.", "en"),
        ("Love that for me 🙃", "Love that for you", "en"),
    ],
)
def test_polarity_irony_turns_praise_negative(ironic: str, sincere: str, lang: str) -> None:
    assert _score(ironic, lang) < 0 < _score(sincere, lang)


def test_polarity_quoted_words_count_less() -> None:
    quoted = polarity('Boekentip: "Idioten aan het stuur", over verkeersveiligheid', "nl")
    own = polarity("Boekentip: Idioten aan het stuur, over verkeersveiligheid", "nl")
    assert 0 > quoted.score > own.score


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("Ik haat het niet", False),  # a Dutch verb negated by a following "niet"
        ("Ik haat maandagen", True),
        ("Ik kan hem niet uitstaan", True),
        ("Ik heb er geen zin in", True),
        ("Ik heb er zin in!", False),
    ],
)
def test_polarity_dutch_verb_negation(text: str, negative: bool) -> None:
    assert polarity(text, "nl").negative is negative


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Sneeuwchaos op de A2", "sneeuwchaos"),
        ("Wat een klotedag", "klote-"),
        ("Dit is doodsaai", "doodsaai"),
    ],
)
def test_polarity_dutch_compounds_are_understood(text: str, term: str) -> None:
    result = polarity(text, "nl")
    assert result.negative and term in [hit[2] for hit in result.hits]


def test_polarity_health_compounds_are_not_profanity() -> None:
    # "kanker-" is a profanity prefix, but not in research or patient compounds
    assert polarity("Kankeronderzoek krijgt meer geld", "nl").hits == ()


def test_polarity_maar_as_particle_is_not_a_contrast() -> None:
    contrast = polarity("Leuk maar duur", "nl").hits
    particle = polarity("Ze doen alleen maar moeilijk", "nl").hits
    assert contrast[-1][3] < -1.5 * 0.7 and particle[-1][3] == _score_hit("moeilijk", "nl")


def _score_hit(term: str, lang: str) -> float:
    return polarity(term, lang).hits[0][3]


def test_polarity_hashtags_and_mentions_do_not_hide_words() -> None:
    result = polarity("@NS_online #vertraging #balen https://t.co/x1", "nl")
    assert result.negative and {hit[2] for hit in result.hits} >= {"vertraging", "balen"}


def test_polarity_uses_the_callers_lowers_and_text() -> None:
    nlp = spacy.blank("en")
    text = "So sick of this, the train is late AGAIN 😡"
    doc = nlp(text)
    given = polarity(doc, "en", lowers=[t.lower_ for t in doc], text=text)
    assert given == polarity(doc, "en") == polarity(text, "en")


def test_polarity_accepts_a_doc_with_the_same_result() -> None:
    text = "Het eten was lekker maar de service was echt waardeloos 😡"
    doc = spacy.blank("nl")(text)
    assert polarity(doc, "nl") == polarity(text, "nl")


def test_polarity_neutral_text_is_not_negative() -> None:
    result = polarity("Morgen vertrek ik om acht uur naar Utrecht", "nl")
    assert result == PolarityResult(score=0.0, negative=False, hits=())


def test_polarity_score_is_bounded() -> None:
    text = "kut kut kut KLOTE waardeloos!!!! 😡😡😡🤬 ik haat het, echt ellendig"
    assert -1.0 <= polarity(text, "nl").score < -0.9


def _f1(rows: list[dict]) -> tuple[float, float, float]:
    tp = sum(1 for r in rows if r["pred"] and r["negative"])
    fp = sum(1 for r in rows if r["pred"] and not r["negative"])
    fn = sum(1 for r in rows if not r["pred"] and r["negative"])
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", ["dev.jsonl", "heldout.jsonl"])
def test_polarity_dev_set_negative_f1_above_floor(name: str, lang: str) -> None:
    path = DEV.parent / name
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    rows = [r for r in rows if r["lang"] == lang]
    assert len(rows) >= 40
    for row in rows:
        row["pred"] = polarity(row["text"], lang).negative
    precision, recall, f1 = _f1(rows)
    # a loose floor: the measured figures are in sentiment-SOURCES.md, not asserted here
    assert f1 >= 0.6 and precision >= 0.6, (precision, recall, f1)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_polarity_gold_set_negative_f1_above_floor(lang: str) -> None:
    # the team's labelled gold set; polarity alone (without the rule findings)
    path = Path(__file__).parent / "data" / "gold" / f"{lang}.jsonl"
    if not path.exists():
        pytest.skip("gold set not present")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for row in rows:
        row["pred"] = polarity(row["text"], lang).negative
    precision, recall, f1 = _f1(rows)
    assert f1 >= 0.65 and precision >= 0.75, (precision, recall, f1)


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=120), lang=st.sampled_from(["nl", "en", "other"]))
def test_polarity_any_text_gives_bounded_score_and_valid_offsets(text: str, lang: str) -> None:
    result = polarity(text, lang)
    assert -1.0 <= result.score <= 1.0
    assert result.negative == (result.score <= rules(lang).neg_threshold) or not result.hits
    for start, end, _, _ in result.hits:
        assert 0 <= start < end <= len(text)
