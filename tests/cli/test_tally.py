"""`truceline tally`: a readable table or JSON, grouped as asked, filtered."""

import json

import pytest


def test_table_and_json(sample_ledger, cli, capsys):
    capsys.readouterr()
    assert cli("tally", "--db", sample_ledger) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:4] == ["day", "admin1", "claimant", "violations"]
    assert any(line.startswith("2024-11-21") and "Hodeidah" in line for line in table)
    assert cli("tally", "--db", sample_ledger, "--by", "day", "--json", "--from", "2024-11-21",
               "--to", "2024-11-21") == 0  # fmt: skip
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["day"] for r in rows] == ["2024-11-21"] and rows[0]["violations"] >= 1


def test_unknown_grouping_is_refused(sample_ledger, cli, capsys):
    assert cli("tally", "--db", sample_ledger, "--by", "week") == 2
    assert "--by takes" in capsys.readouterr().err


@pytest.mark.parametrize("flag", ["--from", "--to"])
def test_bad_dates_are_refused(sample_ledger, cli, flag):
    assert cli("tally", "--db", sample_ledger, flag, "2024-13-01") == 2
