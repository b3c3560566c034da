"""Stage 3: deciding — which mentions in a sentence make which claims.

Works on one sentence at a time, over the mentions the finding stages gave
(numbers, dates, places, parties, cues). This module cuts a sentence into clauses,
asks the deciding modules for their drafts and settles between them (hedges,
denials, an attack without a count); the pieces live beside it:

- `view`: the sentence (`View`), the claim being decided (`Draft`), and the date,
  places and per-place counts ("Aleppo (9)") `pipeline` reads for a draft;
- `counts`: counts and their heads, parts, "including N ...", zero tallies, table rows;
- `tolls`: people killed and injured, and whether the toll is an incident's or a tally;
- `operations`: operations and agreements, a noun paired with its verb.

`__all__` is what `pipeline` takes from the stage, some of it defined in `view` and `counts`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from truceline.extract.counts import count_claims, ordinal_tally, table_row, zero_claim
from truceline.extract.cues import nobody
from truceline.extract.operations import agreement, operation
from truceline.extract.tolls import toll_drafts
from truceline.extract.view import (
    REFERRING_LEVELS,
    Draft,
    View,
    area_referred,
    days,
    method_items,
    nearest_date,
    parenthesised,
    places_for,
    several_days,
)
from truceline.lexicon import PerLanguage, load, word_set
from truceline.model import Count
from truceline.text.tokens import Match, Token

__all__ = [
    "Draft", "View", "decide", "method_items", "nearest_date", "parenthesised", "places_for",
    "table_row",
]  # fmt: skip


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


def _tally_outcome(view: View, drafts: list[Draft], d: Draft) -> str | None:
    """'Troops repelled 6 attacks on their locations', 'six attacks were repulsed': how
    the counted attacks ended, said next to the count of them (a part ends as its total)."""
    total = drafts[d.parent] if d.parent is not None and 0 <= d.parent < len(drafts) else d
    a, b = total.anchor
    toks = view.tokens
    for m in view.cues.outcomes:
        lo, hi = (m.j, a) if m.j <= a else (b, m.i)
        if hi - lo <= 3 and not any(toks[k].low in (";", ".") for k in range(lo, hi)):
            return m.value
    return None


def _negated(lows: tuple[str, ...], i: int, lang: str) -> bool:
    """Whether the attack word at i is negated: 'had not crossed', 'did not attack', 'never
    fired', 'not fired a single shot at', 'no shot'."""
    if i >= 2 and lows[i - 2 : i] == ("a", "single"):  # "had not fired a single shot at"
        return any(_negation(w) for w in lows[max(0, i - 5) : i - 2])
    if i >= 1 and lows[i - 1] == "no":
        return True  # "no shot had been confirmed"
    # "No police officer was hit", "No soldier has fired a shot at X", "no unit of the
    # armed forces crossed into": a subject denied (not "no fewer than 20 gunmen attacked")
    kept = word_set(lang, "attribution", "no_not_denying")
    breaks = _CLAUSES.get(lang).clause_break
    for k in range(i - 1, max(-1, i - 8), -1):
        if lows[k] in breaks and lows[k] != "and":
            break
        if lows[k] in ("no", "nobody") and k + 1 < i and lows[k + 1] not in kept:
            return True
        if lows[k] == "single" and k >= 2 and lows[k - 2 : k] == ("not", "a"):
            return True  # "Not a single bomb was dropped on X"
    k = i - 1
    auxiliaries = word_set(lang, "attribution", "negation_auxiliaries")
    while k >= 0 and i - k <= 3 and lows[k] in auxiliaries:
        k -= 1
    return k >= 0 and i - k <= 3 and _negation(lows[k])


def _negation(low: str) -> bool:
    """'not', 'never', or a contraction ('didn't', 'hadn't': one token each)."""
    return low in ("not", "never") or low.endswith(("n't", "n’t"))


