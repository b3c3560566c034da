"""`truceline settings` shows values from the environment."""


def test_settings_table(cli, capsys, monkeypatch):
    monkeypatch.setenv("TRUCELINE_DB", "sqlite:///x.sqlite")
    assert cli("settings") == 0
    out = capsys.readouterr().out
    assert "TRUCELINE_DB" in out and "sqlite:///x.sqlite" in out and "TRUCELINE_TIMEOUT" in out
