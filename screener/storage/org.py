"""The organisation network: opted-in employees and the connection exports they brought.

An employee is added with their own export and an opt-in date in one transaction; removing
them deletes every row they brought (``org_connections`` cascades on the member).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..records import Connection
from . import now_iso


class DuplicateMemberError(ValueError):
    """An employee with this name is already in the organisation network."""


def _dedupe_key(conn: Connection) -> str:
    """One row per profile within an export (storage-level; matching normalises further)."""
    if conn.profile_url:
        return "url:" + conn.profile_url.strip().split("?")[0].split("#")[0].rstrip("/").casefold()
    if conn.handle:
        return "handle:" + conn.handle.strip().lstrip("@").casefold()
    parts = (conn.name, conn.company, conn.position)
    return "name:" + "|".join(" ".join(p.split()).casefold() for p in parts)


def add_member(
    db: Database,
    name: str,
    opt_in_at: date | str,
    connections: Iterable[Connection],
    source: str = "",
    user_id: int | None = None,
) -> int:
    """Add an employee and their connections in one transaction; returns the member id.

    Blank rows (no name, URL or handle) are not stored. Duplicates inside one export
    (the same URL twice) are stored once.

    :raises DuplicateMemberError: when an employee with this name (any case) exists.
    """
    name = " ".join(name.split())
    opt_in = opt_in_at.isoformat() if isinstance(opt_in_at, date) else str(opt_in_at)
    rows: dict[str, dict[str, Any]] = {}
    for conn in connections:
        if not (conn.name.strip() or conn.profile_url or conn.handle):
            continue
        key = _dedupe_key(conn)
        rows.setdefault(
            key,
            {
                "platform": conn.platform,
                "relation": conn.relation,
                "name": conn.name,
                "profile_url": conn.profile_url,
                "handle": conn.handle,
                "company": conn.company,
                "position": conn.position,
                "connected_on": conn.connected_on.isoformat() if conn.connected_on else None,
                "dedupe_key": key,
            },
        )
    with db.atomic():
        if get_member_by_name(db, name) is not None:
            raise DuplicateMemberError(name)
        cursor = db.execute(
            "INSERT INTO org_members (name, opt_in_at, source, added_at, added_by)"
            " VALUES (?, ?, ?, ?, ?)",
            [name, opt_in, source, now_iso(), user_id],
        )
        member_id = cursor.lastrowid
        for row in rows.values():
            row["member_id"] = member_id
        db["org_connections"].insert_all(rows.values(), batch_size=1000)
    return member_id


def get_member(db: Database, member_id: int) -> dict[str, Any] | None:
    """One employee with their connection count, or None."""
    return next(
        db.query(
            "SELECT m.*, (SELECT count(*) FROM org_connections c WHERE c.member_id = m.id)"
            " AS connections FROM org_members m WHERE m.id = ?",
            [member_id],
        ),
        None,
    )


def get_member_by_name(db: Database, name: str) -> dict[str, Any] | None:
    """The employee with this name (case-insensitive), or None."""
    row = next(
        db.query(
            "SELECT id FROM org_members WHERE lower(name) = lower(?)", [" ".join(name.split())]
        ),
        None,
    )
    return get_member(db, row["id"]) if row else None


def list_members(db: Database) -> list[dict[str, Any]]:
    """Every employee with opt-in date, source and connection count, by name."""
    return list(
        db.query(
            "SELECT m.id, m.name, m.opt_in_at, m.source, m.added_at, m.added_by,"
            " count(c.id) AS connections"
            " FROM org_members m LEFT JOIN org_connections c ON c.member_id = m.id"
            " GROUP BY m.id ORDER BY lower(m.name)"
        )
    )


def remove_member(db: Database, member_id: int) -> bool:
    """Delete an employee and every connection they brought; False if unknown."""
    with db.atomic():
        cursor = db.execute("DELETE FROM org_members WHERE id = ?", [member_id])
    return cursor.rowcount > 0


def load_org_network(db: Database) -> dict[str, list[Connection]]:
    """Employee name -> their connections, for :func:`analyse_network`."""
    network: dict[str, list[Connection]] = {
        row["name"]: [] for row in db.query("SELECT name FROM org_members ORDER BY lower(name)")
    }
    for row in db.query(
        "SELECT m.name AS member, c.* FROM org_connections c"
        " JOIN org_members m ON m.id = c.member_id ORDER BY c.member_id, c.id"
    ):
        network[row["member"]].append(
            Connection(
                platform=row["platform"],
                name=row["name"],
                profile_url=row["profile_url"],
                handle=row["handle"],
                company=row["company"],
                position=row["position"],
                connected_on=date.fromisoformat(row["connected_on"])
                if row["connected_on"]
                else None,
                relation=row["relation"],
            )
        )
    return network


def load_member_connections(db: Database, member_id: int) -> list[dict[str, Any]]:
    """One employee's stored connections as rows (admin pages only), by name."""
    return list(
        db.query(
            "SELECT platform, relation, name, profile_url, handle, company, position,"
            " connected_on FROM org_connections WHERE member_id = ? ORDER BY lower(name), id",
            [member_id],
        )
    )
