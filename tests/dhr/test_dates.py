import pytest

from dhr.dates import add_months, find_dates, iso_from_cell, latest_date, parse_date, to_date


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("21 August 2012", "2012-08-21", "day"),
        ("29th January 2013", "2013-01-29", "day"),
        ("10 th December 2014", "2014-12-10", "day"),
        ("At 01:32hrs on the 13/03/2012 police attended", "2012-03-13", "day"),
        ("the 13th of March 2012", "2012-03-13", "day"),
        ("by December 2020", "2020-12", "month"),
        ("Dec 2020", "2020-12", "month"),
        ("she moved there in 2009", "2009", "year"),
        ("during 2017-2018", "2018", "year"),
        ("31/03/21", "2021-03-31", "day"),
        ("August 21, 2012", "2012-08-21", "day"),
    ],
)
def test_date_shapes(text, iso, precision):
    found = parse_date(text)
    assert found is not None, text
    assert (found.iso, found.precision) == (iso, precision)


def test_day_first_not_month_first():
    assert parse_date("04/05/2016").iso == "2016-05-04"


def test_year_inherited_from_context():
    dates = find_dates("Mr B died on 2 March 2019. On 5 March the CSP was told.")
    assert [d.iso for d in dates] == ["2019-03-02", "2019-03-05"]
    assert dates[1].inferred_year


def test_year_from_default_when_no_context():
    assert find_dates("On 19 August she called", default_year=2015)[0].iso == "2015-08-19"
    assert find_dates("On 19 August she called") == []


@pytest.mark.parametrize(
    "text", ["There were 2012 contacts", "Section 7.2.1 and 12.3.4", "12 months later", "45/2"]
)
def test_numbers_that_are_not_dates(text):
    assert find_dates(text) == []


def test_latest_date_in_a_cell():
    assert latest_date("March 2021 (revised to June 2021)").iso == "2021-06"


def test_a_list_of_days_takes_the_year_that_closes_it():
    dates = find_dates("The panel met on 3 May, 12th July and 9 September 2016.", default_year=2015)
    assert [d.iso for d in dates] == ["2016-05-03", "2016-07-12", "2016-09-09"]
    # not a list: the year comes from the date before, as in a chronology
    dates = find_dates("In March 2015 she moved; on 4 June police attended. On 2 May 2016 she called.")
    assert [d.iso for d in dates] == ["2015-03", "2015-06-04", "2016-05-02"]


def test_a_day_month_followed_by_a_stray_number_is_not_a_date():
    assert find_dates("On 19 August 12 officers attended", default_year=2015) == []


@pytest.mark.parametrize(
    ("cell", "iso"),
    [("2019-05-14", "2019-05-14"), (" 2019-05 ", "2019-05"), ("2019", "2019"), ("7/3/2018", "2018-03-07"),
     ("07.03.2018", "2018-03-07")],
)  # fmt: skip
def test_iso_from_cell(cell: str, iso: str) -> None:
    assert iso_from_cell(cell) == iso


@pytest.mark.parametrize("cell", ["March 2018", "2018/03/07", "7/3/18", ""])
def test_iso_from_cell_refuses_other_shapes(cell: str) -> None:
    with pytest.raises(ValueError, match="is not YYYY-MM-DD"):
        iso_from_cell(cell)


def test_add_months_keeps_the_precision_and_the_last_day() -> None:
    assert add_months("2018-03", 6) == "2018-09"
    assert add_months("2018-11", 3) == "2019-02"
    assert add_months("2019-01-31", 1) == "2019-02-28"
    assert add_months("2020-01-31", 1) == "2020-02-29"
    assert add_months("2018-03-15", 12) == "2019-03-15"


def test_to_date_stands_a_month_for_its_middle() -> None:
    assert str(to_date("2019-05-14")) == "2019-05-14"
    assert str(to_date("2019-05")) == "2019-05-15"
    assert to_date("2019") is None
    assert to_date("2019-02-30") is None


