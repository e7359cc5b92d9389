"""A small box of a recommendation's fields set just under it ("Lead agency | Timescale" over one row of values,
or label cells down the left): read as that recommendation's lead and target, its action being the
recommendation itself. Any other small table stays what it was. Text written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as make_docx

from extraction.pipeline import get_extractor
from extraction.plan_columns import classify_header, field_box

RECS = [
    "Northshire Constabulary should retrain its call handlers on recognising repeat callers at risk of harm.",
    "The housing provider should record every report of damage to a tenancy as a possible sign of abuse.",
]


@pytest.mark.parametrize(
    ("rows", "fields"),
    [
        ([["Lead agency", "Timescale"], ["Northshire Constabulary", "9 months"]],
         {"lead": "Northshire Constabulary", "target": "9 months"}),
        ([["Lead", "Northshire Housing"], ["Target date:", "April 2025"], ["Outcome", "Fewer missed signs"]],
         {"lead": "Northshire Housing", "target": "April 2025", "outcome": "Fewer missed signs"}),
    ],
)  # fmt: skip
def test_a_box_of_fields_gives_them_by_role(rows: list[list[str]], fields: dict[str, str]) -> None:
    assert field_box(rows) == fields


@pytest.mark.parametrize(
    "rows",
    [
        [["Name", "Role"], ["A. Person", "Independent chair"]],  # panel membership: no field named
        [["Agency", "Date", "Contact"], ["Police", "3 May", "Call"]],  # a chronology: "Contact" is no field
        [
            ["Lead agency", "Timescale"],
            ["Police", "6 months"],
            ["GP", "1 year"],
        ],  # several rows: a data table
        [["Outcome", "Milestones"], ["Audit done", "Quarterly"]],  # neither a lead nor a target
    ],
)
def test_other_small_tables_are_no_box(rows: list[list[str]]) -> None:
    assert field_box(rows) is None


def _report(path: Path, boxes: list[list[list[str]]]) -> Path:
    doc = make_docx()
    doc.add_heading("Introduction", 1)
    doc.add_paragraph("This review looked at the contact agencies had with the family over two years.")
    table = doc.add_table(rows=2, cols=2)  # an ordinary table before the recommendations: not a box
    for r, row in enumerate([["Panel member", "Agency"], ["A. Person", "Northshire Constabulary"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_heading("Recommendations", 1)
    for k, (text, box) in enumerate(zip(RECS, boxes, strict=True), 1):
        doc.add_paragraph(f"{k}. {text}")
        table = doc.add_table(rows=len(box), cols=len(box[0]))
        for r, row in enumerate(box):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
    doc.add_heading("Glossary", 1)
    doc.add_paragraph("MARAC: a meeting of agencies about victims at high risk.")
    doc.save(path)
    return path


def test_a_box_under_each_recommendation_is_its_lead_and_target(tmp_path: Path) -> None:
    boxes = [
        [["Lead agency", "Timescale"], ["Northshire Constabulary", "Ongoing"]],
        [["Lead agency", "Northshire Housing"], ["Target date", "30/09/2025"]],
    ]
    result = get_extractor().extract_path(_report(tmp_path / "boxes.docx", boxes))
    recs = result.recommendations
    assert [r.number for r in recs] == ["1", "2"]
    first, second = (r.actions for r in recs)
    assert len(first) == len(second) == 1
    # the action is the recommendation itself; a non-date stays text, a date is read
    assert first[0].text == recs[0].text and first[0].lead_text == "Northshire Constabulary"
    assert first[0].target_date is None and first[0].target_date_text == "Ongoing"
    assert second[0].lead_text == "Northshire Housing" and second[0].target_date == "2025-09-30"


# --------------------------------------------------------------------------------------------------------------
# a column of the agencies taking part is not the lead: those bodies are partners, not the addressee
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        (["No.", "Recommendation", "Agencies involved"], ["number", "rec", "partners"]),
        (["Recommendation", "Action", "Lead partner", "Supporting agencies", "Target date"],
         ["rec", "action", "lead", "partners", "target"]),
        (["Ref", "Recommendation", "Responsible partner"], ["number", "rec", "lead"]),
    ],
)  # fmt: skip
def test_involved_and_supporting_columns_are_partners(header: list[str], roles: list[str]) -> None:
    columns = classify_header(header)
    assert columns is not None
    assert [columns.get(i) for i in range(len(header))] == roles


def _table_report(path: Path, third: str) -> Path:
    doc = make_docx()
    doc.add_heading("Introduction", 1)
    doc.add_paragraph("This review looked at the contact agencies had with the family over two years.")
    doc.add_heading("Recommendations", 1)
    rows = [
        ["No.", "Recommendation", third],
        [
            "1",
            "A leaflet on coercive control should be written and handed out at every surgery.",
            "Home Office",
        ],
        [
            "2",
            "Northshire Constabulary should retrain its call handlers on recognising repeat callers.",
            "Probation",
        ],
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    doc.add_heading("Glossary", 1)
    doc.add_paragraph("MARAC: a meeting of agencies about victims at high risk.")
    doc.save(path)
    return path


def test_agencies_involved_do_not_become_the_addressee(tmp_path: Path) -> None:
    involved = get_extractor().extract_path(_table_report(tmp_path / "involved.docx", "Agencies involved"))
    assert [r.number for r in involved.recommendations] == ["1", "2"]
    assert "home_office" not in involved.recommendations[0].agencies
    assert involved.recommendations[1].agencies == ["police"]
    # under a "Lead agency" column the same subject-less text takes the lead cell (LABELLING-GUIDE rule 3)
    lead = get_extractor().extract_path(_table_report(tmp_path / "lead.docx", "Lead agency"))
    assert "home_office" in lead.recommendations[0].agencies
