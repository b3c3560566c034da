"""`truceline users`, `truceline review` and `truceline audit`, in-process over the samples."""

import io
import json

from sqlalchemy import select

from truceline.store import accounts, connect
from truceline.store.schema import claims, tallies

WHO = "military's media wing"  # its claim: 5 killed on 2019-10-20 in Jura


def _add(cli, monkeypatch, db, name="amira", password="long enough\n", *extra):
    monkeypatch.setattr("sys.stdin", io.StringIO(password))
    return cli("users", "add", name, "--password-stdin", "--db", db, *extra)


def test_users_add_token_list_revoke(sample_ledger, cli, capsys, monkeypatch):
    assert _add(cli, monkeypatch, sample_ledger, "amira", "long enough\n", "--role", "admin") == 0
    assert "added amira (admin)" in capsys.readouterr().out
    assert cli("users", "token", "amira", "--label", "laptop", "--db", sample_ledger) == 0
    token = capsys.readouterr().out.strip()
    engine = connect(sample_ledger)
    try:
        assert accounts.user_for_token(engine, token).username == "amira"
        assert accounts.authenticate(engine, "amira", "long enough") is not None
        assert cli("users", "list", "--db", sample_ledger) == 0
        assert capsys.readouterr().out.split("\t")[:4] == ["amira", "admin", "enabled", "1 tokens"]
        assert cli("users", "revoke", "amira", "--db", sample_ledger) == 0
        assert "1 token revoked" in capsys.readouterr().out
        assert accounts.user_for_token(engine, token) is None
        assert cli("users", "disable", "amira", "--db", sample_ledger) == 0
        assert accounts.authenticate(engine, "amira", "long enough") is None
    finally:
        engine.dispose()


def test_users_add_refuses_bad_input(sample_ledger, cli, capsys, monkeypatch):
    assert _add(cli, monkeypatch, sample_ledger, "Bad Name") == 2
    assert "bad username" in capsys.readouterr().err
    assert _add(cli, monkeypatch, sample_ledger, "bo", "short\n") == 2
    assert "at least 8" in capsys.readouterr().err
    assert cli("users", "token", "nobody", "--db", sample_ledger) == 2
    assert "no enabled user 'nobody'" in capsys.readouterr().err


def test_users_add_prompts_twice_without_stdin(sample_ledger, cli, capsys, monkeypatch):
    answers = iter(["long enough", "different!"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert cli("users", "add", "amira", "--db", sample_ledger) == 2
    assert "the two passwords differ" in capsys.readouterr().err


def test_review_corrects_a_tally_and_audit_shows_both_values(sample_ledger, cli, capsys,
                                                            monkeypatch):  # fmt: skip
    _add(cli, monkeypatch, sample_ledger)
    engine = connect(sample_ledger)
    try:
        with engine.connect() as conn:
            cid = conn.scalar(select(claims.c.id).where(claims.c.claimant_name == WHO))
        capsys.readouterr()
        assert cli("review", cid, "correct", "--set", "killed=7", "--set",
                   "methods=shelling,mortar", "--note", "recount", "--user", "amira",
                   "--db", sample_ledger) == 0  # fmt: skip
        seen = json.loads(capsys.readouterr().out)
        assert seen["review_status"] == "corrected" and seen["claim"]["killed"]["value"] == 7
        with engine.connect() as conn:
            killed = conn.scalar(select(tallies.c.killed).where(tallies.c.claimant == WHO))
        assert killed == 7
    finally:
        engine.dispose()
    assert cli("audit", "--claim", cid, "--db", sample_ledger) == 0
    out = capsys.readouterr().out
    assert 'correct killed: {"value": 5, "qualifier": "exact"} -> {"value": 7' in out
    assert "amira" in out and "(recount)" in out
    assert cli("audit", "--user", "amira", "--json", "--limit", "1", "--db", sample_ledger) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["field"] in ("killed", "methods") and row["username"] == "amira"


def test_review_refuses_bad_input(sample_ledger, cli, capsys, monkeypatch):
    _add(cli, monkeypatch, sample_ledger)
    capsys.readouterr()
    assert cli("review", 1, "correct", "--set", "killed", "--user", "amira",
               "--db", sample_ledger) == 2  # fmt: skip
    assert "--set takes FIELD=VALUE" in capsys.readouterr().err
    assert cli("review", 1, "correct", "--set", "period_end=2019-13-01", "--user", "amira",
               "--db", sample_ledger) == 2  # fmt: skip
    assert "must be a date" in capsys.readouterr().err
    assert cli("review", 1, "reject", "--user", "nobody", "--db", sample_ledger) == 2
    assert "no enabled user" in capsys.readouterr().err
    assert cli("audit", "--db", sample_ledger) == 0
    assert "(no reviews" in capsys.readouterr().out