def _captures(view: View) -> tuple[Match, ...]:
    """'its troops took Tiwinza', 'capture the town of Konna', 'retook Palma', 'captured the
    royalist base at Tang Krasang': a place taken by force, named right after its verb or
    after the post, camp or town taken there (not 'took place in', 'seized weapons in Gao',
    nor one taken 'without meeting resistance')."""
    verbs = view.cues.by.get("capture_verbs", ())
    if not verbs or view.cues.has("unopposed"):
        return ()  # (no verb of taking; "took the airport without meeting resistance")
    toks = view.tokens
    nouns = word_set(view.lang, "places", "captured_place_nouns")
    links = word_set(view.lang, "places", "captured_place_links")
    the = word_set(view.lang, "places", "captured_place_determiners")
    starts = {p.i for p in view.places if not p.aside}
    out = []
    for m in verbs:
        k = m.j + (m.j < len(toks) and toks[m.j].low in the)  # "the", "their"
        if k in starts:
            out.append(m)
            continue
        # "the naval infantry barracks at Coco Solo": a few words to the post's noun
        for h in range(k, min(k + _CAPTURED_REACH, len(toks) - 2)):
            if not toks[h].text[:1].isalpha() or toks[h].low in links or toks[h].low in _NOT_TAKEN:
                break  # ("seized rifles at a checkpoint near X": the rifles were taken; "took
                # up residence in X", "took the refugees to the prison in Gao": nothing taken)
            if toks[h].low in nouns and toks[h + 1].low in links and h + 2 in starts:
                out.append(m)
                break
    return tuple(out)


_NOT_TAKEN: Final = frozenset({"to", "up", "from", "into", "over", "part", "office", "power"})


def _made_safe(view: View) -> bool:
    """'An improvised explosive device found on the road was defused by army engineers': a
    device found or made safe, with no verb of attack or of impact, went off nowhere (not
    "seized the army base at Goojacade": taken by force)."""
    cues = view.cues
    if cues.has("attack_verbs") or cues.has("impact_verbs") or cues.has("killed"):
        return False
    safe = word_set(view.lang, "grammar", "made_safe_verbs")
    # (its words first: `_captures`, asked again only then, is what the attack was made of)
    return any(w in safe for w in view.lows) and not _captures(view)


def _denied(view: View, attack: tuple[Match, ...]) -> bool:
    """A denial blocks the attacks it covers; 'rejected the account and said his units had
    ambushed a convoy' still asserts the ambush after it."""
    denials = view.cues.by.get("denials", ())
    if not denials:
        return False
    last = max(m.j for m in denials)
    toks = view.tokens
    # ("categorically denies the rumours that agents fired on a funeral procession": what
    # is denied, named before its clause)
    if last < len(toks) and toks[last].low in ("the", "these", "those", "any"):
        that = next(
            (k for k in range(last + 1, min(len(toks), last + 4)) if toks[k].low == "that"), 0
        )
        if that and all(t.text.isalpha() and not t.is_cap for t in toks[last + 1 : that]):
            last = that
    if last < len(toks) and toks[last].low == "that":
        # "Honduras denied that its troops had attacked at El Poy": the clause denied runs to
        # an 'and' or 'but' that says something else
        ends = [k for k in range(last, len(toks)) if toks[k].low in ("but", ";", "while")]
        last = ends[0] if ends else len(toks)
    # ("... had repulsed an army attack near Iferouane; the army denied that any engagement
    # took place": an attack told in a clause before the denial's is not what it denies)
    # (not "...; the Kremlin denies any such plans": a denial pointing back covers it)
    first = min(denials, key=lambda m: m.i)
    after = tuple(t.low for t in toks[first.j : first.j + 2])
    back = bool(after) and (after[0] in _POINTING_BACK or after == ("any", "such"))
    opens = (
        -1
        if back
        else max((k for k in range(first.i) if toks[k].low in (";", "but", "while")), default=-1)
    )
    return not any(m.i > last or m.i < opens for m in attack)


_POINTING_BACK: Final = frozenset({"such", "it", "this", "these", "them", "the"})


def _impacts(view: View) -> tuple[Match, ...]:
    """'a shell landed near X', 'a drone fell on Y': a munition doing damage is an attack."""
    munitions = view.cues.by.get("munition_nouns", ())
    if not munitions:
        return ()
    first = munitions[0].i
    # ("an ICRC aircraft landed at Amman airport": an aircraft lands, a shell lands on)
    craft = word_set(view.lang, "cues", "aircraft_nouns")
    landing = word_set(view.lang, "cues", "landing_verbs")
    flown = all(view.tokens[k].low in craft for m in munitions for k in range(m.i, m.j))
    return tuple(
        m
        for m in view.cues.by.get("impact_verbs", ())
        if m.i > first and not (flown and view.tokens[m.i].low in landing)
    )


