"""Stage 3: deciding — which mentions in a sentence make which claims.

Works on one sentence at a time, over the mentions the finding stages gave
(numbers, dates, places, parties, cues). A count is a claim's count only when
the grammar ties it to a countable head ("24 violations", "attacked 73 times",
"shelled four settlements"); per-place counts in parentheses belong to the
total before them; "including N ..." breaks a total down.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from truceline.extract.cues import Cues
from truceline.extract.dates import DateMention
from truceline.extract.numbers import Number
from truceline.extract.places import PlaceMention
from truceline.lexicon import load
from truceline.model import Count, Location, Period
from truceline.text.tokens import Match, Token

_LOOKAHEAD = 5
_HEADS = ("violation_nouns", "explosion_nouns", "settlement_nouns", "persons", "munition_nouns")
_UNIT = {
    "violation_nouns": "violation",
    "explosion_nouns": "explosion",
    "settlement_nouns": "settlement",
}
_HEAD_STOP = frozenset({
    "and", "or", "to", "than", "of", "in", "on", "at", "by", "from", "with", "for", "near", "against",
    "along", "across", "since", "during", "over", "were", "was", "had", "have", "has", "been", "are",
    "is", "that", "which", "who", "after", "before", "into", "onto", "toward", "towards",
})  # fmt: skip
_BREAK = frozenset({".", ";", ":", "(", ")", '"', "“", "”"})


@dataclass(frozen=True, slots=True)
class View:
    """Everything the finding stages saw in one sentence."""

    tokens: tuple[Token, ...]
    numbers: tuple[Number, ...]
    dates: tuple[DateMention, ...]
    places: tuple[PlaceMention, ...]
    cues: Cues
    start: int  # document offset of the sentence
    text: str
    blocked: frozenset[int] = frozenset()  # tokens inside party names
    placed: bool = False  # the entry the sentence belongs to names where and when it happened

    def clause(self, a: int, b: int) -> View:
        """The same sentence seen through tokens a..b only (offsets unchanged)."""
        return View(
            tokens=self.tokens,
            numbers=tuple(n for n in self.numbers if a <= n.i < b),
            dates=tuple(d for d in self.dates if a <= d.i < b),
            places=tuple(p for p in self.places if a <= p.i < b),
            cues=self.cues.within(a, b),
            start=self.start,
            text=self.text,
            blocked=self.blocked,
            placed=self.placed,
        )


@dataclass(slots=True)
class Draft:
    """A claim being decided: token anchors, plus the fields the sentence gives."""

    kind: str
    anchor: tuple[int, int]
    count: Count | None = None
    killed: Count | None = None
    injured: Count | None = None
    period: Period | None = None
    locations: tuple[Location, ...] = ()
    methods: tuple[str, ...] = ()
    outcome: str | None = None
    parent: int | None = None  # index into the sentence's drafts
    confidence: float = 0.6
    focus: int | None = None  # the verb that dates the claim (agreements, operations)


def _head(view: View, n: Number) -> tuple[str | None, int]:
    """The countable head a number governs ("24 [ceasefire] violations"), and its token."""
    toks, cues = view.tokens, view.cues
    k = n.j
    if (
        k + 1 < len(toks)
        and toks[k].low == "of"
        and toks[k + 1].low in ("them", "which", "these", "those")
    ):
        return "of_them", k + 1
    if k < len(toks) and toks[k].low in ("were", "was") and k + 1 < len(toks):
        k += 1  # "five were mortar attacks"
    for step in range(_LOOKAHEAD):
        p = k + step
        if p >= len(toks) or toks[p].low in _BREAK or toks[p].low == ",":
            break
        for cat in _HEADS:
            if cues.at(cat, p):
                # "mortar rounds" is munitions, "mortar attacks" a count: the later head wins.
                m = cues.at(cat, p)
                assert m is not None
                nxt = m.j
                if cat == "munition_nouns" and nxt < len(toks):
                    for cat2 in ("violation_nouns", "explosion_nouns"):
                        if cues.at(cat2, nxt):
                            return cat2, nxt
                return cat, p
        if toks[p].low in _HEAD_STOP or cues.covering("killed", p) or cues.covering("injured", p):
            break  # "146 wounded in the clashes": the count's head is not past a verb or preposition
    return None, -1


def _casualty_field(view: View, n: Number, head_at: int) -> str | None:
    """'killed' or 'injured' for a count of people, from the nearest casualty word."""
    best: tuple[int, str] | None = None
    for cat in ("killed", "injured"):
        for m in view.cues.by.get(cat, ()):
            dist = m.i - max(n.j, head_at)
            if m.j == n.i:
                d = -2  # "killing four": the verb right before the count is its own
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


def _methods(view: View) -> tuple[str, ...]:
    seen: list[str] = []
    for m in view.cues.methods:
        if m.value not in seen:
            seen.append(m.value)
    return tuple(seen)


def _outcome(view: View) -> str | None:
    for m in view.cues.outcomes:
        return m.value
    return None


def _count_claims(view: View) -> list[Draft]:
    """Tallies of violations / explosions / settlements, with their breakdowns."""
    drafts: list[Draft] = []
    attacky = any(  # "breached the truce three times", "used 120mm mortars twice"
        view.cues.has(c)
        for c in ("attack_verbs", "violation_nouns", "attack_nouns", "violation_verbs")
    ) or bool(view.cues.methods)
    total: int | None = None
    outer = False
    opener_at = min((m.i for m in view.cues.by.get("part_openers", ())), default=10**6)
    for n in view.numbers:
        if n.vague or any(k in view.blocked for k in range(n.i, n.j)) or _in_date(view, n):
            continue
        if n.times:
            if not attacky:
                continue
            unit = "violation"
            head_at = n.j - 1
        else:
            cat, head_at = _head(view, n)
            if cat == "of_them" and total is not None:
                unit = drafts[total].count.unit if drafts[total].count else "violation"  # type: ignore[assignment]
                drafts.append(
                    Draft(
                        "violation_tally",
                        (n.i, head_at + 1),
                        Count(n.value, n.qualifier, unit),
                        parent=total,
                    )
                )  # type: ignore[arg-type]
                continue
            if cat is None and total is None and _labelled(view, n):
                cat = _labelled(view, n)
                head_at = n.j - 1
            if cat is None and total is not None and _bare_part(view, n):
                unit = drafts[total].count.unit if drafts[total].count else "violation"  # type: ignore[assignment]
                drafts.append(
                    Draft(
                        "violation_tally",
                        (n.i, n.j),
                        Count(n.value, n.qualifier, unit),
                        parent=total,
                    )
                )  # type: ignore[arg-type]
                continue
            if cat == "of_them" and (
                not attacky or any(m.i < n.i for m in view.cues.by.get("munition_nouns", ()))
            ):
                continue  # "four projectiles fell, one of them...", "restricted 4 times, 3 of them"
            if cat == "of_them" or (outer and cat in _UNIT):
                # "Fourteen of them ...": parts of the total the sentence before gave
                outer = True
                unit = _UNIT.get(cat or "", "violation")
                drafts.append(
                    Draft(
                        "violation_tally",
                        (n.i, head_at + 1),
                        Count(n.value, n.qualifier, unit),
                        parent=-1,
                    )
                )  # type: ignore[arg-type]
                continue
            if cat not in _UNIT:
                continue
            unit = _UNIT[cat]
            if unit == "settlement" and not (
                view.cues.has("attack_verbs") or view.cues.has("attack_nouns")
            ):
                continue
        d = Draft("violation_tally", (n.i, head_at + 1), Count(n.value, n.qualifier, unit))  # type: ignore[arg-type]
        if total is None and n.i > opener_at:
            outer = True  # "The violations included 39 shellings...": parts of the total before
            d.parent = -1
            drafts.append(d)
            continue
        if total is not None and (n.i > opener_at or _is_part(drafts[total], n)):
            d.parent = total
            drafts.extend(_each(view, n, d))
            continue
        elif total is None:
            total = len(drafts)
        drafts.append(d)
    if total is not None:
        drafts.extend(_none_in(view, drafts[total]))
    return drafts


def _none_in(view: View, total: Draft) -> list[Draft]:
    """'11 violations in Donetsk region and none in Luhansk region': a zero of its own."""
    toks = view.tokens
    out = []
    for k in range(total.anchor[1], len(toks) - 1):
        if (
            toks[k].low in _number_lex()["label_zero"]
            and toks[k - 1].low in ("and", ",", ";")
            and toks[k + 1].low in ("in", "at", "along", "across")
        ):
            unit = total.count.unit if total.count else "violation"
            d = Draft("violation_tally", (k, k + 3), Count(0, "exact", unit), focus=total.anchor[0])  # type: ignore[arg-type]
            d.locations = tuple(p.location for p in view.places if p.i == k + 2 or p.i == k + 3)
            out.append(d)
    return out


def _each(view: View, n: Number, d: Draft) -> list[Draft]:
    """'twice each in Farah and Helmand': the same part once for every place listed."""
    toks = view.tokens
    if n.j >= len(toks) or toks[n.j].low != "each":
        return [d]
    stop = next((x.i for x in view.numbers if x.i > n.i), len(toks))
    starts = {p.i for p in view.places}
    # the list ends at a comma that no place follows ("..., a spokesman told reporters in Kabul")
    stop = next(
        (k for k in range(n.j, stop) if toks[k].low in (",", ";") and k + 1 not in starts), stop
    )
    places = [p for p in view.places if n.j < p.i < stop and not p.aside]
    out = []
    for p in places or [None]:
        part = Draft(d.kind, d.anchor, d.count, parent=d.parent)
        if p is not None:
            part.locations = (p.location,)
        out.append(part)
    return out


def _labelled(view: View, n: Number) -> str | None:
    """'ceasefire violations over the past day: zero (0)': a count after its label."""
    toks = view.tokens
    k = n.i - 1
    while k >= 0 and toks[k].low in ('"', "“", "'", "‘"):
        k -= 1
    if k < 0 or toks[k].low not in (":", "as", "–", "-", "—", "="):
        return None
    for cat in ("explosion_nouns", "violation_nouns"):
        if any(m.j <= k for m in view.cues.by.get(cat, ())):
            return cat
    return None


_PART_FOLLOW = frozenset(
    {
        "in",
        "at",
        "near",
        "were",
        "was",
        "with",
        "each",
        "from",
        "on",
        "along",
        "involved",
        "involving",
    }
)


def _bare_part(view: View, n: Number) -> bool:
    """A number with no head of its own after a total: a part ("33 times in Iraq")."""
    toks = view.tokens
    nxt = toks[n.j].low if n.j < len(toks) else ""
    prev = toks[n.i - 1].low if n.i > 0 else ""
    return nxt in _PART_FOLLOW and prev in (",", "and", "including", "while", "of", "with", ";")


def _is_part(total: Draft, n: Number) -> bool:
    assert total.count is not None
    return n.value <= total.count.value and n.i > total.anchor[1]


def _in_date(view: View, n: Number) -> bool:
    return any(d.i <= n.i < d.j for d in view.dates)


def _zero_claim(view: View) -> Draft | None:
    """'No violations were recorded', 'not a single breach', 'no launches ... were logged'."""
    z = list(view.cues.by.get("zero_phrases", ()))
    toks = view.tokens
    for cat in ("violation_nouns", "explosion_nouns"):
        for m in view.cues.by.get(cat, ()):
            if m.i > 0 and toks[m.i - 1].low in ("no", "zero") and view.cues.has("record_verbs"):
                z.append(m)
    if not z:
        return None
    m = min(z, key=lambda x: x.i)
    return Draft("violation_tally", (m.i, m.j), Count(0, "exact", "violation"), confidence=0.55)


def _participle(view: View, n: Number) -> bool:
    """Whether a casualty count hangs on '-ing' ('killing five', 'wounding nine')."""
    toks = view.tokens
    return any(toks[k].low.endswith("ing") for k in range(max(0, n.i - 3), n.i)
               if view.cues.covering("killed", k) or view.cues.covering("injured", k))  # fmt: skip


def _singular_people(view: View) -> list[Number]:
    """'a child was killed', 'a teacher was injured': one person, said without a number."""
    toks = view.tokens
    out = []
    for k, t in enumerate(toks[:-2]):
        if t.low not in ("a", "an"):
            continue
        for q in range(k + 2, min(k + 7, len(toks) - 1)):
            if toks[q].low in ("was", "is", "has") and any(
                view.cues.at(c, q + 1) or view.cues.at(c, q + 2) for c in ("killed", "injured")
            ):
                if not any(view.cues.covering(c, x) for c in _THINGS for x in range(k + 1, q)):
                    out.append(Number(k, k + 1, 1, word=True))
                break
    return out


_THINGS = ("munition_nouns", "attack_nouns", "violation_nouns", "settlement_nouns")


def _casualties(view: View) -> tuple[list[tuple[str, Number, int]], list[tuple[str, Number, int]]]:
    """People counted as killed or injured: (field, number, head token) totals and parts."""
    totals: list[tuple[str, Number, int]] = []
    parts: list[tuple[str, Number, int]] = []
    opener = min((m.i for m in view.cues.by.get("part_openers", ())), default=10**6)
    for n in (*view.numbers, *_singular_people(view)):
        if n.vague or n.times or _in_date(view, n):
            continue
        cat, head_at = _head(view, n)
        if n.word and n.value == 1 and n.j == n.i + 1 and view.tokens[n.i].low in ("a", "an"):
            cat, head_at = "persons", n.i + 1
        direct = (
            n.j < len(view.tokens) and (view.cues.at("killed", n.j) or view.cues.at("injured", n.j))
        ) or (
            n.i > 0
            and (  # "wounding nine"
                view.cues.covering("killed", n.i - 1) or view.cues.covering("injured", n.i - 1)
            )
        )
        if cat != "persons" and not direct:
            continue
        if direct and cat != "persons":
            head_at = n.j
        f = _casualty_field(view, n, head_at)
        if f is None:
            if totals and n.i > opener:
                parts.append((totals[-1][0], n, head_at))
            continue
        if totals and n.i > opener and n.value <= totals[-1][1].value and f == totals[-1][0]:
            parts.append((f, n, head_at))
        else:
            totals.append((f, n, head_at))
    return totals, parts


def _days(p: Period) -> int:
    return (dt.date.fromisoformat(p.end) - dt.date.fromisoformat(p.start)).days + 1


def _kind_of_toll(view: View) -> str:
    """A toll tied to one attack is an incident; a toll over days, 'in total' or of 'the
    fighting' is a casualty tally."""
    cues = view.cues
    if cues.has("toll_words") or cues.has("generic_fighting"):
        return "casualty_tally"
    toks = view.tokens
    nouns = cues.by.get("attack_nouns", ())
    specific = [m for m in nouns if m.i > 0 and toks[m.i - 1].low in ("a", "an", "the", "one")]
    since = any(d.since for d in view.dates)
    if specific and not since:
        return "incident"  # "foiled an infiltration bid last week, killing two"
    when = [k for k, t in enumerate(toks) if t.low == "when"]
    attacks = [*nouns, *cues.by.get("attack_verbs", ()), *cues.by.get("impact_verbs", ())]
    if when and not since and any(0 < m.i - w <= 6 for w in when for m in attacks):
        return "incident"  # "injured on Wednesday when troops opened fire on villages"
    if since or any(_days(d.period) > 2 for d in view.dates):
        return "casualty_tally"  # a toll over several days (a night is two calendar days)
    anaphoric = [  # "injured in those attacks": the toll of attacks counted before
        m
        for m in cues.by.get("violation_nouns", ())
        if m.i > 0 and toks[m.i - 1].low in ("those", "these")
    ]
    general = anaphoric + [
        m
        for m in nouns
        if toks[m.j - 1].low.endswith("s") or (m.i > 0 and toks[m.i - 1].low in ("those", "these"))
    ]
    if general:
        return "casualty_tally"  # "air strikes killed 18", "injured in those attacks"
    if cues.methods or cues.has("attack_verbs"):
        return "incident"
    day = [d for d in view.dates if d.period.start == d.period.end]
    if day and any(
        not p.aside and p.location.precision in ("settlement", "unresolved") for p in view.places
    ):
        return "incident"  # "a farmer was killed near Kabul on Monday": one event, one town
    return "casualty_tally"


