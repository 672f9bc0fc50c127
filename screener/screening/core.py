"""The screening steps as pure functions over records, shared by the CLI and the job.

``screen_exports`` runs them all in memory (``screener screen``); the job in
:mod:`screener.screening.run` runs the same steps over stored posts, one batch per
transaction. Order: lookback filter (older posts are counted in ``outside_lookback``,
never scored) -> reposts are excluded from scoring (the words are someone else's; they
are counted, not flagged) -> score in batches -> keep the findings of the profile's
categories only -> count sensitive posts and protected complaints -> candidate-level
patterns (complaint pattern, harassment) -> network and claims.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..records import (
    SEVERITIES,
    Connection,
    Finding,
    Post,
    PostScore,
    Span,
)

_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
Item = tuple[str, str, str | None]  # (post key, text, declared language or None)
ScoreFn = Callable[..., Iterable[PostScore]]
Progress = Callable[[int, int], None]  # (posts done, posts total)


def default_score() -> ScoreFn:
    """The local scorer, :func:`screener.analysis.negativity.score_texts`."""
    from ..analysis.negativity import score_texts

    return score_texts


def lookback_cutoff(lookback_years: int, now: datetime | None = None) -> datetime:
    """The oldest moment still inside the profile's look-back window.

    >>> lookback_cutoff(2, datetime(2026, 1, 1, tzinfo=UTC)).date().isoformat()
    '2024-01-01'
    >>> lookback_cutoff(1, datetime(2024, 2, 29, tzinfo=UTC)).date().isoformat()
    '2023-02-28'
    """
    now = now or datetime.now(UTC)
    try:
        return now.replace(year=now.year - lookback_years)
    except ValueError:  # 29 February in a year without one
        return now.replace(year=now.year - lookback_years, day=28)


@dataclass(frozen=True, slots=True)
class Selection:
    """Posts chosen for scoring, and what was left out and why."""

    to_score: tuple[Post, ...]
    outside_lookback: int
    reposts: int


def select_posts(posts: Iterable[Post], cutoff: datetime) -> Selection:
    """Split posts into those to score, those too old and reposts."""
    chosen: list[Post] = []
    old = reposts = 0
    for post in posts:
        if post.created_at < cutoff:
            old += 1
        elif post.is_repost:
            reposts += 1
        else:
            chosen.append(post)
    return Selection(tuple(chosen), old, reposts)


def batched(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    """Consecutive slices of ``size`` items.

    >>> [list(b) for b in batched([1, 2, 3], 2)]
    [[1, 2], [3]]
    """
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --------------------------------------------------------------------------- plain data


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "post_id": finding.post_id,
        "category": finding.category,
        "severity": finding.severity,
        "rule": finding.rule,
        "evidence": [{"start": s.start, "end": s.end, "text": s.text} for s in finding.evidence],
        "lexicon": finding.lexicon,
        "negation": finding.negation,
        "target": finding.target,
    }


def finding_from_dict(data: Mapping[str, Any]) -> Finding:
    return Finding(
        post_id=str(data["post_id"]),
        category=data["category"],
        severity=data["severity"],
        rule=data["rule"],
        evidence=tuple(Span(e["start"], e["end"], e["text"]) for e in data["evidence"]),
        lexicon=data.get("lexicon") or "",
        negation=data.get("negation"),
        target=data.get("target"),
    )


def score_to_dict(score: PostScore, categories: Iterable[str]) -> dict[str, Any]:
    """A PostScore as plain data for the queue and the database.

    Only findings of the profile's ``categories`` are kept, and special-category topics
    are dropped (only the fact that a post was sensitive is kept, to count it).
    """
    return _plain(score, frozenset(categories))


def _plain(score: PostScore, wanted: frozenset[str]) -> dict[str, Any]:
    found = score.findings
    return {
        "id": score.post_id,
        "lang": score.lang,
        "negative": bool(score.negative),
        "sensitive": bool(score.sensitive),
        "protected": list(score.protected),
        "findings": merge_findings(f for f in found if f.category in wanted) if found else [],
    }


def merge_findings(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    """One finding per (category, rule) of a post: a rule that fires twice in one post
    (two insults) is one flag with both spans as evidence, at the highest severity."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for finding in findings:
        data = finding_to_dict(finding)
        key = (finding.category, finding.rule)
        if key not in merged:
            merged[key] = data
            continue
        kept = merged[key]
        spans = {(e["start"], e["end"]): e for e in kept["evidence"] + data["evidence"]}
        kept["evidence"] = [spans[k] for k in sorted(spans)]
        if _RANK.get(data["severity"], 0) > _RANK.get(kept["severity"], 0):
            kept["severity"] = data["severity"]
    return list(merged.values())


