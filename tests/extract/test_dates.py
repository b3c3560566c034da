import pytest

from truceline.extract.dates import find_dates
from truceline.text.tokens import tokenize

D = "2022-03-10"  # a Thursday


def periods(text: str, published: str | None = D) -> list[tuple[str, str]]:
    return [(d.period.start, d.period.end) for d in find_dates(tokenize(text), published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in the last 24 hours", [("2022-03-09", "2022-03-10")]),
        ("on Thursday", [("2022-03-10", "2022-03-10")]),
        ("last Thursday", [("2022-03-03", "2022-03-03")]),
        ("on Monday night", [("2022-03-07", "2022-03-07")]),
        ("last week", [("2022-02-28", "2022-03-06")]),
        ("since 2015", [("2015-01-01", "2022-03-10")]),
        ("since early February", [("2022-02-01", "2022-03-10")]),
        ("on 4 March", [("2022-03-04", "2022-03-04")]),
        ("on December 28", [("2021-12-28", "2021-12-28")]),
        ("as of 08:00 on 9 March 2022", [("2022-03-09", "2022-03-09")]),
        ("in January", [("2022-01-01", "2022-01-31")]),
        ("between Tuesday and Wednesday", [("2022-03-08", "2022-03-09")]),
        ("on 5 and 6 March", [("2022-03-05", "2022-03-06")]),
        ("yesterday", [("2022-03-09", "2022-03-09")]),
    ],
)
def test_periods(text, expected):
    assert periods(text) == expected


def test_relative_dates_need_a_report_date():
    assert periods("last Thursday", None) == []
    assert periods("on 4 March 2021", None) == [("2021-03-04", "2021-03-04")]


def test_may_the_verb_is_not_a_month():
    assert periods("the talks may resume") == []


def test_since_reaches_over_no_count_to_a_date():
    text = "the dead since the clashes began reached 45 on Monday; since 19:00 on 5 March"
    assert periods(text) == [("2022-03-07", "2022-03-07"), ("2022-03-05", "2022-03-10")]


def test_since_reaches_over_an_event_to_its_date():
    assert periods("attacked 40 times since the truce took effect on 2 March") == [
        ("2022-03-02", "2022-03-10")
    ]


def test_abbreviated_month_with_dot():
    assert periods("on Dec. 23") == [("2021-12-23", "2021-12-23")]


def test_as_of_ends_an_open_range():
    text = (
        "As of 6 p.m. on Tuesday, rebels had violated it 9 times since it took effect on 1 March."
    )
    assert periods(text)[-1] == ("2022-03-01", "2022-03-08")


def test_hours_to_a_day_and_the_saying_day_ends_a_range():
    assert periods("nine strikes in the 48 hours to 06:00 on 9 March") == [
        ("2022-03-07", "2022-03-09")
    ]
    got = periods("The ministry said on 8 March that 40 were killed since 1 February.")
    assert got[-1] == ("2022-02-01", "2022-03-08")


def test_over_the_weekend():
    text = "Fighting flared over the weekend."
    (d,) = find_dates(tokenize(text), "2021-02-23")  # a Tuesday
    assert (d.period.start, d.period.end) == ("2021-02-20", "2021-02-21")
    (d,) = find_dates(tokenize(text), "2021-02-21")  # the Sunday itself
    assert (d.period.start, d.period.end) == ("2021-02-20", "2021-02-21")


def test_days_of_one_month_after_the_month():
    (d,) = find_dates(tokenize("Attacks in the region, May 1-7, 2023"), "2023-05-10")
    assert (d.period.start, d.period.end) == ("2023-05-01", "2023-05-07")


def test_a_range_past_the_months_end_keeps_its_first_day():
    (d,) = find_dates(tokenize("Fighting on Feb 1-30 was reported"), "2023-03-10")
    assert d.period.start == "2023-02-01"


