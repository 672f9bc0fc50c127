"""The in-memory path: parsed exports to a :class:`ScreeningResult` (``screener screen``).

The same steps as the job (:mod:`.core`), without a database or a queue.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..records import DEFAULT_CATEGORIES, Connection, Post, PostScore
from .core import (
    Progress,
    ScoreFn,
    Summary,
    analyse_items,
    batched,
    lexicon_versions,
    lookback_cutoff,
    network_section,
    score_from_dict,
    select_posts,
    summarise,
)


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

    >>> from datetime import UTC, datetime
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
