"""Stage 3b: the time of a claim when its sentence leaves it open.

Phrases that point back ("the same period", "during the day"), a toll "since the truce
began", the day a speaker spoke ("said on 10 February that ..."), "today" inside a quote,
a launch inside a "since" range, an incident listed inside a tally with its own day.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from truceline.extract.dates import DateMention
from truceline.extract.view import Draft, View
from truceline.lexicon import PerLanguage, load, word_set
from truceline.model import Period
from truceline.text.tokens import PhraseMatcher, matcher

QUOTES: Final = ('"', "“", "”")


# (the words of the same period, a declared period and days after are among the phrases
# the cues' pass finds: `Cues.phrase`)
def _read_since_event(lang: str) -> PhraseMatcher:
    return matcher(load(lang, "dates")["since_event"])


_SINCE_EVENT: Final = PerLanguage(_read_since_event)


def declared_period(view: View) -> Period | None:
    """'Reporting period 061800B to 071800B MAY 95', 'the period under review (1-7 May)':
    the period a report says it covers, for 'in the reporting period' later on."""
    for m in view.cues.phrase("@declared_period"):
        got = next((d for d in view.dates if m.j <= d.i <= m.j + 3), None)
        if got is not None:
            return got.period
    return None


def refers_back(view: View) -> bool:
    """'during the day', 'that night' and no other date: the time of the sentences before."""
    refs = view.cues.phrase("@same_period")
    return bool(refs) and all(any(m.i <= d.i < m.j for m in refs) for d in view.dates)


def referred_period(  # noqa: PLR0913
    view: View,
    before: Period | None,
    truce: str | None,
    today: str | None,
    declared: Period | None = None,
) -> Period | None:
    """'over the same period' -> the period `before`; 'since the truce began' -> from the
    day the `truce` began to the day of saying, else `today`; 'in the reporting period' ->
    the period the report `declared` it covers."""
    said = view.cues.phrase("@declared_period")
    if (
        declared is not None
        and said
        and all(any(m.i <= d.i < m.j for m in said) for d in view.dates)
    ):
        return declared  # (a date the phrase itself gives, "during the week", yields to it)
    # ("163 killed since the ceasefire took effect, and 1,018 enemy over the same period":
    # the same period is the one the sentence gave)
    if since := _since_truce(view, truce, today):
        return since
    if before is not None and _since_then(view):
        # "Since then the observers have reported 11 violations": from the time before to
        # the day of saying
        end = saying_day(view) or today or before.end
        return Period(before.start, max(before.start, end))
    # ("compared with 24 in the same period of 1996": a period of its own, no reference)
    if before is not None and any(
        not any(m.j <= d.i <= m.j + 1 for d in view.dates) for m in view.cues.phrase("@same_period")
    ):
        return before
    if before is not None and (later := _days_later(view)) is not None:
        # "A second strike hit the market two days later", "the following day"; "the next
        # morning" after a night is the night's second day
        start, days = later
        first = before.start if start else before.end
        day = (dt.date.fromisoformat(first) + dt.timedelta(days=days)).isoformat()
        return Period(day, day)
    return None


def _since_then(view: View) -> bool:
    """'since then', 'since that date', 'since that hour': a range from a time said before
    (and no date of the sentence's own after 'since')."""
    lows = view.lows
    for k, low in enumerate(lows[:-1]):
        if (
            low == "since"
            and lows[k + 1] in word_set(view.lang, "grammar", "since_back_words")
            and not any(d.i > k for d in view.dates)
        ):
            return True
    return False


def _since_truce(view: View, truce: str | None, today: str | None) -> Period | None:
    """'since the truce began' -> from the day the `truce` began to the day of saying."""
    if truce is None or today is None:
        return None
    lows = view.lows
    compared = word_set(view.lang, "dates", "since_comparisons")
    for k, low in enumerate(lows):
        if low == "since" and any(w in compared for w in lows[max(0, k - 8) : k]):
            continue  # "the highest toll in a single day since the truce began": a comparison
        if low == "since":
            for m in _SINCE_EVENT.get(view.lang).find(lows[k + 1 : k + 6]):
                if m.i <= 2:
                    # "said on 10 February that 83 had been killed since the truce began"
                    end = saying_day(view) or today
                    return Period(truce, max(truce, end))
    return None


def _days_later(view: View) -> tuple[bool, int] | None:
    """How many days after the time before a sentence's 'two days later', 'the next day' or
    'the following morning' is, and whether they count from its first day."""
    m = view.cues.phrase("@days_after")
    if m:
        morning = m[0].value == "morning"
        return morning, 1 if morning else int(m[0].value)
    for hit in view.cues.phrase("@days_later"):
        n = next((n for n in view.numbers if n.j == hit.i), None)
        if n is not None and not n.vague:
            return False, n.value
    return None


def deictic(view: View, date: DateMention) -> bool:
    """'today', 'tonight', 'this evening': words for the day of speaking."""
    words = word_set(view.lang, "dates", "speaking_day_words")
    return any(view.tokens[k].low in words for k in range(date.i, date.j))


def spoken_day(view: View) -> Period | None:
    """The day the words after a sentence's last quote mark give for the saying
    ('..." he told TV on Wednesday')."""
    marks = [k for k, t in enumerate(view.tokens) if t.text in QUOTES]
    after = [x for x in view.dates if marks and x.i > marks[-1] and not x.since]
    return after[0].period if after else None


def quoted_today(view: View, date: DateMention) -> Period | None:
    """A 'today' or 'this evening' inside a quotation is the day the quote was spoken,
    when the words after the quotation date the speaking ('..., he told TV on Wednesday')."""
    if not deictic(view, date):
        return None
    marks = [k for k, t in enumerate(view.tokens) if t.text in QUOTES]
    # inside a quote: between two marks, or before the one closing a quote opened earlier
    if not marks or not (marks[0] < date.i < marks[-1] or (len(marks) == 1 and date.i < marks[0])):
        return None
    return spoken_day(view)


def saying_day(view: View) -> str | None:
    """The day a sentence says its speaker spoke ('said on 10 February that ...')."""
    spoken = (*view.cues.by.get("speech_verbs", ()), *view.cues.by.get("speech_nouns", ()))
    said = {m.j for m in spoken}
    return next((d.period.end for d in view.dates if d.i in said or d.i - 1 in said), None)


def from_speaking(view: View, date: DateMention, today: str | None) -> Period | None:
    """'said on Thursday that rebels fired ... the previous day': a day counted back from
    the day the speaker spoke, not from the report's."""
    said = saying_day(view)
    if not date.relative or said is None or today is None or said == today:
        return None
    shift = dt.date.fromisoformat(said) - dt.date.fromisoformat(today)
    start = dt.date.fromisoformat(date.period.start) + shift
    end = dt.date.fromisoformat(date.period.end) + shift
    return Period(start.isoformat(), end.isoformat())


def launched_within(view: View, date: DateMention) -> bool:
    verbs = (*view.cues.by.get("operation_verbs", ()), *view.cues.by.get("agreement_verbs", ()))
    return any(date.i < m.i < date.j for m in verbs)


def own_day(view: View, d: Draft, drafts: list[Draft]) -> Period | None:
    """An incident listed as a part ('including an ambush near X last Wednesday') keeps the
    day its own clause gives."""
    if d.kind != "incident" or d.parent is None:
        return None
    total = drafts[d.parent].anchor[1] if d.parent >= 0 else 0
    after = [x for x in view.dates if x.i >= total and not x.since]
    if not after:
        return None
    return min(after, key=lambda x: min(abs(x.i - d.anchor[1]), abs(d.anchor[0] - x.j))).period