def _denied(view: View, attack: Sequence[Match]) -> bool:
    """A denial blocks the attacks it covers; 'rejected the account and said his units had
    ambushed a convoy' still asserts the ambush after it."""
    denials = view.cues.by.get("denials", ())
    if not denials:
        return False
    last = max(m.j for m in denials)
    return not any(m.i > last for m in attack)


def _impacts(view: View) -> tuple[Match, ...]:
    """'a shell landed near X', 'a drone fell on Y': a munition doing damage is an attack."""
    munitions = view.cues.by.get("munition_nouns", ())
    if not munitions:
        return ()
    first = munitions[0].i
    return tuple(m for m in view.cues.by.get("impact_verbs", ()) if m.i > first)


def _adverbial(view: View, m: Match) -> bool:
    """'in response', 'in retaliation': a response named as the reason for another verb."""
    return view.tokens[m.i].low == "in"


def _speakers_town(view: View) -> bool:
    """'Officials in Smara said ...': a town named inside the speaker's phrase."""
    return any(
        p.aside and p.i > 0 and view.tokens[p.i - 1].low == "in"
        and p.location.precision in ("settlement", "admin2")
        for p in view.places
    )  # fmt: skip


def _set_toll(d: Draft, totals: list[tuple[str, Number, int]]) -> None:
    """The first killed and the first injured count of a sentence, on one draft."""
    for f, n, _ in totals:
        c = Count(n.value, n.qualifier, "person")
        if f == "killed" and d.killed is None:
            d.killed = c
        elif f == "injured" and d.injured is None:
            d.injured = c


