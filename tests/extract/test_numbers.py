import pytest

from truceline.extract.numbers import find_numbers
from truceline.text.tokens import tokenize


def read(text: str) -> list[tuple[int, str, bool]]:
    return [(n.value, n.qualifier, n.times) for n in find_numbers(tokenize(text)) if not n.vague]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the mission counted 2,345 explosions", [(2345, "exact", False)]),
        ("forty-two shellings were logged", [(42, "exact", False)]),
        ("some two hundred and six incidents", [(206, "approximate", False)]),
        ("no fewer than 18 breaches", [(18, "at_least", False)]),
        ("up to nine drones", [(9, "at_most", False)]),
        ("from 15 to 20 mortar rounds", [(15, "approximate", False)]),
        ("between 40 and 50 explosions", [(40, "approximate", False)]),
        ("the post was hit thrice", [(3, "exact", True)]),
        ("they opened fire 14 times", [(14, "exact", True)]),
        ("a dozen hamlets", [(12, "exact", False)]),
        ("violated the truce eleven (11) times", [(11, "exact", True)]),
        ("62 bodies, twice the toll the army gave", [(62, "exact", False)]),
        ("three times as many dead as in May", []),
        ("fired on the post twice the following night", [(2, "exact", True)]),
        ("breached the pause 21 times as the deal expired", [(21, "exact", True)]),
        ("Joint Task Force 631 recorded 14 incidents", [(14, "exact", False)]),
        ("Bulletin No. 3 lists 23 attacks", [(23, "exact", False)]),
        ("1408   07.12.79  0610   Attempts to raise the station", []),
        ("the strike of 1960–61 saw 12 attacks", [(1960, "exact", False), (12, "exact", False)]),
        ("[2] Cao Bang: 14 villages shelled", [(14, "exact", False)]),
        ("troops killed 02 militants", [(2, "exact", False)]),
    ],
)
def test_counts(text, expected):
    assert read(text) == expected


def test_vague_quantities_are_marked():
    found = find_numbers(tokenize("dozens of shells and several drones"))
    assert [n.vague for n in found] == [True, True]


def test_an_article_is_not_a_number():
    assert read("an attack on a checkpoint") == []


def test_not_once_is_zero():
    text = "The rebels had not fired once since the morning, but shelled the ridge once at noon."
    got = [(n.value, n.times) for n in find_numbers(tokenize(text))]
    assert got == [(0, True), (1, True)]


def test_none_after_a_label_is_nought():
    from truceline.extract.numbers import find_numbers
    from truceline.text.tokens import tokenize

    assert [n.value for n in find_numbers(tokenize("- Lai Chau: none;"))] == [0]
    assert [n.value for n in find_numbers(tokenize("Enemy losses: nil."))] == [0]
    assert find_numbers(tokenize("none of the soldiers were hurt")) == ()


def test_times_after_more_or_other():
    assert read("they fired three more times overnight") == [(3, "exact", True)]
    assert read("shelled the post on two other occasions") == [(2, "exact", True)]
    assert read("three more soldiers") == [(3, "exact", False)]


def test_money_is_no_count():
    assert read("The appeal asks for US$195 million and CFA 300,000, and 4,000 dollars.") == []
    assert [v for v, _, _ in read("Rebels fired 12 rockets at the US$2 million depot.")] == [12]


def test_a_quoted_count_takes_its_quotes_in():
    text = 'Rebels said they had killed "more than 20" soldiers.'
    toks = tokenize(text)
    (n,) = find_numbers(toks)
    assert (n.value, n.qualifier, toks[n.i].text, toks[n.j - 1].text) == (20, "at_least", '"', '"')


def test_a_serial_number_counts_nothing():
    for text in ("Strike 21-014 hit the depot", "case 2021/045 was filed", "Strike 014 hit"):
        assert find_numbers(tokenize(text)) == ()
    assert [n.value for n in find_numbers(tokenize("30-40 attacks"))] == [30]


def test_four_digits_before_hrs_are_a_time_of_day():
    assert find_numbers(tokenize("At 2130 hrs a cordon operation was mounted")) == ()
    assert [n.value for n in find_numbers(tokenize("2130 rounds were fired"))] == [2130]


def test_once_before_a_clause_s_subject_is_when_not_a_count():
    from truceline.extract.numbers import find_numbers
    from truceline.text.tokens import tokenize

    def counts(text):
        return [n.value for n in find_numbers(tokenize(text))]

    assert counts("Strikes will rise once the troops reach the airport.") == []
    assert counts("Strikes will rise once they reach the airport.") == []
    assert counts("Shelling will stop once a truce is signed.") == []
    assert counts("Rebels violated the truce once near Kidal.") == [1]
    # "the" opens a clause only when no time follows it ("_multiplies" tells them apart)
    assert counts("Rebels shelled the village once the following night.") == [1]
