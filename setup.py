"""Build hook for an optional compiled extractor.

`TRUCELINE_COMPILE=1 pip wheel --no-build-isolation .` (what `make compiled` runs) compiles
the extractor's hot modules with mypyc, as black and mypy ship theirs: the same source, type
checked and turned into C extensions, about 1.7x faster. Without the variable the package is
pure Python, and an editable install reads the .py files as they are edited.
Everything else about the package lives in pyproject.toml.
"""

import os

from setuptools import setup

# the pure core that runs once per sentence; the edges (I/O, web, storage) stay Python
COMPILED = [
    "src/truceline/model.py",
    "src/truceline/text/tokens.py",
    "src/truceline/geo/keys.py",
    "src/truceline/geo/table.py",
    "src/truceline/geo/resolver.py",
    "src/truceline/lexicon/__init__.py",
    *(
        f"src/truceline/extract/{name}.py"
        for name in ("sentences", "numbers", "dates", "cues", "parties", "places", "view",
                     "mentions", "records", "periods", "counts", "tolls", "operations", "tables",
                     "claims", "pipeline")
    ),
]  # fmt: skip

ext_modules = []
if os.environ.get("TRUCELINE_COMPILE") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify(COMPILED, opt_level="3")

setup(ext_modules=ext_modules)