def _toll_drafts(view: View, drafts: list[Draft]) -> list[Draft]:
    """People killed / injured: one toll (an incident's or a casualty tally) and its parts.
    'attacked posts 11 times, killing five soldiers': the toll of a tally is the tally's."""
    totals, parts = _casualties(view)
    if not totals:
        return []
    tally = next((d for d in drafts if d.kind == "violation_tally" and d.parent is None), None)
    if tally is not None and all(
        _participle(view, n) or n.i > tally.anchor[1] for _, n, _ in totals
    ):  # the toll that follows a tally in its sentence is the tally's own
        _set_toll(tally, totals)
        return []
    first = totals[0][1]
    kind = _kind_of_toll(view)
    d = Draft(kind, (first.i, totals[-1][2] + 1))
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


def decide(view: View) -> list[Draft]:
    """The claims one sentence makes, as drafts (fields filled by `pipeline`).

    A sentence that joins claims ("... 12 times, and that a drone struck a car near X";
    "..., including an ambush near Y") is decided clause by clause when more than one
    clause makes a claim of its own."""
    if view.text.rstrip().endswith("?"):
        return []  # a question asserts nothing
    cuts = _clause_cuts(view)
    if cuts:
        bounds = [0, *cuts, len(view.tokens)]
        parts = [_decide(view.clause(a, b)) for a, b in zip(bounds, bounds[1:], strict=False)]
        if sum(1 for p in parts if p) > 1:
            return _one_calm(_join(parts, bounds, view))
    return _decide(view)


