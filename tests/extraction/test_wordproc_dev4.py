"""Word-processor layouts of ``annotations/wordproc/dev4``: the rules its blind run showed missing, in made-up text,
and the committed dev4 documents end to end (no ``soffice`` needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhr.schema import SourceInfo
from extraction.document import Document, Line, Page
from extraction.recommendation_marks import match_marker
from extraction.recommendations import split_items
from extraction.sections import Section, find_sections, heading_forms

ROOT = Path(__file__).resolve().parents[2]
DEV4 = ROOT / "annotations" / "wordproc" / "dev4"


def _section(texts: list[str]) -> Section:
    lines = [Line(text=text, page=1, block=i) for i, text in enumerate(texts)]
    return Section(kind="overview", heading="Recommendations", lines=lines)


def _document(lines: list[Line]) -> Document:
    source = SourceInfo(filename="made-up.docx", sha256="0" * 64, pages=1, format="docx")
    return Document(source=source, pages=[Page(number=1, lines=lines)])


@pytest.mark.parametrize(
    "heading",
    [
        "Argymhellion / Recommendations",
        "4. Argymhellion / Recommendations",
        "Recommendations | Argymhellion",
        "Argymhellion",
    ],
)
def test_welsh_and_bilingual_headings_open_the_recommendations(heading: str) -> None:
    lines = [
        Line(text="Cyflwyniad / Introduction", page=1, heading_level=1),
        Line(text="The panel met six times between spring and autumn.", page=1),
        Line(text=heading, page=1, heading_level=1),
        Line(text="1. The council should publish its housing allocation policy in plain English.", page=1),
        Line(text="Geirfa / Glossary", page=1, heading_level=1),
        Line(text="IDVA - Independent Domestic Violence Advisor.", page=1),
    ]
    sections = find_sections(_document(lines))
    assert [s.kind for s in sections] == ["overview"]
    assert [line.text[:2] for line in sections[0].lines] == ["1."]


def test_bilingual_heading_forms_keep_the_chapter_number_on_each_side() -> None:
    forms = heading_forms("7. Casgliadau / Conclusions")
    assert "7. Conclusions" in forms and "7. conclusions" in forms


def test_a_slash_inside_an_ordinary_heading_is_not_split() -> None:
    # a side longer than eight words is prose, not half of a bilingual heading
    text = "Contact with the GP and/or the practice nurse between the first and the second referral / notes"
    assert heading_forms(text) == [text]


def test_bilingual_recommendation_label() -> None:
    marker = match_marker("Argymhelliad 3 / Recommendation 3")
    assert marker is not None and marker[:2] == ("labelled", "3")
    assert match_marker("Argymhelliad 2: The board should meet quarterly.")[:2] == ("labelled", "2")  # type: ignore[index]


def test_roman_points_under_a_lettered_recommendation_are_its_sub_points() -> None:
    items = split_items(
        _section(
            [
                "1. Westvale Council",
                "a. The council should publish its housing allocation policy in plain English.",
                "2. Eastshire Probation Service",
                "a. The service has agreed the following changes, which this review recommends are made:",
                "i. To cut the caseloads of officers at the busiest office",
                "ii. To recruit experienced officers to that office",
                "b. The service should check that supervisors record what happens at each session.",
            ]
        ),
        11.0,
    )
    assert [(i.number, i.text[:24]) for i in items] == [
        ("a", "The council should publi"),
        ("a", "The service has agreed t"),
        ("b", "The service should check"),
    ]
    assert items[1].text.endswith("To recruit experienced officers to that office")


def test_letter_after_h_is_the_next_recommendation_not_a_sub_point() -> None:
    texts = [f"{c}. The service should review its practice on point {c} of the audit." for c in "abcdefg"]
    texts += [
        "h. The service should agree the following with its partners:",
        "i. The service should share its audit with the partnership board every year.",
    ]
    items = split_items(_section(texts), 11.0)
    assert [i.number for i in items][-2:] == ["h", "i"]


@pytest.fixture(scope="module")
def extractor():  # type: ignore[no-untyped-def]
    from extraction.pipeline import Extractor

    return Extractor.load()


def _score(extractor, pdf: bool):  # type: ignore[no-untyped-def]
    from evaluation.extraction import aggregate, evaluate_extraction, load_gold

    metrics = []
    for gold_path in sorted(DEV4.glob("*.gold.json")):
        if gold_path.name.endswith("-pdf.gold.json") != pdf:
            continue
        gold = load_gold(gold_path)
        metrics.append(evaluate_extraction(extractor.extract_path(DEV4 / gold.source.filename), gold))
    return aggregate(metrics)


@pytest.mark.parametrize("pdf", [False, True], ids=["docx", "pdf"])
def test_dev4_documents(extractor, pdf: bool) -> None:  # type: ignore[no-untyped-def]
    total = _score(extractor, pdf)
    assert total.recommendations.f1 >= 0.97
    assert total.numbers.value >= 0.97
    assert total.actions_target_date.f1 >= 0.95


# --- PDF reading order and paragraphs (found by re-printing dev4 in other fonts and spacings) --------------------


def _line(text: str, x0: float, y: float, x1: float, bold: bool = False) -> Line:
    return Line(text, 1, x0=x0, y0=y, x1=x1, y1=y + 11, bold=bold)


def test_numbered_lines_each_in_a_block_of_their_own_are_put_back_into_paragraphs() -> None:
    from extraction.readers.layout import Block, order_blocks

    # 1.5 line spacing: every printed row a block, the first row of each item holding its number beside the text
    blocks = [Block.of([_line("Recommendations", 90, 60, 200, bold=True)])]
    y = 90.0
    for n in range(1, 5):
        blocks.append(
            Block.of(
                [_line(f"{n}.", 90, y, 105), _line("The board should agree a plan that covers", 130, y, 500)]
            )
        )
        blocks.append(Block.of([_line("every agency. It should publish it every year.", 130, y + 19, 420)]))
        y += 49
    lines = order_blocks(blocks, 595.0)
    texts_of: dict[int, list[str]] = {}
    for line in lines:
        texts_of.setdefault(line.block, []).append(line.text)
    assert [len(t) for t in texts_of.values()] == [1, 3, 3, 3, 3]


def test_two_columns_where_the_right_one_holds_a_few_short_rows() -> None:
    from extraction.readers.layout import Block, order_blocks

    # a two-column page where the section ends high in the right column: its rows are short (a paragraph's
    # last lines, a numbered heading), the left column is a full column of prose read first, top to bottom
    left = [
        Block.of(
            [_line("paragraph carried over from the page before and", 62, 51 + 14 * k, 295) for k in range(8)]
        )
    ]
    left += [
        Block.of([_line(f"{k}. The trust should review how ward staff record", 62, 180 + 14 * k, 295)])
        for k in range(1, 21)
    ]
    right = [
        Block.of(
            [_line("the victim following her overdose and", 317, 51, 470), _line("the end.", 317, 65, 360)]
        ),
        Block.of([_line("4.", 317, 103, 332, bold=True), _line("Glossary", 348, 103, 416, bold=True)]),
        Block.of([_line("GP - General Practitioner.", 342, 119, 480)]),
    ]
    lines = order_blocks(left + right, 612.0)
    texts = [line.text for line in lines]
    assert texts.index("20. The trust should review how ward staff record") < texts.index("Glossary")


def test_label_value_rows_are_still_read_across() -> None:
    from extraction.readers.layout import Block, order_blocks

    rows = [
        ("Date of death", "12 March 2019"),
        ("Review commissioned", "1 May 2019"),
        ("Panel chair", "A Smith"),
    ]
    blocks = []
    for k, (label, value) in enumerate(rows):
        blocks.append(Block.of([_line(label, 62, 100 + 20 * k, 200)]))
        blocks.append(Block.of([_line(value, 320, 100 + 20 * k, 420)]))
    texts = [line.text for line in order_blocks(blocks, 612.0)]
    assert texts[:2] == ["Date of death", "12 March 2019"]


def test_closing_note_at_the_top_of_the_next_page_is_not_the_recommendation() -> None:
    def ln(text: str, page: int, y: float, x1: float = 520.0, block: int = 0) -> Line:
        return Line(text=text, page=page, x0=72, y0=y, x1=x1, y1=y + 11, block=block)

    section = Section(
        kind="overview",
        heading="Recommendations",
        lines=[
            ln("Recommendation 1:", 1, 600, 180, block=1),
            ln("The board should agree a plan covering every agency named in this", 1, 620, block=2),
            ln("review and publish it on its website within six months.", 1, 634, 360, block=2),
            ln("Progress on each recommendation will be reported to the board every", 2, 60, block=1),
            ln("six months by the partnership manager.", 2, 74, 300, block=1),
        ],
    )
    section.lines[0].heading_level = 3
    items = split_items(section, 11.0)
    assert len(items) == 1
    assert items[0].text.endswith("within six months.")


def test_heading_naming_who_made_the_recommendations_is_not_their_addressee() -> None:
    for heading, expected in (
        ("Recommendations of the review panel", None),
        ("Recommendations made by the DHR panel", None),
        ("Recommendations for Northshire Constabulary", "Recommendations for Northshire Constabulary"),
    ):
        section = Section(
            kind="overview",
            heading=heading,
            lines=[
                Line(
                    text="1. Staff should be reminded to record what callers say about risk.", page=1, block=0
                )
            ],
        )
        items = split_items(section, 11.0)
        assert [i.heading for i in items] == [expected], heading


def test_docx_side_heading_grid_is_read_in_the_flow(tmp_path: Path) -> None:
    from annotations.wordproc.worddoc import Level, WordDoc
    from extraction.readers import read

    w = WordDoc()
    w.heading("Recommendations", 1)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    cells = {
        (0, 1): [("The force should brief call handlers on stalking.", (nid, 0)),
                 ("The force should flag repeat callers.", (nid, 0))],
        (1, 1): [("The council should publish its housing allocation policy.", (nid, 0))],
    }  # fmt: skip
    w.table([["Northshire Constabulary", ""], ["Westvale Council", ""]], [4.0, 12.0], header_rows=0,
            cell_numbering=cells)  # fmt: skip
    w.para("A closing paragraph after the grid.")
    path = tmp_path / "grid.docx"
    w.save(path)
    texts = [line.text for page in read(path).pages for line in page.lines]
    assert texts[1:6] == [
        "Northshire Constabulary",
        "1. The force should brief call handlers on stalking.",
        "2. The force should flag repeat callers.",
        "Westvale Council",
        "3. The council should publish its housing allocation policy.",
    ]


def test_docx_data_table_without_numbered_cells_stays_a_table(tmp_path: Path) -> None:
    from annotations.wordproc.worddoc import WordDoc
    from extraction.readers import read

    w = WordDoc()
    w.para("Key dates")
    w.table(
        [["Date of death", "12 March 2019"], ["Review commissioned", "1 May 2019"]],
        [5.0, 11.0],
        header_rows=0,
    )
    path = tmp_path / "dates.docx"
    w.save(path)
    doc = read(path)
    assert [line.text for page in doc.pages for line in page.lines] == ["Key dates"]
    assert doc.pages[0].native_tables[0][0] == ["Date of death", "12 March 2019"]


def _pl(text: str, x0: float, y: float, x1: float, block: int = 0, page: int = 1) -> Line:
    return Line(text=text, page=page, x0=x0, y0=y, x1=x1, y1=y + 11, block=block)


def test_comment_in_the_same_text_block_as_a_recommendation_is_not_part_of_it() -> None:
    # no space between paragraphs: MuPDF gives the recommendation and the panel's comment under it one block
    section = Section(
        kind="overview",
        heading="Recommendations",
        lines=[
            _pl("1.", 72, 100, 84),
            _pl("The board should agree a plan covering every agency named in this", 90, 100, 520),
            _pl("review and publish it on its website.", 90, 113, 300),
            _pl("Panel comment: the board has already begun this work and expects to", 72, 126, 520),
            _pl("finish it within the year.", 72, 139, 220),
            _pl("2.", 72, 152, 84),
            _pl("The council should publish its housing allocation policy in plain", 90, 152, 520),
            _pl("English and review it every year.", 90, 165, 280),
        ],
    )
    items = split_items(section, 11.0)
    assert [i.number for i in items] == ["1", "2"]
    assert items[0].text.endswith("publish it on its website.")
    assert items[1].text.endswith("review it every year.")


def test_paragraph_running_from_one_column_into_the_next_is_not_ended_by_the_column_edge() -> None:
    # a recommendation starts in the right column of page 1 and goes on in the left column of page 2: the
    # left column's full lines are shorter than the right column's right edge, but they are not short lines
    section = Section(
        kind="overview",
        heading="Recommendations",
        lines=[
            _pl("3.1.", 342, 600, 365, block=5),
            _pl("The trust should review its policies on discharge so", 380, 600, 576, block=5),
            _pl("that in every case the responsibility for care is", 380, 614, 576, block=5),
            _pl("decided within a day of a patient leaving a ward.", 135, 51, 295, block=1, page=2),
            _pl("This should apply whether the patient left with or", 135, 65, 295, block=1, page=2),
            _pl("without leave.", 135, 79, 200, block=1, page=2),
        ],
    )
    items = split_items(section, 11.0)
    assert len(items) == 1 and items[0].text.endswith("without leave.")


def test_list_numbers_at_a_page_foot_and_the_next_page_top_are_not_running_chrome() -> None:
    from extraction.readers.cleanup import drop_headers_footers

    def page(number: int, lines: list[tuple[str, float]]) -> Page:
        return Page(
            number=number, height=800.0, lines=[Line(text=t, page=number, y0=y, y1=y + 11) for t, y in lines]
        )

    pages = [
        page(
            1,
            [
                ("Kent DHR Mr A", 20),
                ("4.5", 300),
                ("The board should meet.", 300),
                ("4.6", 770),
                ("Page 1", 785),
            ],
        ),
        page(2, [("Kent DHR Mr A", 20), ("4.7", 45), ("The trust should audit.", 45), ("Page 2", 785)]),
    ]

    def in_margin(p: Page, line: Line) -> bool:
        return line.y0 < 0.08 * p.height or line.y1 > 0.92 * p.height

    drop_headers_footers(pages, in_margin)
    assert [line.text for line in pages[0].lines] == ["4.5", "The board should meet.", "4.6"]
    assert [line.text for line in pages[1].lines] == ["4.7", "The trust should audit."]


def test_margin_line_numbers_are_found_and_list_numbers_are_not() -> None:
    from extraction.readers.cleanup import margin_line_numbers

    text = [
        Line(
            text=f"line {k} of the body text of this page",
            page=1,
            x0=90,
            y0=100 + 14 * k,
            x1=500,
            y1=111 + 14 * k,
        )
        for k in range(8)
    ]
    numbers = [
        Line(text=str(k + 1), page=1, x0=69, y0=100 + 14 * k, x1=76, y1=111 + 14 * k) for k in range(8)
    ]
    assert margin_line_numbers(text + numbers) == {id(n) for n in numbers}
    # a title in large print beside its line number: level with it, though their tops differ
    title = Line(text="Domestic Homicide Review", page=1, x0=90, y0=60, x1=400, y1=92, size=26)
    first = Line(text="1", page=1, x0=69, y0=74, x1=76, y1=85)
    rest = [Line(text=str(k + 2), page=1, x0=69, y0=100 + 14 * k, x1=76, y1=111 + 14 * k) for k in range(8)]
    assert margin_line_numbers([title, *text, first, *rest]) == {id(first), *(id(n) for n in rest)}
    # every fifth line numbered
    fifths = [
        Line(
            text=str(5 * (k + 1)), page=1, x0=66, y0=100 + 14 * (5 * k + 4), x1=76, y1=111 + 14 * (5 * k + 4)
        )
        for k in range(3)
    ]
    more = [Line(text=f"row {k}", page=1, x0=90, y0=100 + 14 * k, x1=500, y1=111 + 14 * k) for k in range(16)]
    assert margin_line_numbers(more + fifths) == {id(n) for n in fifths}
    # list numbers printed apart, with a heading and prose at the margin they sit in: not line numbers
    items = [Line(text="Recommendations", page=1, x0=72, y0=80, x1=200, y1=91)]
    for k in range(4):
        items.append(Line(text=str(k + 1), page=1, x0=72, y0=100 + 30 * k, x1=78, y1=111 + 30 * k))
        items.append(
            Line(
                text="The board should agree a plan.", page=1, x0=90, y0=100 + 30 * k, x1=400, y1=111 + 30 * k
            )
        )
    assert margin_line_numbers(items) == set()


def test_pdf_with_line_numbers_reads_without_them(tmp_path: Path) -> None:
    import pymupdf

    from extraction.readers import read

    doc = pymupdf.open()
    page = doc.new_page()
    for k in range(10):
        label = str(k + 1)  # right-aligned, as Word prints line numbers
        page.insert_text((80 - pymupdf.get_text_length(label, fontsize=10), 100 + 14 * k), label, fontsize=10)
        page.insert_text(
            (90, 100 + 14 * k), f"The panel read line {k} of the chronology beside the others.", fontsize=10
        )
    path = tmp_path / "numbered.pdf"
    doc.save(path)
    texts = [line.text for p in read(path).pages for line in p.lines]
    assert texts and not any(t.strip().isdigit() for t in texts)


def test_footnotes_printed_as_large_as_the_body_are_dropped(tmp_path: Path) -> None:
    import pymupdf

    from extraction.readers import read

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 80), "Recommendations", fontsize=9)
    for k in range(30):
        page.insert_text(
            (72, 100 + 12 * k),
            f"{k + 1}. The board should agree a plan that covers agency {k} in full.",
            fontsize=9,
        )
    page.draw_line((72, 757), (202, 757), width=0.5)  # Word's footnote separator: a short rule at the margin
    page.insert_text((72, 770), "1 IDVA - Independent Domestic Violence Advisor.", fontsize=9)
    page.insert_text(
        (72, 782), "2 The board should meet every quarter and report to the partnership.", fontsize=9
    )
    path = tmp_path / "notes.pdf"
    doc.save(path)
    texts = [line.text for p in read(path).pages for line in p.lines]
    assert not any("IDVA" in t or "every quarter" in t for t in texts)
    assert sum("The board should agree" in t for t in texts) == 30


def test_two_column_heading_level_with_the_other_columns_prose_is_no_table_header() -> None:
    from extraction.plan_columns import classify_header
    from extraction.readers.pdf_borderless import _header_edges

    # words (x0, y0, x1, y1, text): "Recommendations" heading in the left column, a sentence running on in the
    # right column on the same printed row
    line = [(65, 541, 140, 555, "Recommendations"), (312, 541, 350, 551, "recorded."), (353, 541, 370, 551, "The"),
            (373, 541, 410, 551, "agency"), (413, 541, 440, 551, "most"), (443, 541, 490, 551, "familiar"),
            (493, 541, 515, 551, "with")]  # fmt: skip
    assert _header_edges(line, classify_header) is None
    header = [(65, 100, 80, 110, "No."), (120, 100, 220, 110, "Recommendation"), (400, 100, 440, 110, "Lead"),
              (443, 100, 480, 110, "agency")]  # fmt: skip
    assert _header_edges(header, classify_header) is not None
