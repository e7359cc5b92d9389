"""A DOCX whose recommendations section is one table headed "Ref | Action | Responsible agency | Completion"
(the text column headed "Action", no "Recommendation" column): its rows are the recommendations, each for the
agency its row names, as the PDF of the same report reads them; the same table under an "Action plan" heading
stays an action plan (made-up report)."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

_ROWS = [
    (
        "1",
        "Review every case where a victim withdrew support for a prosecution twice in a year.",
        "Northshire Police - Public Protection Unit",
        "6 months",
    ),
    (
        "2",
        "Introduce routine enquiry about domestic abuse in the fracture clinic.",
        "Northshire Hospitals NHS Foundation Trust",
        "12 months",
    ),
    (
        "3",
        "Tenancy officers to consider whether reports of anti-social behaviour may indicate domestic abuse.",
        "Oakfield Homes",
        "12 months",
    ),
]


def _report(path: Path, heading: str) -> Path:
    import docx

    doc = docx.Document()
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph("This review was commissioned by the Northshire Community Safety Partnership.")
    doc.add_heading(heading, level=1)
    table = doc.add_table(rows=1, cols=4)
    for cell, text in zip(
        table.rows[0].cells, ("Ref", "Action", "Responsible agency", "Completion"), strict=True
    ):
        cell.text = text
    for row in _ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.save(str(path))
    return path


def test_action_table_under_recommendations_heading(tmp_path: Path) -> None:
    from extraction.pipeline import get_extractor

    result = get_extractor().extract_path(_report(tmp_path / "r.docx", "Recommendations"))
    got = [(r.number, r.text, r.agencies) for r in result.recommendations]
    assert got == [
        ("1", _ROWS[0][1], ["police"]),
        ("2", _ROWS[1][1], ["hospital"]),
        ("3", _ROWS[2][1], ["housing"]),
    ]


def test_action_column_lines_need_the_heading() -> None:
    from extraction.readers.docx_grid import action_column_lines

    rows = [["Ref", "Action", "Responsible agency", "Completion"], *[list(r) for r in _ROWS]]
    assert action_column_lines(rows, ["Action plan"]) is None
    assert (
        action_column_lines(
            [["No.", "Recommendation", "Action", "Lead"], ["1", "a b c d", "e", "f"]], ["Recommendations"]
        )
        is None
    )
    lines = action_column_lines(rows, ["Recommendations"])
    assert lines is not None
    assert lines[:3] == [f"1 {_ROWS[0][1]}", f"Responsible agency: {_ROWS[0][2]}", "Target date: 6 months"]
