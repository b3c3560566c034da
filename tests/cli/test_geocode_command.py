import json

from truceline.cli import main


def test_table_and_json(capsys):
    assert main(["geocode", "Masyaf", "Qqqxxzv", "--country", "SY"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "Hama" in out[0] and "unresolved" in out[1]
    assert main(["geocode", "Masyaf", "--json"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["mention"] == "Masyaf" and row["admin1"] == "Hama" and "candidates" in row


def test_names_from_stdin(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("Idlib\n\nGorlovka\n"))
    assert main(["geocode", "-", "--json"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["mention"] for r in rows] == ["Idlib", "Gorlovka"]
