"""The app factory: the JSON API under /api, the dashboard's pages, static files, security.

`create_app(settings)` opens the ledger once (migrating it like every other command) and
wires the routers; `truceline serve` runs the result with uvicorn.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlencode

import jinja2
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine
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
    from truceline.web import api, auth, pages

    csp = security.policy(settings.tile_url)
    app = FastAPI(title="truceline", version=__version__, docs_url=None, redoc_url=None,
                  description="A ledger of ceasefire claims: claims, events, tallies, reports "
                  "and sources, each number traceable to its sentences.")  # fmt: skip
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(PACKAGE / "templates")),
                             autoescape=True)  # fmt: skip
    templates = Jinja2Templates(env=env)
    templates.env.filters["dict_query"] = dict_query
    app.state.ctx = Context(engine or connect(settings.db), settings, templates)
    app.add_middleware(SessionMiddleware, secret_key=security.session_secret(
        settings.session_secret), same_site="strict", https_only=False,
        session_cookie="truceline_session")  # fmt: skip
    app.add_middleware(security.SecurityHeaders, csp=csp)
    app.mount("/static", StaticFiles(directory=str(PACKAGE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(auth.router)
    app.include_router(pages.router)
    app.add_exception_handler(InputError, _input_error)
    app.add_exception_handler(auth.Unauthorized, auth.unauthorized)
    return app


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
