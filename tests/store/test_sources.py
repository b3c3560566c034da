"""Watched sources: added once by name, listed, polled, removed."""

import pytest

from truceline.errors import InputError
from truceline.store import sources
from truceline.store.sources import Source


def test_add_list_poll_remove(engine):
    added = sources.add(engine, Source("army", "https://a.example/feed", claimant="Army"))
    with pytest.raises(InputError, match="already exists"):
        sources.add(engine, Source("army", "https://b.example/feed"))
    sources.polled(engine, added.id, etag='"v1"', last_polled="2024-05-02T00:00:00+00:00")
    (listed,) = sources.all_sources(engine)
    assert (listed.claimant, listed.etag, listed.allow_private) == ("Army", '"v1"', False)
    sources.remove(engine, "army")
    assert sources.all_sources(engine) == []
    with pytest.raises(InputError, match="no source"):
        sources.remove(engine, "army")
