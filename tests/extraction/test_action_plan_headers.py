"""Plan headers found unread by probing Word documents built for the purpose (no blind set): a header printed
in two tiers (a group's name over its columns), one column for the lead and the date ("Who / When"), a date
column named "Timeline" or "Expected completion", and a "Date agreed" column beside the target that dates when
the action was set, never its deadline."""

from __future__ import annotations

import pytest

from extraction.action_plan import parse_tables
from extraction.plan_columns import cell_role
from extraction.plan_continued import _lead_before_date
from extraction.plan_table import two_tier_header
from tests.extraction.builders import make_document

_REC = "1. Oakby Police should check both partners' records before grading a domestic abuse call."
_ACTION = "Add a both-partners check to the grading guide"


def _read(rows: list[list[str]]) -> list[tuple[str | None, str | None, str | None]]:
    document = make_document("# Action plan\nThe plan.", tables={1: [rows]})
    return [(a.target_date, a.lead_text, a.text) for row in parse_tables(document, [1]) for a in row.actions]


@pytest.mark.parametrize(
    ("header", "role"),
    [("Timeline", "target"), ("Expected completion", "target"), ("Date agreed", "start"),
     ("Date raised", "start"), ("Date", "target"), ("Date agreed for completion", "target")],
)  # fmt: skip
def test_date_headers(header: str, role: str) -> None:
    assert cell_role(header) == role


def test_a_header_in_two_tiers_is_read_as_one() -> None:
    rows = [["Recommendation", "Action", "Delivery", "Delivery"], ["", "", "Lead", "Target date"],
            [_REC, _ACTION, "Oakby Police", "March 2020"]]  # fmt: skip
    assert two_tier_header(rows, 0) == [
        ["Recommendation", "Action", "Delivery Lead", "Delivery Target date"],
        rows[2],
    ]
    assert _read(rows) == [("2020-03", "Oakby Police", _ACTION)]


def test_a_title_row_over_a_whole_header_is_not_joined() -> None:
    rows = [
        ["Action plan"],
        ["Recommendation", "Action", "Lead", "Target date"],
        [_REC, _ACTION, "Police", "2020"],
    ]
    assert two_tier_header(rows, 0) is None


def test_a_date_agreed_column_is_not_the_target() -> None:
    rows = [
        ["Rec", "Action", "Lead", "Date agreed", "Date"],
        ["1", _ACTION, "Oakby Police", "12/05/2019", "March 2020"],
    ]
    assert _read(rows) == [("2020-03", "Oakby Police", _ACTION)]


def test_one_column_for_the_lead_and_the_date() -> None:
    rows = [["Recommendation", "Action", "Who / When"], [_REC, _ACTION, "Oakby Police - March 2020"]]
    assert _read(rows) == [("2020-03", "Oakby Police", _ACTION)]


@pytest.mark.parametrize(
    ("cell", "lead"),
    [("Oakby Police - March 2020", "Oakby Police"), ("Oakby Housing, by 30/06/2020", "Oakby Housing"),
     ("March 2020", None), ("Ongoing", None)],
)  # fmt: skip
def test_the_lead_before_a_date(cell: str, lead: str | None) -> None:
    assert _lead_before_date(cell) == lead


@pytest.mark.parametrize(
    ("cell", "items"),
    [
        ("Action 1.1: Add a check Action 1.2: Brief call handlers", "1. Add a check 2. Brief call handlers"),
        ("Action 2.1: Add the question", "Add the question"),
        ("Action 1.1: Add a check Action 2.3: Brief", "Action 1.1: Add a check Action 2.3: Brief"),
        ("Action was taken at once.", "Action was taken at once."),
    ],
)
def test_actions_labelled_with_their_recommendations_number(cell: str, items: str) -> None:
    from extraction.plan_refs import marked_items

    assert marked_items(cell) == items


def test_a_blank_header_over_bare_numbers_is_the_number_column() -> None:
    rows = [["", "Recommendation", "Action", "Lead", "Timescale"],
            ["1", _REC[3:], _ACTION, "Oakby Police", "March 2020"]]  # fmt: skip
    document = make_document("# Action plan\nThe plan.", tables={1: [rows]})
    assert [(r.number, len(r.actions)) for r in parse_tables(document, [1])] == [("1", 1)]


def test_lettered_action_refs_beside_a_merged_recommendation_are_one_recommendations() -> None:
    from extraction.document import MergedCell

    rows = [["Rec No.", "Recommendation", "Action(s)", "Lead", "Target Date"],
            ["1a", _REC[3:], _ACTION, "Oakby Police", "March 2020"],
            ["1b", MergedCell(_REC[3:]), "Brief call handlers on the check", "Oakby Police", "June 2020"]]  # fmt: skip
    document = make_document("# Action plan\nThe plan.", tables={1: [rows]})
    assert [(r.number, [a.target_date for a in r.actions]) for r in parse_tables(document, [1])] == [
        ("1", ["2020-03", "2020-06"])
    ]


def test_a_bare_recommendation_label_row_numbers_the_row_under_it() -> None:
    rows = [["Recommendation", "Action", "Lead", "Target date"], ["Recommendation 1"] * 4,
            [_REC[3:], _ACTION, "Oakby Police", "March 2020"]]  # fmt: skip
    document = make_document("# Action plan\nThe plan.", tables={1: [rows]})
    assert [(r.number, r.text, len(r.actions)) for r in parse_tables(document, [1])] == [("1", _REC[3:], 1)]
