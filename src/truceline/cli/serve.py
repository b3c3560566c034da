"""`truceline serve`: the web dashboard and JSON API over the ledger (uvicorn)."""

from __future__ import annotations

import argparse
import os
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
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="server processes sharing the port (default %(default)s); one per core "
                   "serves a busy API, since one process computes on one core at a time")  # fmt: skip
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
    if args.workers < 1:
        raise InputError(f"--workers must be at least 1, got {args.workers}")
    settings = Settings.load(db=args.db, admin1_outlines=outlines, tile_url=args.tile_url)
    app = create_app(settings)  # opens and migrates the ledger, makes the session secret
    print(f"truceline: serving {settings.db} at http://{args.host}:{args.port}/"
          + (f" with {args.workers} workers" if args.workers > 1 else ""), flush=True)  # fmt: skip
    if args.workers == 1:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
        return 0
    # Worker processes build their own app from the environment (uvicorn starts them by
    # import string); this process has already migrated the ledger and made the secret.
    app.state.ctx.engine.dispose()
    for name, value in (("DB", settings.db), ("ADMIN1_OUTLINES", outlines),
                        ("TILE_URL", args.tile_url)):  # fmt: skip
        if value:
            os.environ[f"TRUCELINE_{name}"] = value
    uvicorn.run("truceline.cli.serve:app_from_environment", factory=True, host=args.host,
                port=args.port, workers=args.workers, log_level="warning")  # fmt: skip
    return 0


def app_from_environment() -> Any:
    """The app of one `serve --workers` process, from the TRUCELINE_* settings `run` set."""
    from truceline.web import create_app

    return create_app(Settings.load())
