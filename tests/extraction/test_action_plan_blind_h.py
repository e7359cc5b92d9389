"""Readings found missing by blind set 8 (``plans_blind_h``), each on text written for these tests: actions
numbered under their recommendation's number in one cell ("1.1 ... 1.2 ..."), a number column of action refs
("1.1", "2.1") beside no recommendation column, a summary plan before the full plan, a "Recommendation N" label
read on one line with the heading before it, and "Completed" over the day it was done in a drawn cell."""

from __future__ import annotations

import pytest

from extraction.action_plan import parse_tables
from extraction.document import LocatedTable
from tests.extraction.builders import make_document


def _rows(tables: list[list[list[str]]]) -> list[tuple[str | None, list[tuple[str, str | None]]]]:
    rows = parse_tables(make_document("#Action plan\n", tables={1: tables}), [1])
    return [(r.number, [(a.text, a.target_date) for a in r.actions]) for r in rows]


def test_actions_numbered_under_their_recommendation_in_one_cell() -> None:
    table = [
        ["No.", "Recommendation", "Actions", "Lead agency", "Target date"],
        ["1", "Ferncliff Police should read a victim's earlier reports before a visit.",
         "1.1 Add a summary to the incident screen 1.2 Tell officers to read it 1.3 Dip sample the visits",
         "Ferncliff Police", "1.1 Sept 2022 1.2 Ongoing 1.3 31.03.23"],
    ]  # fmt: skip
    assert _rows([table]) == [
        ("1", [("Add a summary to the incident screen", "2022-09"), ("Tell officers to read it", None),
               ("Dip sample the visits", "2023-03-31")]),
    ]  # fmt: skip


def test_a_number_column_of_action_refs_gives_the_recommendation_numbers() -> None:
    table = [
        ["Ref", "Action", "Lead agency", "Target date"],
        ["1.1", "Add a question to the case form", "Ferncliff Council", "31.03.23"],
        ["1.2", "Train the officers", "Ferncliff Council", "Ongoing"],
        ["2.1", "Issue guidance on protection orders", "Ferncliff Police", "Sept 2023"],
    ]
    assert [(n, len(a)) for n, a in _rows([table])] == [("1", 2), ("2", 1)]
    # section numbers of recommendations (one first part, no restart at 1) stay the recommendations' own
    sections = [["No.", "Action", "Lead", "Target date"]] + [
        [f"3.{k}", f"Write guide {k}", "Ferncliff Council", "June 2023"] for k in (1, 2, 3)
    ]
    assert [n for n, _ in _rows([sections])] == ["3.1", "3.2", "3.3"]


def test_a_summary_plan_before_the_full_plan_makes_no_actions() -> None:
    summary = [
        ["No.", "Recommendation", "Lead agency", "Target date"],
        [
            "1",
            "Ferncliff Police should refer a victim after a second call-out.",
            "Ferncliff Police",
            "March 2023",
        ],
        ["2", "Ferncliff Council should check its licensing records.", "Ferncliff Council", "June 2023"],
    ]
    full = [
        ["Rec", "Action to take", "Lead", "Target date"],
        ["1", "Set an alert on the system", "Ferncliff Police", "Jan 2023"],
        ["2", "Agree a check with licensing", "Ferncliff Council", "TBC"],
    ]
    assert _rows([summary, full]) == [
        ("1", []),
        ("2", []),
        ("1", [("Set an alert on the system", "2023-01")]),
        ("2", [("Agree a check with licensing", None)]),
    ]
    # alone, a recommendations table with a date column keeps each recommendation as its implied action
    assert [a for _, actions in _rows([summary]) for a in actions] == [
        ("Ferncliff Police should refer a victim after a second call-out.", "2023-03"),
        ("Ferncliff Council should check its licensing records.", "2023-06"),
    ]


def test_a_label_read_on_one_line_with_the_heading_before_it() -> None:
    table = LocatedTable(
        [["Action", "Target date"], ["Change the crew prompt", "Dec 2022"]],
        [
            "2. Ferncliff Hospital should include the partner in safety planning.",
            "Action plan Recommendation 1",
        ],
    )
    assert _rows([table]) == [("1", [("Change the crew prompt", "2022-12")])]


@pytest.mark.parametrize(
    ("above", "below", "two"),
    [("Completed", "12/01/23", False), ("Achieved:", "June 2023", False), ("Complete", "Ongoing", True)],
)
def test_a_done_status_over_its_day_is_one_target_cell(above: str, below: str, two: bool) -> None:
    from extraction.readers.pdf_borderless import _two_targets

    assert _two_targets(above, below) is two


@pytest.mark.parametrize(
    ("cell", "iso"),
    [
        ("1st Qtr 2023/24", "2023-06"),  # not the financial year's end, March 2024
        ("Qtr 3 2023-24", "2023-12"),
        ("Qtr. 4 2022/23", "2023-03"),
        ("Dec '22 / Jan '23", "2023-01"),  # not the 22nd of January
        ("Nov 22/Dec 22", "2022-12"),
        ("22/01/23", "2023-01-22"),
    ],
)
def test_abbreviated_quarters_and_two_months_either_side_of_a_slash(cell: str, iso: str) -> None:
    from extraction.target_dates import target_date

    found = target_date(cell)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        # the date a thing is "to be completed by" is the deadline; "Date completed" what happened
        (["Recommendation", "Action", "Lead", "Date to be completed by", "Date completed"],
         ["rec", "action", "lead", "target", "outcome"]),
        # "agency" inside the recommendations' own header names no lead column
        (["Single agency recommendation", "Action", "Responsible person", "Date for completion", "Status"],
         ["rec", "action", "lead", "target", "outcome"]),
        # the issue beside the recommendation is the finding, not the recommendation
        (["Issue", "Recommendation", "Action to be taken", "Responsible agency", "Target"],
         [None, "rec", "action", "lead", "target"]),
        (["Learning point", "Action", "Accountable officer", "Timescale"], ["rec", "action", "lead", "target"]),
        (["Recommendations", "Actions", "Leads", "Dates"], ["rec", "action", "lead", "target"]),
    ],
)  # fmt: skip
def test_header_words_found_by_probing_plan_templates(header: list[str], roles: list[str | None]) -> None:
    from extraction.plan_columns import classify_header

    columns = classify_header(header)
    assert columns is not None
    assert [columns.get(i) for i in range(len(header))] == roles


