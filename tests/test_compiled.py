"""The mypyc-compiled extractor (`make compiled`) says exactly what the .py sources say.

Runs only when the compiled modules are the ones imported (`make test-compiled` puts
build/compiled first on the path); there it extracts the bundled sample reports in this
process and again in a child process that reads the sources, and compares the envelopes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from truceline.extract import pipeline

ROOT = Path(__file__).resolve().parents[1]
REPORTS = sorted((ROOT / "examples" / "reports").glob("*.txt"))

_EXTRACT = """
import json, sys
from pathlib import Path
from truceline.extract import pipeline
from truceline.gazetteer import load_default
from truceline.model import Document, to_json
geo = load_default()
out = [to_json(pipeline.extract(Document(Path(p).read_text('utf-8'), id=Path(p).stem,
                                         published='2024-03-10'), geo))
       for p in sys.argv[1:]]
print(json.dumps({'file': pipeline.__file__, 'envelopes': out}, sort_keys=True))
"""


def _run(pythonpath: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    done = subprocess.run(
        [sys.executable, "-c", _EXTRACT, *map(str, REPORTS)],
        env=env, capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    return json.loads(done.stdout)


@pytest.mark.skipif(pipeline.__file__.endswith(".py"), reason="the extractor is not compiled")
def test_compiled_extractor_matches_the_sources() -> None:
    assert REPORTS
    compiled = _run(Path(pipeline.__file__).parents[2])
    source = _run(ROOT / "src")
    assert not compiled["file"].endswith(".py")
    assert source["file"].endswith(".py")
    assert sum(len(e["claims"]) for e in source["envelopes"]) > 0
    assert compiled["envelopes"] == source["envelopes"]
