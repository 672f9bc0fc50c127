"""Special categories, protected complaints, identity terms and Dutch compounds."""

from __future__ import annotations

import pytest

from screener.analysis.lexicons import lexicon_versions
from screener.analysis.negativity import score_texts


def _score(text: str, lang: str):
    return next(score_texts([("p", text, lang)]))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Als moslim vind ik mijn baas een idioot", "nl"),
        ("As a Christian I think my manager is an idiot", "en"),
    ],
)
def test_sensitive_post_gets_no_insult_or_complaint(text, lang):
    score = _score(text, lang)
    assert score.sensitive and score.sensitive_topics
    assert not score.findings
    assert any("special-category" in note for note in score.notes)


def test_hate_still_flagged_on_sensitive_post():
    score = _score("Moslims zijn ratten en ongedierte", "nl")
    assert score.sensitive
    assert {f.category for f in score.findings} == {"hate"}


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("Mijn baas betaalt het salaris weer te laat, waardeloos", "nl", "pay"),
        ("My boss is useless, still no safety gear on the site", "en", "safety"),
    ],
)
def test_protected_complaint_is_never_a_complaint(text, lang, topic):
    score = _score(text, lang)
    assert topic in score.protected
    assert "complaint" not in {f.category for f in score.findings}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ik ben homo en trots", "nl"),
        ("Veel moslims in mijn straat vieren vandaag het suikerfeest", "nl"),
        ("Vrouwen verdienen gelijke kansen op de werkvloer", "nl"),
        ("Joden en moslims samen aan tafel, mooi initiatief", "nl"),
        ("Proud to stand with trans people today", "en"),
        ("Black people deserve equal rights", "en"),
        ("My gay neighbours threw a lovely party", "en"),
        ("Muslims are not rats", "en"),
        ("I hate it when people attack Jews", "en"),
    ],
)
def test_identity_terms_alone_never_flag(text, lang):
    assert not _score(text, lang).findings


@pytest.mark.parametrize(
    ("text", "categories", "target"),
    [
        ("Wat een kutbaas heb ik", {"profanity", "complaint"}, "boss"),
        ("Weer een klotewerkdag", {"profanity", "complaint"}, "job"),
        ("@jan kankerlijer", {"insult"}, None),
        ("Teringzooi hier", {"profanity"}, None),
        ("Kk-collega's weer", {"profanity", "complaint"}, "colleagues"),
    ],
)
def test_dutch_profanity_compounds(text, categories, target):
    score = _score(text, "nl")
    assert categories <= {f.category for f in score.findings}
    if target:
        assert any(f.target == target for f in score.findings if f.category == "complaint")


@pytest.mark.parametrize(
    "text", ["Mooi nieuws over het kankeronderzoek", "Mijn oma is kankerpatiënt geweest"]
)
def test_cancer_words_are_not_profanity(text):
    assert not _score(text, "nl").findings


def test_counter_speech_quotes_are_not_hate():
    for text, lang in [
        ("Wie 'Marokkanen zijn ratten' roept, is een racist", "nl"),
        ("Saying Muslims are rats is racist.", "en"),
        ('"All immigrants are criminals" is just a lie.', "en"),
    ]:
        assert "hate" not in {f.category for f in _score(text, lang).findings}, text


def test_lexicon_versions_and_finding_references():
    versions = lexicon_versions()
    for name in ("nl/insult", "en/insult", "nl/threat_phrase", "en/slur"):
        assert versions[name] == "1.0"
    finding = _score("ik maak je af", "nl").findings[0]
    name, _, rest = finding.lexicon.partition("@")
    version, _, entry = rest.partition(":")
    assert versions[name] == version and entry == "ik maak je af"
