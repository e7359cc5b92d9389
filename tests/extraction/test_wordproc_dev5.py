"""Word-processor layouts of ``annotations/wordproc/dev5``: the rules its blind run showed missing, in made-up text,
and the committed dev5 documents end to end (no ``soffice`` needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhr.schema import SourceInfo
from extraction.document import Document, Line, Page
from extraction.recommendations import extract_items, split_items
from extraction.sections import Section, find_sections

ROOT = Path(__file__).resolve().parents[2]
DEV5 = ROOT / "annotations" / "wordproc" / "dev5"


def _document(lines: list[Line]) -> Document:
    source = SourceInfo(filename="made-up.docx", sha256="0" * 64, pages=1, format="docx")
    return Document(source=source, pages=[Page(number=1, lines=lines)])


def _heading(text: str, level: int = 1) -> Line:
    return Line(text=text, page=1, heading_level=level)


def test_combined_chapter_with_its_own_recommendations_sub_heading() -> None:
    # the numbered paragraphs of "Conclusions and recommendations" before its "Recommendations" sub-heading are
    # conclusions, however much they read like recommendations
    lines = [
        _heading("12. Conclusions and recommendations"),
        Line(text="12.1 That the family was not told of the referral was a missed chance.", page=1),
        Line(text="12.2 Officers should have asked the neighbour what she had heard.", page=1),
        _heading("Recommendations", 2),
        Line(text="12.3 The council should publish its housing allocation policy in plain English.", page=1),
        _heading("13. Glossary"),
        Line(text="IDVA - Independent Domestic Violence Advisor.", page=1),
    ]
    sections = find_sections(_document(lines))
    assert [s.heading for s in sections] == ["Recommendations"]
    assert [line.text[:4] for line in sections[0].lines] == ["12.3"]


def test_combined_chapter_lessons_between_then_recommendations() -> None:
    lines = [
        _heading("9. Conclusions and Recommendations"),
        Line(text="9.1 Agencies should have been more curious about the missed visits.", page=1),
        Line(text="Lessons learned", page=1, bold=True),
        Line(text="9.2 Practitioners should stay curious when a victim withdraws.", page=1),
        Line(text="Recommendations", page=1, bold=True),
        Line(text="9.3 The trust should audit its discharge letters every year.", page=1),
    ]
    sections = find_sections(_document(lines))
    assert [s.heading for s in sections] == ["Recommendations"]


def test_combined_chapter_holding_the_recommendations_itself_is_kept() -> None:
    lines = [
        _heading("9. Conclusions and Recommendations"),
        Line(text="9.1 The trust should audit its discharge letters every year.", page=1),
        _heading("10. Glossary"),
        Line(text="GP - General Practitioner.", page=1),
        _heading("Appendix B: Recommendations"),
        Line(text="1. The trust should audit its discharge letters every year.", page=1),
    ]
    headings = [s.heading for s in find_sections(_document(lines))]
    assert headings[0] == "9. Conclusions and Recommendations"


def test_numbered_learning_labels_neither_end_the_block_nor_make_recommendations() -> None:
    lines = [
        _heading("Learning and recommendations"),
        Line(text="Learning 1", page=1, bold=True),
        Line(text="Staff should stay curious when a victim cancels appointments.", page=1),
        Line(text="Recommendation 1", page=1, bold=True),
        Line(text="The practice should add a prompt to its booking system.", page=1),
        Line(text="Learning 2", page=1, bold=True),
        Line(text="Agencies should share what they hold about a perpetrator.", page=1),
        Line(text="Recommendation 2", page=1, bold=True),
        Line(text="The partnership should agree an information sharing protocol.", page=1),
    ]
    for k, line in enumerate(lines):
        line.block = k
    sections = find_sections(_document(lines))
    items = extract_items(sections, 11.0)
    assert [(i.number, i.text[:16]) for i in items] == [("1", "The practice sho"), ("2", "The partnership ")]


def _pl(text: str, x0: float, y: float, x1: float, page: int = 1, block: int = 0, bold: bool = False) -> Line:
    return Line(text=text, page=page, x0=x0, y0=y, x1=x1, y1=y + 11, block=block, bold=bold)


def test_repeated_table_header_row_does_not_cut_the_row_it_interrupts() -> None:
    lines = [
        _pl("Recommendations", 72, 80, 200, bold=True, block=1),
        _pl("No.", 72, 100, 90, bold=True, block=2),
        _pl("Recommendation", 110, 100, 220, bold=True, block=2),
        _pl("Agencies involved", 360, 100, 460, bold=True, block=2),
        _pl("1", 72, 120, 78, block=3),
        _pl("The board should agree a plan that", 110, 120, 330, block=3),
        _pl("Home Office", 360, 120, 430, block=4),
        _pl("No.", 72, 60, 90, page=2, bold=True, block=1),
        _pl("Recommendation", 110, 60, 220, page=2, bold=True, block=1),
        _pl("Agencies involved", 360, 60, 460, page=2, bold=True, block=1),
        _pl("covers every agency named in this review.", 110, 75, 340, page=2, block=1),
        _pl("2", 72, 95, 78, page=2, block=2),
        _pl("The council should publish its policy.", 110, 95, 330, page=2, block=2),
    ]
    document = Document(
        source=SourceInfo(filename="made-up.pdf", sha256="0" * 64, pages=2, format="pdf"),
        pages=[
            Page(number=1, lines=[ln for ln in lines if ln.page == 1]),
            Page(number=2, lines=[ln for ln in lines if ln.page == 2]),
        ],
    )
    items = extract_items(find_sections(document), 11.0)
    assert [(i.number, i.text) for i in items] == [
        ("1", "The board should agree a plan that covers every agency named in this review."),
        ("2", "The council should publish its policy."),
    ]


def test_recommendation_without_a_full_stop_ends_where_the_prose_goes_on() -> None:
    section = Section(
        kind="overview",
        heading="Recommendations",
        lines=[
            _pl("6.", 72, 100, 84, block=1),
            _pl(
                "Undertake a regular audit of complex cases, which includes the impact on",
                100,
                100,
                520,
                block=1,
            ),
            _pl("other family members", 100, 114, 220, block=1),
            _pl(
                "Progress will be reported to the partnership board every six months.", 72, 140, 500, block=2
            ),
        ],
    )
    items = split_items(section, 11.0)
    assert len(items) == 1 and items[0].text.endswith("other family members")


def test_welsh_items_beside_english_ones_are_dropped() -> None:
    from extraction.readers.bilingual import english_column, language

    welsh = "Dylai'r cyngor gyhoeddi ei bolisi tai mewn Cymraeg clir a'i adolygu bob blwyddyn."
    english = "The council should publish its housing policy in plain English and review it every year."
    assert language(welsh) == "cy" and language(english) == "en"
    assert english_column([["Cymraeg", "English"], [f"1. {welsh}", f"1. {english}"]]) == 1
    assert english_column([["Date of death", "12 March 2019"]]) is None
    section = Section(
        kind="overview",
        heading="Argymhellion / Recommendations",
        lines=[Line(text=f"1. {welsh}", page=1, block=0), Line(text=f"1. {english}", page=1, block=1)],
    )
    assert [i.text for i in extract_items([section], 11.0)] == [english]


def test_docx_bilingual_table_is_read_as_its_english_column(tmp_path: Path) -> None:
    from annotations.wordproc.worddoc import WordDoc
    from extraction.readers import read

    w = WordDoc()
    w.heading("Argymhellion / Recommendations", 1)
    w.table(
        [["Cymraeg", "English"],
         ["1. Dylai'r cyngor gyhoeddi ei bolisi tai mewn Cymraeg clir a'i adolygu bob blwyddyn.",
          "1. The council should publish its housing policy in plain English and review it every year."]],
        [8.0, 8.0],
    )  # fmt: skip
    path = tmp_path / "bilingual.docx"
    w.save(path)
    texts = [line.text for page in read(path).pages for line in page.lines]
    assert texts == [
        "Argymhellion / Recommendations",
        "1. The council should publish its housing policy in plain English and review it every year.",
    ]


def test_docx_section_break_starts_a_new_page(tmp_path: Path) -> None:
    from annotations.wordproc.worddoc import WordDoc
    from extraction.readers import read

    w = WordDoc()
    w.para("Body text on the first page.")
    w.section(landscape=True)
    w.para("The action plan on a landscape page.")
    path = tmp_path / "sections.docx"
    w.save(path)
    assert [[line.text for line in page.lines] for page in read(path).pages] == [
        ["Body text on the first page."],
        ["The action plan on a landscape page."],
    ]


def test_pdf_footnote_mark_after_a_number_is_dropped(tmp_path: Path) -> None:
    import pymupdf

    from extraction.readers import read

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Recommendation 3", fontsize=11)
    page.insert_text((72 + pymupdf.get_text_length("Recommendation 3", fontsize=11), 96), "2", fontsize=7)
    page.insert_text((72, 130), "The practice moved in 2016", fontsize=11)
    page.insert_text(
        (72 + pymupdf.get_text_length("The practice moved in 2016", fontsize=11), 126), "1", fontsize=7
    )
    path = tmp_path / "marks.pdf"
    doc.save(path)
    texts = [line.text for p in read(path).pages for line in p.lines]
    assert "Recommendation 3" in texts and "The practice moved in 2016" in texts


@pytest.fixture(scope="module")
def extractor():  # type: ignore[no-untyped-def]
    from extraction.pipeline import Extractor

    return Extractor.load()


def _score(extractor, pdf: bool):  # type: ignore[no-untyped-def]
    from evaluation.extraction import aggregate, evaluate_extraction, load_gold

    metrics = []
    for gold_path in sorted(DEV5.glob("*.gold.json")):
        if gold_path.name.endswith("-pdf.gold.json") != pdf:
            continue
        gold = load_gold(gold_path)
        metrics.append(evaluate_extraction(extractor.extract_path(DEV5 / gold.source.filename), gold))
    return aggregate(metrics)


@pytest.mark.parametrize("pdf", [False, True], ids=["docx", "pdf"])
def test_dev5_documents(extractor, pdf: bool) -> None:  # type: ignore[no-untyped-def]
    total = _score(extractor, pdf)
    assert total.recommendations.f1 >= 0.97
    assert total.numbers.value >= 0.97


def test_running_header_wrapped_past_the_margin_zone_is_dropped(tmp_path: Path) -> None:
    import pymupdf

    from extraction.readers import read

    doc = pymupdf.open()
    for number in (1, 2):
        page = doc.new_page(width=612, height=792)
        page.insert_text((90, 62), "Westvale DHR: Recommendations and", fontsize=12)
        page.insert_text((90, 77), "learning", fontsize=12)  # past the zone (8% of the page), under line one
        page.insert_text((320, 62), f"Page {number} of 2", fontsize=12)
        for k in range(20):
            page.insert_text(
                (90, 130 + 18 * k), f"Body line {k} on page {number} of the review.", fontsize=12
            )
    path = tmp_path / "header.pdf"
    doc.save(path)
    texts = [line.text for p in read(path).pages for line in p.lines]
    assert not any(t in ("learning", "Westvale DHR: Recommendations and") for t in texts)
    assert sum(t.startswith("Body line") for t in texts) == 40


def test_plain_text_summary_chapter_is_not_superseded_by_the_body_chapter() -> None:
    # no styles (a plain-text export): the body's chapters still close the summary's combined chapter
    lines = [
        Line(text="Conclusions and recommendations", page=1),
        Line(text="1. The trust should audit its discharge letters every year.", page=1),
        Line(text="Introduction", page=1),
        Line(text="The panel met six times between spring and autumn.", page=1),
        Line(text="Recommendations", page=1),
        Line(text="1. The trust should audit its discharge letters every year.", page=1),
    ]
    headings = [s.heading for s in find_sections(_document(lines))]
    assert headings == ["Conclusions and recommendations", "Recommendations"]


def test_borderless_column_edge_never_moves_into_justified_text() -> None:
    from extraction.plan_columns import classify_header
    from extraction.readers.pdf_borderless import _refine_edges

    def words(y: float, spans: list[tuple[float, float, str]]) -> list[tuple]:
        return [(x0, y, x1, y + 10, text) for x0, x1, text in spans]

    header = words(
        100, [(90, 107, "No."), (124, 212, "Recommendation"), (444, 470, "Lead"), (473, 508, "agency")]
    )
    edges = [89.0, 123.0, 443.0, 509.0]
    below = [
        words(120, [(124, 430, "discharge in order to ensure that in every case, whether by")]),
        # a justified line: wide spaces between its words, one of them where no column starts
        words(135, [(124, 290, "discharge or not, the responsibility"), (302, 380, "for further"),
                    (383, 433, "care is")]),
        words(150, [(124, 420, "within a day of the unexpected absence of a patient from")]),
    ]  # fmt: skip
    assert _refine_edges(edges, header, below, classify_header) == edges
