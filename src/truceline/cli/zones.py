"""`truceline zones`: import named zones (GeoJSON), list them, ask which hold a point."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("zones", help="named zones: import GeoJSON shapes, point-in-zone")
    cmds = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    i = cmds.add_parser("import", help="add the zones of a GeoJSON file")
    i.add_argument("file", type=Path, help="a GeoJSON FeatureCollection of polygons or lines")
    i.add_argument("--buffer-km", type=float, default=5.0, help="width given to lines (km)")
    i.add_argument("--name-property", default="name", help="the property holding each name")
    i.set_defaults(func=run_import)
    ls = cmds.add_parser("list", help="the imported zones")
    ls.set_defaults(func=run_list)
    at = cmds.add_parser("at", help="the zones that contain a point")
    at.add_argument("lat", type=float)
    at.add_argument("lon", type=float)
    at.set_defaults(func=run_at)


def run_import(args: argparse.Namespace) -> int:
    from truceline.gazetteer.zones import import_zones

    n = import_zones(args.file, buffer_km=args.buffer_km, name_property=args.name_property)
    print(f"imported {n} zone(s) from {args.file}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from truceline.gazetteer.zones import load_zones

    for z in load_zones().zones:
        aliases = f" ({', '.join(z.aliases)})" if z.aliases else ""
        print(f"{z.name}{aliases}  {z.country or '-'}  {z.geometry.geom_type}")
    return 0


def run_at(args: argparse.Namespace) -> int:
    from truceline.gazetteer.zones import load_zones

    for z in load_zones().containing(args.lat, args.lon):
        print(z.name)
    return 0
