"""The compiled gazetteer as one SQLite file: a `meta` table and a `blobs` table.

Writes go to a temporary file beside the target and replace it only when
complete, so a failed build or import leaves the existing index untouched.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_data_dir

from truceline.errors import GazetteerError

ENV_VAR = "TRUCELINE_GAZETTEER"
FORMAT = "truceline.gazetteer/1"


def default_path() -> Path:
    """Where the index lives: $TRUCELINE_GAZETTEER, else the user's data directory."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir("truceline", appauthor=False)) / "gazetteer.sqlite"


def write(path: Path, blobs: Mapping[str, bytes], meta: Mapping[str, str]) -> None:
    """Write the index to a temporary file, then atomically replace `path` with it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        con = sqlite3.connect(tmp)
        try:
            con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            con.execute("CREATE TABLE blobs (name TEXT PRIMARY KEY, data BLOB NOT NULL)")
            con.executemany("INSERT INTO meta VALUES (?, ?)", [("format", FORMAT), *meta.items()])
            con.executemany("INSERT INTO blobs VALUES (?, ?)", blobs.items())
            con.commit()
        finally:
            con.close()
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def read(path: Path) -> tuple[dict[str, bytes], dict[str, str]]:
    """The blobs and meta of an index; GazetteerError when missing or not an index."""
    if not path.is_file():
        raise GazetteerError(f"no gazetteer index at {path}; run `truceline gazetteer build`")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
            blobs = dict(con.execute("SELECT name, data FROM blobs").fetchall())
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise GazetteerError(f"{path} is not a readable gazetteer index: {exc}") from exc
    if meta.get("format") != FORMAT:
        raise GazetteerError(f"{path} has format {meta.get('format')!r}, expected {FORMAT}")
    return blobs, meta


def read_meta(path: Path) -> dict[str, str]:
    """Only the meta table (for `gazetteer info`)."""
    return read(path)[1]
