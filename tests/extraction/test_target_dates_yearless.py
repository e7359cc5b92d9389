"""Target cells written without a year ("w/c 3 June", "end of June", "September", "By end of financial year"):
dated from the plan's own date when the document gives one, text otherwise; never a guessed year."""

from __future__ import annotations

import pytest

from extraction.action_plan import parse_tables
from extraction.target_dates import plan_target, target_date
from tests.extraction.builders import make_document

HEADER = ["Recommendation", "Action", "Lead officer", "By when"]


@pytest.mark.parametrize(
    ("cell", "iso"),
    [
        ("w/c 3 June", "2019-06-03"),
        ("end of June", "2019-06"),
        ("By end of june", "2019-06"),
        ("September", "2019-09"),
        ("Mid-May", "2019-05"),
        ("June/July", "2019-07"),  # the later month: a deadline is the end of the period
        ("March", "2020-03"),  # before the plan's month: the next March
        ("w/c 3 Feb", "2020-02-03"),
        ("By end of financial year", "2020-03"),  # April 2019 is in 2019/20, which ends in March 2020
        ("Summer", "2019"),
    ],
)
def test_yearless_cells_from_a_plan_dated_april_2019(cell: str, iso: str) -> None:
    found = target_date(cell, after="2019-04")
    assert found is not None and found.iso == iso


@pytest.mark.parametrize("cell", ["May be extended", "Staff may attend", "Immediate", "Ongoing", "6 months",
                                  "end of Q3", "Marching orders"])  # fmt: skip
def test_yearless_words_that_are_no_dates(cell: str) -> None:
    assert target_date(cell, after="2019-04") is None


def test_a_year_alone_gives_that_year_without_roll_over() -> None:
    assert target_date("March", default_year=2019).iso == "2019-03"  # type: ignore[union-attr]
    assert target_date("By end of financial year", default_year=2019) is None  # which March needs the month


def test_a_month_cut_by_a_narrow_column_is_closed_up() -> None:
    assert plan_target("Septembe r 2018").iso == "2018-09"  # type: ignore[union-attr]
    assert plan_target("Dece mber 2018").iso == "2018-12"  # type: ignore[union-attr]
    assert plan_target("end of June") is None  # no plan being read: no year to give it


def _plan(title_page: str, rows: list[list[str]]) -> list[str | None]:
    document = make_document(
        f"{title_page}\f# Action plan\nThe plan agreed by the panel.", {2: [[HEADER, *rows]]}
    )
    plan = parse_tables(document, [2])
    return [a.target_date for row in plan for a in row.actions]


def test_the_report_date_on_the_title_page_dates_yearless_cells() -> None:
    rows = [
        ["1. The police should brief officers.", "Brief response teams", "Chief Inspector", "w/c 3 June"],
        ["2. The trust should ask patients.", "Add a triage question", "Named Nurse", "end of March"],
        ["3. The council should write to landlords.", "Send the letter", "Partnership Manager", "Ongoing"],
    ]
    dates = _plan(
        "# Domestic Homicide Review: Adult K\nDied in March 2017\nFinal version: October 2018", rows
    )
    assert dates == ["2019-06-03", "2019-03", None]


def test_without_a_report_date_the_year_every_dated_target_shares() -> None:
    rows = [
        ["1. The police should brief officers.", "Brief response teams", "Chief Inspector", "end of June"],
        ["2. The trust should ask patients.", "Add a triage question", "Named Nurse", "31/12/2019"],
    ]
    assert _plan("# Domestic Homicide Review: Adult K", rows) == ["2019-06", "2019-12-31"]


def test_targets_of_two_years_and_no_report_date_leave_yearless_cells_as_text() -> None:
    rows = [
        ["1. The police should brief officers.", "Brief response teams", "Chief Inspector", "end of June"],
        ["2. The trust should ask patients.", "Add a triage question", "Named Nurse", "31/12/2019"],
        ["3. The council should write.", "Send the letter", "Partnership Manager", "March 2020"],
    ]
    assert _plan("# Domestic Homicide Review: Adult K", rows) == [None, "2019-12-31", "2020-03"]


@pytest.mark.parametrize(
    ("cell", "iso"),
    [
        ("Ongoing", None),
        ("6 months", None),
        ("Within 3 months of publication", None),
        ("Completed", None),
        ("Immediate", None),
        ("By end of financial year", None),  # no plan date: which March is not known
        ("Q3 2017/18", "2017-12"),  # a deadline is the end of the period it names
        ("March 2017", "2017-03"),
        ("Mar-18", "2018-03"),
        ("31/03/18", "2018-03-31"),  # day first
        ("31st March 2018", "2018-03-31"),
        ("April 2018 and ongoing", "2018-04"),
        ("End of financial year 2018/19", "2019-03"),
    ],
)
def test_target_cells_as_plans_write_them(cell: str, iso: str | None) -> None:
    found = target_date(cell)
    assert (found.iso if found else None) == iso


def test_a_month_cut_from_its_year_by_the_page_break_takes_the_printed_year() -> None:
    """'March' on one page, '2021' on the next: not the next March after the plan's date, but March 2021."""
    header = ["Recommendation", "Action", "Lead agency", "Target date"]
    page2 = [header, ["1. The CSP should share learning.", "Hold a learning event", "CSP", "March"]]
    page3 = [header, ["", "", "", "2021"]]
    document = make_document(
        "# DHR Adult K\nFinal version: October 2018\f# Action plan\fcontinued", {2: [page2], 3: [page3]}
    )
    plan = parse_tables(document, [2, 3])
    assert [(a.target_date, a.target_date_text) for a in plan[0].actions] == [("2021-03", "March 2021")]
