"""Fetching from a real server on loopback: limits, redirects, retries, address checks."""

import gzip
import zlib

import pytest

from conftest import respond
from truceline.ingest.web import Fetcher, FetchError, Policy

LOCAL = Policy(allow_private=True, retries=2, backoff=0.01, timeout=5, max_bytes=100_000)


@pytest.fixture
def fetcher():
    with Fetcher(LOCAL) as f:
        yield f


def test_loopback_is_refused_unless_allowed(site):
    site.routes["/"] = respond(200, b"hi", content_type="text/plain")
    with Fetcher(Policy(retries=0)) as strict, pytest.raises(FetchError, match="non-public"):
        strict.get(site.url("/"))
    assert site.hits == []  # refused before connecting


def test_the_checked_address_is_the_one_connected(site):
    site.routes["/"] = respond(200, b"ok", content_type="text/plain")
    # the name resolves to loopback (allowed here); the request must still carry the name
    with Fetcher(LOCAL, resolver=lambda host, port: ["127.0.0.1"]) as f:
        url = site.url("/").replace("127.0.0.1", "feeds.example")
        assert f.get(url).body == b"ok"
    assert site.hits[0][1]["Host"].startswith("feeds.example")
    assert site.hits[0][1]["User-Agent"].startswith("truceline/")


def test_private_and_link_local_addresses_are_refused():
    for address in ("10.1.2.3", "169.254.169.254", "::1", "192.168.0.1"):
        with Fetcher(Policy(retries=0), resolver=lambda h, p, a=address: [a]) as f:
            with pytest.raises(FetchError, match="non-public"):
                f.get("http://metadata.example/")


def test_404_and_redirect_loop_say_why(site, fetcher):
    site.routes["/a"] = respond(302, location="/b")
    site.routes["/b"] = respond(301, location="/a")
    with pytest.raises(FetchError, match="HTTP 404"):
        fetcher.get(site.url("/missing"))
    with pytest.raises(FetchError, match="redirect loop"):
        fetcher.get(site.url("/a"))


def test_redirects_are_followed(site, fetcher):
    site.routes["/old"] = respond(308, location="/new")
    site.routes["/new"] = respond(200, b"moved", content_type="text/plain")
    got = fetcher.get(site.url("/old"))
    assert (got.body, got.url) == (b"moved", site.url("/new"))


def test_gzip_bomb_stops_at_the_cap(site, fetcher):
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
    assert len(bomb) < LOCAL.max_bytes
    site.routes["/bomb"] = respond(200, bomb, content_type="text/html", content_encoding="gzip")
    with pytest.raises(FetchError, match="larger than the cap"):
        fetcher.get(site.url("/bomb"))


def test_gzip_body_is_decoded(site, fetcher):
    site.routes["/z"] = respond(200, zlib.compress(b"hello"), content_type="text/plain",
                                content_encoding="deflate")  # fmt: skip
    assert fetcher.get(site.url("/z")).body == b"hello"


def test_huge_page_is_cut_off_without_reading_it_all(site, fetcher):
    def endless(handler):  # 200 MB, announced, streamed in 1 MB chunks
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        chunk = b"a" * 1_000_000
        for _ in range(200):
            handler.wfile.write(chunk)

    site.routes["/huge"] = endless
    site.routes["/declared"] = respond(200, b"", content_length="200000000")
    with pytest.raises(FetchError, match="larger than the cap"):
        fetcher.get(site.url("/huge"))


def test_server_errors_are_retried_with_backoff(site):
    answers = iter(
        [respond(503), respond(503), respond(200, b"finally", content_type="text/plain")]
    )
    site.routes["/flaky"] = lambda h: next(answers)(h)
    waits = []
    with Fetcher(LOCAL, sleep=waits.append) as f:
        assert f.get(site.url("/flaky")).body == b"finally"
    assert waits == [0.01, 0.02]
    site.routes["/down"] = respond(503)
    with Fetcher(LOCAL, sleep=waits.append) as f, pytest.raises(FetchError, match="3 attempts"):
        f.get(site.url("/down"))


def test_conditional_get_sends_validators_and_reads_304(site, fetcher):
    def route(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            respond(304)(handler)
        else:
            respond(200, b"feed", content_type="application/rss+xml", etag='"v1"')(handler)

    site.routes["/feed"] = route
    first = fetcher.get(site.url("/feed"))
    assert (first.status, first.etag) == (200, '"v1"')
    assert fetcher.get(site.url("/feed"), etag=first.etag).status == 304


def test_refused_connection_is_an_error_not_a_crash(fetcher):
    with pytest.raises(FetchError, match="attempts"):
        fetcher.get("http://127.0.0.1:9/")
