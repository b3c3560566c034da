"""Opening ledgers: migrations match the tables, SQLite runs in WAL mode, errors are clear."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from truceline.store import StoreError, connect
from truceline.store.schema import metadata


def test_migrations_create_exactly_the_tables_the_code_queries(engine):
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_opening_twice_is_harmless(db_url):
    connect(db_url).dispose()
    connect(db_url).dispose()


def test_sqlite_uses_wal(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 'x' / 'ledger.sqlite'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_bad_urls_say_what_is_wrong():
    with pytest.raises(StoreError, match="not a database URL"):
        connect("not a url")
    with pytest.raises(StoreError, match="cannot open"):
        connect("postgresql+psycopg://nobody:x@127.0.0.1:9/none?connect_timeout=2")


def test_upgrading_an_old_ledger_keeps_its_reports(tmp_path):
    from sqlalchemy import create_engine

    from truceline.store.engine import upgrade

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    old = create_engine(url)
    upgrade(old, "0001")
    with old.begin() as conn:
        conn.execute(text(
            "INSERT INTO reports (text_hash, current, fetched_at, language, extractor_version, text)"
            " VALUES ('sha256:x', 1, 'now', 'en', 'v0', 'old report')"
        ))  # fmt: skip
    old.dispose()
    engine = connect(url)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT text, etag FROM reports")).one()
    engine.dispose()
    assert tuple(row) == ("old report", None)
