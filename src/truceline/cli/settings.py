"""`truceline settings`: every setting, its environment variable, current value and meaning."""

from __future__ import annotations

import argparse
from typing import Any

from truceline.settings import SETTINGS, Settings


def register(sub: Any) -> None:
    p = sub.add_parser("settings", help="show the settings and where each comes from")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    current = Settings.load()
    rows = [("setting", "environment", "value", "meaning")]
    for name, env, default, meaning in SETTINGS:
        value = getattr(current, name)
        rows.append((name, env, default if value is None else str(value), meaning))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r[:3], widths, strict=True)) + "  " + r[3])
    return 0
