"""`truceline export`: every format writes, filters apply."""

import csv
import json

import pyarrow.parquet as pq

from truceline.export.acled import COLUMNS


def test_every_format(sample_ledger, cli, tmp_path, capsys):
    for fmt in ("acled", "geojson", "jsonl", "parquet"):
        assert cli("export", fmt, "--db", sample_ledger, "--out", tmp_path / fmt) == 0
    with (tmp_path / "acled").open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
    assert tuple(reader.fieldnames) == COLUMNS and rows
    assert {r["event_type"] for r in rows} <= {"Battles", "Explosions/Remote violence",
                                              "Strategic developments"}  # fmt: skip
    geo = json.loads((tmp_path / "geojson").read_text(encoding="utf-8"))
    layers = {f["properties"]["layer"] for f in geo["features"]}
    assert geo["type"] == "FeatureCollection" and layers == {"event", "claim"}
    lines = (tmp_path / "jsonl").read_text(encoding="utf-8").splitlines()
    table = pq.read_table(tmp_path / "parquet")
    assert table.num_rows == len(lines) > 0


def test_filters_and_stdout(sample_ledger, cli, capsys):
    capsys.readouterr()
    assert cli("export", "jsonl", "--db", sample_ledger, "--claimant", "joint forces") == 0
    claims = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert claims and all("joint forces" in c["claimant"]["name"].lower() for c in claims)


def test_parquet_needs_a_file(sample_ledger, cli):
    assert cli("export", "parquet", "--db", sample_ledger) == 2
