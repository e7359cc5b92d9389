"""Word-processor layouts of ``annotations/wordproc/dev17`` (whole DHR/DARDR reports of 2012-2025): the readings
its errors showed wrong once it became a dev set, in made-up text, and the committed dev17 documents end to end
(no ``soffice`` needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extraction.sections import Section
from tests.extraction.wordproc_sets import (
    assert_set,
    line,
    set_extractor,  # noqa: F401  (the fixture "extractor")
)

ROOT = Path(__file__).resolve().parents[2]
DEV17 = ROOT / "annotations" / "wordproc" / "dev17"


def _chapter(heading: str, lines: list) -> list:  # type: ignore[type-arg]
    from extraction.recommendations import extract_items

    return extract_items([Section(heading=heading, kind="overview", lines=lines)], 10.0)


def test_numbered_conclusions_between_labelled_recommendations_are_not_recommendations() -> None:
    # a "Conclusions and Recommendations" chapter numbering its paragraphs, each recommendation a
    # "Recommendation N" label over an unnumbered text: a conclusion worded with "should" is still a conclusion
    lines = [
        line("5.1 The clinic discharged the patient after two missed appointments.", 60, 100, 500, block=1),
        line("Recommendation 1", 40, 120, 200, block=2, bold=True),
        line("Eastby Hospitals Trust should write a policy on missed appointments.", 40, 140, 500, block=3),
        line("5.2 The panel considers that a patient who stops coming should not simply be discharged.", 60, 160, 500, block=4),
        line("Recommendation 2", 40, 180, 200, block=5, bold=True),
        line("GP practices should ask new patients about domestic abuse at registration.", 40, 200, 500, block=6),
    ]  # fmt: skip
    got = _chapter("5. Conclusions and Recommendations", lines)
    assert [(i.number, i.text.split()[0]) for i in got] == [("1", "Eastby"), ("2", "GP")]
    # with no labelled recommendation in the chapter, its numbered "should" paragraphs are still read
    plain = [ln for ln in lines if not ln.text.startswith(("Recommendation", "Eastby", "GP"))]
    assert [i.number for i in _chapter("5. Conclusions and Recommendations", plain)] == ["5.2"]


def test_a_lead_in_naming_whom_the_following_recommendations_are_for_is_no_recommendation() -> None:
    from extraction.recommendation_wording import INTRO

    got = _chapter(
        "Recommendations",
        [
            line("The panel recommends the following to the partnership and its agencies.", 40, 100, 500, block=1),
            line("R1 Eastby Partnership should commission a refuge for older victims.", 40, 120, 500, block=2),
            line("R2 Eastby Police should review how it grades repeat calls.", 40, 140, 500, block=3),
        ],
    )  # fmt: skip
    assert [i.number for i in got] == ["R1", "R2"]
    assert INTRO.search("The panel recommends the following for Eastby Police:")
    # a recommendation that says what should follow is not a lead-in
    assert not INTRO.search(
        "The panel recommends the following of a missed appointment: a call to the patient."
    )


def test_a_recommendations_table_with_a_progress_column_is_read_as_recommendations() -> None:
    from extraction.plan_columns import classify_header

    assert classify_header(["No.", "IMR recommendation", "Progress"]) == {0: "number", 1: "rec", 2: "outcome"}
    assert classify_header(["Ref", "Recommendation", "Status"]) == {0: "number", 1: "rec", 2: "outcome"}
    assert classify_header(["No.", "Recommendation"]) == {0: "number", 1: "rec"}
    # a progress column with no recommendation column beside the number is no such table
    assert classify_header(["No.", "Progress"]) is None
    # nor is a table with a fourth column naming no role
    assert classify_header(["No.", "Recommendation", "Progress", "Notes on it"]) is None


def test_imr_recommendations_quoted_in_tables_under_agency_headings_are_read_from_a_docx() -> None:
    import io

    import docx

    from extraction.pipeline import Extractor

    document = docx.Document()
    document.add_heading("Analysis by agency", level=1)
    document.add_heading("Eastby Police", level=2)
    document.add_paragraph("The force's contact with the victim was limited to two calls.")
    table = document.add_table(rows=3, cols=3)
    for r, cells in enumerate(
        [
            ("No.", "IMR recommendation", "Progress"),
            (
                "1",
                "Eastby Police should review how call handlers grade a first call from a victim.",
                "Complete",
            ),
            (
                "2",
                "Eastby Police should train its officers in coercive control by March 2017.",
                "In progress",
            ),
        ]
    ):
        for c, value in enumerate(cells):
            table.cell(r, c).text = value
    document.add_heading("Recommendations", level=1)
    document.add_paragraph(
        "1. Eastby Partnership should publish a directory of local domestic abuse services."
    )
    out = io.BytesIO()
    document.save(out)
    got = Extractor.load().extract_bytes(out.getvalue(), "imr-tables.docx")
    texts = sorted(r.text.split(" should")[0] + ":" + r.number for r in got.recommendations)
    assert texts == ["Eastby Partnership:1", "Eastby Police:1", "Eastby Police:2"]
    assert not any("Complete" in r.text or "progress" in r.text for r in got.recommendations)


@pytest.mark.parametrize("pdf", [False, True], ids=["docx", "pdf"])
def test_dev17_documents(extractor, pdf: bool) -> None:  # type: ignore[no-untyped-def]
    # scored blind by the lead (thirteenth session's start and end code): recommendations F1 0.936 / 0.980,
    # numbers 1.000 / 1.000, agencies 0.941 / 0.981, actions + target date 1.000 / 1.000 (DOCX / PDF); after
    # (labelled recommendations between a chapter's numbered conclusions, a lead-in naming its addressees, a
    # No. | Recommendation | Progress table): 1.000 on all four, both forms
    assert_set(extractor, DEV17, pdf, 10, FLOORS[pdf])


FLOORS = {False: (0.99, 0.99, 0.99, 0.99), True: (0.99, 0.99, 0.99, 0.99)}