def test_a_bare_number_row_over_its_actions_refs_is_the_recommendation() -> None:
    table = [
        ["No.", "Recommendation / action", "Lead", "Target date"],
        ["Theme 1 - Training - local"],
        ["1", "Ferncliff Police should brief officers on stalking.", "", ""],
        ["1.1", "Write the briefing", "Ferncliff Police", "Sept 2023"],
        ["1.2", "Deliver it", "Ferncliff Police", "Ongoing"],
        ["2", "Ferncliff Council should check tenancies for abuse.", "", ""],
        ["2.1", "Add a check to the tenancy review", "Ferncliff Council", "Q1 2023/24"],
    ]
    rows = parse_tables(make_document("#Action plan\n", tables={1: [table]}), [1])
    assert [(r.number, r.text, [(a.text, a.target_date) for a in r.actions]) for r in rows] == [
        ("1", "Ferncliff Police should brief officers on stalking.",
         [("Write the briefing", "2023-09"), ("Deliver it", None)]),
        ("2", "Ferncliff Council should check tenancies for abuse.",
         [("Add a check to the tenancy review", "2023-06")]),
    ]  # fmt: skip
    # numbered rows with no bare number over them and one first part are the rows' own numbers
    plain = [["No.", "Action", "Lead", "Target date"], ["1", "Write the briefing", "Ferncliff Police", "Sept 2023"],
             ["2", "Deliver it", "Ferncliff Police", "Ongoing"]]  # fmt: skip
    assert [(n, len(a)) for n, a in _rows([plain])] == [("1", 1), ("2", 1)]


def test_one_action_ref_before_its_text_is_no_part_of_it() -> None:
    table = [
        ["No.", "Actions", "Lead", "Target date"],
        ["2", "2.1 Add a check to the tenancy review", "Ferncliff Council", "2.1 Q1 2023/24"],
        ["3", "4.5 metres of shelving for the leaflets", "Ferncliff Council", "June 2023"],
    ]
    assert _rows([table]) == [
        ("2", [("Add a check to the tenancy review", "2023-06")]),
        ("3", [("4.5 metres of shelving for the leaflets", "2023-06")]),  # another number's: text
    ]


def test_numbered_target_lines_of_a_drawn_cell_stay_one_cell() -> None:
    from extraction.readers.pdf_borderless import _two_targets

    assert _two_targets("2.1 Q1 2023/24", "2.2 March '24") is False


def test_word_numbering_counting_on_through_the_next_row_still_splits_actions() -> None:
    # one Word list through two rows' cells: the second row's actions are "1.3", "1.4", not "2.1", "2.2"
    table = [
        ["No.", "Actions", "Lead", "Target date"],
        ["1", "1.1 Write the briefing 1.2 Deliver it at shift briefings", "Ferncliff Police", "Sept 2023"],
        ["2", "1.3 Add a check to the tenancy form 1.4 Train the tenancy officers", "Ferncliff Council",
         "Q1 2023/24 March '24"],
    ]  # fmt: skip
    assert _rows([table])[1] == (
        "2",
        [("Add a check to the tenancy form", "2023-06"), ("Train the tenancy officers", "2024-03")],
    )


@pytest.mark.parametrize(
    ("actions", "targets"),
    [
        ("a. Write the guide b. Train the staff", "a. June 2023 b. Ongoing"),
        ("i) Write the guide ii) Train the staff", "i) June 2023 ii) Ongoing"),
        ("(i) Write the guide (ii) Train the staff", "(i) June 2023 (ii) Ongoing"),
        ("Action 1: Write the guide Action 2: Train the staff", "June 2023 Ongoing"),
        ("– Write the guide – Train the staff", "– June 2023 – Ongoing"),
        ("o Write the guide o Train the staff", "June 2023 Ongoing"),
        ("✓ Write the guide ✓ Train the staff", "June 2023 Ongoing"),
    ],
)
def test_other_list_marks_in_an_action_cell(actions: str, targets: str) -> None:
    table = [["No.", "Actions", "Lead", "Target date"], ["1", actions, "Ferncliff Police", targets]]
    assert _rows([table]) == [("1", [("Write the guide", "2023-06"), ("Train the staff", None)])]


@pytest.mark.parametrize(
    "cell",
    [
        "Write the guide – then train the staff – and audit it",  # a dash inside a sentence
        "Review the policy in line with section a. of the act b. guidance",  # no mark at the start
        "Agree i) the form and ii) the date",
    ],
)
def test_marks_inside_one_action_are_no_list(cell: str) -> None:
    from extraction.plan_refs import marked_items

    assert marked_items(cell) == cell
