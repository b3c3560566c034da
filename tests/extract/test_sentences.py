from truceline.extract.sentences import split


def texts(t: str) -> list[str]:
    return [s.text for s in split(t)]


def test_abbreviations_and_initials_do_not_split():
    t = "Title\n\nLt. Col. Anna Reyes of the U.N. mission said the post at R.J. Hill was hit. It was dark."
    assert texts(t)[1:] == [
        "Lt. Col. Anna Reyes of the U.N. mission said the post at R.J. Hill was hit.",
        "It was dark.",
    ]


def test_headline_is_paragraph_zero_and_offsets_slice_the_text():
    t = "Shelling resumes\n\nThe guns were heard at dawn. Residents fled."
    out = split(t)
    assert out[0].para == 0 and out[0].text == "Shelling resumes"
    assert all(t[s.start : s.end] == s.text for s in out)


def test_boilerplate_lines_are_dropped():
    t = "Title\n\n- Advertisement -\nSubscribe to our newsletter\n1.2k shares\nThe truce held."
    assert texts(t) == ["Title", "The truce held."]


def test_quote_running_over_sentences_stays_whole():
    t = "T\n\n“We saw fire. We saw smoke,” the mayor said. Later it rained."
    assert texts(t)[1] == "“We saw fire. We saw smoke,” the mayor said."


def test_dateline_is_found():
    t = "T\n\nKYIV, March 3 (Wire) - Shelling hit the town."
    s = split(t)[1]
    assert s.dateline is not None and t[s.dateline[0] : s.dateline[1]].startswith("KYIV")


def test_a_first_line_without_a_blank_line_after_it_is_no_headline():
    assert [s.para for s in split("One line. Another sentence.")] == [1, 1]


def test_dateline_with_a_day_month_year_date():
    text = "Headline\n\nBUKAVU, 3 March 2023 (Radio Maendeleo) - Shelling resumed on Monday."
    body = [s for s in split(text, "en", "Headline") if s.para == 1][0]
    assert body.dateline is not None
    assert text[body.dateline[0] : body.dateline[1]].startswith("BUKAVU, 3 March 2023")


def test_datelines_in_ordinary_case_or_with_accents():
    for line in ("Kindu, 3 Mar (Radio Okapi) – Shelling resumed.", "BANGUÉ - Shelling resumed."):
        body = [s for s in split(f"Headline\n\n{line}", "en", "Headline") if s.para == 1][0]
        assert body.dateline is not None, line


def test_a_lead_sentence_with_a_date_is_no_dateline():
    body = [s for s in split("H\n\nShelling hit Donetsk, 12 May: 5 people were killed.", "en", "H")]
    assert all(s.dateline is None for s in body)


def test_a_round_ups_later_datelines_but_no_labels():
    text = (
        "Round-up\n\n"
        "SKOPJE, May 24 (SEP) - The army shelled Lipkovo.\n\n"
        "KUMANOVO, May 24 (SEP) - Police said a checkpoint was hit.\n\n"
        "COL. SMITH: We saw nothing.\n\n"
        "YTD (1 Jan to 5 Jun): 57 violations.\n"
    )
    got = [(s.text[:8], s.dateline is not None) for s in split(text)]
    assert got == [
        ("Round-up", False),
        ("SKOPJE, ", True),
        ("KUMANOVO", True),
        ("COL. SMI", False),
        ("YTD (1 J", False),
    ]


def test_a_data_exports_rows_are_read_by_their_notes_with_their_source():
    text = (
        "Export\n\n"
        "event_id,event_date,admin1,location,source,notes,fatalities\n"
        'X-1,6 Aug 1996,Chechnya,Grozny,Interfax,"On 6 August, fighters attacked Grozny, '
        'the city. 18 fatalities.",18\n'
        "X-2,7 Aug 1996,Chechnya,Argun,Reuters,Shelling hit Argun.,0\n"
    )
    got = [(s.text, s.source, s.para) for s in split(text)]
    assert got == [
        ("Export", None, 0),
        ("On 6 August, fighters attacked Grozny, the city.", "Interfax", 1),
        ("18 fatalities.", "Interfax", 1),
        ("Shelling hit Argun.", "Reuters", 2),
    ]
    assert all(text[s.start : s.end] == s.text for s in split(text))


def test_a_dot_leader_row_is_one_sentence():
    text = "T\n\nBy area:\n  Sarajevo city (incl. Dobrinja, Old Town) ...... 612\n"
    assert [s.text for s in split(text)][
        -1
    ] == "Sarajevo city (incl. Dobrinja, Old Town) ...... 612"


def test_a_distribution_list_is_boilerplate():
    text = "T\n\nDistribution: UNPF HQ Zagreb, BH Command Kiseljak.\n\nShelling hit Gorazde."
    assert [s.text for s in split(text)] == ["T", "Shelling hit Gorazde."]


def test_a_distribution_sentence_inside_a_paragraph_is_boilerplate():
    text = (
        "T\n\nDaily report No. 12. Distribution: UNPF HQ Zagreb, BH Command. Shelling hit Gorazde."
    )
    assert [s.text for s in split(text)] == ["T", "Daily report No. 12.", "Shelling hit Gorazde."]


def test_a_dateline_may_name_the_country_after_the_city():
    from truceline.extract.sentences import split

    for text, line in (
        (
            "T\n\nMAKHACHKALA, Russia, Aug 10 - Troops began an operation.",
            "MAKHACHKALA, Russia, Aug 10 - ",
        ),
        (
            "T\n\nASUNCION, Paraguay, Nov. 20 (AP) - Troops advanced.",
            "ASUNCION, Paraguay, Nov. 20 (AP) - ",
        ),
        ("T\n\nKHARTOUM, Sudan - The army said.", "KHARTOUM, Sudan - "),
    ):
        s = split(text)[1]
        assert s.dateline is not None and text[s.dateline[0] : s.dateline[1]] == line


def test_a_datelines_long_dash_may_touch_the_first_word():
    t = "T\n\nKINDU, March 3 (Wire)—Shelling hit the town. Tirana—no dateline here."
    s = split(t)[1]
    assert s.dateline is not None and t[s.dateline[0] : s.dateline[1]] == "KINDU, March 3 (Wire)—"
