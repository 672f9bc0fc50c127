"""Candidate-level patterns: chronic complaining versus one angry week, and harassment."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from screener.analysis.negativity import score_texts
from screener.analysis.patterns import complaint_pattern, harassment_findings, wilson_lower_bound

NEUTRAL = [
    "Mooie fietstocht gemaakt vandaag",
    "Lekker gekookt met vrienden",
    "Nieuwe boek van mijn favoriete schrijver uit",
    "Wat een prachtige zonsondergang",
    "Weekendje weg naar de kust",
]
COMPLAINTS = [
    "Mijn baas is echt een sukkel",
    "Ik haat mijn werk, elke dag hetzelfde",
    "Die collega's van mij zijn zo lui",
    "Klanten zijn vandaag weer onbeschoft",
]


def _timeline(spec: list[tuple[datetime, str]]):
    scores = score_texts((str(i), text, "nl") for i, (_when, text) in enumerate(spec))
    return [(s.post_id, spec[int(s.post_id)][0], s) for s in scores]


@pytest.mark.parametrize(
    ("k", "n", "expected"),
    [(10, 20, 0.2993), (0, 20, 0.0), (20, 20, 0.8389), (5, 100, 0.0215), (1, 1, 0.2065)],
)
def test_wilson_lower_bound_known_values(k, n, expected):
    assert wilson_lower_bound(k, n) == pytest.approx(expected, abs=1e-4)


def test_chronic_complainer_is_flagged():
    start = datetime(2025, 1, 3, tzinfo=UTC)
    spec = []
    for week in range(40):
        when = start + timedelta(weeks=week)
        text = COMPLAINTS[(week // 2) % 4] if week % 2 == 0 else NEUTRAL[week % 5]
        spec.append((when, text))
    result = complaint_pattern(_timeline(spec))
    assert set(result) == {
        "flagged", "posts_considered", "complaint_posts", "share",
        "lower_bound", "months_active", "trend", "targets", "post_ids",
    }  # fmt: skip
    assert result["flagged"] is True
    assert result["complaint_posts"] == 20 and result["posts_considered"] == 40
    assert result["lower_bound"] > 0.10 and result["months_active"] >= 9
    assert {t["target"] for t in result["targets"]} >= {"boss", "job", "colleagues", "customers"}
    assert len(result["post_ids"]) == 20


def test_one_angry_week_is_not_a_pattern():
    start = datetime(2025, 1, 3, tzinfo=UTC)
    spec = [(start + timedelta(days=d), NEUTRAL[d % 5]) for d in range(0, 300, 10)]
    spec += [(datetime(2025, 6, 2, 9, tzinfo=UTC) + timedelta(hours=h * 20), COMPLAINTS[h % 4])
             for h in range(8)]  # fmt: skip
    result = complaint_pattern(_timeline(spec))
    assert result["complaint_posts"] == 8
    assert result["lower_bound"] > 0.10  # the share alone would pass ...
    assert result["months_active"] == 1
    assert result["flagged"] is False  # ... but it does not persist


def test_two_year_complainer_with_36_of_150_posts_is_flagged():
    # about one post in four runs down work, every few weeks for two years
    start = datetime(2024, 1, 5, tzinfo=UTC)
    complaining = {0, 4, 8, 12, 16, 20}  # six of every 25 posts
    spec = [
        (start + timedelta(days=5 * i),
         COMPLAINTS[i % 4] if i % 25 in complaining else NEUTRAL[i % 5])
        for i in range(150)
    ]  # fmt: skip
    result = complaint_pattern(_timeline(spec))
    assert result["complaint_posts"] == 36 and result["posts_considered"] == 150
    assert result["months_active"] >= 20
    assert result["flagged"] is True


def test_angry_week_with_stray_complaints_is_not_a_pattern():
    start = datetime(2025, 1, 3, tzinfo=UTC)
    spec = [(start + timedelta(days=d), NEUTRAL[d % 5]) for d in range(0, 300, 10)]
    spec += [(datetime(2025, 6, 2, 9, tzinfo=UTC) + timedelta(hours=h * 20), COMPLAINTS[h % 4])
             for h in range(8)]  # fmt: skip
    spec += [(datetime(2025, 2, 14, tzinfo=UTC), COMPLAINTS[0]),
             (datetime(2025, 9, 20, tzinfo=UTC), COMPLAINTS[1])]  # fmt: skip
    result = complaint_pattern(_timeline(spec))
    assert result["complaint_posts"] == 10 and result["months_active"] == 3
    assert result["lower_bound"] > 0.10  # share and months alone would flag ...
    assert result["flagged"] is False  # ... but without the angry week little is left


def test_too_few_posts_never_flagged():
    start = datetime(2025, 1, 3, tzinfo=UTC)
    spec = [(start + timedelta(days=40 * i), COMPLAINTS[i % 4]) for i in range(10)]
    result = complaint_pattern(_timeline(spec))
    assert result["complaint_posts"] == 10 and result["flagged"] is False


def test_rising_trend():
    start = datetime(2025, 1, 3, tzinfo=UTC)
    spec = [(start + timedelta(days=7 * i), NEUTRAL[i % 5] if i < 20 else COMPLAINTS[i % 4])
            for i in range(40)]  # fmt: skip
    assert complaint_pattern(_timeline(spec))["trend"] == "rising"


def test_harassment_needs_three_posts_at_one_handle():
    start = datetime(2025, 3, 1, tzinfo=UTC)
    texts = {
        "a": "@pietje je bent een sukkel",
        "b": "@pietje wat een loser ben jij",
        "c": "@PIETJE ik weet waar je woont",
        "d": "@klaas je bent een sukkel",
        "e": "@pietje fijne dag!",
    }
    scores = {s.post_id: s for s in score_texts((k, v, "nl") for k, v in texts.items())}
    scored = [(k, start + timedelta(days=i), scores[k]) for i, k in enumerate(texts)]
    found = harassment_findings(scored, texts)
    assert sorted(f.post_id for f in found) == ["a", "b", "c"]
    assert {f.target for f in found} == {"@pietje"}
    for f in found:
        assert f.category == "harassment" and f.rule == "harassment.repeated_target"
        for span in f.evidence:
            assert texts[f.post_id][span.start : span.end] == span.text
    assert harassment_findings(scored[:2], texts) == []
