"""LinkedIn parsers over hand-written files in the exact export formats (formats.md §1)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from screener.ingest import PARSERS, ParseContext, detect_platform, parse_export
from screener.records import Connection, Post, Profile

DATA = "linkedin"


def _read(data_dir, name):
    return (data_dir / DATA / name).read_bytes()


def _parse(data_dir, key, name):
    ctx = ParseContext(name=name)
    return list(PARSERS[key](_read(data_dir, name), ctx)), ctx


@pytest.mark.parametrize(
    ("name", "names", "dates", "urls", "blank"),
    [
        # ≤2018: no preamble, no URL column, US "M/D/YY, h:mm PM" dates
        (
            "connections_2018.csv",
            ["Maarten de Vries", "Sophie Jansen"],
            [date(2018, 1, 8), date(2017, 12, 24)],
            [None, None],
            0,
        ),
        # 2022: the Notes preamble, "09 Sep 2022", rows holding only a date
        (
            "connections_2022_preamble.csv",
            ["Fleur Vermeulen", "Daan Smit"],
            [date(2022, 9, 9), date(2022, 8, 14)],
            [None, None],
            2,
        ),
        # 2024: the URL column inserted at index 2, trailing spaces, emoji, small caps
        (
            "connections_2024_url.csv",
            ["Priyanka Bos", "Noor El Amrani ✅", "sʜᴜʙʜᴀᴍ K (CSM®)"],
            [date(2024, 3, 3), date(2024, 2, 28), date(2024, 1, 2)],
            [
                "https://www.linkedin.com/in/priyanka-bos-4a1b2c",
                "https://www.linkedin.com/in/%F0%9D%98%80noor-60475a25b",
                "https://www.linkedin.com/in/shubham-k",
            ],
            1,
        ),
        # Excel re-save: preamble gone, CRLF, "9-Sep-22", a trailing all-empty row
        (
            "connections_excel_resave.csv",
            ["Lotte Peeters", "Bram Willems"],
            [date(2022, 9, 9), date(2021, 1, 17)],
            [None, None],
            0,
        ),
        # Excel with a Dutch locale, "CSV UTF-8": BOM, semicolons, CRLF, day-first dates
        (
            "connections_excel_nl_semicolon.csv",
            ["Joëlle van den Berg", "Kees Jansen"],
            [date(2022, 9, 9), date(2021, 1, 17)],
            [
                "https://www.linkedin.com/in/joelle-vdberg",
                "https://www.linkedin.com/in/kees-jansen-12",
            ],
            1,
        ),
    ],
)
def test_parse_linkedin_connections_variants(data_dir, name, names, dates, urls, blank):
    records, ctx = _parse(data_dir, "linkedin.connections", name)
    assert all(isinstance(r, Connection) and r.platform == "linkedin" for r in records)
    assert [r.name for r in records] == names
    assert [r.connected_on for r in records] == dates
    assert [r.profile_url for r in records] == urls
    assert ctx.blank_connections == blank
    assert all(r.name for r in records), "blank rows never become people"


def test_parse_linkedin_connections_keeps_quoted_commas_and_quotes(data_dir):
    records, _ = _parse(data_dir, "linkedin.connections", "connections_2024_url.csv")
    assert records[0].company == "Stripe, Inc."
    assert records[1].position == 'Data Analyst "Team Lead"'


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "shares_2018_utf16.csv",
            [
                (
                    "urn:li:activity:6278462214213459968",
                    datetime(2017, 6, 8, 8, 15, 44, tzinfo=UTC),
                    "Trots op ons team: de nieuwe planning staat!",
                ),
                (
                    "urn:li:activity:6264412345678901234",
                    datetime(2017, 5, 2, 17, 40, 1, tzinfo=UTC),
                    "Great talk on logistics & data today.",
                ),
            ],
        ),
        (
            "shares_2022_multiline.csv",
            [
                (
                    "urn:li:share:6975012345678901234",
                    datetime(2022, 9, 12, 8, 15, 44, tzinfo=UTC),
                    "Eerste regel van mijn bericht.\n\nDerde regel, na een lege regel.",
                ),
                (
                    "urn:li:ugcPost:6960000000000000001",
                    datetime(2022, 8, 1, 12, 0, tzinfo=UTC),
                    'He wrote "we deliver on time"\nNext line',
                ),
                (
                    "urn:li:activity:6950000000000000002",
                    datetime(2022, 7, 15, 9, 30, tzinfo=UTC),
                    "",
                ),
            ],
        ),
        (
            "shares_2025_casing.csv",
            [
                (
                    "urn:li:share:7300000000000000003",
                    datetime(2025, 3, 4, 10, 11, 12, tzinfo=UTC),
                    "Blij met de 𝗻𝗶𝗲𝘂𝘄𝗲 baan 🎉 lnkd.in/abc",
                )
            ],
        ),
    ],
)
def test_parse_linkedin_shares_variants(data_dir, name, expected):
    records, _ = _parse(data_dir, "linkedin.shares", name)
    assert [(r.id, r.created_at, r.text) for r in records] == expected
    assert all(isinstance(r, Post) and r.kind == "share" for r in records)
    assert all(r.url and r.url.startswith("https://www.linkedin.com/feed/update/") for r in records)


def test_parse_linkedin_shares_detects_utf16_by_bom(data_dir):
    data = _read(data_dir, "shares_2018_utf16.csv")
    assert data[:2] == b"\xff\xfe"
    assert detect_platform("Shares.csv", data) == "linkedin"


@pytest.mark.parametrize(
    ("name", "texts"),
    [
        (
            "comments_2025_backslash.csv",
            ['Helemaal eens met "minder vergaderen", echt.', 'Thanks, "great" point'],
        ),
        (
            "comments_2024_unquoted.csv",
            [
                'Goed punt, "P1" eerst',
                "We zoeken nog mensen:\nMCA (freshers graduate)\njobs@example.com",
                "Kort bericht",
            ],
        ),
    ],
)
def test_parse_linkedin_comments_repairs_quoting(data_dir, name, texts):
    records, _ = _parse(data_dir, "linkedin.comments", name)
    assert [r.text for r in records] == texts
    assert all(r.kind == "comment" and r.is_reply for r in records)
    assert len({r.id for r in records}) == len(records)


def test_parse_linkedin_folder_merges_profile_and_positions(data_dir):
    bundle = parse_export(data_dir / DATA)
    assert bundle.platforms == ("linkedin",)
    (profile,) = bundle.profiles
    assert isinstance(profile, Profile)
    assert profile.name == "Eva de Boer"
    assert profile.headline == "Logistiek planner bij Transportbedrijf Noord"
    assert [p.company for p in profile.positions] == ["Transportbedrijf Noord", "Bakker & Zonen"]
    assert profile.positions[0].finished_on == ""
    assert '"Lean"' in profile.positions[0].description
    assert bundle.blank_connections == 4
    assert len(bundle.connections) == 11
    dates = [p.created_at for p in bundle.posts]
    assert dates == sorted(dates, reverse=True)


def test_parse_linkedin_folder_skips_messages_and_reactions(data_dir):
    bundle = parse_export(data_dir / DATA)
    reasons = {s.name: s.reason for s in bundle.skipped}
    assert reasons["messages.csv"] == "not used: direct messages are never stored"
    assert reasons["reactions.csv"] == "not used: likes and reactions are never stored"
    assert not any("Hoi Daan" in p.text for p in bundle.posts)
