"""Table-driven negativity rules on Dutch and English posts, hard negatives included."""

from __future__ import annotations

import pytest

from screener.analysis.negativity import score_texts


def _score(text: str, lang: str | None = None):
    return next(score_texts([("p1", text, lang)]))


def _categories(text: str, lang: str | None = None) -> set[str]:
    return {f.category for f in _score(text, lang).findings}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # threats
        ("Ik maak je af", "nl", {"threat"}),
        ("ik sla je op je bek als je dat nog een keer zegt", "nl", {"threat"}),
        ("Ik weet waar je woont.", "nl", {"threat"}),
        ("ik ga je vermoorden", "nl", {"threat"}),
        ("I'll kill you", "en", {"threat"}),
        ("I know where you live", "en", {"threat"}),
        ("you'll regret this", "en", {"threat"}),
        ("I want to kill all of them", "en", {"threat"}),
        # insults
        ("je bent een idioot", "nl", {"insult"}),
        ("@jan kankerlijer", "nl", {"insult"}),
        ("what an idiot", "en", {"insult"}),
        ("you are so stupid", "en", {"insult"}),
        # profanity and compounds
        ("wat een kutweer vandaag", "nl", {"profanity"}),
        ("fuck this shit", "en", {"profanity"}),
        ("Wat een kutbaas heb ik toch", "nl", {"profanity", "complaint"}),
        # complaints
        ("I hate my job so much", "en", {"complaint"}),
        ("Mijn collega's zijn zo lui, echt niet normaal", "nl", {"complaint"}),
        # confidential and drugs/crime
        ("Don't tell anyone but our Q3 numbers are terrible", "en", {"confidential"}),
        ("De reorganisatie is nog niet aangekondigd maar er gaan 200 banen weg", "nl",
         {"confidential"}),
        ("I was so high at work lol", "en", {"drugs_crime"}),
        ("ik heb weer een fiets gejat", "nl", {"drugs_crime"}),
    ],
)  # fmt: skip
def test_score_texts_flags_category(text, lang, expected):
    assert expected <= _categories(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("je bent geen idioot", "nl"),
        ("You're not stupid", "en"),
        ("I would never hurt you", "en"),
        ("I'll shoot you an email tomorrow", "en"),
        ("this heat is killing me", "en"),
        ("mijn fiets is gejat", "nl"),
        ("De trein heeft weer vertraging, wat een gedoe", "nl"),
        ("my boss is great and my colleagues are lovely", "en"),
        ("Ik zat gisteren op mijn werk een boek te lezen", "nl"),
        ("He called me an idiot in the meeting", "en"),
        ("flikker op man", "nl"),
    ],
)
def test_score_texts_hard_negatives_not_flagged(text, lang):
    cats = _categories(text, lang)
    assert not cats & {"threat", "insult", "hate", "complaint", "drugs_crime"}, cats


def test_negated_insult_leaves_a_note():
    score = _score("je bent geen idioot", "nl")
    assert not score.findings
    assert any("geen" in note for note in score.notes)


def test_contrast_ends_negation_scope():
    score = _score("You're not stupid, but your boss is an idiot", "en")
    assert {f.category for f in score.findings} == {"insult", "complaint"}
    insult = next(f for f in score.findings if f.category == "insult")
    assert insult.target == "boss"


def test_quoted_slur_in_counter_speech_is_not_hate():
    assert "hate" not in _categories("Wie 'nikkers' roept, is een racist", "nl")
    assert "hate" in _categories("die nikkers ook altijd", "nl")


@pytest.mark.parametrize(
    "text",
    [
        "@jan je bent een idiooooot!! https://t.co/abc 😡",
        "Zooooo klaar met die klootzak van een baas 🙄 #KutBaas",
        "Ik maak je af 👊👊 https://t.co/xyz",
        "YOU ARE SUCH A LOOOSER @mark_1",
    ],
)
def test_evidence_spans_point_into_original_text(text):
    score = _score(text)
    assert score.findings
    for finding in score.findings:
        assert finding.evidence
        for span in finding.evidence:
            assert text[span.start : span.end] == span.text


def test_every_finding_names_rule_and_lexicon_entry():
    score = _score("@baas jij bent een klootzak", "nl")
    finding = next(f for f in score.findings if f.category == "insult")
    assert finding.rule.startswith("insult.")
    assert finding.lexicon.startswith("nl/insult@") and finding.lexicon.endswith(":klootzak")


def test_score_texts_streams_in_input_order():
    items = ((str(i), "je bent een sukkel" if i % 2 else "mooi weer", "nl") for i in range(2500))
    scores = score_texts(items, batch_size=1000)
    first = next(scores)
    assert first.post_id == "0" and not first.findings
    rest = list(scores)
    assert [s.post_id for s in rest[:3]] == ["1", "2", "3"]
    assert len(rest) == 2499 and rest[0].findings


def test_other_language_gets_no_findings():
    score = _score("Je suis très content de mon travail aujourd'hui", None)
    assert score.lang == "other" and not score.findings


def test_categories_filter_limits_findings():
    scores = score_texts([("1", "fuck, ik maak je af", "nl")], categories=["profanity"])
    assert {f.category for f in next(scores).findings} == {"profanity"}


def test_harassment_category_keeps_its_inputs():
    # harassment_findings needs the insults and threats of each post
    scores = score_texts([("1", "@jan je bent een sukkel", "nl")], categories=["harassment"])
    assert {f.category for f in next(scores).findings} == {"insult"}