def _adverbial(view: View, m: Match) -> bool:
    """'in response', 'in retaliation': a response named as the reason for another verb."""
    return view.tokens[m.i].low == "in"


def _speakers_town(view: View) -> bool:
    """'Officials in Smara said ...', 'Residents near Machalong reported ...': a town named
    inside the speaker's phrase ('French troops guarding Maya-Maya airport said ...')."""
    links = word_set(view.lang, "grammar", "speaker_place_links")
    return any(
        p.aside and p.i > 0 and view.tokens[p.i - 1].low in links
        and p.location.precision in ("settlement", "admin2", "unresolved")
        for p in view.places
    )  # fmt: skip


def decide(view: View) -> list[Draft]:
    """The claims one sentence makes, as drafts (fields filled by `pipeline`).

    A sentence that joins claims ("... 12 times, and that a drone struck a car near X";
    "..., including an ambush near Y") is decided clause by clause when more than one
    clause makes a claim of its own."""
    if view.text.rstrip().endswith("?"):
        return []  # a question asserts nothing
    if view.text.count(" = ") >= 2:
        return []  # "AM = Armenia, AZ = Azerbaijan, SAF = small-arms fire": a key to terms
    if view.text.lower().startswith(_COMPARISON_OPENERS.get(view.lang)):
        return []  # "For comparison, 178 outrages had been recorded in the preceding week"
    cuts = clause_cuts(view)
    drafts = None
    if cuts:
        bounds = [0, *cuts, len(view.tokens)]
        parts = [_decide(view.clause(a, b)) for a, b in zip(bounds, bounds[1:], strict=False)]
        if sum(1 for p in parts if p) > 1:
            drafts = _one_toll(_one_calm(_join(parts, bounds, view)))
    if drafts is None:
        drafts = _one_toll(_decide(view))
    if drafts and (recalled := _recalled(view)) is not None:
        a, b = recalled
        drop = {k for k, d in enumerate(drafts) if a <= d.anchor[0] < b}
        drop |= {k for k, d in enumerate(drafts) if d.parent in drop}  # (and their parts)
        drafts = _without(drafts, drop)
    return drafts


def _recalled(view: View) -> tuple[int, int] | None:
    """'the worst in Vienna since July 15, 1927, when police fired on demonstrators, killing
    89': the clause after 'since <date>, when' tells what happened on that day, the measure
    of a comparison, no news of the report's; its tokens (to the next comma when the
    'since' opens its clause: 'Since Sunday, when the strike began, 26 have died')."""
    toks = view.tokens
    openers = word_set(view.lang, "grammar", "recalled_day_openers")
    for d in view.dates:
        if not d.since:
            continue
        k = d.j + (d.j < len(toks) and toks[d.j].text == ",")
        if k < len(toks) and toks[k].low in openers:
            # (a "since" opening its clause: at the start, after a comma or "said that")
            opens = d.i <= 2 or toks[d.i - 1].low in ("that", ",") or toks[d.i - 2].low == "that"
            if not opens:
                return k, len(toks)
            end = next((x for x in range(k, len(toks)) if toks[x].text in (",", ";")), len(toks))
            return k, end
    return None


def _one_toll(drafts: list[Draft]) -> list[Draft]:
    """'7 killed, 4 of them servicemen and 3 civilians; 38 wounded, 23 of them servicemen
    and 15 civilians': the dead and the wounded counted side by side make one toll, and
    their parts, in the same order, one part each."""
    totals = [k for k, d in enumerate(drafts) if d.kind == "casualty_tally" and d.parent is None]
    if len(totals) != 2:
        return drafts
    a, b = totals
    dead, hurt = drafts[a], drafts[b]
    if dead.killed is None or dead.injured is not None or hurt.killed is not None:
        return drafts
    ours = [d for d in drafts if d.parent == a]
    theirs = [d for d in drafts if d.parent == b]
    if hurt.injured is None or len(ours) != len(theirs):
        return drafts
    dead.injured = hurt.injured
    for x, y in zip(ours, theirs, strict=True):
        x.injured = y.injured
    return _without(drafts, {b, *(k for k, d in enumerate(drafts) if d.parent == b)})


