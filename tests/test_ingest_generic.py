"""The generic CSV/JSON of date, text and url."""

from __future__ import annotations

from datetime import UTC, datetime

from screener.ingest import detect_platform, parse_export


def test_parse_generic_csv(data_dir):
    bundle = parse_export(data_dir / "generic/posts.csv")
    assert bundle.platforms == ("generic",)
    assert [(p.text, p.url, p.created_at) for p in bundle.posts] == [
        (
            "Eerste bericht op mijn blog",
            "https://blog.example.org/1",
            datetime(2024, 5, 1, 10, tzinfo=UTC),
        ),
        ("Tweede, met komma", None, datetime(2024, 4, 1, tzinfo=UTC)),
    ]


def test_parse_generic_json_with_ids_epochs_and_offsets(data_dir):
    bundle = parse_export(data_dir / "generic/posts.json")
    posts = {p.text: p for p in bundle.posts}
    assert set(posts) == {"Hallo wereld", "Epoch tijd"}, "rows without a date are not posts"
    assert posts["Hallo wereld"].id == "p1"
    assert posts["Hallo wereld"].created_at == datetime(2024, 3, 1, 7, tzinfo=UTC)
    assert posts["Epoch tijd"].created_at == datetime(2024, 3, 1, 8, tzinfo=UTC)


def test_detect_platform_generic_ignores_message_exports():
    header = b"date,from,to,message\n2024-01-01,a,b,hoi\n"
    assert detect_platform("export.csv", header) is None
