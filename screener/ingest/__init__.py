"""Bytes and paths in, records out: the parsers of every supported export.

``parse_export(path)`` reads a file, a zip/tar(.gz) or a folder safely, recognises each
file from its contents (:func:`detect_platform`), runs the matching parser from
:data:`PARSERS` and returns one :class:`~screener.records.ExportBundle`. Files nobody
uses (direct messages, likes, media, unknown files) are listed in ``bundle.skipped``.
"""

from __future__ import annotations

import gc
import lzma
import os
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import replace
from operator import attrgetter
from pathlib import Path

from ..errors import BadExportError, UnknownPlatformError
from ..records import PLATFORMS, Connection, ExportBundle, Post, Profile, SkippedFile
from . import facebook, generic, instagram, linkedin, mastodon, twitter
from .archive import ArchiveLimits, Entry, iter_entries, read_capped
from .base import FileType, ParseContext, Record
from .detect import HEAD_BYTES, HTML, Skip, identify

__all__ = [
    "PARSERS",
    "ArchiveLimits",
    "FileType",
    "ParseContext",
    "detect_platform",
    "parse_export",
    "parse_member",
]


def _types(*types: FileType) -> dict[str, FileType]:
    return {t.key: t for t in types}


PARSERS: dict[str, FileType] = _types(
    FileType("linkedin.connections", "linkedin", linkedin.parse_connections, 50, "Connections.csv"),
    FileType("linkedin.shares", "linkedin", linkedin.parse_shares, 50, "Shares.csv"),
    FileType("linkedin.comments", "linkedin", linkedin.parse_comments, 50, "Comments.csv"),
    FileType("linkedin.profile", "linkedin", linkedin.parse_profile, 50, "Profile.csv"),
    FileType(
        "linkedin.profile_summary",
        "linkedin",
        linkedin.parse_profile_summary,
        50,
        "Profile Summary",
    ),
    FileType("linkedin.positions", "linkedin", linkedin.parse_positions, 50, "Positions.csv"),
    # the manifest and account come first: they name the handle used in tweet URLs
    FileType("x.manifest", "x", twitter.parse_manifest, 10, "X manifest.js"),
    FileType("x.account", "x", twitter.parse_account, 20, "X account.js"),
    FileType("x.user_details", "x", twitter.parse_user_details, 20, "X user_details.js"),
    FileType("x.tweets", "x", twitter.parse_tweets, 50, "X tweets.js"),
    # classic archives: the lossy CSV first, so the JS months (full UTF-8) win on dedupe
    FileType("x.tweets_csv", "x", twitter.parse_tweets_csv, 55, "X tweets.csv"),
    FileType("x.grailbird", "x", twitter.parse_grailbird, 58, "X monthly tweets .js"),
    FileType("x.follower", "x", twitter.parse_followers, 60, "X follower.js"),
    FileType("x.following", "x", twitter.parse_following, 60, "X following.js"),
    FileType("facebook.posts", "facebook", facebook.parse_posts, 50, "Facebook posts"),
    FileType("facebook.comments", "facebook", facebook.parse_comments, 50, "Facebook comments"),
    FileType("facebook.friends", "facebook", facebook.parse_friends, 50, "Facebook friends"),
    FileType("facebook.following", "facebook", facebook.parse_following, 50, "Facebook follows"),
    FileType("facebook.followers", "facebook", facebook.parse_followers, 50, "Facebook followers"),
    FileType("facebook.profile", "facebook", facebook.parse_profile, 50, "Facebook profile"),
    FileType("mastodon.actor", "mastodon", mastodon.parse_actor, 20, "Mastodon actor.json"),
    FileType("mastodon.outbox", "mastodon", mastodon.parse_outbox, 50, "Mastodon outbox.json"),
    FileType(
        "mastodon.following", "mastodon", mastodon.parse_following, 50, "following_accounts.csv"
    ),
    FileType("instagram.posts", "instagram", instagram.parse_posts, 50, "Instagram posts"),
    FileType("instagram.comments", "instagram", instagram.parse_comments, 50, "Instagram comments"),
    FileType(
        "instagram.followers", "instagram", instagram.parse_followers, 60, "Instagram followers"
    ),
    FileType(
        "instagram.following", "instagram", instagram.parse_following, 60, "Instagram following"
    ),
    FileType("generic.csv", "generic", generic.parse_csv, 90, "CSV of posts"),
    FileType("generic.json", "generic", generic.parse_json, 90, "JSON of posts"),
)
"""File-type key -> parser. Each parser is ``parse(data: bytes, ctx=None) -> Iterator``."""


