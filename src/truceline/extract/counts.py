"""Counts of violations, explosions and settlements: a count is a claim's count only when
the grammar ties it to a countable head ("24 violations", "attacked 73 times", "shelled four
settlements"); "including N ..." breaks a total down; a bullet row under a heading that names
violations is a total or one of its parts (`table_row`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from truceline.extract.numbers import Number, ordinal
from truceline.extract.places import PlaceMention
from truceline.extract.view import BULLETS, Draft, View, days, in_date
from truceline.lexicon import PerLanguage, load, word_set
from truceline.model import Count, Unit
from truceline.text.tokens import Match, Token

_LOOKAHEAD: Final = 5
_HEADS: Final = ("violation_nouns", "explosion_nouns", "settlement_nouns", "persons", "munition_nouns",
          "measure_nouns")  # fmt: skip
_UNIT: Final[dict[str, Unit]] = {
    "violation_nouns": "violation",
    "explosion_nouns": "explosion",
    "settlement_nouns": "settlement",
}
_BREAK: Final = frozenset({".", ";", ":", "(", ")", '"', "“", "”"})


@dataclass(frozen=True, slots=True)
class _Lex:
    """The words of grammar.json the counts' grammar reads, made once per language."""

    head_stop: frozenset[str]  # a count's head is never past these ("146 wounded in ...")
    gear: frozenset[str]  # nouns an attack word may qualify, as gear ("assault rifles")
    possessives: frozenset[str]  # "two of our men", "three of its fighters"
    auxiliaries: frozenset[str]  # "intruders have been killed"
    craft: frozenset[str]  # (see `count_claims`)
    post_owners: frozenset[str]  # "74 police stations"
    posts: frozenset[str]  # "27 police posts were attacked"
    earlier: frozenset[str]  # "(Previous week: thirty-eight (38) incidents.)"
    none: frozenset[str]  # "no violations were recorded"
    there_was: frozenset[str]  # "there had been no"
    part_follow: frozenset[str]  # what follows a part's number: "eight in X" (`_bare_part`)
    part_after: frozenset[str]  # what a part's number follows: marks and words (`_bare_part`)


def _read_lex(lang: str) -> _Lex:
    g = load(lang, "grammar")
    return _Lex(
        frozenset(g["count_head_stops"]), frozenset(g["gear_nouns"]),
        frozenset(g["count_possessives"]), frozenset(g["passive_auxiliaries"]),
        frozenset(g["craft_nouns"]), frozenset(g["post_owners"]), frozenset(g["post_nouns"]),
        frozenset(g["earlier_words"]), frozenset(g["none_words"]),
        frozenset(g["there_was_verbs"]), frozenset(g["part_follow_words"]),
        _PART_AFTER_MARKS | frozenset(g["part_after_words"]),
    )  # fmt: skip


_LEX: Final = PerLanguage(_read_lex)


def head(view: View, n: Number) -> tuple[str | None, int]:
    """The countable head a number governs ("24 [ceasefire] violations"), and its token."""
    toks = view.tokens
    k = n.j
    if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")":
        if any(m.i == k + 1 for m in view.numbers):
            k += 3  # "9 (nine) incidents": the number said again in words
    if (
        k + 1 < len(toks)
        and toks[k].low == "of"
        and toks[k + 1].low in ("them", "which", "these", "those")
    ):
        return "of_them", k + 1
    if (
        k + 2 < len(toks)
        and toks[k].low == "of"
        and toks[k + 1].low == "the"
        and (whole := next((m for m in view.numbers if m.i == k + 2), None)) is not None
    ):
        return head(view, whole)  # "two of the four incidents": two incidents
    if n.value > 1 and k + 2 < len(toks) and toks[k].low == "of" and toks[k + 1].low == "the":
        # ("one of the violations was ...": an example, no count)
        for cat in ("violation_nouns", "explosion_nouns"):
            if (noun := view.cues.at(cat, k + 2)) is not None:
                return "of_them", noun.j - 1  # "five of the attacks were in Oaxaca"
    if (
        k + 2 < len(toks)
        and toks[k].low == "of"
        and toks[k + 1].low in _LEX.get(view.lang).possessives
    ):
        got = _head_from(view, n, k + 2)
        if got[0] == "persons":
            return got  # "two of our men", "three of its fighters" (not "one of our bases")
    if k < len(toks) and toks[k].low in ("were", "was") and k + 1 < len(toks):
        k += 1  # "five were mortar attacks"
    elif (
        k + 1 < len(toks)
        and toks[k].text in _OPENING_QUOTES
        and (n.i == 0 or toks[n.i - 1].text not in _OPENING_QUOTES)
    ):
        k += 1  # 'dealt with 23 "acts of sabotage and rioting"': the head quoted as said
    return _head_from(view, n, k)