def test_since_a_time_named_with_its_date_in_apposition():
    from truceline.extract.dates import find_dates
    from truceline.text.tokens import tokenize

    text = "Since my last report to the Council, on 16 June, 227 people have been killed."
    (d,) = find_dates(tokenize(text), "2025-06-20")
    assert d.since and (d.period.start, d.period.end) == ("2025-06-16", "2025-06-20")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range whose ends have an aside or a clock time between them
        ("from 1 February, the first day of the fast, to 28 February",
         [("2022-02-01", "2022-02-28")]),
        ("between 22:00 on 4 March and 05:00 on 5 March", [("2022-03-04", "2022-03-05")]),
        ("from about 19:00 on 6 March to 17:30 on 7 March", [("2022-03-06", "2022-03-07")]),
        # two dates that are no range stay two
        ("the truce agreed on 1 February in Doha held until 20 February",
         [("2022-02-01", "2022-02-01"), ("2022-02-20", "2022-02-20")]),
        ("from 1 February, when talks began, the army counted attacks; on 9 March it stopped",
         [("2022-02-01", "2022-02-01"), ("2022-03-09", "2022-03-09")]),
    ],
)  # fmt: skip
def test_ranges_with_material_between_their_ends(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # military date-time groups: day, hour, minute, zone letter (month and year optional)
        ("reporting period 081800B to 091800B MAR 22", [("2022-03-08", "2022-03-09")]),
        ("at 091435Z a round landed", [("2022-03-09", "2022-03-09")]),
        ("at 281200B the post was hit", [("2022-02-28", "2022-02-28")]),  # a day still to come
        ("Period covered: 031800 Jan 92 to 101200 Jan 92", [("1992-01-03", "1992-01-10")]),
        ("they paid 123456 dollars", []),
    ],
)
def test_date_time_groups(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in the first four months of the year", [("2022-01-01", "2022-04-30")]),
        ("during the first two weeks of February", [("2022-02-01", "2022-02-14")]),
        ("in the first 10 days of March 2021", [("2021-03-01", "2021-03-10")]),
        ("on the first day of the truce", []),
    ],
)
def test_the_opening_stretch_of_a_year_or_month(text, expected):
    assert periods(text) == expected


def test_a_weekday_before_its_date_only_names_its_day():
    assert periods("Attacks between Monday 3 and Sunday 9 February.", "2025-02-10") == [
        ("2025-02-03", "2025-02-09")
    ]
    assert periods("Shells fell from Monday, 3 February to Sunday, 9 February.", "2025-02-10") == [
        ("2025-02-03", "2025-02-09")
    ]
    # a count after a weekday is no date
    assert periods("On Monday 3 shells hit the post.", "2025-02-12") == [
        ("2025-02-10", "2025-02-10")
    ]


def test_the_night_of_a_date_is_that_date():
    assert periods("During the night of 3 to 4 May, gunmen attacked.", "2008-05-06") == [
        ("2008-05-03", "2008-05-04")
    ]


def test_hours_written_hrs():
    assert periods("Nil incidents past 24 hrs at the assembly points.") == [
        ("2022-03-09", "2022-03-10")
    ]


def test_a_march_in_lower_case_is_no_month():
    assert periods("On 20 September a protest march was attacked.", "2024-09-30") == [
        ("2024-09-20", "2024-09-20")
    ]
    assert periods("on 3 march 2022") == [("2022-03-03", "2022-03-03")]


def test_iso_dates():
    from truceline.extract.dates import find_dates
    from truceline.text.tokens import tokenize

    (d,) = find_dates(tokenize("logged on 2021-05-03 at noon"), "2021-06-01")
    assert (d.period.start, d.period.end) == ("2021-05-03", "2021-05-03")
    assert find_dates(tokenize("case 2021-13-45"), "2021-06-01") == ()


def test_a_list_of_days_is_one_range():
    from truceline.extract.dates import find_dates
    from truceline.text.tokens import tokenize

    (d,) = find_dates(tokenize("shelled the posts on 14, 15 and 16 October"), "2021-11-01")
    assert (d.period.start, d.period.end) == ("2021-10-14", "2021-10-16")
    (d,) = find_dates(tokenize("killed 3, 4 wounded on 5 May"), "2021-11-01")
    assert (d.period.start, d.period.end) == ("2021-05-05", "2021-05-05")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("for the week ending 16 March", [("2022-03-10", "2022-03-16")]),
        ("in the seven days ended 9 March", [("2022-03-03", "2022-03-09")]),
        ("in the 24 hours to 0600 on 9 March", [("2022-03-08", "2022-03-09")]),
        ("in the 24 hours ending at 0600 hours on 9 March", [("2022-03-08", "2022-03-09")]),
        ("for the 48 hours to 06:00 on 9 March", [("2022-03-07", "2022-03-09")]),
        ("Our losses for the 48 hours: three killed", [("2022-03-08", "2022-03-10")]),
        ("1,927 violations this year to date", [("2022-01-01", "2022-03-10")]),
        ("in the two weeks ending 9 March", [("2022-02-24", "2022-03-09")]),
        ("on 9 March", [("2022-03-09", "2022-03-09")]),
    ],
)
def test_a_stretch_of_days_ending_on_a_date(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Period covered: 0600 hrs 1 March to 0600 hrs 2 March 1988.",
            [("1988-03-01", "1988-03-02")],
        ),
        ("from 30 December to 2 January 1988", [("1987-12-30", "1988-01-02")]),
    ],
)
def test_a_range_whose_first_day_takes_the_last_day_s_year(text, expected):
    assert periods(text) == expected


