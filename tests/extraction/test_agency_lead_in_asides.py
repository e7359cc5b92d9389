"""What a document says about an addressee outside the recommendation, read past the asides real reports add: a
lead-in's supporter between commas ("X, supported by Y, should:"), an earlier lead-in the item reader kept as a
heading over later runs, and initials a PDF prints alone in a table cell over the row's text before the glossary
spells them out (made-up reports)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extraction.agency_context import agency_acronyms
from extraction.agency_lead_ins import lead_in_subject
from tests.extraction.builders import make_document

os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Northshire Police, supported by Northshire Women's Aid, should:", "Northshire Police"),
        (
            "Northshire Council's Children's Services, working with the Health Board, should:",
            "Northshire Council's Children's Services",
        ),
        ("Within six months, Northshire Police should:", "Northshire Police"),
    ],
)
def test_a_supporter_between_commas_is_no_lead_in_subject(text: str, subject: str) -> None:
    assert lead_in_subject(text) == subject


def test_initials_alone_in_a_table_cell_take_the_glossarys_meaning() -> None:
    # a PDF's table row "2 | NH | Staff in the emergency department ..." printed as lines, then the glossary
    document = make_document(
        "# Recommendations\n2\nNH\nStaff in the emergency department at Northshire General Hospital to ask\n"
        "about abuse when a patient returns with a new injury.\n\n# Glossary\nNH\nNorthshire Hospitals NHS Trust\n"
    )
    assert agency_acronyms(document).get("NH") == "Northshire Hospitals NHS Trust"


def test_a_rows_text_beside_a_cell_of_initials_is_no_meaning_of_them() -> None:
    document = make_document(
        "# Recommendations\n2\nNH\nStaff in the emergency department at Northshire General Hospital to ask\n"
        "about abuse when a patient returns with a new injury.\n"
    )
    assert "NH" not in agency_acronyms(document)


_REPORT = [
    "The review recommends that Northshire Council and Oak Homes:",
    "a) agree a sanctuary scheme for tenants who are over 60.",
    "The panel recommends that Eastby Mental Health NHS Foundation Trust:",
    "a) shares a patient's risk to a partner with the GP when the patient is discharged.",
]


def test_an_earlier_lead_in_is_no_heading_of_a_later_run(tmp_path: Path) -> None:
    import docx

    from extraction.pipeline import get_extractor

    doc = docx.Document()
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph("This review was commissioned by the Safer Northshire Partnership.")
    doc.add_heading("Recommendations", level=1)
    for line in _REPORT:
        doc.add_paragraph(line)
    path = tmp_path / "lead-ins.docx"
    doc.save(str(path))
    result = get_extractor().extract_path(path)
    assert [sorted(r.agencies) for r in result.recommendations] == [
        ["housing", "local_authority"],
        ["mental_health_services"],
    ]
