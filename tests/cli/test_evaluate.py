"""`truceline evaluate` in-process on a tiny gold set."""

from __future__ import annotations

import importlib.util
import json

import pytest

import truceline.cli as cli
import truceline.cli.extract as extract_cmd
from truceline.model import Claim, Count, Document, Envelope, Location, Party, Period, Span, to_json

TEXT = "Truce holds\n\nThe ministry registered 15 ceasefire violations in Idlib on 14 August."


def gold_claims() -> tuple[Claim, ...]:
    ev = (Span(13, 60, TEXT[13:60]),)
    tally = Claim(
        kind="violation_tally",
        evidence=ev,
        id="c1",
        count=Count(15),
        period=Period("2019-08-14", "2019-08-14"),
        locations=(Location("Idlib", "Idlib", "at", "admin1", "SY", "Idlib"),),
        claimant=Party("Russian Defence Ministry", "The ministry", "military", ("ministry",)),
    )
    background = Claim(kind="agreement", evidence=ev, id="c2", optional=True)
    return (tally, background)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch):
    monkeypatch.setattr(extract_cmd, "load_resolver", lambda: None)
    present = tuple(c for c in cli.COMMANDS if importlib.util.find_spec(f"truceline.cli.{c}"))
    monkeypatch.setattr(cli, "COMMANDS", present)


@pytest.fixture
def devset(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "pred").mkdir()
    doc = Document(TEXT, "d-xx-01", "Truce holds", None, "2019-08-15")
    gold = Envelope(doc, gold_claims())
    (tmp_path / "gold" / "d-xx-01.json").write_text(json.dumps(to_json(gold, with_text=False)))
    (tmp_path / "docs" / "d-xx-01.txt").write_text(TEXT, encoding="utf-8")
    tally = gold_claims()[0]
    wrong = Claim(kind="incident", evidence=tally.evidence, id="c2")
    pred = Envelope(doc, (tally, wrong))
    (tmp_path / "pred" / "d-xx-01.json").write_text(json.dumps(to_json(pred)))
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_table_with_predictions(devset, capsys):
    code, out, err = run(capsys, "evaluate", str(devset / "gold"), str(devset / "docs"),
                         "--pred", str(devset / "pred"))  # fmt: skip
    assert code == 0, err
    assert "1 documents: 1 gold claims, 2 predicted, 1 matched" in out
    overall = next(line for line in out.splitlines() if line.startswith("overall"))
    assert overall.split()[1:4] == ["0.500", "1.000", "0.667"]
    assert "claimant" in out


def test_json_figures(devset, capsys):
    code, out, _ = run(capsys, "evaluate", str(devset / "gold"), str(devset / "docs"),
                       "--pred", str(devset / "pred"), "--json")  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["overall"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "matched": 1,
                               "predicted": 2, "gold": 1}  # fmt: skip
    assert data["per_kind"]["incident"]["predicted"] == 1
    assert data["fields"]["claimant"] == {"accuracy": 1.0, "correct": 1, "n": 1}
    assert data["fields"]["outcome"]["accuracy"] is None


def test_verbose_lists_extras_and_misses(devset, capsys):
    _, out, _ = run(capsys, "evaluate", str(devset / "gold"), str(devset / "docs"),
                    "--pred", str(devset / "pred"), "-v")  # fmt: skip
    assert "== d-xx-01" in out
    assert "extra  c2 incident" in out
    assert "registered 15 ceasefire violations" in out


def test_gate_passes_at_zero_floors(devset, capsys):
    floors = devset / "floors.json"
    floors.write_text(json.dumps({"f1": 0.0, "claimant": 0.0, "outcome": 0.0}))
    code, _, err = run(capsys, "evaluate", str(devset / "gold"), str(devset / "docs"),
                       "--pred", str(devset / "pred"), "--gate", str(floors))  # fmt: skip
    assert code == 0
    assert "gate: passed" in err


def test_gate_fails_naming_each_figure_below_its_floor(devset, capsys):
    floors = devset / "floors.json"
    floors.write_text(json.dumps({"f1": 0.9, "precision": 0.6, "recall": 1.0, "claimant": 1.0}))
    code, _, err = run(capsys, "evaluate", str(devset / "gold"), str(devset / "docs"),
                       "--pred", str(devset / "pred"), "--gate", str(floors), "--json")  # fmt: skip
    assert code == 1
    assert "f1 is 0.667, below its floor 0.900" in err
    assert "precision is 0.500" in err
    assert "recall" not in err.replace("gate: FAILED", "")
    assert "claimant" not in err


def test_gate_with_an_unknown_figure_is_an_error(devset, capsys):
    floors = devset / "floors.json"
    floors.write_text(json.dumps({"F1": 0.5}))
    code, _, err = run(capsys, "evaluate", str(devset / "gold"), str(devset / "docs"),
                       "--gate", str(floors))  # fmt: skip
    assert code == 2
    assert "unknown figure 'F1'" in err


def test_runs_the_extractor_with_the_gold_metadata(devset, capsys, monkeypatch):
    seen = []

    def fake(document, resolver=None):
        seen.append(document)
        return Envelope(document, ())

    monkeypatch.setattr("truceline.extract.pipeline.extract", fake)
    code, out, _ = run(capsys, "evaluate", str(devset / "gold"), str(devset / "docs"))
    assert code == 0
    assert [(d.id, d.title, d.published, d.text) for d in seen] == [
        ("d-xx-01", "Truce holds", "2019-08-15", TEXT)
    ]
    assert "0 predicted" in out


def test_real_extractor_runs_on_the_gold_set(devset, capsys):
    code, out, err = run(capsys, "evaluate", str(devset / "gold"), str(devset / "docs"))
    assert code == 0, err
    assert "overall" in out


def test_missing_gold_dir_is_a_clear_error(tmp_path, capsys):
    code, _, err = run(capsys, "evaluate", str(tmp_path / "nope"), str(tmp_path))
    assert code == 2
    assert "not a directory" in err
