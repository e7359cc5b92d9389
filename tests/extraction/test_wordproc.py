"""Reports made in a word processor: Word numbering (numbering.xml), footnotes, "Recommendation number N" over
bullets, terms of reference numbered like recommendations, two-column action plans; DOCX and their PDF exports.

The documents of ``annotations/wordproc`` are committed (built by ``annotations/wordproc/build.py`` with
LibreOffice), so these tests need no ``soffice``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.wordproc.worddoc import BULLET, LEGAL3, Level, WordDoc
from extraction.document import Line
from extraction.readers import read
from extraction.recommendations import split_items
from extraction.sections import Section, is_toc_line

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "annotations" / "wordproc" / "dev"


def _lines(path: Path) -> list[str]:
    document = read(path)
    try:
        return [line.text for line in document.lines()]
    finally:
        document.close()


# --- DOCX numbering -------------------------------------------------------------------------------------------


def test_legal_numbering_restarts_and_empty_numbered_cells(tmp_path: Path) -> None:
    w = WordDoc()
    legal = w.abstract(LEGAL3)
    chapter = w.num(legal, restart={0: 6})
    w.heading("Recommendations", 1, num=(chapter, 0))
    w.para("The panel makes the following recommendations.", num=(chapter, 1))
    w.para("The Police should review its training.", num=(chapter, 2))
    w.para("The CCG should audit referrals.", num=(chapter, 2))
    simple = w.abstract([Level("decimal", "%1.")])
    for agency in ("Police", "Probation"):
        nid = w.num(simple, restart={0: 1})  # numbering restarted per agency: a new w:num with startOverride
        w.para(f"{agency} should brief staff.", num=(nid, 0))
    nid = w.num(simple, restart={0: 1})
    # a table's "No." cells hold only their Word number: the counter moves and the label shows
    w.table(
        [["No.", "Recommendation"], ["", "First row text."], ["", "Second row text."]],
        [1.5, 10.0],
        cell_numbering={(1, 0): [("", (nid, 0))], (2, 0): [("", (nid, 0))]},
    )
    path = tmp_path / "numbering.docx"
    w.save(path)
    document = read(path)
    texts = [line.text for line in document.lines()]
    assert texts[:4] == [
        "6. Recommendations",
        "6.1. The panel makes the following recommendations.",
        "6.1.1. The Police should review its training.",
        "6.1.2. The CCG should audit referrals.",
    ]
    assert texts[4:6] == ["1. Police should brief staff.", "1. Probation should brief staff."]
    table = document.pages[0].native_tables[0]
    assert [row[0] for row in table[1:]] == ["1.", "2."]


def test_legal_display_prints_every_level_as_a_decimal(tmp_path: Path) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    w = WordDoc()
    aid = w.abstract([Level("upperRoman", "%1."), Level("lowerLetter", "%1.%2")])
    for lvl in w._numbering.iter(qn("w:lvl")):
        if lvl.getparent().get(qn("w:abstractNumId")) == str(aid) and lvl.get(qn("w:ilvl")) == "1":
            lvl.insert(1, OxmlElement("w:isLgl"))  # w:isLgl sits after w:start in the schema
    nid = w.num(aid)
    w.para("Part heading", num=(nid, 0))
    w.para("The Police should review its training.", num=(nid, 1))
    path = tmp_path / "legal.docx"
    w.save(path)
    assert _lines(path) == ["I. Part heading", "1.1 The Police should review its training."]


def test_merged_lead_and_target_cells_apply_to_each_action_row(tmp_path: Path) -> None:
    from extraction.action_plan import parse_tables

    w = WordDoc()
    w.table(
        [
            ["Recommendation", "Action to take", "Lead Agency", "Target Date"],
            ["1. Kent Police should review its policy.", "Amend the policy", "Kent Police", "31/03/2018"],
            [None, "Audit twenty cases", None, None],  # vMerge continue: the cells above go on down
            ["2. KMPT should brief staff.", "Brief every team", "KMPT", "Ongoing"],
        ],
        [6.0, 5.0, 3.0, 2.5],
    )
    path = tmp_path / "merged.docx"
    w.save(path)
    plan = parse_tables(read(path), [1])
    assert [r.text for r in plan] == ["Kent Police should review its policy.", "KMPT should brief staff."]
    assert [(a.text, a.lead_text, a.target_date) for a in plan[0].actions] == [
        ("Amend the policy", "Kent Police", "2018-03-31"),
        ("Audit twenty cases", "Kent Police", "2018-03-31"),
    ]


def test_merged_target_cell_in_a_pdf_export() -> None:
    from extraction.action_plan import parse_tables

    document = read(DEV / "dev-07-kent-action-plan-pdf.pdf")
    try:
        plan = parse_tables(document, [p.number for p in document.pages])
    finally:
        document.close()
    assert [a.target_date for a in plan[-1].actions] == ["2018-03-31", "2018-03-31"]


def test_bullets_from_numbering_are_list_items(tmp_path: Path) -> None:
    w = WordDoc()
    nid = w.num(w.abstract(BULLET))
    w.para("Kent Police should review its policy.", num=(nid, 0))
    path = tmp_path / "bullets.docx"
    w.save(path)
    document = read(path)
    (line,) = list(document.lines())
    assert line.list_item and line.text == "Kent Police should review its policy."


# --- PDF exports ----------------------------------------------------------------------------------------------


def test_pdf_footnotes_and_their_marks_are_not_text() -> None:
    text = " ".join(_lines(DEV / "dev-01-legal-overview-pdf.pdf"))
    assert "General Practitioner" not in text  # the footnote at the page foot
    assert "made by the GP visited by the victim" in text  # its mark ("GP3") left out
    # the recommendation the footnote sat in the middle of reads on across the page break
    assert "individual carer is subject to" in text


def test_two_column_table_read_left_part_first() -> None:
    document = read(DEV / "dev-04-two-column-plan-pdf.pdf")
    try:
        page = next(p.number for p in document.pages if "Action Plan" in p.text)
        tables = document.tables(page)
    finally:
        document.close()
    assert len(tables) == 2
    assert tables[0][1][0] == "1" and tables[1][1][0] == "3"


def test_landscape_pages_stored_rotated_read_upright() -> None:
    """/Rotate 90 portrait pages (a landscape action plan as some PDF printers store it) read as displayed."""
    document = read(DEV / "dev-03-landscape-plan-rotated-pdf.pdf")
    try:
        page = next(p for p in document.pages if "Action Plan" in p.text)
        header = document.tables(page.number)[0][0]
    finally:
        document.close()
    assert "Appendix A - Action Plan" in page.text
    assert header[0] == "Recommendation" and header[-2] == "Target Date"


# --- recommendations ------------------------------------------------------------------------------------------


def _section(texts: list[tuple[str, dict]]) -> Section:
    lines = [Line(text=t, page=1, block=i, **kw) for i, (t, kw) in enumerate(texts)]
    return Section(kind="overview", heading="Recommendations", lines=lines)


def test_recommendation_number_title_over_pdf_bullets() -> None:
    section = _section(
        [
            ("Recommendation number 1", {"bold": True}),
            ("•", {}),
            ("That Nottinghamshire Police remind staff about the importance of linking offences.", {}),
            ("•", {}),
            ("That officers and police staff are reminded of the need to tag occurrences.", {}),
            ("Recommendation number 2", {"bold": True}),
            ("• Adult Duty Workers must review the history of a case before responding.", {}),
        ]
    )
    items = split_items(section, 11.0)
    assert [(i.number, i.text[:20]) for i in items] == [
        ("1", "That Nottinghamshire"),
        ("1", "That officers and po"),
        ("2", "Adult Duty Workers m"),
    ]


def test_recommendation_number_title_over_word_list_items() -> None:
    section = _section(
        [
            ("Recommendation number 3", {"heading_level": 3}),
            ("The CSP should commission a learning event.", {"list_item": True}),
            ("The CSP should publish a seven minute briefing.", {"list_item": True}),
        ]
    )
    assert [i.number for i in split_items(section, 11.0)] == ["3", "3"]


def test_terms_of_reference_and_lead_ins_in_the_same_numbering_are_not_recommendations() -> None:
    section = _section(
        [
            ("6.1 The terms of reference asked the panel to consider:", {}),
            ("6.1.1 Whether agencies should have shared information about the risk.", {}),
            ("6.1.2 Whether the police should have referred her to MARAC.", {}),
            ("6.2 The review also adopted the recommendations of an earlier review:", {}),
            ("6.2.1 The Police should refer every repeat victim to MARAC.", {}),
            ("6.3 The panel noted that agencies have already begun work on the learning.", {}),
            ("6.3.1 The CCG should audit GP referrals to the IDVA service.", {}),
        ]
    )
    assert [i.number for i in split_items(section, 11.0)] == ["6.2.1", "6.3.1"]


def test_panel_commentary_numbered_between_recommendations_is_not_one() -> None:
    texts = [
        "6.1 This section sets out the recommendations of the review.",
        "6.2 The Police should review its DASH training for response officers.",
        "6.3 The panel wishes to thank the agencies for their cooperation with this review.",
        "6.4 Each agency has produced an action plan for its recommendations, attached at Appendix 2.",
        "6.5 The review panel endorses the recommendations made in the IMRs.",
        "6.6 Recommendations should be SMART and each agency will report progress to the CSP.",
        "6.7 In addition, the review highlighted good practice by the ambulance service.",
        "6.8 The Review recommends that the Home Office amends the wording of its leaflets.",
        "6.9 The review panel should be reconvened in twelve months to test progress.",
        "6.10 Review the process by which intelligence from other forces is checked.",
    ]
    items = split_items(_section([(t, {}) for t in texts]), 11.0)
    assert [i.number for i in items] == ["6.2", "6.8", "6.9", "6.10"]


def test_numbered_titles_are_not_contents_lines() -> None:
    assert not is_toc_line("Recommendation number 2")
    assert not is_toc_line("Appendix 3")
    assert is_toc_line("Introduction 3")
    assert is_toc_line("Recommendations ........ 15")


# --- end to end on the committed documents (models loaded once) ------------------------------------------------


@pytest.fixture(scope="module")
def extractor():
    from extraction.pipeline import Extractor

    return Extractor.load()


def _score(extractor, names: list[str]):
    from evaluation.extraction import aggregate, evaluate_extraction, load_gold

    metrics = []
    for name in names:
        gold = load_gold(DEV / f"{name}.gold.json")
        document = DEV / gold.source.filename
        metrics.append(evaluate_extraction(extractor.extract_path(document), gold))
    return aggregate(metrics)


def test_pdf_exports_end_to_end(extractor) -> None:
    total = _score(
        extractor,
        [
            "dev-01-legal-overview-pdf",
            "dev-02-recno-bullets-pdf",
            "dev-04-two-column-plan-pdf",
            "dev-08-split-sentences-pdf",
        ],
    )
    assert total.recommendations.f1 >= 0.95
    assert total.numbers.value >= 0.95
    assert total.actions_target_date.f1 >= 0.9


@pytest.mark.slow
def test_whole_dev_set(extractor) -> None:
    names = sorted(p.name[: -len(".gold.json")] for p in DEV.glob("*.gold.json"))
    total = _score(extractor, names)
    assert total.recommendations.f1 >= 0.95
    assert total.numbers.value >= 0.95
    assert total.actions_target_date.f1 >= 0.9
