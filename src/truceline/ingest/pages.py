"""A fetched page as a Document: charset from the headers or detected, main text by trafilatura."""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import urlsplit

from truceline.ingest import files
from truceline.ingest.web import FetchError, Response
from truceline.model import Document

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", ""})


def decode(response: Response) -> tuple[str, tuple[str, ...]]:
    """The body as text: the declared charset when it decodes cleanly, else detection."""
    if response.charset:
        try:
            text = response.body.decode(response.charset)
            return text.replace("\r\n", "\n").replace("\r", "\n"), ()
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        text, warning = files.decode(response.body)
    except Exception as exc:  # InputError for binary bodies
        raise FetchError(f"{response.url}: {exc}") from None
    return text, (warning,) if warning else ()


def document(response: Response, *, published: str | None = None,
             max_chars: int = files.MAX_CHARS) -> tuple[Document, tuple[str, ...]]:  # fmt: skip
    """The page's report text, title and date (`published` wins over the page's own)."""
    if response.content_type not in HTML_TYPES | TEXT_TYPES:
        raise FetchError(f"{response.url}: not a page ({response.content_type})")
    text, warnings = decode(response)
    title = None
    path = PurePosixPath(urlsplit(response.url).path)
    if response.content_type in HTML_TYPES or files.looks_like_html(path, response.body):  # type: ignore[arg-type]
        text, title, page_date, more = files.html_to_text(text)
        published = published or page_date
        warnings += more
    if not text.strip():
        raise FetchError(f"{response.url}: no text on the page")
    text, capped = files._cap(text, max_chars)
    return Document(
        text=text, title=title, url=response.url, published=published
    ), warnings + capped
