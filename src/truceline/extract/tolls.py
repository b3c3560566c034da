"""People killed and injured: which counts are a toll, whether the toll is one incident's
or a casualty tally, and the drafts it makes (or the tally it joins)."""

from __future__ import annotations

from typing import Final

from truceline.extract.counts import estimate_verb_before, head, past_auxiliaries
from truceline.extract.numbers import Number
from truceline.extract.view import Draft, View, days, in_date, several_days
from truceline.lexicon import load, word_set
from truceline.model import Count
from truceline.text.tokens import Match, Token, unpossessed


def _casualty_field(view: View, n: Number, head_at: int) -> str | None:
    """'killed' or 'injured' for a count of people, from the nearest casualty word."""
    best: tuple[int, str] | None = None
    for cat in ("killed", "injured"):
        for m in view.cues.by.get(cat, ()):
            dist = m.i - max(n.j, head_at)
            if m.j == n.i or (m.j + 1 == n.i and view.tokens[m.j].low == "of"):
                d = -2  # "killing four", "the martyrdom of 7": the word right before is its own
            elif -1 <= dist <= 12:
                d = dist
            elif n.i - 4 <= m.i < n.i and not any(
                t.low in ("and", ",", ";") for t in view.tokens[m.j : n.i]
            ):  # "killed and three wounded": a word before the 'and' is another subject's
                d = (n.i - m.i) + 2
            else:
                continue
            if best is None or d < best[0]:
                best = (d, cat)
    return best[1] if best else None


def _toll_told(view: View, n: Number) -> str | None:
    """The toll field of a count with no casualty word of its own: the dead counted by
    their bodies, or a toll a verb puts at the count, or brings it to."""
    if _bodies_counted(view, n):
        return "killed"  # "the Red Cross has collected 394 bodies": the dead, by their bodies
    return _put_at(view, n)


def _put_at(view: View, n: Number) -> str | None:
    """'put the number of people killed in the fighting at 196', 'put the wounded at 40': a
    toll a verb of estimating sets at the number after 'at' ('killed' or 'injured')."""
    toks = view.tokens
    at = n.i - 1 - (n.i > 1 and toks[n.i - 1].text in _QUOTES)  # 'at "more than 30"'
    if at < 2 or toks[at].low != "at":
        return _risen_to(view, n)
    v = estimate_verb_before(view, at, _PUT_REACH)
    if v is None:
        return _risen_to(view, n)  # "the number of soldiers killed ... stands at nine"
    for cat in ("killed", "injured"):
        if any(v < m.i < n.i for m in view.cues.by.get(cat, ())):
            return cat
    return None


def _risen_to(view: View, n: Number) -> str | None:
    """'the death toll has risen to 76', 'the number of people killed reached 45': a toll
    a verb of rising brings to the number after it ('killed' or 'injured')."""
    toks = view.tokens
    v = n.i - 1 - (n.i > 1 and toks[n.i - 1].low in ("to", "at"))
    if v < 1 or toks[v].low not in word_set(view.lang, "cues", "toll_rise_verbs"):
        return None
    for cat in ("killed", "injured"):
        if any(v - _PUT_REACH < m.i < v for m in view.cues.by.get(cat, ())):
            return cat
    return None


_PUT_REACH: Final = 20  # tokens from "put" to its "at"
_QUOTES: Final = frozenset({'"', "“", "'", "‘"})


def _participle(view: View, n: Number) -> bool:
    """Whether a casualty count hangs on '-ing' ('killing five', 'wounding nine')."""
    toks = view.tokens
    return any(toks[k].low.endswith("ing") for k in range(max(0, n.i - 3), n.i)
               if _casualty_at(view, k))  # fmt: skip