def _one_calm(drafts: list[Draft]) -> list[Draft]:
    """'calm prevails ... and that no violation was recorded': one sentence saying twice
    that nothing happened makes one zero tally."""
    zeros = [k for k, d in enumerate(drafts) if _is_zero(d)]
    drop = set(zeros[1:])
    if not drop:
        return drafts
    new_index = {k: k - sum(1 for x in drop if x < k) for k in range(len(drafts))}
    for d in drafts:
        if d.parent is not None and d.parent >= 0:
            d.parent = new_index[d.parent] if d.parent not in drop else new_index[zeros[0]]
    return [d for k, d in enumerate(drafts) if k not in drop]


def _is_zero(d: Draft) -> bool:
    return (
        d.kind == "violation_tally" and d.parent is None and d.count is not None
        and d.count.value == 0
    )  # fmt: skip


_CLAUSE_OPENERS = (("and", "that"), (",", "adding"), (";",), (",", "while"), (",", "whereas"))


_OPENER_HEADS = frozenset(o[0] for o in _CLAUSE_OPENERS)


def _clause_cuts(view: View) -> list[int]:
    """Token indices where a new clause with a claim of its own may start."""
    lows = [t.low for t in view.tokens]
    cuts = []
    for k in range(1, len(lows) - 2):
        if lows[k] in _OPENER_HEADS and any(
            tuple(lows[k : k + len(o)]) == o for o in _CLAUSE_OPENERS
        ):
            cuts.append(k)
        elif (
            lows[k] == "including"
            and lows[k + 1] in ("a", "an")
            and (view.cues.at("attack_nouns", k + 2) or view.cues.at("attack_nouns", k + 3))
        ):
            cuts.append(k)  # "..., including an ambush near Hsipaw": one attack of the tally
    return cuts


