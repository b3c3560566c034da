"""Place finding on sentences of our own, with the real gazetteer."""

import pytest

from truceline.extract.places import find_places
from truceline.text.tokens import tokenize


@pytest.fixture(scope="module")
def geo():
    from truceline.gazetteer import load_default

    return load_default()


def places(text: str, geo) -> list[tuple[str, str, str]]:
    toks = tokenize(text)
    return [
        (p.location.mention, p.location.precision, p.location.role)
        for p in find_places(toks, text, 0, geo)
    ]


def located(text: str, geo) -> dict:
    """The sentence's places by their mention."""
    return {p.location.mention: p.location for p in find_places(tokenize(text), text, 0, geo)}


def test_list_with_shared_province_and_roles(geo):
    got = places(
        "Militants shelled Kinsabba and Salma in Latakia province from positions near Jisr al-Shughur.",
        geo,
    )
    assert ("Latakia province", "admin1", "at") in got
    assert any(m == "Jisr al-Shughur" and role == "near" for m, _, role in got)


def test_names_of_bodies_are_no_places(geo):
    assert places("The Syrian Observatory for Human Rights counted the dead.", geo) == []


def test_unknown_name_after_a_preposition_is_unresolved(geo):
    assert ("Qarqazzu", "unresolved", "near") in places("Fighting was heard near Qarqazzu.", geo)


def test_zone_named_with_its_noun(geo):
    got = places("Firing was reported in the Nowshera sector and along the contact line.", geo)
    assert ("Nowshera sector", "zone", "at") in got and any(
        m.endswith("contact line") for m, _, _ in got
    )


def test_compass_of_an_unknown_name(geo):
    got = places("Strikes hit areas south of the Qasmiyeh.", geo)
    assert ("Qasmiyeh", "unresolved", "near") in got


def test_a_known_start_of_a_longer_name_is_not_the_place(geo):
    got = places("Two shells landed in Ibl al-Saqi overnight.", geo)
    assert [m for m, _, _ in got] == ["Ibl al-Saqi"]


def test_compass_word_qualifies_the_name_after_it(geo):
    got = places("Fighting spread in the West Gojjam area on Friday.", geo)
    assert [m for m, _, _ in got] == ["West Gojjam area"]


def test_a_word_inside_a_longer_proper_name_is_no_place(geo):
    text = "A spokesman for the National Defense Force (NDF) said troops held the line."
    assert places(text, geo) == []
    assert places("Shelling was reported in the Operation Peace Spring area.", geo) == []


def test_a_town_named_bare_must_lie_in_the_documents_country(geo):
    text = "Fano fighters withdrew from Bahir Dar after talks."
    toks = tokenize(text)
    near_home = [p.location.mention for p in find_places(toks, text, 0, geo, hints=("ET", None))]
    assert near_home == ["Bahir Dar"]


def test_title_case_headline_keeps_its_places(geo):
    got = places("Army Shells Villages Near Donetsk Overnight", geo)
    assert "Donetsk" in [m for m, _, _ in got]


def test_a_bare_word_is_not_a_near_spelling_of_a_town(geo):
    text = "The army claims Pak posts were hit."
    toks = tokenize(text)
    assert [p.location.name for p in find_places(toks, text, 0, geo, hints=("IN", None))] == []


def test_a_possessor_is_a_place_of_its_own(geo):
    text = "Shells hit homes in Omdurman's Qarqazzu district on Wednesday."
    got = located(text, geo)
    assert got["Omdurman"].country == "SD"
    assert got["Qarqazzu district"].name == "Qarqazzu"


def test_over_and_facility_nouns_introduce_places(geo):
    got = places(
        "Air defences downed a drone over Qarqazzu, the second near the base Hmeimim.", geo
    )
    names = [m for m, _, _ in got]
    assert "Qarqazzu" in names and "Hmeimim" in names


def test_a_comma_alone_does_not_make_a_small_name_a_place(geo):
    text = "Fighting erupted with the Special Deterrence Force, known as Rada, on Monday."
    assert places(text, geo) == []


def test_an_unknown_name_takes_the_province_of_the_known_name_it_begins_with(geo):
    text = "Shells fell in Daraa al-Qibliyya overnight."
    toks = tokenize(text)
    (p,) = find_places(toks, text, 0, geo)
    assert (p.location.mention, p.location.country, p.location.admin1) == (
        "Daraa al-Qibliyya",
        "SY",
        "Daraa",
    )


def test_the_head_of_a_list_of_names_is_a_place(geo):
    got = [m for m, _, _ in places("Rebels struck Jermuk, Goris and Kapan overnight.", geo)]
    assert got[:1] == ["Jermuk"]