_OPENING_QUOTES: Final = frozenset({'"', "“"})


def _head_from(view: View, n: Number, k: int) -> tuple[str | None, int]:
    """The head of the count n, looked for from token k on."""
    toks, cues = view.tokens, view.cues
    lx = _LEX.get(view.lang)
    for step in range(_LOOKAHEAD):
        p = k + step
        if p >= len(toks) or toks[p].low in _BREAK or toks[p].low == ",":
            break
        for cat in _HEADS:
            if cues.at(cat, p):
                # "mortar rounds" is munitions, "mortar attacks" a count: the later head wins.
                m = cues.at(cat, p)
                assert m is not None
                if m.j < len(toks) and toks[m.j].low in lx.gear:
                    continue  # "21 assault rifles": the attack word names the gear
                if _peaceful(view, n, m):
                    return None, -1  # "six reconnaissance sorties", "11 telephone contacts"
                nxt = m.j
                # "missile and drone attacks": munitions joined before the head
                while (
                    nxt + 1 < len(toks)
                    and toks[nxt].low in ("and", "or", ",")
                    and (more := cues.at("munition_nouns", nxt + 1))
                ):
                    nxt = more.j
                if (
                    cat in ("munition_nouns", "persons")
                    and nxt < len(toks)
                    and not _subject_and_verb(toks[nxt - 1].low, toks[nxt].low)
                ):
                    # ("seven army attacks": the army's attacks, not seven soldiers)
                    for cat2 in ("violation_nouns", "explosion_nouns"):
                        if cues.at(cat2, nxt):
                            return cat2, nxt
                return cat, p
        if _act_of_violence(view, p):
            return "violation_nouns", p
        if step == 0 and _people_named(toks[p], view.lang):
            for cat2 in ("violation_nouns", "explosion_nouns"):
                if cues.at(cat2, p + 1):
                    return cat2, p + 1  # "80 Vietnamese attacks": their attacks
            return "persons", p  # "93 Senegalese", "four Iraqis": a people's name
        if step == 0 and _killed_plural(view, p):
            return "persons", p  # "53 intruders have been killed": whoever dies is people
        if toks[p].low in ("and", "or") and step and (joined := _joined_head(view, p)):
            return "violation_nouns", joined  # "14 bombing and strafing attacks"
        if toks[p].low in lx.head_stop or cues.covering("killed", p) or cues.covering("injured", p):
            break  # "146 wounded in the clashes": the count's head is not past a verb or preposition
    return _risen_to(view, n)


def _peaceful(view: View, n: Number, m: Match) -> bool:
    """'Six reconnaissance sorties', 'LOGISTICS: TWO C-130 SORTIES', 'eleven telephone
    contacts': flights or contacts counted for an end that attacks nothing."""
    lows = view.lows
    if lows[m.j - 1] not in word_set(view.lang, "grammar", "peaceful_count_nouns"):
        return False
    ends = word_set(view.lang, "grammar", "peaceful_modifiers")
    return any(lows[k] in ends for k in range(max(0, n.i - 3), min(len(lows), m.j + 3)))


def _subject_and_verb(before: str, word: str) -> bool:
    """'two shells strike the building': a plural noun and a singular one after it are a
    subject and its verb, not one noun ('two missile strikes', 'seven army attacks')."""
    return before.endswith("s") and not before.endswith("ss") and not word.endswith("s")