def _singular_people(view: View) -> list[Number]:
    """'a child was killed', 'a teacher was injured': one person, said without a number."""
    toks = view.tokens
    out: list[Number] = []
    if not (view.cues.has("killed") or view.cues.has("injured")):
        return out  # (both readings below need one of these cues: most sentences have none)
    for k, t in enumerate(toks[:-2]):
        if t.low not in ("a", "an"):
            continue
        if k and _casualty_at(view, k - 1):
            # "shelling killed a woman", "wounding a child": one person, the verb's object
            if any(view.cues.at("persons", q) for q in range(k + 1, min(k + 3, len(toks)))):
                out.append(Number(k, k + 1, 1, word=True))
            continue
        for q in range(k + 2, min(k + 7, len(toks) - 1)):
            if toks[q].low in ("was", "is", "has") and any(
                view.cues.at(c, q + 1) or view.cues.at(c, q + 2) for c in ("killed", "injured")
            ):
                if not any(view.cues.covering(c, x) for c in _THINGS for x in range(k + 1, q)):
                    out.append(Number(k, k + 1, 1, word=True))
                break
    return out


_THINGS: Final = ("munition_nouns", "measure_nouns", "attack_nouns", "violation_nouns", "settlement_nouns")  # fmt: skip


def _casualties(view: View) -> tuple[list[tuple[str, Number, int]], list[tuple[str, Number, int]]]:
    """People counted as killed or injured: (field, number, head token) totals and parts."""
    totals: list[tuple[str, Number, int]] = []
    parts: list[tuple[str, Number, int]] = []
    opener = min(view.cues.first("part_openers", 10**6), _colon_after_count(view))
    for n in (*view.numbers, *_singular_people(view)):
        if n.vague or n.times or in_date(view, n):
            continue
        cat, head_at = head(view, n)
        if n.word and n.value == 1 and n.j == n.i + 1 and view.tokens[n.i].low in ("a", "an"):
            cat, head_at = "persons", n.i + 1
        after = n.j
        toks = view.tokens
        if after + 1 < len(toks) and (
            toks[after].low.endswith("ly") or _compound_modifier(toks[after])
        ):
            # "162 seriously injured", "21 conflict-related deaths": a word between the
            # count and its casualty word
            after += 1
        elif (
            after + 1 < len(toks)
            and toks[after].low in ("were", "was")
            and n.i > 0
            and toks[n.i - 1].low == "and"
            and (view.cues.at("killed", after + 1) or view.cues.at("injured", after + 1))
        ):
            after += 1  # "two were killed and four were wounded": a count as the subject
        direct = (
            after < len(view.tokens)
            and (view.cues.at("killed", after) or view.cues.at("injured", after))
        ) or (
            n.i > 0
            and (  # "wounding nine", "the wounding of 23"
                _casualty_at(view, n.i - 1)
                or (n.i > 1 and toks[n.i - 1].low == "of" and _casualty_at(view, n.i - 2))
            )
        )
        if cat != "persons" and not direct and (put := _toll_told(view, n)) is not None:
            totals.append((put, n, n.j - 1))  # "put the number of people killed ... at 196"
            continue
        if totals and (group := _partitive(view, n, cat, head_at, bool(direct), totals[-1][0])):
            if group[0]:
                parts.append((group[0], n, group[1]))
            continue
        if cat is None and totals and not direct and _placed_share(view, n, totals[-1][1]):
            parts.append((totals[-1][0], n, n.j - 1))  # "41 killed, 33 in Borno and 8 in Yobe"
            continue
        if cat != "persons" and not direct:
            continue
        if direct and cat != "persons":
            head_at = after
        f = _casualty_field(view, n, head_at)
        if (
            totals
            and not direct
            and any(
                m.j == n.i and (m.j - m.i > 1 or cat == "persons")
                for m in view.cues.by.get("part_openers", ())
            )
        ):
            # "6 dead, of whom 2 civilians, and 51 wounded", "37 persons lost their lives,
            # including 5 police personnel, and 58 ...": the part of the toll before it
            parts.append((totals[-1][0], n, head_at))
            continue
        if (
            (f is None or (totals and f == totals[-1][0] and n.i < opener))
            and totals
            and cat == "persons"
            and _joined(toks, totals[-1], n)
        ):
            # "killed eight civilians and two peacekeepers": one toll of the groups named,
            # each group a part of it
            field, first, first_head = totals[-1]
            if not any(q[1].i == first.i for q in parts):
                parts.append((field, first, first_head))
            parts.append((field, n, head_at))
            both = Number(first.i, n.j, first.value + n.value, first.qualifier, word=first.word)
            totals[-1] = (field, both, head_at)
            continue
        if f is None:
            if totals and n.i > opener and not _other_fate(view, head_at):
                parts.append((totals[-1][0], n, head_at))
            continue
        if totals and n.i > opener and n.value <= totals[-1][1].value and f == totals[-1][0]:
            parts.append((f, n, head_at))
        else:
            totals.append((f, n, head_at))
    return totals, parts


