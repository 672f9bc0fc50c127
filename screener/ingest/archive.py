"""Safe reading of uploads: a zip, a tar (plain, gz, bz2, xz), a folder or one file.

Untrusted archives are checked member by member *before* anything is inflated: names
(no traversal, no absolute paths), member types (no links or devices), the number of
members, declared sizes and compression ratios. Reads are capped again while streaming,
because headers can lie. Every refusal is an :class:`UnsafeArchiveError` that says what
was wrong and what the reviewer can do about it.
"""

from __future__ import annotations

import os
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any

from ..errors import BadExportError, UnsafeArchiveError

_CHUNK = 1 << 20
# Below this size a high compression ratio is harmless (a 10 KB file of spaces).
_RATIO_FLOOR = 1 << 20
_MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ArchiveLimits:
    """Caps for one upload; the defaults mirror ``settings.DEFAULTS['ARCHIVE_*']``.

    >>> ArchiveLimits().max_members
    20000
    >>> ArchiveLimits.from_settings({"ARCHIVE_MAX_RATIO": 50}).max_ratio
    50
    """

    max_members: int = 20_000
    max_member_bytes: int = 1024 * _MB
    max_total_bytes: int = 4096 * _MB
    max_ratio: int = 200

    @classmethod
    def from_settings(cls, cfg: Mapping[str, Any]) -> ArchiveLimits:
        """Build limits from a settings mapping with ``ARCHIVE_*`` keys."""
        base = cls()
        return cls(
            max_members=int(cfg.get("ARCHIVE_MAX_MEMBERS", base.max_members)),
            max_member_bytes=int(cfg.get("ARCHIVE_MAX_MEMBER_BYTES", base.max_member_bytes)),
            max_total_bytes=int(cfg.get("ARCHIVE_MAX_TOTAL_BYTES", base.max_total_bytes)),
            max_ratio=int(cfg.get("ARCHIVE_MAX_RATIO", base.max_ratio)),
        )


@dataclass(slots=True)
class Entry:
    """One regular file of an upload; ``open()`` is valid only while iterating."""

    name: str
    size: int
    open: Callable[[], IO[bytes]]


@dataclass(slots=True)
class Refused:
    """A member that is not read at all (a link in a folder, an encrypted member)."""

    name: str
    reason: str


def archive_kind(head: bytes) -> str | None:
    """``"zip"`` or ``"tar"`` from the first bytes of a file, else None.

    >>> archive_kind(b"PK\\x03\\x04rest"), archive_kind(b"\\x1f\\x8b\\x08"), archive_kind(b"{}")
    ('zip', 'tar', None)
    """
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return "zip"
    if head[:2] == b"\x1f\x8b" or head[:3] == b"BZh" or head[:6] == b"\xfd7zXZ\x00":
        return "tar"
    if len(head) >= 262 and head[257:262] == b"ustar":
        return "tar"
    return None


def safe_name(raw: str, archive: str) -> str:
    """Normalise a member name, refusing traversal and absolute paths.

    >>> safe_name("data\\\\tweets.js", "x.zip")
    'data/tweets.js'
    >>> safe_name("../evil", "x.zip")
    Traceback (most recent call last):
    ...
    screener.errors.UnsafeArchiveError: x.zip: refused, member '../evil' points outside ...
    """
    name = raw.replace("\\", "/")
    if "\x00" in name:
        raise UnsafeArchiveError(f"{archive}: refused, a member name contains a NUL byte")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise UnsafeArchiveError(
            f"{archive}: refused, member {raw!r} has an absolute path; "
            "ask the candidate for the original download"
        )
    parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
    if ".." in parts:
        raise UnsafeArchiveError(
            f"{archive}: refused, member {raw!r} points outside the archive (path traversal); "
            "ask the candidate for the original download"
        )
    return "/".join(parts)


def iter_entries(path: Path, limits: ArchiveLimits) -> Iterator[Entry | Refused]:
    """Yield the regular files of an upload, whatever its container.

    :param path: a zip, a tar(.gz/.bz2/.xz), a folder, or any single file.
    :raises UnsafeArchiveError: when the archive breaks one of ``limits``.
    :raises BadExportError: when the archive is damaged.
    """
    if path.is_dir():
        yield from _iter_dir(path, limits)
        return
    with open(path, "rb") as fh:
        head = fh.read(512)
    kind = archive_kind(head)
    if kind == "zip":
        yield from _iter_zip(path, limits)
    elif kind == "tar":
        yield from _iter_tar(path, limits)
    else:
        size = path.stat().st_size
        _check_size(path.name, size, limits, path.name)
        yield Entry(path.name, size, lambda: open(path, "rb"))


def read_capped(fh: IO[bytes], cap: int, name: str, archive: str, head: bytes = b"") -> bytes:
    """Read the rest of a member after ``head``, refusing it once it passes ``cap`` bytes.

    Declared sizes can lie, so this is the second line of defence after the header checks.
    """
    parts: list[bytes] = [head]
    total = len(head)
    while True:
        chunk = fh.read(max(_CHUNK, min(cap - total + 1, 64 * _CHUNK)))
        if not chunk:
            return b"".join(parts)
        total += len(chunk)
        if total > cap:
            raise UnsafeArchiveError(
                f"{archive}: refused, {name} inflates beyond {cap // _MB or cap} "
                f"{'MB' if cap >= _MB else 'bytes'} (more than its header declares or the "
                "member limit); the archive is damaged or a zip bomb"
            )
        parts.append(chunk)


