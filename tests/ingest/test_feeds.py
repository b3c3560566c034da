"""Feeds: RSS and Atom entries; an HTML page where a feed should be is an error."""

import pytest

from truceline.ingest.feeds import entries
from truceline.ingest.web import FetchError, Response

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Night report</title><link>http://x.example/1</link>
<pubDate>Thu, 02 May 2024 08:00:00 GMT</pubDate><description>Five attacks.</description></item>
</channel></rss>"""
ATOM = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>A</title><link href="http://x.example/a"/><updated>2024-05-03T00:00:00Z</updated>
<content type="html">&lt;p&gt;Two shellings.&lt;/p&gt;</content></entry></feed>"""


def test_rss_and_atom_entries():
    (rss,) = entries(Response("http://x.example/rss", 200, RSS, "application/rss+xml"))
    assert (rss.link, rss.published, rss.html) == (
        "http://x.example/1",
        "2024-05-02",
        "Five attacks.",
    )
    (atom,) = entries(Response("http://x.example/atom", 200, ATOM, "application/atom+xml"))
    assert (atom.link, atom.published, atom.html) == (
        "http://x.example/a",
        "2024-05-03",
        "<p>Two shellings.</p>",
    )


def test_html_instead_of_a_feed_is_refused():
    html = b"<!doctype html><html><body><p>Welcome</p></body></html>"
    with pytest.raises(FetchError, match="not an RSS/Atom feed"):
        entries(Response("http://x.example/feed", 200, html, "text/html"))