def _join(parts: list[list[Draft]], bounds: list[int], view: View) -> list[Draft]:
    """Clause drafts as one list; an attack named 'including a ...' is part of the tally before."""
    out: list[Draft] = []
    tally: int | None = None
    for drafts, a in zip(parts, bounds, strict=False):
        base = len(out)
        for d in drafts:
            if d.parent is not None and d.parent >= 0:
                d.parent += base
            out.append(d)
        if tally is not None and view.tokens[a].low == "including":
            for d in drafts:
                if d.kind == "incident" and d.parent is None:
                    d.parent = tally
        tally = next(
            (k for k, d in enumerate(out) if d.kind == "violation_tally" and d.parent is None),
            tally,
        )
    return out


def _decide(view: View) -> list[Draft]:
    cues = view.cues
    drafts = _count_claims(view)
    if not drafts:
        z = _zero_claim(view)
        if z and not _hedged(view, z.anchor):
            drafts.append(z)
    drafts.extend(_toll_drafts(view, drafts))
    ops = [d for d in _operation(view) if not _hedged(view, d.anchor)]
    has_tally = any(d.kind == "violation_tally" for d in drafts)
    has_incident = any(d.kind in ("incident", "casualty_tally") for d in drafts)
    attack = (
        cues.by.get("attack_verbs", ())
        or cues.by.get("attack_nouns", ())
        or _impacts(view)
        or cues.outcomes  # "pushed back an army column": repelling is an attack's outcome
    )
    # "our troops returned fire": a response, no attack of its own; "struck sites in X in
    # response" is a strike that only says why
    only_retaliation = (
        any(not _adverbial(view, m) for m in cues.by.get("retaliation", ())) and len(attack) <= 1
    )
    toks = view.tokens
    repeated = any(  # "violated the truce several times": a vague tally, no single attack
        n.vague and n.j < len(toks) and toks[n.j].low == "times" for n in view.numbers
    ) or any(t.low == "repeatedly" for t in toks)
    if (
        not has_tally
        and not has_incident
        and attack
        and not _hedged(view, (attack[0].i, attack[0].j))
        and not only_retaliation
        and not repeated
        and not _denied(view, attack)
        and (not ops or cues.outcomes)
    ):
        long_ago = any(d.since or _days(d.period) > 8 for d in view.dates)
        if not long_ago and (
            view.placed
            or any(not p.aside for p in view.places)
            # "officials in Smara said a shell fell on Sunday": the speaker's town, last resort
            or (view.dates and (cues.outcomes or len(attack) > 1 or _speakers_town(view)))
        ):
            m = attack[0]
            drafts.insert(0, Draft("incident", (m.i, m.j), confidence=0.5))
            for d in drafts[1:]:
                if d.parent is not None:
                    d.parent += 1
            # casualties of the same sentence belong to the incident
            for d in list(drafts[1:]):
                if (
                    d.kind == "casualty_tally"
                    and d.parent is None
                    and not cues.has("toll_words")
                    and not any(x.since for x in view.dates)
                ):
                    drafts[0].killed, drafts[0].injured = d.killed, d.injured
                    drafts.remove(d)
    if has_tally:
        drafts.extend(_second_clause_incident(view, drafts))
    drafts.extend(ops)
    drafts.extend(d for d in _agreement(view, bool(drafts)) if not _hedged(view, d.anchor))
    for d in drafts:
        if d.kind == "incident":
            if cues.has("no_casualties"):
                d.killed = d.killed or Count(0, "exact", "person")
                d.injured = d.injured or Count(0, "exact", "person")
            d.outcome = _outcome(view)
        d.methods = _methods(view) if d.kind in ("incident", "violation_tally", "operation") else ()
    return drafts