def detect_platform(name: str, data: bytes) -> str | None:
    """The platform a file belongs to, judged from its contents (the name breaks ties).

    >>> detect_platform("export.csv", b"Notes:\\n\\nFirst Name,Last Name,Connected On\\n")
    'linkedin'
    >>> detect_platform("tweets.js", b"hello") is None
    True
    """
    kind = identify(name, data[:HEAD_BYTES])
    if isinstance(kind, str) and kind in PARSERS:
        return PARSERS[kind].platform
    return None


def parse_member(name: str, data: bytes, ctx: ParseContext | None = None) -> Iterator[Record]:
    """Parse one file's bytes with whichever parser recognises it.

    :raises UnknownPlatformError: when no parser recognises the file.
    :raises BadExportError: when the recognised file is damaged.

    >>> [c.name for c in parse_member("c.csv", b"First Name,Last Name,Connected On\\n"
    ...                                   b"Ada ,Lovelace,09 Sep 2022\\n")]
    ['Ada Lovelace']
    """
    kind = identify(name, data[:HEAD_BYTES])
    if not (isinstance(kind, str) and kind in PARSERS):
        reason = kind.reason if isinstance(kind, Skip) else "not a recognised export file"
        raise UnknownPlatformError(f"{name}: {reason}")
    ctx = ctx if ctx is not None else ParseContext(name=name)
    return PARSERS[kind](data, ctx)


_READ_ERRORS = (
    zipfile.BadZipFile,
    tarfile.TarError,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
)


def parse_export(path: str | os.PathLike, *, limits: ArchiveLimits | None = None) -> ExportBundle:
    """Read one upload (a file, a zip/tar archive or a folder) into an ExportBundle.

    :param path: the uploaded file or an unpacked folder.
    :param limits: archive caps; defaults to :class:`ArchiveLimits()`.
    :returns: posts (newest first), connections, merged profiles and skipped files.
    :raises UnsafeArchiveError: when an archive breaks a safety rule.
    :raises BadExportError: when a file is damaged or unreadable.
    :raises UnknownPlatformError: when nothing in the upload is recognised.
    """
    path = Path(path)
    source = path.name or str(path)
    if not path.exists():
        raise BadExportError(f"{source}: no such file or folder")
    limits = limits or ArchiveLimits()
    found: list[tuple[FileType, str, bytes]] = []
    skipped: list[SkippedFile] = []
    html_hint = ""
    names: list[str] = []
    for entry in iter_entries(path, limits):
        names.append(entry.name)
        if not isinstance(entry, Entry):
            skipped.append(SkippedFile(entry.name, entry.reason))
            continue
        kind, data, head = _read_entry(entry, source, limits)
        if isinstance(kind, str) and kind in PARSERS and data is not None:
            found.append((PARSERS[kind], entry.name, data))
            continue
        reason = kind.reason if isinstance(kind, Skip) else "not recognised"
        if isinstance(kind, str):
            reason = f"not supported: {kind}"
        if reason == HTML:
            html_hint = html_hint or _html_platform(entry.name, head)
        skipped.append(SkippedFile(entry.name, reason))
    if not found:
        raise UnknownPlatformError(_nothing_found(source, skipped, html_hint))
    in_archive = path.is_dir() or len(found) > 1 or found[0][1] != source
    return _parse_found(source, in_archive, found, skipped, names)


