"""Word documents written in report templates and their PDF exports (``annotations/wordproc/dev2``): text in
content controls, tracked insertions and fields; lists defined through a list style; indented sub-points;
endnotes after the last recommendation; an executive summary repeating the recommendations; prose lines that
name an agency. The documents are committed, so no ``soffice`` is needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.wordproc.worddoc import BULLET, Level, WordDoc
from extraction.document import Line
from extraction.readers import read
from extraction.recommendations import split_items
from extraction.sections import Section

DEV2 = Path(__file__).resolve().parents[2] / "annotations" / "wordproc" / "dev2"


def _texts(path: Path) -> list[str]:
    document = read(path)
    try:
        return [line.text for line in document.lines()]
    finally:
        document.close()


def test_text_in_content_controls_insertions_fields_and_links_is_read(tmp_path: Path) -> None:
    w = WordDoc()
    text = "The Police should review the guidance at section 4 of the DASH policy."
    pieces = [("sdt", "The Police "), ("ins", "should review "), ("run", "the guidance at section "),
              ("field", "4"), ("run", " of the "), ("link", "DASH policy"), ("run", ".")]  # fmt: skip
    w.para(text, pieces=pieces)
    path = tmp_path / "template.docx"
    w.save(path)
    assert _texts(path) == [text]


def test_deleted_text_is_not_read(tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = WordDoc()
    w.para("The CCG should audit referrals.")
    p = w.doc.paragraphs[-1]._p
    p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="9" w:author="a"><w:r><w:delText> Never mind.</w:delText></w:r></w:del>'
        )
    )
    path = tmp_path / "deleted.docx"
    w.save(path)
    assert _texts(path) == ["The CCG should audit referrals."]


def test_list_defined_through_a_list_style_is_numbered(tmp_path: Path) -> None:
    w = WordDoc()
    nid = w.num(w.abstract_linked([Level("decimal", "%1."), Level("lowerLetter", "%2)")], "ReportList"))
    w.para("The Police should brief staff.", num=(nid, 0))
    w.para("The first part of it.", num=(nid, 1))
    w.para("The CCG should audit referrals.", num=(nid, 0))
    path = tmp_path / "linked.docx"
    w.save(path)
    assert _texts(path) == ["1. The Police should brief staff.", "a) The first part of it.",
                            "2. The CCG should audit referrals."]  # fmt: skip


def test_indented_word_bullets_are_sub_points_of_the_numbered_recommendation(tmp_path: Path) -> None:
    w = WordDoc()
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    sub = w.num(w.abstract([Level("bullet", "\u2022", indent_cm=1.2)]))
    flat = w.num(w.abstract(BULLET))
    w.heading("Recommendations", 1)
    w.para("The Police should review its domestic abuse training so that it covers:", num=(nid, 0))
    w.para("coercive control", num=(sub, 0))
    w.para("stalking", num=(sub, 0))
    w.para("The CCG should audit the referrals made by GP practices.", num=(nid, 0))
    w.heading("Single agency recommendations", 1)
    w.para("Probation should brief its staff on the new protocol.", num=(flat, 0))
    w.para("Housing should record every report of abuse made by a tenant.", num=(flat, 0))
    path = tmp_path / "subpoints.docx"
    w.save(path)
    document = read(path)
    from extraction.recommendations import extract_items
    from extraction.sections import body_font_size, find_sections

    items = extract_items(find_sections(document), body_font_size(document))
    assert [(i.number, i.text) for i in items] == [
        (
            "1",
            "The Police should review its domestic abuse training so that it covers: coercive control stalking",
        ),
        ("2", "The CCG should audit the referrals made by GP practices."),
        (None, "Probation should brief its staff on the new protocol."),
        (None, "Housing should record every report of abuse made by a tenant."),
    ]


def test_a_prose_line_naming_an_agency_is_not_a_heading() -> None:
    def line(text: str, block: int) -> Line:
        return Line(text=text, page=1, block=block)

    section = Section(
        kind="overview",
        heading="Recommendations",
        lines=[
            line("The recommendations are in the table below. The panel read every", 1),
            line("chronology side by side. Where the records of two agencies disagreed, the panel", 1),
            line("asked both to check, and the review looks at systems, not at individuals.", 1),
            line("1. The Police should review its training.", 2),
        ],
    )
    items = split_items(section, 11.0)
    assert [(i.number, i.heading) for i in items] == [("1", None)]


def test_roman_endnotes_after_the_last_recommendation_are_not_part_of_it() -> None:
    def line(text: str, page: int, size: float = 11.0) -> Line:
        return Line(text=text, page=page, block=1, size=size)

    section = Section(
        kind="overview",
        heading="Recommendations",
        lines=[
            line("1. The Police should review its training.", 1),
            line("2. Probation managers should dip sample records.", 1),
            line("i IMR - Individual Management Review.", 2, 10.0),
            line("ii MARAC - Multi-Agency Risk Assessment Conference: a meeting where", 2, 10.0),
            line("information on high risk cases is shared.", 2, 10.0),
        ],
    )
    items = split_items(section, 11.0)
    assert [i.text for i in items][-1] == "Probation managers should dip sample records."


def test_numbered_recommendation_ending_in_a_colon_keeps_its_bullets() -> None:
    from extraction.recommendations import extract_items
    from extraction.sections import body_font_size, find_sections
    from tests.extraction.builders import make_document

    doc = make_document(
        """#Recommendations
