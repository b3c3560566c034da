"""`truceline ingest`: files in, a summary out, the same files again add nothing."""


def test_ingest_twice(sample_ledger, cli, capsys):
    capsys.readouterr()
    assert cli("ingest", "examples/reports", "--db", sample_ledger) == 0
    out = capsys.readouterr().out
    assert out.startswith("0 new reports, 0 new versions, 12 already stored")


def test_db_from_the_environment(tmp_path, cli, capsys, monkeypatch):
    monkeypatch.setenv("TRUCELINE_DB", f"sqlite:///{tmp_path / 'env.sqlite'}")
    (tmp_path / "r.txt").write_text("Monitors said 3 violations were recorded in Hama on Monday.")
    assert cli("ingest", tmp_path / "r.txt", "--published", "2024-05-07") == 0
    assert (tmp_path / "env.sqlite").exists()
    assert "1 new reports" in capsys.readouterr().out


def test_unreadable_input_fails_with_the_reason(tmp_path, cli, caplog):
    assert (
        cli("ingest", tmp_path / "missing.txt", "--db", f"sqlite:///{tmp_path / 'x.sqlite'}") == 1
    )
    assert "missing.txt: No such file" in caplog.text
