"""A lead-in naming the subject of the lettered items under it ("X and Y should each:", "The panel recommends
that X:", "X should:") gives them their addressee (LABELLING-GUIDE rule 3), in a DOCX and in a PDF that wraps
the lead-in over two lines; the next group's lead-in, not the last one's, is the next items' (made-up reports)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extraction.agency_lead_ins import lead_in_subject
from tests.extraction.builders import make_document

os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Northshire Hospitals NHS Trust and Eastby Mental Health NHS Foundation Trust should each:",
            "Northshire Hospitals NHS Trust and Eastby Mental Health NHS Foundation Trust",
        ),
        ("The Panel recommends that the Safer Northshire Partnership:", "the Safer Northshire Partnership"),
        ("The Safer Northshire Partnership should:", "The Safer Northshire Partnership"),
        ("3. Within six months, Northshire Police should:", "Northshire Police"),
        ("It is recommended that Oakfield Homes:", "Oakfield Homes"),
        ("The panel makes the following recommendations:", None),
        ("It is recommended that:", None),
        ("The panel would like to see:", None),
        ("The review panel makes the following recommendations to all agencies in Northshire:", None),
    ],
)
def test_lead_in_subject(text: str, subject: str | None) -> None:
    assert lead_in_subject(text) == subject


_REPORT = """# Recommendations

The Panel recommends that Northshire Police:

a) reviews how it identifies repeat victims whose partners change;

b) ensures that body-worn video is used at every domestic incident.

Northshire Hospitals NHS Trust and Eastby Mental Health NHS Foundation
Trust should each:

a) audit how their staff ask about domestic abuse in the emergency department;

b) make sure that every referral to an IDVA is recorded in the patient's notes.

The Safer Northshire Partnership should:

a) write to the Police and Crime Commissioner about the funding of IDVAs in the borough;

b) ask the local refuge to report each quarter on the victims it could not reach.
"""

_EXPECTED = [
    ["police"],
    ["police"],
    ["hospital", "mental_health_services"],
    ["hospital", "mental_health_services"],
    ["community_safety_partnership"],
    ["community_safety_partnership"],
]


@pytest.fixture(scope="module")
def extractor():  # noqa: ANN201 - the pipeline's extractor
    from extraction.pipeline import get_extractor

    return get_extractor()


def test_wrapped_lead_ins_over_lettered_items(extractor) -> None:  # noqa: ANN001
    # (a PDF's wrapped lead-in: two lines of one paragraph, the first of which reads like an agency heading)
    result = extractor(make_document(_REPORT))
    assert [sorted(r.agencies) for r in result.recommendations] == _EXPECTED


def test_docx_lead_ins_over_lettered_items(extractor, tmp_path: Path) -> None:  # noqa: ANN001
    import docx

    doc = docx.Document()
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph("This review was commissioned by the Safer Northshire Partnership.")
    doc.add_heading("Recommendations", level=1)
    for block in _REPORT.split("\n\n")[1:]:
        doc.add_paragraph(" ".join(block.split()))
    path = tmp_path / "lead-ins.docx"
    doc.save(str(path))
    result = extractor.extract_path(path)
    assert [sorted(r.agencies) for r in result.recommendations] == _EXPECTED
