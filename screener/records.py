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


# --------------------------------------------------------------------------- network


@dataclass(frozen=True, slots=True)
class PersonKey:
    """Who a connection is, for matching: a profile URL, a handle, or a normalised name.

    ``kind`` is ``url``, ``handle``, ``name`` or ``blank`` (blank rows never match).
    ``first``/``last``/``particles`` are the normalised name parts ("van der" in
    ``particles``, so ``last`` sorts without them); ``company`` is the normalised company.
    """

    kind: str
    value: str
    name: str = ""  # full normalised name, particles included
    first: str = ""
    last: str = ""
    particles: str = ""
    company: str = ""


@dataclass(frozen=True, slots=True)
class Match:
    """A candidate connection found in one or more employees' networks."""

    candidate: Connection
    org: tuple[tuple[str, Connection], ...]  # (employee name, their connection)
    kind: str  # exact (URL/handle) | strong (name + company) | fuzzy (name only)
    score: float = 100.0


@dataclass(frozen=True, slots=True)
class SharedPerson:
    """One person the candidate and at least one employee both know."""

    name: str
    profile_url: str | None
    match: str  # exact | strong | fuzzy
    employees: tuple[str, ...]
    score: float = 100.0
    company: str = ""
    position: str = ""
    sectors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Burst:
    """A month in which the candidate's network grew unusually fast: a question, not a verdict."""

    month: str  # YYYY-MM
    count: int
    baseline: float  # mean of the months before
    ratio: float
    question_nl: str
    question_en: str


@dataclass(frozen=True, slots=True)
class NetworkResult:
    """Everything the network check found; ``shared`` holds exact and strong matches only."""

    candidate_connections: int
    blank_connections: int
    shared: tuple[SharedPerson, ...]
    fuzzy_only: tuple[SharedPerson, ...]
    per_employee: dict[str, int]
    employees: tuple[str, ...]  # every opted-in employee whose network was compared
    employees_linked: int
    companies: tuple[tuple[str, int], ...]  # (display name, connections), most first
    sectors: dict[str, int]  # sector id -> candidate connections in that sector
    growth: tuple[tuple[str, int], ...]  # (YYYY-MM, new connections), gap months as 0
    bursts: tuple[Burst, ...]
    communities: tuple[tuple[str, ...], ...]  # employee names per community (shared part)
    org_connections: int = 0
    dated_connections: int = 0
    platforms: tuple[str, ...] = ()
    sector_people: dict[str, tuple[str, ...]] = field(default_factory=dict)
    company_people: dict[str, tuple[str, ...]] = field(default_factory=dict)
    names: tuple[str, ...] = ()  # display names of the candidate's connections (claims)
    direct_employees: tuple[str, ...] = ()  # employees who are themselves in the candidate's list


@dataclass(frozen=True, slots=True)
class Claim:
    """What the candidate claims about their network, as the reviewer typed it."""

    text: str
    kind: str  # size | sector | company | person | unknown
    number: int | None = None
    sector: str | None = None
    company: str | None = None
    person: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimVerdict:
    """The answer to one claim, with the numbers and people behind it."""

    claim: Claim
    verdict: str  # supported | partly supported | not supported | cannot be checked
    numbers: dict[str, int] = field(default_factory=dict)
    people: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    explanation_nl: str = ""
    explanation_en: str = ""
    caveats_nl: tuple[str, ...] = ()
    caveats_en: tuple[str, ...] = ()
