"""Frozen records shared by every layer.

Parsers return them, analysis takes and returns them, storage turns them into rows with
:func:`dataclasses.asdict` at its boundary. Nothing here imports from ``screener``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

PLATFORMS = ("linkedin", "x", "facebook", "mastodon", "instagram", "generic")

CATEGORIES = (
    "complaint",
    "insult",
    "profanity",
    "hate",
    "threat",
    "harassment",
    "confidential",
    "drugs_crime",
)
DEFAULT_CATEGORIES = tuple(c for c in CATEGORIES if c != "profanity")
SEVERITIES = ("low", "medium", "high")


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True)
class Post:
    """One post, comment or share the candidate wrote (or reposted).

    ``created_at`` is timezone-aware UTC. ``id`` is the platform's id, or a stable
    synthetic key where the platform gives none (Facebook: timestamp + text hash).
    """

    platform: str
    id: str
    created_at: datetime
    text: str
    url: str | None = None
    is_repost: bool = False
    is_reply: bool = False
    kind: str = "post"  # post | comment | share
    lang: str | None = None  # language the platform declared, if any


@dataclass(frozen=True, slots=True)
class Connection:
    """A person in the candidate's (or an employee's) network.

    ``name`` is for display, as exported. Matching normalises separately.
    ``relation`` is ``connection`` (LinkedIn), ``friend`` (Facebook), ``following`` or
    ``follower`` (X, Mastodon, Instagram).
    """

    platform: str
    name: str
    profile_url: str | None = None
    handle: str | None = None
    company: str = ""
    position: str = ""
    connected_on: date | None = None
    relation: str = "connection"


@dataclass(frozen=True, slots=True)
class Position:
    company: str
    title: str = ""
    description: str = ""
    location: str = ""
    started_on: str = ""
    finished_on: str = ""


@dataclass(frozen=True, slots=True)
class Profile:
    """The account holder as the export describes them."""

    platform: str
    name: str = ""
    handle: str | None = None
    profile_url: str | None = None
    headline: str = ""
    summary: str = ""
    industry: str = ""
    positions: tuple[Position, ...] = ()


@dataclass(frozen=True, slots=True)
class SkippedFile:
    """A file inside an upload that no parser used, and why."""

    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class ExportBundle:
    """Everything read from one upload (a file, an archive or a folder)."""

    source: str
    platforms: tuple[str, ...] = ()
    posts: tuple[Post, ...] = ()
    connections: tuple[Connection, ...] = ()
    profiles: tuple[Profile, ...] = ()
    skipped: tuple[SkippedFile, ...] = ()
    blank_connections: int = 0
    dropped_private: int = 0  # DMs and followers-only posts never kept


# --------------------------------------------------------------------------- analysis


@dataclass(frozen=True, slots=True)
class Span:
    """Matched characters in the post's original text: ``text == post_text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One flag on one post, with the evidence that produced it. Never without spans."""

    post_id: str
    category: str
    severity: str
    rule: str
    evidence: tuple[Span, ...]
    lexicon: str = ""  # "<lexicon name>@<version>:<entry>" that fired, if any
    negation: str | None = None  # negation/contrast that changed the outcome
    target: str | None = None  # e.g. "boss", "colleagues", "@user"


@dataclass(frozen=True, slots=True)
class PostScore:
    """The scorer's verdict on one post (``screener score`` prints one per line)."""

    post_id: str
    lang: str
    negative: bool
    sensitive: bool
    findings: tuple[Finding, ...] = ()
    sensitive_topics: tuple[str, ...] = ()
    protected: tuple[str, ...] = ()  # pay, safety, working_conditions, union, whistleblowing
    notes: tuple[str, ...] = field(default=())  # negations/contrasts that suppressed a flag