@pytest.mark.parametrize(
    ("cell", "iso", "precision"),
    [
        ("Jun-19", "2019-06", "month"),  # a spreadsheet's mmm-yy cell
        ("Nov 21", "2021-11", "month"),
        ("October '20", "2020-10", "month"),
        ("Oct-2020", "2020-10", "month"),
        ("Sept-22", "2022-09", "month"),
        ("05-Nov-21", "2021-11-05", "day"),
        ("Nov 21 2019", "2019-11-21", "day"),  # a full date still wins over the two-digit year
        ("FY 2020/21", "2021-03", "month"),  # a financial year ends in March
        ("2020-21", "2021-03", "month"),
        ("Q2 21/22", "2021-09", "month"),
        ("Summer '21", "2021", "year"),
        ("Winter 2020/21", "2021", "year"),
        ("2020-2021", "2021", "year"),  # two full years with no FY: maybe calendar years, the end year
    ],
)
def test_deadline_shapes(cell: str, iso: str, precision: str) -> None:
    found = find_dates(cell, deadline=True)
    assert [(f.iso, f.precision) for f in found] == [(iso, precision)]


@pytest.mark.parametrize(
    "cell",
    ["Nov 21", "Jun-19", "Summer '21", "Winter 2021", "FY 2020/21"],
)
def test_deadline_shapes_are_read_only_in_a_deadline(cell: str) -> None:
    """In narrative "Nov 21" is more often a day and "Winter 2021" a time in 2021: read as deadlines only when
    the caller says the text is one."""
    narrative = [(f.iso, f.precision) for f in find_dates(cell)]
    assert narrative != [(f.iso, f.precision) for f in find_dates(cell, deadline=True)]


@pytest.mark.parametrize(
    "cell",
    [
        "Winter 2021",  # December 2021 or the start of 2021
        "Q4 2022",
        "Nov 5",  # a day with no year, not 2005
        "Apr 31",  # beyond 2030: a day, not a year
        "21/22",  # a day and a month, or a financial year: unknown without "FY"
        "3 June",  # no year given
        "Spring 2020/21",  # which spring
        "12 months",
        "Ongoing",
        "Sep 14th",
    ],
)
def test_deadline_non_dates_stay_text(cell: str) -> None:
    assert find_dates(cell, deadline=True) == []


def test_deadline_day_without_year_takes_the_callers_year() -> None:
    assert [f.iso for f in find_dates("w/c 3 June", deadline=True, default_year=2019)] == ["2019-06-03"]


def test_a_long_chronology_is_read_in_near_linear_time() -> None:
    """Thousands of day-month mentions each take the year before them without a pass over all the others."""
    import time

    text = "On 4 June she rang. " * 2000 + "In May 2019 he moved. " + "On 9 July police came. " * 2000
    began = time.perf_counter()
    dates = find_dates(text, default_year=2018)
    assert time.perf_counter() - began < 5
    assert len(dates) == 4001
    assert (dates[0].iso, dates[1999].iso, dates[2000].iso, dates[-1].iso) == (
        "2018-06-04",
        "2018-06-04",
        "2019-05",
        "2019-07-09",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was killed on Christmas Day 2016 at home.", ("Christmas Day 2016", "2016-12-25", "day")),
        ("in the early hours of New Year’s Day in 2010", ("New Year’s Day in 2010", "2010-01-01", "day")),
        ("on Halloween night 2010 in Ascot", ("Halloween night 2010", "2010-10-31", "day")),
        ("found dead on Boxing Day, 2019", ("Boxing Day, 2019", "2019-12-26", "day")),
        ("she left him at Christmas 2014", ("Christmas 2014", "2014-12", "month")),
    ],
)
def test_named_days_with_a_year(text: str, expected: tuple[str, str, str]) -> None:
    found = find_dates(text)
    assert [(d.text, d.iso, d.precision) for d in found] == [expected]


def test_a_relative_year_needs_the_text_to_say_which_year() -> None:
    """'March 28 last year' is a date only when the text gives the year it is relative to."""
    assert find_dates("He was killed on March 28 last year.") == []
    glossed = find_dates("He was killed on March 28 last year. ['last year' = 2020]")
    assert [(d.text, d.iso) for d in glossed] == [("March 28 last year", "2020-03-28")]
    noted = find_dates("She died on 2 May last year. [Echo, 3 June 2016]")
    assert [(d.text, d.iso) for d in noted][0] == ("2 May last year", "2015-05-02")
    assert [d.iso for d in find_dates("in June this year [Gazette, 1 Sept 2019]")][0] == "2019-06"


def test_a_year_as_an_event_adjective() -> None:
    assert [d.iso for d in find_dates("an inquest into her 2011 death")] == ["2011"]
    assert [d.iso for d in find_dates("the 2016 review found gaps")] == ["2016"]
    assert find_dates("a 2019 car and 2020 people") == []
