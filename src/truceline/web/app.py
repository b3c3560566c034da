"""The app factory: the JSON API under /api, the dashboard's pages, static files, security.

`create_app(settings)` opens the ledger once (migrating it like every other command) and
wires the routers; `truceline serve` runs the result with uvicorn.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine, event
from starlette.middleware.sessions import SessionMiddleware

from truceline import __version__
from truceline.errors import InputError
from truceline.settings import Settings
from truceline.store import connect
from truceline.web import security
from truceline.web.claims import NotFound

PACKAGE = Path(str(files("truceline.web")))


@dataclass(frozen=True, slots=True)
class Context:
    """What every route needs: the ledger, the settings and the page templates."""

    engine: Engine
    settings: Settings
    templates: Jinja2Templates


def context(request: Request) -> Context:
    """The app's context, from a request."""
    ctx: Context = request.app.state.ctx
    return ctx


async def request_context(request: Request) -> Context:
    """`context` as a FastAPI dependency: async, as it does no I/O, so it runs on the event
    loop (a sync dependency costs each request a trip through the threadpool)."""
    return context(request)


def create_app(settings: Settings, engine: Engine | None = None) -> FastAPI:
    """The web app over the ledger at `settings.db` (or over `engine` when given)."""
    from truceline.web import api, auth, lean, pages

    csp = security.policy(settings.tile_url)
    app = FastAPI(title="truceline", version=__version__, docs_url=None, redoc_url=None,
                  description="A ledger of ceasefire claims: claims, events, tallies, reports "
                  "and sources, each number traceable to its sentences.")  # fmt: skip
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(PACKAGE / "templates")),
                             autoescape=True)  # fmt: skip
    templates = Jinja2Templates(env=env)
    templates.env.filters["dict_query"] = dict_query
    app.state.ctx = Context(read_tuned(engine or connect(settings.db)), settings, templates)
    app.add_middleware(SessionMiddleware, secret_key=security.session_secret(
        settings.session_secret), same_site="strict", https_only=False,
        session_cookie="truceline_session")  # fmt: skip
    app.add_middleware(security.SecurityHeaders, csp=csp)
    app.mount("/static", StaticFiles(directory=str(PACKAGE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(auth.router)
    app.include_router(pages.router)
    app.router.routes[:0] = lean.routes()  # before the API's own routes: see web.lean
    app.add_exception_handler(InputError, _input_error)
    app.add_exception_handler(auth.Unauthorized, auth.unauthorized)
    return app


def read_tuned(engine: Engine) -> Engine:
    """The engine with SQLite's reading pragmas on each of its connections (a file ledger's
    pooled connections are reopened to take them; PostgreSQL is left as it is)."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return engine
    event.listen(engine, "connect", _reading_pragmas)
    engine.dispose()  # the connections opened by the migration check, without the pragmas
    return engine


def _reading_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # Pages read through a memory map: no read() call and no copy into each connection's
    # own page cache (a server holds up to 16 connections, each with a cold 2 MB cache).
    cursor.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
    # A GROUP BY or ORDER BY the indexes cannot give sorts in memory, not in a temp file.
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


MMAP_BYTES = 1 << 31  # SQLite caps this at its compiled maximum (2 GB by default)


def dict_query(values: dict[str, object]) -> str:
    """A query string of the values that are set (a template filter for links)."""
    return urlencode({k: v for k, v in values.items() if v not in (None, "")})


async def _input_error(request: Request, exc: Exception) -> Response:
    status = 404 if isinstance(exc, NotFound) else 400
    if request.url.path.startswith("/api"):
        return JSONResponse({"error": str(exc)}, status_code=status)
    ctx = context(request)
    return ctx.templates.TemplateResponse(request, "error.html", {"message": str(exc)},
                                          status_code=status)  # fmt: skip
