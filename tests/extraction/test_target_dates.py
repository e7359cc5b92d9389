"""Target Date cells: dates at the printed precision, quarters, and what stays text (never a wrong date)."""

from __future__ import annotations

import pytest

from extraction.action_plan import parse_tables
from extraction.target_dates import deadline_in_text, target_date, target_dates
from tests.extraction.builders import make_document


@pytest.mark.parametrize(
    ("cell", "iso"),
    [
        ("March 2017", "2017-03"),
        ("31/03/2018", "2018-03-31"),  # day first
        ("01/02/2018", "2018-02-01"),
        ("End of March 2018", "2018-03"),
        ("April 2018 - review quarterly", "2018-04"),
        ("30th June 2018", "2018-06-30"),
        ("Q3 2017/18", "2017-12"),  # financial year April-March: Q3 is October-December 2017
        ("Q4 2017/18", "2018-03"),
        ("Quarter 1 2018-19", "2018-06"),
        ("Q3 2018", "2018"),  # calendar or financial year: Q1-Q3 are in 2018 either way
        ("March 2021 (reviewed June 2021)", "2021-06"),
        ("6 months from March 2018", "2018-09"),
        ("within three months of publication (May 2019)", "2019-08"),
        ("12 weeks after 01/02/2018", "2018-04-26"),
        ("one month from 31/01/2019", "2019-02-28"),
    ],
)
def test_dates(cell: str, iso: str) -> None:
    found = target_date(cell)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(
    "cell",
    [
        "Ongoing",
        "Complete",
        "TBC",
        "6 months",
        "12 months",
        "Within 3 months of publication",
        "6 months from publication (reviewed March 2018)",  # the date is not what the months count from
        "Q3 2017/19",  # not a financial year
        "Q4 2018",  # October-December 2018 or January-March 2019: not known
        "12 weeks from March 2018",  # weeks from a month: the day is unknown
        "03/31/2018",  # month-first: not a UK date, so not guessed
        "",
        None,
    ],
)
def test_not_dates(cell: str | None) -> None:
    assert target_date(cell) is None


def test_all_dates_of_a_cell_in_order() -> None:
    assert [t.iso for t in target_dates("1. Q1 2018/19 2. 31/03/2019")] == ["2018-06", "2019-03-31"]


HEADER = ["Recommendation", "Action", "Lead agency", "Target date"]


def test_plan_keeps_raw_text_and_a_null_date_for_non_dates() -> None:
    rows = [
        HEADER,
        ["1. The Police should review training.", "Review the training", "Police", "Ongoing"],
        ["", "Audit the change", "Police", "Q3 2017/18"],
        ["", "Report to the board", "Police", "6 months"],
    ]
    plan = parse_tables(make_document("Action plan", tables={1: [rows]}), [1])
    actions = plan[0].actions
    assert [(a.target_date, a.target_date_text) for a in actions] == [
        (None, "Ongoing"),
        ("2017-12", "Q3 2017/18"),
        (None, "6 months"),
    ]


def test_row_cut_by_a_page_break_between_sentences() -> None:
    """The rest of a cut row starts with a capital on the next page: joined, with the date of its first part."""
    page1 = [
        HEADER,
        [
            "1. The CSP should share learning.",
            "Hold a learning event. Invite every agency.",
            "CSP",
            "End of March 2018",
        ],
    ]
    page2 = [
        HEADER,
        ["", "Publish a briefing after the event.", "", ""],
        ["", "Audit attendance", "CSP", "31/03/2018"],
    ]
    plan = parse_tables(make_document("Action plan\fcontinued", tables={1: [page1], 2: [page2]}), [1, 2])
    assert len(plan) == 1
    texts = [a.text for a in plan[0].actions]
    assert texts == [
        "Hold a learning event. Invite every agency. Publish a briefing after the event.",
        "Audit attendance",
    ]
    assert [a.target_date for a in plan[0].actions] == ["2018-03", "2018-03-31"]


