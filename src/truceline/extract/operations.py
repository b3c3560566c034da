"""Operations and agreements: a claim made by a noun and the verb it pairs with ("launched
an offensive", "the truce was extended"), not by a count."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from truceline.extract.view import Draft, View, in_date
from truceline.lexicon import word_set


def _pair(view: View, nouns: str, verbs: str, window: int) -> tuple[tuple[int, int], int] | None:
    """A noun and its verb: 'the truce, first announced on 4 July, was extended last Friday'
    pairs the truce with 'extended' (a verb after 'first' or 'which' is background)."""
    found = view.cues.by.get(nouns, ())
    if not found:
        return None  # (most sentences: no such noun, and no background to gather)
    background = {m.j for m in view.cues.by.get("background_markers", ())}
    for a in found:
        near = [
            v
            for v in view.cues.by.get(verbs, ())
            if (v.i - a.j if v.i >= a.j else a.i - v.j) <= window
            # ("A combined operation by the army ... in the area between X and Y began")
            or (v.i >= a.j and v.i - a.j <= 3 * window and _unbroken(view, a.j, v.i))
        ]
        if near:
            v = min(near, key=lambda v: (v.i in background, v.i))
            return (min(a.i, v.i), max(a.j, v.j)), v.i
    return None


def _unbroken(view: View, a: int, b: int) -> bool:
    """Whether the noun ending at token a is the subject of the verb at b: written in lower
    case (not "the Joint Forces Operation headquarters"), with no mark that ends a phrase
    (a comma, a semicolon, a dash), no negation and no relative word ("the week which
    ended") between them."""
    toks = view.tokens
    named = toks[a - 1].is_cap and a > 1  # (capitalised for the sentence's start only)
    if named or toks[b - 1].low in word_set(view.lang, "grammar", "other_subjects"):
        return False  # (nor "... since it began": another subject's verb)
    if any(view.cues.covering("negations", k) for k in range(a, b)):
        return False
    commas = sum(t.text == "," for t in toks[a:b])
    # (a noun that opens the sentence may have an aside closed by two commas before its
    # verb: "The police operation to clear the square, occupied since April, began at dawn")
    opens = a <= 8 and commas == 2
    return (commas == 0 or opens) and not any(
        t.text in (";", ":", "-", "–", "—", "(") for t in toks[a:b]
    )


def operation(view: View) -> list[Draft]:
    """An operation launched, resumed, halted; not one only referred to ('since the
    operation began') or counted ('three major offensives since 2016')."""
    paired = _pair(view, "operation_nouns", "operation_verbs", 6)
    if not paired:
        return _entered(view) or _control_regained(view)
    span, verb = paired
    toks = view.tokens
    subordinate = word_set(view.lang, "grammar", "operation_subordinators")  # "since", "after"
    for m in view.cues.by.get("operation_nouns", ()):
        if span[0] <= m.i < span[1]:
            # (the words before the noun, or before the pair: "since the start of the
            # operation" refers to one begun before; "since the KIA launched an offensive
            # on Friday" tells the day it was)
            first = m.i if view.dates else min(m.i, span[0])
            before = [t.low for t in toks[max(0, first - 3) : m.i]]
            if subordinate & set(before) or any(
                n.j <= m.i and m.i - n.j <= 3 and not in_date(view, n) for n in view.numbers
            ):
                return []
    return [Draft("operation", span, confidence=0.55, focus=verb)]


def _entered(view: View) -> list[Draft]:
    """'ECOWAS forces entered The Gambia on 19 January', 'troops crossed into Lesotho': an
    army moving into a country launches an operation there."""
    forces = word_set(view.lang, "cues", "force_nouns")
    toks = view.tokens
    for v in view.cues.by.get("entry_verbs", ()):
        country = next((p for p in view.places if v.j <= p.i <= v.j + 1 and not p.aside), None)
        if country is None or country.location.precision != "country":
            continue
        fired = any(m.i != v.i for m in view.cues.by.get("attack_verbs", ()))
        if not fired and any(toks[k].low in forces for k in range(max(0, v.i - 6), v.i)):
            return [Draft("operation", (v.i, country.j), confidence=0.5, focus=v.i)]
    return []


def _negated_before(view: View, k: int) -> bool:
    """Whether a negation stands in the two words before token k ("had not agreed")."""
    return any(view.cues.covering("negations", x) for x in range(max(0, k - 2), k))


def _control_regained(view: View) -> list[Draft]:
    """'had regained control of all the positions', 'have regained full control of Addis
    Ababa': forces taking a place back end an operation to retake it."""
    lows = view.lows
    verbs = word_set(view.lang, "grammar", "control_regained_verbs")
    nouns = word_set(view.lang, "grammar", "control_nouns")
    for k, low in enumerate(lows):
        if low not in verbs or _negated_before(view, k):
            continue
        if k and lows[k - 1] == "to":
            continue  # "troops tried to regain control": an aim, no operation ended
        end = next((x for x in range(k + 1, min(len(lows), k + 3)) if lows[x] in nouns), None)
        if end is not None:
            return [Draft("operation", (k, end + 1), confidence=0.5, focus=k)]
    return []


def _agreed_to_stop(view: View) -> list[Draft]:
    """'Kuwait and Iraq had agreed Tuesday night to halt the firing', 'both agreed to end
    the confrontation': a consent to stop fighting, with no truce named."""
    lows = view.lows
    verbs = view.cues.by.get("agreement_verbs", ())
    if not verbs:
        return []  # (most sentences agree to nothing, nor sign anything)
    signed = _signed_to_stop(view)
    if signed:
        return signed
    consent = word_set(view.lang, "grammar", "consent_verbs")
    if not any(lows[m.i] in consent for m in verbs):
        return []  # ("agreed" is a verb of agreement too)
    stops = word_set(view.lang, "grammar", "stop_verbs")
    fighting = word_set(view.lang, "grammar", "stopped_fighting")
    pullbacks = word_set(view.lang, "grammar", "pullback_verbs")
    forces = word_set(view.lang, "grammar", "forces_words")
    for k, low in enumerate(lows):
        if low not in consent or _negated_before(view, k):
            continue
        to = next((x for x in range(k + 1, min(len(lows), k + 5)) if lows[x] == "to"), None)
        if to is None:
            # ("had agreed on Saturday with a committee of citizens to withdraw the troops":
            # the infinitive after whom it was agreed with, a verb of stopping or pulling back)
            to = next(
                (
                    x
                    for x in range(k + 5, min(len(lows) - 1, k + 12))
                    if lows[x] == "to" and (lows[x + 1] in stops or lows[x + 1] in pullbacks)
                ),
                None,
            )
        if to is not None and to + 1 < len(lows) and lows[to + 1] in stops:
            end = next(
                (x for x in range(to + 2, min(len(lows), to + 6)) if lows[x] in fighting), None
            )
            if end is not None:
                return [Draft("agreement", (k, end + 1), confidence=0.5, focus=k)]
        # "agreed to pull troops back", "agreed that forces ... will remain in their positions"
        then = (
            to
            if to is not None
            else next((x for x in range(k + 1, min(len(lows), k + 7)) if lows[x] == "that"), None)
        )
        if then is None:
            continue
        stop = next(
            (x for x in range(then + 1, min(len(lows), then + 24)) if lows[x] in _CLAUSE_ENDS),
            min(len(lows), then + 24),
        )
        window = lows[then + 1 : stop]  # (the clause agreed to, up to its end)
        verb = next(
            (
                q
                for q, w in enumerate(window)
                if _stands_down(window, q, pullbacks, forces, fighting)
            ),
            None,
        )
        if verb is not None and any(w in forces or w in fighting for w in window):
            # (the clause agreed whole: "would avoid clashes" is no clash of its own)
            return [Draft("agreement", (k, stop), confidence=0.5, focus=k)]
    return []


def _signed_to_stop(view: View) -> list[Draft]:
    """'signed a joint statement in Khasavyurt ending hostilities': a text signed that
    stops the fighting (its participle after the signing, the fighting right after it)."""
    lows = view.lows
    signing = word_set(view.lang, "grammar", "signing_verbs")
    stopping = word_set(view.lang, "grammar", "stopping_participles")
    fighting = word_set(view.lang, "grammar", "stopped_fighting")
    for k, low in enumerate(lows):
        if low not in signing or _negated_before(view, k):
            continue
        for x in range(k + 2, min(len(lows) - 1, k + 10)):
            if lows[x] in _CLAUSE_ENDS:
                break
            if lows[x] in stopping and any(w in fighting for w in lows[x + 1 : x + 3]):
                return [Draft("agreement", (k, x + 3), confidence=0.5, focus=k)]
    return []


_CLAUSE_ENDS: Final = frozenset({".", ";", "while", "but", "whereas"})


def _stands_down(
    window: Sequence[str],
    q: int,
    pullbacks: frozenset[str],
    forces: frozenset[str],
    fighting: frozenset[str],
) -> bool:
    """Whether the word at q stands forces down: a verb of pulling back ('withdraw', 'keep
    ... apart'); 'avoid' only with the fighting it avoids right after ('avoid clashes', not
    'avoid public statements'); 'hand' only over or in with arms ('hand over its weapons',
    not 'hand over 20 hostages')."""
    w = window[q]
    if w not in pullbacks:
        return False
    after = window[q + 1 : q + 4]
    if w == "avoid":
        return any(x in fighting for x in after)
    if w == "hand":
        return (
            bool(after)
            and after[0] in ("over", "in")
            and any(x in forces for x in window[q + 2 : q + 6])
        )
    return True


def agreement(view: View, others: bool) -> list[Draft]:
    paired = _pair(view, "agreement_nouns", "agreement_verbs", 12)
    if not paired:
        return _agreed_to_stop(view)
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
    kept = word_set(view.lang, "grammar", "observance_verbs")
    for n in view.cues.by.get("agreement_nouns", ()):
        if n.i <= span[1] and any(
            n.i - 5 <= v.i < n.i
            # ("agreed to observe a ceasefire" keeps it; "did not respect it" breaks it)
            and (v.value not in kept or view.cues.covering("negations", v.i - 1))
            for v in view.cues.by.get("violation_verbs", ())
        ):
            return []
    for v in view.cues.by.get("agreement_verbs", ()):
        if span[0] <= v.i < span[1] and others:
            before = {t.low for t in toks[max(0, v.i - 3) : v.i]}
            if before & {"since", "after", "when", "before", "until"}:
                return []
    # "since the truce took effect" only dates what the sentence says (a truce only referred
    # to is no claim that one was agreed)
    # ("since the Abuja agreement was signed": over the truce's name too)
    since = ("since", "after", "when", "before")
    k = span[0] - 1
    while (
        k > 0
        and span[0] - k <= 4
        and toks[k].low not in since
        and (toks[k].low in ("the", "a") or toks[k].is_cap)
    ):
        k -= 1
    if k >= 0 and toks[k].low in since:
        return []
    if any(view.cues.covering("negations", k) for k in range(max(0, span[0] - 3), span[1])):
        return []
    return [Draft("agreement", span, confidence=0.55, focus=verb)]
