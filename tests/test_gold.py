"""Format and consistency checks of the labelled gold set in ``tests/data/gold/``."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from screener.records import CATEGORIES

GOLD = Path(__file__).parent / "data" / "gold"
LANGS = ("nl", "en")
MINIMUM = {
    "complaint": 30,
    "insult": 30,
    "profanity": 20,
    "hate": 25,
    "threat": 30,
    "harassment": 10,
    "confidential": 20,
    "drugs_crime": 15,
}
KEYS = {"id", "text", "lang", "labels", "negative", "sensitive", "note"}
UNLABELLED_NOTES = ("hard negative", "neutral", "sensitive", "protected", "positive work")


def load(lang: str) -> list[dict]:
    """The gold posts of one language, in file order."""
    with (GOLD / f"{lang}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(params=LANGS)
def gold(request) -> tuple[str, list[dict]]:
    return request.param, load(request.param)


def test_gold_rows_have_exact_keys_and_types(gold):
    lang, rows = gold
    assert len(rows) >= 320
    for row in rows:
        assert set(row) == KEYS, row["id"]
        assert row["lang"] == lang
        assert isinstance(row["text"], str) and row["text"].strip() == row["text"] != ""
        assert isinstance(row["negative"], bool) and isinstance(row["sensitive"], bool)
        assert isinstance(row["note"], str) and row["note"]


def test_gold_ids_unique_and_sequential(gold):
    lang, rows = gold
    ids = [row["id"] for row in rows]
    assert ids == [f"{lang}-{n:04d}" for n in range(1, len(rows) + 1)]


def test_gold_texts_unique(gold):
    _, rows = gold
    counts = Counter(row["text"].casefold() for row in rows)
    assert [text for text, n in counts.items() if n > 1] == []


def test_gold_labels_known_sorted_without_duplicates(gold):
    _, rows = gold
    for row in rows:
        labels = row["labels"]
        assert set(labels) <= set(CATEGORIES), row["id"]
        assert labels == sorted(set(labels), key=CATEGORIES.index), row["id"]


def test_gold_minimum_count_per_category(gold):
    _, rows = gold
    counts = Counter(label for row in rows for label in row["labels"])
    short = {cat: counts[cat] for cat, need in MINIMUM.items() if counts[cat] < need}
    assert short == {}


def test_gold_hard_negative_share(gold):
    _, rows = gold
    unlabelled = [row for row in rows if not row["labels"]]
    assert len(unlabelled) >= 120
    assert len(unlabelled) / len(rows) >= 0.35
    # Hard negatives must include the kinds the scorer is most likely to get wrong.
    notes = " ".join(row["note"] for row in unlabelled)
    for kind in ("quote", "negated", "counter-speech", "irony", "train", "weather"):
        assert kind in notes, kind
    assert sum(row["note"].startswith("protected") for row in unlabelled) >= 15


def test_gold_unlabelled_rows_explain_why(gold):
    _, rows = gold
    for row in rows:
        if not row["labels"]:
            assert row["note"].startswith(UNLABELLED_NOTES), row["id"]


def test_gold_label_consistency_rules(gold):
    _, rows = gold
    for row in rows:
        labels = set(row["labels"])
        if "harassment" in labels:
            assert labels & {"insult", "threat"}, row["id"]
            assert "@" in row["text"], row["id"]
        if labels & {"complaint", "insult", "hate", "threat", "harassment"}:
            assert row["negative"], row["id"]
        if row["note"].startswith("protected"):
            assert not labels and row["negative"] or "union" in row["note"], row["id"]
        if row["note"].startswith(("neutral identity", "sensitive")):
            assert row["sensitive"], row["id"]


def test_gold_protected_and_sensitive_balanced_across_languages():
    per_lang = {lang: load(lang) for lang in LANGS}
    for key in ("sensitive", "negative"):
        shares = [sum(r[key] for r in rows) / len(rows) for rows in per_lang.values()]
        assert max(shares) - min(shares) < 0.1, key


def test_gold_readme_counts_match_the_files():
    table = {}
    for line in (GOLD / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[1].isdigit():
            table[cells[0]] = (int(cells[1]), int(cells[2]))
    for index, lang in enumerate(LANGS):
        rows = load(lang)
        counts = Counter(label for row in rows for label in row["labels"])
        for category in CATEGORIES:
            assert table[category][index] == counts[category], (lang, category)
        unlabelled = sum(not row["labels"] for row in rows)
        assert table["no label (hard negatives, neutral)"][index] == unlabelled
        assert table["posts"][index] == len(rows)