def _other_fate(view: View, head_at: int) -> bool:
    """'176 persons arrested', '40 people were detained': people counted for another fate."""
    k = past_auxiliaries(view, head_at + 1)
    return k < len(view.lows) and view.lows[k] in word_set(view.lang, "grammar", "other_fates")


def _nil_toll(view: View) -> list[Draft]:
    """'OWN CASUALTIES THIS PERIOD: NIL.', 'Casualties: none': no one killed or injured, as
    a line's label and its nought say."""
    toks = view.tokens
    for n in view.numbers:
        if (
            n.value == 0
            and n.word
            and n.i > 1
            and toks[n.i - 1].text == ":"
            and (n.j >= len(toks) - 1 or toks[n.j].low in word_set(view.lang, "grammar", "nil_after"))
            and any(m.j <= n.i - 1 and toks[m.j - 1].low == "casualties"
                    for m in view.cues.by.get("toll_words", ()))
        ):  # fmt: skip
            d = Draft("casualty_tally", (0, n.j))
            d.killed = d.injured = Count(0, "exact", "person")
            return [d]
    return []


def _field_toll(view: View) -> list[Draft]:
    """'Injured: 11', 'Fatalities: nil': a record's field line whose label is the dead or
    the wounded and whose value is their number alone."""
    toks = view.tokens
    colon = next((k for k in range(1, min(4, len(toks))) if toks[k].text == ":"), None)
    if colon is None:
        return []
    field = next(
        (
            c
            for c in ("killed", "injured")
            if any(m.i == 0 and m.j == colon for m in view.cues.by.get(c, ()))
        ),
        None,
    )
    n = next((n for n in view.numbers if n.i == colon + 1), None)
    if field is None or n is None or n.j < len(toks) - (toks[-1].text == "."):
        return []
    d = Draft("casualty_tally", (0, n.j))
    setattr(d, field, Count(n.value, n.qualifier, "person"))
    d.undecided = True  # (its kind left to the context: an attack told just before)
    return [d]


def _bodies_counted(view: View, n: Number) -> bool:
    """'has collected 394 bodies', 'counted 101 bodies of the enemy': the dead, counted by
    their bodies (not 'bodies were found': a finding, no toll of its own)."""
    lows = view.lows
    if n.j >= len(lows) or lows[n.j] not in word_set(view.lang, "grammar", "body_nouns"):
        return False
    verbs = word_set(view.lang, "grammar", "body_count_verbs")
    return any(lows[k] in verbs for k in range(max(0, n.i - 3), n.i))


def _partitive(  # noqa: PLR0913
    view: View, n: Number, cat: str | None, head_at: int, direct: bool, last: str
) -> tuple[str, int] | None:
    """A count that is a share of the toll before it: its field and head token ("" for a
    share that is no group: read, but no part); None for any other count."""
    if (group := _of_the_toll(view, n)) is not None:
        return group, n.j + 2  # "120 were killed; 94 of the dead were guards"
    if cat != "of_them" or direct:
        return None
    toks = view.tokens
    nxt = toks[head_at + 1].low if head_at + 1 < len(toks) else ""
    if nxt.endswith("ly") and nxt.isalpha():
        return "", head_at  # "21 policemen were injured, three of them seriously": how
    return last, head_at  # "40 killed since May, 15 of them in X"


