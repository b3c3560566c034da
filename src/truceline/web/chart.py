"""The timeline's geometry: daily bars per claimant, side by side, drawn as SVG by the template.

A reported zero gets a visible mark on the baseline; a day a claimant did not report has
nothing, so "said zero" and "said nothing" never look alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2",
           "#17becf", "#7f7f7f", "#bcbd22")  # fmt: skip
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 960, 320, 48, 40, 12
MAX_DAYS = 120


@dataclass(frozen=True, slots=True)
class Bar:
    """One claimant's figure for one day (value None: no report that day)."""

    day: str
    claimant: str
    value: int
    x: float
    y: float
    width: float
    height: float
    colour: str


@dataclass(frozen=True, slots=True)
class Chart:
    """Everything the SVG template draws."""

    bars: tuple[Bar, ...]
    legend: tuple[tuple[str, str], ...]  # (claimant, colour)
    ticks: tuple[tuple[float, str], ...]  # (x, day label)
    grid: tuple[tuple[float, int], ...]  # (y, value)
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    baseline: float = HEIGHT - BOTTOM


def _days(first: str, last: str) -> list[str]:
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    n = min((b - a).days, MAX_DAYS - 1)
    return [(a + dt.timedelta(days=i)).isoformat() for i in range(n + 1)]


def colours(claimants: Sequence[str]) -> dict[str, str]:
    """A stable colour per claimant (in the order given)."""
    return {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(claimants)}


def build(rows: Sequence[Mapping[str, Any]], measure: str) -> Chart | None:
    """The chart of `rows` (day, claimant, measures) for one measure; None when no row
    reports it. Only the last MAX_DAYS days of the span are drawn."""
    reported = [r for r in rows if r.get(measure) is not None and r.get("day")]
    if not reported:
        return None
    who = sorted({r["claimant"] or "(unattributed)" for r in reported})
    colour = colours(who)
    last = max(r["day"] for r in reported)
    first = max(min(r["day"] for r in reported),
                (dt.date.fromisoformat(last) - dt.timedelta(days=MAX_DAYS - 1)).isoformat())  # fmt: skip
    days = _days(first, last)
    top = max(max(int(r[measure]) for r in reported), 1)
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - BOTTOM - TOP
    slot = plot_w / len(days)
    bar_w = min(max(slot * 0.8 / len(who), 1.0), 36.0)
    pad = (slot - bar_w * len(who)) / 2  # the day's group sits in the middle of its slot
    base = HEIGHT - BOTTOM
    bars = []
    index = {d: i for i, d in enumerate(days)}
    for r in reported:
        if r["day"] not in index:
            continue
        name = r["claimant"] or "(unattributed)"
        value = int(r[measure])
        h = value / top * plot_h
        x = LEFT + index[r["day"]] * slot + pad + who.index(name) * bar_w
        bars.append(Bar(r["day"], name, value, round(x, 1), round(base - h, 1), round(bar_w, 1),
                        round(h, 1), colour[name]))  # fmt: skip
    step = max(1, len(days) // 10)
    ticks = tuple((round(LEFT + i * slot + slot / 2, 1), d[5:]) for i, d in enumerate(days)
                  if i % step == 0)  # fmt: skip
    grid = tuple((round(base - v / top * plot_h, 1), v) for v in sorted({0, top // 2, top}))
    return Chart(tuple(bars), tuple(colour.items()), ticks, grid)