def test_a_stretch_too_long_to_count_back_is_its_last_day():
    assert periods("in the 99999999999999 hours to 0600 on 9 March") == [
        ("2022-03-09", "2022-03-09")
    ]
    assert periods("the 99999999 weeks ending 9 March") == [("2022-03-09", "2022-03-09")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apr-Jun 1975: 212 incidents", [("1975-04-01", "1975-06-30")]),
        ("Oct–Dec 1983 saw raids", [("1983-10-01", "1983-12-31")]),
        ("Nov-Feb 1961", [("1960-11-01", "1961-02-28")]),
        ("in Jan-Feb", [("2022-01-01", "2022-02-28")]),
        ("a jan-feb raid on the base", [("2022-01-01", "2022-02-28")]),
    ],
)
def test_two_months_in_one_word_are_a_range(text, expected):
    assert periods(text) == expected


def test_a_month_takes_the_year_of_the_month_it_runs_to():
    assert periods("Sep–Nov 1971: shelling") == [("1971-09-01", "1971-11-30")]
    assert periods("between October and December 1957") == [("1957-10-01", "1957-12-31")]
    # a weekday before a later date of another year is no range across them
    assert periods("on Friday until 3 August") == [
        ("2022-03-04", "2022-03-04"),
        ("2021-08-03", "2021-08-03"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "9 Oct 1966 - guerrillas hold Tanbar until they are pushed out on 21 October.",
            [("1966-10-09", "1966-10-09"), ("1966-10-21", "1966-10-21")],
        ),
        (
            "On 2 January 1957, troops broke the truce signed on 28 December.",
            [("1957-01-02", "1957-01-02"), ("1956-12-28", "1956-12-28")],
        ),
        (
            "Jul-Sep 1964 - 95 raids between 3 July and mid-September.",
            [("1964-07-01", "1964-09-30"), ("1964-07-03", "1964-09-15")],
        ),
        # near the report's own day, the report's year stands
        (
            "On 5 January 2022, the army said the truce of 20 August had held.",
            [("2022-01-05", "2022-01-05"), ("2021-08-20", "2021-08-20")],
        ),
    ],
)
def test_a_sentence_opening_on_a_dated_day_dates_the_days_after_it(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PERIOD: MONDAY 7TH MARCH TO SUNDAY 13TH MARCH, 2016", [("2016-03-07", "2016-03-13")]),
        ("on 14th August, 1979", [("1979-08-14", "1979-08-14")]),
        ("from 2 September to 9 September 1999", [("1999-09-02", "1999-09-09")]),
        ("In the 24 hours up to 1800 hrs today", [("2022-03-09", "2022-03-10")]),
    ],
)
def test_ordinals_in_capitals_a_year_after_a_comma_and_hours_up_to(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03/02 14:30 - shots heard", [("2022-02-03", "2022-02-03")]),
        ("on 17/09/1998 at dawn", [("1998-09-17", "1998-09-17")]),
        ("on 09/17/1998 at dawn", [("1998-09-17", "1998-09-17")]),
        ("on 5/6/07", [("2007-06-05", "2007-06-05")]),
        ("1/2 of the posts", []),
    ],
)
def test_dates_written_with_slashes(text, expected):
    assert periods(text) == expected


def test_hours_in_words_ending_at_a_time_with_dots():
    assert periods("In the twenty-four hours ending at 6.00 a.m. today") == [
        ("2022-03-09", "2022-03-10")
    ]
    assert periods("in the forty-eight hours ending at 9 p.m. on 9 March") == [
        ("2022-03-07", "2022-03-09")
    ]


