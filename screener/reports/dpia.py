"""Answers to the questions of a data-protection impact assessment, from the instance itself.

``screener dpia`` prints them as Markdown, so the DPIA describes the configuration that
actually runs (retention, categories and their reasons per vacancy, limits, queue) rather
than what the documentation hoped for.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from ..records import CATEGORIES


def _count(db: Database, sql: str) -> int:
    return next(db.query(sql))["n"]


def dpia_facts(db: Database, cfg: dict[str, Any]) -> dict[str, Any]:
    """The figures and settings a DPIA needs, read from the database and settings."""
    profiles = []
    for row in db.query(
        "SELECT v.id, v.title, v.status, p.* FROM vacancies v"
        " LEFT JOIN profiles p ON p.vacancy_id = v.id ORDER BY v.id"
    ):
        profiles.append(
            {
                "vacancy": row["title"],
                "status": row["status"],
                "categories": json.loads(row["categories"] or "[]"),
                "reasons": json.loads(row["reasons"] or "{}"),
                "platforms": json.loads(row["platforms"] or "[]"),
                "lookback_years": row["lookback_years"],
                "retention_weeks": row["retention_weeks"],
                "min_shared": row["min_shared"],
            }
        )
    return {
        "env": cfg.get("ENV"),
        "queue": "Redis" if str(cfg.get("QUEUE_URL", "")).startswith("redis") else "SQLite",
        "max_upload_bytes": cfg.get("MAX_CONTENT_LENGTH"),
        "session_minutes": cfg.get("SESSION_LIFETIME_MINUTES"),
        "login_attempts": cfg.get("LOGIN_MAX_ATTEMPTS"),
        "login_window_s": cfg.get("LOGIN_WINDOW_SECONDS"),
        "privacy_contact": cfg.get("PRIVACY_CONTACT") or "(not set: PRIVACY_CONTACT)",
        "profiles": profiles,
        "counts": {
            "vacancies": _count(db, "SELECT count(*) AS n FROM vacancies"),
            "candidates": _count(db, "SELECT count(*) AS n FROM candidates"),
            "posts": _count(db, "SELECT count(*) AS n FROM posts"),
            "connections": _count(db, "SELECT count(*) AS n FROM connections"),
            "org_members": _count(db, "SELECT count(*) AS n FROM org_members"),
            "org_connections": _count(db, "SELECT count(*) AS n FROM org_connections"),
            "users": _count(db, "SELECT count(*) AS n FROM users WHERE active = 1"),
            "audit_events": _count(db, "SELECT count(*) AS n FROM audit_events"),
            "pending_purge": _count(
                db,
                "SELECT count(*) AS n FROM candidates WHERE purge_after IS NOT NULL"
                " AND purge_after <= date('now')",
            ),
        },
    }


def dpia_markdown(facts: dict[str, Any]) -> str:
    """The facts as the answers section of ``docs/dpia-aid.md``."""
    c = facts["counts"]
    lines = [
        "# DPIA answers for this Screener instance",
        "",
        "## 1. What is processed, of whom, how much",
        f"- {c['candidates']} candidates in {c['vacancies']} vacancies; {c['posts']} posts and"
        f" {c['connections']} connections of candidates.",
        f"- {c['org_members']} opted-in employees with {c['org_connections']} connections.",
        f"- {c['users']} active staff accounts; {c['audit_events']} audit events.",
        "",
        "## 2. Purposes and job-relevance, per vacancy",
    ]
    if not facts["profiles"]:
        lines.append("- No vacancies yet.")
    for p in facts["profiles"]:
        lines.append(
            f"- **{p['vacancy']}** ({p['status']}): platforms "
            f"{', '.join(p['platforms']) or 'none'}; look-back {p['lookback_years']}"
            f" years; retention {p['retention_weeks']} weeks after closing;"
            f" shared-connection threshold {p['min_shared']}."
        )
        for category in p["categories"]:
            lines.append(f"  - {category}: {p['reasons'].get(category, '(no reason given)')}")
        off = [c for c in CATEGORIES if c not in p["categories"]]
        if off:
            lines.append(f"  - not screened: {', '.join(off)}")
    lines += [
        "",
        "## 3. Retention",
        f"- {c['pending_purge']} candidates are past their purge date and will be purged by"
        " the daily task (or `screener purge`).",
        "",
        "## 4. Security settings",
        f"- Mode: {facts['env']}; queue storage: {facts['queue']}.",
        f"- Upload limit per request: {facts['max_upload_bytes'] // (1024 * 1024)} MB.",
        f"- Sessions expire after {facts['session_minutes']} minutes; log-in locked after"
        f" {facts['login_attempts']} failures within {facts['login_window_s']} seconds.",
        "",
        "## 5. Rights",
        f"- Contact for candidates: {facts['privacy_contact']}.",
        "- Access: `screener export`; erasure: `screener purge --candidate`;"
        " authenticity of a report: `screener report verify`.",
    ]
    return "\n".join(lines) + "\n"
