"""Fetching URLs and polling sources: feed -> entries -> pages -> stored reports.

Every failure (robots.txt says no, HTTP errors, redirect loops, oversized or
undecodable bodies, a feed that is really HTML) is logged with its reason and the
run goes on with the next entry or source.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine

from truceline.ingest import feeds, files, pages
from truceline.ingest.robots import Robots
from truceline.ingest.web import Fetcher, FetchError
from truceline.jobs import extractor
from truceline.jobs.ingest import Extract, Summary, now, store_document
from truceline.model import Document
from truceline.store import reports, sources
from truceline.store.sources import Source

log = logging.getLogger("truceline.ingest")


Validators = tuple[str | None, str | None]


def fetch_page(fetcher: Fetcher, robots: Robots, url: str, *, allow_private: bool,
               published: str | None = None,
               known: Validators = (None, None)) -> tuple[Document, Validators] | None:  # fmt: skip
    """One page as a Document with its validators, or None when it has not changed since
    `known` (conditional GET); FetchError when robots.txt forbids it or it cannot be read."""
    if not robots.allowed(url, allow_private=allow_private):
        raise FetchError(f"{url}: disallowed by robots.txt")
    response = fetcher.get(url, etag=known[0], last_modified=known[1],
                           allow_private=allow_private)  # fmt: skip
    if response.status == 304:  # noqa: PLR2004
        return None
    doc, warnings = pages.document(response, published=published)
    for warning in warnings:
        log.warning("%s: %s", url, warning)
    return doc, (response.etag, response.last_modified)


def ingest_urls(engine: Engine, urls: list[str], fetcher: Fetcher, *, claimant: str | None = None,
                extract: Extract = extractor.extract) -> Summary:  # fmt: skip
    """Fetch and store pages (a URL that serves a feed is read as a feed)."""
    robots = Robots(fetcher)
    total = Summary()
    for url in urls:
        source = Source(name=url, url=url, kind="page", claimant=claimant,
                        allow_private=fetcher.policy.allow_private)  # fmt: skip
        total += _ingest_one(engine, source, fetcher, robots, extract)
    return total


def _ingest_one(engine: Engine, source: Source, fetcher: Fetcher, robots: Robots,
                extract: Extract) -> Summary:  # fmt: skip
    try:
        if not robots.allowed(source.url, allow_private=source.allow_private):
            raise FetchError(f"{source.url}: disallowed by robots.txt")
        etag, modified = reports.validators(engine, source.url)  # a page stored before
        response = fetcher.get(source.url, etag=etag, last_modified=modified,
                               allow_private=source.allow_private)  # fmt: skip
        if response.status == 304:  # noqa: PLR2004
            return Summary(duplicates=1)
        if response.content_type in pages.HTML_TYPES | pages.TEXT_TYPES:
            doc, _ = pages.document(response)
            return store_document(engine, doc, claimant=source.claimant, extract=extract,
                                  validators=(response.etag, response.last_modified))  # fmt: skip
        entries = feeds.entries(response)
    except FetchError as exc:
        log.error("%s", exc)
        return Summary(failed=1)
    return _store_entries(engine, source, entries, fetcher, robots, extract)


def poll(engine: Engine, source: Source, fetcher: Fetcher, *,
         extract: Extract = extractor.extract) -> Summary:  # fmt: skip
    """Poll one source once (conditional GET); its state and any error are saved."""
    assert source.id is not None
    robots = Robots(fetcher)
    try:
        if not robots.allowed(source.url, allow_private=source.allow_private):
            raise FetchError(f"{source.url}: disallowed by robots.txt")
        response = fetcher.get(source.url, etag=source.etag, last_modified=source.last_modified,
                               allow_private=source.allow_private)  # fmt: skip
        if response.status == 304:  # noqa: PLR2004
            sources.polled(engine, source.id, last_polled=now(), last_error=None)
            return Summary()
        if source.kind == "page":
            doc, _ = pages.document(response)
            found = store_document(engine, doc, source_id=source.id, claimant=source.claimant,
                                   extract=extract)  # fmt: skip
        else:
            found = _store_entries(
                engine, source, feeds.entries(response), fetcher, robots, extract
            )
    except FetchError as exc:
        log.error("source %s: %s", source.name, exc)
        sources.polled(engine, source.id, last_polled=now(), last_error=str(exc))
        return Summary(failed=1)
    sources.polled(engine, source.id, etag=response.etag, last_modified=response.last_modified,
                   last_polled=now(), last_error=None)  # fmt: skip
    return found


def _store_entries(engine: Engine, source: Source, entries: tuple[feeds.Entry, ...],
                   fetcher: Fetcher, robots: Robots, extract: Extract) -> Summary:  # fmt: skip
    total = Summary()
    for entry in entries:
        known = reports.validators(engine, entry.link) if entry.link else (None, None)
        try:
            found = _entry_document(entry, fetcher, robots, source.allow_private, known)
        except FetchError as exc:
            log.error("source %s: %s", source.name, exc)
            total += Summary(failed=1)
            continue
        if found is None:  # the page has not changed since it was stored
            total += Summary(duplicates=1)
            continue
        total += store_document(engine, found[0], source_id=source.id, claimant=source.claimant,
                                extract=extract, validators=found[1])  # fmt: skip
    return total


def _entry_document(entry: feeds.Entry, fetcher: Fetcher, robots: Robots, allow_private: bool,
                    known: Validators) -> tuple[Document, Validators] | None:  # fmt: skip
    """The linked page when it can be fetched (None when unchanged), else the entry's text."""
    if entry.link:
        try:
            page = fetch_page(fetcher, robots, entry.link, allow_private=allow_private,
                              published=entry.published, known=known)  # fmt: skip
            if page is None or page[0].title:
                return page
            doc = page[0]
            return Document(doc.text, title=entry.title, url=doc.url,
                            published=doc.published), page[1]  # fmt: skip
        except FetchError as exc:
            if not entry.html.strip():
                raise
            log.warning("%s (using the feed's own text)", exc)
    # feed content is an HTML fragment; the page parser wants a whole document
    wrapped = f"<html><body><article>{entry.html}</article></body></html>"
    text = files.html_to_text(wrapped)[0] if entry.html.strip() else ""
    if not text:
        raise FetchError(f"entry {entry.title or entry.link!r} has no text and no page")
    return Document(text=text, title=entry.title, url=entry.link,
                    published=entry.published), (None, None)  # fmt: skip
