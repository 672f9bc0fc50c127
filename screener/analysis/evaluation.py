"""Precision, recall and F1 of the scorer against labelled gold posts.

Gold records are dicts ``{"id", "text", "lang", "labels": [...], "negative", "sensitive"}``
(see ``tests/data/gold/README.md``). Harassment needs several posts, so it is not
measured per post.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..records import CATEGORIES
from .negativity import score_texts

PER_POST = tuple(c for c in CATEGORIES if c != "harassment")
OFFENSIVE = ("insult", "profanity", "hate", "threat")


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall and F1 (0.0 when undefined), with the counts.

    >>> prf(8, 2, 2)["f1"]
    0.8
    """
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
            "tp": tp, "fp": fp, "fn": fn, "support": tp + fn}  # fmt: skip


def evaluate_records(records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Score gold records and compare, per language and category.

    :returns: ``{lang: {"categories": {cat: prf}, "offensive_macro_f1", "negative": prf,
      "sensitive_false_flags": {"posts", "flagged", "rate"}, "errors": [...]}}``.
    """
    records = list(records)
    scores = score_texts((str(r["id"]), r["text"], r.get("lang")) for r in records)
    counts: dict[str, dict[str, list[int]]] = {}
    negative: dict[str, list[int]] = {}
    sensitive: dict[str, list[int]] = {}
    errors: dict[str, list[dict[str, Any]]] = {}
    for record, score in zip(records, scores, strict=True):
        lang = record.get("lang") or score.lang
        gold = set(record.get("labels") or ())
        found = {f.category for f in score.findings}
        table = counts.setdefault(lang, {c: [0, 0, 0] for c in PER_POST})
        for category in PER_POST:
            row = table[category]
            if category in found and category in gold:
                row[0] += 1
            elif category in found:
                row[1] += 1
            elif category in gold:
                row[2] += 1
        _count(negative.setdefault(lang, [0, 0, 0]), score.negative, bool(record.get("negative")))
        if record.get("sensitive") and not gold:
            row = sensitive.setdefault(lang, [0, 0])
            row[0] += 1
            row[1] += bool(found)
        if found != gold:
            errors.setdefault(lang, []).append({"id": record["id"], "gold": sorted(gold),
                                                "found": sorted(found)})  # fmt: skip
    report: dict[str, Any] = {}
    for lang, table in sorted(counts.items()):
        cats = {c: prf(*table[c]) for c in PER_POST}
        posts, flagged = sensitive.get(lang, [0, 0])
        report[lang] = {
            "categories": cats,
            "offensive_macro_f1": round(sum(cats[c]["f1"] for c in OFFENSIVE) / len(OFFENSIVE), 3),
            "negative": prf(*negative[lang]),
            "sensitive_false_flags": {"posts": posts, "flagged": flagged,
                                      "rate": round(flagged / posts, 3) if posts else 0.0},
            "errors": errors.get(lang, []),
        }  # fmt: skip
    return report


def _count(row: list[int], found: bool, gold: bool) -> None:
    if found and gold:
        row[0] += 1
    elif found:
        row[1] += 1
    elif gold:
        row[2] += 1


def format_table(report: Mapping[str, Any]) -> str:
    """A plain-text table of :func:`evaluate_records` output."""
    lines = [f"{'lang':4} {'category':13} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}"]
    for lang, part in report.items():
        for category, m in part["categories"].items():
            lines.append(f"{lang:4} {category:13} {m['precision']:6.3f} {m['recall']:6.3f} "
                         f"{m['f1']:6.3f} {m['support']:8d}")  # fmt: skip
        m = part["negative"]
        lines.append(f"{lang:4} {'negative':13} {m['precision']:6.3f} {m['recall']:6.3f} "
                     f"{m['f1']:6.3f} {m['support']:8d}")  # fmt: skip
        s = part["sensitive_false_flags"]
        lines.append(
            f"{lang:4} offensive macro-F1 {part['offensive_macro_f1']:.3f}; special-category"
            f" posts flagged {s['flagged']}/{s['posts']} ({s['rate']:.1%})"
        )
    return "\n".join(lines)
