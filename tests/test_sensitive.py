"""Special-category topics and protected complaints: term lists, matching, false friends."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
import spacy

from screener.analysis.lexicons import LEXICON_DIR, parse_lexicon
from screener.analysis.sensitive import (
    PROTECTED,
    TOPICS,
    Sensitivity,
    TopicSpan,
    classify,
    lexicon_names,
)

GOLD = Path(__file__).parent / "data" / "gold"


@functools.cache
def other_pipeline(lang: str) -> spacy.language.Language:
    """A blank pipeline with a sentencizer, as the scorer builds it."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp


def gold_rows(lang: str) -> list[dict]:
    """The labelled gold posts of ``lang``."""
    lines = (GOLD / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


# (lang, text, expected topics, expected protected)
CASES = [
    # Dutch: topics
    ("nl", "Vanavond met het hele gezin naar de kerk", ("religion",), ()),
    ("nl", "Trots op mijn moslimcollega's tijdens de ramadan", ("religion",), ()),
    ("nl", "Ik stem dit jaar op GroenLinks-PvdA", ("politics",), ()),
    ("nl", "Het kabinet valt alweer, wat een circus", ("politics",), ()),
    ("nl", "Twee weken ziekteverlof na mijn knieoperatie", ("health",), ()),
    ("nl", "Mijn ADHD-diagnose op mijn 35e verklaart zoveel", ("health",), ()),
    ("nl", "Kanker is een vreselijke ziekte", ("health",), ()),
    ("nl", "Zwanger van de tweede! 🤰", ("health",), ()),
    ("nl", "Pride Amsterdam was geweldig 🏳️‍🌈", ("sexuality",), ()),
    ("nl", "Mijn dochter is transgender en ik ben trots", ("sexuality",), ()),
    ("nl", "Mijn Poolse collega's leerden me pierogi maken", ("ethnicity",), ()),
    ("nl", "Die kutmarokkanen weer bij het station", ("ethnicity",), ()),
    ("nl", "Alle vakbondsleden verzamelen om 9 uur", ("union",), ("union",)),
    ("nl", "Net lid geworden van de FNV", ("union",), ("union",)),
    # Dutch: protected subjects
    ("nl", "Loonsverhoging van 2% bij 10% inflatie", (), ("pay",)),
    ("nl", "Onze nachttoeslag wordt geschrapt", (), ("pay",)),
    ("nl", "Steigers zijn onveilig, al drie keer gemeld", (), ("safety",)),
    ("nl", "De werkdruk is niet te doen, 12-urige diensten", (), ("working_conditions",)),
    ("nl", "Cao-onderhandelingen vastgelopen, morgen staking", (), ("union",)),
    ("nl", "Misstanden gemeld bij het Huis voor Klokkenluiders", (), ("whistleblowing",)),
    # Dutch: false friends
    ("nl", "Kanker koud buiten jongens 🥶", (), ()),
    ("nl", "O god, sleutels vergeten", (), ()),
    ("nl", "Godverdomme wat een kutweer", (), ()),
    ("nl", "Ik geloof dat de trein vertraging heeft", (), ()),
    ("nl", "Die nieuwe Zelda is ziek goed", (), ()),
    ("nl", "Ik geef mijn zwarte klusjes niet op", (), ()),
    ("nl", "Vanavond halen we chinees", (), ()),
    ("nl", "Het ging helemaal mis vandaag", (), ()),
    ("nl", "Ik denk dat het gaat regenen, rechts afslaan bij de kerkstraat?", (), ()),
    ("nl", "Die scheids was een blinde prutser", (), ()),
    ("nl", "Wat een homogene groep was dat", (), ()),
    ("nl", "Mijn nicht komt logeren", (), ()),
    ("nl", "Hij schoof aan bij het diner, positief gestemd", (), ()),
    ("nl", "Mijn baas heeft de planning weer omgegooid", (), ()),
    ("nl", "Ik werk bij @TransNoordBV in Venlo", (), ()),
    ("nl", "De operatie in het DC draait eindelijk goed", (), ()),
    ("nl", "Morgen een demonstratie van de nieuwe scanners", (), ()),
    ("nl", "Die interne politiek bij ons op kantoor, niet te doen", (), ()),
    # English: topics
    ("en", "Off to church for midnight mass", ("religion",), ()),
    ("en", "Celebrated Eid with the neighbours", ("religion",), ()),
    ("en", "The Tories have made a mess of housing", ("politics",), ()),
    ("en", "Voting Labour this year", ("politics",), ()),
    ("en", "After six months of chemo I'm cancer-free", ("health",), ()),
    ("en", "Two weeks of sick leave after surgery", ("health",), ()),
    ("en", "Gay pride at work was great", ("sexuality",), ()),
    ("en", "My Polish coworkers are the best", ("ethnicity",), ()),
    ("en", "Just joined the union, everyone should", ("union",), ("union",)),
    # English: protected subjects
    ("en", "A 2% pay rise is a pay cut with this inflation", (), ("pay",)),
    ("en", "Overtime isn't being paid", (), ("pay",)),
    ("en", "The scaffolding isn't safe", (), ("safety",)),
    ("en", "We're understaffed and the workload is insane", (), ("working_conditions",)),
    ("en", "We're going on strike on Monday", (), ("union",)),
    ("en", "I blew the whistle on the fraud", (), ("whistleblowing",)),
    # English: false friends
    ("en", "Oh my god, forgot my keys", (), ()),
    ("en", "Jesus what a traffic jam", (), ()),
    ("en", "Labour costs went up this quarter", (), ()),
    ("en", "Got nail polish on my new shirt", (), ()),
    ("en", "Ordered Chinese tonight", (), ()),
    ("en", "That ref was a blind fool", (), ()),
    ("en", "I take great pride in my work", (), ()),
    ("en", "Vote for the employee of the month!", (), ()),
    ("en", "Lightning strike near the depot", (), ()),
    ("en", "Great transition to the new warehouse system", (), ()),
    ("en", "That song is sick", (), ()),
    ("en", "Office politics at my place is exhausting", (), ()),
    ("en", "My concerns fell on deaf ears again", (), ()),
    ("en", "The account was disabled by IT", (), ()),
    ("en", "Watching the Dutch GP with friends", (), ()),
    ("en", "Product demonstration for the client went well", (), ()),
    ("en", "Separate the whites from the colours", (), ()),
]


@pytest.mark.parametrize(("lang", "text", "topics", "protected"), CASES)
def test_classify_topics_and_protected(lang, text, topics, protected):
    result = classify(text, lang)
    assert (result.topics, result.protected) == (topics, protected)
    assert result.sensitive == bool(topics)


@pytest.mark.parametrize(("lang", "text", "topics", "protected"), CASES[::3])
def test_classify_doc_and_text_agree(lang, text, topics, protected):
    doc = other_pipeline(lang)(text)  # a different pipeline and vocab than the module's own
    assert classify(doc, lang) == classify(text, lang)


def test_classify_spans_point_into_the_text():
    text = "Als vakbondslid met ziekteverlof: #FNV eist loonsverhoging"
    result = classify(text, "nl")
    assert all(isinstance(span, TopicSpan) for span in result.spans)
    assert all(text[s.start : s.end] == s.text for s in result.spans)
    assert [(s.text, s.topic) for s in result.spans] == [
        ("vakbondslid", "union"),
        ("ziekteverlof", "health"),
        ("FNV", "union"),
        ("loonsverhoging", "pay"),
    ]
    assert result.topics == ("health", "union")
    assert result.protected == ("pay", "union")


def test_classify_multiword_term_spans_whole_phrase():
    result = classify("Na zes weken in de Tweede Kamer ben ik er klaar mee", "nl")
    assert [(s.text, s.topic) for s in result.spans] == [("Tweede Kamer", "politics")]


def test_classify_other_language_and_empty_text():
    assert classify("Trots op mijn moslimcollega's", "de") == Sensitivity()
    assert classify("", "nl") == Sensitivity()
    assert classify("   ", "en").sensitive is False


def test_classify_ignores_case_and_hashtags():
    assert classify("#VAKBOND en #Ramadan", "nl").topics == ("religion", "union")
    assert classify("LGBTQ+ MEETUP TONIGHT", "en").topics == ("sexuality",)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_lexicon_files_have_header_and_no_duplicates(lang):
    names = lexicon_names(lang)
    assert len(names) == len(TOPICS) + len(PROTECTED)
    for name in (*names, f"{lang}/identity"):
        path = LEXICON_DIR / f"{name}.txt"
        text = path.read_text(encoding="utf-8")
        lexicon = parse_lexicon(name, text)
        assert lexicon.version == "1.0", name
        assert lexicon.source == "written for Screener", name
        assert lexicon.licence == "CC0-1.0", name
        terms = [line.split("\t")[0].lower() for line in text.splitlines() if line[:1] != "#"]
        assert len(terms) == len(set(terms)) > 5, name


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_identity_terms_have_a_group(lang):
    lexicon = parse_lexicon(
        f"{lang}/identity", (LEXICON_DIR / lang / "identity.txt").read_text(encoding="utf-8")
    )
    groups = {entry.field(0) for entry in lexicon.entries}
    assert groups == {
        "ethnicity",
        "religion",
        "sexuality",
        "gender_identity",
        "gender",
        "disability",
    }
    assert len(lexicon.entries) > 100


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_classify_agrees_with_gold_sensitive_labels(lang):
    rows = gold_rows(lang)
    predicted = [classify(row["text"], lang).sensitive for row in rows]
    gold = [row["sensitive"] for row in rows]
    tp = sum(p and g for p, g in zip(predicted, gold, strict=True))
    assert tp / sum(predicted) >= 0.95  # precision: a sensitive post is rarely missed...
    assert tp / sum(gold) >= 0.90  # ...and recall on the posts the gold marks sensitive
    protected_gold = [row["note"].startswith("protected") for row in rows]
    protected_hit = [
        bool(classify(row["text"], lang).protected)
        for row, flag in zip(rows, protected_gold, strict=True)
        if flag
    ]
    assert sum(protected_hit) / len(protected_hit) >= 0.95


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_classify_neutral_work_posts_are_not_sensitive(lang):
    rows = gold_rows(lang)
    plain = [r for r in rows if r["note"].startswith(("positive work", "neutral news"))]
    flagged = [r["text"] for r in plain if classify(r["text"], lang).sensitive]
    assert flagged == []
