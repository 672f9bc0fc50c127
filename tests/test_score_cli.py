"""The ``screener score --jsonl`` contract: one line per input line, same order."""

from __future__ import annotations

import json

from click.testing import CliRunner

from screener.cli import main


def _run(lines: list[str], *args: str) -> list[dict]:
    result = CliRunner().invoke(main, ["score", "--jsonl", *args], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_score_cli_writes_one_line_per_input_in_order():
    lines = [
        json.dumps({"id": 1, "text": "Ik maak je af"}),
        json.dumps({"id": "b", "text": "Lekker weertje vandaag ☀️", "lang": "nl"}),
        json.dumps({"id": 3, "text": "@boss you are an idiooot 😡", "lang": "en"}),
    ]
    out = _run(lines)
    assert [o["id"] for o in out] == [1, "b", 3]
    assert set(out[0]) == {"id", "lang", "negative", "sensitive", "flags"}
    assert out[0]["flags"][0]["category"] == "threat"
    assert out[1]["flags"] == [] and out[1]["lang"] == "nl"
    flag = out[2]["flags"][0]
    assert set(flag) == {"category", "severity", "rule", "evidence"}
    text = "@boss you are an idiooot 😡"
    for ev in flag["evidence"]:
        assert text[ev["start"] : ev["end"]] == ev["text"]


def test_score_cli_reports_malformed_lines_and_goes_on():
    out = _run(
        ["{not json", json.dumps({"id": 7, "text": 12}), json.dumps({"id": 8, "text": "ok"})]
    )
    assert out[0]["id"] is None and "error" in out[0]
    assert out[1] == {"id": 7, "error": out[1]["error"]} and "text" in out[1]["error"]
    assert out[2]["id"] == 8 and "flags" in out[2]


def test_score_cli_categories_option_filters():
    out = _run([json.dumps({"id": 1, "text": "fuck, ik maak je af", "lang": "nl"})],
               "--categories", "threat")  # fmt: skip
    assert {f["category"] for f in out[0]["flags"]} == {"threat"}


def test_score_cli_rejects_unknown_category():
    result = CliRunner().invoke(main, ["score", "--jsonl", "--categories", "rudeness"], input="")
    assert result.exit_code == 2


def test_eval_cli_reports_per_category_and_language(tmp_path):
    gold = [
        {"id": "nl-1", "text": "Ik maak je af", "lang": "nl", "labels": ["threat"],
         "negative": True, "sensitive": False, "note": ""},
        {"id": "nl-2", "text": "je bent geen idioot", "lang": "nl", "labels": [],
         "negative": False, "sensitive": False, "note": "hard negative: negated insult"},
        {"id": "en-1", "text": "you are such an idiot", "lang": "en", "labels": ["insult"],
         "negative": True, "sensitive": False, "note": ""},
        {"id": "en-2", "text": "I would never hurt you", "lang": "en", "labels": ["threat"],
         "negative": False, "sensitive": False, "note": "wrongly labelled on purpose"},
    ]  # fmt: skip
    for lang in ("nl", "en"):
        rows = [json.dumps(g) for g in gold if g["lang"] == lang]
        (tmp_path / f"{lang}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "--gold", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["nl"]["categories"]["threat"] == {
        "precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0, "support": 1,
    }  # fmt: skip
    assert report["en"]["categories"]["threat"]["recall"] == 0.0
    assert report["en"]["categories"]["insult"]["tp"] == 1
    table = CliRunner().invoke(main, ["eval", "--gold", str(tmp_path)]).output
    assert "threat" in table and "macro-F1" in table


def test_score_stream_writes_each_batch_before_reading_on():
    import io

    from screener.commands.analysis import score_stream

    out = io.BytesIO()
    seen_before_third_batch: list[int] = []

    def lines():
        for i in range(25):
            if i == 20:  # the first two batches of 10 must be out by now
                seen_before_third_batch.append(out.getvalue().count(b"\n"))
            yield json.dumps({"id": i, "text": "je bent een sukkel"}).encode() + b"\n"

    assert score_stream(lines(), out, batch_size=10) == 25
    assert seen_before_third_batch == [20]
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == list(range(25))
    assert all(r["flags"][0]["category"] == "insult" for r in rows)
