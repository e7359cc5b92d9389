"""A plan set out one recommendation to a table, labels down the left ("Recommendation 1 | <text>", "Action |
...", "Lead | ...", "Target date | ..."), found unread by probing a Word document built for the purpose: each table
is one recommendation's plan row (had given the labels themselves as actions). A table of a recommendation's
fields with no action stays no plan (``test_action_plan_records``)."""

from __future__ import annotations

from extraction.action_plan import parse_tables
from extraction.plan_columns import classify_header
from extraction.plan_records import record_fields
from tests.extraction.builders import make_document

_REC = "Oakby Police should check both partners' records before grading a domestic abuse call."


def _record(label: str, action: str, target: str) -> list[list[str]]:
    return [[label, _REC], ["Action", action], ["Lead", "Oakby Police"], ["Target date", target],
            ["Progress", "Started 02/02/2020"]]  # fmt: skip


def test_record_tables_are_plan_rows() -> None:
    tables = [
        _record("Recommendation 1", "Add a both-partners check to the grading guide", "March 2020"),
        _record(
            "Recommendation 2:", "1. Brief call handlers 2. Audit graded calls", "1. Q2 2020/21 2. Ongoing"
        ),
    ]
    document = make_document("# Action plan\nThe plan.", tables={1: tables})
    assert [
        (r.number, r.text, [(a.text, a.target_date, a.lead_text) for a in r.actions])
        for r in parse_tables(document, [1])
    ] == [
        ("1", _REC, [("Add a both-partners check to the grading guide", "2020-03", "Oakby Police")]),
        (
            "2",
            _REC,
            [
                ("Brief call handlers", "2020-09", "Oakby Police"),
                ("Audit graded calls", None, "Oakby Police"),
            ],
        ),
    ]


def test_the_number_on_a_row_of_its_own() -> None:
    rows = [["Recommendation number", "3"], ["Recommendation", _REC], ["Action", "Add a check"],
            ["Target date", "June 2020"]]  # fmt: skip
    assert record_fields(rows) == {"number": "3", "rec": _REC, "action": "Add a check", "target": "June 2020"}


def test_a_record_with_no_action_or_a_grid_is_no_record() -> None:
    assert (
        record_fields([["Recommendation 1", _REC], ["Scope", "Local"], ["Lead agency", "Oakby Police"]])
        is None
    )
    assert record_fields([["Recommendation", "Action", "Lead"], [_REC, "Add a check", "Police"]]) is None


def test_an_action_cell_naming_partners_is_no_header() -> None:
    assert classify_header(["Action", "Add a both-partners check to the grading guide"]) is None
