"""Action plans drawn in Word's shaded table styles (Light / Medium Shading): no vertical rules, every other row
filled cell by cell, an unfilled header between two rules. The filled cells' edges are the table's columns; the
unfilled rows between them must be read in the same columns, not as one cell holding the whole row, and the
unfilled header must be read as the table's first row. A data row holding column words by chance ("... lead
..." | "No" under Completed) is no header repeated."""

from __future__ import annotations

import pymupdf
import pytest

from extraction.action_plan import PlanRow, _consume_row
from extraction.plan_columns import classify_header
from extraction.readers.pdf_tables import PdfTableFinder

COLUMNS = [50, 200, 330, 430, 545]
HEADER = ["Recommendation", "Action", "Lead Officer", "Target Date"]
FILL = (0.83, 0.87, 0.93)


def _shaded_page(rows: list[tuple[float, float, list[str]]], borders: bool = False) -> bytes:
    """A page with a shaded plan: ``rows`` of (top, bottom, cells); even rows filled cell by cell, odd ones left
    blank (no lines at all); the header (60-90) between two full-width rules and otherwise undrawn. ``borders``:
    the table's left and right edges ruled (Medium Shading), else undrawn (Light Shading)."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for y in (60, 90):
        page.draw_line((COLUMNS[0], y), (COLUMNS[-1], y), color=(0.3, 0.5, 0.74), width=1)
    if borders:
        for x in (COLUMNS[0], COLUMNS[-1]):
            page.draw_line((x, 60), (x, rows[-1][1]), color=(0.3, 0.5, 0.74), width=1)
    for x, text in zip(COLUMNS, HEADER, strict=False):
        page.insert_text((x + 5, 79), text, fontsize=9)
    for n, (top, bottom, cells) in enumerate(rows):
        if n % 2 == 0:
            for x0, x1 in zip(COLUMNS, COLUMNS[1:], strict=False):
                page.draw_rect(pymupdf.Rect(x0, top, x1, bottom), color=None, fill=FILL, width=0)
        for x, text in zip(COLUMNS, cells, strict=False):
            page.insert_text((x + 5, top + 14), text, fontsize=9)
    page.draw_line((COLUMNS[0], rows[-1][1]), (COLUMNS[-1], rows[-1][1]), color=(0.3, 0.5, 0.74), width=1)
    data = doc.tobytes()
    doc.close()
    return data


def _read(data: bytes) -> list[list[str]]:
    finder = PdfTableFinder(data)
    try:
        return [[str(c) for c in row] for table in finder(1) for row in table]
    finally:
        finder.close()


PLAN = [
    (90, 120, ["9.2 Share the plan.", "Revise the policy", "MARAC Chair", "Q4 2015/16"]),
    (120, 150, ["9.3 Train staff.", "Include the learning", "All agencies", "30/06/2016"]),
    (150, 180, ["9.4 Audit cases.", "Dip sample 20 cases", "Community Safety", "Ongoing"]),
    (180, 210, ["9.5 Brief teams.", "Issue a briefing", "All agencies", "Q1 2016/17"]),
]


@pytest.mark.parametrize("borders", [False, True])
def test_unfilled_bands_are_read_in_the_filled_rows_columns(borders: bool) -> None:
    rows = _read(_shaded_page(PLAN, borders))
    assert ["9.3 Train staff.", "Include the learning", "All agencies", "30/06/2016"] in rows
    assert ["9.5 Brief teams.", "Issue a briefing", "All agencies", "Q1 2016/17"] in rows
    assert ["9.2 Share the plan.", "Revise the policy", "MARAC Chair", "Q4 2015/16"] in rows


@pytest.mark.parametrize("borders", [False, True])
def test_unfilled_header_between_two_rules_is_the_tables_first_row(borders: bool) -> None:
    rows = _read(_shaded_page(PLAN, borders))
    assert rows[0] == HEADER
    assert len(rows) == 5


def test_a_row_merged_across_keeps_its_text_whole() -> None:
    # a theme row in an unfilled band whose words run over the column edges: one cell across, not split
    theme = "Theme two: information sharing between agencies and the recording of every disclosure made"
    plan = [PLAN[0], (120, 150, [theme]), PLAN[2]]
    rows = _read(_shaded_page(plan, borders=True))
    merged = next(row for row in rows if row[0].startswith("Theme two"))
    assert merged[0] == theme
    assert not any(merged[1:])


def test_a_data_row_with_column_words_is_no_header_repeated() -> None:
    header = classify_header(
        ["Recommendation", "Scope", "Action", "Lead", "Target date", "Outcome", "Completed"]
    )
    assert header is not None
    first = ["9.2 The Home Office should amend the leaflets.", "National", "Add the learning to training",
             "Home Office", "30 September 2024", "Staff know what is expected", "Yes - 14/02/2024"]  # fmt: skip
    second = ["", "", "Nominate a named lead to oversee the change", "Home Office", "Ongoing",
              "Audit shows the change is in use", "No"]  # fmt: skip
    out: list[PlanRow] = []
    _consume_row(first, header, 5, out, None)
    _consume_row(second, header, 5, out, None)
    assert [a.text for a in out[-1].actions] == [
        "Add the learning to training",
        "Nominate a named lead to oversee the change",
    ]


def test_a_header_repeated_on_a_continuation_page_is_still_skipped() -> None:
    printed = ["Recommendation", "Action", "Lead", "Target date"]
    header = classify_header(printed)
    assert header is not None
    out: list[PlanRow] = []
    _consume_row(["1. Train staff.", "Run a course", "Police", "June 2020"], header, 3, out, None)
    _consume_row(printed, header, 4, out, None)
    assert len(out) == 1
    assert [a.text for a in out[0].actions] == ["Run a course"]


def test_a_labelled_row_naming_the_lead_by_chance_is_no_header_repeated() -> None:
    header = classify_header(
        ["Recommendation", "Action", "Lead Officer", "Target Date", "Evidence of completion"]
    )
    assert header is not None
    out: list[PlanRow] = []
    _consume_row(["Recommendation 6", "Agree the new process", "GP practices", "Completed", "Briefing note"],
                 header, 6, out, None)  # fmt: skip
    _consume_row(["Recommendation 7", "Monitor compliance through the quarterly performance report",
                  "DHR Policy Lead, Home Office", "12 months", "Revised policy on the intranet"],
                 header, 6, out, None)  # fmt: skip
    assert [(row.number, [a.text for a in row.actions]) for row in out] == [
        ("6", ["Agree the new process"]),
        ("7", ["Monitor compliance through the quarterly performance report"]),
    ]