def _of_the_toll(view: View, n: Number) -> str | None:
    """'94 of the dead were guards', '24 of the dead fell in the attacks of 5 June': the
    toll's field the count is a part of."""
    lows = view.lows
    k = n.j
    if (
        k + 3 < len(lows)
        and lows[k] == "of"
        and lows[k + 1] == "the"
        and lows[k + 3] != "of"  # ("one of the wounded of 7th June")
        and lows[k + 3] not in word_set(view.lang, "grammar", "toll_status_verbs")
    ):  # (not "one of the wounded having died", "11 of the injured remain in hospital")
        field = load(view.lang, "cues")["toll_groups"].get(lows[k + 2])
        return field if isinstance(field, str) else None
    return None


def _casualty_at(view: View, k: int) -> bool:
    """Whether token k lies in a word of killing or wounding."""
    return bool(view.cues.covering("killed", k) or view.cues.covering("injured", k))


def _compound_modifier(t: Token) -> bool:
    """'conflict-related', 'weather-related': a hyphened lower-case modifier."""
    head, _, tail = t.text.partition("-")
    return bool(tail) and head.isalpha() and head.islower() and tail.isalpha() and tail.islower()


def _colon_after_count(view: View) -> int:
    """'put the toll at 196: 123 civilians, 62 police officers and ...': a colon after a
    count opens its parts (10**6 when there is none)."""
    toks = view.tokens
    colon = next((k for k, t in enumerate(toks) if t.text == ":"), None)
    if colon is None:
        return 10**6
    for first in view.numbers:
        if first.i >= colon:
            break
        if first.vague or in_date(view, first):
            continue
        if colon < first.j + _COLON_REACH or _listed_after(view, colon) == first.value:
            # (farther on, the counts after it must add up to the toll: "21 deaths in
            # Kosovo during the reporting period: 14 ..., five ... and two ...")
            return colon
    return 10**6


def _listed_after(view: View, colon: int) -> int | None:
    """The sum of the counts after a colon, those in brackets left out (they break a part
    down: "eight members of the security forces (five police officers and three ...)")."""
    toks = view.tokens
    depth, listed = 0, 0
    counts = {n.i: n for n in view.numbers}
    for k in range(colon + 1, len(toks)):
        depth += (toks[k].text == "(") - (toks[k].text == ")")
        n = counts.get(k)
        if n is not None and depth == 0 and not n.vague and not in_date(view, n):
            listed += n.value
    return listed


_COLON_REACH: Final = 6  # words from a count to the colon that opens its parts


def _placed_share(view: View, n: Number, total: Number) -> bool:
    """A bare number after a toll that only says where ('..., 33 were in Borno State and 8
    in Yobe State', '22 in the northern port'): the toll's share at that place."""
    toks = view.tokens
    k = n.j + (n.j < len(toks) and toks[n.j].low in ("were", "was"))
    return (
        n.i > total.j
        and n.value < total.value
        and toks[n.i - 1].low in (",", "and", ";", ":")
        and k < len(toks)
        and toks[k].low in word_set(view.lang, "grammar", "share_place_prepositions")
        and any(k < p.i <= k + 3 and not p.aside for p in view.places)
    )


def _joined(toks: tuple[Token, ...], last: tuple[str, Number, int], n: Number) -> bool:
    """Whether the count n names another group of the toll just before ('and two soldiers';
    '36 members of the security forces and 22 civilians')."""
    if n.i < 2 or toks[n.i - 1].low not in ("and", ","):
        return False
    between = toks[last[2] + 1 : n.i - 1]
    return (
        len(between) <= 4
        and all(t.text.isalpha() and (t.low in ("of", "the") or not t.is_cap) for t in between)
        and (not between or between[0].low == "of")
    )


def _kind_of_toll(view: View) -> str:
    return _toll_kind(view)[0]


