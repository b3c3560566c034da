"""A real SQLite ledger for the web tests: the sample reports plus two of our own, ingested
through the real pipeline (extract, store, rebuild events and tallies), built once."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest

from truceline.jobs.ingest import read_paths, store_items
from truceline.jobs.ledger import rebuild
from truceline.settings import Settings
from truceline.store import connect

with warnings.catch_warnings():
    # Starlette asks for its httpx fork; httpx itself (a dependency already) works the same.
    # Imported once here, so every test module's `from starlette.testclient import ...` is quiet.
    warnings.filterwarnings("ignore", "Using `httpx` with `starlette.testclient`")
    from starlette.testclient import TestClient

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "reports"
HOSTILE = (
    "Ceasefire monitors: <script>alert('x')</script> daily report\n\n"
    "The monitoring mission said it recorded 7 ceasefire violations in Idlib over the past "
    '24 hours. =HYPERLINK("http://evil.example") was written on a wall.'
)


@pytest.fixture(scope="session")
def ledger_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ledger file built once per run; tests copy it so each may write to its own."""
    root = tmp_path_factory.mktemp("web")
    inputs = root / "reports"
    shutil.copytree(EXAMPLES, inputs)
    (inputs / "zz-hostile.txt").write_text(HOSTILE, encoding="utf-8")
    path = root / "ledger.sqlite"
    engine = connect(f"sqlite:///{path}")
    try:
        store_items(engine, read_paths([str(inputs)]))
        rebuild(engine)
    finally:
        engine.dispose()
    return path


@pytest.fixture
def db_url(ledger_file: Path, tmp_path: Path) -> str:
    """A private copy of the shared ledger."""
    path = tmp_path / "ledger.sqlite"
    shutil.copy(ledger_file, path)
    return f"sqlite:///{path}"


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    return Settings(db=db_url, session_secret="test-secret-" + tmp_path.name)


@pytest.fixture
def client(settings: Settings):
    from truceline.web import create_app

    app = create_app(settings)
    with TestClient(app) as c:
        yield c
    app.state.ctx.engine.dispose()
