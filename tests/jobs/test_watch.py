"""The done-when scenario: two local feeds watched, every report stored once, events across
the feeds, tallies per day and province; broken sources logged while the rest go on."""

import gzip
import threading

import pytest

from conftest import respond
from truceline.ingest.web import Fetcher, Policy
from truceline.jobs.fetch import poll
from truceline.jobs.ledger import event_list, tally
from truceline.jobs.watch import watch
from truceline.store import reports, sources
from truceline.store.sources import Source

ARMY_1 = ("Army says militants shelled Masyaf",
          "The Syrian army said militants shelled the town of Masyaf in Hama province on "
          "Tuesday, wounding two civilians.")  # fmt: skip
ARMY_2 = ("Army: quiet night in Idlib",
          "The Syrian army said it registered 12 ceasefire violations in Idlib province over "
          "the past 24 hours.")  # fmt: skip
MONITOR_A = ("Shelling near Masyaf",
             "The Syrian Observatory for Human Rights said government positions near Masyaf were "
             "shelled on Tuesday, injuring two people.")  # fmt: skip


def html(title, body):
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{body}</p></article></body></html>").encode()  # fmt: skip


def rss(items):
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link>"
        f"<pubDate>Wed, 08 May 2024 08:00:00 GMT</pubDate></item>"
        for t, link in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>{entries}</channel></rss>'.encode()


def atom(title, link, inline):
    return (f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>m</title>'
            f'<entry><title>{title}</title><link href="{link}"/>'
            f"<updated>2024-05-08T09:00:00Z</updated></entry>"
            f"<entry><title>Inline</title><updated>2024-05-08T10:00:00Z</updated>"
            f'<content type="html">&lt;p&gt;{inline}&lt;/p&gt;</content></entry></feed>').encode()  # fmt: skip


@pytest.fixture
def feeds(site):
    page = {"content_type": "text/html; charset=utf-8"}
    site.routes["/army/1"] = respond(200, html(*ARMY_1), **page)
    site.routes["/army/2"] = respond(200, html(*ARMY_2), **page)

    def monitor_page(handler):
        if handler.headers.get("If-None-Match") == '"page-a"':
            respond(304)(handler)
        else:
            respond(200, html(*MONITOR_A), etag='"page-a"', **page)(handler)

    site.routes["/monitor/a"] = monitor_page
    site.routes["/army/feed.xml"] = respond(
        200, rss([(ARMY_1[0], site.url("/army/1")), (ARMY_2[0], site.url("/army/2"))]),
        content_type="application/rss+xml", etag='"army-1"',
    )  # fmt: skip
    inline = "Monitors recorded 3 explosions in Aleppo province on Tuesday."
    site.routes["/monitor/atom.xml"] = respond(
        200, atom(MONITOR_A[0], site.url("/monitor/a"), inline),
        content_type="application/atom+xml", last_modified="Wed, 08 May 2024 10:00:00 GMT",
    )  # fmt: skip
    return site


def add(engine, name, url, **kw):
    return sources.add(engine, Source(name, url, interval_s=1, allow_private=True, **kw))


def test_two_local_feeds_watched(engine, feeds):
    add(engine, "army", feeds.url("/army/feed.xml"), claimant="Syrian Ministry of Defence")
    add(engine, "monitor", feeds.url("/monitor/atom.xml"))
    stop, rounds = threading.Event(), []

    def count(found):  # three rounds: all polled, none due yet, all due again
        rounds.append(found)
        if len(rounds) == 3:
            stop.set()

    with Fetcher(Policy(retries=0, timeout=5)) as fetcher:
        total = watch(engine, fetcher, stop, tick=0.6, on_round=count)
    assert (total.new, total.failed) == (4, 0)
    assert reports.counts(engine)["reports"] == 4
    feed_hits = [h for path, h in feeds.hits if path == "/army/feed.xml"]
    assert len(feed_hits) >= 2 and feed_hits[-1].get("If-None-Match") == '"army-1"'
    # the monitor feed ignores its validators, so its page is asked for conditionally
    page_hits = [h for path, h in feeds.hits if path == "/monitor/a"]
    assert len(page_hits) >= 2 and page_hits[-1].get("If-None-Match") == '"page-a"'

    found, records = event_list(engine)
    masyaf = [e for e in found if e.place == "Masyaf"]
    assert len(masyaf) == 1 and masyaf[0].status == "corroborated"
    assert len({records[k].report for k in masyaf[0].claims}) == 2

    by_province = {row.key: row for row in tally(engine, ("day", "admin1"))}
    assert by_province[("2024-05-07", "Hama")].measures[3:] == (None, 2)  # killed, injured
    assert by_province[("2024-05-08", "Idlib")].measures[0] == 12


def test_broken_sources_are_logged_and_the_rest_goes_on(engine, feeds, caplog):
    feeds.routes["/html"] = respond(200, b"<!doctype html><html><body>Hi</body></html>",
                                    content_type="text/html")  # fmt: skip
    feeds.routes["/loop"] = respond(302, location="/loop2")
    feeds.routes["/loop2"] = respond(302, location="/loop")
    feeds.routes["/bomb"] = respond(200, gzip.compress(b" " * 30_000_000),
                                    content_type="application/rss+xml", content_encoding="gzip")  # fmt: skip
    cp1252 = "Les observateurs ont relevé 7 violations du cessez-le-feu à Hama mardi."
    feeds.routes["/latin"] = respond(200, cp1252.encode("cp1252"), content_type="text/plain")
    broken = {"html": "/html", "gone": "/gone", "loop": "/loop", "bomb": "/bomb"}
    for name, path in broken.items():
        add(engine, name, feeds.url(path))
    add(engine, "latin", feeds.url("/latin"), kind="page")
    add(engine, "army", feeds.url("/army/feed.xml"))
    with Fetcher(Policy(retries=0, timeout=5, max_bytes=1_000_000)) as fetcher:
        results = {s.name: poll(engine, s, fetcher) for s in sources.all_sources(engine)}
    assert {n for n, r in results.items() if r.failed} == set(broken)
    assert results["army"].new == 2 and results["latin"].new == 1
    for reason in ("not an RSS/Atom feed", "HTTP 404", "redirect loop", "larger than the cap"):
        assert reason in caplog.text
    errors = {s.name: s.last_error for s in sources.all_sources(engine)}
    assert errors["gone"] and errors["army"] is None


def test_loopback_feed_without_the_allowance_is_refused(engine, feeds, caplog):
    sources.add(engine, Source("army", feeds.url("/army/feed.xml")))
    (source,) = sources.all_sources(engine)
    with Fetcher(Policy(retries=0)) as fetcher:
        assert poll(engine, source, fetcher).failed == 1
    assert "non-public" in caplog.text and feeds.hits == []