def _toll_kind(view: View) -> tuple[str, bool]:
    """A toll tied to one attack is an incident; a toll over days, 'in total' or of 'the
    fighting' is a casualty tally; and whether its sentence left that undecided, telling
    no day, town or attack of its own ("Three prison guards were killed.")."""
    cues = view.cues
    if _of_unrest(view):
        return "casualty_tally", False
    one_day = _one_day_in_town(view)
    if (cues.has("toll_words") and not (one_day and view.dates and not _toll_of_many(view))) or (
        cues.has("generic_fighting") and not one_day
    ):
        # ("killed 23 fighters in heavy fighting on Monday east of Puthukkudiyiruppu": one
        # day's fighting at one town is one incident)
        return "casualty_tally", False
    toks = view.tokens
    nouns = cues.by.get("attack_nouns", ())
    specific = [m for m in nouns if m.i > 0 and toks[m.i - 1].low in ("a", "an", "the", "one")]
    since = any(d.since for d in view.dates)
    spans = [days(d.period) for d in view.dates]
    # ("the shelling during the week killed 8": the week's shelling, a tally)
    one = [m for m in specific if toks[m.i - 1].low != "the"]
    declared = bool(cues.phrase("@declared_period"))
    if (
        specific
        and not since
        and (one or not declared)
        and (not spans or min(spans) <= (8 if one else 2))
    ):
        # "foiled an infiltration bid last week, killing two" (not "killed in the firing
        # this year": a toll over months)
        return "incident", False
    if days_told(view, over=True):
        return "casualty_tally", False  # "killed and 34 wounded in the three days": over days
    when = [k for k, t in enumerate(toks) if t.low == "when"]
    attacks = [*nouns, *cues.by.get("attack_verbs", ()), *cues.by.get("impact_verbs", ())]
    if when and not since and any(0 < m.i - w <= 6 for w in when for m in attacks):
        return "incident", False  # "injured on Wednesday when troops opened fire on villages"
    if (
        since
        or declared  # "during the week", "over the period": the report's days
        or any(days(d.period) > 2 for d in view.dates)
        or (several_days(view) and not cues.has("attack_verbs"))
    ):
        return "casualty_tally", False  # a toll over several days (a night is two calendar days)
    if one_day and view.dates:
        return (
            "incident",
            False,
        )  # "five killed on Monday in clashes in Cite Soleil": one day, one town
    general = told_before(view) + [
        m
        # ("in Israeli strikes on southern Lebanon": across a region; "in drone strikes"
        # names one means, "attacks in Kharkiv" one town)
        for m in (
            *nouns,
            *(() if cues.methods or _in_town(view) else cues.by.get("violation_nouns", ())),
        )
        if _plural(toks[m.j - 1].low, view.lang) or (m.i > 0 and toks[m.i - 1].low in _BACK)
    ]
    if general:
        return "casualty_tally", False  # "air strikes killed 18", "injured in those attacks"
    if any(not _wound_kind(view, m.j) for m in cues.methods) or cues.has("attack_verbs"):
        return "incident", False
    day = [d for d in view.dates if d.period.start == d.period.end]
    if day and any(
        m.i > 0 and toks[m.i - 1].text == "," and toks[m.i].low.endswith("ing")
        for c in ("killed", "injured")
        for m in cues.by.get(c, ())
    ):
        # "drove the rebels out of the oil field on Friday, killing more than 1,000": what
        # one day's action did
        return "incident", False
    if (day or view.placed) and any(
        not p.aside and p.location.precision in ("settlement", "unresolved") for p in view.places
    ):
        # "a farmer was killed near Kabul on Monday": one event, one town (a data row's
        # or an entry's own day, too)
        return "incident", False
    return "casualty_tally", True


def _of_unrest(view: View) -> bool:
    """'killed and 86 injured in the mass disorder in Zhanaozen', 'killed in the riots on
    Thursday alone': the toll of unrest, many clashes however short the day."""
    lows = view.lows
    words = word_set(view.lang, "grammar", "unrest_nouns")
    k = next(
        (k for k, w in enumerate(lows)
         if w in words and any(lows[x] in ("in", "during") for x in range(max(0, k - 3), k))),
        None,
    )  # fmt: skip
    if k is None:
        return False
    # (not "a suicide bomber killed 12 at a market ... during protests": an attack told
    # before the unrest is one attack; "died in the riots, 341 as a result of police firing"
    # breaks the unrest's toll down)
    cues = view.cues
    attacks = (*cues.by.get("attack_verbs", ()), *cues.by.get("attack_nouns", ()), *cues.methods)
    return not any(m.i < k and lows[m.i] not in words for m in attacks)


