"""The draft action plan as CSV/XLSX: text from a report never becomes a live spreadsheet formula."""

from __future__ import annotations

import csv
import io

import pytest

from dhr.schema import Action, ExtractionResult, Recommendation, ReviewInfo, SourceInfo, TimelineEvent
from extraction.export import to_csv, to_xlsx

HOSTILE = [
    '=HYPERLINK("http://evil.invalid","click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def _draft(text: str) -> ExtractionResult:
    return ExtractionResult(
        source=SourceInfo(filename="r.pdf", sha256="0" * 64, pages=1),
        review=ReviewInfo(title=text, csp=text, reference="DHR-1"),
        timeline=[TimelineEvent(event="death", date="2020-01-10", text=text)],
        recommendations=[
            Recommendation(
                id="r1",
                number="1",
                text=text,
                agencies=["police"],
                themes=["training"],
                actions=[Action(text=text, agencies=["police"])],
            )
        ],
    )


@pytest.mark.parametrize("text", HOSTILE)
def test_csv_cells_are_escaped_the_owasp_way(text: str) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(_draft(text)))))
    for column in ("Recommendation", "Action", "Review title", "CSP area"):
        cell = rows[0][column]
        assert cell == "'" + text, (column, cell)  # a leading quote: text to a spreadsheet, words unchanged


@pytest.mark.parametrize("text", HOSTILE)
def test_xlsx_text_cells_are_text_not_formulas(text: str) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(to_xlsx(_draft(text))))
    sheet = wb["Action plan"]
    header = [c.value for c in sheet[1]]
    for column in ("Recommendation", "Action", "Review title", "CSP area"):
        cell = sheet.cell(row=2, column=header.index(column) + 1)
        assert cell.data_type == "s" and cell.value == text, (column, cell.data_type, cell.value)
        assert cell.quotePrefix  # Excel keeps it text when the cell is edited
    text_cell = wb["Timeline"].cell(row=2, column=4)
    assert text_cell.data_type == "s" and text_cell.value == text


def test_ordinary_text_is_unchanged() -> None:
    draft = _draft("Police should review training - all officers.")
    rows = list(csv.DictReader(io.StringIO(to_csv(draft))))
    assert rows[0]["Recommendation"] == "Police should review training - all officers."
    assert rows[0]["Action target date"] == "" and rows[0]["Date of death"] == "2020-01-10"


def _sheet(draft: ExtractionResult):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(to_xlsx(draft)))
    sheet = wb["Action plan"]
    header = [c.value for c in sheet[1]]
    return wb, sheet, header


def test_xlsx_shows_the_forms_labels_and_keeps_the_ids_in_hidden_columns() -> None:
    from openpyxl.utils import get_column_letter

    draft = _draft("Police should review training.")
    draft.recommendations[0].themes = ["training", "policy"]
    _, sheet, header = _sheet(draft)
    cell = lambda name: sheet.cell(row=2, column=header.index(name) + 1).value  # noqa: E731
    assert cell("Recommendation agencies") == "Police"
    assert cell("Themes").startswith("Training; Policy")
    assert cell("Recommendation level") == "Local"
    assert cell("Themes (ids)") == "training; policy" and cell("Recommendation agencies (ids)") == "police"
    for name in ("Themes (ids)", "Recommendation agencies (ids)", "Action agencies (ids)"):
        assert sheet.column_dimensions[get_column_letter(header.index(name) + 1)].hidden
    assert not sheet.column_dimensions[get_column_letter(header.index("Themes") + 1)].hidden


def test_xlsx_dates_are_date_cells_at_their_precision() -> None:
    import datetime as dt

    draft = _draft("Police should review training.")
    draft.timeline.append(TimelineEvent(event="publication", date="2022-03", text="published March 2022"))
    draft.recommendations[0].target_date = "2023"
    wb, sheet, header = _sheet(draft)
    death = sheet.cell(row=2, column=header.index("Date of death") + 1)
    assert death.value == dt.datetime(2020, 1, 10) and death.number_format == "dd/mm/yyyy"
    published = sheet.cell(row=2, column=header.index("Date of publication") + 1)
    assert published.value == dt.datetime(2022, 3, 1) and published.number_format == "mmm yyyy"
    target = sheet.cell(row=2, column=header.index("Recommendation target date") + 1)
    assert target.value == dt.datetime(2023, 1, 1) and target.number_format == "yyyy"
    timeline = wb["Timeline"]
    assert timeline.cell(row=2, column=1).value == "Date of death"  # the event's label
    assert timeline.cell(row=2, column=2).is_date


def test_xlsx_has_the_forms_pick_lists_a_frozen_header_and_widths() -> None:
    from openpyxl.utils import get_column_letter

    wb, sheet, header = _sheet(_draft("Police should review training."))
    assert sheet.freeze_panes == "A2"
    assert wb["Lists"].sheet_state == "hidden"
    lists = {wb["Lists"].cell(row=1, column=c).value: c for c in range(1, wb["Lists"].max_column + 1)}
    values = lambda name: [  # noqa: E731
        wb["Lists"].cell(row=r, column=lists[name]).value for r in range(2, wb["Lists"].max_row + 1)
    ]
    assert "Not started" in values("action_status") and "Gold" in values("quality")
    assert "Police" in values("agencies") and "Regional" in values("levels")
    covered = {}
    for validation in sheet.data_validations.dataValidation:
        for rng in validation.sqref.ranges:
            covered[rng.min_col] = validation
    for name in (
        "Progress status of this action",
        "Status of implementation of this recommendation",
        "Quality of implementation",
        "Recommendation level",
        "Lead agency (as printed)",
        "Themes",
    ):
        validation = covered[header.index(name) + 1]
        assert validation.type == "list" and validation.formula1.startswith("Lists!$")
    assert covered[header.index("Quality of implementation") + 1].errorStyle == "stop"
    assert covered[header.index("Themes") + 1].errorStyle == "information"  # several themes may be given
    assert sheet.column_dimensions[get_column_letter(header.index("Recommendation") + 1)].width == 60


def test_analysis_tables_workbook_is_formula_safe() -> None:
    from openpyxl import load_workbook

    from extraction.export import tables_to_xlsx

    data = tables_to_xlsx(
        [("By area: counts/[x]", ["CSP", "n"], [["=cmd|' /C calc'!A0", 3], ["Northshire", 1]])]
    )
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    assert sheet.freeze_panes == "A2" and "/" not in sheet.title and "[" not in sheet.title
    assert sheet.cell(row=2, column=1).data_type == "s" and sheet.cell(row=2, column=2).value == 3
