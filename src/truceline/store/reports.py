"""Reports with their claims: stored once, atomically, with versions of changed pages."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Connection, Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from truceline.model import Claim, Document, Envelope
from truceline.store import claims as claim_rows
from truceline.store.schema import claims, reports

Status = Literal["new", "version", "duplicate"]


@dataclass(frozen=True, slots=True)
class Saved:
    """What storing one report did: its row id and whether it was new."""

    report_id: int
    status: Status
    claims: int = 0


@dataclass(frozen=True, slots=True)
class Meta:
    """Facts about a report that are not in the claims contract."""

    fetched_at: str
    extractor_version: str
    source_id: int | None = None
    claimant: str | None = None  # the source's default claimant
    etag: str | None = None  # the page's HTTP validators
    last_modified: str | None = None


def find(engine: Engine, text_hash: str) -> int | None:
    """The id of the report with this text, if stored."""
    with engine.connect() as conn:
        return conn.scalar(select(reports.c.id).where(reports.c.text_hash == text_hash))


def validators(engine: Engine, url: str) -> tuple[str | None, str | None]:
    """ETag and Last-Modified of the current report from `url` (None, None if unknown)."""
    query = select(reports.c.etag, reports.c.last_modified).where(
        reports.c.url == url, reports.c.current
    )
    with engine.connect() as conn:
        row = conn.execute(query).first()
    return (None, None) if row is None else (row.etag, row.last_modified)


def known(engine: Engine, text_hashes: Sequence[str]) -> set[str]:
    """Which of these texts are already stored (one query)."""
    if not text_hashes:
        return set()
    with engine.connect() as conn:
        query = select(reports.c.text_hash).where(reports.c.text_hash.in_(set(text_hashes)))
        return set(conn.scalars(query))


def save(engine: Engine, envelope: Envelope, meta: Meta) -> Saved:
    """Store a report and its claims in one transaction; the same text is stored once and a
    changed text at a known URL becomes a new version linked to the old one."""
    return save_many(engine, [(envelope, meta)])[0]


def save_many(engine: Engine, batch: Sequence[tuple[Envelope, Meta]]) -> list[Saved]:
    """Store several reports with their claims in one transaction (all or none of them,
    each whole). When another writer got there first, falls back to one at a time."""
    try:
        with engine.begin() as conn:
            return [_save(conn, env, meta) for env, meta in batch]
    except IntegrityError:
        if len(batch) > 1:
            return [save(engine, env, meta) for env, meta in batch]
        # another writer stored the same text between our check and our insert
        found = find(engine, batch[0][0].document.with_id().id)
        if found is None:
            raise
        return [Saved(found, "duplicate")]


def _save(conn: Connection, envelope: Envelope, meta: Meta) -> Saved:
    doc = envelope.document.with_id()
    stored = conn.scalar(select(reports.c.id).where(reports.c.text_hash == doc.id))
    if stored is not None:
        return Saved(stored, "duplicate")
    previous = None
    if doc.url:
        previous = conn.scalar(
            select(reports.c.id).where(reports.c.url == doc.url, reports.c.current)
        )
    if previous is not None:
        conn.execute(update(reports).where(reports.c.id == previous).values(current=False))
    result = conn.execute(insert(reports).values(**_report_row(doc, meta, previous)))
    key = result.inserted_primary_key
    assert key is not None  # an INSERT of one row always has one
    rid = int(key[0])
    _insert_claims(conn, rid, envelope.claims, meta.extractor_version)
    return Saved(rid, "version" if previous is not None else "new", len(envelope.claims))


def _report_row(doc: Document, meta: Meta, previous: int | None) -> dict[str, object]:
    return {
        "source_id": meta.source_id,
        "url": doc.url,
        "text_hash": doc.id,
        "previous_id": previous,
        "current": True,
        "title": doc.title,
        "published": doc.published,
        "fetched_at": meta.fetched_at,
        "language": doc.language,
        "extractor_version": meta.extractor_version,
        "claimant": meta.claimant,
        "text": doc.text,
        "etag": meta.etag,
        "last_modified": meta.last_modified,
    }


def _insert_claims(conn: Connection, report_id: int, found: Sequence[Claim], version: str) -> None:
    if found:
        conn.execute(insert(claims), [claim_rows.to_row(c, report_id, version) for c in found])


def replace_claims(engine: Engine, report_id: int, found: Sequence[Claim], version: str) -> None:
    """Swap a report's claims for a new extraction's, in one transaction."""
    with engine.begin() as conn:
        conn.execute(delete(claims).where(claims.c.report_id == report_id))
        _insert_claims(conn, report_id, found, version)
        conn.execute(
            update(reports).where(reports.c.id == report_id).values(extractor_version=version)
        )


def documents(engine: Engine, *, batch: int = 500) -> Iterator[tuple[int, str, Document]]:
    """Every stored report as (id, extractor version, document), in id order."""
    last = 0
    while True:
        with engine.connect() as conn:
            rows = conn.execute(
                select(reports).where(reports.c.id > last).order_by(reports.c.id).limit(batch)
            ).all()
        if not rows:
            return
        for r in rows:
            yield r.id, r.extractor_version, _document(r)
        last = rows[-1].id


def _document(r) -> Document:  # type: ignore[no-untyped-def]
    return Document(r.text, r.text_hash, r.title, r.url, r.published, r.language)


def counts(engine: Engine) -> dict[str, int]:
    """How many reports and claims are stored (for summaries and tests)."""
    from sqlalchemy import func

    with engine.connect() as conn:
        n_reports = conn.scalar(select(func.count()).select_from(reports)) or 0
        n_claims = conn.scalar(select(func.count()).select_from(claims)) or 0
    return {"reports": n_reports, "claims": n_claims}