def _read_entry(
    entry: Entry, source: str, limits: ArchiveLimits
) -> tuple[str | Skip | None, bytes | None, bytes]:
    try:
        with entry.open() as fh:
            head = fh.read(HEAD_BYTES)
            kind = identify(entry.name, head)
            if not (isinstance(kind, str) and kind in PARSERS):
                return kind, None, head[:4096]
            cap = min(limits.max_member_bytes, max(entry.size, len(head)))
            return kind, read_capped(fh, cap, entry.name, source, head), b""
    except _READ_ERRORS as exc:
        raise BadExportError(f"{source}: cannot read {entry.name} ({exc})") from None


def _html_platform(name: str, head: bytes) -> str:
    text = (name + head.decode("utf-8", "replace")).lower()
    for platform in ("Instagram", "Facebook"):
        if platform.lower() in text:
            return platform
    return "platform"


def _nothing_found(source: str, skipped: list[SkippedFile], html_hint: str) -> str:
    if html_hint:
        return (
            f"{source}: this looks like an HTML export, which Screener cannot read; "
            f"choose JSON when requesting the {html_hint} download"
        )
    reasons = sorted({s.reason for s in skipped if s.reason.startswith("not used")})
    if reasons:
        return f"{source}: nothing Screener can use ({'; '.join(reasons)})"
    return (
        f"{source}: not a recognised export (LinkedIn, X, Facebook, Mastodon or Instagram "
        "data download, or a CSV/JSON file with date and text columns)"
    )


def _parse_found(
    source: str,
    in_archive: bool,
    found: list[tuple[FileType, str, bytes]],
    skipped: list[SkippedFile],
    names: list[str],
) -> ExportBundle:
    ctx = ParseContext()
    posts: dict[tuple[str, str], Post] = {}
    # every row is kept: two people can share a name, a company and a date
    connections: list[Connection] = []
    profiles: dict[str, Profile] = {}
    platforms: set[str] = set()
    found.sort(key=lambda item: (item[0].order, item[1]), reverse=True)
    was_enabled = gc.isenabled()
    gc.disable()  # parsing builds many small objects; cycles are never created here
    try:
        while found:  # popped, so each file's bytes are freed once it is parsed
            filetype, name, data = found.pop()
            ctx.name = f"{source}/{name}" if in_archive else name
            platforms.add(filetype.platform)
            for record in filetype(data, ctx):
                if isinstance(record, Post):
                    posts[(record.platform, record.id)] = record
                elif isinstance(record, Connection):
                    connections.append(record)
                else:
                    profiles[record.platform] = _merge(profiles.get(record.platform), record)
    finally:
        if was_enabled:
            gc.enable()
    for expected, what in sorted(ctx.expected.items()):
        if not any(n == expected or n.endswith("/" + expected) for n in names):
            reason = f"listed in the archive's manifest but missing: its {what} are not screened"
            skipped.append(SkippedFile(expected, reason))
    # newest first; equal times keep file order (a stable sort on one aware-UTC key)
    ordered = sorted(posts.values(), key=attrgetter("created_at"), reverse=True)
    return ExportBundle(
        source=source,
        platforms=tuple(p for p in PLATFORMS if p in platforms),
        posts=tuple(ordered),
        connections=tuple(connections),
        profiles=tuple(profiles.values()),
        skipped=tuple(skipped + ctx.notes),
        blank_connections=ctx.blank_connections,
        dropped_private=ctx.dropped_private,
    )


def _merge(old: Profile | None, new: Profile) -> Profile:
    """Combine the profile pieces of one platform (Profile.csv + Positions.csv)."""
    if old is None:
        return new
    updates = {
        f: getattr(new, f)
        for f in ("name", "handle", "profile_url", "headline", "summary", "industry")
        if getattr(new, f) and not getattr(old, f)
    }
    if new.positions:
        updates["positions"] = old.positions + new.positions
    return replace(old, **updates)
