"""Reading reports from files and JSON Lines into `Document` values.

An edge module: it touches the file system and HTML tooling so the core never
does. Every input yields an `Item` — a document, or an error that names the
input — so one bad file never stops the others.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from truceline.errors import InputError
from truceline.model import Document, Envelope, from_json

MAX_CHARS = 2_000_000
BIG_HTML = 2_000_000  # characters of markup beyond which only the fast HTML pass runs
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", *HTML_SUFFIXES})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
# git's rule: a NUL byte near the start means binary. Checked after the BOMs,
# since UTF-16/32 text is full of NULs.
_BINARY_PROBE = 65_536
_DETECT_SAMPLE = 1_000_000
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_PREFERRED = ("cp1252", "cp1251", "cp1250", "latin_1")
_HTML_START = re.compile(rb"\s*<(?:!doctype\s+html|html[\s>]|head[\s>])", re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Item:
    """One input read: a document, or the error that stopped it, plus warnings."""

    source: str
    document: Document | None = None
    warnings: tuple[str, ...] = ()
    error: str | None = None


# --- dates ----------------------------------------------------------------------------


def parse_date(value: str, what: str = "date") -> str:
    """A calendar date as YYYY-MM-DD, or InputError saying what was wrong."""
    text = value.strip()
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(f"{what} must be a real date as YYYY-MM-DD, got {value!r}") from None


def _lenient_date(value: Any) -> str | None:
    """A feed's date: YYYY-MM-DD, possibly with a time after it; None if empty."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"published must be a string, got {value!r}")
    head = value.strip()[:10]
    return parse_date(head if _ISO_DATE.fullmatch(head) else value, "published")


# --- decoding -------------------------------------------------------------------------


def _newlines(text: str) -> str:
    # Same text as Python's own text mode reads, so offsets agree with the devset.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _scrub(text: str) -> str:
    """Lone surrogates (possible in JSON) as U+FFFD, so output can always be encoded."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes as text: a BOM's encoding, else UTF-8, else the detected encoding,
    else UTF-8 with replacement characters. Returns the text and a warning, if any.
    Raises InputError for binary data (a NUL byte near the start)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _newlines(data.decode(encoding, errors="replace")), None
    if b"\x00" in data[:_BINARY_PROBE]:
        raise InputError("binary file (contains NUL bytes), not a text report")
    try:
        return _newlines(data.decode("utf-8")), None
    except UnicodeDecodeError as exc:
        # sample around the first bad byte: a long ASCII head would detect as "ascii"
        start = max(0, exc.start - _DETECT_SAMPLE // 2)
        sample = data[start : start + _DETECT_SAMPLE]
    detected = _detect(sample)
    if detected:
        text = data.decode(detected, errors="replace")
        return _newlines(text), f"not UTF-8; decoded as {detected}"
    return _newlines(data.decode("utf-8", errors="replace")), (
        "not UTF-8 and no encoding detected; undecodable bytes replaced"
    )


def _detect(sample: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    matches = list(from_bytes(sample))
    if not matches:
        return None
    # On short Western text charset_normalizer ties several code pages on chaos and
    # ranks rare ones (cp775) first; the common Windows pages are the likelier truth.
    calm = [m for m in matches if m.chaos <= matches[0].chaos]
    for preferred in _PREFERRED:
        for m in calm:
            if m.encoding == preferred:
                return preferred
    return str(matches[0].encoding)


# --- HTML -----------------------------------------------------------------------------


def looks_like_html(path: Path, data: bytes) -> bool:
    """An .html/.htm file, or one whose first bytes are an HTML start tag."""
    return path.suffix.lower() in HTML_SUFFIXES or bool(_HTML_START.match(data[:1024]))


def html_to_text(html: str) -> tuple[str, str | None, str | None, tuple[str, ...]]:
    """Main text, title and page date of an HTML page (title/date None if unknown),
    with warnings."""
    import trafilatura

    if not html.strip():
        return "", None, None, ()
    warnings: tuple[str, ...] = ()
    text = None
    if len(html) > BIG_HTML:
        # trafilatura's main-text and metadata passes take ~20 s each on a 25 MB page
        warnings = (f"{len(html):,} characters of HTML: main-text detection skipped, "
                    "all page text kept",)  # fmt: skip
    else:
        try:
            text = trafilatura.extract(html, include_comments=False, include_tables=True)
        except Exception:  # trafilatura raises assorted parser errors on broken markup
            text = None
    if not text:
        text = trafilatura.html2txt(html) or ""
    title, published = _html_metadata(html[:BIG_HTML])
    return _newlines(text).strip(), title, published, warnings


def _html_metadata(html: str) -> tuple[str | None, str | None]:
    import trafilatura

    try:
        meta = trafilatura.extract_metadata(html)
    except Exception:  # metadata is a bonus, never a reason to fail
        return None, None
    if meta is None:
        return None, None
    date = meta.date if meta.date and _ISO_DATE.fullmatch(meta.date) else None
    return meta.title or None, date


# --- files ----------------------------------------------------------------------------


def _cap(text: str, max_chars: int) -> tuple[str, tuple[str, ...]]:
    if len(text) <= max_chars:
        return text, ()
    return text[:max_chars], (f"text truncated to {max_chars:,} of {len(text):,} characters",)


def read_text_file(path: Path) -> str:
    """A text file's content as the devset reads it (never raises on bad bytes)."""
    return decode(path.read_bytes())[0]


