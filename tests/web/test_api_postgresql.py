"""The API's SQL on PostgreSQL: the same ledger, the same answers as on SQLite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from truceline.jobs.ingest import read_paths, store_items
from truceline.jobs.ledger import rebuild
from truceline.settings import Settings
from truceline.store import connect
from truceline.store.schema import metadata

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "reports"


@pytest.fixture
def pg_client(tmp_path):
    url = os.environ.get("TRUCELINE_TEST_PG")
    if not url:
        pytest.skip(
            "PostgreSQL tests need TRUCELINE_TEST_PG=postgresql+psycopg://... (.ci/run sets it)"
        )
    bare = create_engine(url)
    try:
        with bare.begin() as conn:
            metadata.drop_all(conn)
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    except OperationalError as exc:
        pytest.skip(f"PostgreSQL at TRUCELINE_TEST_PG is unreachable: {exc.orig}")
    finally:
        bare.dispose()
    engine = connect(url)
    store_items(engine, read_paths([str(EXAMPLES)]))
    rebuild(engine)
    from starlette.testclient import TestClient  # quiet: tests/web/conftest.py imported it

    from truceline.web import create_app

    app = create_app(Settings(db=url, session_secret="pg-test"), engine=engine)
    with TestClient(app) as c:
        yield c
    engine.dispose()


def test_lists_filters_paging_and_tallies_on_postgresql(pg_client):
    whole = pg_client.get("/api/claims", params={"limit": 1000}).json()["items"]
    assert whole
    paged, after = [], None
    while True:
        page = pg_client.get(
            "/api/claims", params={"limit": 4, **({"after": after} if after else {})}
        )
        paged += page.json()["items"]
        after = page.json()["next"]
        if after is None:
            break
    assert [c["id"] for c in paged] == [c["id"] for c in whole]
    country = next(c["country"] for c in whole if c["country"])
    same = pg_client.get("/api/claims", params={"country": country, "limit": 1000}).json()["items"]
    assert same and all(c["country"] == country for c in same)
    tallies = pg_client.get("/api/tallies", params={"by": "day"}).json()["items"]
    assert tallies and all(isinstance(r["reports"], int) for r in tallies)
    events = pg_client.get("/api/events", params={"claimant": "a"}).json()["items"]
    assert events and pg_client.get(f"/api/events/{events[0]['id']}").status_code == 200