def rekey(data: Mapping[str, Any], post_id: str) -> dict[str, Any]:
    """A :func:`score_to_dict` result for another post id (its findings too).

    >>> rekey({"id": "0", "findings": [{"post_id": "0", "rule": "r"}]}, "7")
    {'id': '7', 'findings': [{'post_id': '7', 'rule': 'r'}]}
    """
    return {
        **data,
        "id": post_id,
        "findings": [{**f, "post_id": post_id} for f in data["findings"]],
    }


def score_from_dict(data: Mapping[str, Any], post_id: str | None = None) -> PostScore:
    """A :func:`score_to_dict` result back as a PostScore (called once per post).

    >>> score_from_dict({"lang": "nl", "negative": 1, "sensitive": 0, "findings": []}, "7")
    PostScore(post_id='7', lang='nl', negative=True, sensitive=False, findings=(), \
sensitive_topics=(), protected=(), notes=())
    """
    key = str(post_id if post_id is not None else data["id"])
    found = data["findings"]
    protected = data.get("protected")
    return PostScore(
        key,
        data["lang"],
        bool(data["negative"]),
        bool(data["sensitive"]),
        tuple(finding_from_dict({**f, "post_id": key}) for f in found) if found else (),
        (),
        tuple(protected) if protected else (),
    )


def analyse_items(
    items: Sequence[Item], categories: Sequence[str], *, score: ScoreFn | None = None
) -> list[dict[str, Any]]:
    """Score one batch and return plain dicts: the stateless work a queue worker does.

    Needs no database: ``items`` are ``(post key, text, lang)``.
    """
    score = score or default_score()
    wanted = frozenset(categories)
    return [_plain(s, wanted) for s in score(list(items), categories=list(categories))]


# --------------------------------------------------------------------------- summary


@dataclass
class Summary:
    """Candidate-level results over every scored post."""

    findings: list[Finding]
    patterns: dict[str, Any]
    excluded: dict[str, int]
    languages: dict[str, int]


def summarise(
    scored: Sequence[tuple[str, datetime, PostScore]],
    texts: Mapping[str, str],
    categories: Sequence[str],
    *,
    outside_lookback: int = 0,
) -> Summary:
    """Findings of the profile's categories, patterns, exclusion counts and languages."""
    from ..analysis.patterns import complaint_pattern, harassment_findings

    wanted = set(categories)
    findings = [f for _, _, s in scored for f in s.findings if f.category in wanted]
    if "harassment" in wanted:
        seen = {(f.post_id, f.category, f.rule) for f in findings}
        for extra in harassment_findings(scored, texts):
            if (extra.post_id, extra.category, extra.rule) not in seen:
                findings.append(extra)
                seen.add((extra.post_id, extra.category, extra.rule))
    complaint = complaint_pattern(scored)
    excluded = {
        "sensitive": sum(1 for _, _, s in scored if s.sensitive),
        "protected_complaints": sum(1 for _, _, s in scored if s.protected),
        "outside_lookback": outside_lookback,
    }
    languages = dict(sorted(Counter(s.lang for _, _, s in scored).items()))
    return Summary(findings, {"complaint": complaint}, excluded, languages)


def network_section(
    connections: Sequence[Connection],
    org: Mapping[str, Sequence[Connection]] | None,
    claims: Iterable[str | Any] = (),
    *,
    min_shared: int = 5,
) -> tuple[dict[str, Any], list[Any]]:
    """Run the network analysis and answer each claim; returns (JSON dict, verdicts)."""
    from ..analysis.claims import parse_claim, verify_claim
    from ..analysis.network import analyse_network, network_to_json

    result = analyse_network(list(connections), dict(org or {}), min_shared=min_shared)
    verdicts = []
    for claim in claims:
        parsed = parse_claim(claim) if isinstance(claim, str) else claim
        verdicts.append(verify_claim(parsed, result, min_shared=min_shared))
    return network_to_json(result, verdicts), verdicts


def lexicon_versions() -> dict[str, str]:
    from ..analysis.lexicons import lexicon_versions as versions

    return dict(versions())
