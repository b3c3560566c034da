"""Opening a ledger database: the engine, SQLite's WAL pragmas, and Alembic upgrades."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from truceline.errors import TrucelineError


class StoreError(TrucelineError):
    """The ledger database cannot be opened or used as asked."""


def connect(url: str, *, migrate: bool = True) -> Engine:
    """An engine on `url` with the schema brought up to date; StoreError when unreachable."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {url!r}") from exc
    if parsed.get_backend_name() == "sqlite":
        engine = _sqlite(url, parsed.database)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    if migrate:
        try:
            upgrade(engine)
        except OperationalError as exc:
            engine.dispose()
            raise StoreError(f"cannot open the ledger at {parsed!r}: {exc.orig}") from exc
    return engine


def _sqlite(url: str, database: str | None) -> Engine:
    if database and database != ":memory:":
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    # A web server's threads each hold a connection: connections beyond the pool are
    # closed on return, and a new one starts with a cold page cache and its pragmas
    # (under load: ~50 reopened a minute, p99 x5). Idle SQLite connections cost little.
    # (An in-memory database has one connection per thread: no pool to size.)
    on_file = bool(database) and database != ":memory:"
    pool: dict[str, Any] = {"pool_size": 16, "max_overflow": 24} if on_file else {}
    engine = create_engine(url, connect_args={"timeout": 30}, **pool)
    event.listen(engine, "connect", _pragmas)
    return engine


def _pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers never block the writer, and a killed writer loses only its open
    # transaction. NORMAL sync is durable across process kills (not power loss).
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def alembic_config() -> Config:
    """Alembic's configuration pointing at the migrations shipped in the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(files("truceline.store") / "migrations"))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply every migration up to `revision`."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