def _joined_head(view: View, p: int) -> int:
    """'bombing and strafing attacks': the attack noun one or two words after the 'and' at
    p that joins two kinds of attack before it (0 when there is none)."""
    toks = view.tokens
    for q in (p + 1, p + 2):
        if q < len(toks) and view.cues.at("violation_nouns", q):
            between = toks[p + 1 : q]
            if all(t.text.isalpha() and not t.is_cap for t in between):
                return q
    return 0


def _killed_plural(view: View, p: int) -> bool:
    """A plural noun whose next words say they were killed or wounded ('intruders have been
    killed', 'herders were wounded')."""
    toks = view.tokens
    word = toks[p].text.replace("-", "")  # ("passers-by were injured")
    if not (
        (toks[p].low.endswith("s") or "s-" in toks[p].low) and word.isalpha() and not toks[p].is_cap
    ):
        return False
    k = past_auxiliaries(view, p + 1)
    return k > p + 1 and bool(view.cues.at("killed", k) or view.cues.at("injured", k))


def past_auxiliaries(view: View, k: int) -> int:
    """The token after the auxiliaries from k on (three at most: "have been"), and after a
    verb of knowing or saying with its "to" and their own ("are known to have been"): where
    the verb they lead to stands; k when none is there."""
    toks = view.tokens
    auxiliaries = _LEX.get(view.lang).auxiliaries
    start = k
    while k < len(toks) and k - start < 3 and toks[k].low in auxiliaries:
        k += 1
    raising = word_set(view.lang, "grammar", "raising_verbs")
    if k > start and k + 2 < len(toks) and toks[k].low in raising and toks[k + 1].low == "to":
        k += 2  # "are known to have been killed"
        while k < len(toks) and toks[k].low in auxiliaries:
            k += 1
    return k


def _people_named(t: Token, lang: str) -> bool:
    """A capitalised word for a people ('Senegalese', 'Americans', 'Iraqis')."""
    return (
        t.is_cap
        and len(t.text) > 4
        and t.text.isalpha()
        and t.low.endswith(tuple(word_set(lang, "cues", "people_suffixes")))
    )


def _risen_to(view: View, n: Number) -> tuple[str | None, int]:
    """'Security incidents in Mandera have risen to 23': the count of the subject before;
    'put the number of violations since the truce began at nine': the count put."""
    toks, k = view.tokens, n.i - 1
    if k > 2 and toks[k].low == "at" and (put := _put_number(view, k)) is not None:
        return put
    if k > 0 and toks[k].low in ("to", "at"):
        k -= 1
    if k < 1 or toks[k].low not in word_set(view.lang, "numbers", "rise_verbs"):
        return None, -1
    armed = [m.i for m in view.cues.by.get("conflict_words", ())]
    for p in range(k - 1, max(-1, k - 12), -1):
        for cat in ("violation_nouns", "explosion_nouns"):
            m = view.cues.at(cat, p)
            # the subject must be about fighting ("cholera cases rose to 64" is not)
            if m is not None and m.j <= k and any(p - 3 <= a < k for a in armed):
                return cat, p
    return None, -1


def estimate_verb_before(view: View, at: int, reach: int) -> int | None:
    """The verb of estimating ('put', 'estimated') that sets a figure at the 'at' at token
    `at`, looked for fewer than `reach` tokens back; None when there is none."""
    verbs = word_set(view.lang, "cues", "estimate_verbs")
    toks = view.tokens
    return next((x for x in range(at - 1, max(-1, at - reach), -1) if toks[x].low in verbs), None)


def _put_number(view: View, at: int) -> tuple[str, int] | None:
    """'put the number of violations ... at': the violation noun whose number a verb of
    estimating puts at the count after 'at' (within twelve words)."""
    toks = view.tokens
    v = estimate_verb_before(view, at, 13)
    if v is None:
        return None
    nouns = word_set(view.lang, "grammar", "number_of_nouns")  # "number", "total", "count"
    nums = [x for x in range(v + 1, min(v + 4, at)) if toks[x].low in nouns]
    if not nums:
        return None
    num = nums[0]
    # (the noun the number is of, right after it: not "the number of civilians killed in
    # air raids", a toll)
    for cat in ("violation_nouns", "explosion_nouns"):
        m = next((m for m in view.cues.by.get(cat, ()) if num < m.i <= num + 3), None)
        if m is not None:
            return cat, m.i
    return None


