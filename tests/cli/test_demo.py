"""`truceline demo DIR` in-process."""

from __future__ import annotations

import importlib.util
import json

import pytest

import truceline.cli as cli
import truceline.cli.extract as extract_cmd
from truceline.model import Claim, Count, Envelope, Period, Span


@pytest.fixture(autouse=True)
def _isolated(monkeypatch):
    monkeypatch.setattr(extract_cmd, "load_resolver", lambda: None)
    present = tuple(c for c in cli.COMMANDS if importlib.util.find_spec(f"truceline.cli.{c}"))
    monkeypatch.setattr(cli, "COMMANDS", present)


def test_demo_table_uses_published_json(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.txt").write_text("Fifteen violations were recorded.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Nothing here.", encoding="utf-8")
    (tmp_path / "published.json").write_text(json.dumps({"a.txt": "2019-08-15"}))
    seen = {}

    def fake(document, resolver=None):
        seen[document.text[:5]] = document.published
        if not document.text.startswith("Fifteen"):
            return Envelope(document.with_id(), ())
        claim = Claim("violation_tally", (Span(0, 18, document.text[:18]),), "c1",
                      count=Count(15, "approximate"), period=Period("2019-08-14", "2019-08-15"))  # fmt: skip
        return Envelope(document.with_id(), (claim,))

    monkeypatch.setattr("truceline.extract.pipeline.extract", fake)
    assert cli.main(["demo", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert seen == {"Fifte": "2019-08-15", "Nothi": None}
    rows = out.splitlines()
    assert rows[0].split()[:3] == ["doc", "kind", "count"]
    assert rows[1].split()[:3] == ["a", "violation_tally", "~15"]
    assert "2019-08-14..2019-08-15" in rows[1] and "Fifteen violations" in rows[1]
    assert rows[2].split() == ["b", "(no", "claims)"]


def test_demo_on_a_missing_dir_is_a_clear_error(tmp_path, capsys):
    assert cli.main(["demo", str(tmp_path / "nope")]) == 2
    assert "not a directory" in capsys.readouterr().err
