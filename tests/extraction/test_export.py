"""The draft action plan as CSV/XLSX: text from a report never becomes a live spreadsheet formula."""

from __future__ import annotations

import csv
import io

import pytest

from dhr.schema import Action, ExtractionResult, Recommendation, ReviewInfo, SourceInfo, TimelineEvent
from extraction.export import to_csv, to_xlsx

HOSTILE = [
    "=HYPERLINK(\"http://evil.invalid\",\"click\")",
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
                id="r1", number="1", text=text, agencies=["police"], themes=["training"],
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
