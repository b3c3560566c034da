"""The API's SQL on PostgreSQL: the same ledger, the same answers as on SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

from truceline.jobs.ingest import read_paths, store_items
from truceline.jobs.ledger import rebuild
from truceline.settings import Settings
from truceline.store import connect

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "reports"


@pytest.fixture
def pg_client(pg_empty_url):
    url = pg_empty_url
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