def _of_illness(view: View) -> bool:
    """A sentence that names an illness or a mishap and tells no attack ('Cholera: 38 cases
    and 4 deaths', '43 road accidents were recorded nationwide, causing 38 deaths'), whose
    dead and sick are no casualties of fighting (not 'Shelling killed five people near the
    cholera clinic')."""
    cues = view.cues
    if cues.has("attack_verbs") or cues.has("attack_nouns") or cues.methods:
        return False
    if not word_set(view.lang, "grammar", "disease_words").isdisjoint(view.lows):
        return True
    # (a mishap that causes the toll, named before it, its own count just before it: "43
    # road accidents ... causing 38 deaths"; not "57 killed, 8 from sickness or
    # accident", a share of a war's toll)
    mishaps = word_set(view.lang, "grammar", "mishap_words")
    first = next((k for k, w in enumerate(view.lows) if w in mishaps), None)
    return first is not None and not any(
        n.j < first - 1 for n in view.numbers if n.value > 0 and not in_date(view, n)
    )


def _toll_of_many(view: View) -> bool:
    """'the toll of Wednesday's disturbances', 'the toll from the riots': a toll of what a
    plural noun names (events, mostly), many of them however short the day."""
    toks = view.tokens
    links = word_set(view.lang, "grammar", "toll_links")
    for m in view.cues.by.get("toll_words", ()):
        if m.j < len(toks) and toks[m.j].low in links:
            for k in range(m.j + 1, min(m.j + 5, len(toks))):
                t = toks[k]
                if not unpossessed(t.text).isalpha() or t.low in links:
                    break
                # (a noun: not "yesterday's", "this", "its")
                if (
                    not t.is_cap
                    and t.low == t.text.lower()
                    and len(t.low) > 4
                    and _plural(unpossessed(t.low), view.lang)
                    and not t.low.endswith(("'s", "’s"))
                ):
                    return True
    return False


def _plural(low: str, lang: str) -> bool:
    """'attacks', 'strikes': a plural noun (not 'gas', a mass noun ending so)."""
    return low.endswith("s") and low not in word_set(lang, "grammar", "singulars_in_s")


def _wound_kind(view: View, j: int) -> bool:
    """Whether the means named before token j only says what kind of wounds they were
    ('treated for gunshot and other wounds', 'bullet wounds'): no attack of its own."""
    toks = view.tokens
    joiners = word_set(view.lang, "grammar", "wound_kind_joiners")  # "and", "or", "other"
    for k in range(j, min(j + 3, len(toks))):
        if view.cues.covering("injured", k):
            return True
        if toks[k].text not in (",", "-") and toks[k].low not in joiners:
            return False
    return False


def days_told(view: View, *, over: bool = False) -> bool:
    """A span of several days, weeks or months counted in words ('two days of fighting');
    `over`: one the toll is told over ('in the three days', 'over two weeks'), not 'declared
    three days of mourning'."""
    toks = view.tokens
    units = word_set(view.lang, "dates", "span_units")
    spans = word_set(view.lang, "grammar", "toll_span_prepositions")  # "in", "over", "during"
    for n in view.numbers:
        if n.j < len(toks) and toks[n.j].low in units and n.value > 1 and not n.times:
            k = n.i - 1 if n.i and toks[n.i - 1].low != "the" else n.i - 2
            if not over or (k >= 0 and toks[k].low in spans):
                return True
    return False


def _one_day_in_town(view: View) -> bool:
    """A single day named, no span of days told ("in two days of fighting"), and the
    sentence placed at a town."""
    return (
        (bool(view.dates) or view.placed)
        and all(d.period.start == d.period.end and not d.since for d in view.dates)
        and not days_told(view)
        and any(not p.aside and p.location.precision in ("settlement", "unresolved")
                for p in view.places)
    )  # fmt: skip


def _in_town(view: View) -> bool:
    """Whether the sentence places what it tells in a town (or nowhere), not across a region."""
    return any(
        not p.aside and p.location.precision in ("settlement", "unresolved", "admin2")
        for p in view.places
    ) or not any(not p.aside for p in view.places)


_BACK: Final = frozenset({"those", "these", "such"})  # what points back to attacks told


