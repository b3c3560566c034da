"""`truceline extract` in-process: inputs of every kind, bad inputs, output options."""

from __future__ import annotations

import importlib.util
import io
import json
import sys

import pytest

import truceline.cli as cli
import truceline.cli.extract as extract_cmd

REPORT = "Shelling in Donetsk\n\nThe OSCE recorded 35 ceasefire violations over the past day.\n"
PAGE = """<!doctype html><html><head><title>Ceasefire broken near Masyaf</title>
<meta property="article:published_time" content="2019-08-15T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Ceasefire broken near Masyaf</h1>
<p>Air defense repelled a missile attack near Masyaf on Wednesday, the Russian Center
for Reconciliation said in a statement issued late on Thursday evening.</p>
<p>Militants shelled four settlements in Latakia province over the past 24 hours,
according to the statement, which also listed incidents in Aleppo.</p></article>
<footer>Copyright 2019 Example News</footer></body></html>"""


@pytest.fixture(autouse=True)
def _isolated(monkeypatch):
    # No gazetteer build in unit tests: places stay unresolved, which extract allows.
    monkeypatch.setattr(extract_cmd, "load_resolver", lambda: None)
    # Sibling commands may still be in the making; only the importable ones register.
    present = tuple(c for c in cli.COMMANDS if importlib.util.find_spec(f"truceline.cli.{c}"))
    monkeypatch.setattr(cli, "COMMANDS", present)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_txt_file_prints_one_indented_envelope(tmp_path, capsys):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    code, out, err = run(capsys, "extract", str(path), "--published", "2020-03-05")
    assert code == 0, err
    assert out.startswith("{\n")
    data = json.loads(out)
    assert data["schema"] == "truceline.claims/1"
    assert data["document"]["text"] == REPORT
    assert data["document"]["published"] == "2020-03-05"
    assert data["document"]["id"].startswith("sha256:")


def test_html_gives_main_text_title_and_date(tmp_path, capsys):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    code, out, err = run(capsys, "extract", str(path))
    assert code == 0, err
    doc = json.loads(out)["document"]
    assert doc["title"] == "Ceasefire broken near Masyaf"
    assert doc["published"] == "2019-08-15"
    assert "repelled a missile attack" in doc["text"]
    assert "<p>" not in doc["text"]
    assert "Home | World" not in doc["text"]


def test_published_flag_overrides_the_page_date(tmp_path, capsys):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    _, out, _ = run(capsys, "extract", str(path), "--published", "2019-08-16")
    assert json.loads(out)["document"]["published"] == "2019-08-16"


def test_directory_gives_json_lines_in_sorted_order(tmp_path, capsys):
    (tmp_path / "b.txt").write_text("second report", encoding="utf-8")
    (tmp_path / "a.txt").write_text("first report", encoding="utf-8")
    (tmp_path / "c.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    code, out, err = run(capsys, "extract", str(tmp_path), "--no-text")
    assert code == 0, err
    docs = lines(out)
    assert len(docs) == 3
    assert "text" not in docs[0]["document"]
    assert docs[0]["document"]["id"] != docs[1]["document"]["id"]
    assert docs[2]["document"]["title"] == "Ceasefire broken near Masyaf"


def test_jsonl_on_stdin_reports_a_bad_line_and_goes_on(monkeypatch, capsys):
    data = "\n".join([
        json.dumps({"id": "r1", "text": "one", "title": "T", "published": "2020-01-02T10:00Z"}),
        "{not json",
        "",
        json.dumps({"text": "two", "url": "https://example.org/2", "language": "en"}),
        json.dumps({"title": "no text"}),
    ])  # fmt: skip
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    code, out, err = run(capsys, "extract", "-")
    assert code == 1
    docs = lines(out)
    assert [d["document"]["text"] for d in docs] == ["one", "two"]
    assert docs[0]["document"]["id"] == "r1"
    assert docs[0]["document"]["published"] == "2020-01-02"
    assert docs[1]["document"]["url"] == "https://example.org/2"
    assert "line 2" in err and "not JSON" in err
    assert "line 5" in err and '"text"' in err


def test_jsonl_line_with_a_bad_date_is_an_error_for_that_line(monkeypatch, capsys):
    data = json.dumps({"text": "x", "published": "yesterday"}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    code, out, err = run(capsys, "extract", "-")
    assert code == 1 and out == ""
    assert "line 1" in err and "yesterday" in err


def test_jsonl_with_a_lone_surrogate_still_prints(monkeypatch, capsys):
    data = '{"text": "bad \\ud800 char"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    code, out, _ = run(capsys, "extract", "-")
    assert code == 0
    assert json.loads(out)["document"]["text"] == "bad \ufffd char"


def test_non_utf8_file_is_decoded(tmp_path, capsys):
    path = tmp_path / "latin.txt"
    path.write_bytes("Café report: 3 attacks near Méziere, résumé.".encode("cp1252"))
    code, out, err = run(capsys, "extract", str(path))
    assert code == 0
    assert json.loads(out)["document"]["text"] == "Café report: 3 attacks near Méziere, résumé."
    assert "not UTF-8" in err


def test_utf16_with_bom_is_text_not_binary(tmp_path, capsys):
    path = tmp_path / "u16.txt"
    path.write_bytes("Обстрел Донецка".encode("utf-16"))
    code, out, _ = run(capsys, "extract", str(path))
    assert code == 0
    assert json.loads(out)["document"]["text"] == "Обстрел Донецка"


def test_binary_file_is_reported_and_the_others_go_on(tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "b.txt").write_text("a fine report", encoding="utf-8")
    code, out, err = run(capsys, "extract", str(tmp_path))
    assert code == 1
    assert json.loads(out)["document"]["text"] == "a fine report"
    assert "a.txt" in err and "binary" in err
    assert "Traceback" not in err


def test_empty_file_gives_an_envelope_with_no_claims(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    code, out, _ = run(capsys, "extract", str(path))
    assert code == 0
    data = json.loads(out)
    assert data["claims"] == [] and data["document"]["text"] == ""


def test_missing_file_is_reported(tmp_path, capsys):
    code, out, err = run(capsys, "extract", str(tmp_path / "nope.txt"))
    assert code == 1 and out == ""
    assert "nope.txt" in err


@pytest.mark.parametrize("bad", ["2020-02-30", "yesterday", "2020/03/05", "20200305"])
def test_bad_published_is_a_clear_error(tmp_path, capsys, bad):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    code, out, err = run(capsys, "extract", str(path), "--published", bad)
    assert code == 2 and out == ""
    assert "--published" in err and "YYYY-MM-DD" in err
    assert "Traceback" not in err


def test_out_writes_the_file(tmp_path, capsys):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    target = tmp_path / "out.json"
    code, out, _ = run(capsys, "extract", str(path), "--out", str(target))
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["document"]["text"] == REPORT


def test_long_text_is_truncated_with_a_warning(tmp_path, capsys):
    path = tmp_path / "long.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    code, out, err = run(capsys, "extract", str(path), "--max-chars", "100")
    assert code == 0
    assert len(json.loads(out)["document"]["text"]) == 100
    assert "truncated" in err


def test_jsonl_file_input_and_mixed_order(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("first", encoding="utf-8")
    feed = tmp_path / "b.jsonl"
    feed.write_text('{"text": "second"}\n[1, 2]\n{"text": "third"}\n', encoding="utf-8")
    code, out, err = run(capsys, "extract", str(tmp_path / "a.txt"), str(feed))
    assert code == 1
    assert [d["document"]["text"] for d in lines(out)] == ["first", "second", "third"]
    assert "b.jsonl line 2: not a JSON object" in err