def test_a_province_named_in_the_sentence_gives_its_country_to_the_rest(geo):
    text = "Mortar rounds hit Nasir town in Upper Nile State on Sunday."
    got = located(text, geo)
    assert got["Nasir town"].country == "SS"


def test_a_plural_level_word_names_every_item_of_its_list(geo):
    text = "Troops fired in the Jura, Shahkot and Nausehri sectors on Sunday."
    got = located(text, geo)
    assert got["Jura"].precision == "zone" and got["Jura"].country != "CH"


def test_a_facility_is_named_by_its_whole_name(geo):
    got = [
        m for m, _, _ in places("Mortar rounds landed near Aden Adde International Airport.", geo)
    ]
    assert got == ["Aden Adde International Airport"]


def test_a_peoples_name_after_a_preposition_is_no_place(geo):
    assert places("Soldiers fired at Thai positions on Tuesday.", geo) == []


def test_a_district_named_as_one_gives_its_province_to_the_village_beside_it(geo):
    # Sobane is no town the gazetteer knows in Mali (only Sobang, in Indonesia, is close)
    text = "Gunmen attacked the post at Sobane, in the circle of Bankass, on Friday."
    got = located(text, geo)
    assert (got["Sobane"].country, got["Sobane"].admin1) == ("ML", "Mopti")
    assert got["Bankass"].country == "ML"


def test_initials_keep_their_dots_in_a_place_name(geo):
    got = [m for m, _, _ in places("Firing was reported in R.S. Pura and Arnia.", geo)]
    assert "R.S. Pura" in got


def test_capitalised_words_no_name_covers_whole_are_one_unknown_name(geo):
    # "Ain" alone is only a near spelling of Anyang, "Debre" of Debar
    for text, name in (
        ("The drone was shot down over Ain Zara on Friday.", "Ain Zara"),
        ("A strike hit the market in Debre Elias, East Gojjam, on Sunday.", "Debre Elias"),
    ):
        assert (name, "unresolved", "at") in places(text, geo)


def test_a_border_named_by_a_common_noun_is_no_foreign_hamlet(geo):
    text = "Gunmen fired across the border near Hermel on Friday."
    got = located(text, geo)
    assert got["border"].precision == "zone" and got["border"].country != "FR"


def test_a_peoples_name_and_a_speaker_opening_the_sentence_are_no_places(geo):
    got = [
        m for m, _, _ in places("Shots were fired at a crowd of Jumma people near Dighinala.", geo)
    ]
    assert "Jumma" not in got and "Dighinala" in got
    got = [m for m, _, _ in places("Radio Dabanga quoted witnesses in Tawila.", geo)]
    assert "Radio Dabanga" not in got


def test_a_name_after_a_persons_title_is_no_place(geo):
    text = "Its spokesman Eduard Basurin said rebels shelled the village of Spartak."
    got = [m for m, _, _ in places(text, geo)]
    assert "Eduard Basurin" not in got and "Spartak" in got


def test_a_compass_word_before_a_country_or_province_is_part_of_the_mention(geo):
    got = located("Israeli strikes on southern Lebanon killed 11 people.", geo)
    assert got["southern Lebanon"].precision == "country"
    assert located("Firing across the berm was reported.", geo)["berm"].precision == "zone"


def test_two_parts_of_one_name_are_two_places(geo):
    got = located("Rebels attacked posts in North and South Kivu last week.", geo)
    assert [loc.name for loc in got.values()] == ["North Kivu", "South Kivu"]


def test_a_sentence_opens_again_after_a_datelines_dash(geo):
    got = places("TETOVO, May 24 (SEP) - In Tetovo, police reported no incidents.", geo)
    assert [m for m, _, _ in got] == ["Tetovo"]


def test_a_name_opened_by_a_place_word_is_one_place(geo):
    assert [p[0] for p in places("Gunmen attacked Kampung Tanjung Batu on Monday.", geo)] == [
        "Kampung Tanjung Batu"
    ]
    assert [p[0] for p in places("Rebels shelled Jebel Marra and Wadi Doum.", geo)] == [
        "Jebel Marra",
        "Wadi Doum",
    ]
    assert [p[0] for p in places("Troops landed at Point Salines at dawn.", geo)] == [
        "Point Salines"
    ]
    assert [p[0] for p in places("Barricades on Route 132 were taken down.", geo)] == ["Route 132"]
    assert [p[0] for p in places("Air Force jets bomb the Solano fort.", geo)] == ["Solano fort"]


