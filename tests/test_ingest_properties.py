"""Property tests: whatever the bytes, a parser gives records or a ScreenerError.

Random bytes and truncated or corrupted copies of the real-format test files are fed to
every registered parser and to the detection path. Run the long variant with ``-m slow``.
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screener.errors import ScreenerError
from screener.ingest import PARSERS, ParseContext, parse_export, parse_member
from screener.records import Connection, Post, Profile

DATA = Path(__file__).parent / "data"
PLATFORM_DIRS = ("linkedin", "x", "facebook", "mastodon", "instagram", "generic")
FILES = sorted(p for d in PLATFORM_DIRS for p in (DATA / d).rglob("*") if p.is_file())
CONTENTS = {p: p.read_bytes() for p in FILES}
KEYS = sorted(PARSERS)
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))


def _run(key: str, data: bytes) -> None:
    try:
        records = list(PARSERS[key](data, ParseContext(name="fuzz")))
    except ScreenerError:
        return
    assert all(isinstance(r, Post | Connection | Profile) for r in records)


def _run_member(name: str, data: bytes) -> None:
    try:
        list(parse_member(name, data))
    except ScreenerError:
        pass


@st.composite
def damaged(draw):
    """A real test file, cut short and maybe with a few bytes overwritten."""
    path = draw(st.sampled_from(FILES))
    data = bytearray(CONTENTS[path])
    cut = draw(st.integers(0, len(data)))
    data = data[:cut]
    for _ in range(draw(st.integers(0, 3))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return path.name, bytes(data)


def _random_bytes(key: str, data: bytes) -> None:
    _run(key, data)


def _damaged_files(key: str, sample: tuple[str, bytes]) -> None:
    name, data = sample
    _run(key, data)
    _run_member(name, data)


@FAST
@given(key=st.sampled_from(KEYS), data=st.binary(max_size=4096))
def test_parsers_random_bytes_give_records_or_screener_error(key, data):
    _random_bytes(key, data)


@FAST
@given(key=st.sampled_from(KEYS), sample=damaged())
def test_parsers_damaged_files_give_records_or_screener_error(key, sample):
    _damaged_files(key, sample)


@FAST
@given(sample=damaged())
def test_parse_export_damaged_zip_gives_bundle_or_screener_error(sample):
    name, data = sample
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "upload.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(name, data)
        raw = archive.read_bytes()
        for blob in (raw, raw[: len(raw) * 2 // 3]):
            archive.write_bytes(blob)
            try:
                parse_export(archive)
            except ScreenerError:
                pass


@pytest.mark.slow
@SLOW
@given(key=st.sampled_from(KEYS), data=st.binary(max_size=4096))
def test_parsers_random_bytes_many_examples(key, data):
    _random_bytes(key, data)


@pytest.mark.slow
@SLOW
@given(key=st.sampled_from(KEYS), sample=damaged())
def test_parsers_damaged_files_many_examples(key, sample):
    _damaged_files(key, sample)
