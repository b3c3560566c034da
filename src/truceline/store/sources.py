"""The watched feeds and pages, with their claimant defaults and polling state."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from truceline.errors import InputError
from truceline.store.schema import sources


@dataclass(frozen=True, slots=True)
class Source:
    """One watched feed or page."""

    name: str
    url: str
    kind: str = "feed"  # feed | page
    claimant: str | None = None
    claimant_type: str | None = None
    interval_s: int = 900
    allow_private: bool = False  # fetch from loopback / private addresses (tests, intranets)
    id: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_polled: str | None = None
    last_error: str | None = None


_FIELDS = ("name", "url", "kind", "claimant", "claimant_type", "interval_s", "allow_private")


def add(engine: Engine, source: Source) -> Source:
    """Store a new source; InputError when the name is taken."""
    try:
        with engine.begin() as conn:
            result = conn.execute(
                insert(sources).values(**{f: getattr(source, f) for f in _FIELDS})
            )
    except IntegrityError:
        raise InputError(f"a source named {source.name!r} already exists") from None
    key = result.inserted_primary_key
    assert key is not None  # an INSERT of one row always has one
    return get(engine, int(key[0]))


def get(engine: Engine, source_id: int) -> Source:
    """One source by id."""
    with engine.connect() as conn:
        row = conn.execute(select(sources).where(sources.c.id == source_id)).one()
    return Source(**row._asdict())


def all_sources(engine: Engine) -> list[Source]:
    """Every source, by name."""
    with engine.connect() as conn:
        rows = conn.execute(select(sources).order_by(sources.c.name)).all()
    return [Source(**r._asdict()) for r in rows]


def remove(engine: Engine, name: str) -> None:
    """Forget a source (its reports stay); InputError when there is none by that name."""
    with engine.begin() as conn:
        gone = conn.execute(delete(sources).where(sources.c.name == name)).rowcount
    if not gone:
        raise InputError(f"no source named {name!r}")


def polled(engine: Engine, source_id: int, **state: str | None) -> None:
    """Record a poll: when, the validators for the next conditional GET, the error if any."""
    allowed = {"etag", "last_modified", "last_polled", "last_error"}
    with engine.begin() as conn:
        conn.execute(
            update(sources)
            .where(sources.c.id == source_id)
            .values(**{k: v for k, v in state.items() if k in allowed})
        )