def _one_calm(drafts: list[Draft]) -> list[Draft]:
    """'calm prevails ... and that no violation was recorded': one sentence saying twice
    that nothing happened makes one zero tally."""
    zeros = [k for k, d in enumerate(drafts) if _is_zero(d)]
    drop = set(zeros[1:])
    if not drop:
        return drafts
    return _without(drafts, drop, zeros[0])


def _without(drafts: list[Draft], drop: set[int], heir: int | None = None) -> list[Draft]:
    """The drafts but those at `drop`, their parents renumbered; a part of a dropped draft
    goes to `heir` (when it is not dropped too)."""
    new_index = {k: k - sum(1 for x in drop if x < k) for k in range(len(drafts))}
    for d in drafts:
        if d.parent is not None and d.parent >= 0:
            d.parent = new_index[heir if heir is not None and d.parent in drop else d.parent]
    return [d for k, d in enumerate(drafts) if k not in drop]


def _is_zero(d: Draft) -> bool:
    return (
        d.kind == "violation_tally" and d.parent is None and d.count is not None
        and d.count.value == 0
    )  # fmt: skip


def _comparison_openers(lang: str) -> tuple[str, ...]:
    """The lexicon's comparison openers as the tuple `str.startswith` takes (made once)."""
    return tuple(word_set(lang, "numbers", "comparison_openers"))


_COMPARISON_OPENERS: Final = PerLanguage(_comparison_openers)


# where `decide` cuts a sentence into clauses (see `_Clauses.clause` for a looser notion):
# 'and that', ', adding', ';', ', while', ', whereas': grammar.json's clause_opening_pairs
# (two words), its clause_openers_after_comma after a comma, and these marks alone
_CLAUSE_OPENING_MARKS: Final = frozenset({";"})
# where a clause ends (`_Clauses.clause_break`: these marks, and grammar.json's
# clause_break_words), and where the clause after a tally opens (`_Clauses.clause`: these,
# and its loose_clause_openers)
_CLAUSE_BREAK_MARKS: Final = frozenset({",", ";", "."})
_CLAUSE_MARKS: Final = frozenset({";"})


@dataclass(frozen=True, slots=True)
class _Clauses:
    """A language's clause openers and breaks (see above), made once per language."""

    opener_pairs: frozenset[tuple[str, str]]
    opener_words: frozenset[str]
    opener_firsts: frozenset[str]  # (no pair for other words)
    clause: frozenset[str]
    clause_break: frozenset[str]


def _read_clauses(lang: str) -> _Clauses:
    g = load(lang, "grammar")
    pairs = frozenset(
        [(a, b) for a, b in (p.split() for p in g["clause_opening_pairs"])]
        + [(",", w) for w in g["clause_openers_after_comma"]]
    )
    return _Clauses(
        pairs,
        _CLAUSE_OPENING_MARKS,
        frozenset(o[0] for o in pairs) | _CLAUSE_OPENING_MARKS,
        _CLAUSE_MARKS | frozenset(g["loose_clause_openers"]),
        _CLAUSE_BREAK_MARKS | frozenset(g["clause_break_words"]),
    )


_CLAUSES: Final = PerLanguage(_read_clauses)


def clause_cuts(view: View) -> list[int]:
    """Token indices where a new clause with a claim of its own may start."""
    lows = view.lows
    cuts = []
    cl = _CLAUSES.get(view.lang)
    firsts, words, pairs = cl.opener_firsts, cl.opener_words, cl.opener_pairs
    for k in range(1, len(lows) - 2):
        if lows[k] in firsts:
            if lows[k] in words or (lows[k], lows[k + 1]) in pairs:
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
    for drafts, a, b in zip(parts, bounds, bounds[1:], strict=False):
        base = len(out)
        for d in drafts:
            if d.parent is not None and d.parent >= 0:
                d.parent += base
            out.append(d)
        if tally is not None and view.tokens[a].low == "including":
            for d in drafts:
                if d.kind == "incident" and d.parent is None:
                    d.parent = tally
        if _its_toll(out[:base], drafts, view, a):
            # "A grenade was thrown into the market; 3 civilians were injured." (its groups,
            # "4 officers and 2 of the attackers are killed", are no claims of their own)
            out[base - 1].killed, out[base - 1].injured = drafts[0].killed, drafts[0].injured
            del out[base:]
        elif _retold_clause(out[:base], drafts, view, a, b):
            # "fired several mortar rounds at the airport; the shells landed near the runway":
            # the attack before, told again by what it fired
            out[base - 1].outcome = out[base - 1].outcome or drafts[0].outcome
            del out[base:]
        tally = next(
            (k for k, d in enumerate(out) if d.kind == "violation_tally" and d.parent is None),
            tally,
        )
    return out


