from hypothesis import example, given
from hypothesis import strategies as st

from truceline.text.tokens import PhraseMatcher, Token, fold, opens_with_digit, tokenize


def test_offsets_point_into_the_document():
    text = "Shelling hit Avdiivka, 1,200 m away."
    toks = tokenize(text[9:], offset=9)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.text for t in toks][:4] == ["hit", "Avdiivka", ",", "1,200"]


def test_phrase_matcher_prefers_the_longest():
    m = PhraseMatcher([("air", "a"), ("air strike", "b")])
    lows = tuple(t.low for t in tokenize("an air strike hit"))
    assert [(x.i, x.j, x.value) for x in m.find(lows)] == [(1, 3, "b")]


def test_fold():
    assert fold("Dhībān’s") == "dhiban's"


def test_offsets_hold_when_a_letter_lowers_to_two():
    text = "Shells hit İstanbul’s port."
    toks = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.low for t in toks][2] == "i̇stanbul's"


@given(st.text(max_size=3))
@example("")
@example("٣")  # an Arabic-Indic digit
@example("²")  # a digit that is no decimal
@example("Émile")
def test_the_ascii_shortcuts_answer_as_the_str_methods(word):
    assert opens_with_digit(word) == word[:1].isdecimal()
    assert Token(0, len(word), word, word.lower()).is_cap == word[:1].isupper()


@given(st.text(alphabet=st.sampled_from(list("ab1.,- \t\n\x1f\u00a0\u2003É’")), max_size=40))
def test_offsets_hold_across_any_whitespace(text):
    for t in tokenize(text, 7):
        assert text[t.start - 7 : t.end - 7] == t.text


def test_a_possessive_is_the_word_it_is_made_from():
    from truceline.text.tokens import unpossessed

    assert [unpossessed(w) for w in ("yesterday's", "Xinhua’s", "its", "s")] == [
        "yesterday",
        "Xinhua",
        "its",
        "s",
    ]


def test_label_length_reads_an_items_label_only():
    from truceline.text.tokens import label_length

    def length(text):
        return label_length([t.text for t in tokenize(text)])

    assert length("(a) In Kano") == 3
    assert length("b) In Kano") == 2
    assert length("A.4 In Kano") == 3
    assert length("2.3 In Kano") == 1
    assert length("iv. In Kano") == 2
    assert length("[4] The army") == 3
    assert length("12 soldiers said") == 0
    assert length("A Defense Force unit") == 0


def test_a_quantity_opening_a_sentence_is_no_label():
    from truceline.lexicon import word_set
    from truceline.text.tokens import label_length

    quantities = word_set("en", "numbers", "quantity_words")
    assert label_length([t.text for t in tokenize("1.5 million people fled")], quantities) == 0
    assert label_length([t.text for t in tokenize("2.3 The army said")], quantities) == 1
