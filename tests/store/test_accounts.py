"""Accounts and API tokens: argon2 passwords, tokens stored as hashes, disabled and revoked
ones sign nobody in."""

import hashlib

import pytest
from sqlalchemy import select

from truceline.errors import InputError
from truceline.store import accounts
from truceline.store.schema import api_tokens, users


@pytest.fixture
def ledger(tmp_path, open_db):
    return open_db(f"sqlite:///{tmp_path / 'ledger.sqlite'}")


def test_a_password_signs_its_user_in_and_is_stored_only_as_argon2(engine):
    made = accounts.add_user(engine, "amira", "correct horse", role="admin")
    assert made.username == "amira" and made.role == "admin"
    assert accounts.authenticate(engine, "amira", "correct horse") == made
    assert accounts.authenticate(engine, "amira", "wrong horse") is None
    assert accounts.authenticate(engine, "nobody", "correct horse") is None
    with engine.connect() as conn:
        stored = conn.scalar(select(users.c.password_hash))
    assert stored.startswith("$argon2id$") and "correct horse" not in stored


@pytest.mark.parametrize("name", ["", "a", "Amira", "has space", "-dash", "x" * 65, "é"])
def test_bad_usernames_are_refused(ledger, name):
    with pytest.raises(InputError, match="bad username"):
        accounts.add_user(ledger, name, "long enough")


def test_taken_names_bad_roles_and_short_passwords_are_refused(ledger):
    accounts.add_user(ledger, "amira", "long enough")
    with pytest.raises(InputError, match="already exists"):
        accounts.add_user(ledger, "amira", "long enough")
    with pytest.raises(InputError, match="role must be"):
        accounts.add_user(ledger, "bo", "long enough", role="root")
    with pytest.raises(InputError, match="at least 8"):
        accounts.add_user(ledger, "bo", "short")


def test_a_token_is_shown_once_and_stored_as_its_sha256(engine):
    user = accounts.add_user(engine, "amira", "long enough")
    token = accounts.new_token(engine, "amira", label="laptop")
    assert accounts.user_for_token(engine, token) == user
    with engine.connect() as conn:
        row = conn.execute(select(api_tokens)).one()
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert row.label == "laptop" and row.last_used is not None
    assert accounts.user_for_token(engine, token + "x") is None
    assert accounts.user_for_token(engine, "") is None


def test_revoked_tokens_and_disabled_users_authenticate_nobody(ledger):
    accounts.add_user(ledger, "amira", "long enough")
    kept = accounts.new_token(ledger, "amira", label="kept")
    gone = accounts.new_token(ledger, "amira", label="gone")
    assert accounts.revoke_tokens(ledger, "amira", label="gone") == 1
    assert accounts.user_for_token(ledger, gone) is None
    assert accounts.user_for_token(ledger, kept) is not None

    accounts.set_disabled(ledger, "amira")
    assert accounts.user_for_token(ledger, kept) is None
    assert accounts.authenticate(ledger, "amira", "long enough") is None
    with pytest.raises(InputError, match="no enabled user"):
        accounts.new_token(ledger, "amira")

    accounts.set_disabled(ledger, "amira", disabled=False)
    assert accounts.user_for_token(ledger, kept) is not None
    with pytest.raises(InputError, match="no user"):
        accounts.set_disabled(ledger, "nobody")


def test_list_users_counts_live_tokens_and_shows_no_hash(ledger):
    accounts.add_user(ledger, "bo", "long enough")
    accounts.add_user(ledger, "amira", "long enough", role="admin")
    accounts.new_token(ledger, "amira")
    accounts.new_token(ledger, "amira")
    accounts.revoke_tokens(ledger, "amira", label=None)
    accounts.new_token(ledger, "amira")
    listed = accounts.list_users(ledger)
    assert [(u["username"], u["role"], u["tokens"], u["disabled"]) for u in listed] == [
        ("amira", "admin", 1, False),
        ("bo", "analyst", 0, False),
    ]
    assert all("password_hash" not in u for u in listed)
