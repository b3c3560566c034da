"""What a list request asks for: filters, sort and page cursor, checked once at the edge.

The same values drive the JSON lists, the GeoJSON and CSV downloads and the dashboard's
table, so a page's "download CSV" link gives exactly the rows the page shows (all of them).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from truceline.errors import InputError

CLAIM_SORTS = ("period", "id", "count", "killed", "injured", "confidence")
EVENT_SORTS = ("start", "end", "id")
REVIEW_STATUSES = ("unreviewed", "confirmed", "rejected", "corrected")
EVENT_STATUSES = ("single-source", "corroborated", "contested")
MAX_LIMIT = 1000
DEFAULT_LIMIT = 100


@dataclass(frozen=True, slots=True)
class Filters:
    """The filters every list shares; None (or empty) means any."""

    start: str | None = None
    end: str | None = None
    country: str | None = None  # ISO 3166 alpha-2
    admin1: str | None = None
    zone: str | None = None
    claimant: str | None = None  # a substring, any case
    kinds: tuple[str, ...] = ()
    method: str | None = None
    status: str | None = None

    def query(self) -> dict[str, str]:
        """The filters as query-string parameters (set ones only), for links."""
        out = {
            "start": self.start, "end": self.end, "country": self.country,
            "admin1": self.admin1, "zone": self.zone, "claimant": self.claimant,
            "kind": ",".join(self.kinds) or None, "method": self.method, "status": self.status,
        }  # fmt: skip
        return {k: v for k, v in out.items() if v}


@dataclass(frozen=True, slots=True)
class Page:
    """Which page of a sorted list: the sort column, direction and the keyset cursor."""

    sort: str
    descending: bool
    limit: int
    after: tuple[Any, int] | None = None  # (sort value, id) of the last row seen

    @property
    def sort_param(self) -> str:
        return ("-" if self.descending else "") + self.sort


def _day(name: str, value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"{name} must be a date YYYY-MM-DD, got {value!r}") from None


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    if len(value) > 300:
        raise InputError("a filter value is longer than 300 characters")
    return value or None


def filters(raw: Mapping[str, str | None], statuses: tuple[str, ...] = REVIEW_STATUSES) -> Filters:
    """Checked filters from raw query values (start, end, country, admin1, zone, claimant,
    kind, method, status); InputError names the bad one."""
    start, end, country, status = (
        raw.get("start"),
        raw.get("end"),
        raw.get("country"),
        raw.get("status"),
    )
    first, last = _day("start", start), _day("end", end)
    if first and last and first > last:
        raise InputError(f"start {first} is after end {last}")
    iso = _text(country)
    if iso and (len(iso) != 2 or not iso.isalpha()):
        raise InputError(f"country must be a two-letter ISO code, got {country!r}")
    state = _text(status)
    if state and state not in statuses:
        raise InputError(f"status must be one of {', '.join(statuses)}, got {status!r}")
    kinds = tuple(k.strip() for k in (raw.get("kind") or "").split(",") if k.strip())
    return Filters(first, last, iso.upper() if iso else None, _text(raw.get("admin1")),
                   _text(raw.get("zone")), _text(raw.get("claimant")), kinds,
                   _text(raw.get("method")), state)  # fmt: skip


def page(
    sort: str | None, limit: int | None, after: str | None, *, sorts: tuple[str, ...], default: str
) -> Page:
    """A checked sort ('-period' is newest first), limit and decoded cursor."""
    raw = sort or default
    name = raw.lstrip("-")
    if name not in sorts:
        raise InputError(f"sort must be one of {', '.join(sorts)} (prefix - for descending)")
    size = DEFAULT_LIMIT if limit is None else limit
    if not 1 <= size <= MAX_LIMIT:
        raise InputError(f"limit must be between 1 and {MAX_LIMIT}, got {size}")
    result = Page(name, raw.startswith("-"), size)
    return result if not after else Page(name, result.descending, size, _decode(after, raw))


def cursor(p: Page, value: Any, row_id: int | str) -> str:
    """The opaque cursor after a row: its sort value and id, tied to the sort it was made for."""
    raw = json.dumps([p.sort_param, value, row_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(token: str, sort: str) -> tuple[Any, int]:
    try:
        padded = token + "=" * (-len(token) % 4)
        made_for, value, row_id = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, TypeError):
        raise InputError("after is not a cursor this server made") from None
    if made_for != sort:
        raise InputError(f"this cursor was made for sort={made_for}, not sort={sort}")
    return value, row_id
