"""Fuzzing the scorer: any text gives a well-formed score with spans into that text.

The default run keeps CI fast; ``pytest -m slow tests/test_fuzz_score.py`` runs 10,000
examples per property.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screener.analysis.negativity import score_texts
from screener.cli import main
from screener.records import CATEGORIES, SEVERITIES

# Text that looks like posts: words from the lexicons' world, emoji, controls, markup.
_WORDS = st.sampled_from(
    [
        "idioot",
        "kut",
        "baas",
        "collega's",
        "ik",
        "maak",
        "je",
        "af",
        "niet",
        "maar",
        "you",
        "are",
        "an",
        "idiot",
        "kill",
        "boss",
        "not",
        "but",
        "<script>",
        "{{7*7}}",
        "@jan",
        "#werk",
        "https://x.co/a?b=1",
        "zooooo",
        "😡",
        "\u202e",
        "\u200b",
        "\x00",
        "'",
        '"',
        "\\",
        "\n",
        "kankerlijer",
        "tyfus",
        "vertrouwelijk",
        "NDA",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(_WORDS, max_size=40).map(" ".join),
    st.lists(st.one_of(_WORDS, st.text(max_size=8)), max_size=30).map("".join),
)
LANGS = st.sampled_from([None, "nl", "en", "other", "xx"])


def _check(text: str, score) -> None:
    assert score.lang in ("nl", "en", "other")
    assert isinstance(score.negative, bool) and isinstance(score.sensitive, bool)
    for finding in score.findings:
        assert finding.category in CATEGORIES
        assert finding.severity in SEVERITIES
        assert finding.rule
        assert finding.evidence, "a finding without spans"
        for span in finding.evidence:
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end] == span.text


def _property(examples: int):
    @settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.tuples(TEXTS, LANGS), min_size=1, max_size=8))
    def run(batch):
        items = [(str(i), text, lang) for i, (text, lang) in enumerate(batch)]
        scores = list(score_texts(items))
        assert [s.post_id for s in scores] == [i for i, _, _ in items]
        for (_, text, _), score in zip(items, scores, strict=True):
            _check(text, score)

    return run


def test_score_texts_survives_arbitrary_text():
    _property(300)()


@pytest.mark.slow
def test_score_texts_survives_arbitrary_text_long():
    _property(10_000)()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXTS, min_size=1, max_size=5))
def test_score_cli_answers_every_line(texts):
    lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts))
    lines += "{not json\n"
    result = CliRunner().invoke(main, ["score", "--jsonl"], input=lines)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert len(out) == len(texts) + 1
    assert [o["id"] for o in out[:-1]] == list(range(len(texts)))
    assert "error" in out[-1]
