"""RSS and Atom feeds (feedparser) as entries: a link, a title, a date and any inline text."""

from __future__ import annotations

import time
from dataclasses import dataclass

import feedparser  # type: ignore[import-untyped]

from truceline.ingest.web import FetchError, Response

_NOT_FEEDS = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of a feed."""

    link: str | None
    title: str | None
    published: str | None  # YYYY-MM-DD
    html: str  # the entry's own content or summary, possibly empty


def entries(response: Response) -> tuple[Entry, ...]:
    """The feed's entries in feed order; FetchError when the body is not a feed."""
    parsed = feedparser.parse(response.body, response_headers={"content-location": response.url})
    if not parsed.entries:
        if response.content_type in _NOT_FEEDS or parsed.get("bozo") or not parsed.get("version"):
            reason = parsed.get("bozo_exception") or response.content_type or "no entries"
            raise FetchError(f"{response.url}: not an RSS/Atom feed ({reason})")
        return ()
    return tuple(_entry(e) for e in parsed.entries)


def _entry(e: feedparser.FeedParserDict) -> Entry:
    content = e.get("content") or []
    html = content[0].get("value", "") if content else e.get("summary", "")
    stamp = e.get("published_parsed") or e.get("updated_parsed")
    published = time.strftime("%Y-%m-%d", stamp) if stamp else None
    return Entry(e.get("link"), e.get("title"), published, html or "")
