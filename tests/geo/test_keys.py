import pytest

from truceline.geo.keys import fold, key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ras al-Ain", "Ras el Ain"),
        ("Novoluhanskoye", "Novoluhanske"),
        ("Deir ez-Zor", "Deir al-Zor"),
        ("Ma‘arrat al-Nu‘man", "Maarrat al-Numan"),
        ("Idlib", "IDLIB"),
    ],
)
def test_spellings_of_one_name_share_a_key(a, b):
    assert key(a) == key(b)


def test_different_names_differ():
    assert key("Hama") != key("Homs")


def test_fold_drops_accents_and_marks():
    assert fold("Chocó") == "choco"


def test_russian_and_ukrainian_spellings_meet_in_the_resolver():
    from truceline.gazetteer import load_default

    geo = load_default()
    assert geo.resolve("Avdeyevka", country="UA").place.name == geo.resolve("Avdiivka").place.name