1. The CCG should audit referrals made by GP practices.
2. The Probation Service has made recommendations of its own which this review recommends are undertaken:
• To reduce caseloads at the relevant office
• To widen the recruitment campaign
3. The Police should review its training.
"""
    )
    items = extract_items(find_sections(doc), body_font_size(doc))
    assert [i.number for i in items] == ["1", "2", "3"]
    assert items[1].text.endswith(
        "undertaken: To reduce caseloads at the relevant office To widen the recruitment campaign"
    )


# --- end to end on the committed documents ------------------------------------------------------------------


@pytest.fixture(scope="module")
def extractor():
    from extraction.pipeline import Extractor

    return Extractor.load()


def test_dev2_documents_docx_and_pdf(extractor) -> None:
    from evaluation.extraction import aggregate, evaluate_extraction, load_gold

    metrics = []
    for gold_path in sorted(DEV2.glob("*.gold.json")):
        gold = load_gold(gold_path)
        metrics.append(evaluate_extraction(extractor.extract_path(DEV2 / gold.source.filename), gold))
    total = aggregate(metrics)
    assert total.recommendations.f1 >= 0.98
    assert total.numbers.value >= 0.98


def test_summary_copy_gives_way_to_the_body_number(extractor) -> None:
    result = extractor.extract_path(DEV2 / "dev2-01-summary-repeats.docx")
    assert [r.number for r in result.recommendations] == ["5.2", "5.3", "5.4", "5.6", "5.7"]


def test_a_list_that_redefines_its_level_is_numbered_in_its_own_format(tmp_path: Path) -> None:
    w = WordDoc()
    numbers = w.abstract([Level("decimal", "%1.")])
    for agency in ("Police", "Probation"):
        nid = w.num(numbers, formats={0: Level("lowerLetter", "%1)")})  # lvlOverride holding a whole w:lvl
        w.para(f"{agency} should brief staff.", num=(nid, 0))
        w.para(f"{agency} should audit records.", num=(nid, 0))
    path = tmp_path / "override.docx"
    w.save(path)
    assert [t.split()[0] for t in _texts(path)] == ["a)", "b)", "a)", "b)"]


def test_lead_and_timescale_lines_are_not_the_recommendation() -> None:
    from extraction.recommendation_wording import split_fields

    assert split_fields(
        "The Police should review its training. Lead agency: Kent Police Timescale: March 2019"
    ) == (
        "The Police should review its training.",
        "Kent Police",
        "March 2019",
    )
    assert split_fields("A review of the MARAC protocol Owner: the Partnership")[1] == "the Partnership"
    prose_plan = (
        "The Police should review its training. Action 1: brief staff. Lead: Kent Police. By: May 2019"
    )
    assert split_fields(prose_plan) == (prose_plan, None, None)  # the prose action plan's parser reads it
    assert split_fields("Staff should tell the agency: the one that leads.")[1] is None


def test_a_numbered_title_the_gazetteer_does_not_know_is_a_heading() -> None:
    def line(text: str, block: int, bold: bool = False) -> Line:
        return Line(text=text, page=1, block=block, bold=bold)

    section = Section(
        kind="overview",
        heading="Recommendations",
        lines=[
            line("10.2 Kent Police", 1, True),
            line("10.2(a) Kent Police should review its training.", 2),
            line("10.3 KSCS", 3, True),
            line("10.3(a) When staff speak to a parent about abuse they should ask about contact.", 4),
        ],
    )
    items = split_items(section, 11.0)
    assert [(i.number, i.heading) for i in items] == [("10.2(a)", "Kent Police"), ("10.3(a)", "KSCS")]


def test_dev2_agency_fields_give_lead_and_target(extractor) -> None:
    result = extractor.extract_path(DEV2 / "dev2-07-agency-letters-fields.docx")
    assert [r.number for r in result.recommendations] == ["a", "b", "c", "a", "b", "a"]
    assert [r.target_date for r in result.recommendations][:3] == ["2019-03", None, "2019-03-31"]
    assert all("Lead agency" not in r.text for r in result.recommendations)


# --- PDF reading under other fonts and sizes (the same layouts printed in DejaVu / Liberation Narrow) ---------


def test_a_prose_line_ending_in_a_number_is_not_a_contents_entry() -> None:
    from extraction.sections import find_sections
    from tests.extraction.builders import make_document

    doc = make_document(
        "#Contents\nIntroduction 3\nRecommendations 9\n\f#Recommendations\n"
        "1. Kent Police must examine its response to calls made by the victim between 2\n"
        "November and 7 November.\n"
    )
    (section,) = find_sections(doc)
    assert [line.text for line in section.lines][1] == "November and 7 November."
    assert "between 2" in section.lines[0].text


def test_a_number_on_its_own_line_over_an_agency_name_numbers_the_heading() -> None:
    def line(text: str, block: int, bold: bool = False) -> Line:
        return Line(text=text, page=1, block=block, bold=bold)

    section = Section(
        kind="overview",
        heading="Recommendations",
        lines=[
            line("10.2", 1),
            line("Kent Police", 1, True),
            line("10.2(a) Kent Police must examine its initial response to calls made", 2),
            line("by the victim and amend its guidance.", 2),
        ],
    )
    items = split_items(section, 11.0)
    assert [(i.number, i.heading, i.text[:11]) for i in items] == [("10.2(a)", "Kent Police", "Kent Police")]


def test_prose_after_the_last_recommendation_on_a_new_page_starts_at_the_margin() -> None:
    def line(text: str, page: int, x0: float) -> Line:
        return Line(text=text, page=page, block=1, x0=x0, x1=x0 + 300)

    section = Section(
        kind="overview",
        heading="Recommendations",
        lines=[
            line("1. When staff speak to a parent about abuse they should", 1, 140),
            line("ask about contact with the children.", 1, 190),
            line("The panel noted that several agencies have begun this work.", 2, 90),
        ],
    )
    assert [i.text for i in split_items(section, 11.0)] == [
        "When staff speak to a parent about abuse they should ask about contact with the children."
    ]


def test_endnotes_printed_at_body_size_are_dropped_when_they_read_as_glossary_entries() -> None:
    section = Section(
        kind="overview",
        heading="Recommendations",
        lines=[
            Line("1. The Police should review its training.", 1, block=1),
            Line("i IMR - Individual Management Review.", 2, block=0),
            Line("ii MARAC - Multi-Agency Risk Assessment Conference: a meeting where", 2, block=0),
            Line("information on high risk cases is shared.", 2, block=0),
        ],
    )
    assert [i.text for i in split_items(section, 11.0)] == ["The Police should review its training."]


def test_recommendations_printed_larger_than_a_small_print_action_plan_are_not_headings() -> None:
    lines = [
        Line("21.3.1 Consideration should be given to reviewing the mechanisms for", 1, size=12.0, block=1),
        Line(
            "triggering a response, particularly where cases straddle two periods and", 1, size=12.0, block=1
        ),
        Line(
            "may improve opportunities to coordinate a holistic response to individuals",
            1,
            size=12.0,
            block=1,
        ),
        Line("coming to police attention as a result of mental health issues.", 1, size=12.0, block=1),
    ]
    items = split_items(Section(kind="overview", heading="Recommendations", lines=lines), 9.0)
    assert [(i.number, i.heading) for i in items] == [("21.3.1", None)]
    assert items[0].text.endswith("mental health issues.")


def test_compound_broken_after_its_linking_word_keeps_its_hyphen() -> None:
    from extraction.readers.cleanup import dehyphenate

    lines = dehyphenate([Line("offered a one-to-", 1), Line("one discussion", 1)])
    assert [line.text for line in lines] == ["offered a one-to-one", "discussion"]


def test_numbered_contents_entries_whose_tab_became_a_space_are_contents() -> None:
    from extraction.sections import find_sections
    from tests.extraction.builders import make_document

    doc = make_document(
        "#Contents\n1. Introduction 2\n2. Action plan 5\n3. Recommendations 7\n\f#Recommendations\n"
        "1. The Police should review its training.\n"
    )
    sections = find_sections(doc)
    assert [s.heading for s in sections] == ["Recommendations"]


def test_lines_each_in_a_block_of_their_own_are_put_back_into_paragraphs() -> None:
    from extraction.readers.layout import Block, order_blocks

    def block(text: str, y: float, x1: float = 500.0, bold: bool = False) -> Block:
        return Block.of([Line(text, 1, x0=90.0, y0=y, x1=x1, y1=y + 11, bold=bold)])

    # 1.5 line spacing: a pitch of 19 within a paragraph, 30 between paragraphs; a heading, two paragraphs
    blocks = [
        block("Recommendations", 80, 200, bold=True),
        block("The panel read the chronologies of every agency side by side and met the", 110),
        block("family twice, and the account given here is the one the notes support. Nothing", 129),
        block("in this part of the report is about any individual practitioner.", 148, 400),
        block("The Police should review its training on coercive control for every officer", 178),
        block("and every member of staff who takes calls from the public.", 197, 380),
        block("The CCG should audit referrals from GP practices to the MARAC every quarter", 227),
        block("and report the findings to the partnership board.", 246, 350),
    ]
    lines = order_blocks(blocks, 595.0)
    groups = [
        [line.text[:12] for line in lines if line.block == b] for b in dict.fromkeys(ln.block for ln in lines)
    ]
    assert [len(g) for g in groups] == [1, 3, 2, 2]


def test_hidden_template_guidance_is_not_read(tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = WordDoc()
    w.para("The CCG should audit referrals.")
    w.doc.paragraphs[-1]._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> [Insert the agency here]</w:t></w:r>'
        )
    )
    path = tmp_path / "hidden.docx"
    w.save(path)
    assert _texts(path) == ["The CCG should audit referrals."]


def test_recommendations_in_one_cell_boxes_are_read_in_the_flow(extractor) -> None:
    for name in ("dev2-10-boxed.docx", "dev2-10-boxed-pdf.pdf"):
        result = extractor.extract_path(DEV2 / name)
        assert [r.number for r in result.recommendations] == ["1", "2", "3", "4", "5"], name


def test_a_text_box_is_read_once_after_its_paragraph(tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = WordDoc()
    w.para("Recommendation 1", bold=True)
    w.text_box("The Police should review its training.")
    # Word's own form: the box as a drawing (mc:Choice) and again as VML (mc:Fallback); read once
    box = "<w:txbxContent><w:p><w:r><w:t>The CCG should audit referrals.</w:t></w:r></w:p></w:txbxContent>"
    w.doc.add_paragraph()._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps">'
            f"<w:drawing><w:inline>{box}</w:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
            f"<v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    path = tmp_path / "boxes.docx"
    w.save(path)
    assert _texts(path) == [
        "Recommendation 1",
        "The Police should review its training.",
        "The CCG should audit referrals.",
    ]


def test_a_summary_copy_shortened_to_its_first_sentence_counts_once(extractor) -> None:
    from tests.extraction.builders import make_document

    doc = make_document(
        "#Executive summary\nThe review looked at the contact agencies had with Ms K.\n"
        "#Summary of recommendations\n"
        "1. Kent Police should review its training on coercive control for call handlers.\n\n"
        "2. The CCG should audit referrals made by GP practices to the MARAC.\n"
        "\f#Overview report\n#6. Recommendations\n"
        "6.1 Kent Police should review its training on coercive control for call handlers. The training "
        "should use the learning from this review and be repeated every two years.\n\n"
        "6.2 The CCG should audit referrals made by GP practices to the MARAC.\n"
    )
    recs = extractor(doc).recommendations
    assert [r.number for r in recs] == ["6.1", "6.2"]
    assert recs[0].text.endswith("repeated every two years.")