def test_in_a_line_in_capitals_ordinary_words_are_no_names(geo):
    found = places("SAME NIGHT GANG EST 80 ATTACKED POLICE STATION AT NAIVASHA APPROX 2130.", geo)
    assert [p[0] for p in found] == ["NAIVASHA"]
    found = places("PATROL SWEEPING FOREST EDGE WEST OF LARI TO CUT OFF GANG.", geo)
    assert "CUT OFF" not in [p[0] for p in found]
    assert "NYERI" in [p[0] for p in places("BY DISTRICT: NYERI 5, KIAMBU 2, NANYUKI 1.", geo)]


def test_a_radio_named_after_its_city_is_no_place(geo):
    found = [p[0] for p in places("The statement was read over Radio Addis Ababa on Friday.", geo)]
    assert found == []


def test_a_known_name_opened_by_a_place_word_keeps_its_province(geo):
    found = located("Turkish drones struck Tell Abyad on Monday.", geo)
    assert found["Tell Abyad"].precision == "settlement" and found["Tell Abyad"].admin1 == "Raqqa"


def test_the_dictionary_is_a_languages_own():
    from truceline.lexicon import dictionary

    words = dictionary("en")
    assert {"station", "same", "got"} <= words and "nyeri" not in words
    assert dictionary("xx") == frozenset()  # no other language's words stand in


def test_a_place_news_is_reported_from_is_where_it_happened(geo):
    got = places("Shelling was reported from Kharkiv; rockets were fired from Belgorod.", geo)
    assert [(m, r) for m, _, r in got] == [("Kharkiv", "at"), ("Belgorod", "origin")]


def test_a_weak_name_listed_beside_a_known_town_is_of_its_province(geo):
    got = places("No incidents came from the Klang and Kajang police districts.", geo)
    assert [m for m, _, _ in got] == ["Klang", "Kajang"]


def test_a_question_opening_with_an_auxiliary_names_no_place(geo):
    got = places("Was the Embassy in Moscow attacked by protesters on 2 May?", geo)
    assert [m for m, _, _ in got] == ["Moscow"]


def test_a_possessive_is_the_word_it_is_made_from(geo):
    # a body's name and a title stay what they are with "'s" after them
    got = places("The Home Ministry's account said the Premier's residence in Tokyo was hit.", geo)
    assert [m for m, _, _ in got] == ["Tokyo"]


def test_a_site_called_by_its_noun_alone_is_no_unknown_place(geo):
    got = places(
        "By the return furnished at the Camp, four soldiers were killed at the Palace.", geo
    )
    assert got == []


def test_a_river_is_named_whole_never_by_its_noun_alone(geo):
    got = places("Patrols crossed the Coco River at dawn and shelled the Litani River.", geo)
    assert [m for m, _, _ in got] == ["Coco River", "Litani River"]


def test_an_unknown_name_after_a_place_word_and_the_is_a_place(geo):
    got = places("Jets flew over the Zubarqa islands and fired towards the Wadi Khurr.", geo)
    assert [m for m, _, _ in got] == ["Zubarqa islands", "Wadi Khurr"]


def test_a_division_named_by_its_number_is_a_zone_and_an_operations_name_no_place(geo):
    got = places("Rioters attacked a post in the 5th arrondissement and the 12th Precinct.", geo)
    assert [(m, p) for m, p, _ in got] == [
        ("5th arrondissement", "zone"),
        ("12th Precinct", "zone"),
    ]
    assert places("The 58th Division began Operation Thunder Bay near Vavuniya.", geo)[-1][0] == (
        "Vavuniya"
    )
    assert [m for m, _, _ in places("The 58th Division began Operation Thunder Bay.", geo)] == []


def test_a_street_named_in_its_own_language_is_named_whole(geo):
    got = places(
        "Troops guarding a house in Strada Forni fired; crowds gathered in Calle Alcala.", geo
    )
    assert [m for m, _, _ in got] == ["Strada Forni", "Calle Alcala"]


def test_a_section_is_a_zone_named_by_its_compass_word_or_name(geo):
    got = places(
        "Of these, 14 occurred in the southern section and 3 in the Kanyabayonga section.", geo
    )
    assert [(m, p) for m, p, _ in got] == [
        ("southern section", "zone"),
        ("Kanyabayonga section", "zone"),
    ]


def test_an_acronym_is_no_province_that_happens_to_be_spelled_so(geo):
    got = places("Chinese troops crossed the LAC on Monday; the UAE protested.", geo)
    assert [m for m, _, _ in got] == ["UAE"]


def test_a_street_named_after_its_lower_case_word_is_a_place(geo):
    got = places("Barricades went up in the rue Gay-Lussac and the rue Saint-Jacques.", geo)
    assert [m for m, _, _ in got] == ["rue Gay-Lussac", "rue Saint-Jacques"]
    got = places("The terrorists from the populated point Ihsim fired mortars.", geo)
    assert "point Ihsim" not in [m for m, _, _ in got]


