"""Who may read and write, and the headers and tokens that keep a browser safe.

- Reading is open unless `read_token` is set; then it needs a Bearer token or a session.
- Writing (review) needs a signed-in session (forms, with a CSRF token) or a Bearer token.
- Sessions are Starlette's signed cookies; the key comes from `session_secret`, or is
  generated once and kept (mode 0600) under the user data directory, never in the code.
- Every response carries a strict Content-Security-Policy: no inline script or style.
"""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path
from urllib.parse import urlsplit

from platformdirs import user_data_dir
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from truceline.errors import InputError


def session_secret(configured: str | None, path: Path | None = None) -> str:
    """The configured secret, else the one stored under the user data directory (made on
    first use with 32 random bytes, readable by the owner only)."""
    if configured:
        return configured
    path = path or Path(user_data_dir("truceline", appauthor=False)) / "session-secret"
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(value)
    return value


def csrf_token(session: dict[str, object]) -> str:
    """The session's CSRF token, made on first use (one per session)."""
    token = session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(24)
        session["csrf"] = token
    return token


def check_csrf(session: dict[str, object], sent: str | None) -> bool:
    """Whether a form's token is the session's (compared in constant time)."""
    token = session.get("csrf")
    return isinstance(token, str) and bool(sent) and hmac.compare_digest(token, sent or "")


def tile_origin(tile_url: str | None) -> str | None:
    """The scheme and host of a tile URL template, for the CSP's img-src."""
    if not tile_url:
        return None
    parts = urlsplit(tile_url.replace("{s}", "a"))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"tile_url must be an http(s) URL template, got {tile_url!r}")
    host = urlsplit(tile_url).netloc.replace("{s}", "*")
    return f"{parts.scheme}://{host}"


def policy(tile_url: str | None) -> str:
    """The Content-Security-Policy: our own files only, plus the tile host's images."""
    img = "'self' data:" + (f" {tile_origin(tile_url)}" if tile_url else "")
    return (f"default-src 'self'; img-src {img}; style-src 'self'; script-src 'self'; "
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")  # fmt: skip


class SecurityHeaders:
    """ASGI middleware adding the security headers to every response."""

    def __init__(self, app: ASGIApp, csp: str) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", csp.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"same-origin"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *self.headers]
            await send(message)

        await self.app(scope, receive, with_headers)


def bearer(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, or None."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None