def told_before(view: View) -> list[Match]:
    """'injured in those attacks', 'killed in such attacks', 'killed in the attacks': attacks
    told before (not 'during one of the raids': one of them)."""
    toks = view.tokens
    return [
        m
        for m in view.cues.by.get("violation_nouns", ())
        if m.i > 0
        and (
            toks[m.i - 1].low in _BACK
            or (toks[m.i - 1].low == "the" and toks[m.j - 1].low.endswith("s"))
        )
        and not (m.i > 2 and toks[m.i - 3].low == "one" and toks[m.i - 2].low == "of")
    ]


def _set_toll(d: Draft, totals: list[tuple[str, Number, int]]) -> None:
    """The first killed and the first injured count of a sentence, on one draft."""
    for f, n, _ in totals:
        c = Count(n.value, n.qualifier, "person")
        if f == "killed" and d.killed is None:
            d.killed = c
        elif f == "injured" and d.injured is None:
            d.injured = c


def _per_place(view: View, totals: list[tuple[str, Number, int]]) -> list[Draft]:
    """'Five people were killed in Haris and four in Tallousa': one toll at each place, as
    the sentence splits it; [] unless every count after the first is 'N in <place>'."""
    if len(totals) != 1:
        return []
    field, first, head_at = totals[0]
    toks = view.tokens
    main = [p for p in view.places if not p.aside]
    at = word_set(view.lang, "grammar", "share_place_prepositions")  # "in", "at", "near"
    counts = [first]
    for n in view.numbers:
        if n.i <= head_at or n.vague or n.times or in_date(view, n):
            continue
        if not (0 < n.i and toks[n.i - 1].low in ("and", ",") and n.j < len(toks)
                and toks[n.j].low in at):  # fmt: skip
            return []
        counts.append(n)
    if len(counts) < 2:
        return []
    out = []
    for k, n in enumerate(counts):
        end = counts[k + 1].i if k + 1 < len(counts) else len(toks)
        own = [p for p in main if n.j <= p.i < end]
        if not own:
            return []
        town = own[0].location.precision in ("settlement", "unresolved")
        d = Draft("incident" if town else _kind_of_toll(view), (n.i, own[0].j))
        _set_toll(d, [(field, n, n.j)])
        d.locations = (own[0].location,)
        out.append(d)
    return out


def toll_drafts(view: View, drafts: list[Draft]) -> list[Draft]:
    """People killed / injured: one toll (an incident's or a casualty tally) and its parts.
    'attacked posts 11 times, killing five soldiers': the toll of a tally is the tally's."""
    totals, parts = _casualties(view)
    if not totals:
        if drafts or ":" not in view.lows[:4]:
            return [] if drafts else _nil_toll(view)
        return _nil_toll(view) or _field_toll(view)
    if _of_illness(view):
        return []  # "Cholera: 38 cases and 4 deaths at the school site": an epidemic's dead
    tally = next((d for d in drafts if d.kind == "violation_tally" and d.parent is None), None)
    if tally is not None and all(
        _participle(view, n) or n.i > tally.anchor[1] for _, n, _ in totals
    ):  # the toll that follows a tally in its sentence is the tally's own
        _set_toll(tally, totals)
        return []
    first = totals[0][1]
    kind, undecided = _toll_kind(view)
    if kind == "incident" and sum(_placed_share(view, n, first) for _, n, _ in parts) > 1:
        # "45 people were killed on Monday: 12 in Kano, 10 in Zaria and 23 in Kaduna": a
        # toll shared among places is no one attack's
        kind, undecided = "casualty_tally", False
    if not drafts and (each := _per_place(view, totals)):
        return each
    d = Draft(kind, (first.i, totals[-1][2] + 1))
    d.undecided = undecided
    _set_toll(d, totals)
    if drafts and kind == "incident":
        return []
    out = [d]
    if kind == "casualty_tally":
        idx = len(drafts)
        for f, n, h in parts:
            c = Count(n.value, n.qualifier, "person")
            p = Draft("casualty_tally", (n.i, h + 1), parent=idx)
            if f == "killed":
                p.killed = c
            else:
                p.injured = c
            out.append(p)
    return out
