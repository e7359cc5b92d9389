"""Readings found by the DOCX / PDF differential probe (``evaluation.docx_pdf_probe``), on text written for these
tests: a plan with no action column ("No. | Recommendation | Agency | Timescale") whose row the page break cut
inside the recommendation and the agency's name ("Kent Children's" | "Social Services"); the PDF gave the lead as
its first half (the DOCX reads the cell whole); target cells whose words a narrow PDF column broke ("Complet e"),
printed whole in the DOCX. And the probe's own comparison."""

from __future__ import annotations

import pytest

from evaluation.docx_pdf_probe import compare
from extraction.action_plan import PlanRow
from extraction.plan_continued import continues_split_row
from extraction.target_dates import closed_up


def test_a_cut_lead_cell_of_a_plan_with_no_action_column_is_joined() -> None:
    header = {0: "number", 1: "rec", 2: "lead", 3: "target"}
    out = [PlanRow(number="2", text="When staff speak to a parent about abuse, they", page=1,
                   lead_text="Ashby Children's", target_text="March 2026")]  # fmt: skip
    assert continues_split_row(
        ["", "should ask who the children live with.", "Social Care", ""], header, out, True
    )
    assert (out[0].text, out[0].lead_text, out[0].target_text) == (
        "When staff speak to a parent about abuse, they should ask who the children live with.",
        "Ashby Children's Social Care",
        "March 2026",
    )


def _rec(number: str, text: str, *actions: tuple[str, str, str | None]) -> dict[str, object]:
    return {
        "number": number,
        "text": text,
        "actions": [
            {"text": t, "lead": lead, "agencies": [], "date": d, "date_text": d} for t, lead, d in actions
        ],
    }


def test_the_probe_names_each_kind_of_disagreement() -> None:
    docx = [
        _rec("1", "Ashby Police should audit referrals.", ("Audit the referrals", "Ashby Police", "2025-06"),
             ("Train the call handlers", "Ashby Police", None)),
        _rec("2", "Ashby Council should write guidance.", ("Write the guidance", "Ashby Council", None)),
    ]  # fmt: skip
    pdf = [
        _rec("1", "Ashby Police should audit referrals.", ("Audit the referrals", "Ashby", "2025-03")),
        _rec("3", "Ashby Council should write guidance.", ("Write the guidance", "Ashby Council", None)),
        _rec(None, "Practitioners should be curious.", ),
    ]  # fmt: skip
    kinds = sorted(kind for kind, _ in compare(docx, pdf))
    assert kinds == ["action_date", "action_lead", "action_missing", "rec_extra", "rec_number"]
    assert compare(docx, docx) == []


@pytest.mark.parametrize(
    ("cell", "printed"),
    [
        ("Complet e", "Complete"),
        ("• Comp lete • Ongoi ng - revie wed annu ally", "• Complete • Ongoing - reviewed annually"),
        ("• 31.03 .25 • 2024/ 25 • Sprin g 2025", "• 31.03.25 • 2024/25 • Spring 2025"),
        ("30/09/201 7", "30/09/2017"),
        ("Q1 2022/2 3", "Q1 2022/23"),
        ("Within 3 months of publicatio n", "Within 3 months of publication"),
        # words that make no target word joined stay apart
        ("to be confirmed", "to be confirmed"),
        ("March 2019 and ongoing", "March 2019 and ongoing"),
    ],
)
def test_a_target_cell_broken_by_a_narrow_pdf_column_is_closed_up(cell: str, printed: str) -> None:
    # the PDF of a plan wraps words inside a narrow date column; the DOCX of the same plan prints them whole
    assert closed_up(cell) == printed