def test_a_date_time_group_with_only_its_month():
    assert periods("A. 040930 MAR. PATROL AMBUSHED NEAR KIDAL.") == [("2022-03-04", "2022-03-04")]


def test_a_range_opened_by_an_event_named_before_its_day():
    text = (
        "Between the entry into force of the truce at 0600 hours GMT on 2 May 1994 and "
        "2400 hours on 9 May 1994, 40 violations were recorded."
    )
    assert periods(text) == [("1994-05-02", "1994-05-09")]


def test_two_days_joined_by_or():
    assert periods("No incident was reported on 17 or 18 February.") == [
        ("2022-02-17", "2022-02-18")
    ]


def test_a_date_in_figures_between_full_stops_is_day_month_year():
    assert periods("killed in an ambush on 22.05.2000") == [("2000-05-22", "2000-05-22")]
    assert periods("0630 hrs 24.02.99, Triolet") == [("1999-02-24", "1999-02-24")]
    assert periods("paragraph 2.14.3 of the report") == []


def test_a_day_of_the_month_alone_is_the_latest_on_or_before_the_report():
    assert periods("attacked on the 7th.") == [("2022-03-07", "2022-03-07")]
    assert periods("on the evening of the 24th, when") == [("2022-02-24", "2022-02-24")]
    assert periods("the 7th Division attacked") == []


def test_a_log_entrys_day_and_month_between_full_stops_before_its_clock_time():
    assert periods("10.03 01:30 [B] The ministry said") == [("2022-03-10", "2022-03-10")]
    assert periods("inflation of 10.5 per cent") == []


def test_a_days_possessive_dates_what_happened_on_it():
    assert periods("yesterday's events left 8 dead", "2010-10-01") == [("2010-09-30", "2010-09-30")]
    assert periods("in Tuesday's suicide bombing", "2010-10-01") == [("2010-09-28", "2010-09-28")]
    assert periods("since he won Saturday's election", "2010-10-01") == []


def test_a_bare_ordinal_after_on_the_is_a_day_of_the_month():
    assert periods("On the 7th rebels attacked", "1961-06-13") == [("1961-06-07", "1961-06-07")]
    assert periods("On the 17th rebels attacked", "1961-06-13") == [("1961-05-17", "1961-05-17")]
    assert periods("On the 7th Division's front", "1961-06-13") == []


def test_a_weekday_with_last_after_it_is_the_one_before():
    assert periods("began on Thursday last", "1918-04-04") == [("1918-03-28", "1918-03-28")]


def test_a_feast_named_after_its_month_is_no_month():
    assert periods("fired on May Day marchers on Sunday", "1977-05-02") == [
        ("1977-05-01", "1977-05-01")
    ]


def test_since_a_clause_that_dates_an_event_runs_from_its_day():
    text = "killed 250 rebels since the French force came down over the town on Friday afternoon"
    assert periods(text, "1978-05-21") == [("1978-05-19", "1978-05-21")]


def test_since_a_mornings_hour_is_the_day_of_the_report():
    assert periods("no incident has been reported since midnight") == [(D, D)]
    assert periods("no disorder has been reported since 0200 hrs") == [(D, D)]
    assert periods("calm since 06.00 hours") == [(D, D)]
    # an evening's hour may be the evening before: no day of its own
    assert periods("no firing since 1800 hrs") == []
    # a day named with the hour is that day
    assert periods("since 0200 hrs on 8 March") == [("2022-03-08", D)]


def test_a_month_in_a_tables_first_column_is_no_day_with_the_count_after_it():
    def read(text):
        return [(d.period.start, d.period.end) for d in find_dates(tokenize(text), D, text=text)]

    assert read("January      4") == [("2022-01-01", "2022-01-31")]
    assert read("February\t2") == [("2022-02-01", "2022-02-28")]
    assert read("on January 4  and later") == [("2022-01-04", "2022-01-04")]


def test_since_an_evenings_hour_or_a_number_names_no_day():
    assert periods("attacked three posts since 10.30 pm, police said") == []
    assert periods("prices rose since 2.15 percent") == []


def test_a_month_written_the_iso_way():
    assert periods("monthly total 1977-02, 14 incidents") == [("1977-02-01", "1977-02-28")]
    assert periods("on 1977-02-14") == [("1977-02-14", "1977-02-14")]
    assert periods("the 2010-11 season") == []  # two years, not November
