"""Candidate-level patterns over time: chronic workplace complaining and harassment.

A single angry post, or one angry week, is an incident, not a pattern. The complaint
pattern is flagged only when all of these hold:

1. at least ``min_posts`` posts can be judged (Dutch or English, no special-category
   topic, not a protected complaint about pay, safety, working conditions, union activity
   or whistle-blowing: those are excluded from the denominator and the numerator);
2. the Wilson 95% lower bound on the share of work-targeted negative posts (posts with a
   ``complaint`` finding) exceeds ``threshold`` (default 0.10: with 95% confidence, at
   least one in ten of the person's posts runs down an employer, boss, colleagues,
   customers or the job);
3. complaint posts occur in at least ``min_months`` distinct calendar months (default 3);
4. the share still clears ``threshold`` without the busiest month (its complaint posts
   and its other posts both left out): one angry week plus a few stray complaints in
   other months is a burst, not a habit.

Harassment: insults or threats aimed at the same @handle in at least ``min_posts`` (3)
different posts. Each post of the series gets a ``harassment`` finding whose evidence is
that post's insult/threat words and the mention.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from ..records import Finding, PostScore, Span

THRESHOLD = 0.10
MIN_MONTHS = 3
_MENTION = re.compile(r"(?<![\w@])@(\w{1,30})")


def wilson_lower_bound(successes: int, n: int, *, z: float = 1.96) -> float:
    """Wilson score interval lower bound for a proportion (95% by default).

    >>> round(wilson_lower_bound(10, 20), 4)
    0.2993
    >>> wilson_lower_bound(0, 0)
    0.0
    """
    if n <= 0:
        return 0.0
    p = successes / n
    z2 = z * z
    centre = p + z2 / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    return max(0.0, (centre - margin) / (1 + z2 / n))


def complaint_pattern(
    scored: Sequence[tuple[str, datetime, PostScore]],
    *,
    min_posts: int = 20,
    threshold: float = THRESHOLD,
    min_months: int = MIN_MONTHS,
    trend_margin: float = 0.05,
) -> dict[str, Any]:
    """Chronic workplace complaining over ``(post_id, created_at, score)`` triples.

    :returns: ``{"flagged", "posts_considered", "complaint_posts", "share",
      "lower_bound", "months_active", "trend", "targets": [{"target", "count"}],
      "post_ids"}``.

    >>> complaint_pattern([])["flagged"]
    False
    """
    considered = sorted(
        ((created, pid, score) for pid, created, score in scored if _considered(score)),
        key=lambda row: row[0],
    )
    complaints = [
        (created, pid, score)
        for created, pid, score in considered
        if any(f.category == "complaint" for f in score.findings)
    ]
    n, k = len(considered), len(complaints)
    lower = wilson_lower_bound(k, n)
    per_month = Counter((created.year, created.month) for created, _pid, _s in complaints)
    months = set(per_month)
    targets = Counter(
        f.target or "work"
        for _c, _p, score in complaints
        for f in score.findings
        if f.category == "complaint"
    )
    return {
        "flagged": n >= min_posts
        and lower > threshold
        and len(months) >= min_months
        and _without_peak(considered, per_month) > threshold,
        "posts_considered": n,
        "complaint_posts": k,
        "share": round(k / n, 4) if n else 0.0,
        "lower_bound": round(lower, 4),
        "months_active": len(months),
        "trend": _trend(considered, trend_margin),
        "targets": [{"target": t, "count": c} for t, c in targets.most_common()],
        "post_ids": [pid for _c, pid, _s in complaints],
    }


def _without_peak(considered: list[tuple[datetime, str, PostScore]], per_month: Counter) -> float:
    """Wilson lower bound of the complaint share with the busiest month left out.

    >>> _without_peak([], Counter())
    0.0
    """
    if not per_month:
        return 0.0
    peak, peak_k = per_month.most_common(1)[0]
    peak_n = sum((c.year, c.month) == peak for c, _p, _s in considered)
    return wilson_lower_bound(sum(per_month.values()) - peak_k, len(considered) - peak_n)


def _considered(score: PostScore) -> bool:
    return score.lang in ("nl", "en") and not score.sensitive and not score.protected


def _trend(considered: list[tuple[datetime, str, PostScore]], margin: float) -> str:
    """Complaint share in the later half of the timeline against the earlier half."""
    if len(considered) < 4:
        return "stable"
    half = len(considered) // 2

    def share(rows) -> float:
        hits = sum(any(f.category == "complaint" for f in s.findings) for _c, _p, s in rows)
        return hits / len(rows)

    delta = share(considered[half:]) - share(considered[:half])
    if delta > margin:
        return "rising"
    if delta < -margin:
        return "falling"
    return "stable"


def harassment_findings(
    scored: Sequence[tuple[str, datetime, PostScore]],
    texts: Mapping[str, str],
    *,
    min_posts: int = 3,
) -> list[Finding]:
    """Insults or threats at the same @handle in ``min_posts`` or more posts.

    ``texts`` maps post ids to the original post text (for the mention's span). A finding
    whose target is a mention counts for that handle; otherwise every handle the post
    mentions counts (a reply "@jan you loser" is aimed at @jan).
    """
    by_handle: dict[str, dict[str, list[Finding]]] = defaultdict(dict)
    for pid, _created, score in sorted(scored, key=lambda row: row[1]):
        aimed = [f for f in score.findings if f.category in ("insult", "threat")]
        if not aimed:
            continue
        text = texts.get(pid, "")
        mentioned = {m.lower() for m in _MENTION.findall(text)}
        for finding in aimed:
            if finding.target and finding.target.startswith("@"):
                handles = {finding.target[1:].lower()}
            else:
                handles = mentioned
            for handle in handles:
                by_handle[handle].setdefault(pid, []).append(finding)
    found: list[Finding] = []
    for handle, posts in sorted(by_handle.items()):
        if len(posts) < min_posts:
            continue
        for pid, findings in posts.items():
            text = texts.get(pid, "")
            spans = {e for f in findings for e in f.evidence}
            for m in _MENTION.finditer(text):
                if m.group(1).lower() == handle:
                    spans.add(Span(m.start(), m.end(), m.group(0)))
            evidence = tuple(sorted(spans, key=lambda s: (s.start, s.end)))
            severity = "high" if any(f.category == "threat" for f in findings) else "medium"
            found.append(
                Finding(
                    pid,
                    "harassment",
                    severity,
                    "harassment.repeated_target",
                    evidence,
                    findings[0].lexicon,
                    None,
                    "@" + handle,
                )  # fmt: skip
            )
    return found
