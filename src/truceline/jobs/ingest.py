"""Ingesting reports: each read or fetched document is extracted and stored with its claims
in one transaction, so a run killed at any point leaves whole reports or none.

Reports already stored (same text) are skipped before extraction, which makes a rerun
cheap and idempotent.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path

from sqlalchemy import Engine

from truceline.errors import InputError
from truceline.ingest import files
from truceline.jobs import extractor
from truceline.model import Document, Envelope
from truceline.store import reports

log = logging.getLogger("truceline.ingest")

Extract = Callable[[Document], Envelope]
BATCH = 50  # reports per transaction: amortises commits, and a kill still loses whole reports


@dataclass(frozen=True, slots=True)
class Summary:
    """What a run did."""

    new: int = 0
    versions: int = 0
    duplicates: int = 0
    failed: int = 0
    claims: int = 0

    def __add__(self, other: Summary) -> Summary:
        return Summary(self.new + other.new, self.versions + other.versions,
                       self.duplicates + other.duplicates, self.failed + other.failed,
                       self.claims + other.claims)  # fmt: skip

    def line(self) -> str:
        """One line for the terminal."""
        return (f"{self.new} new reports, {self.versions} new versions, {self.duplicates} "
                f"already stored, {self.failed} failed; {self.claims} claims stored")  # fmt: skip


def now() -> str:
    """The current UTC time as ISO 8601, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def store_documents(engine: Engine, docs: Sequence[Document], *, source_id: int | None = None,
                    claimant: str | None = None, extract: Extract = extractor.extract,
                    validators: tuple[str | None, str | None] = (None, None)) -> Summary:  # fmt: skip
    """Extract the documents whose text is not stored yet, then store them with their claims
    in one transaction: a kill leaves the whole batch or none of it."""
    docs = [d.with_id() for d in docs]
    stored = reports.known(engine, [d.id for d in docs])
    todo = [d for d in docs if d.id not in stored]
    meta = reports.Meta(now(), extractor.version(), source_id, claimant, *validators)
    saved = reports.save_many(engine, [(Envelope(d, extract(d).claims), meta) for d in todo])
    total = Summary(duplicates=len(docs) - len(todo))
    for s in saved:
        if s.status == "duplicate":
            total += Summary(duplicates=1)
        elif s.status == "version":
            total += Summary(versions=1, claims=s.claims)
        else:
            total += Summary(new=1, claims=s.claims)
    return total


def store_document(engine: Engine, doc: Document, *, source_id: int | None = None,
                   claimant: str | None = None, extract: Extract = extractor.extract,
                   validators: tuple[str | None, str | None] = (None, None)) -> Summary:  # fmt: skip
    """Extract and store one document unless its text is already stored; `validators` are
    the page's ETag and Last-Modified."""
    return store_documents(engine, [doc], source_id=source_id, claimant=claimant,
                           extract=extract, validators=validators)  # fmt: skip


def store_items(engine: Engine, items: Iterable[files.Item], *, claimant: str | None = None,
                extract: Extract = extractor.extract, batch: int = BATCH) -> Summary:  # fmt: skip
    """Store every readable item, `batch` reports per transaction; unreadable ones are
    logged and counted, never fatal."""
    total = Summary()
    for chunk in batched(items, batch):
        docs = []
        for item in chunk:
            for warning in item.warnings:
                log.warning("%s: %s", item.source, warning)
            if item.document is None:
                log.error("%s: %s", item.source, item.error)
                total += Summary(failed=1)
            else:
                docs.append(item.document)
        total += store_documents(engine, docs, claimant=claimant, extract=extract)
    return total


def batched(items: Iterable[files.Item], size: int) -> Iterator[list[files.Item]]:
    """Consecutive lists of `size` items (itertools.batched is Python 3.12+)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def read_paths(inputs: Sequence[str], published: str | None = None,
               stdin: Iterable[str | bytes] = ()) -> Iterable[files.Item]:  # fmt: skip
    """Items of files and directories; a file's URL is its file: URI (so an edited file is a
    new version) and a directory's published.json gives report dates."""
    dates: dict[str, str] = {}
    for name in inputs:
        if Path(name).is_dir():
            dates.update(_dates(Path(name) / "published.json"))
    for item in files.read_inputs(inputs, published=published, stdin=stdin):
        path = Path(item.source)
        if item.document is None or not path.is_file():
            yield item
            continue
        day = item.document.published or dates.get(path.name) or dates.get(path.stem)
        doc = replace(
            item.document, url=item.document.url or path.resolve().as_uri(), published=day
        )
        yield replace(item, document=doc)


def _dates(path: Path) -> dict[str, str]:
    """{"report.txt" or "report": "YYYY-MM-DD"}; anything unreadable is logged and ignored."""
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): files.parse_date(str(v)) for k, v in data.items()}
    except (OSError, ValueError, AttributeError, InputError) as exc:
        log.warning("%s: ignored (%s)", path, exc)
        return {}
