"""Hostile archives, built at test time: every refusal is a ScreenerError with advice."""

from __future__ import annotations

import io
import stat
import struct
import tarfile
import time
import zipfile

import pytest

from screener.errors import BadExportError, UnknownPlatformError, UnsafeArchiveError
from screener.ingest import ArchiveLimits, parse_export
from screener.settings import DEFAULTS

CONNECTIONS = b"First Name,Last Name,Connected On\nAda,Lovelace,09 Sep 2022\n"


def _zip(path, members, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as zf:
        for name, data in members:
            if isinstance(name, zipfile.ZipInfo):
                zf.writestr(name, data)
            else:
                zf.writestr(name, data)
    return path


def _declare_size(path, size):
    """Rewrite a zip's declared uncompressed sizes (local and central headers)."""
    raw = bytearray(path.read_bytes())
    at = raw.find(b"PK\x03\x04")
    struct.pack_into("<I", raw, at + 22, size)
    at = raw.find(b"PK\x01\x02")
    struct.pack_into("<I", raw, at + 24, size)
    path.write_bytes(bytes(raw))
    return path


def _tar(path, members, mode="w:gz"):
    with tarfile.open(path, mode) as tf:
        for info, data in members:
            tf.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def _info(name, size=0, kind=tarfile.REGTYPE, linkname=""):
    info = tarfile.TarInfo(name)
    info.size, info.type, info.linkname = size, kind, linkname
    return info


def test_archive_limits_default_to_the_settings():
    limits = ArchiveLimits.from_settings(DEFAULTS)
    assert limits == ArchiveLimits()


def test_archive_refuses_a_declared_zip_bomb_without_inflating(tmp_path):
    bomb = _declare_size(
        _zip(tmp_path / "bomb.zip", [("Connections.csv", CONNECTIONS)]), 0xFFFFFFF0
    )
    started = time.perf_counter()
    with pytest.raises(UnsafeArchiveError, match="above the 1024 MB limit per file"):
        parse_export(bomb)
    assert time.perf_counter() - started < 1.0


def test_archive_refuses_a_highly_compressed_member(tmp_path):
    zeros = _zip(tmp_path / "zeros.zip", [("tweets.js", b"\0" * (8 * 1024 * 1024))])
    assert zeros.stat().st_size < 40_000
    started = time.perf_counter()
    with pytest.raises(UnsafeArchiveError, match="zip bomb"):
        parse_export(zeros)
    assert time.perf_counter() - started < 1.0


def test_archive_refuses_a_member_that_inflates_beyond_its_declared_size(tmp_path):
    # the header claims 100 bytes; the data inflates to 2 MB: the read is cut off and refused
    data = b"First Name,Last Name,Connected On\n" + b"Ada,Lovelace,09 Sep 2022\n" * 80_000
    liar = _declare_size(_zip(tmp_path / "liar.zip", [("Connections.csv", data)]), 100)
    with pytest.raises((UnsafeArchiveError, BadExportError)):
        parse_export(liar)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../evil.csv", "path traversal"),
        ("data/../../evil.csv", "path traversal"),
        ("/etc/x.csv", "absolute path"),
        ("C:/Windows/x.csv", "absolute path"),
        ("..\\evil.csv", "path traversal"),
    ],
)
def test_archive_refuses_unsafe_zip_names(tmp_path, name, message):
    archive = _zip(tmp_path / "x.zip", [("Connections.csv", CONNECTIONS), (name, CONNECTIONS)])
    with pytest.raises(UnsafeArchiveError, match=message):
        parse_export(archive)


def test_archive_refuses_zip_symlink_members(tmp_path):
    link = zipfile.ZipInfo("Connections.csv")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    archive = _zip(tmp_path / "link.zip", [(link, b"/etc/passwd")])
    with pytest.raises(UnsafeArchiveError, match="symbolic link"):
        parse_export(archive)


@pytest.mark.parametrize(
    ("info", "message"),
    [
        (_info("evil", kind=tarfile.SYMTYPE, linkname="/etc/passwd"), "is a link"),
        (_info("hard", kind=tarfile.LNKTYPE, linkname="Connections.csv"), "is a link"),
        (_info("dev", kind=tarfile.CHRTYPE), "device"),
        (_info("../../evil.csv", size=len(CONNECTIONS)), "path traversal"),
        (_info("/etc/x.csv", size=len(CONNECTIONS)), "absolute path"),
    ],
)
def test_archive_refuses_unsafe_tar_members(tmp_path, info, message):
    data = CONNECTIONS if info.size else None
    archive = _tar(
        tmp_path / "x.tar.gz",
        [(_info("Connections.csv", len(CONNECTIONS)), CONNECTIONS), (info, data)],
    )
    with pytest.raises(UnsafeArchiveError, match=message):
        parse_export(archive)


def test_archive_refuses_a_tar_member_declaring_a_huge_size(tmp_path):
    # only the header is written: the check happens before any data would be read
    path = tmp_path / "huge.tar"
    path.write_bytes(_info("outbox.json", size=10 * 1024**3).tobuf() + b"\0" * 1024)
    started = time.perf_counter()
    with pytest.raises(UnsafeArchiveError, match="limit per file"):
        parse_export(path)
    assert time.perf_counter() - started < 1.0