def read_file(path: Path, *, published: str | None = None, max_chars: int = MAX_CHARS) -> Item:
    """One .txt or .html report as an Item. `published` overrides the page's date."""
    source = str(path)
    try:
        data = path.read_bytes()
        text, warning = decode(data)
    except InputError as exc:
        return Item(source, error=str(exc))
    except OSError as exc:
        return Item(source, error=exc.strerror or str(exc))
    warnings: tuple[str, ...] = (warning,) if warning else ()
    title = None
    if looks_like_html(path, data):
        text, title, page_date, html_warnings = html_to_text(text)
        published = published or page_date
        warnings += html_warnings
    text, capped = _cap(text, max_chars)
    doc = Document(text=text, title=title, published=published)
    return Item(source, doc, warnings + capped)


def read_jsonl(
    lines: Iterable[str | bytes],
    *,
    source: str = "-",
    published: str | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Item]:
    """JSON Lines of {"id","text","title","published","url","language"} (only text
    required), one Item per non-blank line; a line's own date beats `published`."""
    for number, raw in enumerate(lines, 1):
        line = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
        if not line.strip():
            continue
        where = f"{source} line {number}"
        try:
            yield _jsonl_item(where, line, published, max_chars)
        except InputError as exc:
            yield Item(where, error=str(exc))


def _optional_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{key} must be a string, got {type(value).__name__}")
    return _scrub(value)


def _jsonl_item(where: str, line: str, published: str | None, max_chars: int) -> Item:
    try:
        obj = json.loads(line)
    except ValueError as exc:
        raise InputError(f"not JSON ({exc})") from None
    if not isinstance(obj, dict):
        raise InputError("not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError('needs a "text" string')
    text, capped = _cap(_newlines(_scrub(text)), max_chars)
    doc = Document(
        text=text,
        id=_optional_str(obj, "id") or "",
        title=_optional_str(obj, "title"),
        url=_optional_str(obj, "url"),
        published=_lenient_date(obj.get("published")) or published,
        language=_optional_str(obj, "language") or "en",
    )
    return Item(where, doc, capped)


# --- inputs ---------------------------------------------------------------------------


def expand(inputs: Sequence[str]) -> list[str]:
    """Inputs with each directory replaced by its .txt/.html/.jsonl files, sorted."""
    out: list[str] = []
    for name in inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            out.extend(
                str(p)
                for p in sorted(path.iterdir())
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES
            )
        else:
            out.append(name)
    return out


def read_inputs(
    inputs: Sequence[str],
    *,
    stdin: Iterable[str | bytes] = (),
    published: str | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Item]:
    """Every document of the inputs, in order: files, directories, JSONL files, and
    `-` for JSON Lines on `stdin`."""
    for name in expand(inputs):
        path = Path(name)
        if name == "-":
            yield from read_jsonl(stdin, source="<stdin>", published=published,
                                  max_chars=max_chars)  # fmt: skip
        elif path.suffix.lower() in JSONL_SUFFIXES:
            yield from _read_jsonl_file(path, published, max_chars)
        else:
            yield read_file(path, published=published, max_chars=max_chars)


def _read_jsonl_file(path: Path, published: str | None, max_chars: int) -> Iterator[Item]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Item(str(path), error=exc.strerror or str(exc))
        return
    with handle:
        yield from read_jsonl(handle, source=str(path), published=published,
                              max_chars=max_chars)  # fmt: skip


def load_json(path: Path) -> Any:
    """A JSON file's value, or InputError naming the file."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise InputError(f"{path}: not valid JSON ({exc})") from None


def load_envelopes(directory: Path) -> list[tuple[str, Envelope]]:
    """Every <name>.json envelope in a directory (gold or predictions), by file name."""
    if not directory.is_dir():
        raise InputError(f"{directory}: not a directory")
    out: list[tuple[str, Envelope]] = []
    for path in sorted(directory.glob("*.json")):
        data = load_json(path)
        try:
            out.append((path.stem, from_json(data)))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputError(f"{path}: not a truceline.claims/1 envelope ({exc!r})") from None
    return out