def _spread_over_days(view: View, attack: tuple[Match, ...]) -> bool:
    """'At least 27 people killed in Tirana over two nights of shooting', '13-14 Mar': a
    toll over several days, of no one attack the sentence singles out, is a tally (a night's
    two days, 'overnight' or 'the night of 26 to 27 April', are one attack's)."""
    toks = view.tokens
    return several_days(view) and not any(
        m.i > 0 and toks[m.i - 1].low in ("a", "an") for m in attack
    )


def _its_toll(before: list[Draft], drafts: list[Draft], view: View, a: int) -> bool:
    """Whether a clause's lone casualty count, after ';' (or after 'and that' when it names
    the fight before with 'the': "has retaken Konna and that 100 fighters were killed in the
    fighting"), is the toll of the incident the clause before told of."""
    toks = view.tokens
    return (
        (toks[a].text == ";" or (toks[a].low == "and" and _refers_back(view, a)))
        and bool(drafts)
        and all(d.kind == "casualty_tally" for d in drafts)
        and drafts[0].parent is None
        and all(d.parent is not None for d in drafts[1:])
        and bool(before)
        and before[-1].kind == "incident"
        and before[-1].killed is None
        and before[-1].injured is None
        and not any(d.since for d in view.dates if d.i >= a)
        and not any(m.i >= a for m in view.cues.by.get("toll_words", ()))
    )


def _retold_clause(before: list[Draft], drafts: list[Draft], view: View, a: int, b: int) -> bool:
    """Whether a clause after ';' whose lone incident names its attack or munitions with
    'the' ('the shells landed near the runway') and no place or day of its own tells again
    the incident of the clause before."""
    toks = view.tokens
    return (
        toks[a].text == ";"
        and len(drafts) == 1
        and drafts[0].kind == "incident"
        and drafts[0].killed is None
        and drafts[0].injured is None
        and bool(before)
        and before[-1].kind == "incident"
        and toks[min(a + 1, len(toks) - 1)].low == "the"
        and any(view.cues.at(c, a + 2) is not None for c in ("munition_nouns", "attack_nouns"))
        and not any(a <= d.i < b for d in view.dates)
        and not any(a <= p.i < b and not p.aside for p in view.places)
    )


def _refers_back(view: View, a: int) -> bool:
    """An attack named with 'the' after token a ('killed in the fighting', 'in the attack')."""
    toks = view.tokens
    return any(m.i > a and toks[m.i - 1].low == "the" for m in view.cues.by.get("attack_nouns", ()))


