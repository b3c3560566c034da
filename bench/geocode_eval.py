"""Score the geocoder on the devset's gold locations and time it.

    python bench/geocode_eval.py [GOLD_DIR] [--index PATH] [--rebuild] [--show-misses]

Each gold location (except `unresolved` ones) is resolved from its mention the
way the extractor would: qualifier words stripped by the resolver, the gold
country as the document hint. A location is right when the resolved place is
within 25 km of the gold coordinates or has the same name (gold name, mention
or an alias, folded as the scorer folds them, or similarity >= 0.85).
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from truceline.gazetteer import build, load, store
from truceline.geo.keys import fold
from truceline.geo.resolver import Place, Resolver

ROOT = Path(__file__).resolve().parent.parent
_PREFIXES = ("al ", "el ", "ar ", "as ")


def _scorer_fold(text: str) -> str:
    s = fold(text)
    for p in _PREFIXES:
        if s.startswith(p):
            s = s[len(p) :]
    return s.replace(" ", "")


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    dlat = math.radians(b[0] - a[0])
    dlon = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return 6371.0 * math.hypot(dlat, dlon)


def gold_locations(gold_dir: Path) -> list[dict[str, Any]]:
    """Unique gold locations (by mention, name, precision, country, admin1)."""
    seen, out = set(), []
    for path in sorted(gold_dir.glob("*.json")):
        for claim in json.loads(path.read_text("utf-8")).get("claims", []):
            for loc in claim.get("locations") or []:
                k = (loc["mention"], loc.get("name"), loc.get("precision"), loc.get("country"),
                     loc.get("admin1"))  # fmt: skip
                if k not in seen:
                    seen.add(k)
                    out.append({**loc, "doc": path.stem})
    return out


def same_name(place: Place, gold: dict[str, Any]) -> bool:
    """The scorer's name rule: folded equality or similarity >= 0.85 with any gold name."""
    mine = _scorer_fold(place.name)
    for name in [gold.get("name"), gold["mention"], *(gold.get("aliases") or [])]:
        if not name:
            continue
        theirs = _scorer_fold(name)
        if mine == theirs or SequenceMatcher(None, mine, theirs).ratio() >= 0.85:
            return True
    return False


def score(resolver: Resolver, golds: list[dict[str, Any]], show: bool) -> dict[str, float]:
    """Accuracy figures over the resolvable gold locations."""
    points: dict[str, list[tuple[float, float]]] = {}
    for g in golds:
        if g.get("lat") is not None:
            points.setdefault(g["doc"], []).append((g["lat"], g["lon"]))
    n = hit = resolved = within25 = within161 = with_coords = a1_total = a1_right = 0
    for g in golds:
        if g.get("precision") == "unresolved":
            continue
        n += 1
        # The extractor's `near`: the document's other places (here, the other golds' points).
        others = [p for p in points.get(g["doc"], []) if p != (g.get("lat"), g.get("lon"))]
        near = (
            (sum(p[0] for p in others) / len(others), sum(p[1] for p in others) / len(others))
            if others
            else None
        )
        res = resolver.resolve(g["mention"], country=g.get("country"), near=near)
        p = res.place
        ok_name = p is not None and same_name(p, g)
        close = False
        if p is not None:
            resolved += 1
            if g.get("lat") is not None and p.lat is not None:
                d = _km((g["lat"], g["lon"]), (p.lat, p.lon))
                close, within161 = d <= 25, within161 + (d <= 161)
                within25 += close
        if g.get("lat") is not None:
            with_coords += 1
        hit += ok_name or close
        if g.get("admin1"):
            a1_total += 1
            got = res.location().admin1
            a1_right += got is not None and _scorer_fold(got) == _scorer_fold(g["admin1"])
        if show and not (ok_name or close):
            print(f"  miss {g['doc']}: {g['mention']!r} gold={g.get('name')}/{g.get('precision')}"
                  f"/{g.get('country')} got={p and (p.name, p.precision, p.country, p.admin1)}")  # fmt: skip
        elif (
            show
            and g.get("admin1")
            and _scorer_fold(res.location().admin1 or "") != _scorer_fold(g["admin1"])
        ):
            print(
                f"  admin1 {g['doc']}: {g['mention']!r} gold={g['admin1']} got={res.location().admin1}"
            )
    return {
        "locations": n,
        "right (25 km or same name)": hit / n,
        "within 25 km (golds with coords)": within25 / max(with_coords, 1),
        "within 161 km (golds with coords)": within161 / max(with_coords, 1),
        "admin1 right": a1_right / max(a1_total, 1),
        "resolve rate": resolved / n,
    }


def speed(resolver: Resolver) -> dict[str, float]:
    """Resolves per second: cold on unique names never asked before, then warm repeats."""
    names = list(resolver._g.names[::7])[:40000]  # noqa: SLF001 - a bench may peek
    names = [n for n in dict.fromkeys(names) if n]
    start = time.perf_counter()
    for name in names:
        resolver.resolve(name)
    cold = len(names) / (time.perf_counter() - start)
    start = time.perf_counter()
    for name in names:
        resolver.resolve(name)
    warm = len(names) / (time.perf_counter() - start)
    start = time.perf_counter()
    for name in names:
        resolver.is_name(name)
    is_name = len(names) / (time.perf_counter() - start)
    return {"cold resolves/s": cold, "warm resolves/s": warm, "is_name/s": is_name}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared" / "devset" / "gold"))
    parser.add_argument("--index", type=Path, default=None)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    path = args.index or store.default_path()
    if args.rebuild or not path.is_file():
        report = build(path)
        print(f"build time: {report.seconds:.1f} s ({report.places} places)")
    start = time.perf_counter()
    resolver = load(path)
    print(f"index load time: {time.perf_counter() - start:.3f} s")
    figures = score(resolver, gold_locations(Path(args.gold)), args.show_misses)
    figures.update(speed(load(path)))
    for name, value in figures.items():
        shown = f"{value:.1%}" if value <= 1 and name != "locations" else f"{value:,.0f}"
        print(f"{name}: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