def test_new_row_at_a_page_top_with_its_own_cells_is_not_a_continuation() -> None:
    page1 = [HEADER, ["1. The CSP should share learning.", "Hold a learning event.", "CSP", "March 2018"]]
    page2 = [HEADER, ["", "Publish a briefing", "CSP", "April 2018"]]
    plan = parse_tables(make_document("Action plan\fcontinued", tables={1: [page1], 2: [page2]}), [1, 2])
    assert [(a.text, a.target_date) for a in plan[0].actions] == [
        ("Hold a learning event.", "2018-03"),
        ("Publish a briefing", "2018-04"),
    ]


def test_empty_titled_column_keeps_the_next_pages_columns_aligned() -> None:
    """'Date of completion and outcome' empty on the first page: the next page's Target Date stays a target."""
    header = [
        "Recommendation",
        "Action to take",
        "Lead Agency",
        "Target Date",
        "Date of completion and outcome",
    ]
    page1 = [header, ["1. The CSP should share learning.", "Hold a learning event", "CSP", "March 2022", ""]]
    page2 = [
        ["2. The Police should brief staff.", "Brief response officers", "Police", "June 2022", ""],
        ["3. The CCG should audit referrals.", "Audit GP referrals", "CCG", "", "Completed 15 December 2021"],
    ]
    plan = parse_tables(make_document("Action plan\fcontinued", tables={1: [page1], 2: [page2]}), [1, 2])
    assert [[a.target_date for a in row.actions] for row in plan] == [["2022-03"], ["2022-06"], [None]]


def test_a_financial_year_quarter_with_two_digit_years():
    assert target_date("Q3 17/18").iso == "2017-12"
    assert target_date("Q4 17/18").iso == "2018-03"
    assert target_date("Q2 18-19").iso == "2018-09"
    assert target_date("Q3 17/19") is None


@pytest.mark.parametrize(
    ("cell", "iso"),
    [
        ("Aug-19", "2019-08"),
        ("Jan 20", "2020-01"),  # a month and its year, not the 20th of January
        ("Feb '19", "2019-02"),
        ("Nov-2019", "2019-11"),
        ("Sept 2020", "2020-09"),
        ("by end of Feb 2019", "2019-02"),
        ("2018/19", "2019-03"),  # the financial year's end
        ("Financial year 2018-19", "2019-03"),
        ("Autumn 2019", "2019"),
        ("Oct-18 then review Apr-19", "2019-04"),  # the latest
        ("6 months from Jan-19", "2019-07"),
    ],
)
def test_shapes_of_real_target_cells(cell: str, iso: str) -> None:
    found = target_date(cell)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize("cell", ["Winter 2019", "w/c 10 June", "Mar 5", "18 months", "To be agreed"])
def test_shapes_that_stay_text(cell: str) -> None:
    assert target_date(cell) is None


def test_plan_year_from_the_caller_dates_a_week_commencing() -> None:
    found = target_date("w/c 10 June", default_year=2019)
    assert found is not None and (found.iso, found.precision) == ("2019-06-10", "day")


def test_one_month_year_cell_per_action() -> None:
    assert [t.iso for t in target_dates("1. Mar-19 2. Jun-19")] == ["2019-03", "2019-06"]


