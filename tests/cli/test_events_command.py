"""`truceline events`: each event with its status and the claims behind it."""

import json


def test_events_list_and_json(sample_ledger, cli, capsys):
    capsys.readouterr()
    assert cli("events", "--db", sample_ledger) == 0
    out = capsys.readouterr().out
    assert "single-source" in out and out.rstrip().endswith("events")
    assert cli("events", "--db", sample_ledger, "--json", "--kind", "violation_tally") == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert events and all(c["kind"] == "violation_tally" for e in events for c in e["claims"])