def _decide(view: View) -> list[Draft]:
    cues = view.cues
    drafts = count_claims(view)
    if not drafts:
        z = zero_claim(view) or ordinal_tally(view)
        if z and not _hedged(view, z.anchor):
            drafts.append(z)
    hurt = (*cues.by.get("killed", ()), *cues.by.get("injured", ()))
    if not _denied(view, hurt):  # "Their claim that fighters killed 30 soldiers is false"
        drafts.extend(toll_drafts(view, drafts))
    ops = [d for d in operation(view) if not _hedged(view, d.anchor)]
    has_tally = any(d.kind == "violation_tally" for d in drafts)
    has_incident = any(d.kind in ("incident", "casualty_tally") for d in drafts)
    attack = (
        cues.by.get("attack_verbs", ())
        or cues.by.get("attack_nouns", ())
        or _impacts(view)
        or cues.outcomes  # "pushed back an army column": repelling is an attack's outcome
        or _captures(view)
    )
    # "its units had not crossed the border", "did not attack Gabu": no attack asserted
    attack = tuple(m for m in attack if not _negated(view.lows, m.i, view.lang))
    # "our troops returned fire": a response, no attack of its own; "struck sites in X in
    # response" is a strike that only says why
    responses = [m for m in cues.by.get("retaliation", ()) if not _adverbial(view, m)]
    only_retaliation = (
        bool(responses)
        and len(attack) <= 1
        # (not "Maoists opened fire on the camp; BSF returned fire": an attack, then the reply)
        and not any(m.j <= r.i for m in attack for r in responses)
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
        and not _made_safe(view)
        and (not ops or cues.outcomes)
    ):
        long_ago = any(d.since or days(d.period) > 8 for d in view.dates)
        nouns = {
            (m.i, m.j) for c in ("attack_nouns", "violation_nouns") for m in cues.by.get(c, ())
        }
        tolled = cues.has("killed") or cues.has("injured")
        # "Fighting has also flared in Kordofan": fighting named only in general, with no
        # day, means or toll, is a setting, not an attack
        vague = all(cues.covering("generic_fighting", m.i) for m in attack) and not (
            view.dates
            or cues.methods
            or tolled
            or _that_day(view)
            or _captures(view)
            # ("reported clashes with guerrillas near Famailla": one town's, not a region's,
            # with its fighters named; not "Fighting has also flared in Dilling")
            or (
                any(not p.aside and p.location.precision == "settlement" for p in view.places)
                and any(
                    not cues.covering("generic_fighting", m.i)
                    for m in cues.by.get("conflict_words", ())
                )
            )
        )
        # "JNIM stepped up attacks in the Est region", "attacks climb": how many attacks
        # there were changed, which is a trend, not an attack
        trend = (
            cues.has("trend_verbs")
            and not (tolled or cues.outcomes)
            # (plural, or a mass noun: "Looting in the 10th Precinct has declined")
            and all(toks[m.i].low.endswith(("s", "ing")) and m.j == m.i + 1 for m in attack)
        )
        many = _many_attacks(view, attack, nouns, tolled)
        # "the clash at Wiwili will not be the last", "the attack by NAS ... constitutes a
        # violation": an attack named with "the", with no day, means, toll or outcome of
        # its own, is one told before
        told = not (view.dates or cues.methods or tolled or cues.outcomes) and all(
            (m.i, m.j) in nouns and m.i > 0 and toks[m.i - 1].low == "the" for m in attack
        )
        if (
            not long_ago
            and not vague
            and not trend
            and not many
            and not told
            and not (tolled and _spread_over_days(view, attack))
            and (
                view.placed
                # "the attackers had crossed from Pakistan": where fire came from is no scene
                # of an attack of its own unless the sentence says when or how it ended
                or any(
                    not p.aside
                    and (p.location.role != "origin" or view.dates or cues.outcomes or tolled)
                    for p in view.places
                )
                # "officials in Smara said a shell fell on Sunday": the speaker's town, last resort
                or (
                    view.dates
                    and (
                        cues.outcomes
                        or len(attack) > 1
                        or _speakers_town(view)
                        or (
                            tolled and not cues.has("no_casualties")  # "killing a sentry"
                        )
                    )
                )
                # "fired rockets at positions near the palace on Friday": the palace named
                # before (see pipeline._referred)
                # ("at about 2 a.m. shots were fired at a police checkpoint": the hour of
                # one attack, on the day told)
                or ((view.dates or _clocked(view)) and _site_referred(view))
                # "attacked a unit on the outskirts of the city": a town or division named
                # before (not "the area", "the country": no scene of one attack)
                or _town_referred(view, attack[0])
            )
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
    agreed = [d for d in agreement(view, bool(drafts)) if not _hedged(view, d.anchor)]
    for a in agreed:
        # ("agreed to halt the firing": the firing stopped is no attack of its own)
        drafts = [
            d
            for d in drafts
            if not (d.kind == "incident" and a.anchor[0] <= d.anchor[0] < a.anchor[1])
        ]
    drafts.extend(agreed)
    for d in drafts:
        if d.kind == "incident":
            none_killed, none_hurt = nobody(cues, view.lang)
            if none_killed:
                d.killed = d.killed or Count(0, "exact", "person")
            if none_hurt:
                d.injured = d.injured or Count(0, "exact", "person")
            d.outcome = _outcome(view)
        elif d.kind == "violation_tally" and d.count is not None:
            d.outcome = _tally_outcome(view, drafts, d)
        d.methods = _methods(view) if d.kind in ("incident", "violation_tally", "operation") else ()
    return drafts


# Not the clause openers: `decide` cuts at 'and that', ', adding', ';', ', while', ', whereas'
# and 'including an <attack>'; the clause after a tally is looser, a bare 'while' or
# 'meanwhile' ("12 violations near Horlivka while a drone struck a car in Avdiivka" is a
# tally and an incident). Deriving either set from the other drops that incident.
_CAPTURED_REACH: Final = 4  # words from a capture verb to the noun of the place taken
_HEDGE_REACH: Final = 8


def _many_attacks(
    view: View, attack: tuple[Match, ...], nouns: set[tuple[int, int]], tolled: bool
) -> bool:
    """Attacks in the plural that make no one incident: "the log lists attacks reported
    between 3 and 9 February", "dozens of attacks in recent years" (no day, toll or outcome:
    a tally with no number); "9 people had been killed in the attacks" (the toll of attacks
    told before); "Israeli fire killed four people in the Gaza Strip" (a toll of fire across a
    region, no town named)."""
    toks, cues = view.tokens, view.cues
    plural = [toks[m.i].low.endswith("s") and (m.i, m.j) in nouns for m in attack]
    if not (tolled or cues.outcomes):
        return (
            all(plural)
            and not any(_definite(toks, m.i, view.lang) for m in attack)
            and all(days(d.period) > 1 for d in view.dates)
            and not _that_day(view)
        )
    if tolled and all(plural) and all(_definite(toks, m.i, view.lang) for m in attack):
        return True
    return (
        tolled
        and not cues.outcomes
        and all(
            p or toks[m.i].low in word_set(view.lang, "cues", "mass_fire_words")
            for p, m in zip(plural, attack, strict=True)
        )
        and not any(
            not p.aside and p.location.precision in ("settlement", "unresolved")
            for p in view.places
        )
        and any(not p.aside for p in view.places)
    )


def _that_day(view: View) -> bool:
    """'clashes near Mongo on the same day', 'that night': one day, the one told before."""
    return any(view.lows[m.j - 1] in ("day", "night") for m in view.cues.phrase("@same_period"))


def _definite(toks: tuple[Token, ...], i: int, lang: str = "en") -> bool:
    """'the Panjgur and Mangochar attacks': events known by name, not attacks in general."""
    k = i - 1
    while k >= 0 and (toks[k].is_cap or toks[k].low in ("and", ",", "-")):
        k -= 1
    return k >= 0 and toks[k].low in word_set(lang, "cues", "definite_words")


# a proposal's words, which a consent before them makes agreed ("agreed on a plan to end the
# fighting"; not "would agree to a truce only if ...")
_AGREED_PROPOSALS: Final = frozenset({"plan", "proposal", "proposals", "offer"})
_MODALS: Final = frozenset({"would", "could", "might", "may", "will", "to"})


def _hedged(view: View, span: tuple[int, int]) -> bool:
    """A proposal, condition or plan covers the words after it in its own clause ("no plans
    to extend the truce"); it leaves "had resumed operations, and that..." alone. A forecast
    ("Further shelling of Sarfait is probable") asserts nothing either."""
    toks = view.tokens
    breaks = _CLAUSES.get(view.lang).clause_break
    k = span[1] + (1 if span[1] < len(toks) and toks[span[1]].is_cap else 0)
    while k < len(toks) and k - span[1] < 5 and toks[k].low not in ("is", "are", "remains"):
        if toks[k].low in breaks:
            break
        k += 1
    if (
        k + 1 < len(toks)
        and toks[k].low in ("is", "are", "remains")
        and toks[k + 1].low in word_set(view.lang, "cues", "forecast_predicates")
    ):
        return True
    consent = word_set(view.lang, "grammar", "consent_verbs")
    for h in view.cues.by.get("hedges", ()):
        if any(p.i <= h.i < p.j for p in view.places):
            continue  # a word of a name ("the posts at Annai and Good Hope were attacked")
        if toks[h.i].low in _AGREED_PROPOSALS and any(
            toks[k].low in consent
            and toks[k - 1].low not in _MODALS
            # (not "agreed to study a proposal": what was agreed is to study it)
            and not any(toks[x].low == "to" for x in range(k + 1, h.i))
            for k in range(max(1, span[0]), h.i)
        ):
            continue  # a proposal agreed to ("agreed late on Thursday on a plan to end ...")
        if (
            span[0] <= h.i < span[1] + 3
            and not any(toks[x].low in breaks for x in range(span[1], h.i))
            and (h.i < span[1] or h.j >= len(toks) or toks[h.j].low != "by")
        ):
            # (or just after it: "a renewed operation cannot be ruled out"; not "a
            # ceasefire proposed by the OAS")
            return True
        if h.j <= span[0] and span[0] - h.j <= _HEDGE_REACH:
            # (an infinitive the hedge governs reaches over "and": "urging Israel and
            # Hamas to accept a ceasefire")
            wanted = span[0] > 0 and toks[span[0] - 1].low == "to"
            if wanted or not any(toks[k].low in breaks for k in range(h.j, span[0])):
                return True
    return False


def _town_referred(view: View, m: Match) -> bool:
    """Whether the attack's clause names a town or a division by its kind alone ('on the
    outskirts of the city', 'in the province'): one named before."""
    # (after the attack's word, or before it: "The police headquarters in the city centre
    # surrendered after being hit by artillery fire")
    noun = area_referred(view, (m.i, m.j)) or area_referred(view, (0, 0))
    levels = REFERRING_LEVELS.get(view.lang).get(noun, ()) if noun else ()
    return any(level in ("settlement", "admin1", "admin2") for level in levels)


def _clocked(view: View) -> bool:
    """Whether the sentence tells a clock time ('at about 2 a.m.', 'at 20:30', '0915 hrs')."""
    lows = view.lows
    meridiem = word_set(view.lang, "dates", "meridiem_words")
    for k in range(len(lows) - 1):
        if not lows[k].replace(".", "", 1).isdecimal():
            continue  # ("2", "3.15")
        nxt = lows[k + 1]
        after = lows[k + 2] if k + 2 < len(lows) else ""
        if nxt == ":" and after.isdecimal():
            return True
        # ("2 a.m.", "10 pm"; not "40 a day": the letter alone is an article)
        if nxt in meridiem and (len(nxt) == 2 or after == "."):
            return True
        if len(lows[k]) == 4 and nxt in ("hrs", "hours"):
            return True
    return False


def _site_referred(view: View) -> bool:
    """Whether the sentence places what it tells at a site named by its kind alone: one the
    report named before ('near the palace', 'at the airfield'), or the object of its attack
    ('attacked the presidential palace', 'fired at a police checkpoint')."""
    sites = word_set(view.lang, "places", "referring_sites")
    nouns = word_set(view.lang, "places", "site_nouns")
    preps = word_set(view.lang, "places", "place_prepositions")
    attacked = word_set(view.lang, "places", "site_after_attack")
    toks = view.tokens
    # (or the attack's own words end there: "fired at a police checkpoint")
    verb_ends = {m.j - 1 for m in view.cues.by.get("attack_verbs", ())}
    for k, t in enumerate(toks):
        if k < 2 or not (t.low in sites or t.low in nouns):
            continue
        # "near the palace"; "shelled the police headquarters", "at a gendarmerie post": a
        # site's noun after its determiner and up to two words that say whose
        for d in range(k - 1, max(0, k - 4), -1):
            low = toks[d].low
            if low in ("the", "a", "an"):
                before = toks[d - 1].low if d else ""
                # ("attacked the presidential palace": a site named as an attack's object)
                if (low == "the" and (before in preps or before in attacked)) or (
                    t.low in nouns and (before in attacked or d - 1 in verb_ends)
                ):
                    return True
                break
            if not toks[d].text.isalpha():
                break
    return False


def _second_clause_incident(view: View, drafts: list[Draft]) -> list[Draft]:
    """'... three times during the day, while a shell hit a post near X': the clause after
    'while' or ';' describes an attack of its own."""
    toks = view.tokens
    after = max(d.anchor[1] for d in drafts)
    clause = _CLAUSES.get(view.lang).clause
    cut = next((k for k in range(after, len(toks)) if toks[k].low in clause), None)
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
