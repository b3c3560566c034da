"""Settings read once, at the edge: TRUCELINE_* environment variables, then CLI flags.

`SETTINGS` is the table (name, environment variable, default, help) that
`Settings.load` reads and the docs list.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields

from platformdirs import user_data_dir

from truceline.errors import InputError


def _default_db() -> str:
    return f"sqlite:///{user_data_dir('truceline', appauthor=False)}/ledger.sqlite"


@dataclass(frozen=True, slots=True)
class Settings:
    """Where the ledger lives and how truceline fetches from the web."""

    db: str
    user_agent: str | None = None  # None: truceline/<version> with a contact URL
    timeout: float = 15.0
    max_bytes: int = 5_000_000
    retries: int = 2
    ca_file: str | None = None
    tile_url: str | None = None  # None: the offline basemap only
    tile_attribution: str | None = None
    read_token: bool = False  # True: reading the dashboard and API needs a token or a session
    session_secret: str | None = None  # None: generated once under the user data directory
    admin1_outlines: str | None = None  # a GeoJSON file of province outlines for the map

    @classmethod
    def load(cls, environ: Mapping[str, str] | None = None, **flags: object) -> Settings:
        """Defaults, overridden by the environment, overridden by flags that are not None."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {"db": _default_db()}
        for f in fields(cls):
            raw = env.get(f"TRUCELINE_{f.name.upper()}")
            if raw:
                values[f.name] = _convert(f.name, raw, f.type)
        values.update({k: v for k, v in flags.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]


def _convert(name: str, raw: str, kind: object) -> object:
    if kind in ("bool", bool):
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off"):
            return False
        raise InputError(f"TRUCELINE_{name.upper()} must be true or false, got {raw!r}")
    try:
        if kind in ("float", float):
            return float(raw)
        if kind in ("int", int):
            return int(raw)
    except ValueError:
        raise InputError(f"TRUCELINE_{name.upper()} must be a number, got {raw!r}") from None
    return raw


SETTINGS = (
    ("db", "TRUCELINE_DB", "a SQLite file in the user data directory",
     "the ledger database URL (sqlite:///file or postgresql+psycopg://...)"),
    ("user_agent", "TRUCELINE_USER_AGENT", "truceline/<version> (...)", "User-Agent of every request"),
    ("timeout", "TRUCELINE_TIMEOUT", "15", "seconds before a connection or read gives up"),
    ("max_bytes", "TRUCELINE_MAX_BYTES", "5000000", "largest page or feed body read (decoded)"),
    ("retries", "TRUCELINE_RETRIES", "2", "retries after network errors and 5xx/429, with backoff"),
    ("ca_file", "TRUCELINE_CA_FILE", "none", "PEM file of a private CA to trust besides the usual ones"),
    ("tile_url", "TRUCELINE_TILE_URL", "none (offline outlines only)",
     "map tiles for users online, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
    ("tile_attribution", "TRUCELINE_TILE_ATTRIBUTION", "none", "attribution text shown with the tiles"),
    ("read_token", "TRUCELINE_READ_TOKEN", "false",
     "true: reading the dashboard and API needs a Bearer token or a signed-in session"),
    ("session_secret", "TRUCELINE_SESSION_SECRET", "generated in the user data directory",
     "key that signs session cookies (keep it secret; changing it signs everyone out)"),
    ("admin1_outlines", "TRUCELINE_ADMIN1_OUTLINES", "none",
     "a GeoJSON file of province (admin-1) outlines drawn on the map's offline basemap"),
)  # fmt: skip