@pytest.mark.parametrize(
    ("cell", "iso"),
    [
        # a revised date over the one it replaced, whichever comes first and whichever is later
        ("Revised to October 2019 (was December 2019)", "2019-10"),
        ("March 2019 (revised to September 2019)", "2019-09"),
        ("Original: 30/06/2019 Revised: 31/12/2019", "2019-12-31"),
        ("December 2019, brought forward to October 2019", "2019-10"),
        ("Feb 2020 (rescheduled from Oct 2019)", "2020-02"),
        ("Dec 2019 / Mar 2020 (revised)", "2020-03"),
        # the planned date over the day it was done; the only date, done or not, is the cell's date
        ("Target: March 2019. Completed: May 2019", "2019-03"),
        ("Completed 12/05/2019 (target 31/03/2019)", "2019-03-31"),
        ("Completed March 2019", "2019-03"),
        ("Target: June 2019 / Actual: July 2019", "2019-06"),
        ("June 2019 (delayed from March 2019)", "2019-06"),
        # the shapes of the sixth blind set
        ("by 31.03.19", "2019-03-31"),
        ("31st March 2019", "2019-03-31"),
        ("Mar-19", "2019-03"),
        ("2019", "2019"),
        ("Q4 2019-20", "2020-03"),
        ("end of financial year 2019/20", "2020-03"),
        ("2019/2020 financial year", "2020-03"),
        # a month and two-digit year in figures, when the year cannot be a month
        ("03/19", "2019-03"),
        ("by 11.20", "2020-11"),
    ],
)
def test_which_date_of_a_cell_is_the_target(cell: str, iso: str) -> None:
    found = target_date(cell)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(
    "cell",
    [
        "TBC (originally March 2019)",  # the old date is no longer the target, and no new one is set
        "Ongoing - was December 2019",
        "Ongoing – reviewed annually",
        "Achieved",
        "Within 6 months of publication",
        "03/11",  # the 3rd of November or March 2011
    ],
)
def test_cells_that_set_no_date_now(cell: str) -> None:
    assert target_date(cell) is None


@pytest.mark.parametrize(
    ("cell", "iso"),
    [
        # a financial-year quarter written out, bracketed or after its year is still that quarter's last month
        ("3rd quarter 2019/20", "2019-12"),
        ("third quarter of 2019/20", "2019-12"),
        ("Quarter three 2019/20", "2019-12"),
        ("Q3 (2019/20)", "2019-12"),
        ("FY 2019/20 Q3", "2019-12"),
        ("2019/20 Q4", "2020-03"),
        ("31-Mar-2019", "2019-03-31"),  # a day, not March with a stray "31-"
        ("Apr 19 - Jun 19", "2019-06"),  # two months of 2019, not the 19th of June
        ("Academic year 2019/20", "2020"),  # a school year ends in the summer, not in March
        ("Summer term 2019", "2019"),
        ("Version 2.1 March 2019", "2019-03"),  # a version number is no day
        ("2019/03/31", "2019-03-31"),  # year first
    ],
)
def test_shapes_the_shared_reader_misreads(cell: str, iso: str) -> None:
    found = target_date(cell)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize("cell", ["Mar 12 - Apr 28", "Mar 31 - Apr 30", "2019/02/30", "31-Feb-2019"])
def test_two_days_with_no_year_stay_text(cell: str) -> None:
    assert target_date(cell) is None  # not 2028 or 2030


@pytest.mark.parametrize(
    ("cell", "iso"),
    [
        ("31/03/ 18", "2018-03-31"),  # a narrow column wrapped the whole year
        ("End Q3 2018/1 9", "2018-12"),  # or the financial year's second year
        ("Septem ber 2019", "2019-09"),
    ],
)
def test_words_and_years_a_narrow_column_wrapped(cell: str, iso: str) -> None:
    from extraction.target_dates import plan_target

    found = plan_target(cell)
    assert found is not None and found.iso == iso


def test_a_wrapped_financial_year_is_dated_from_the_plan() -> None:
    from extraction.target_dates import _close_broken_months

    assert _close_broken_months("By end of financia l year") == "By end of financial year"
    assert _close_broken_months("the end of May") == "the end of May"


def test_a_year_taken_from_a_neighbouring_date_needs_no_plan_date() -> None:
    # Without a plan date the second day keeps the year its neighbour gave it (this once raised a TypeError).
    dates = target_dates("By 2 March 2019 and 5 March")
    assert [t.iso for t in dates] == ["2019-03-02", "2019-03-05"]
    assert deadline_in_text("Mr B died on 2 March 2019. On 5 March the CSP was told.") is None
