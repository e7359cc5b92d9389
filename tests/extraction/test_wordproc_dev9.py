"""Word-processor layouts of ``annotations/wordproc/dev9`` (numbered topic titles over the recommendation's
paragraph, lettered points of one recommendation, an unnumbered recommendation whose first printed line has no
modal, a closing note over a page break, a page in three columns; and, from re-printing them in the
``variants`` prints, columns whose paragraphs start level, a stretched first line after a list number, a
"one-" / "to-one" break, a bold item's sentence going on at a page's foot): the rules its blind run showed missing, in made-up text, and the
committed dev9 documents end to end (no ``soffice`` needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extraction.document import Line
from tests.extraction.wordproc_sets import items as _items
from tests.extraction.wordproc_sets import line as _line
from tests.extraction.wordproc_sets import score_folder

ROOT = Path(__file__).resolve().parents[2]
DEV9 = ROOT / "annotations" / "wordproc" / "dev9"


def _title(text: str, y0: float, *, block: int, x0: float = 90.0, page: int = 1) -> Line:
    """A bold 13 pt heading line (a Heading 2 in print)."""
    return _line(text, x0, y0, x0 + 8.0 * len(text), 13.0, block=block, page=page, bold=True)


def test_a_numbered_topic_title_over_a_paragraph_numbers_that_paragraph() -> None:
    lines = [
        _title("4.1 Shared records", 100, block=1),
        _line("Agencies should agree one record of contact with the victim", 90, 118, 500, block=2),
        _line("and keep it up to date.", 90, 131, 220, block=2),
        _title("4.2 Discharge planning", 160, block=3),
        _line("Creation of a discharge checklist for patients who live with", 90, 178, 500, block=4),
        _line("a partner known to the police", 90, 191, 240, block=4),
    ]
    items = _items(lines)
    assert [i.number for i in items] == ["4.1", "4.2"]
    assert items[0].text.startswith("Agencies should agree") and items[1].text.startswith("Creation of")


def test_a_topic_titles_number_printed_apart_still_numbers_the_paragraph() -> None:
    # a PDF prints the outline number and the title as two runs on one line
    lines = [
        _line("4.1", 116, 100, 139, 13.0, block=1, bold=True),
        _line("Shared records", 155, 100, 290, 13.0, block=1, bold=True),
        _line("Agencies should agree one record of contact with the victim", 90, 118, 500, block=1),
        _line("and keep it up to date.", 90, 131, 220, block=1),
        _line("4.2", 116, 160, 139, 13.0, block=2, bold=True),
        _line("Firearms licensing", 155, 160, 300, 13.0, block=2, bold=True),
        _line("That there is a review of how a certificate is granted where", 90, 178, 500, block=2),
        _line("the household has a history of abuse.", 90, 191, 300, block=2),
        _line("5", 90, 230, 100, 14.0, block=3, bold=True),
    ]
    items = _items(lines)
    assert [i.number for i in items] == ["4.1", "4.2"]
    assert items[1].text.startswith("That there is a review")


def test_a_numbered_agency_heading_over_numbered_items_stays_a_heading() -> None:
    lines = [
        _title("4.2 Northshire Police", 100, block=1),
        _line("4.2.1 Northshire Police should train call handlers on repeat callers.", 90, 118, 500, block=2),
        _line("4.2.2 Northshire Police should audit the flags on repeat victims.", 90, 140, 500, block=3),
    ]
    items = _items(lines)
    assert [i.number for i in items] == ["4.2.1", "4.2.2"]
    assert items[0].heading == "Northshire Police"


def test_lettered_points_of_a_whole_sentence_among_numbered_recommendations_are_its_own() -> None:
    texts = [
        "8.1 The council should publish its housing allocation policy on domestic abuse.",
        "8.2 The trust has drawn up an improvement plan for its wards which this review asks it to complete:",
        "(a) Recruit two more safeguarding nurses for the wards",
        "(b) Review the discharge checklist each year",
        "8.3 The police should train call handlers on repeat callers.",
    ]
    lines = [_line(t, 90, 100 + 20 * k, 500, block=k) for k, t in enumerate(texts)]
    items = _items(lines)
    assert [i.number for i in items] == ["8.1", "8.2", "8.3"]
    assert items[1].text.endswith("Review the discharge checklist each year")


def test_lettered_items_finishing_a_lead_ins_sentence_stay_recommendations() -> None:
    texts = [
        "1. The council should publish its housing allocation policy on domestic abuse.",
        "2. The police should:",
        "a) train call handlers on repeat callers;",
        "b) audit the flags on repeat victims.",
    ]
    lines = [_line(t, 90, 100 + 20 * k, 500, block=k) for k, t in enumerate(texts)]
    assert [i.number for i in _items(lines)] == ["1", "a", "b"]


def test_an_unnumbered_recommendation_whose_first_printed_line_has_no_modal_is_read() -> None:
    lines = [
        _title("Northshire Police", 100, block=1),
        _line("The call handlers graded each call as standard and did not look", 108, 118, 500, block=2),
        _line("at the history of the address.", 90, 131, 260, block=2),
        _line("That the force build into its contract with the new call centre a", 108, 150, 500, block=3),
        _line("requirement that handlers should read the history of an address.", 90, 163, 480, block=3),
    ]
    items = _items(lines)
    assert len(items) == 1 and items[0].text.startswith("That the force build")


def test_a_note_about_the_recommendations_over_a_page_break_is_not_the_last_ones() -> None:
    # run-in labels, no hanging indent: the last item's last line looks full and the note starts at its edge
    lines = [
        _line("Recommendation 6 (Police): The police should audit the flags on", 90, 660, 492, block=1),
        _line("repeat victims and report on the audit to the partnership board.", 90, 673, 475, block=1),
        _line("These recommendations were agreed by the panel at its final", 90, 73, 494, block=1, page=2),
        _line("meeting.", 90, 86, 143, block=1, page=2),
    ]
    items = _items(lines)
    assert [i.number for i in items] == ["6"]
    assert items[0].text.endswith("partnership board.")


def test_a_page_in_three_columns_is_read_column_by_column() -> None:
    from extraction.readers.layout import Block, order_blocks

    def column(x0: float, words: str, top: float = 200.0) -> list[Block]:
        # three paragraphs of two lines each, the columns' paragraphs at different heights
        shift = x0 / 20
        return [
            Block.of([_line(f"{words} {k}", x0, top + shift + 30 * (k // 2) + 12 * (k % 2), x0 + 120)
                      for k in (p, p + 1)])
            for p in (0, 2, 4)
        ]  # fmt: skip

    blocks = [
        Block.of([_line("Summary of recommendations for the partnership board", 90, 150, 420, 14.0)]),
        *column(90, "left"),
        *column(244, "middle"),
        *column(397, "right", 200.0),
        Block.of([_line("Page 1", 90, 760, 119)]),
    ]
    texts = [ln.text for ln in order_blocks(blocks, 595)]
    assert texts[1:7] == [f"left {k}" for k in range(6)]
    assert texts[7:13] == [f"middle {k}" for k in range(6)]
    assert texts[-1] == "Page 1"


def test_a_table_of_three_columns_stays_row_by_row() -> None:
    from extraction.readers.layout import Block, order_blocks

    blocks = [
        Block.of([_line(f"{side} cell of row {r}", x0, 200 + 40 * r, x0 + 130)])
        for r in range(4)
        for side, x0 in (("First", 90), ("Second", 244), ("Third", 397))
    ]
    texts = [ln.text for ln in order_blocks(blocks, 595)]
    assert texts[:3] == ["First cell of row 0", "Second cell of row 0", "Third cell of row 0"]


def test_a_sentence_cut_at_a_columns_foot_goes_on_in_the_column_beside() -> None:
    lines = [
        _line("7. The trust should include a section in its", 90, 600, 215, block=1),
        _line("discharge policy that sets out how the", 90, 612, 215, block=1),
        _line("police are told when a patient leaves", 244, 600, 368, block=2),
        _line("the ward without warning.", 244, 612, 340, block=2),
    ]
    items = _items(lines)
    assert len(items) == 1 and items[0].text.endswith("leaves the ward without warning.")


def test_a_three_column_page_with_a_heading_below_and_tops_level_is_still_columns() -> None:
    # the last page of a three-column section: every column starts at the page's top and a new paragraph starts
    # level in two of them (as a table's cells would), but a sentence cut at a column's foot goes on in the next
    from extraction.readers.layout import Block, order_blocks

    def para(x0: float, top: float, texts: list[str]) -> Block:
        return Block.of([_line(t, x0, top + 12 * k, x0 + 95) for k, t in enumerate(texts)])

    blocks = [
        para(121, 73, ["in dealing with", "incidents, the police", "should speak to them."]),
        para(121, 212, ["6. The trust should", "review its policies", "on discharge within"]),
        para(275, 73, ["a day of the patient", "leaving the ward."]),
        para(275, 212, ["7. The trust must", "include a section in", "its discharge policy."]),
        para(428, 73, ["The police should", "review the matrix."]),
        Block.of([_line("Glossary of the terms used in this report", 90, 408, 312, 14.0)]),
    ]
    texts = [ln.text for ln in order_blocks(blocks, 595)]
    assert texts.index("on discharge within") + 1 == texts.index("a day of the patient")
    assert texts[-1] == "Glossary of the terms used in this report"


def test_a_stretched_first_line_after_a_list_number_is_one_line_again() -> None:
    from extraction.readers.pdf import _join_stretched_rows

    lines = [
        _line("3.", 244, 565, 254),
        _line("NHS", 275, 565, 297),
        _line("England", 326, 565, 369),
        _line("should consider whether there is a need", 275, 577, 369),
        _line("to check the quality of the records kept", 275, 589, 368),
    ]
    texts = [ln.text for ln in _join_stretched_rows(lines)]
    assert texts[:2] == ["3.", "NHS England"]


def test_a_hyphen_before_a_linked_compounds_rest_is_kept() -> None:
    from extraction.readers.cleanup import dehyphenate

    lines = [Line(text="be offered a one-", page=1), Line(text="to-one discussion after diagnosis", page=1)]
    assert dehyphenate(lines)[0].text.endswith("one-to-one")


def test_a_bold_recommendations_sentence_going_on_in_lower_case_at_a_pages_foot_is_no_heading() -> None:
    lines = [
        _line("6.", 90, 649, 101, block=17),
        _line(
            "The trust should review its policies on discharge so that", 121, 649, 502, bold=True, block=17
        ),
        _line("decided within a day of the patient leaving the ward is", 121, 695, 484, bold=True, block=17),
        _line("the next step for the ward and the police.", 121, 74, 400, bold=True, block=1, page=2),
        _line("Lead agency: the trust", 90, 96, 207, block=2, page=2),
    ]
    items = _items(lines)
    assert len(items) == 1 and items[0].text.endswith("for the ward and the police.")


def test_a_lower_case_line_beside_a_finished_item_is_the_cells_not_its() -> None:
    # a Recommendation | Rationale table in justified print: the rationale's wrapped last line is a block of its
    # own, level with the recommendation's rows
    lines = [
        _line("1. The trust should audit its discharge", 90, 300, 300, block=1),
        _line("records every year.", 90, 312, 200, block=1),
        _line("did not mention the injuries.", 320, 312, 480, block=2),
        _line("2. The police should train call handlers.", 90, 340, 300, block=3),
    ]
    items = _items(lines)
    assert [i.number for i in items] == ["1", "2"]
    assert items[0].text.endswith("every year.")


@pytest.fixture(scope="module")
def extractor():  # type: ignore[no-untyped-def]
    from extraction.pipeline import Extractor

    return Extractor.load()


@pytest.mark.parametrize("pdf", [False, True], ids=["docx", "pdf"])
def test_dev9_documents(extractor, pdf: bool) -> None:  # type: ignore[no-untyped-def]
    count, total = score_folder(extractor, DEV9, pdf)
    assert count == 24
    # blind, the first 18 (code of d67f5fb): DOCX 0.960 / 0.991, PDF 0.942 / 1.000 (recommendations F1 /
    # numbers); dev9-19..24 blind on their own (029613e): DOCX 1.000 / 1.000, PDF 0.905 / 1.000 (the three-column
    # page). After the fixes, all 24: 1.000 / 1.000 in both forms
    assert total.recommendations.f1 >= 0.995
    assert total.numbers.value >= 0.995
