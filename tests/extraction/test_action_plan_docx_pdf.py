"""Readings found by the DOCX / PDF differential probe (``evaluation.docx_pdf_probe``), on text written for these
tests: a plan with no action column ("No. | Recommendation | Agency | Timescale") whose row the page break cut
inside the recommendation and the agency's name ("Kent Children's" | "Social Services"); the PDF gave the lead as
its first half (the DOCX reads the cell whole); target cells whose words a narrow PDF column broke ("Complet e"),
printed whole in the DOCX. And the probe's own comparison."""

from __future__ import annotations

import pytest

from dhr.schema import SourceInfo
from evaluation.docx_pdf_probe import compare
from extraction.action_plan import PlanRow
from extraction.document import Document, Line, Page
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


@pytest.mark.parametrize(
    ("above", "rest", "whole", "agency"),
    [
        ("Cornwall & Isles of Scilly (IoS) Public", ["", "", "Health", "", ""],
         "Cornwall & Isles of Scilly (IoS) Public Health", "public_health"),
        ("Head of Service, Safeguarding, Ashby City Council Children, Young", ["", "", "People and Families", "", ""],
         "Head of Service, Safeguarding, Ashby City Council Children, Young People and Families",
         "childrens_social_care"),
        # beside the rest of the outcome cell
        ("Community Safety Manager, Ashby", ["", "", "Community Safety Partnership", "", "board, 14/10/2016"],
         "Community Safety Manager, Ashby Community Safety Partnership", "community_safety_partnership"),
    ],
)  # fmt: skip
def test_the_rest_of_a_lead_cell_cut_by_a_page_break_joins_it(
    above: str, rest: list[str], whole: str, agency: str
) -> None:
    from extraction.plan_actions import actions_from_cells

    header = {0: "rec", 1: "action", 2: "lead", 3: "target", 4: "outcome"}
    row = PlanRow(number="3", text="Ashby should audit the cases.", page=4)
    row.actions = actions_from_cells(
        "Dip sample twenty cases", above, "01/11/2023", 4, None, "Audit report to the"
    )
    assert continues_split_row(rest, header, [row], True)
    assert (len(row.actions), row.actions[0].lead_text) == (1, whole)
    assert agency in row.actions[0].agencies
    # not at a page top, or with an action of its own, it is a row of its own
    other = PlanRow(number="3", text="Ashby should audit the cases.", page=4)
    other.actions = actions_from_cells("Dip sample twenty cases", above, "01/11/2023", 4, None, None)
    assert not continues_split_row(["", "Write the guidance", "Ashby Council", "", ""], header, [other], True)
    assert other.actions[0].lead_text == above


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


def test_a_lead_cell_cut_after_the_row_label_goes_on_under_the_page_break() -> None:
    from extraction.action_plan import parse_tables
    from tests.extraction.builders import make_document

    page1 = [
        ["Recommendation", "Lead agency", "Target date"],
        ["Recommendation 1 Ashby Police should audit referrals.", "Ashby Police", "March 2017"],
        ["Recommendation 2", "Kent and Medway", "Q1 2018/19"],
    ]
    page2 = [["That someone diagnosed with dementia should be offered a discussion.", "CCG", ""]]
    doc = make_document("#Action Plan\n\f\n", tables={1: [page1], 2: [page2]})
    rows = parse_tables(doc, [1, 2])
    assert [(r.number, r.text[:20], r.lead_text) for r in rows] == [
        ("1", "Ashby Police should ", "Ashby Police"),
        ("2", "That someone diagnos", "Kent and Medway CCG"),
    ]


def _pdf_document(lines: list[tuple[str, float, float]]) -> Document:
    source = SourceInfo(filename="made-up.pdf", sha256="0" * 64, pages=1, format="pdf")
    page = [Line(text=t, page=1, x0=x, y0=y, x1=x + 5 * len(t), y1=y + 10, size=10.0) for t, x, y in lines]
    return Document(source=source, pages=[Page(number=1, lines=page)])


def test_plan_cells_read_line_by_line_are_no_glossary() -> None:
    from extraction.agency_context import agency_acronyms

    # a Lead cell of initials over the next row's Lead cell, a Target cell beside the next row's: no entries
    plan = _pdf_document(
        [("CCG", 442, 93), ("Kent Police", 442, 184), ("Ongoing", 544, 184), ("TBC", 544, 348),
         ("Kent Police", 442, 500)]
    )  # fmt: skip
    assert agency_acronyms(plan) == {}
    # a glossary table's row (initials beside the meaning) and an entry printed under its initials are
    glossary = _pdf_document(
        [("NCA", 90, 518), ("Northern Care Alliance NHS Foundation Trust", 189, 518), ("RBC", 90, 540),
         ("Rochdale Borough Council", 90, 552)]
    )  # fmt: skip
    assert agency_acronyms(glossary) == {
        "NCA": "Northern Care Alliance NHS Foundation Trust",
        "RBC": "Rochdale Borough Council",
    }


def test_a_margin_number_under_a_large_running_line_stays_in_the_body() -> None:
    from extraction.readers.cleanup import drop_headers_footers

    def page(number: int) -> Page:
        # (text, x0, y0, y1, size): a running title, a 28 pt marking whose tall box ends 12 pt over the margin
        # number "1" of the first recommendation, printed beside its text
        texts = [
            ("Ashby Domestic Homicide Review - Ms A", 72.0, 38.0, 50.0, 12.0),
            ("DRAFT - not for circulation", 72.0, 54.0, 82.0, 28.0),
            ("1", 72.0, 94.0, 106.0, 12.0),
            ("To raise the value of adult safeguarding training.", 108.0, 94.0, 106.0, 12.0),
        ]
        lines = [
            Line(text=t, page=number, x0=x, y0=y, x1=x + 6 * len(t), y1=y1, size=s)
            for t, x, y, y1, s in texts
        ]
        return Page(number=number, height=842.0, lines=lines)

    pages = [page(n) for n in range(1, 4)]
    # (the zone holds the first running line; the marking goes on from it, 4 pt under it)
    drop_headers_footers(pages, lambda p, ln: ln.y1 <= 50.0 or ln.y1 > 0.92 * p.height)
    assert all(
        [ln.text for ln in p.lines] == ["1", "To raise the value of adult safeguarding training."]
        for p in pages
    )


def test_a_glossary_cell_that_goes_on_past_the_name_gives_the_name() -> None:
    from extraction.agency_context import agency_acronyms

    source = SourceInfo(filename="made-up.docx", sha256="0" * 64, pages=1, format="docx")
    table = [
        ["Term", "Meaning"],
        ["NCA", "Northern Care Alliance NHS Foundation Trust, which runs Rochdale Infirmary and Fairfield General "
                "Hospital"],
    ]  # fmt: skip
    document = Document(source=source, pages=[Page(number=1, native_tables=[table])])
    assert agency_acronyms(document) == {"NCA": "Northern Care Alliance NHS Foundation Trust"}
