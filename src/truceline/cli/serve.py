"""`truceline serve`: the web dashboard and JSON API over the ledger (uvicorn)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from truceline.cli import ledgerdb
from truceline.errors import InputError
from truceline.settings import Settings


def register(sub: Any) -> None:
    p = sub.add_parser("serve", help="serve the dashboard and the JSON API",
                       description=__doc__)  # fmt: skip
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default %(default)s: this machine only)")  # fmt: skip
    p.add_argument("--port", type=int, default=8000, help="port (default %(default)s)")
    p.add_argument("--admin1-outlines", metavar="FILE",
                   help="GeoJSON of province outlines drawn on the map "
                   "(default: $TRUCELINE_ADMIN1_OUTLINES)")  # fmt: skip
    p.add_argument("--tile-url", metavar="TEMPLATE",
                   help="online map tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png "
                   "(default: $TRUCELINE_TILE_URL, else the offline outlines only)")  # fmt: skip
    ledgerdb.add_db(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from truceline.web import create_app

    outlines = args.admin1_outlines
    if outlines and not Path(outlines).expanduser().is_file():
        raise InputError(f"--admin1-outlines: no such file: {outlines}")
    settings = Settings.load(db=args.db, admin1_outlines=outlines, tile_url=args.tile_url)
    app = create_app(settings)
    print(f"truceline: serving {settings.db} at http://{args.host}:{args.port}/", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
