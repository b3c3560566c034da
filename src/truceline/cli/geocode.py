"""`truceline geocode`: resolve place names offline, as the extractor would."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from truceline.geo.resolver import Place, Resolution


def register(sub: Any) -> None:
    p = sub.add_parser(
        "geocode",
        help="resolve place names with the offline gazetteer",
        description="Resolve place names (arguments, or one per line on stdin with '-').",
    )
    p.add_argument("names", nargs="+", metavar="NAME", help="place names, or - for stdin")
    p.add_argument("--country", help="ISO 3166 alpha-2 hint, as the text around a name gives it")
    p.add_argument("--admin1", help="province / region hint, in any spelling")
    p.add_argument("--json", action="store_true", help="one JSON object per name, in input order")
    p.set_defaults(func=run)


def _names(args: argparse.Namespace) -> list[str]:
    if args.names == ["-"]:
        return [line.strip() for line in sys.stdin if line.strip()]
    return list(args.names)


def _place_json(p: Place | None) -> dict[str, Any]:
    if p is None:
        return {"name": None, "precision": "unresolved", "country": None, "admin1": None,
                "admin2": None, "geonameid": None, "lat": None, "lon": None}  # fmt: skip
    return {"name": p.name, "precision": p.precision, "country": p.country, "admin1": p.admin1,
            "admin2": p.admin2, "geonameid": p.geonameid, "lat": p.lat, "lon": p.lon}  # fmt: skip


def as_json(r: Resolution) -> dict[str, Any]:
    """One resolution as the JSON object `geocode --json` prints."""
    out: dict[str, Any] = {"mention": r.mention, **_place_json(r.place)}
    if r.place is None:
        out["country"], out["admin1"] = r.country_hint, r.admin1_hint
    out["candidates"] = [{**_place_json(p), "score": s} for p, s in r.candidates]
    return out


def _row(r: Resolution) -> str:
    p = r.place
    if p is None:
        return f"{r.mention:<28} unresolved"
    where = ", ".join(x for x in (p.admin1, p.country) if x)
    point = f"{p.lat:.2f},{p.lon:.2f}" if p.lat is not None and p.lon is not None else "-"
    return f"{r.mention:<28} {p.name:<24} {p.precision:<11} {where:<28} {point}"


def run(args: argparse.Namespace) -> int:
    from truceline.gazetteer import load_default

    resolver = load_default()
    for name in _names(args):
        r = resolver.resolve(name, country=args.country, admin1=args.admin1)
        print(json.dumps(as_json(r), ensure_ascii=False) if args.json else _row(r))
    return 0