_CLAUSE = frozenset({"while", "whereas", ";", "meanwhile"})
_HEDGE_REACH = 8
_CLAUSE_BREAK = frozenset({",", ";", "but", "while", "whereas", "and", "."})


def _hedged(view: View, span: tuple[int, int]) -> bool:
    """A proposal, condition or plan covers the words after it in its own clause ("no plans
    to extend the truce"); it leaves "had resumed operations, and that..." alone."""
    toks = view.tokens
    for h in view.cues.by.get("hedges", ()):
        if span[0] <= h.i < span[1]:
            return True
        if h.j <= span[0] and span[0] - h.j <= _HEDGE_REACH:
            if not any(toks[k].low in _CLAUSE_BREAK for k in range(h.j, span[0])):
                return True
    return False


def _second_clause_incident(view: View, drafts: list[Draft]) -> list[Draft]:
    """'... three times during the day, while a shell hit a post near X': the clause after
    'while' or ';' describes an attack of its own."""
    toks = view.tokens
    after = max(d.anchor[1] for d in drafts)
    cut = next((k for k in range(after, len(toks)) if toks[k].low in _CLAUSE), None)
    if cut is None:
        return []
    attack = [
        m for c in ("attack_verbs", "attack_nouns") for m in view.cues.by.get(c, ()) if m.i > cut
    ]
    places = [p for p in view.places if p.i > cut and not p.aside]
    if not attack or not places or any(n.i > cut and not n.vague for n in view.numbers if n.times):
        return []
    m = min(attack, key=lambda x: x.i)
    return [Draft("incident", (m.i, m.j), confidence=0.45)]


