"""Fixtures shared by the ledger tests: a ledger on SQLite and on PostgreSQL, and a real
HTTP server on loopback that serves whatever a test puts in its routes."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

PG_ENV = "TRUCELINE_TEST_PG"


def pg_url() -> str:
    """The PostgreSQL test URL, emptied of ledger tables; skips when there is none."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    from truceline.store.schema import metadata

    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}=postgresql+psycopg://... (.ci/run sets it)")
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            metadata.drop_all(conn)
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    except OperationalError as exc:
        pytest.skip(f"PostgreSQL at {PG_ENV} is unreachable: {exc.orig}")
    finally:
        engine.dispose()
    return url


@pytest.fixture
def pg_empty_url() -> str:
    """`pg_url` as a fixture, for test folders whose own conftest defines `db_url`."""
    return pg_url()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """A fresh, empty ledger URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    return pg_url()


@pytest.fixture
def open_db() -> Iterator[Callable[[str], object]]:
    """connect(), with every engine disposed at teardown (unclosed connections warn)."""
    from truceline.store import connect

    engines = []

    def opener(url: str) -> object:
        engines.append(connect(url))
        return engines[-1]

    yield opener
    for eng in engines:
        eng.dispose()


@pytest.fixture
def engine(db_url: str, open_db: Callable[[str], object]) -> object:
    return open_db(db_url)


Route = Callable[[BaseHTTPRequestHandler], None]


def respond(status: int = 200, body: bytes = b"", **headers: str) -> Route:
    """A route that answers with a fixed status, body and headers."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name.replace("_", "-"), value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return route


class Site:
    """A loopback HTTP server; tests fill `routes` (path -> Route) and read `hits`."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[tuple[str, dict[str, str]]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                site.hits.append((self.path, dict(self.headers)))
                route = site.routes.get(self.path) or respond(404, b"not found")
                try:
                    route(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (size caps do that)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    yield s
    s.close()


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., int]:
    """truceline's main() in-process, with only the commands whose modules exist yet."""
    import importlib.util

    import truceline.cli as cli_pkg

    present = tuple(c for c in cli_pkg.COMMANDS if importlib.util.find_spec(f"truceline.cli.{c}"))
    monkeypatch.setattr(cli_pkg, "COMMANDS", present)
    return lambda *argv: cli_pkg.main([str(a) for a in argv])


@pytest.fixture(scope="session")
def _samples_db(tmp_path_factory: pytest.TempPathFactory) -> object:
    from truceline.jobs.ingest import read_paths, store_items
    from truceline.jobs.ledger import rebuild
    from truceline.store import connect

    path = tmp_path_factory.mktemp("samples") / "samples.sqlite"
    engine = connect(f"sqlite:///{path}")
    store_items(engine, read_paths(["examples/reports"]))
    rebuild(engine)
    engine.dispose()  # checkpoints the WAL into the file
    return path


@pytest.fixture
def sample_ledger(_samples_db, tmp_path) -> str:
    """A SQLite ledger with the bundled sample reports ingested (built once, copied)."""
    import shutil

    copy = tmp_path / "samples.sqlite"
    shutil.copyfile(_samples_db, copy)
    return f"sqlite:///{copy}"
