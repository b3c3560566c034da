"""Polite, bounded HTTP GETs for feeds and pages.

Every request: a user agent, timeouts, retries with backoff on network errors and
5xx/429, conditional GET validators, redirects followed by hand (each hop checked,
loops refused), a byte cap applied to the *decoded* body (so a gzip bomb stops at
the cap), and the host's address checked before connecting: private, loopback and
link-local addresses are refused unless the policy allows them, and the request
goes to the address that was checked (no second DNS lookup to rebind).
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import certifi
import httpx

from truceline import __version__
from truceline.errors import TrucelineError

USER_AGENT = f"truceline/{__version__} (ceasefire monitor; +https://github.com/truceline/truceline)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class FetchError(TrucelineError):
    """A URL could not be fetched; the message says why."""


@dataclass(frozen=True, slots=True)
class Policy:
    """How to fetch: identity, limits and which addresses are allowed."""

    user_agent: str = USER_AGENT
    timeout: float = 15.0
    max_bytes: int = 5_000_000
    retries: int = 2
    backoff: float = 0.5  # seconds before the first retry, doubled each time
    max_redirects: int = 5
    allow_private: bool = False
    ca_file: str | None = None  # extra CA certificates to trust (a private CA), PEM


@dataclass(frozen=True, slots=True)
class Response:
    """A fetched body (status 200) or a not-modified answer (304)."""

    url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


Resolve = Callable[[str, int], list[str]]


def resolve(host: str, port: int) -> list[str]:
    """The host's addresses, as the system resolver gives them."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve {host}: {exc.strerror}") from None
    return [str(info[4][0]) for info in infos]


class Fetcher:
    """GETs under one Policy with one connection pool."""

    def __init__(self, policy: Policy | None = None, *, resolver: Resolve = resolve,
                 sleep: Callable[[float], None] = time.sleep) -> None:  # fmt: skip
        self.policy = policy or Policy()
        self._resolve = resolver
        self._sleep = sleep
        self._client = httpx.Client(timeout=self.policy.timeout, follow_redirects=False,
                                    verify=_tls(self.policy.ca_file))  # fmt: skip

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            allow_private: bool | None = None) -> Response:  # fmt: skip
        """GET `url`, following redirects; FetchError with the reason when it fails."""
        allow = self.policy.allow_private if allow_private is None else allow_private
        seen: set[str] = set()
        current = url
        for _ in range(self.policy.max_redirects + 1):
            if current in seen:
                raise FetchError(f"redirect loop at {current}")
            seen.add(current)
            response, location = self._with_retries(current, etag, last_modified, allow)
            if location is None:
                return response
            current = location
        raise FetchError(f"more than {self.policy.max_redirects} redirects from {url}")

    def _with_retries(self, url: str, etag: str | None, modified: str | None,
                      allow: bool) -> tuple[Response, str | None]:  # fmt: skip
        delay = self.policy.backoff
        for attempt in range(self.policy.retries + 1):
            try:
                return self._once(url, etag, modified, allow)
            except _Retry as exc:
                if attempt == self.policy.retries:
                    raise FetchError(f"{url}: {exc} (after {attempt + 1} attempts)") from None
                self._sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(self, url: str, etag: str | None, modified: str | None,
              allow: bool) -> tuple[Response, str | None]:  # fmt: skip
        target, headers, extensions = self._pinned(url, allow)
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        request = self._client.build_request("GET", target, headers=headers, extensions=extensions)
        try:
            resp = self._client.send(request, stream=True)
        except httpx.TransportError as exc:
            raise _Retry(type(exc).__name__ + (f": {exc}" if str(exc) else "")) from None
        try:
            return self._answer(url, resp)
        finally:
            resp.close()

    def _answer(self, url: str, resp: httpx.Response) -> tuple[Response, str | None]:
        status = resp.status_code
        if status in _REDIRECTS:
            location = resp.headers.get("location")
            if not location:
                raise FetchError(f"{url}: redirect without a Location")
            return Response(url, status), urljoin(url, location)
        if status in _RETRY_STATUS:
            raise _Retry(f"HTTP {status}")
        if status == 304:
            return Response(url, 304, etag=resp.headers.get("etag")), None
        if status != 200:
            raise FetchError(f"{url}: HTTP {status}")
        body = read_capped(resp, self.policy.max_bytes)
        ctype = resp.headers.get("content-type", "")
        return Response(
            url, 200, body, ctype.split(";")[0].strip().lower(), _charset(ctype),
            resp.headers.get("etag"), resp.headers.get("last-modified"), dict(resp.headers),
        ), None  # fmt: skip

    def _pinned(self, url: str, allow: bool) -> tuple[str, dict[str, str], dict[str, str]]:
        """The URL rewritten to the checked address, with the Host header and TLS name kept."""
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise FetchError(f"{url}: only http and https URLs are fetched")
        host = parts.hostname
        port = parts.port or (443 if parts.scheme == "https" else 80)
        address = _checked(host, port, self._resolve, allow)
        shown = f"[{address}]" if ":" in address else address
        netloc = f"{shown}:{parts.port}" if parts.port else shown
        target = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
        headers = {
            "Host": parts.netloc.rsplit("@", 1)[-1],
            "User-Agent": self.policy.user_agent,
            "Accept-Encoding": "gzip, deflate",
        }
        return target, headers, ({"sni_hostname": host} if parts.scheme == "https" else {})


def _tls(ca_file: str | None) -> ssl.SSLContext | bool:
    """httpx's default trust (certifi), plus a private CA when one is given."""
    if ca_file is None:
        return True
    context = ssl.create_default_context(cafile=certifi.where())
    context.load_verify_locations(cafile=ca_file)
    return context


class _Retry(Exception):
    """A failure worth another attempt."""


def _checked(host: str, port: int, resolver: Resolve, allow: bool) -> str:
    addresses = resolver(host, port)
    if not addresses:
        raise FetchError(f"{host} has no address")
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if allow or ip.is_global:
            return address
    raise FetchError(
        f"{host} resolves to a non-public address ({addresses[0]}); "
        "refused unless the source allows private addresses"
    )


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ").lower()
    return None


def read_capped(resp: httpx.Response, max_bytes: int) -> bytes:
    """The decoded body, or FetchError once it passes `max_bytes` (compressed or not)."""
    declared = resp.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(
            f"{resp.request.url}: {int(declared):,} bytes is over the cap of {max_bytes:,}"
        )
    encoding = resp.headers.get("content-encoding", "identity").strip().lower()
    if encoding in {"gzip", "x-gzip", "deflate"}:
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header
    elif encoding in {"identity", ""}:
        inflater = None
    else:
        raise FetchError(f"unsupported content encoding {encoding!r}")
    out = bytearray()
    try:
        for chunk in resp.iter_raw():
            data = chunk
            while data:
                piece = (
                    data
                    if inflater is None
                    else inflater.decompress(data, max_bytes + 1 - len(out))
                )
                out += piece
                if len(out) > max_bytes:
                    raise FetchError(f"body larger than the cap of {max_bytes:,} bytes")
                data = b"" if inflater is None else inflater.unconsumed_tail
    except zlib.error as exc:
        raise FetchError(f"corrupt {encoding} body: {exc}") from None
    except httpx.TransportError as exc:
        raise _Retry(f"connection lost while reading: {exc}") from None
    return bytes(out)
