"""Analyst accounts and API tokens: who may write to the ledger (review, sources).

Passwords are kept only as argon2id hashes. A token is shown once, when it is made; the
ledger keeps its SHA-256, so a copy of the database signs nobody in, and a token is found by
looking its hash up (an index, no comparison loop an attacker could time).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass
from typing import Any, Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from truceline.errors import InputError
from truceline.store.schema import api_tokens, users

Role = Literal["analyst", "admin"]
ROLES: tuple[Role, ...] = ("analyst", "admin")
USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")
MIN_PASSWORD = 8

_hasher = PasswordHasher()
# Verifying against this when the user is unknown costs the same as a real check, so the
# time taken does not tell which usernames exist.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


@dataclass(frozen=True, slots=True)
class User:
    """A signed-in person, as the web app and the audit log see them."""

    id: int
    username: str
    role: Role


def now() -> str:
    """The current UTC time as ISO-8601 with seconds (the ledger's timestamp form)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def check_username(username: str) -> str:
    """The username if it is well formed, else InputError saying what a name may contain."""
    if not USERNAME.fullmatch(username):
        raise InputError(
            f"bad username {username!r}: 2-64 characters from a-z, 0-9, '.', '_', '-',"
            " starting with a letter or digit"
        )
    return username


def add_user(engine: Engine, username: str, password: str, role: str = "analyst") -> User:
    """Create an account; InputError for a bad name, role or short password, or a taken name."""
    check_username(username)
    if role not in ROLES:
        raise InputError(f"role must be one of {', '.join(ROLES)}, got {role!r}")
    if len(password) < MIN_PASSWORD:
        raise InputError(f"the password needs at least {MIN_PASSWORD} characters")
    row = {
        "username": username,
        "password_hash": _hasher.hash(password),
        "role": role,
        "created_at": now(),
        "disabled": False,
    }
    try:
        with engine.begin() as conn:
            key = conn.execute(insert(users).values(**row)).inserted_primary_key
    except IntegrityError as exc:
        raise InputError(f"user {username!r} already exists") from exc
    assert key is not None  # an INSERT of one row always has one
    return User(int(key[0]), username, role)  # type: ignore[arg-type]


def _user(row: Any) -> User:
    return User(row.id, row.username, row.role)


def get_user(engine: Engine, username: str) -> User | None:
    """The enabled account with this name, if any."""
    with engine.connect() as conn:
        row = conn.execute(
            select(users).where(users.c.username == username, users.c.disabled.is_(False))
        ).first()
    return None if row is None else _user(row)


def authenticate(engine: Engine, username: str, password: str) -> User | None:
    """The user when the password is theirs and the account is enabled, else None."""
    with engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.username == username)).first()
    try:
        _hasher.verify(row.password_hash if row else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None or row.disabled:
        return None
    if _hasher.check_needs_rehash(row.password_hash):
        with engine.begin() as conn:
            conn.execute(
                update(users)
                .where(users.c.id == row.id)
                .values(password_hash=_hasher.hash(password))
            )
    return _user(row)


def set_disabled(engine: Engine, username: str, disabled: bool = True) -> None:
    """Disable (or re-enable) an account; a disabled user's tokens stop working too."""
    with engine.begin() as conn:
        done = conn.execute(
            update(users).where(users.c.username == username).values(disabled=disabled)
        )
    if done.rowcount == 0:
        raise InputError(f"no user {username!r}")


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token(engine: Engine, username: str, label: str = "") -> str:
    """A new API token for the user; the plaintext is returned here and never again."""
    user = get_user(engine, username)
    if user is None:
        raise InputError(f"no enabled user {username!r}")
    token = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        conn.execute(
            insert(api_tokens).values(
                user_id=user.id, token_hash=_hash(token), label=label or None,
                created_at=now(), revoked=False,
            )
        )  # fmt: skip
    return token


def user_for_token(engine: Engine, token: str) -> User | None:
    """Whose token this is, when it is neither revoked nor its user disabled; notes its use."""
    if not token:
        return None
    query = (
        select(users, api_tokens.c.id.label("token_id"))
        .join(api_tokens, api_tokens.c.user_id == users.c.id)
        .where(
            api_tokens.c.token_hash == _hash(token),
            api_tokens.c.revoked.is_(False),
            users.c.disabled.is_(False),
        )
    )
    with engine.begin() as conn:
        row = conn.execute(query).first()
        if row is None:
            return None
        conn.execute(
            update(api_tokens).where(api_tokens.c.id == row.token_id).values(last_used=now())
        )
    return _user(row)


def revoke_tokens(engine: Engine, username: str, label: str | None = None) -> int:
    """Revoke the user's tokens (only those with `label` when given); returns how many."""
    user_ids = select(users.c.id).where(users.c.username == username).scalar_subquery()
    query = update(api_tokens).where(
        api_tokens.c.user_id == user_ids, api_tokens.c.revoked.is_(False)
    )
    if label is not None:
        query = query.where(api_tokens.c.label == label)
    with engine.begin() as conn:
        return conn.execute(query.values(revoked=True)).rowcount


def list_users(engine: Engine) -> list[dict[str, Any]]:
    """Every account with its role, state and number of live tokens (never a hash)."""
    live = (
        select(api_tokens.c.user_id, api_tokens.c.id)
        .where(api_tokens.c.revoked.is_(False))
        .subquery()
    )
    query = (
        select(
            users.c.username, users.c.role, users.c.created_at, users.c.disabled,
            func.count(live.c.id).label("tokens"),
        )
        .outerjoin(live, live.c.user_id == users.c.id)
        .group_by(users.c.id)
        .order_by(users.c.username)
    )  # fmt: skip
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]
