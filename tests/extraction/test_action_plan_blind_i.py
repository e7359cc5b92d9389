"""Readings found missing by blind set 9 (``plans_blind_i``), each on text written for these tests: unmarked
paragraph actions beside date lines that open with "By", "End of" or "w/c", such a row cut by the page break,
one plan table per agency under the agency's name (numbers restarting at 1 per agency), date words a narrow
column broke ("31.03 .25", "Sprin g 2025"), and a new action row at a page top beside Lead and Target cells
merged down from the page before (set 8's ``blindh-01-pdf``)."""

from __future__ import annotations

import pytest

from extraction.action_plan import parse_tables
from extraction.document import LocatedTable, MergedCell
from tests.extraction.builders import make_document


def _read(tables: dict[int, list[object]]) -> list[tuple[str | None, list[tuple[str, str | None]]]]:
    pages = sorted(tables)
    text = "\f".join("#Action plan\n" for _ in range(max(pages)))
    rows = parse_tables(make_document(text, tables=tables), pages)  # type: ignore[arg-type]
    return [(r.number, [(a.text, a.target_date) for a in r.actions]) for r in rows]


def test_paragraph_actions_beside_date_lines_that_open_with_words() -> None:
    table = [
        ["No.", "Actions", "Lead", "Target date"],
        ["1", "Draft the panel's terms Invite a member from each agency Hold a first meeting",
         "Ferncliff Council", "By October 2024 w/c 11/11/2024 Ongoing - reviewed annually"],
    ]  # fmt: skip
    assert _read({1: [table]}) == [
        ("1", [("Draft the panel's terms", "2024-10"), ("Invite a member from each agency", "2024-11-11"),
               ("Hold a first meeting", None)]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("cell", "parts"),
    [
        ("End of Q4 2024/25 TBC", ["End of Q4 2024/25", "TBC"]),
        ("By 31 March 2025 Ongoing", ["By 31 March 2025", "Ongoing"]),
        ("March 2025, Ongoing", ["March 2025", "Ongoing"]),  # a comma parts two targets
        ("March 2025 then annually", []),  # one target: the words join its parts
        ("April 2024 - March 2025", []),  # a range is one target
        ("Ongoing - reviewed annually", []),
    ],
)
def test_whole_targets_one_after_another(cell: str, parts: list[str]) -> None:
    from extraction.plan_actions import _whole_parts

    assert _whole_parts(cell) == parts


def test_a_cut_row_of_paragraph_actions_is_read_whole() -> None:
    header = ["Recommendation", "Actions", "Lead", "Target date"]
    above = [header, ["1. Ferncliff Council should review every case where a", "Draft the panel's terms Invite a",
                      "Ferncliff Council", "By October 2024"]]  # fmt: skip
    below = [header, ["tenant who reports abuse is evicted.", "member from each agency Hold a first meeting", "",
                      "w/c 11/11/2024 Ongoing"]]  # fmt: skip
    assert _read({1: [above], 2: [below]}) == [
        ("1", [("Draft the panel's terms", "2024-10"), ("Invite a member from each agency", "2024-11-11"),
               ("Hold a first meeting", None)]),
    ]  # fmt: skip


def test_one_table_per_agency_under_its_name() -> None:
    rows = [["Rec", "Action", "Target date"], ["1", "Add a weapons question to the form", "March 2025"]]
    tables = [LocatedTable(rows, ["Action plan", "Ferncliff Police"]),
              LocatedTable(rows, ["Ferncliff Police", "Ferncliff Council"])]  # fmt: skip
    plan = parse_tables(make_document("#Action plan\n", tables={1: tables}), [1])
    assert [(r.lead_text, [a.agencies for a in r.actions]) for r in plan] == [
        ("Ferncliff Police", [["police"]]),
        ("Ferncliff Council", [["local_authority"]]),
    ]
    # a title or a sentence above the table names no lead
    for before in (["Action plan"], ["The police agreed these actions with the panel."]):
        found = parse_tables(make_document("#Action plan\n", tables={1: [LocatedTable(rows, before)]}), [1])
        assert found[0].lead_text is None


def test_recommendations_numbered_from_1_under_each_agency_take_their_agency_tables_actions() -> None:
    from extraction.pipeline import get_extractor

    text = (
        "#Recommendations\n#Ferncliff Police\n1. Officers should ask about weapons at every call.\n"
        "2. The force should check bail conditions with the victim.\n#Ferncliff Council\n"
        "1. The council should train its debt advisers on economic abuse.\n"
        "2. The council should tell tenants how to stay in the home.\n#Action plan\n"
    )
    tables = [
        LocatedTable([["Rec", "Action", "Target date"], ["1", "Add a weapons question", "March 2025"],
                      ["2", "Write bail checks into the procedure", "June 2025"]], ["Action plan", "Ferncliff Police"]),
        LocatedTable([["Rec", "Action", "Target date"], ["1", "Book the training", "Autumn 2024"],
                      ["2", "Write a leaflet", "28/06/25"]], ["Ferncliff Council"]),
    ]  # fmt: skip
    result = get_extractor()(make_document(text, tables={1: tables}))
    assert [(r.number, [a.text for a in r.actions]) for r in result.recommendations] == [
        ("1", ["Add a weapons question"]),
        ("2", ["Write bail checks into the procedure"]),
        ("1", ["Book the training"]),
        ("2", ["Write a leaflet"]),
    ]


@pytest.mark.parametrize(
    ("cell", "iso"),
    [("31.03 .25", "2025-03-31"), ("31/03 /2025", "2025-03-31"), ("Sprin g 2025", "2025"),
     ("Autum n 2024", "2024")],
)  # fmt: skip
def test_date_words_a_narrow_column_broke(cell: str, iso: str) -> None:
    from extraction.target_dates import plan_target

    found = plan_target(cell)
    assert found is not None and found.iso == iso


def test_a_new_action_at_a_page_top_beside_cells_merged_from_the_page_before() -> None:
    header = ["Recommendation", "Action", "Lead", "Target date"]
    above = [header,
             ["1. Ferncliff Police should ask about strangulation.", "Add the question to the form",
              "Ferncliff Police", "By end of Q2 2024/25"],
             [MergedCell("1. Ferncliff Police should ask about strangulation."),
              "Brief every sergeant on how to record the answer", MergedCell("Ferncliff Police"),
              MergedCell("By end of Q2 2024/25")]]  # fmt: skip
    below = [header,
             ["", "Put a module into the training days", "", ""],
             [MergedCell(""), "Dip sample forty reports", MergedCell(""), MergedCell("")]]  # fmt: skip
    assert _read({1: [above], 2: [below]}) == [
        ("1", [("Add the question to the form", "2024-09"),
               ("Brief every sergeant on how to record the answer", "2024-09"),
               ("Put a module into the training days", "2024-09"), ("Dip sample forty reports", "2024-09")]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("above", "rest", "own"),
    [
        ("Brief every sergeant on how to record the answer", "Put a module into training", True),
        ("Add the check to the", "Domestic abuse form", False),  # cut after a word no sentence ends on
        ("Share the guide with the adult", "Social Care teams", False),  # the rest of a name
        ("Share the guide with Adult", "Social care teams", False),
        ("Write the guide.", "Managers will check it", False),  # two sentences of one cell: left as read
    ],
)
def test_what_starts_an_action_of_its_own_under_a_page_break(above: str, rest: str, own: bool) -> None:
    from extraction.plan_continued import _starts_own_action

    assert _starts_own_action(above, rest) is own
