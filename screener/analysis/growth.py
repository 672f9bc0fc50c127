"""How a network grew: connections per month and the months that stand out.

A month stands out when its count is far above what the months before it make likely
(a Poisson upper tail below ``alpha`` with at least ``min_ratio`` times the baseline).
It is phrased as a question for the interview, never as a verdict: a new job, a
conference or a LinkedIn import all explain a burst.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from datetime import date

from ..records import Burst

MONTHS_NL = (
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()
MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()


def monthly_counts(
    days: Iterable[date | None], *, now: date | None = None
) -> list[tuple[str, int]]:
    """New connections per month from the first to the last dated month, gaps as 0.

    >>> monthly_counts([date(2023, 1, 5), date(2023, 3, 1), date(2023, 3, 9)])
    [('2023-01', 1), ('2023-02', 0), ('2023-03', 2)]
    """
    counts = Counter((d.year, d.month) for d in days if d is not None and (now is None or d <= now))
    if not counts:
        return []
    (year, month), last = min(counts), max(counts)
    series = []
    while (year, month) <= last:
        series.append((f"{year:04d}-{month:02d}", counts.get((year, month), 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return series


def poisson_tail(k: int, lam: float) -> float:
    """P(X >= k) for X ~ Poisson(lam).

    >>> round(poisson_tail(0, 3.0), 3), round(poisson_tail(10, 2.0), 5)
    (1.0, 5e-05)
    """
    if k <= lam:
        return 1.0  # at or below the mean: never unusual (exact value not needed)
    log_lam = math.log(lam)
    total, i = 0.0, k
    while True:  # terms fall once i > lam; sum in log space so large counts do not underflow
        term = math.exp(i * log_lam - lam - math.lgamma(i + 1))
        total += term
        if term < 1e-18 or i > k + 10_000:
            return min(1.0, total)
        i += 1


def _question(month: str, count: int, baseline: float, ratio: float) -> tuple[str, str]:
    year, number = int(month[:4]), int(month[5:])
    times = f"{ratio:.0f}x" if ratio >= 2 else f"{ratio:.1f}x"
    nl = (
        f"In {MONTHS_NL[number - 1]} {year} kwamen er {count} connecties bij, {times} het "
        f"gemiddelde van de maanden ervoor ({baseline:.0f} per maand): waar kwam die groei "
        "vandaan?"
    )
    en = (
        f"In {MONTHS_EN[number - 1]} {year} the network grew by {count} connections, "
        f"{times} the average of the months before ({baseline:.0f} a month): where did "
        "that growth come from?"
    )
    return nl, en


def find_bursts(
    series: list[tuple[str, int]],
    *,
    window: int = 12,
    min_history: int = 3,
    alpha: float = 0.001,
    min_ratio: float = 3.0,
    min_count: int = 10,
) -> list[Burst]:
    """Months whose count is improbably high given the ``window`` months before them.

    :param series: ``monthly_counts`` output.
    :param min_history: months of history needed before a month can stand out (the first
        months of an account are always "bursts": the initial import).

    >>> series = [(f"2022-{m:02d}", 4) for m in range(1, 13)] + [("2023-01", 40)]
    >>> [(b.month, b.count) for b in find_bursts(series)]
    [('2023-01', 40)]
    """
    bursts = []
    for i, (month, count) in enumerate(series):
        history = [c for _, c in series[max(0, i - window) : i]]
        if len(history) < min_history or count < min_count:
            continue
        baseline = sum(history) / len(history)
        ratio = count / max(baseline, 1.0)
        if ratio >= min_ratio and poisson_tail(count, max(baseline, 1.0)) < alpha:
            nl, en = _question(month, count, baseline, ratio)
            bursts.append(Burst(month, count, round(baseline, 1), round(ratio, 1), nl, en))
    return bursts
