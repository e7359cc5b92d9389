"""A recommendations table's row cut by a page break with no header repeated (dev8-10 in some reprints): the next
page is not read as the table's, so the row's text stops at the break; the page flow read it on."""

from __future__ import annotations

import pytest

from extraction.action_plan import PlanRow
from extraction.document import Line
from extraction.pipeline import _Draft, _recommendation_tables
from extraction.recommendations import RawItem
from extraction.sections import Section

FULL = (
    "NHS England should check the quality of records made by the GP visited by the victim after her overdose."
)
WHOLE = "Kent Police must review its response to calls made by the victim."


def _draft(number: str, text: str) -> _Draft:
    item = RawItem(number=number, text=text, page=1, section="overview", heading=None)
    return _Draft(item=item, text=text, actions=[])


def _read(rows: list[PlanRow], drafts: list[_Draft]) -> list[str]:
    section = Section(kind="overview", heading="Recommendations", lines=[Line(text="x", page=1)])
    kept, _rest = _recommendation_tables(drafts, rows, [section])
    return [d.text for d in kept]


def test_a_row_cut_at_the_page_foot_takes_the_flow_text_it_starts() -> None:
    rows = [
        PlanRow(number="1", text=WHOLE, page=1, lead_text="Kent Police"),
        PlanRow(number="2", text=FULL[:62], page=1, lead_text="NHS England"),
    ]
    assert _read(rows, [_draft("1", WHOLE), _draft("2", FULL)]) == [WHOLE, FULL]


def test_a_whole_row_keeps_its_own_text_over_longer_flow_text() -> None:
    # a row ending at a full stop is whole: flow text running on past it took in what follows the table
    longer = f"{WHOLE} Kent Police will report back by March."
    rows = [PlanRow(number="1", text=WHOLE, page=1, lead_text="Kent Police")]
    assert _read(rows, [_draft("1", longer)]) == [WHOLE]


@pytest.mark.parametrize(
    ("cell", "number"),
    [("12 The police should", "12"), ("1.2.3 Review", "1.2.3"), ("3a) Audit", "3a"), ("(b) Brief", None),
     ("1997 relating to the second tenancy", None), ("2020/21 plan", None)],
)  # fmt: skip
def test_a_year_opening_a_cut_cell_is_no_row_number(cell: str, number: str | None) -> None:
    # the top of a row cut by a page break can start with a year ("1997 relating to ..."): read as a row
    # numbered "199" it would start a new row instead of continuing the cut one
    from extraction.plan_continued import NUMBER_IN_CELL

    m = NUMBER_IN_CELL.match(cell)
    assert (m.group("n") if m else None) == number
