"""Read-only queries behind the candidate and upload pages: search, pages, groupings.

Nothing here writes. Every function takes the candidate id so a page can never show
another candidate's rows, and every list is paginated so a 100k-post archive stays cheap.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlite_utils import Database

from ..records import CATEGORIES

PER_PAGE = 25
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: plain words, all required.

    Every word is quoted, so FTS5 operators (``AND``, ``NEAR``, ``*``, ``"``, ``(``) in
    the input are searched for as words or dropped, never parsed as syntax.

    >>> fts_query('baas "AND (')
    '"baas"* "AND"*'
    >>> fts_query('*')
    ''
    """
    return " ".join(f'"{word}"*' for word in _WORD.findall(text)[:20])


def _page(total: int, page: int, per_page: int) -> dict[str, int]:
    pages = max(1, -(-total // per_page))
    page = min(max(1, page), pages)
    return {"total": total, "page": page, "per_page": per_page, "pages": pages}


def _scalar(db: Database, sql: str, params: list[Any]) -> int:
    return next(db.execute(sql, params))[0] or 0


def search_posts(
    db: Database, candidate_id: int, query: str = "", *, page: int = 1, per_page: int = PER_PAGE
) -> dict[str, Any]:
    """One page of the candidate's posts, newest first, optionally matching ``query``.

    :param query: free text from a search box; treated as plain words (see :func:`fts_query`).
    :returns: ``{"items": [post rows], "total", "page", "per_page", "pages", "query"}``.
    """
    where, params = "p.candidate_id = ?", [candidate_id]
    if query.strip():
        match = fts_query(query)
        if not match:  # only punctuation: nothing can match a plain-word search
            return {"items": [], "query": query, **_page(0, 1, per_page)}
        # A subquery runs the full-text match once; a JOIN lets SQLite re-run it per post.
        where += " AND p.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?)"
        params.append(match)
    total = _scalar(db, f"SELECT count(*) FROM posts p WHERE {where}", params)
    info = _page(total, page, per_page)
    rows = db.query(
        f"SELECT p.id, p.platform, p.post_id, p.created_at, p.text, p.url, p.kind,"
        f" p.is_repost, p.is_reply, p.lang, p.negative, p.sensitive"
        f" FROM posts p WHERE {where}"
        f" ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?",
        [*params, per_page, (info["page"] - 1) * per_page],
    )
    return {"items": list(rows), "query": query, **info}


def list_connections(
    db: Database, candidate_id: int, query: str = "", *, page: int = 1, per_page: int = PER_PAGE
) -> dict[str, Any]:
    """One page of the candidate's connections, by name, optionally filtered.

    :param query: matched as a substring of name, company or position (no wildcards).
    """
    where, params = "candidate_id = ?", [candidate_id]
    if query.strip():
        like = "%" + re.sub(r"([\\%_])", r"\\\1", query.strip()) + "%"
        where += (
            " AND (name LIKE ? ESCAPE '\\' OR company LIKE ? ESCAPE '\\'"
            " OR position LIKE ? ESCAPE '\\')"
        )
        params += [like, like, like]
    total = _scalar(db, f"SELECT count(*) FROM connections WHERE {where}", params)
    info = _page(total, page, per_page)
    rows = db.query(
        f"SELECT id, platform, relation, name, profile_url, handle, company, position,"
        f" connected_on FROM connections WHERE {where}"
        f" ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?",
        [*params, per_page, (info["page"] - 1) * per_page],
    )
    return {"items": list(rows), "query": query, **info}


def candidate_counts(db: Database, candidate_id: int) -> dict[str, int]:
    """Posts, connections and findings (by status) stored for the candidate."""
    counts = {
        "posts": _scalar(db, "SELECT count(*) FROM posts WHERE candidate_id = ?", [candidate_id]),
        "connections": _scalar(
            db, "SELECT count(*) FROM connections WHERE candidate_id = ?", [candidate_id]
        ),
        "open": 0,
        "confirmed": 0,
        "dismissed": 0,
    }
    for row in db.query(
        "SELECT status, count(*) AS n FROM findings WHERE candidate_id = ? GROUP BY status",
        [candidate_id],
    ):
        counts[row["status"]] = row["n"]
    return counts


def findings_by_category(
    db: Database, candidate_id: int, *, include_dismissed: bool = False, per_category: int = 50
) -> dict[str, dict[str, Any]]:
    """Findings with their post, grouped by (re-labelled) category in the fixed order.

    :param per_category: how many findings (newest post first) to load per category; the
        group's ``total`` still counts them all, so a 100k-post archive stays cheap.
    :returns: ``{category: {"total": n, "items": [finding rows]}}``; each row has
        ``evidence`` decoded to ``[{start, end, text}]`` and the post's ``text``,
        ``platform``, ``created_at`` and ``url``.
    """
    status = "" if include_dismissed else "AND f.status != 'dismissed'"
    # Rank on narrow rows first, then fetch post text only for the findings shown.
    rows = db.query(
        "WITH ranked AS (SELECT f.id AS fid, row_number() OVER ("
        "   PARTITION BY COALESCE(f.label, f.category) ORDER BY p.created_at DESC, f.id) AS rank,"
        " count(*) OVER (PARTITION BY COALESCE(f.label, f.category)) AS total"
        " FROM findings f JOIN posts p ON p.id = f.post_pk"
        f" WHERE f.candidate_id = ? {status})"
        " SELECT f.id, COALESCE(f.label, f.category) AS category, f.category AS original,"
        " f.severity, f.rule, f.lexicon, f.evidence, f.negation, f.target, f.status,"
        " p.id AS post_pk, p.platform, p.created_at, p.text, p.url, r.rank, r.total"
        " FROM ranked r JOIN findings f ON f.id = r.fid JOIN posts p ON p.id = f.post_pk"
        " WHERE r.rank <= ? ORDER BY r.rank",
        [candidate_id, per_category],
    )
    groups: dict[str, dict[str, Any]] = {}
    for row in rows:
        row = dict(row)
        group = groups.setdefault(row["category"], {"total": row.pop("total"), "items": []})
        row.pop("total", None)
        row.pop("rank")
        try:
            row["evidence"] = json.loads(row["evidence"] or "[]")
        except ValueError:
            row["evidence"] = []
        group["items"].append(row)
    order = {name: i for i, name in enumerate(CATEGORIES)}
    return dict(sorted(groups.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))


def monthly_counts(db: Database, candidate_id: int) -> list[tuple[str, dict[str, int]]]:
    """Findings per month of the post's date and per category, every month in between.

    Dismissed findings are left out. Months without findings appear with ``{}`` so a
    chart shows the gaps.
    """
    rows = list(
        db.query(
            "SELECT substr(p.created_at, 1, 7) AS month, COALESCE(f.label, f.category) AS cat,"
            " count(*) AS n FROM findings f JOIN posts p ON p.id = f.post_pk"
            " WHERE f.candidate_id = ? AND f.status != 'dismissed'"
            " GROUP BY month, cat ORDER BY month",
            [candidate_id],
        )
    )
    found: dict[str, dict[str, int]] = {}
    for row in rows:
        if re.fullmatch(r"\d{4}-\d{2}", row["month"] or ""):
            found.setdefault(row["month"], {})[row["cat"]] = row["n"]
    if not found:
        return []
    months = sorted(found)
    return [(month, found.get(month, {})) for month in _month_range(months[0], months[-1])]


def _month_range(first: str, last: str) -> list[str]:
    """``YYYY-MM`` strings from ``first`` to ``last`` inclusive.

    >>> _month_range("2023-11", "2024-02")
    ['2023-11', '2023-12', '2024-01', '2024-02']
    """
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while True:
        label = f"{year:04d}-{month:02d}"
        out.append(label)
        if label >= last or len(out) > 1200:
            return out
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def posts_by_ids(
    db: Database, candidate_id: int, post_pks: list[str | int], *, limit: int = 200
) -> list[dict[str, Any]]:
    """The candidate's posts with these primary keys (as the scorer names them), newest first.

    Keys that are not whole numbers or belong to another candidate are ignored.
    """
    keys = sorted({int(k) for k in post_pks if str(k).isdigit()})[:limit]
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    return list(
        db.query(
            f"SELECT id, platform, post_id, created_at, text, url, is_repost, is_reply"
            f" FROM posts WHERE candidate_id = ? AND id IN ({marks})"
            f" ORDER BY created_at DESC, id DESC",
            [candidate_id, *keys],
        )
    )
