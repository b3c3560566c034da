"""Analyst review: confirm, reject or correct a claim, keep the audit log, and rebuild the
ledger so events, tallies and exports see the verdict at once.

A correction's values are checked like the claims contract checks the extractor's; a
rejected claim stays in the claims table (with its status) but leaves events and tallies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, get_args

from sqlalchemy import Engine

from truceline.errors import InputError
from truceline.jobs.ledger import rebuild
from truceline.model import KINDS, METHODS, Outcome, Qualifier, claim_to_json
from truceline.store import accounts
from truceline.store import claims as claim_rows
from truceline.store import review as stored
from truceline.store.accounts import User, now

QUALIFIERS: tuple[str, ...] = get_args(Qualifier)
UNITS = ("violation", "explosion", "settlement", "person", "other")
OUTCOMES: tuple[str, ...] = get_args(Outcome)
ACTIONS = tuple(stored.VERDICTS)
FIELDS = stored.FIELDS


def _count(field: str, value: Any) -> dict[str, Any] | None:
    """A count given as an int or as {value, qualifier[, unit]}, or null to clear it."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        value = {"value": value, "qualifier": "exact"}
    if not isinstance(value, Mapping):
        raise InputError(f"{field} takes a whole number or {{value, qualifier}}, got {value!r}")
    extra = set(value) - {"value", "qualifier"} - ({"unit"} if field == "count" else set())
    if extra:
        raise InputError(f"{field} has unknown keys: {', '.join(sorted(map(str, extra)))}")
    n = value.get("value")
    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
        raise InputError(f"{field}.value must be a whole number >= 0, got {n!r}")
    qualifier = value.get("qualifier", "exact")
    if qualifier not in QUALIFIERS:
        raise InputError(
            f"{field}.qualifier must be one of {', '.join(QUALIFIERS)}, got {qualifier!r}"
        )
    out: dict[str, Any] = {"value": n, "qualifier": qualifier}
    if "unit" in value:
        if value["unit"] not in UNITS:
            raise InputError(f"count.unit must be one of {', '.join(UNITS)}, got {value['unit']!r}")
        out["unit"] = value["unit"]
    return out


def _day(field: str, value: Any) -> str:
    try:
        if isinstance(value, str) and len(value) == 10:
            return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise InputError(f"{field} must be a date YYYY-MM-DD, got {value!r}")


def _choice(field: str, value: Any, allowed: tuple[str, ...], nullable: bool) -> str | None:
    if value is None and nullable:
        return None
    if value not in allowed:
        extra = " or null" if nullable else ""
        raise InputError(f"{field} must be one of {', '.join(allowed)}{extra}, got {value!r}")
    return str(value)


def _name(field: str, value: Any, nullable: bool) -> str | None:
    if value is None and nullable:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > 300:
        raise InputError(f"{field} must be a name of 1-300 characters, got {value!r}")
    return " ".join(value.split())


def _methods(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [m.strip() for m in value.split(",") if m.strip()]
    if not isinstance(value, list):
        raise InputError(f"methods takes a list of methods, got {value!r}")
    unknown = [m for m in value if m not in METHODS]
    if unknown:
        raise InputError(f"unknown methods {unknown!r}; known: {', '.join(METHODS)}")
    return list(dict.fromkeys(value))


def normalize(field: str, value: Any) -> Any:
    """A corrected value checked and put in its stored JSON form; InputError otherwise."""
    if field in ("count", "killed", "injured"):
        return _count(field, value)
    if field in ("period_start", "period_end"):
        return _day(field, value)
    if field == "kind":
        return _choice(field, value, KINDS, nullable=False)
    if field == "outcome":
        return _choice(field, value, OUTCOMES, nullable=True)
    if field in ("place", "claimant", "admin1"):
        return _name(field, value, nullable=field != "place")
    if field == "methods":
        return _methods(value)
    raise InputError(f"unknown field {field!r}; a review corrects {', '.join(FIELDS)}")


def _fields(action: str, fields: Mapping[str, Any] | None) -> dict[str, Any]:
    if action not in ACTIONS:
        raise InputError(f"action must be one of {', '.join(ACTIONS)}, got {action!r}")
    if action != "correct":
        if fields:
            raise InputError(f"only 'correct' takes fields, not {action!r}")
        return {}
    if not fields:
        raise InputError("'correct' needs at least one field to correct")
    return {f: normalize(f, v) for f, v in fields.items()}


def _user(engine: Engine, user: User | str) -> User:
    name = user.username if isinstance(user, User) else user
    found = accounts.get_user(engine, name)
    if found is None:
        raise InputError(f"no enabled user {name!r}; create one with `truceline users add`")
    return found


def review(engine: Engine, claim_id: int, action: str, *, user: User | str,
           fields: Mapping[str, Any] | None = None, note: str | None = None) -> dict[str, Any]:  # fmt: skip
    """Record an analyst's verdict on a claim and rebuild events and tallies; returns the
    claim as now seen (its status, corrections and contract JSON)."""
    changes = _fields(action, fields)
    who = _user(engine, user)
    at = now()
    with engine.begin() as conn:
        row = stored.claim_row(conn, claim_id)
        if row is None:
            raise InputError(f"no claim with id {claim_id}")
        key = f"{row.text_hash}#{row.cid}"
        past = stored.history(conn, [key]).get(key, [])
        status, fixes = stored.replay(past)
        seen = claim_rows.from_row(row)
        base = {"claim_id": row.id, "claim_key": key, "action": action, "username": who.username,
                "at": at, "note": note or None}  # fmt: skip
        entries = [
            {**base, "field": f, "value": v,
             "extractor_value": stored.extracted_value(past, seen, f, fixes)}
            for f, v in changes.items()
        ] or [{**base, "field": None, "extractor_value": None, "value": None}]  # fmt: skip
        fixes = {**fixes, **changes}
        claim = stored.corrected(seen, changes)
        if claim.period is not None and (claim.period.start is None or claim.period.end is None):
            raise InputError(
                "the claim has no period: correct period_start and period_end together"
            )
        if claim.period is not None and claim.period.start > claim.period.end:
            raise InputError(
                f"period_start {claim.period.start} is after period_end {claim.period.end}"
            )
        stored.log(conn, entries)
        stored.write_claim(conn, row, claim, stored.VERDICTS[action], fixes)
    rebuild(engine)
    return {"id": row.id, "key": key, "review_status": stored.VERDICTS[action],
            "corrections": fixes or None, "claim": claim_to_json(claim)}  # fmt: skip


def audit_log(engine: Engine, *, limit: int = 100, before: int | None = None,
              claim_id: int | None = None, username: str | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """The review log, newest first; `before` pages on by row id; a claim's history covers
    every extraction of it (rows are matched by claim key)."""
    if not 1 <= limit <= 1000:
        raise InputError(f"limit must be 1-1000, got {limit}")
    keys = None
    if claim_id is not None:
        with engine.connect() as conn:
            row = stored.claim_row(conn, claim_id)
        if row is None:
            raise InputError(f"no claim with id {claim_id}")
        keys = [f"{row.text_hash}#{row.cid}"]
    return stored.entries(engine, limit=limit, before=before, keys=keys, username=username)