def table_row(view: View, heading: View) -> list[Draft]:
    """A bullet row under a heading that names violations: 'Total: 340, including 120
    explosions' is the total; 'Zolote area: 31' and 'Svitlodarsk area: none' are its parts
    (by place, through `parenthesised`)."""
    unit_cat = next(
        (c for c in ("explosion_nouns", "violation_nouns") if heading.cues.has(c)), None
    )
    if unit_cat is None:
        return []
    toks = view.tokens
    colon = next((k for k, t in enumerate(toks[:6]) if t.text == ":"), None)
    if colon is None or colon + 1 >= len(toks):
        return []
    label = " ".join(t.low for t in toks[:colon] if t.low not in ("•", "-", "*", "–"))
    value = _row_value(view, colon + 1)
    if value is None:
        return []
    if label in _number_lex()["total_labels"]:
        d = Draft("violation_tally", (0, colon + 2), Count(value, "exact", _UNIT[unit_cat]))  # type: ignore[arg-type]
        d.locations = tuple(p.location for p in heading.places if not p.aside)
        out = [d]
        for n in view.numbers:  # "..., including 120 explosions"
            if n.i > colon + 1:
                cat, head_at = _head(view, n)
                if cat in _UNIT:
                    part = Draft(
                        "violation_tally",
                        (n.i, head_at + 1),
                        Count(n.value, n.qualifier, _UNIT[cat]),
                        parent=0,
                    )  # type: ignore[arg-type]
                    part.locations = d.locations
                    out.append(part)
        return out
    if value == 0 and view.places and view.places[0].i < colon:
        d = Draft("violation_tally", (0, colon + 2), Count(0, "exact", _UNIT[unit_cat]), parent=-1)  # type: ignore[arg-type]
        d.locations = (view.places[0].location,)
        return [d]
    return []


@cache
def _number_lex() -> dict[str, list[str]]:
    return load("en", "numbers")


def _row_value(view: View, k: int) -> int | None:
    n = next((n for n in view.numbers if n.i == k), None)
    if n is not None:
        return n.value
    return 0 if view.tokens[k].low in _number_lex()["label_zero"] else None


def _pair(view: View, nouns: str, verbs: str, window: int) -> tuple[tuple[int, int], int] | None:
    """A noun and its verb: 'the truce, first announced on 4 July, was extended last Friday'
    pairs the truce with 'extended' (a verb after 'first' or 'which' is background)."""
    background = {m.j for m in view.cues.by.get("background_markers", ())}
    for a in view.cues.by.get(nouns, ()):
        near = [
            v
            for v in view.cues.by.get(verbs, ())
            if (v.i - a.j if v.i >= a.j else a.i - v.j) <= window
        ]
        if near:
            v = min(near, key=lambda v: (v.i in background, v.i))
            return (min(a.i, v.i), max(a.j, v.j)), v.i
    return None


_SUBORDINATE = frozenset({"since", "after", "before", "until", "when"})


def _operation(view: View) -> list[Draft]:
    """An operation launched, resumed, halted; not one only referred to ('since the
    operation began') or counted ('three major offensives since 2016')."""
    paired = _pair(view, "operation_nouns", "operation_verbs", 6)
    if not paired:
        return []
    span, verb = paired
    toks = view.tokens
    for m in view.cues.by.get("operation_nouns", ()):
        if span[0] <= m.i < span[1]:
            before = [t.low for t in toks[max(0, m.i - 3) : m.i]]
            if _SUBORDINATE & set(before) or any(
                n.j <= m.i and m.i - n.j <= 3 for n in view.numbers
            ):
                return []
    return [Draft("operation", span, confidence=0.55, focus=verb)]


