"""robots.txt: obeyed for our user agent, a missing one allows, a broken site is an error."""

import pytest

from conftest import respond
from truceline.ingest.robots import Robots
from truceline.ingest.web import Fetcher, FetchError, Policy


def test_disallowed_paths_are_refused_and_rules_fetched_once(site):
    site.routes["/robots.txt"] = respond(200, b"User-agent: truceline\nDisallow: /private/\n")
    with Fetcher(Policy(allow_private=True, retries=0)) as f:
        robots = Robots(f)
        assert robots.allowed(site.url("/feed.xml"))
        assert not robots.allowed(site.url("/private/report"))
    assert [path for path, _ in site.hits] == ["/robots.txt"]


def test_missing_robots_allows_and_a_dead_site_is_an_error(site):
    with Fetcher(Policy(allow_private=True, retries=0)) as f:
        assert Robots(f).allowed(site.url("/anything"))
        with pytest.raises(FetchError):
            Robots(f).allowed("http://127.0.0.1:9/feed.xml")
