"""Signing in and out, and the guards that decide who reads and who writes.

Accounts and tokens live in `store.accounts` (created by `truceline users add/token`);
this module only asks it who a password or a token belongs to.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Header, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from truceline.store import accounts
from truceline.web import security
from truceline.web.app import Context, context, request_context

router = APIRouter(include_in_schema=False)


class Unauthorized(Exception):  # noqa: N818 - an HTTP answer, not a program error
    """The request needs a signed-in analyst or a valid token (401), or a valid CSRF token
    (403)."""

    def __init__(self, message: str, status: int = 401) -> None:
        super().__init__(message)
        self.status = status


async def unauthorized(request: Request, exc: Exception) -> Response:
    """401/403 as JSON for the API; the sign-in page (or 403 text) for the dashboard."""
    assert isinstance(exc, Unauthorized)
    if request.url.path.startswith("/api"):
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else {}
        return JSONResponse({"error": str(exc)}, status_code=exc.status, headers=headers)
    if exc.status == 401:
        return RedirectResponse(f"/signin?next={request.url.path}", status_code=303)
    ctx = context(request)
    return ctx.templates.TemplateResponse(request, "error.html", {"message": str(exc)},
                                          status_code=exc.status)  # fmt: skip


def user(request: Request, authorization: str | None) -> accounts.User | None:
    """The signed-in analyst (session) or the token's owner (Bearer header), or None."""
    token = security.bearer(authorization)
    if token:
        found = accounts.user_for_token(context(request).engine, token)
        if found is None:
            raise Unauthorized("the Bearer token is unknown or revoked")
        return found
    return _session_user(request)


def _session_user(request: Request) -> accounts.User | None:
    session = request.session.get("user")
    if isinstance(session, dict):
        return accounts.User(session["id"], session["username"], session["role"])
    return None


async def reader(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> accounts.User | None:
    """Lets a request read: anyone, or when `read_token` is set, a token or a session.
    Async: only a Bearer token needs the ledger (looked up in the threadpool), so an open
    read makes no trip through the threadpool for this check."""
    if security.bearer(authorization):
        found = await run_in_threadpool(user, request, authorization)
    else:
        found = _session_user(request)
    if found is None and context(request).settings.read_token:
        raise Unauthorized("reading this ledger needs a Bearer token or signing in")
    return found


def writer(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> accounts.User:
    """Lets a request write: a token's owner, or a signed-in analyst."""
    found = user(request, authorization)
    if found is None:
        raise Unauthorized("writing needs a Bearer token or signing in")
    return found


def form_writer(request: Request, csrf: Annotated[str, Form()] = "") -> accounts.User:
    """A signed-in analyst posting a dashboard form with the session's CSRF token."""
    found = user(request, None)
    if found is None:
        raise Unauthorized("sign in to review claims")
    if not security.check_csrf(request.session, csrf):
        raise Unauthorized("the form's CSRF token is missing or stale; reload the page", 403)
    return found


def page_context(request: Request, who: accounts.User | None) -> dict[str, Any]:
    """What every page template needs: the signed-in user and the CSRF token."""
    return {"user": who, "csrf": security.csrf_token(request.session)}


def _safe_next(target: str | None) -> str:
    """Only local paths: a sign-in link must not send anyone to another site."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


@router.get("/signin")
def signin_page(request: Request, ctx: Annotated[Context, Depends(request_context)],
                next: str = "/") -> Response:  # fmt: skip
    return ctx.templates.TemplateResponse(request, "signin.html", {
        **page_context(request, user(request, None)), "next": _safe_next(next), "error": None})  # fmt: skip


@router.post("/signin")
def signin(
    request: Request,
    ctx: Annotated[Context, Depends(request_context)],
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    csrf: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    if not security.check_csrf(request.session, csrf):
        raise Unauthorized("the form's CSRF token is missing or stale; reload the page", 403)
    found = accounts.authenticate(ctx.engine, username, password)
    if found is None:
        return ctx.templates.TemplateResponse(request, "signin.html", {
            **page_context(request, None), "next": _safe_next(next),
            "error": "unknown user or wrong password"}, status_code=401)  # fmt: skip
    request.session.clear()  # a new session on sign-in: no fixation
    request.session["user"] = {"id": found.id, "username": found.username, "role": found.role}
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/signout")
def signout(request: Request, csrf: Annotated[str, Form()] = "") -> Response:
    if not security.check_csrf(request.session, csrf):
        raise Unauthorized("the form's CSRF token is missing or stale; reload the page", 403)
    request.session.clear()
    return RedirectResponse("/", status_code=303)
