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

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ..records import (
    DEFAULT_CATEGORIES,
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
    """
    now = now or datetime.now(UTC)
    return now - timedelta(days=round(365.25 * lookback_years))


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
    wanted = set(categories)
    return {
        "id": score.post_id,
        "lang": score.lang,
        "negative": bool(score.negative),
        "sensitive": bool(score.sensitive),
        "protected": list(score.protected),
        "findings": merge_findings(f for f in score.findings if f.category in wanted),
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


def score_from_dict(data: Mapping[str, Any], post_id: str | None = None) -> PostScore:
    key = str(post_id if post_id is not None else data["id"])
    return PostScore(
        post_id=key,
        lang=data["lang"],
        negative=bool(data["negative"]),
        sensitive=bool(data["sensitive"]),
        findings=tuple(finding_from_dict({**f, "post_id": key}) for f in data["findings"]),
        protected=tuple(data.get("protected") or ()),
    )


def analyse_items(
    items: Sequence[Item], categories: Sequence[str], *, score: ScoreFn | None = None
) -> list[dict[str, Any]]:
    """Score one batch and return plain dicts: the stateless work a queue worker does.

    Needs no database: ``items`` are ``(post key, text, lang)``.
    """
    score = score or default_score()
    return [score_to_dict(s, categories) for s in score(list(items), categories=list(categories))]


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


# --------------------------------------------------------------------------- CLI path


@dataclass
class ScreeningResult:
    """Everything ``screener screen`` reports about one candidate."""

    posts: list[Post]
    connections: list[Connection]
    summary: Summary
    network: dict[str, Any]
    verdicts: list[Any] = field(default_factory=list)
    lexicon_versions: dict[str, str] = field(default_factory=dict)
    reposts: int = 0
    platforms: tuple[str, ...] = ()
    by_key: dict[str, Post] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The ``screener screen --json`` object (keys as documented in the README)."""
        by_key = self.by_key
        rows = []
        for f in self.summary.findings:
            post = by_key.get(f.post_id)
            rows.append(
                {
                    "post_id": post.id if post else f.post_id,
                    "created_at": post.created_at.isoformat() if post else None,
                    "category": f.category,
                    "severity": f.severity,
                    "rule": f.rule,
                    "evidence": [
                        {"start": s.start, "end": s.end, "text": s.text} for s in f.evidence
                    ],
                    "text": post.text if post else "",
                }
            )
        rows.sort(key=lambda r: (r["created_at"] or "", r["post_id"], r["category"], r["rule"]))
        return {
            "posts": len(self.posts),
            "connections": len(self.connections),
            "languages": self.summary.languages,
            "findings": rows,
            "patterns": self.summary.patterns,
            "excluded": self.summary.excluded,
            "network": self.network,
        }


def post_keys(posts: Sequence[Post]) -> dict[str, Post]:
    """The key each post is scored under: its platform id (``platform:id`` on a clash).

    >>> from datetime import datetime
    >>> t = datetime(2024, 1, 1, tzinfo=UTC)
    >>> list(post_keys([Post("x", "1", t, "a"), Post("mastodon", "1", t, "b")]))
    ['1', 'mastodon:1']
    """
    keys: dict[str, Post] = {}
    for post in posts:
        key = post.id if post.id not in keys else f"{post.platform}:{post.id}"
        keys[key] = post
    return keys


def merge_bundles(bundles: Iterable[Any]) -> tuple[list[Post], list[Connection], tuple[str, ...]]:
    """All posts and connections of several exports, without duplicates, oldest first."""
    posts: dict[tuple[str, str], Post] = {}
    conns: dict[Connection, None] = {}
    platforms: dict[str, None] = {}
    for bundle in bundles:
        platforms.update(dict.fromkeys(bundle.platforms))
        for post in bundle.posts:
            posts.setdefault((post.platform, post.id), post)
        conns.update(dict.fromkeys(bundle.connections))
    ordered = sorted(posts.values(), key=lambda p: (p.created_at, p.platform, p.id))
    return ordered, list(conns), tuple(platforms)


def screen_exports(
    bundles: Iterable[Any],
    *,
    org: Mapping[str, Sequence[Connection]] | None = None,
    claims: Iterable[str] = (),
    categories: Sequence[str] = DEFAULT_CATEGORIES,
    lookback_years: int = 5,
    min_shared: int = 5,
    now: datetime | None = None,
    progress: Progress | None = None,
    score: ScoreFn | None = None,
    batch_size: int | None = None,
) -> ScreeningResult:
    """Screen parsed exports end to end, in memory (no database, no queue).

    :param bundles: :class:`ExportBundle` objects (posts and connections may come from
        different exports).
    :param progress: called with (posts done, posts total) after every batch.
    :param score: the scorer, by default the local ``score_texts``.
    """
    batch_size = batch_size or int(os.environ.get("SCREENER_BATCH_SIZE", "2000"))
    posts, connections, platforms = merge_bundles(bundles)
    selection = select_posts(posts, lookback_cutoff(lookback_years, now))
    by_key = post_keys(posts)
    keys = {id(p): k for k, p in by_key.items()}
    todo = selection.to_score
    scored: list[tuple[str, datetime, PostScore]] = []
    texts: dict[str, str] = {}
    done = 0
    if progress:
        progress(0, len(todo))
    for batch in batched(todo, batch_size):
        items = [(keys[id(p)], p.text, p.lang) for p in batch]
        results = analyse_items(items, categories, score=score)
        for post, data in zip(batch, results, strict=True):
            key = keys[id(post)]
            scored.append((key, post.created_at, score_from_dict(data, key)))
            texts[key] = post.text
        done += len(batch)
        if progress:
            progress(done, len(todo))
    summary = summarise(scored, texts, categories, outside_lookback=selection.outside_lookback)
    network, verdicts = network_section(connections, org, claims, min_shared=min_shared)
    return ScreeningResult(
        posts=posts,
        connections=connections,
        summary=summary,
        network=network,
        verdicts=verdicts,
        lexicon_versions=lexicon_versions(),
        reposts=selection.reposts,
        platforms=platforms,
        by_key=by_key,
    )
