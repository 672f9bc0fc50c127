"""reports.charts: inline-safe, deterministic SVG for the candidate page and the PDF."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from screener.reports.charts import PALETTE, category_bars_svg, timeline_svg

SVG = "{http://www.w3.org/2000/svg}"

MONTHS = [
    ("2023-11", {"complaint": 2, "insult": 1}),
    ("2023-12", {}),
    ("2024-01", {"complaint": 1}),
    ("2024-02", {"threat": 3, "complaint": 1}),
]


def _parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    return root


def _no_style_or_script(root: ET.Element) -> None:
    for el in root.iter():
        assert "style" not in el.attrib
        assert not any(name.startswith("on") for name in el.attrib)
        assert el.tag not in (f"{SVG}script", f"{SVG}foreignObject", f"{SVG}style")


def test_timeline_svg_draws_one_bar_segment_per_month_and_category():
    root = _parse(timeline_svg(MONTHS))
    bars = [r for r in root.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
    titles = sorted(r.find(f"{SVG}title").text for r in bars)
    assert titles == sorted(
        [
            "2023-11 · complaint: 2",
            "2023-11 · insult: 1",
            "2024-01 · complaint: 1",
            "2024-02 · complaint: 1",
            "2024-02 · threat: 3",
        ]
    )
    fills = {r.find(f"{SVG}title").text.split(" · ")[1].split(":")[0]: r.get("fill") for r in bars}
    assert fills == {c: PALETTE[c] for c in ("complaint", "insult", "threat")}


def test_timeline_svg_bar_heights_are_proportional_to_counts():
    root = _parse(timeline_svg(MONTHS))
    heights = {
        r.find(f"{SVG}title").text: float(r.get("height"))
        for r in root.iter(f"{SVG}rect")
        if r.find(f"{SVG}title") is not None
    }
    assert heights["2024-02 · threat: 3"] == pytest.approx(
        3 * heights["2024-01 · complaint: 1"], 0.02
    )


def test_timeline_svg_labels_gap_months_on_the_axis():
    texts = [t.text for t in _parse(timeline_svg(MONTHS)).iter(f"{SVG}text")]
    assert {"2023-11", "2023-12", "2024-01", "2024-02"} <= set(texts)


def test_timeline_svg_escapes_hostile_labels():
    hostile = '<script>alert(1)</script>"&'
    svg = timeline_svg(
        [("2024-01", {hostile: 1, "complaint": 1})],
        labels={"complaint": "<img src=x onerror=alert(1)>"},
        title="</title><script>x</script>",
    )
    root = _parse(svg)
    _no_style_or_script(root)
    assert "<script" not in svg and "<img" not in svg
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert hostile in texts and "<img src=x onerror=alert(1)>" in texts


def test_timeline_svg_has_no_style_attributes_and_is_deterministic():
    first = timeline_svg(MONTHS, labels={"complaint": "Klagen"})
    assert first == timeline_svg(list(MONTHS), labels={"complaint": "Klagen"})
    _no_style_or_script(_parse(first))


@pytest.mark.parametrize("months", [[], [("2024-01", {})], [("2024-01", {"complaint": 0})]])
def test_timeline_svg_empty_data_gives_valid_svg_with_message(months):
    root = _parse(timeline_svg(months, empty="Geen bevindingen"))
    assert [t.text for t in root.iter(f"{SVG}text")] == ["Geen bevindingen"]
    assert root.find(f"{SVG}rect") is None


def test_timeline_svg_thins_axis_labels_for_long_ranges():
    months = [(f"{2000 + i // 12}-{i % 12 + 1:02d}", {"complaint": i % 3}) for i in range(120)]
    root = _parse(timeline_svg(months))
    month_labels = [t.text for t in root.iter(f"{SVG}text") if t.text and t.text[:2] == "20"]
    assert 8 <= len(month_labels) <= 13


def test_category_bars_svg_orders_categories_and_skips_zero():
    svg = category_bars_svg({"threat": 2, "complaint": 5, "insult": 0, "zzz<b>": 1})
    root = _parse(svg)
    _no_style_or_script(root)
    labels = [t.text for t in root.iter(f"{SVG}text")][::2]
    assert labels == ["complaint", "threat", "zzz<b>"]
    widths = [float(r.get("width")) for r in root.iter(f"{SVG}rect")]
    assert widths[0] == max(widths) and widths[1] == pytest.approx(widths[0] * 2 / 5, 0.02)


def test_category_bars_svg_empty_counts():
    root = _parse(category_bars_svg({}, empty="—"))
    assert root.find(f"{SVG}rect") is None