def _check_size(name: str, size: int, limits: ArchiveLimits, archive: str) -> None:
    if size > limits.max_member_bytes:
        raise UnsafeArchiveError(
            f"{archive}: refused, {name} is {size // _MB} MB uncompressed, above the "
            f"{limits.max_member_bytes // _MB} MB limit per file (ARCHIVE_MAX_MEMBER_BYTES)"
        )


def _check_total(total: int, limits: ArchiveLimits, archive: str) -> None:
    if total > limits.max_total_bytes:
        raise UnsafeArchiveError(
            f"{archive}: refused, it unpacks to more than {limits.max_total_bytes // _MB} MB "
            "(ARCHIVE_MAX_TOTAL_BYTES); upload only the parts needed (posts, connections)"
        )


def _check_count(count: int, limits: ArchiveLimits, archive: str) -> None:
    if count > limits.max_members:
        raise UnsafeArchiveError(
            f"{archive}: refused, it holds more than {limits.max_members} files "
            "(ARCHIVE_MAX_MEMBERS); upload only the parts needed (posts, connections)"
        )


def _check_ratio(name: str, size: int, packed: int, limits: ArchiveLimits, archive: str) -> None:
    if size > _RATIO_FLOOR and size > limits.max_ratio * max(packed, 1):
        raise UnsafeArchiveError(
            f"{archive}: refused, {name} would inflate {size // max(packed, 1)}x "
            f"({size // _MB} MB from {packed // 1024} KB), above the ratio limit of "
            f"{limits.max_ratio} (ARCHIVE_MAX_RATIO): this looks like a zip bomb"
        )


def _iter_zip(path: Path, limits: ArchiveLimits) -> Iterator[Entry | Refused]:
    archive = path.name
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise BadExportError(f"{archive}: not a readable zip archive ({exc})") from exc
    with zf:
        infos = zf.infolist()
        _check_count(len(infos), limits, archive)
        total = 0
        checked: list[tuple[str, zipfile.ZipInfo]] = []
        for info in infos:  # every header first: nothing is inflated before all pass
            name = safe_name(info.filename, archive)
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise UnsafeArchiveError(
                    f"{archive}: refused, member {info.filename!r} is a symbolic link; "
                    "ask the candidate for the original download"
                )
            if info.is_dir() or not name or stat.S_ISDIR(mode):
                continue
            # many tools store only permission bits (or DOS attributes): no type is a file
            if stat.S_IFMT(mode) and not stat.S_ISREG(mode):
                raise UnsafeArchiveError(
                    f"{archive}: refused, member {info.filename!r} is not a regular file"
                )
            _check_size(name, info.file_size, limits, archive)
            _check_ratio(name, info.file_size, info.compress_size, limits, archive)
            total += info.file_size
            _check_total(total, limits, archive)
            checked.append((name, info))
        for name, info in checked:
            if info.flag_bits & 0x1:
                yield Refused(name, "encrypted member, cannot be read")
                continue
            yield Entry(name, info.file_size, _zip_opener(zf, info, archive))


def _zip_opener(zf: zipfile.ZipFile, info: zipfile.ZipInfo, archive: str):
    def opener() -> IO[bytes]:
        try:
            return zf.open(info)
        except (zipfile.BadZipFile, NotImplementedError, OSError, zlib.error) as exc:
            raise BadExportError(f"{archive}: cannot read {info.filename} ({exc})") from exc

    return opener


def _iter_tar(path: Path, limits: ArchiveLimits) -> Iterator[Entry | Refused]:
    archive = path.name
    packed = path.stat().st_size
    try:
        # Stream mode: headers are checked one by one as they arrive, so a lying or huge
        # member is refused before its data is inflated.
        tf = tarfile.open(path, mode="r|*")
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        raise BadExportError(f"{archive}: not a readable tar archive ({exc})") from exc
    count = 0
    try:
        with tf:
            for member in tf:
                count += 1
                _check_count(count, limits, archive)
                name = safe_name(member.name, archive)
                if member.isdir() or not name:
                    continue
                if member.issym() or member.islnk():
                    raise UnsafeArchiveError(
                        f"{archive}: refused, member {member.name!r} is a link; "
                        "ask the candidate for the original download"
                    )
                if not member.isreg():
                    raise UnsafeArchiveError(
                        f"{archive}: refused, member {member.name!r} is a device, pipe or "
                        "other special file"
                    )
                _check_size(name, member.size, limits, archive)
                inflated = member.offset_data + member.size
                _check_total(inflated, limits, archive)
                _check_ratio(name, inflated, packed, limits, archive)
                yield Entry(name, member.size, _tar_opener(tf, member, archive))
    except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
        raise BadExportError(f"{archive}: damaged or truncated tar archive ({exc})") from exc


def _tar_opener(tf: tarfile.TarFile, member: tarfile.TarInfo, archive: str):
    def opener() -> IO[bytes]:
        fh = tf.extractfile(member)
        if fh is None:  # pragma: no cover - regular files always have data
            raise BadExportError(f"{archive}: cannot read {member.name}")
        return fh

    return opener


def _iter_dir(root: Path, limits: ArchiveLimits) -> Iterator[Entry | Refused]:
    count = 0
    total = 0
    archive = root.name or str(root)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for fname in sorted(filenames):
            full = Path(dirpath, fname)
            rel = full.relative_to(root).as_posix()
            if full.is_symlink():
                yield Refused(rel, "symbolic link, not followed")
                continue
            if not full.is_file():
                yield Refused(rel, "not a regular file")
                continue
            count += 1
            _check_count(count, limits, archive)
            size = full.stat().st_size
            _check_size(rel, size, limits, archive)
            total += size
            _check_total(total, limits, archive)
            yield Entry(rel, size, _file_opener(full))


def _file_opener(full: Path):
    return lambda: open(full, "rb")