_ITEM_MARKS: Final = frozenset({"-", "–", "—", ".", ")", ":"})


def _item_number(view: View, n: Number) -> bool:
    """The number of an item opening the sentence ('4 - No security incident ...', 'A.5 No
    incidents ...', '3) Attacks ...'): a label, no count."""
    toks = view.tokens
    if n.j >= len(toks) or n.j != n.i + 1:
        return False
    if n.i == 0:
        return toks[n.j].text in _ITEM_MARKS
    # ("A.5", written close; not "A. 37 CFVs recorded": item A's count)
    return (
        n.i == 2
        and len(toks[0].text) == 1
        and toks[0].text.isalpha()
        and toks[1].text == "."
        and toks[1].end == toks[2].start
        and (toks[n.j].is_cap or toks[n.j].text in _ITEM_MARKS)
    )


def _referent(view: View, n: Number) -> bool:
    """The 'four' of 'two of the four incidents', 'in the two districts': a whole the
    sentence points back to, not a count it makes."""
    toks = view.tokens
    return n.i >= 1 and toks[n.i - 1].low in ("the", "these", "those") and n.qualifier == "exact"


def _act_of_violence(view: View, p: int) -> bool:
    """'38 actions of armed violence', '12 armed actions', '19 violent events', '48 cases of
    gunfire', 'in seven cases ... had been violated': a generic noun that the words around
    make an attack ('212 cases of measles', '64 bicommunal events' are none)."""
    toks = view.tokens
    words = load(view.lang, "cues")["violence_acts"]
    if toks[p].low not in words["heads"]:
        return False
    if p > 0 and toks[p - 1].low in words["before"]:
        return True
    if (
        p > 1
        and toks[p - 2].low == "in"
        and any(view.cues.has(c) for c in ("attack_verbs", "violation_verbs"))
    ):
        # "In seven cases the provisions had been violated: ...", "violated the ceasefire 43
        # times, in two cases with mortars"
        return True
    if p + 2 >= len(toks) or toks[p + 1].low != "of":
        return False
    return any(
        toks[k].low in words["of"] or any(view.cues.covering(c, k) for c in _VIOLENT)
        for k in range(p + 2, min(p + 4, len(toks)))
    ) or any(p + 2 <= m.i < p + 4 for m in view.cues.methods)


# what the noun after "cases of", "instances of" must name to make them attacks
_VIOLENT: Final = ("violation_nouns", "attack_nouns", "explosion_nouns")


def count_claims(view: View) -> list[Draft]:
    """Tallies of violations / explosions / settlements, with their breakdowns."""
    drafts: list[Draft] = []
    # ("the aircraft carrying the president circled the airport twice": a craft alone,
    # flying, attacks nothing; its weapons or a verb of attack would)
    attacky = any(  # "breached the truce three times", "used 120mm mortars twice"
        view.cues.has(c)
        for c in ("attack_verbs", "violation_nouns", "attack_nouns", "violation_verbs")
    ) or any(view.lows[m.i] not in _LEX.get(view.lang).craft for m in view.cues.methods)
    total: int | None = None
    outer = False
    opener_at = view.cues.first("part_openers", 10**6)
    for n in view.numbers:
        if n.vague or any(k in view.blocked for k in range(n.i, n.j)) or in_date(view, n):
            continue
        if _referent(view, n) or _item_number(view, n):
            # "two of the four incidents": the four were counted before; "4 - No security
            # incident was recorded", "A.5 No incidents ...": an item's label
            continue
        if _compared(view, n):
            continue  # "This compares with 58 incidents in the preceding 24 hours"
        if n.times:
            if not attacky:
                continue
            unit = "violation"
            head_at = n.j - 1
        else:
            cat, head_at = _count_head(view, n)
            if cat == "of_them" and total is not None:
                counted = drafts[total].count
                unit = counted.unit if counted else "violation"
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
            if cat is None and (total is not None or outer) and _bare_part(view, n):
                # "..., eight in Cauca and five in Antioquia": parts after the first
                whole = drafts[total] if total is not None else drafts[-1]
                unit = whole.count.unit if whole.count else "violation"  # type: ignore[assignment]
                drafts.append(
                    Draft(
                        "violation_tally",
                        (n.i, n.j),
                        Count(n.value, n.qualifier, unit),
                        parent=total if total is not None else -1,
                    )
                )  # type: ignore[arg-type]
                continue
            if cat == "of_them" and (
                # "Nineteen of them took place in ...", "It said five of them were in X": the
                # last total's
                (not attacky and n.i > 1 and not _only_said_before(view, n))
                or any(
                    m.i < n.i
                    for c in ("munition_nouns", "measure_nouns")
                    for m in view.cues.by.get(c, ())
                )  # fmt: skip
                or any(m.i < n.i and head(view, m)[0] == "persons" for m in view.numbers)
                # "engaged eight MiG-17s and shot down two of them": the things counted before
                or any(
                    m.i < n.i and not m.times and not in_date(view, m) and head(view, m)[0] is None
                    for m in view.numbers
                )  # fmt: skip
                or (
                    n.i
                    and (
                        view.cues.covering("killed", n.i - 1)
                        or view.cues.covering("injured", n.i - 1)
                    )
                )  # fmt: skip
            ):  # "19 people, seven of them children, were killed", "wounding two of them":
                # people, not attacks
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
                view.cues.has("attack_verbs")
                or view.cues.has("attack_nouns")
                or view.cues.has("capture_verbs")  # "took control of four villages"
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


