"""Word-processor layouts of ``annotations/wordproc/dev6`` (PDF exports that stress the reader): the rules its
blind run showed missing, in made-up text, and the committed dev6 documents end to end (no ``soffice`` needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhr.schema import SourceInfo
from extraction.document import Document, Line, Page
from extraction.readers.layout import Block, order_blocks
from extraction.recommendation_wording import directs_forward, is_commentary
from extraction.sections import find_sections

ROOT = Path(__file__).resolve().parents[2]
DEV6 = ROOT / "annotations" / "wordproc" / "dev6"


def _document(lines: list[Line]) -> Document:
    source = SourceInfo(filename="made-up.docx", sha256="0" * 64, pages=1, format="docx")
    return Document(source=source, pages=[Page(number=1, lines=lines)])


def _line(text: str, x0: float, y0: float, x1: float, size: float = 11.0) -> Line:
    return Line(text=text, page=1, x0=x0, y0=y0, x1=x1, y1=y0 + size, size=size)


def test_list_number_of_a_frame_beside_the_text_stays_with_its_item() -> None:
    # a text frame on the right holds numbered items; the number ends just short of the page's centre, where
    # the narrative beside it ends too: it belongs to the frame's column, not to the narrative's
    left = [
        Block.of([_line(f"Narrative line {k} about the family and the", 90, 360 + 13 * k, 280)])
        for k in range(12)
    ]
    right = Block.of(
        [
            _line("1.", 300, 367, 309),
            _line("The trust should write a policy on the", 331, 368, 500, 9),
            _line("discharge of patients who leave a ward.", 331, 379, 505, 9),
            _line("2.", 300, 400, 309),
            _line("The council should fund a specialist", 331, 401, 498, 9),
            _line("worker for older victims in the county.", 331, 412, 507, 9),
        ]
    )
    texts = [ln.text for ln in order_blocks([*left, right], 612)]
    assert texts.index("1.") == texts.index("The trust should write a policy on the") - 1
    assert texts.index("2.") == texts.index("The council should fund a specialist") - 1
    assert all(t.startswith("Narrative") for t in texts[:12])


def test_box_beside_full_width_prose_is_read_as_its_own_column() -> None:
    # most of the page is full-width prose; over the box's height the text wraps beside it, ending short of
    # the box (past the page centre): the box's items are read whole, not line by line with the narrative
    prose = [
        Block.of(
            [_line(f"Full width prose line {k} of the introduction to the review.", 90, 100 + 13 * k, 520)]
        )
        for k in range(8)
    ]
    beside = [
        Block.of(
            [
                _line(f"Narrative {k} first line of a short paragraph", 90, 400 + 45 * k, 321),
                _line(f"narrative {k} second line ending there.", 90, 413 + 45 * k, 300),
            ]
        )
        for k in range(4)
    ]
    box = [
        Block.of(
            [
                _line(f"{k + 1}.", 338, 405 + 50 * k, 348),
                _line("The partnership should review how", 370, 405 + 50 * k, 520),
                _line(f"referrals are tracked, item {k + 1}.", 370, 417 + 50 * k, 500),
            ]
        )
        for k in range(3)
    ]
    after = [Block.of([_line("Full width prose after the box, running across.", 90, 600, 520)])]
    texts = [ln.text for ln in order_blocks([*prose, *beside, *box, *after], 612)]
    first = texts.index("1.")
    assert texts[first : first + 3] == [
        "1.",
        "The partnership should review how",
        "referrals are tracked, item 1.",
    ]
    assert texts.index("narrative 2 second line ending there.") < first  # beside the box: read before it
    assert texts[-1] == "Full width prose after the box, running across."


def test_a_modal_looking_back_is_not_a_directive() -> None:
    assert not directs_forward("Officers should have spoken to the victim away from her partner.")
    assert not directs_forward("The referral could have been shared with the school sooner.")
    assert directs_forward("Officers should speak to a victim away from her partner.")
    assert directs_forward("Officers should have training on coercive control and should use it.")


def test_an_appendix_of_single_agency_recommendations_opens_a_block() -> None:
    lines = [
        Line(text="Recommendations", page=1, heading_level=1),
        Line(text="1. The board should publish its housing allocation policy in plain English.", page=1),
        Line(text="Glossary", page=1, heading_level=1),
        Line(text="IDVA - Independent Domestic Violence Advisor.", page=1),
        Line(text="Appendix 2: Single agency recommendations", page=1, heading_level=1),
        Line(text="1. The trust should audit its discharge letters every year.", page=1),
    ]
    sections = find_sections(_document(lines))
    assert [s.heading for s in sections] == ["Recommendations", "Appendix 2: Single agency recommendations"]
    assert sections[1].kind == "single_agency"


def test_labelled_notes_and_notes_about_agencies_own_recommendations_are_commentary() -> None:
    assert is_commentary("Panel note: progress on these will be reported to the board each quarter.")
    assert is_commentary("Author's comment - the trust has already begun this work.")
    assert is_commentary("Each agency's review made its own recommendations, which the panel endorses.")
    assert not is_commentary("Panel comment: the police should train call handlers on stalking.")
    assert not is_commentary("Each agency should review its policy on missed appointments.")


@pytest.fixture(scope="module")
def extractor():  # type: ignore[no-untyped-def]
    from extraction.pipeline import Extractor

    return Extractor.load()


@pytest.mark.parametrize("pdf", [False, True], ids=["docx", "pdf"])
def test_dev6_documents(extractor, pdf: bool) -> None:  # type: ignore[no-untyped-def]
    from evaluation.extraction import aggregate, evaluate_extraction, load_gold

    metrics = []
    for gold_path in sorted(DEV6.glob("*.gold.json")):
        if gold_path.name.endswith("-pdf.gold.json") != pdf:
            continue
        gold = load_gold(gold_path)
        metrics.append(evaluate_extraction(extractor.extract_path(DEV6 / gold.source.filename), gold))
    total = aggregate(metrics)
    assert total.recommendations.f1 >= 0.97
    assert total.numbers.value >= 0.97


def test_margin_line_number_beside_a_typed_page_number_is_still_a_line_number() -> None:
    from extraction.readers.cleanup import margin_line_numbers

    lines = [_line(f"Body line {k} of the panel's draft report, set in plain print.", 90, 100 + 20 * k, 500)
             for k in range(6)]  # fmt: skip
    page_number = _line("3", 500, 221, 506)  # a right-aligned PAGE field typed in the text area
    numbers = [_line(str(5 * (k + 1)), 59, 100 + 20 * k + 1, 73) for k in range(5)]
    numbers.append(_line("30", 59, 222, 73))  # level with the typed page number only
    found = margin_line_numbers([*lines, page_number, *numbers])
    assert found == {id(n) for n in numbers}


def test_frame_number_just_before_the_centre_goes_with_its_text() -> None:
    # A4 (595 pt): the frame's hanging number starts and ends just left of the centre's slack
    left = [
        Block.of([_line(f"Narrative line {k} about the family", 90, 380 + 13 * k, 270)]) for k in range(12)
    ]
    frame = Block.of(
        [
            _line("1.", 283, 392, 292),
            _line("The trust should write a policy on the", 315, 393, 560, 10),
            _line("discharge of patients who leave a ward.", 315, 404, 540, 10),
            _line("2.", 283, 433, 292),
            _line("The council should fund a specialist", 315, 434, 555, 10),
            _line("worker for older victims in the county.", 315, 445, 548, 10),
        ]
    )
    texts = [ln.text for ln in order_blocks([*left, frame], 595)]
    assert texts.index("1.") == texts.index("The trust should write a policy on the") - 1
    assert texts.index("2.") == texts.index("The council should fund a specialist") - 1


def test_bold_lead_filling_the_first_line_is_not_an_agency_heading() -> None:
    from extraction.recommendations import extract_items
    from extraction.sections import Section

    lines = [
        Line(text="1.", page=1, x0=90, x1=98, y0=100, y1=111, block=1),
        Line(text="Northshire Police should audit its stalking referrals.", page=1, x0=121, x1=400, y0=100,
             y1=111, block=1),
        Line(text="2.", page=1, x0=90, x1=98, y0=130, y1=141, block=2),
        Line(text="Northshire Police, in consultation with", page=1, x0=121, x1=300, y0=130, y1=141, block=2,
             bold=True),
        Line(text="Northshire Council, should review its referral matrix.", page=1, x0=121, x1=330, y0=145, y1=156,
             block=2),
    ]  # fmt: skip
    items = extract_items([Section(heading="Recommendations", kind="overview", lines=lines)], 11.0)
    assert [i.number for i in items] == ["1", "2"]
    assert items[1].text.startswith("Northshire Police, in consultation with")
    assert items[1].section == "overview"


def test_two_column_line_numbers_in_the_gutter_are_dropped(tmp_path: Path) -> None:
    import pymupdf

    from extraction.readers import read

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)

    def right_aligned(text: str, right: float, y: float) -> None:
        page.insert_text((right - pymupdf.get_text_length(text, fontsize=9), y), text, fontsize=9)

    for k in range(30):
        y = 120 + 14 * k
        right_aligned(str(k + 1), 47, y)  # the left column's line numbers, in the margin
        page.insert_text((57, y), f"Left column line {k} of the narrative text.", fontsize=10)
        right_aligned(str(k + 31), 298, y)  # the right column's, in the gutter
        page.insert_text((340, y), f"Right column line {k} of the text.", fontsize=10)
    path = tmp_path / "columns.pdf"
    doc.save(path)
    texts = [line.text for p in read(path).pages for line in p.lines]
    assert not any(t.strip().isdigit() for t in texts)
    assert sum(t.startswith("Right column") for t in texts) == 30