def test_archive_refuses_too_many_members(tmp_path):
    members = [(f"file{i}.txt", b"x") for i in range(11)]
    archive = _zip(tmp_path / "many.zip", members)
    with pytest.raises(UnsafeArchiveError, match="more than 10 files"):
        parse_export(archive, limits=ArchiveLimits(max_members=10))
    tarball = _tar(tmp_path / "many.tar", [(_info(n, 1), d) for n, d in members], mode="w")
    with pytest.raises(UnsafeArchiveError, match="more than 10 files"):
        parse_export(tarball, limits=ArchiveLimits(max_members=10))


def test_archive_refuses_more_than_the_total_size(tmp_path):
    archive = _zip(tmp_path / "big.zip", [("a.csv", CONNECTIONS), ("b.csv", CONNECTIONS)])
    with pytest.raises(UnsafeArchiveError, match="ARCHIVE_MAX_TOTAL_BYTES"):
        parse_export(archive, limits=ArchiveLimits(max_total_bytes=len(CONNECTIONS) + 1))


def test_archive_skips_nested_archives_and_media(tmp_path):
    inner = _zip(tmp_path / "inner.zip", [("Connections.csv", CONNECTIONS)]).read_bytes()
    archive = _zip(
        tmp_path / "outer.zip",
        [
            ("Connections.csv", CONNECTIONS),
            ("more.zip", inner),
            ("media/a.jpg", b"\xff\xd8\xff\xe0x"),
        ],
    )
    bundle = parse_export(archive)
    reasons = {s.name: s.reason for s in bundle.skipped}
    assert reasons["more.zip"].startswith("nested archive not opened")
    assert reasons["media/a.jpg"].startswith("not used: photos")
    assert [c.name for c in bundle.connections] == ["Ada Lovelace"]


def test_archive_reads_a_plain_tar_and_unknown_members_are_listed(tmp_path):
    archive = _tar(
        tmp_path / "x.tar",
        [
            (_info("Connections.csv", len(CONNECTIONS)), CONNECTIONS),
            (_info("notes.txt", 5), b"hallo"),
        ],
        mode="w",
    )
    bundle = parse_export(archive)
    assert [(s.name, s.reason) for s in bundle.skipped] == [("notes.txt", "not recognised")]


def test_archive_truncated_zip_is_a_bad_export_naming_the_file(tmp_path):
    whole = _zip(tmp_path / "whole.zip", [("Connections.csv", CONNECTIONS * 100)]).read_bytes()
    cut = tmp_path / "Basic_LinkedInDataExport.zip"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(BadExportError, match="Basic_LinkedInDataExport.zip"):
        parse_export(cut)


def test_archive_garbage_is_an_unknown_platform(tmp_path):
    path = tmp_path / "upload.bin"
    path.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(UnknownPlatformError, match="upload.bin: not a recognised export"):
        parse_export(path)


def test_archive_wrong_encoding_names_the_file(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_bytes(
        "First Name,Last Name,Connected On\nRené,Bakker,09 Sep 2022\n".encode("cp1252")
    )
    with pytest.raises(BadExportError, match="Connections.csv: not UTF-8 text"):
        parse_export(path)


def test_archive_zip_with_a_top_folder_equals_the_unpacked_folder(data_dir, tmp_path):
    # a user-unzipped and re-zipped export: "Complete_LinkedInDataExport_09-12-2022 (1)/..."
    archive = tmp_path / "Complete_LinkedInDataExport_09-12-2022.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted((data_dir / "linkedin").iterdir()):
            zf.write(path, f"Complete_LinkedInDataExport_09-12-2022 (1)/{path.name}")
    zipped, folder = parse_export(archive), parse_export(data_dir / "linkedin")
    assert zipped.posts == folder.posts
    assert zipped.connections == folder.connections
    assert zipped.profiles == folder.profiles
    assert zipped.blank_connections == folder.blank_connections
    assert len(zipped.skipped) == len(folder.skipped)


def test_archive_x_zip_names_damaged_member_and_archive(data_dir, tmp_path):
    archive = tmp_path / "twitter-2023-05-01.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("data/tweets.js", b'window.YTD.tweets.part0 = [ {"tweet": {')
    with pytest.raises(BadExportError, match=r"twitter-2023-05-01.zip/data/tweets.js"):
        parse_export(archive)


@pytest.mark.parametrize(
    ("archive", "folder"),
    [
        ("Basic_LinkedInDataExport_09-12-2022.zip", "linkedin"),
        ("twitter-2023-05-01-fictief.zip", "x/gen_c_tweets_js"),
        ("facebook-annefictief-2024-05-03-AbCdEf.zip", "facebook/2024_layout"),
        ("archive-20240701120000-fictief.zip", "mastodon/archive"),
        ("archive-20220101120000-fictief.tar.gz", "mastodon/archive"),
    ],
)
def test_archive_committed_downloads_read_like_their_folders(data_dir, archive, folder):
    packed = parse_export(data_dir / "archives" / archive)
    loose = parse_export(data_dir / folder)
    assert packed.source == archive
    assert (packed.posts, packed.connections, packed.profiles) == (
        loose.posts,
        loose.connections,
        loose.profiles,
    )
    assert (packed.blank_connections, packed.dropped_private) == (
        loose.blank_connections,
        loose.dropped_private,
    )
    assert packed.posts, "every committed download holds posts"