def _only_said_before(view: View, n: Number) -> bool:
    """Whether only a saying opens the sentence before the count ("It said five of ...")."""
    return all(
        k in view.blocked or view.lows[k] == "that" or view.cues.covering("speech_verbs", k)
        for k in range(n.i)
    )


def _none_in(view: View, total: Draft) -> list[Draft]:
    """'11 violations in Donetsk region and none in Luhansk region': a zero of its own."""
    toks = view.tokens
    out = []
    zero = word_set(view.lang, "numbers", "label_zero")
    for k in range(total.anchor[1], len(toks) - 1):
        if (
            toks[k].low in zero
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
    spots: list[PlaceMention | None] = [*places] or [None]
    for p in spots:
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


# what a part's number follows: "..., eight in X", "and five in Y", "12 violations: seven in Z"
# (these marks, and grammar.json's part_after_words: `_Lex.part_after`)
_PART_AFTER_MARKS: Final = frozenset({",", ";", ":", "("})


def _bare_part(view: View, n: Number) -> bool:
    """A number with no head of its own after a total: a part ("33 times in Iraq")."""
    toks = view.tokens
    nxt = toks[n.j].low if n.j < len(toks) else ""
    prev = toks[n.i - 1].low if n.i > 0 else ""
    if _compared(view, n):
        return False  # "compared with nine in the same period of 2023": another period's
    if nxt in ("were", "was") and n.j + 1 < len(toks):
        hurt = view.cues.at("killed", n.j + 1) or view.cues.at("injured", n.j + 1)
        if hurt:
            return False  # "two persons were killed and 38 were injured": people
    lx = _LEX.get(view.lang)
    return nxt in lx.part_follow and prev in lx.part_after


def _count_head(view: View, n: Number) -> tuple[str | None, int]:
    """`head`, except that posts said to be attacked count attacks ("attacked 74 police
    stations")."""
    posts = _posts_attacked(view, n)
    return ("violation_nouns", posts) if posts is not None else head(view, n)


def _posts_attacked(view: View, n: Number) -> int | None:
    """'have attacked 74 police stations', '27 police posts were attacked': posts counted
    as the attacks on them; the token of their noun, or None."""
    toks = view.tokens
    lx = _LEX.get(view.lang)
    k = n.j
    if (
        n.value > 1
        and k + 1 < len(toks)
        and toks[k].low == "of"
        and toks[k + 1].low in ("the", "their", "its")
    ):
        # "attacked 11 of the island's 24 police substations": a share of the posts there
        # (not "attacking one of its border posts": one attack)
        k += 2  # (past whose and how many: "the island's 24 police substations")
        while (
            k < len(toks)
            and k - n.j < 6
            and toks[k].low not in lx.posts
            and (
                toks[k].low.endswith(("'s", "’s"))
                or toks[k].text.isdecimal()
                or toks[k].low in lx.post_owners
                or toks[k].is_cap
            )
        ):
            k += 1
    # ("74 police stations", "21 Civil Guard barracks": whose posts, between)
    while k < len(toks) and k - n.j < 3 and (toks[k].low in lx.post_owners or toks[k].is_cap):
        k += 1
    if k >= len(toks) or toks[k].low not in lx.posts:
        return None
    after = k + 1
    if after < len(toks) and toks[after].text == "(":  # "9 police stations (commissariats
        after = next((x + 1 for x in range(after, len(toks)) if toks[x].text == ")"), after)
    if (
        after + 1 < len(toks)
        and toks[after].low in ("and", "or")
        and toks[after + 1].low in lx.posts
    ):
        after += 2  # "24 police stations and posts have been attacked"
    auxiliaries = word_set(view.lang, "grammar", "post_attack_auxiliaries")
    if after < len(toks) and toks[after].low in ("in", "at", "near", "across", "around"):
        # "12 police boxes in the capital had been attacked": past where they stand
        after = next(
            (x for x in range(after + 1, min(len(toks), after + 6)) if toks[x].low in auxiliaries),
            after,
        )
    while after < len(toks) and toks[after].low in auxiliaries:
        after += 1  # ... and sub-commissariats) have been attacked"
    before = n.i > 0 and view.cues.at("attack_verbs", n.i - 1) is not None
    return k if before or (after < len(toks) and view.cues.at("attack_verbs", after)) else None


def _compared(view: View, n: Number) -> bool:
    """A number another figure is compared with ('compared with nine', 'This compares with
    58 incidents', 'up from 12', 'against 40 the week before'): another period's."""
    toks = view.tokens
    words = word_set(view.lang, "numbers", "comparison_words")
    if n.i > 0 and toks[n.i - 1].low in words:
        return True  # "against 40"
    if (
        n.i > 2
        and toks[n.i - 1].low == ":"
        and toks[n.i - 3].low in _LEX.get(view.lang).earlier
        # (a label of its own, not "shelled villages 14 times last week: nine in X")
        and (n.i == 3 or not toks[n.i - 4].text.isalnum())
    ):
        return True  # "(Previous week: thirty-eight (38) incidents.)": another week's
    return n.i > 1 and toks[n.i - 2].low in words and toks[n.i - 1].low in ("with", "to", "from")


def _is_part(total: Draft, n: Number) -> bool:
    assert total.count is not None
    return n.value <= total.count.value and n.i > total.anchor[1]


def ordinal_tally(view: View) -> Draft | None:
    """'It is the ninth attack in Belfast since February', 'the second attack on the office
    this year': the ordinal counts the attacks of the period the sentence gives."""
    toks = view.tokens
    spans = [d for d in view.dates if d.since or days(d.period) > 1]
    for k in range(1, len(toks) - 1):
        if toks[k - 1].low != "the":
            continue
        value = ordinal(toks[k].low, view.lang)
        if not value:
            continue
        head = next((m for m in view.cues.by.get("violation_nouns", ()) if k < m.i <= k + 3), None)
        if head is None or not any(d.i >= head.j for d in spans):
            continue  # "the second clash, on 15 February": a sequence, not a count
        return Draft("violation_tally", (k - 1, head.j), Count(value, "exact", "violation"))
    return None


def zero_claim(view: View) -> Draft | None:
    """'No violations were recorded', 'not a single breach', 'no launches ... were logged'."""
    toks = view.tokens
    # "not a single shot", "not a single ceasefire violation" (not "Not a single bomb was
    # dropped", "not a single tank has been lost", "not a single inch": no attack counted)
    z = [m for m in view.cues.by.get("zero_phrases", ()) if not _single_other(view, m)]
    reports = word_set(view.lang, "cues", "zero_report_nouns")
    lx = _LEX.get(view.lang)
    for cat in ("violation_nouns", "explosion_nouns", "generic_fighting", "quiet_nouns"):
        for m in view.cues.by.get(cat, ()):
            # "no violations were recorded", "recorded no militant attacks", "no further
            # armed incident has occurred", "there had been no shooting in the town"
            a = max(0, m.i - 3)
            before = [toks[k].low for k in range(a, m.i)]
            opened = next((k for k in range(len(before) - 1, -1, -1) if before[k] in lx.none), None)
            if opened is None:
                continue
            between = before[opened + 1 :]
            if "such" in between:
                continue  # "no such incident has occurred": the one alleged, denied
            if between[-2:] and between[-1] == "of" and between[0] in reports:
                between = between[1:-1]  # "there were no reports of fighting"
            if all(w.isalpha() and w not in lx.head_stop for w in between) and (
                view.cues.has("record_verbs")
                or view.cues.has("occurrence_verbs")
                or (a + opened > 0 and toks[a + opened - 1].low in lx.there_was)
                # a log's line that opens with it: "No hostile activity in Banjul.", or a
                # label's words do: "NLC: no incident anywhere in Ghana"
                or a + opened == 0
                or (a + opened == 2 and toks[1].text == ":")
            ):
                z.append(m)
    if not z and (k := _quiet_state(view)) is not None:
        return Draft("violation_tally", (k, k + 1), Count(0, "exact", "violation"), confidence=0.55)
    if not z:
        return None
    m = min(z, key=lambda x: x.i)
    # "No explosions were reported": none of the explosions a bulletin counts
    explosions = view.cues.at("explosion_nouns", m.i) is not None
    count = Count(0, "exact", "explosion" if explosions else "violation")
    return Draft("violation_tally", (m.i, m.j), count, confidence=0.55)


def _single_other(view: View, m: Match) -> bool:
    """'Not a single bomb was dropped': 'not a single' before no word of an attack."""
    if view.lows[m.i : m.j] != ("not", "a", "single"):
        return False
    cats = ("violation_nouns", "quiet_nouns", "explosion_nouns", "generic_fighting")
    return not any(
        view.cues.at(c, k) for c in cats for k in range(m.j, min(m.j + 3, len(view.lows)))
    )


def _quiet_state(view: View) -> int | None:
    """'Chiapas was quiet on Thursday', 'has been completely calm since 29 January': the
    token of the quiet word after its copula (and a word of degree), in a sentence that
    dates it, or None."""
    if not view.dates:
        return None  # ("the streets were quiet after the fighting": a moment, no tally)
    lows = view.lows
    for state in word_set(view.lang, "grammar", "quiet_states"):
        if state not in lows:
            continue  # (most sentences: no such word)
        k = lows.index(state)
        c = k - 1
        if c > 0 and lows[c] in word_set(view.lang, "grammar", "quiet_degrees"):
            c -= 1  # ("completely calm")
        if c >= 0 and lows[c] in word_set(view.lang, "grammar", "state_copulas"):
            return k
    return None


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
    label = " ".join(t.low for t in toks[:colon] if t.low not in BULLETS)
    value = _row_value(view, colon + 1)
    if value is None:
        return []
    if label in word_set(view.lang, "numbers", "total_labels"):
        d = Draft("violation_tally", (0, colon + 2), Count(value, "exact", _UNIT[unit_cat]))  # type: ignore[arg-type]
        d.locations = tuple(p.location for p in heading.places if not p.aside)
        out = [d]
        for n in view.numbers:  # "..., including 120 explosions"
            if n.i > colon + 1:
                cat, head_at = head(view, n)
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
    method = next((m.value for m in view.cues.methods if m.i < colon), None)
    if method is not None and not any(p.i < colon for p in view.places):
        # "Mortar: 7" under "Attacks by method": a part of the total by its means
        d = Draft(
            "violation_tally", (0, colon + 2), Count(value, "exact", _UNIT[unit_cat]), parent=-1
        )  # type: ignore[arg-type]
        d.methods = (method,)
        return [d]
    if value == 0 and view.places and view.places[0].i < colon:
        d = Draft("violation_tally", (0, colon + 2), Count(0, "exact", _UNIT[unit_cat]), parent=-1)  # type: ignore[arg-type]
        d.locations = (view.places[0].location,)
        return [d]
    return []


def _row_value(view: View, k: int) -> int | None:
    n = next((n for n in view.numbers if n.i == k), None)
    if n is not None:
        return n.value
    return 0 if view.tokens[k].low in word_set(view.lang, "numbers", "label_zero") else None
