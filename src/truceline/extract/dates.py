"""Stage 2b: the grammar of dates, resolved against the report's own date.

Absolute dates with or without a year ("30 December 2016", "August 14", "as of
19:30 on 27 July"), months and years ("in March", "in 2020", "mid-April"),
weekdays ("on Thursday" -> the most recent, the report's day included; "last
Wednesday" -> strictly before), relative phrases ("over the past 24 hours",
"overnight", "last week") and open starts ("since 2011" -> 2011-01-01..D).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Final

from truceline.extract.numbers import word_value
from truceline.lexicon import PerLanguage, gate, load, word_marks, word_set
from truceline.model import Period
from truceline.text.tokens import (
    PhraseMatcher,
    Token,
    is_decimal,
    opens_with_digit,
    unpossessed,
)


@dataclass(frozen=True, slots=True, init=False)
class DateMention:
    """A time expression at tokens i..j covering `period`; `since` when it opens a range."""

    i: int
    j: int
    period: Period
    since: bool = False
    exact_day: bool = True
    relative: bool = False  # counted in days back from the day of speaking ("the previous day")

    def __init__(  # noqa: PLR0913 (written out for speed: see truceline.model)
        self,
        i: int,
        j: int,
        period: Period,
        since: bool = False,
        exact_day: bool = True,
        relative: bool = False,
    ) -> None:
        object.__setattr__(self, "i", i)
        object.__setattr__(self, "j", j)
        object.__setattr__(self, "period", period)
        object.__setattr__(self, "since", since)
        object.__setattr__(self, "exact_day", exact_day)
        object.__setattr__(self, "relative", relative)


# what joins a range's two ends: these dashes, and grammar.json's date_range_joiners ("and",
# "to", "until"), in `_Lex.join`
_JOIN_MARKS: Final = frozenset({"-", "–"})


@dataclass(frozen=True, slots=True)
class _Lex:
    months: dict[str, int]
    weekdays: dict[str, int]
    last: frozenset[str]
    this: frozenset[str]
    since: frozenset[str]
    mid: frozenset[str]
    day_words: dict[str, int]
    phrases: PhraseMatcher
    phrase_values: dict[str, object]
    triggers: frozenset[str]
    clock: frozenset[str]  # words of a clock time around a date ("about 19:00 on", "hrs")
    first: frozenset[str]  # "the first four months of the year"
    units: dict[str, str]  # "months" -> "month"
    year_words: frozenset[str]
    homographs: frozenset[str]  # "march": a month only capitalised or beside its day
    join: frozenset[str]  # what joins a range's two ends ("19 and 20 September", "1-7 May")
    day_parts: frozenset[str]  # "and the morning of 14 December" (`_range_start`)
    meridiem: frozenset[str]  # "a", "pm" and the marks "a.m." splits into ("6.00 a.m.")
    lang: str  # (the numbers' words, "twenty-four", are read by `numbers.word_value`)


def _read_lex(lang: str) -> _Lex:
    d = load(lang, "dates")
    g = load(lang, "grammar")
    return _Lex(
        d["months"], d["weekdays"], frozenset(d["last"]), frozenset(d["this"]),
        frozenset(d["since"]), frozenset(d["mid"] + d["early"] + d["late"]), d["day_words"],
        PhraseMatcher((p, p) for p in d["phrases"]), d["phrases"],
        frozenset([*d["months"], *d["weekdays"], *d["last"], *d["this"], *d["day_words"],
                   *d["mid"], *d["early"], *d["late"], *(p.split()[0] for p in d["phrases"]),
                   *d["first_words"]]),
        frozenset(d["clock_words"]), frozenset(d["first_words"]), d["span_units"],
        frozenset(d["year_words"]),
        frozenset(d["month_homographs"]),
        _JOIN_MARKS | frozenset(g["date_range_joiners"]), frozenset(g["day_part_words"]),
        frozenset(d["meridiem_words"]) | {"m", "."}, lang,
    )  # fmt: skip


_LEX: Final = PerLanguage(_read_lex)
# (`word_marks`: the words a date may open with, the weekdays, the months that are words too)
_TRIGGER: Final = gate(lambda lang: _LEX.get(lang).triggers)
_WEEKDAY: Final = gate(lambda lang: _LEX.get(lang).weekdays)
_HOMOGRAPH: Final = gate(lambda lang: _LEX.get(lang).homographs)
_SINCE: Final = gate(lambda lang: _LEX.get(lang).since)


def _iso(d: dt.date) -> str:
    return d.isoformat()


# Remembered (a report and its neighbours name the same few days again and again): the
# day's period, a report's date, the day n days before it. Periods are frozen values.
_DAYS: Final[dict[dt.date, Period]] = {}
_REFS: Final[dict[str, dt.date]] = {}
_BACK: Final[dict[tuple[dt.date, int], Period]] = {}


def _day(d: dt.date) -> Period:
    got = _DAYS.get(d)
    if got is None:
        if len(_DAYS) > 100_000:
            _DAYS.clear()
        day = _iso(d)
        got = _DAYS[d] = Period(day, day)
    return got


def _days_back(ref: dt.date, back: int) -> Period:
    """The day `back` days before `ref`."""
    k = (ref, back)
    got = _BACK.get(k)
    if got is None:
        if len(_BACK) > 100_000:
            _BACK.clear()
        got = _BACK[k] = _day(ref - dt.timedelta(days=back))
    return got


def _ref(published: str) -> dt.date | None:
    """The report's date, None at the calendar's very ends (year 1, year 9999), where no day
    can be counted back or forward from it."""
    got = _REFS.get(published)
    if got is None:
        if len(_REFS) > 100_000:
            _REFS.clear()
        got = _REFS[published] = dt.date.fromisoformat(published)
    return got if 1 < got.year < 9999 else None


def _month_period(year: int, month: int) -> Period:
    last = calendar.monthrange(year, month)[1]
    return Period(_iso(dt.date(year, month, 1)), _iso(dt.date(year, month, last)))


_YEARS: Final[dict[tuple[int, int, dt.date], int]] = {}


def _infer_year(month: int, day: int, ref: dt.date) -> int:
    """The year that puts month/day at or before the report (a week's grace); remembered."""
    k = (month, day, ref)
    got = _YEARS.get(k)
    if got is None:
        if len(_YEARS) > 100_000:
            _YEARS.clear()
        got = _YEARS[k] = _year_of(month, day, ref)
    return got


def _year_of(month: int, day: int, ref: dt.date) -> int:
    year = ref.year
    try:
        cand = dt.date(year, month, day)
    except ValueError:
        return year
    return year - 1 if cand > ref + dt.timedelta(days=7) else year


def _month_year(month: int, ref: dt.date) -> int:
    """The year of a month named without one: the latest at or before the report's month."""
    return ref.year if month <= ref.month else ref.year - 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(low: str) -> int | None:
    if len(low) == 4 and is_decimal(low) and 1900 <= int(low) <= 2100:
        return int(low)
    return None


_ORDINAL_ENDS: Final = ("st", "nd", "rd", "th")


def _ordinal_day(
    lows: tuple[str, ...], i: int, lx: _Lex, ref: dt.date | None
) -> DateMention | None:
    """'On the 7th rebels attacked ...': a bare ordinal after 'on the', 'since the' is a day
    of the report's month, or of the month before when it would fall after the report."""
    low = lows[i]
    if ref is None or i < 2 or lows[i - 1] != "the" or low[-2:] not in _ORDINAL_ENDS:
        return None
    day = _dayno(low)
    nxt = lows[i + 1] if i + 1 < len(lows) else ""
    nxt = unpossessed(nxt)
    openers = word_set(lx.lang, "dates", "ordinal_day_openers")
    if day is None or lows[i - 2] not in openers or nxt in lx.months:
        return None
    if nxt in word_set(lx.lang, "dates", "not_after_ordinal_day"):
        return None  # "on the 7th Division's front", "on the 7th day of the siege"
    y, m = ref.year, ref.month
    if day > ref.day:
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    try:
        return DateMention(i - 1, i + 1, _day(dt.date(y, m, day)))
    except ValueError:
        return None  # ("the 31st" of a month of 30 days)


def _dayno(low: str) -> int | None:
    if not opens_with_digit(low):
        return None  # (most words: a day's number opens with a digit)
    core = low.rstrip(".")
    if core[-2:] in _ORDINAL_ENDS:  # ("3rd", "21st": most numbers have no such ending)
        for suf in _ORDINAL_ENDS:
            if core.endswith(suf) and core[: -len(suf)].isdecimal():
                core = core[: -len(suf)]
    if is_decimal(core) and 1 <= (day := int(core)) <= 31 and len(core) <= 2:
        return day
    return None


def _absolute(lows: tuple[str, ...], i: int, lx: _Lex, ref: dt.date | None) -> DateMention | None:
    """'30 December 2016', 'December 30, 2016', 'December 2016', 'March' (+ optional year)."""
    n = len(lows)
    day = _dayno(lows[i])
    if day is not None and i + 1 < n and lows[i + 1] in lx.months:
        month = lx.months[lows[i + 1]]
        j = i + 2
        if j + 1 < n and lows[j] == "," and _year(lows[j + 1]) is not None:
            j += 1  # "25th June, 2023"
        year = _year(lows[j]) if j < n else None
        if year is None and ref is None:
            return None
        y = year if year is not None else _infer_year(month, day, ref)  # type: ignore[arg-type]
        d = _safe_date(y, month, day)
        return DateMention(i, j + 1 if year is not None else i + 2, _day(d)) if d else None
    if lows[i] not in lx.months:
        return None
    if 0 < i < n - 1 and lows[i - 1] == "(" and lows[i + 1] == ")":
        return None  # "SKOPJE, May 24 (SEP) -": an agency's initials, not September
    month = lx.months[lows[i]]
    if i + 2 < n and lows[i + 1] == "." and len(lows[i]) <= 4 and _dayno(lows[i + 2]) is not None:
        # "Dec . 23": read past the abbreviation's dot
        got = _absolute((*lows[: i + 1], *lows[i + 2 :]), i, lx, ref)
        return DateMention(got.i, got.j + 1, got.period, got.since, got.exact_day) if got else None
    if (
        lows[i] == "may"
        and i > 0
        and lows[i - 1]
        not in ("in", "on", "since", "of", "early", "mid", "late", "until", "by", ",")
    ):
        return None  # the verb "may"
    j = i + 1
    if j < n and (day := _dayno(lows[j])) is not None:
        j += 1
        last = day
        if j + 1 < n and lows[j] in ("-", "–") and (to := _dayno(lows[j + 1])) and to > day:
            last, j = to, j + 2  # "May 1-7, 2023": days of one month
        if j < n and lows[j] == ",":
            year = _year(lows[j + 1]) if j + 1 < n else None
            end = j + 2 if year is not None else j
        else:
            year = _year(lows[j]) if j < n else None
            end = j + 1 if year is not None else j
        if year is None and ref is None:
            return None
        y = year if year is not None else _infer_year(month, day, ref)  # type: ignore[arg-type]
        d = _safe_date(y, month, day)
        e = _safe_date(y, month, last) or d  # "Feb 1-30": the day that exists
        if d is None or e is None:
            return None
        return DateMention(i, end, Period(_iso(d), _iso(e)), exact_day=d == e)
    year = _year(lows[j]) if j < n else None
    if year is None:
        if ref is None:
            return None
        y = _month_year(month, ref)
        return DateMention(i, j, _month_period(y, month), exact_day=False)
    return DateMention(i, j + 1, _month_period(year, month), exact_day=False)


def _weekday(lows: tuple[str, ...], i: int, lx: _Lex, ref: dt.date) -> DateMention | None:
    if lows[i] not in lx.weekdays:
        return None
    wd = lx.weekdays[lows[i]]
    start, end = i, i + 1
    strict = False
    if i > 0 and lows[i - 1] in lx.last:
        strict, start = True, i - 1
    elif i > 0 and lows[i - 1] in lx.this:
        start = i - 1
    elif i + 1 < len(lows) and lows[i + 1] == "last":
        strict, end = True, i + 2  # "on Thursday last"
    back = (ref.weekday() - wd) % 7
    if strict and back == 0:
        back = 7
    return DateMention(start, end, _days_back(ref, back))


def _phrase(value: object, ref: dt.date) -> Period | None:
    if isinstance(value, list):
        a, b = value
        return Period(_iso(ref + dt.timedelta(days=a)), _iso(ref + dt.timedelta(days=b)))
    monday = ref - dt.timedelta(days=ref.weekday())
    if value == "last_week":
        return Period(_iso(monday - dt.timedelta(days=7)), _iso(monday - dt.timedelta(days=1)))
    if value == "this_week":
        return Period(_iso(monday), _iso(ref))
    if value == "weekend":  # the last Saturday and Sunday up to the report's day
        saturday = (
            monday + dt.timedelta(days=5) if ref.weekday() >= 5 else monday - dt.timedelta(days=2)
        )
        return Period(_iso(saturday), _iso(min(ref, saturday + dt.timedelta(days=1))))
    if value == "last_month":
        first = ref.replace(day=1) - dt.timedelta(days=1)
        return _month_period(first.year, first.month)
    if value == "this_month":
        return Period(_iso(ref.replace(day=1)), _iso(ref))
    if value == "last_year":
        return Period(f"{ref.year - 1}-01-01", f"{ref.year - 1}-12-31")
    if value == "this_year":
        return Period(f"{ref.year}-01-01", _iso(ref))
    return None


_PHRASES: Final[dict[tuple[str, dt.date], Period | None]] = {}


def _phrase_period(phrase: str, value: object, ref: dt.date) -> Period | None:
    """`_phrase`, remembered per phrase and report date."""
    k = (phrase, ref)
    if k not in _PHRASES:
        if len(_PHRASES) > 100_000:
            _PHRASES.clear()
        _PHRASES[k] = _phrase(value, ref)
    return _PHRASES[k]


def _iso_date(lows: tuple[str, ...], i: int) -> DateMention | None:
    """'1991-06-27': a date written the ISO way (in data exports and logs); '1977-02', a
    month so written."""
    if (
        i + 4 < len(lows)
        and lows[i + 1] == lows[i + 3] == "-"
        and len(lows[i]) == 4
        and lows[i].isdecimal()
        and len(lows[i + 2]) == 2
        and lows[i + 2].isdecimal()
        and len(lows[i + 4]) == 2
        and lows[i + 4].isdecimal()
    ):
        d = _safe_date(int(lows[i]), int(lows[i + 2]), int(lows[i + 4]))
        return DateMention(i, i + 5, _day(d)) if d else None
    if (
        i + 2 < len(lows)
        and lows[i + 1] == "-"
        and len(lows[i]) == 4
        and lows[i].isdecimal()
        and len(lows[i + 2]) == 2
        and lows[i + 2].isdecimal()
        and 1 <= int(lows[i + 2]) <= 12
        and 1800 <= int(lows[i]) <= 2100
        and int(lows[i + 2]) != (int(lows[i]) + 1) % 100  # ("the 2010-11 season": two years)
        and not (i + 3 < len(lows) and lows[i + 3] in ("-", "/"))
    ):
        # "1977-02": a month written the ISO way (a data export's month column)
        return DateMention(i, i + 3, _month_period(int(lows[i]), int(lows[i + 2])), exact_day=False)
    return None


def _numeric(lows: tuple[str, ...], i: int, ref: dt.date | None) -> DateMention | None:
    """A date in figures only: '1991-06-27', '24/11/2010', '22.05.2000', '24.02.99'."""
    if (iso := _iso_date(lows, i)) is not None:
        return iso
    if "." in lows[i] and (dotted := _dotted(lows[i])) is not None:
        return DateMention(i, i + 1, _day(dotted))
    if "." in lows[i] and ref is not None and (clocked := _dotted_day(lows, i, ref)):
        return DateMention(i, i + 1, _day(clocked))
    return _slashed(lows, i, ref) if i + 1 < len(lows) and lows[i + 1] == "/" else None


def _dotted(low: str) -> dt.date | None:
    """'22.05.2000', '24.02.99': day, month and year between full stops."""
    parts = low.split(".")
    if len(parts) != 3 or not all(p.isdecimal() for p in parts) or len(parts[2]) not in (2, 4):
        return None
    if not (len(parts[0]) <= 2 and len(parts[1]) <= 2 and 1 <= int(parts[1]) <= 12):
        return None
    y = int(parts[2])
    year = y if y > 99 else 1900 + y if y > 50 else 2000 + y
    return _safe_date(year, int(parts[1]), int(parts[0]))


def _dotted_day(lows: tuple[str, ...], i: int, ref: dt.date) -> dt.date | None:
    """'09.08 22:40': a log entry's day and month before its clock time, or after 'on' ('at
    about 10:00 on 13.10'); the year the report's."""
    parts = lows[i].split(".")
    clock = i + 3 < len(lows) and lows[i + 2] == ":" and lows[i + 1].isdecimal()
    on = i > 0 and lows[i - 1] == "on" and len(parts) == 2 and len(parts[1]) == 2
    if (
        len(parts) != 2
        or not (clock or on)
        or not all(p.isdecimal() and len(p) <= 2 for p in parts)
    ):
        return None
    day, month = int(parts[0]), int(parts[1])
    if not 1 <= month <= 12:
        return None
    return _safe_date(_infer_year(month, day, ref), month, day)


def _day_of_month(lows: tuple[str, ...], i: int, lx: _Lex, ref: dt.date) -> DateMention | None:
    """'on the 7th', 'the evening of the 9th': a day of the month alone, the latest one on
    or before the day of speaking (not 'the 7th Division', nor 'the 9th of May')."""
    low = lows[i]
    if low[-2:] not in _ORDINAL_ENDS or i < 1 or lows[i - 1] != "the":
        return None
    day = _dayno(low)
    after = lows[i + 1] if i + 1 < len(lows) else "."
    if day is None or not (
        after in _AFTER_DAY_ALONE_MARKS
        or after in word_set(lx.lang, "grammar", "day_alone_followers")
    ):
        return None
    year, month = (
        (ref.year, ref.month)
        if day <= ref.day
        else ((ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12))
    )
    d = _safe_date(year, month, day)
    return DateMention(i - 1, i + 1, _day(d)) if d else None


# the marks that may follow a day of the month named alone ('on the 7th.', 'the 9th, when';
# and grammar.json's day_alone_followers)
_AFTER_DAY_ALONE_MARKS: Final = frozenset({".", ",", ";", ":", ")", "-", "–"})


def _slashed(lows: tuple[str, ...], i: int, ref: dt.date | None) -> DateMention | None:
    """'24/11/2010', '11/24/2010' (a day past 12 says which is the month), and '24/11' when
    a clock time or a log entry's text follows ('24/11 07:10'): day first unless it cannot be."""
    n = len(lows)
    if not (i + 2 < n and lows[i + 1] == "/" and len(lows[i]) <= 2 and len(lows[i + 2]) <= 2):
        return None
    if not (lows[i].isdecimal() and lows[i + 2].isdecimal()):
        return None
    a, b = int(lows[i]), int(lows[i + 2])
    day, month = (b, a) if b > 12 >= a else (a, b)
    j = i + 3
    year: int | None = None
    if j + 1 < n and lows[j] == "/" and lows[j + 1].isdecimal() and len(lows[j + 1]) in (2, 4):
        y = int(lows[j + 1])
        year, j = (y if y > 99 else 1900 + y if y > 50 else 2000 + y), j + 2
    elif not (
        j + 2 < n and lows[j].isdecimal() and len(lows[j]) == 2 and lows[j + 1] == ":"
    ) and not (
        # ("02/03 Kidal - ambush on a convoy": a log entry's day, two figures each, first)
        i == 0 and len(lows[0]) == len(lows[2]) == 2 and j < n and lows[j] != "of"
    ):
        return None  # ("1/2 of the villages": a fraction; a day alone needs its clock time)
    if year is None:
        if ref is None or not 1 <= month <= 12:
            return None
        year = _infer_year(month, day, ref)
    d = _safe_date(year, month, day) if 1 <= month <= 12 else None
    return DateMention(i, j, _day(d)) if d else None


def _clock_next(lows: tuple[str, ...], i: int, lang: str) -> bool:
    """Whether the four digits at i are a clock time: "1900 hrs", or the first of "1900 and
    2030 hrs"."""
    units = word_set(lang, "dates", "clock_units")
    k = i + 2 if i + 2 < len(lows) and lows[i + 1] in ("and", "to", "-", "until") else i
    if k > i and not (len(lows[k]) == 4 and lows[k].isdecimal()):
        return False
    return k + 1 < len(lows) and lows[k + 1] in units


def _one(lows: tuple[str, ...], i: int, lx: _Lex, ref: dt.date | None) -> DateMention | None:
    low = lows[i]
    if opens_with_digit(low) and (
        numeric := _numeric(lows, i, ref) or _ordinal_day(lows, i, lx, ref)
    ):
        return numeric
    if ref is not None:
        m = lx.phrases.at(lows, i)
        # "during the night of 26 to 27 April", "the last week of March": the date after
        # "of" says which
        # ("for the 48 hours to 06:00 on 13 February": the stretch the date after closes;
        # "this year to date" is this year)
        closed = m is not None and m.j + 1 < len(lows) and lows[m.j - 1] == "hours"
        if m and not (
            m.j + 1 < len(lows)
            and (lows[m.j] == "of" or (closed and lows[m.j] in ("to", "until", "ending")))
        ):
            value = lx.phrase_values[m.value]
            p = _phrase_period(m.value, value, ref)
            if p:
                return DateMention(
                    i, m.j, p, exact_day=p.start == p.end, relative=isinstance(value, list)
                )
        if low in lx.day_words:
            d = ref + dt.timedelta(days=lx.day_words[low])
            return DateMention(
                i, i + 1, Period(_iso(d), _iso(ref)) if low == "overnight" else _day(d)
            )
        w = _weekday(lows, i, lx, ref)
        if w:
            return w
    if low in lx.mid and i + 1 < len(lows) and lows[i + 1] in lx.months:
        a = _absolute(lows, i + 1, lx, ref)
        if a and not a.exact_day:
            y, mo = int(a.period.start[:4]), int(a.period.start[5:7])
            day = 15 if low.startswith("mid") else (1 if low.startswith("early") else 20)
            return DateMention(i, a.j, _day(dt.date(y, mo, day)), exact_day=False)
    if "-" in low and (h := _hyphened(lows, i, lx, ref)) is not None:
        return h
    if (
        _dayno(low) is not None
        and i + 3 < len(lows)
        and (lows[i + 1] in lx.join or lows[i + 1] in (",", "or"))
        and _dayno(lows[i + 2])
    ):
        # "19 and 20 September", "19-20 September", "14, 15 and 16 October": one range
        k = i + 2
        while lows[k - 1] == "," and k + 2 < len(lows) and lows[k + 1] in (",", "and"):
            if _dayno(lows[k + 2]) is None:
                break
            k += 2
        if lows[k - 1] == "," and k == i + 2:
            k = -1  # "14, 15 ..." must end in "and 16 October"
        b = _absolute(lows, k, lx, ref) if k > 0 else None
        if b and b.exact_day:
            first = _safe_date(int(b.period.start[:4]), int(b.period.start[5:7]), _dayno(low) or 1)
            if first:
                return DateMention(i, b.j, Period(_iso(first), b.period.end))
    a = (
        _absolute(lows, i, lx, ref)
        or _date_time_group(lows, i, lx, ref)
        or _first_span(lows, i, lx, ref)
        or (_day_of_month(lows, i, lx, ref) if ref is not None else None)
    )
    if a:
        return a
    year = _year(low)
    if (
        year is not None
        and i > 0
        and lows[i - 1]
        in ("in", "since", "of", "during", "throughout", "from", "until", "between", "and", "to")
        and not (i + 1 < len(lows) and lows[i + 1] == "year")  # "a woman of 1975 year of birth"
        and lows[i - 2 : i - 1] != ["born"]  # "born in 1975"
        and not _clock_next(lows, i, lx.lang)  # "between 1900 and 2030 hrs": clock times
    ):
        return DateMention(i, i + 1, Period(f"{year}-01-01", f"{year}-12-31"), exact_day=False)
    return None


def _hyphened(lows: tuple[str, ...], i: int, lx: _Lex, ref: dt.date | None) -> DateMention | None:
    """'mid-April' (its 15th), 'Jan-Mar 1978' (a range of months)."""
    low = lows[i]
    if (months := _month_pair(low, lx)) is not None:
        return _months_range(lows, i, months, ref)
    if low.startswith("mid-") and low[4:] in lx.months and ref is not None:
        mo = lx.months[low[4:]]
        j = i + 1
        year = _year(lows[j]) if j < len(lows) else None
        y = year or _month_year(mo, ref)
        return DateMention(i, j + (year is not None), _day(dt.date(y, mo, 15)), exact_day=False)
    return None


def _month_pair(low: str, lx: _Lex) -> tuple[int, int] | None:
    """'jan-mar' -> (1, 3): two months written as one word."""
    a, _, b = low.partition("-")
    if a in lx.months and b in lx.months:
        return lx.months[a], lx.months[b]
    return None


def _months_range(
    lows: tuple[str, ...], i: int, months: tuple[int, int], ref: dt.date | None
) -> DateMention | None:
    """'Jan-Mar 1978': the first month's first day to the last month's last (the year before
    for the first month when the range runs across New Year, 'Nov-Feb 1979')."""
    first, last = months
    said = _year(lows[i + 1]) if i + 1 < len(lows) else None
    if said is None and ref is None:
        return None
    year = said or _month_year(last, ref)  # type: ignore[arg-type]
    start = _month_period(year - (first > last), first).start
    end = _month_period(year, last).end
    return DateMention(i, i + 1 + (said is not None), Period(start, end), exact_day=False)


def _first_span(lows: tuple[str, ...], i: int, lx: _Lex, ref: dt.date | None) -> DateMention | None:
    """'the first four months of the year', 'the first two weeks of July', 'the first 10 days
    of March 2024': the opening stretch of a year or a month."""
    if lows[i] not in lx.first or i + 4 >= len(lows):
        return None
    j = i + 1  # the unit word: "the first month", "the first four months"
    if lows[j] in lx.units:
        n: int | None = 1
    elif lows[j + 1] in lx.units:
        n, j = _count_word(lows[j], lx), j + 1
    else:
        return None
    if n is None:
        return None
    unit = lx.units[lows[j]]
    if lows[j + 1] != "of":
        return None
    k = j + 2
    if k < len(lows) and lows[k] in ("the", "this"):
        k += 1
    if k >= len(lows):
        return None
    year, month = None, None
    if lows[k] in lx.year_words and ref is not None:
        year, k = ref.year, k + 1
    elif (y := _year(lows[k])) is not None:
        year, k = y, k + 1
    elif lows[k] in lx.months:
        month = lx.months[lows[k]]
        y = _year(lows[k + 1]) if k + 1 < len(lows) else None
        year = y if y is not None else (ref.year if ref and month <= ref.month else None)
        k += 2 if y is not None else 1
    if year is None or (unit == "month" and month is not None):
        return None
    start = dt.date(year, month or 1, 1)
    if unit == "month":
        last = min(n, 12)
        end = dt.date(year, last, calendar.monthrange(year, last)[1])
    else:
        end = start + dt.timedelta(days=n * (7 if unit == "week" else 1) - 1)
    a = i - 1 if i > 0 and lows[i - 1] == "the" else i
    return DateMention(a, k, Period(_iso(start), _iso(end)), exact_day=False)


def _count_word(low: str, lx: _Lex) -> int | None:
    """'four' -> 4, '10' -> 10, 'twenty-four' -> 24 (the counts a stretch of time is given in)."""
    return int(low) if low.isdecimal() else word_value(low, lx.lang)


def _date_time_group(
    lows: tuple[str, ...], i: int, lx: _Lex, ref: dt.date | None
) -> DateMention | None:
    """'061800B MAY 95', '071435B': a military date-time group (day, hour, minute and a time
    zone letter, then month and year if given); without a month, the day falls in the
    report's month, or the month before when that day is still to come."""
    low = lows[i]
    if len(low) != 6 or not low.isdecimal() or i + 1 >= len(lows):
        return None
    if len(lows[i + 1]) == 1 and lows[i + 1].isalpha():
        j = i + 2
    elif lows[i + 1] in lx.months:
        j = i + 1  # "031800 Jan 92", "101015 APR.": no time zone letter, then the month
    else:
        return None
    day, hour, minute = int(low[:2]), int(low[2:4]), int(low[4:])
    if not (1 <= day <= 31 and hour <= 23 and minute <= 59):
        return None
    month = lx.months.get(lows[j]) if j < len(lows) else None
    year = None
    if month is not None:
        j += 1
        if j < len(lows) and lows[j].isdecimal() and len(lows[j]) in (2, 4):
            year = int(lows[j]) if len(lows[j]) == 4 else 1900 + int(lows[j])
            year += 100 if year < 1950 else 0  # "95" is 1995, "24" is 2024
            j += 1
    elif ref is not None:
        month = ref.month if day <= ref.day else (ref.month - 2) % 12 + 1
    if month is None or (year is None and ref is None):
        return None
    d = _safe_date(year if year is not None else _infer_year(month, day, ref), month, day)  # type: ignore[arg-type]
    return DateMention(i, j, _day(d)) if d else None


def _since_before(lows: tuple[str, ...], i: int, found: list[DateMention], lx: _Lex) -> int | None:
    """Where 'since' opens the clause that ends in the date at token i, if it does."""
    last = found[-1].j if found else 0
    # "Since my last briefing to this Council, on 16 June, ...": the date in apposition
    apposed = i > 1 and lows[i - 1] == "on" and lows[i - 2] == ","
    # ("since the ceasefire came into force at 2359 hrs 28 Dec 79": past the clock time)
    clock = 0
    while (
        i - clock > 0
        and clock < 4
        and (lows[i - clock - 1] in lx.clock or lows[i - clock - 1].isdecimal())
    ):
        clock += 1
    # (a sentence that opens with "Since" reaches to its first comma: "Since the attacks
    # carried out by ... in the early hours of Monday, 2 August, ...")
    opened = next((k for k in range(min(3, i)) if lows[k] in lx.since), None)
    reach = i - clock - (12 if apposed else 11)
    if opened is not None and last <= opened:
        reach = opened - 1
    for k in range(i - 1, max(last - 1, reach), -1):
        if lows[k] in lx.since:
            return k
        if lows[k] in (",", ";", ".", "and", "but", "while") and not (apposed and k == i - 2):
            return None
        if (
            lows[k].isdecimal()
            and lows[k - 1] not in lx.clock
            and (lows[k + 1] == "on" or lows[k + 1] not in lx.clock)
        ):
            return None  # "since the clashes began reached 45 on Monday": a count, no clock
    return None


def _unpossessed_days(lows: tuple[str, ...], lx: _Lex) -> tuple[str, ...]:
    """The day of 'yesterday's events', 'Wednesday night's actions' read as a day, when what
    it owns is something that happened (not 'Saturday's election')."""
    owned = word_set(lx.lang, "dates", "possessive_day_nouns")
    out: list[str] | None = None  # (a copy only when a day is read: `word_marks` remembers
    for k, w in enumerate(lows):  # the words of the sentence by identity)
        day = unpossessed(w)
        if day != w and (day in lx.weekdays or day in lx.day_words):
            if any(lows[x] in owned for x in range(k + 1, min(len(lows), k + 3))):
                if out is None:
                    out = list(lows)
                out[k] = day  # ("Saturday's suicide bombing")
    return lows if out is None else tuple(out)


def find_dates(
    tokens: tuple[Token, ...],
    published: str | None,
    lang: str = "en",
    lows: tuple[str, ...] | None = None,
    text: str | None = None,
) -> tuple[DateMention, ...]:
    """Every time expression in a sentence's tokens, resolved against `published` (`lows`:
    the tokens' lower-case forms, and `text` the sentence, when the caller has them)."""
    lx = _LEX.get(lang)
    hyphens = text is None or "-" in text  # (most sentences hyphen no word)
    ref = _ref(published) if published else None
    if lows is None:
        lows = tuple([t.low for t in tokens])
    if any(len(w) > 2 and w[-1] == "." for w in lows):
        # "Dec." and "Sept." are months: compare without the abbreviation's dot
        lows = tuple([w[:-1] if len(w) > 2 and w[-1] == "." else w for w in lows])
    if text is None or "'s" in text or "’s" in text:
        # "yesterday's events", "in Saturday's shooting": the day the possessive names
        lows = _unpossessed_days(lows, lx)
    if text is not None and ("  " in text or "\t" in text):
        lows = _column_apart(tokens, lows, lx, text)
    if (text is None or "ay" in text) and "day" in lows:
        # "May Day marchers": a feast named after its month is no month
        lows = tuple(["" if w in lx.months and lows[k + 1 : k + 2] == ("day",) else w
                      for k, w in enumerate(lows)])  # fmt: skip
    marks = word_marks(lows, lang)
    if any(m & _HOMOGRAPH for m in marks):
        # "a protest march", "troops march on": a month only capitalised or with its day
        lows = tuple([
            "" if w in lx.homographs and tokens[k].text == w
            and not (k + 1 < len(lows) and (_dayno(lows[k + 1]) or _year(lows[k + 1])))
            and not (k and _dayno(lows[k - 1]) is not None) else w
            for k, w in enumerate(lows)
        ])  # fmt: skip
        # (the marks stay, but a blanked word's: no list holds "")
        marks = tuple([m if lows[k] else 0 for k, m in enumerate(marks)])
    named = [k for k, m in enumerate(marks) if m & _WEEKDAY and _dated(lows, k + 1, lx)]
    if not named:
        return _find(lows, lx, ref, lang, marks, hyphens)
    # "between Monday 3 and Sunday 9 February": a weekday before its date only names the
    # date's day; read the dates without it, then give each date back its weekday
    drop = set(named) | {k + 1 for k in named if lows[k + 1] == ","}
    kept = [k for k in range(len(lows)) if k not in drop]
    at = [*kept, len(lows)]
    lows_kept, marks_kept = tuple([lows[k] for k in kept]), tuple([marks[k] for k in kept])
    found = _find(lows_kept, lx, ref, lang, marks_kept, hyphens)
    return tuple(
        DateMention(
            at[m.i] - 1 - (lows[at[m.i] - 1] == ",") if at[m.i] - 1 in drop else at[m.i],
            at[m.j - 1] + 1, m.period, m.since, m.exact_day, m.relative,
        )
        for m in found
    )  # fmt: skip


def _column_apart(
    tokens: tuple[Token, ...], lows: tuple[str, ...], lx: _Lex, text: str
) -> tuple[str, ...]:
    """'January      4', 'February<tab>2': a month in a table's first column and the count
    in its next is no day of the month (the number is blanked for the reading of dates)."""
    out = list(lows)
    base = tokens[0].start - (len(text) - len(text.lstrip())) if tokens else 0
    for k in range(len(lows) - 1):
        if lows[k] in lx.months and lows[k + 1].isdecimal():
            gap = text[tokens[k].end - base : tokens[k + 1].start - base]
            if "\t" in gap or "  " in gap:
                out[k + 1] = ""
    return tuple(out)


def _dated(lows: tuple[str, ...], k: int, lx: _Lex) -> bool:
    """A date at k, past a comma: 'Monday, 3 February', 'Monday, March 3', 'Monday 3 and
    Sunday 9 February' (never the count of 'On Monday 3 shells hit')."""
    n = len(lows)
    if k < n and lows[k] == ",":
        k += 1
    if k >= n or _dayno(lows[k]) is None:
        return k < n and lows[k] in lx.months
    nxt = lows[k + 1] if k + 1 < n else ""
    after = lows[k + 2] if k + 2 < n else ""
    return nxt in lx.months or (
        nxt in lx.join and (after in lx.weekdays or _dayno(after) is not None)
    )


def _find(
    lows: tuple[str, ...],
    lx: _Lex,
    ref: dt.date | None,
    lang: str,
    marks: tuple[int, ...],
    hyphens: bool,
) -> tuple[DateMention, ...]:
    """The dates in `lows`, whose `word_marks` are `marks` (`hyphens`: whether any has a "-")."""
    out: list[DateMention] = []
    i = 0
    while i < len(lows):
        low = lows[i]
        if (
            not marks[i] & _TRIGGER
            and not opens_with_digit(low)
            # ("mid-April", "Jan-Mar": no word of two letters is one, nor searched for "-")
            and not (
                hyphens
                and len(low) > 2
                and "-" in low
                and (low.startswith("mid-") or _month_pair(low, lx))
            )
        ):
            i += 1  # most words can open no date: skip them cheaply
            continue
        m = _one(lows, i, lx, ref)
        if m is None:
            i += 1
            continue
        if m.exact_day and not m.since:
            m = _ending(lows, m, lx)  # "the week ending 16 September"
        since_at = _since_before(lows, m.i, out, lx)
        if since_at is not None and ref is not None and not m.since:
            # "since 2014", and "since the truce took effect on 2 April": open ranges to D
            end = _iso(ref)
            m = DateMention(
                since_at, m.j, Period(m.period.start, max(end, m.period.start)), since=True
            )
        prev = out[-1] if out else None
        if (
            prev is not None
            and (k := _joiner(lows, prev, m, lx)) >= 0
            and not m.since
            and (first := _joined_start(lows, prev, m, lx)) is not None
            and (
                lows[k] != "and"
                or (prev.i > 0 and lows[prev.i - 1] in ("between", "from"))
                or prev.exact_day == m.exact_day  # "4 and 5 May", "February and March"
            )
        ):
            # "between Monday and Tuesday", "from 1 to 7 May": one range
            start = prev.i - 1 if prev.i > 0 and lows[prev.i - 1] in ("between", "from") else prev.i
            out[-1] = DateMention(start, m.j, Period(first, m.period.end), prev.since)
        elif (
            prev is not None
            and not m.since
            and (first := _start_by(prev, m)) is not None
            and (opened := _range_start(lows, prev, m, lx)) is not None
        ):
            out[-1] = DateMention(opened, m.j, Period(first, m.period.end), prev.since)
        elif prev is not None and _restated(lows, prev, m, lx):
            # "at 6 p.m. this evening, Saturday, July 22": the day named again, in full
            out[-1] = DateMention(prev.i, m.j, m.period, m.since, m.exact_day)
        else:
            out.append(m)
        i = max(m.j, i + 1)
    if len(out) > 1 and out[0].i <= 2:
        out = _framed(out, lows, lx)
    if ref is not None and any(w & _SINCE for w in marks):  # (a word of lx.since: its mark)
        out = _since_hour(out, lows, lx, ref)
    return _as_of(out, lows, lang)


def _since_hour(
    found: list[DateMention], lows: tuple[str, ...], lx: _Lex, ref: dt.date
) -> list[DateMention]:
    """'No disorder has been reported since 0200 hrs', 'Since midnight no incident ...': a
    morning's hour named with no day since when is of the day of the report."""
    out = list(found)
    for k in range(len(lows) - 1):
        if lows[k] not in lx.since:
            continue
        nxt = lows[k + 1]
        if nxt in _SINCE_HOURS:
            j = k + 2
        elif len(nxt) == 4 and nxt.isdecimal() and _clock_next(lows, k + 1, lx.lang):
            j = k + 3
        elif _CLOCK.fullmatch(nxt) and _clock_ends(lows, k + 2, lx):
            j = k + 2
        else:
            continue
        after = lows[j] if j < len(lows) else ""
        if nxt[:1].isdigit() and (int(nxt[:2].rstrip(":.")) >= _NOON or after in ("pm", "p")):
            continue  # ("since 1800 hrs", "since 10.30 pm": the evening before, or the day's)
        if any(k <= d.j and d.i <= j + 2 for d in found):
            continue  # ("since 0200 hrs on 10 March": the day is named)
        day = _iso(ref)
        out.append(DateMention(k, j, Period(day, day), since=True))
    return sorted(out, key=lambda d: d.i)


def _clock_ends(lows: tuple[str, ...], k: int, lx: _Lex) -> bool:
    """Whether the word at k may follow a clock time ('06.00 hours', '9.30 am', '01.45,'):
    a unit, a meridiem, a mark or the end (not '2.15 percent')."""
    if k >= len(lows):
        return True
    low = lows[k]
    return (
        not low[:1].isalpha()
        or low in ("am", "pm", "a", "p")
        or low in word_set(lx.lang, "dates", "clock_units")
    )


_SINCE_HOURS: Final = frozenset({"midnight", "dawn", "daybreak"})
_NOON: Final = 12
_CLOCK: Final = re.compile(r"\d{1,2}[:.]\d\d")


def _restated(lows: tuple[str, ...], prev: DateMention, m: DateMention, lx: _Lex) -> bool:
    """Whether m names again, by its date, the day prev names by the day of speaking
    ('this evening, Saturday, July 22', 'yesterday (Friday)')."""
    if m.i != prev.j + 1 or lows[prev.j] not in (",", "(") or m.since or prev.since:
        return False
    words = word_set(lx.lang, "dates", "speaking_day_words")
    return any(lows[k] in words or lows[k] in lx.day_words for k in range(prev.i, prev.j))


def _joiner(lows: tuple[str, ...], prev: DateMention, m: DateMention, lx: _Lex) -> int:
    """The token joining two dates into one range ('4 and 5 May', 'late on Wednesday and
    early on Thursday', 'Wednesday night and early Thursday': parts of the day around the
    joiner), or -1."""
    if m.i == prev.j + 1:
        return prev.j if lows[prev.j] in lx.join else -1
    k = prev.j
    while k < m.i and k < prev.j + 2 and lows[k] in lx.day_parts:
        k += 1
    if k >= m.i or m.i - k > 4 or lows[k] not in lx.join:
        return -1
    gap = range(k + 1, m.i)
    return k if all(lows[x] in lx.day_parts or lows[x] == "on" for x in gap) else -1


def _said_year(lows: tuple[str, ...], m: DateMention) -> bool:
    return any(_year(lows[k]) is not None for k in range(m.i, m.j))


def _framed(out: list[DateMention], lows: tuple[str, ...], lx: _Lex) -> list[DateMention]:
    """'18 Apr 1978 - Khmer Rouge troops enter Ba Chuc; by the time they are driven out on 30
    April ...': a sentence that opens on a date with its year (a chronology's entry, "On 23
    August 1988, ...") dates the days it names without a year near it, not near the report's
    own day: in the year that puts them nearest it, a day after it counting double ('On 5
    January 2023, ... the truce of 28 July' looks back)."""
    head = out[0]
    if head.since or not _said_year(lows, head):
        return out
    frame = dt.date.fromisoformat(head.period.start)
    fixed = [head]
    for m in out[1:]:
        start = dt.date.fromisoformat(m.period.start)
        if (
            m.since
            or m.relative
            or _said_year(lows, m)
            or not any(lows[k] in lx.months for k in range(m.i, m.j))
        ):
            fixed.append(m)
            continue
        best = min(
            (y - start.year for y in (frame.year - 1, frame.year, frame.year + 1)
             if _safe_date(y, start.month, start.day)),
            key=lambda shift: _distance(start.replace(year=start.year + shift), frame),
        )  # fmt: skip
        if best == 0:
            fixed.append(m)
            continue
        period = Period(_shifted(m.period.start, best), _shifted(m.period.end, best))
        fixed.append(replace(m, period=period))
    return fixed


def _distance(d: dt.date, frame: dt.date) -> int:
    days = (d - frame).days
    return 2 * days if days > 0 else -days


def _shifted(iso: str, years: int) -> str:
    d = dt.date.fromisoformat(iso)
    y = d.year + years
    return _iso(_safe_date(y, d.month, d.day) or dt.date(y, d.month, d.day - 1))


_EVENT_REACH: Final = 12  # words from "between" to the day of the event that opens a range
_SPAN_DAYS: Final = {"day": 1, "week": 7, "fortnight": 14}
_LONGEST_STRETCH: Final = 3660  # days: ten years


def _ending(lows: tuple[str, ...], m: DateMention, lx: _Lex) -> DateMention:
    """'the week ending 16 September', 'the seven days ended 3 May', 'the 48 hours to 06:00
    on 13 February': the stretch of days that closes on the date."""
    k = m.i - 1
    while k > 0 and (lows[k] in lx.clock or lows[k][:1].isdigit() or lows[k] in lx.meridiem):
        k -= 1  # "to 0600 on 12 March", "ending at 0600 hours today", "at 6.00 a.m. today"
    if k < 1 or lows[k] not in ("ending", "ended", "to", "until"):
        return m
    u = k - 1 - (k > 1 and lows[k] == "to" and lows[k - 1] == "up")  # "the 24 hours up to"
    unit, n = lows[u], 1
    hours = _count_word(lows[u - 1], lx) if u > 0 and unit in ("hours", "hrs") else None
    if hours is not None:
        n = hours // 24 + 1  # "the 48 hours to 06:00 on 13 February": 11-13
    elif unit in lx.units or unit == "fortnight":
        unit = lx.units.get(unit, unit)
        if u > 0 and (count := _count_word(lows[u - 1], lx)) is not None:
            n = count * _SPAN_DAYS.get(unit, 0)
        else:
            n = _SPAN_DAYS.get(unit, 0)
        if lows[k] in ("to", "until") and unit != "day":
            return m  # ("up to two weeks to 3 May" says too little)
    else:
        return m
    end = dt.date.fromisoformat(m.period.end)
    if n < 2 or n > _LONGEST_STRETCH or end.toordinal() <= n:
        return m  # (nor "the 99999 weeks ending ...", nor one reaching back before year 1)
    start = end - dt.timedelta(days=n - 1)
    return DateMention(m.i, m.j, Period(_iso(start), m.period.end), exact_day=False)


def _start_by(prev: DateMention, m: DateMention) -> str | None:
    """A range's first day, in the year its last day names when it gives none of its own
    ('11 February to 12 February 1988'); None when it falls after the last."""
    start = prev.period.start
    if start > m.period.end and (prev.exact_day or _month_only(prev)):
        return _in_year_of(start, m.period.end)
    return start if start <= m.period.end else None


def _in_year_of(start: str, end: str) -> str | None:
    """The day of `start` in the year of `end`, or the year before, not after `end`:
    "11 February to 12 February 1988"; "30 December to 2 January 1988"; "Jun-Aug 1969"."""
    year, month, day = int(end[:4]), int(start[5:7]), int(start[8:10])
    for y in (year, year - 1):
        d = _safe_date(y, month, day) if y >= 1 else None
        if d is not None and _iso(d) <= end:
            return _iso(d)
    return None


def _joined_start(lows: tuple[str, ...], prev: DateMention, m: DateMention, lx: _Lex) -> str | None:
    """The first day of 'prev <joiner> m': prev's own, or, when only m says its year ('Jun-Aug
    1969', '30 December to 2 January 1988'), prev's day in that year."""
    if (
        _said_year(lows, m)
        and not _said_year(lows, prev)
        and (lows[prev.i] in lx.months or _dayno(lows[prev.i]) is not None)
        and (prev.exact_day or _month_only(prev))
    ):
        return _in_year_of(prev.period.start, m.period.end)
    return prev.period.start if m.period.end >= prev.period.start else None


def _month_only(d: DateMention) -> bool:
    """A whole calendar month ('June', 'June 1969')."""
    p = d.period
    return (
        p.start[:7] == p.end[:7]
        and p.start[8:] == "01"
        and p.end == _month_period(int(p.start[:4]), int(p.start[5:7])).end
    )


def _range_start(lows: tuple[str, ...], prev: DateMention, m: DateMention, lx: _Lex) -> int | None:
    """Where a range opens whose ends are further apart than one joiner: 'from 11 March, the
    first day of the fast, to 31 March', 'between 22:00 on 4 July and 05:00 on 5 July'."""
    a = prev.i - 1  # the opener, before any clock time ("from about 19:00 on 26 January")
    while a >= 0 and prev.i - a <= 6 and (lows[a] in lx.clock or lows[a].isdecimal()):
        if lows[a] == ":" and (a == 0 or not lows[a - 1].isdecimal()):
            break  # a label's colon, not a clock's
        a -= 1
    # (or a label's colon: "Period covered: 0600 hrs 11 February to 0600 hrs 12 February")
    if a >= 0 and lows[a] not in ("between", "from", ":"):
        # "between the entry into force of the cease-fire at 0300 hours on 20 August and
        # 2400 hours on 28 August": the event that opens the range, named before its day
        a = next((k for k in range(a, max(-1, a - _EVENT_REACH), -1)
                  if lows[k] in ("between", "from") or lows[k] in (",", ";")), -1)  # fmt: skip
    if a < 0 or lows[a] not in ("between", "from", ":"):
        return None
    k = prev.j  # the joiner, after an aside between commas
    if k < m.i and lows[k] == ",":
        k = next((x + 1 for x in range(k + 1, min(m.i, k + 14)) if lows[x] == ","), m.i)
    if k >= m.i or lows[k] not in lx.join or (lows[a] == "between") != (lows[k] == "and"):
        return None
    if lows[a] == ":" and lows[k] == "and":
        return None
    # between the joiner and the far end, a clock time at most ("to 17:30 on 27 January")
    # or a part of the day ("and the morning of 14 December")
    if not all(
        lows[x] in lx.clock or lows[x] in lx.day_parts or lows[x].isdecimal()
        for x in range(k + 1, m.i)
    ):
        return None
    return a


def _as_of(found: list[DateMention], lows: tuple[str, ...], lang: str) -> tuple[DateMention, ...]:
    """'As of 6 p.m. on Thursday, ... six times since it took effect on Dec. 23': an open
    range ends on the 'as of' day, not on the report's."""
    said = word_set(lang, "attribution", "speech_verbs")
    cut = next(
        (d for d in found if not d.since and (any(
            lows[k] == "as" and lows[k + 1] == "of" for k in range(max(0, d.i - 10), d.i - 1)
        ) or (d.i > 1 and lows[d.i - 1] == "on" and lows[d.i - 2] in said))),
        None,
    )  # fmt: skip
    if cut is None:
        return tuple(found)
    return tuple(
        replace(d, period=Period(d.period.start, cut.period.end))
        if d.since and d.period.start <= cut.period.end and d is not cut
        else d
        for d in found
    )
