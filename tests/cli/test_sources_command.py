"""`truceline sources add/list/remove`."""


def test_add_list_remove(tmp_path, cli, capsys):
    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    assert cli("sources", "add", "army", "https://army.example/feed.xml", "--claimant", "Army",
               "--interval", "60", "--db", db) == 0  # fmt: skip
    assert cli("sources", "add", "army", "https://other.example/", "--db", db) == 2
    assert cli("sources", "list", "--db", db) == 0
    assert (
        "army\tfeed\t60s\tArmy\thttps://army.example/feed.xml\tpolled never"
        in capsys.readouterr().out
    )
    assert cli("sources", "remove", "army", "--db", db) == 0
    assert cli("sources", "remove", "army", "--db", db) == 2
    assert cli("sources", "add", "x", "file:///etc/passwd", "--db", db) == 2