def _agreement(view: View, others: bool) -> list[Draft]:
    paired = _pair(view, "agreement_nouns", "agreement_verbs", 12)
    if not paired:
        return []
    span, verb = paired
    toks = view.tokens
    nouns = [
        n
        for n in view.cues.by.get("agreement_nouns", ())
        if not (
            view.cues.at("violation_nouns", n.j)
            or view.cues.at("explosion_nouns", n.j)
            or view.cues.covering("violation_nouns", n.i)
        )
    ]
    if not nouns:
        return []  # "ceasefire violations" speaks of violations, not of the truce
    # "violated the truce": the truce is the object of a violation, not agreed or ended
    for n in view.cues.by.get("agreement_nouns", ()):
        if n.i <= span[1] and any(
            n.i - 5 <= v.i < n.i for v in view.cues.by.get("violation_verbs", ())
        ):
            return []
    for v in view.cues.by.get("agreement_verbs", ()):
        if span[0] <= v.i < span[1] and others:
            before = {t.low for t in toks[max(0, v.i - 3) : v.i]}
            if before & {"since", "after", "when", "before", "until"}:
                return []
    # "since the truce took effect" inside a tally only dates the tally
    if (
        others
        and span[0] > 0
        and toks[span[0] - 1].low in ("since", "after", "when", "before", "the")
    ):
        k = span[0] - 1
        while k > 0 and toks[k].low in ("the", "a"):
            k -= 1
        if toks[k].low in ("since", "after", "when", "before"):
            return []
    if any(view.cues.covering("negations", k) for k in range(max(0, span[0] - 3), span[1])):
        return []
    return [Draft("agreement", span, confidence=0.55, focus=verb)]


def nearest_date(
    view: View, anchor: tuple[int, int], *, demote_saying: bool = True
) -> DateMention | None:
    """The time expression closest to a claim's anchor (ties go to the later one). A date
    right after a speech verb ('said on Wednesday that 45 were killed on 29 January')
    dates the saying, and one right before a truce's noun names the truce, so any other
    date is preferred."""
    said = {m.j for m in view.cues.by.get("speech_verbs", ())} if demote_saying else set()
    said |= {k + 1 for k in said} | {k + 2 for k in said}
    # "the 23 October ceasefire", "the March agreement": a date naming a truce is no period
    named = {m.i for m in view.cues.by.get("agreement_nouns", ())}
    best: tuple[bool, int, DateMention] | None = None
    for d in view.dates:
        dist = min(abs(d.i - anchor[1]), abs(anchor[0] - d.j))
        key = (d.i in said or d.j in named, dist)
        if best is None or key < best[:2] or (key == best[:2] and d.since):
            best = (*key, d)
    return best[2] if best else None


def places_for(view: View, anchor: tuple[int, int], own_only: bool) -> tuple[Location, ...]:
    """A claim's places: the sentence's, the ones nearest the anchor first; parts take their own."""
    if not view.places:
        return ()
    main = [p for p in view.places if not p.aside]
    if own_only and main:
        # A part's own place: the one right after (or before) its count ("33 times in Iraq", "Aleppo (9)").
        best = min(main, key=lambda p: _part_distance(view, p, anchor))
        dist = min(abs(best.i - anchor[1]), abs(anchor[0] - best.j))
        # or the one place the sentence gives, when it says the part happened there
        alone = len(main) == 1 and best.location.role == "at"
        return (best.location,) if dist <= 3 or alone else ()
    if own_only:
        return ()
    # the most specific place first: a country names the setting, not where it happened
    ordered = sorted(
        view.places,
        key=lambda p: (p.aside, p.location.role != "at", p.location.precision == "country", p.i),
    )
    return tuple(p.location for p in ordered)


_LINKS = frozenset({"in", "at", "near", "the", "of", "on"})


def _part_distance(view: View, p: PlaceMention, anchor: tuple[int, int]) -> int:
    """Words between a count and a place: 'twice in the Bicol region' is closer than the
    'Eastern Visayas,' before it."""
    toks = view.tokens
    if p.i >= anchor[1]:
        return sum(1 for k in range(anchor[1], p.i) if toks[k].low not in _LINKS)
    between = range(p.j, anchor[0])
    return len(between) + 1 + sum(1 for k in between if toks[k].low in (",", ";"))


def parenthesised(view: View) -> list[tuple[PlaceMention, Number]]:
    """Per-place counts: 'Aleppo (9)', 'Idlib – 11', 'Khartoum: 5'."""
    out = []
    toks = view.tokens
    for p in view.places:
        for n in view.numbers:
            if n.vague:
                continue
            gap: Sequence[Token] = toks[p.j : n.i]
            lows = [t.low for t in gap]
            if lows in (["("], ["-"], ["–"], [":"], ["—"]) and (
                lows != ["("] or (n.j < len(toks) and toks[n.j].low == ")")
            ):
                out.append((p, n))
    return out