def test_an_unknown_name_a_column_relieves_or_storms_is_a_place_not_an_owner(geo):
    got = places(
        "A column began an operation to relieve Quitexa; troops stormed Mbekwazi's house.", geo
    )
    assert [m for m, _, _ in got] == ["Quitexa"]


def test_a_division_or_town_called_by_an_ordinary_word_needs_words_that_place_it(geo):
    got = places("A group of Central Security conscripts set fire to a showroom in Giza.", geo)
    assert [m for m, _, _ in got] == ["Giza"]
    got = places("Iranian troops landed on the Gulf islands and in Tabriz.", geo)
    # (islands named by their sea, not Gulf Province of Papua New Guinea)
    assert [(m, p) for m, p, _ in got] == [("Gulf islands", "zone"), ("Tabriz", "settlement")]
    got = places("Bone, 14 April: a charge exploded at the post office.", geo)
    assert [m for m, _, _ in got] == ["Bone"]  # an entry's place before its date


def test_a_capital_spelled_with_an_apostrophe_is_no_peoples_name(geo):
    assert places("Rioters burned shops in Nuku'alofa on Thursday.", geo) == [
        ("Nuku'alofa", "settlement", "at")
    ]


def test_a_language_after_in_is_no_town_abroad(geo):
    got = places("RADIO ILLIMANI, La Paz, in Spanish, 1405 GMT 9 Apr 52", geo)
    assert [m for m, _, _ in got] == ["La Paz"]


def test_an_unknown_name_after_an_opening_at_is_a_place(geo):
    got = places("At Makanjira yesterday evening rebels set fire to the store.", geo)
    assert [m for m, _, _ in got] == ["Makanjira"]


def test_a_connector_written_apart_inside_a_known_name(geo):
    got = located("Gunmen attacked a police station in Dar es Salaam on Monday.", geo)
    assert list(got) == ["Dar es Salaam"]


def test_a_name_after_a_bodys_head_and_of_is_the_bodys_unless_a_country(geo):
    assert located("The Council of Ministers said the call was accepted.", geo) == {}
    assert list(located("The Government of Nepal said the call was accepted.", geo)) == ["Nepal"]


def test_a_town_naming_a_guarded_site_is_a_place(geo):
    got = located("Rebels attacked the Kadugli police station on Monday.", geo)
    assert got["Kadugli"].precision == "settlement"
    got = located("A helicopter carrying ammunition to the Kerebbe army camp was fired on.", geo)
    assert list(got) == ["Kerebbe"]
    assert located("Snipers fired from the Gresham Hotel.", geo) == {}


def test_naval_and_gendarmerie_bodies_are_no_places(geo):
    assert located("The Royal Navy said the frigate had been hit off Kismayo.", geo).keys() == {
        "Kismayo"
    }


def test_a_country_of_several_words_after_a_bodys_head_is_a_place(geo):
    got = located("Troops of the Government of South Sudan attacked rebel positions.", geo)
    assert list(got) == ["South Sudan"]


def test_a_plural_division_noun_names_each_item_of_its_list(geo):
    got = located("There were no incidents in the Northern and Central Regions overnight.", geo)
    assert [loc.name for loc in got.values()] == ["Northern Region", "Central Region"]
    assert {loc.precision for loc in got.values()} == {"admin1"}
    got = located("Police reported no shooting in the Western and Eastern Provinces.", geo)
    assert [loc.name for loc in got.values()] == ["Western Province", "Eastern Province"]


def test_an_items_label_opens_the_sentence_again(geo):
    for label in ("(a)", "b)", "A.4", "2.3", "iv."):
        text = f"{label} In Kaduna, police opened fire on a crowd."
        assert [p[0] for p in places(text, geo)] == ["Kaduna"], label
    # a capitalised common word before a name is still part of a longer name
    assert places("The Defense Force said it was ready.", geo) == []


def test_a_divisions_level_word_of_several_words_ends_its_name(geo):
    text = "Police recorded 26 incidents in the Sutherland Shire Local Government Area."
    ((mention, place),) = located(text, geo).items()
    assert mention == "Sutherland Shire Local Government Area"
    assert place.precision == "admin2" and place.country == "AU"
    # ("Government" in a name that is no division's still makes a body's name)
    assert places("The Transitional Federal Government said it was ready.", geo) == []


def test_review_cases_of_level_words(geo):
    # a facility's words of several stay in its name
    (place,) = located("Missiles struck King Khalid Air Base on Monday.", geo).values()
    assert place.name == "King Khalid Air Base"
    # a plural the gazetteer knows as written is read as written
    got = located("Fighters attacked a post in the Southern Provinces on Monday.", geo)
    assert [loc.country for loc in got.values()] != ["ZM"]
