"""Mastodon account archives as zip and tar.gz, and following_accounts.csv (formats.md §4)."""

from __future__ import annotations

import tarfile
import zipfile
from datetime import date

import pytest

from screener.ingest import PARSERS, ParseContext, parse_export

ARCHIVE = "mastodon/archive"


def _zip(src, dest):
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(src.iterdir()):
            zf.write(path, path.name)
    return dest


def _targz(src, dest):
    with tarfile.open(dest, "w:gz") as tf:
        for path in sorted(src.iterdir()):
            tf.add(path, arcname=path.name)
    return dest


@pytest.fixture(params=["zip", "tar.gz"])
def archive(request, data_dir, tmp_path):
    # newer servers produce a .zip (mastodon#23360), older ones and lagging instances tar.gz
    build = _zip if request.param == "zip" else _targz
    return build(data_dir / ARCHIVE, tmp_path / f"archive-20240701.{request.param}")


def test_parse_mastodon_archive_in_both_containers(archive):
    bundle = parse_export(archive)
    assert bundle.platforms == ("mastodon",)
    assert len(bundle.posts) == 5
    (profile,) = bundle.profiles
    assert profile.handle == "anne@fictief.social"
    assert profile.profile_url == "https://fictief.social/@anne"


def test_parse_mastodon_outbox_keeps_the_last_duplicate_ordered_items(data_dir):
    # mastodon#31091: "orderedItems":[] followed by the real list in the same object
    data = (data_dir / ARCHIVE / "outbox.json").read_bytes()
    assert data.count(b'"orderedItems"') == 2
    posts = list(PARSERS["mastodon.outbox"](data))
    assert len(posts) == 5


def test_parse_mastodon_drops_direct_and_followers_only_posts(data_dir):
    ctx = ParseContext(name="outbox.json")
    posts = list(PARSERS["mastodon.outbox"]((data_dir / ARCHIVE / "outbox.json").read_bytes(), ctx))
    assert ctx.dropped_private == 2
    texts = " ".join(p.text for p in posts)
    assert "geheim" not in texts and "privé" not in texts
    # unlisted (Public in cc) is something the author published
    assert any(p.text.startswith("Unlisted:") for p in posts)


def test_parse_mastodon_flattens_html_to_plain_text(archive):
    posts = {p.id.rsplit("/", 1)[-1]: p for p in parse_export(archive).posts}
    assert posts["11001"].text == (
        "Nieuwe blog over planning: https://example.org/blog/2024/planning-in-de-praktijk"
        "\n\nReacties welkom & #logistiek"
    )
    assert posts["11002"].text == "Unlisted: rustig weekend gehad.\nMaandag weer aan de slag."
    assert posts["11001"].url == "https://fictief.social/@anne/11001"
    assert posts["11001"].lang == "nl"
    # the content warning is part of what the author wrote
    assert posts["11007"].text.startswith("Gemopper over de trein\n\n")


def test_parse_mastodon_boosts_are_reposts_and_replies_marked(archive):
    posts = {
        p.id.rsplit("/", 2)[-2] if p.is_repost else p.id.rsplit("/", 1)[-1]: p
        for p in parse_export(archive).posts
    }
    boost = posts["11005"]
    assert boost.is_repost and boost.text == ""
    assert boost.url == "https://andere.server/users/piet/statuses/999"
    assert posts["11006"].is_reply and posts["11006"].text == "@piet klopt, goed punt!"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "following_accounts.csv",
            [
                ("piet@andere.server", "https://andere.server/@piet"),
                ("lotte@fictief.social", "https://fictief.social/@lotte"),
            ],
        ),
        # before Mastodon 4.0 the CSV had only two columns (mastodon#19095)
        ("following_accounts_pre4.csv", [("kees@voorbeeld.nl", "https://voorbeeld.nl/@kees")]),
    ],
)
def test_parse_mastodon_following_accounts(data_dir, name, expected):
    people = list(PARSERS["mastodon.following"]((data_dir / "mastodon" / name).read_bytes()))
    assert [(c.handle, c.profile_url) for c in people] == expected
    assert all(c.relation == "following" and c.name == c.handle for c in people)
    assert all(c.connected_on is None or isinstance(c.connected_on, date) for c in people)


def test_parse_mastodon_skips_likes(archive):
    reasons = {s.name: s.reason for s in parse_export(archive).skipped}
    assert reasons["likes.json"].startswith("not used: likes")
