"""The ``dev10/`` documents, second half (``dev10-11`` on), written with the first and scored blind with it.

What they add: "Recommendation N" labels whose number is a Word SEQ field; a recommendations list inside a
block-level content control of a report template; a table nested in a table's cell; roman list numbers in a
table's number cells; "L1" learning points and "R1" recommendations from two Word lists of prefixed labels; a
Finding | Recommendation table with the finding on the left; agency cells whose name is printed vertically
(rotated text) merged down over their rows; a numbered recommendation ending in a colon whose points are Word
bullets; justified, hyphenated two-column print of a legal list. Printed leads and agency names are each
recommendation's own gold agencies (``leads.gold_lead``).
"""

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _intro, _justify_hyphenate
from annotations.wordproc.layouts_dev6 import _columns
from annotations.wordproc.layouts_dev7 import CLOSING, PANEL_PROSE, _look, _opening, _title
from annotations.wordproc.layouts_dev8 import _sub_points
from annotations.wordproc.layouts_dev10 import LESSONS
from annotations.wordproc.leads import KENT_NAMES, NORFOLK_NAMES, NOTTINGHAM_NAMES, gold_lead
from annotations.wordproc.parts import closing, pick
from annotations.wordproc.worddoc import Level, WordDoc

#: Cornwall's own service names for the gold agency ids (as its Lead cells print them).
CORNWALL_NAMES = {
    "police": "Devon and Cornwall Police",
    "public_health": "Cornwall and Isles of Scilly Public Health",
    "integrated_care_board": "NHS Kernow",
}

PDF_OPTIONS_10B: dict[str, str] = {
    "dev10-13-nested-table": '{"UseTaggedPDF":{"type":"boolean","value":"true"}}',
    "dev10-18-colon-bullets": '{"SelectPdfVersion":{"type":"long","value":"1"}}',
}

#: Findings printed beside the recommendations (worded "should have"; none of them a recommendation).
FINDINGS = [
    "The risk assessment was not repeated when the victim reported new threats, although it should have been.",
    "Two agencies held information about the perpetrator's previous partner that was not shared.",
    "The victim was seen alone only once, at a home visit, and the question of abuse was not asked.",
    "Referrals were sent by email to a shared inbox that nobody checked over the holiday period.",
    "Staff did not know which service to contact out of hours and relied on the duty manager.",
    "The GP record noted low mood over two years without any link being made to the relationship.",
]


def _seq_label(w: WordDoc, value: int) -> None:
    """A bold "Recommendation N" paragraph whose N is a Word SEQ field (begin, instruction, separate, the shown
    result, end), as a report that numbers its recommendations with Insert Caption writes it."""
    p = w.doc.add_paragraph()
    p.add_run("Recommendation ").bold = True
    for xml in (
        '<w:r {ns}><w:rPr><w:b/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r {ns}><w:rPr><w:b/></w:rPr><w:instrText xml:space="preserve"> SEQ Recommendation \\* ARABIC </w:instrText></w:r>',
        '<w:r {ns}><w:rPr><w:b/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r {ns}><w:rPr><w:b/></w:rPr><w:t>" + str(value) + "</w:t></w:r>",
        '<w:r {ns}><w:rPr><w:b/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        p._p.append(parse_xml(xml.format(ns=nsdecls("w"))))
    p.paragraph_format.keep_with_next = True


def _wrap_in_sdt(w: WordDoc, first: int, tag: str, sdt_id: int) -> None:
    """The body's elements from index ``first`` to the end moved into a block-level content control
    (``w:sdt``), as a report template's "Recommendations" field holds its paragraphs and tables."""
    body = w.doc.element.body
    elements = [el for el in list(body)[first:] if el.tag != qn("w:sectPr")]
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
        f'<w:id w:val="{sdt_id}"/></w:sdtPr><w:sdtContent/></w:sdt>'
    )
    elements[0].addprevious(sdt)
    content = sdt.find(qn("w:sdtContent"))
    for el in elements:
        content.append(el)


def _vertical_cells(table: object, col: int) -> None:
    """The cells of column ``col`` (past the header row) printed bottom to top (``w:textDirection btLr``)."""
    for row in table.rows[1:]:  # type: ignore[attr-defined]
        tcpr = row.cells[col]._tc.get_or_add_tcPr()
        if tcpr.find(qn("w:textDirection")) is None:
            tcpr.append(parse_xml(f'<w:textDirection {nsdecls("w")} w:val="btLr"/>'))


def _cell_size(table: object, size: float) -> None:
    for row in table.rows:  # type: ignore[attr-defined]
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(size)


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------


def dev_seq_field_labels(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 11 (substituted): bold "Recommendation N" lines whose number is a SEQ field, the text the plain
    paragraph under each, a "Lead:" line after it naming its gold agencies."""
    g = Gold("dev10-11-seq-field-labels", "Kent Community Safety Partnership", "Mr Y")
    w = WordDoc("Calibri", 11)
    _look(w, 1.08, 8)
    _opening(w, g, fill=1, prose=PANEL_PROSE[2:3], lead_in="The panel's recommendations follow.")
    for k, real in enumerate(pick(pool, "Kent", "", 6, used), 1):
        _seq_label(w, k)
        w.para(real.text)
        w.para(f"Lead: {gold_lead(real, KENT_NAMES)}")
        g.rec(real, str(k), "overview")
    closing(w, "KSCS - Kent Specialist Children's Services.", f"Kent DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_block_content_control(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 11 (Liberation Sans): a report template whose recommendations chapter (a lead-in, a Word list "1."
    and a closing note) sits inside one block-level content control; a second one holds a Lead table."""
    g = Gold("dev10-12-block-content-control", "Norfolk County Community Safety Partnership", "Adult C1")
    w = WordDoc("Arial", 11)
    _look(w, 1.15, 6)
    _opening(w, g, fill=1, prose=PANEL_PROSE[:1])
    start = len(w.doc.element.body) - 1
    w.para("[Enter the recommendations agreed by the panel below.]")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    reals = pick(pool, "Norfolk", "", 6, used)
    for real in reals:
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.para(CLOSING)
    _wrap_in_sdt(w, start, "Recommendations", 4101)
    start = len(w.doc.element.body) - 1
    w.heading("Lead agencies", 2)
    rows: list[list[str | None]] = [["Recommendation", "Lead"]]
    rows += [[str(k), gold_lead(real, NORFOLK_NAMES)] for k, real in enumerate(reals, 1)]
    w.table(rows, [4.0, 10.0], font_size=10)
    _wrap_in_sdt(w, start, "Leads", 4102)
    closing(w, "MASH - Multi-Agency Safeguarding Hub.", f"Norfolk DHR {g.subject}", "Page {n}")
    return w, g


def dev_nested_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10 (Liberation Sans), tagged PDF: a two-row layout table (a title row, a body row) whose body cell
    holds a nested No. | Recommendation | Lead table, as a template's framed section does."""
    g = Gold("dev10-13-nested-table", "Nottingham Crime and Drugs Partnership", "Adult D1")
    w = WordDoc("Arial", 10)
    _look(w, 1.1, 6)
    _opening(w, g, fill=1, prose=PANEL_PROSE[1:2])
    outer = w.doc.add_table(rows=2, cols=1)
    outer.style = "Table Grid"
    outer.rows[0].cells[0].text = "Section 5: Recommendations of the review panel"
    outer.rows[0].cells[0].paragraphs[0].runs[0].bold = True
    cell = outer.rows[1].cells[0]
    cell.paragraphs[0].text = "The panel makes these recommendations to the partnership's agencies."
    reals = [r for who, n in (("Nottinghamshire Police", 3), ("Adult Social Care", 2), ("Recovery Network", 1))
             for r in pick(pool, "Nottingham", who, n, used)]  # fmt: skip
    inner = cell.add_table(rows=1, cols=3)
    inner.style = "Table Grid"
    for c, text in enumerate(("No.", "Recommendation", "Lead")):
        inner.rows[0].cells[c].text = text
    for k, real in enumerate(reals, 1):
        cells = inner.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = f"{k}.", real.text, gold_lead(real, NOTTINGHAM_NAMES)
        g.rec(real, str(k), "overview")
    for c, width in enumerate((1.2, 10.2, 3.6)):
        for row in inner.rows:
            row.cells[c].width = Cm(width)
    cell.add_paragraph("Agreed by the panel on 14 March 2019.")
    _cell_size(inner, 10)
    w.para("")
    closing(w, "DART - Domestic Abuse Referral Team.", f"Nottingham DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_roman_cell_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cambria 11 (substituted): a No. | Recommendation | Lead agency table whose No. cells hold only a Word
    list number in lower roman ("i.", "ii.") counting through the table."""
    g = Gold("dev10-14-roman-cell-numbers", "Safer Cornwall", "Ms C")
    w = WordDoc("Cambria", 11)
    _look(w, 1.1, 6)
    _opening(w, g, fill=2, prose=PANEL_PROSE[:1], lead_in="The recommendations are numbered i to vi.")
    nid = w.num(w.abstract([Level("lowerRoman", "%1.")]))
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead agency"]]
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    for real in pick(pool, "Cornwall", "", 6, used):
        rows.append(["", real.text, gold_lead(real, CORNWALL_NAMES)])
        cells[(len(rows) - 1, 0)] = [("", (nid, 0))]
        g.rec(real, w._label(nid, 0), "overview")
    w.table(rows, [1.4, 10.6, 4.0], cell_numbering=cells, font_size=10.5)
    closing(w, "IoS - Isles of Scilly.", f"Safer Cornwall DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_learning_rec_prefixed(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 11 (Liberation Sans): a "Learning" chapter whose points are a Word list labelled "L%1" ("L1" ..,
    findings, not recommendations), then the recommendations in a Word list labelled "R%1" ("R1" ..)."""
    g = Gold("dev10-15-learning-rec-prefixed", "Sefton Community Safety Partnership", "Adult E1")
    w = WordDoc("Arial", 11)
    _look(w, 1.15, 6)
    _title(w, g)
    w.heading("Introduction", 1)
    _intro(w, g, fill=1)
    w.heading("Learning", 1)
    w.para("The panel identified the following learning.")
    lid = w.num(w.abstract([Level("decimal", "L%1")]))
    for lesson in LESSONS:
        w.para(lesson, num=(lid, 0))
    w.heading("Recommendations", 1)
    rid = w.num(w.abstract([Level("decimal", "R%1")]))
    for real in pick(pool, "Sefton", "", 6, used):
        g.rec(real, w.para(real.text, num=(rid, 0)), "overview")
    closing(w, "IDVA - Independent Domestic Violence Advisor.", f"Sefton DHR {g.subject}", "Page {n}")
    return w, g


def dev_finding_left_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Verdana 9.5 (DejaVu Sans): a Finding | Recommendation table, the finding (worded "should have") on the
    left, the recommendation with its typed number "1." on the right."""
    g = Gold("dev10-16-finding-left-table", "Kent Community Safety Partnership", "Mrs Z")
    w = WordDoc("Verdana", 9.5)
    _look(w, 1.1, 6)
    _opening(
        w,
        g,
        fill=1,
        prose=PANEL_PROSE[3:4],
        lead_in="Each recommendation is set beside the finding behind it.",
    )
    rows: list[list[str | None]] = [["Finding", "Recommendation"]]
    for k, real in enumerate(pick(pool, "Kent", "", 6, used), 1):
        rows.append([FINDINGS[k - 1], f"{k}. {real.text}"])
        g.rec(real, str(k), "overview")
    w.table(rows, [7.0, 9.0], font_size=9.5)
    closing(w, "KMPT - Kent and Medway NHS and Social Care Partnership Trust.", f"Kent DHR {g.subject}",
            "Page {n} of {m}")  # fmt: skip
    return w, g


def dev_vertical_agency_cells(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10 (Liberation Sans): an Agency | No. | Recommendation table whose Agency cells (each its rows'
    gold agencies) are printed bottom to top and merged down over their rows; typed numbers counting on."""
    g = Gold("dev10-17-vertical-agency-cells", "Kent Community Safety Partnership", "Mr A2")
    w = WordDoc("Arial", 10)
    _look(w, 1.1, 6)
    _opening(w, g, fill=1, prose=PANEL_PROSE[:1], lead_in="The recommendations are listed by agency.")
    reals = [r for who, n in (("Kent Police", 2), ("KMPT", 1), ("NHS England", 1), ("Kent and Medway CCG", 1))
             for r in pick(pool, "Kent", who, n, used)]  # fmt: skip
    rows: list[list[str | None]] = [["Agency", "No.", "Recommendation"]]
    shown = None
    for k, real in enumerate(reals, 1):
        name = gold_lead(real, KENT_NAMES)
        rows.append([name if name != shown else None, f"{k}.", real.text])
        shown = name
        g.rec(real, str(k), "overview")
    w.table(rows, [1.6, 1.2, 13.2], font_size=10)
    _vertical_cells(w.doc.tables[-1], 0)
    closing(w, "CCG - Clinical Commissioning Group.", f"Kent DHR {g.subject}", "Page {n}")
    return w, g


def dev_colon_bullets(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Times New Roman 11 (Liberation Serif), PDF/A-1b: a Word list "1." of recommendations; one ends in a
    colon and its points are Word bullets under it (part of it, not recommendations of their own)."""
    g = Gold("dev10-18-colon-bullets", "Norfolk County Community Safety Partnership", "Adult F1")
    w = WordDoc("Times New Roman", 11)
    _look(w, 1.15, 6)
    _opening(w, g, fill=1, prose=PANEL_PROSE[2:3], lead_in="The panel recommends:")
    nid = w.num(w.abstract([Level("decimal", "%1."), Level("bullet", "\u2022")]))
    parent, head, points = _sub_points(pool, "Norfolk")
    used.add(parent.text)
    reals = pick(pool, "Norfolk", "", 4, used)
    for k, real in enumerate(reals):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
        if k == 1:
            label = w.para(head, num=(nid, 0))
            for point in points:
                w.para(point, num=(nid, 1))
            g.rec(parent, label, "overview", text=" ".join([head, *points]))
    w.para(CLOSING)
    closing(w, "NPS - National Probation Service.", f"Norfolk DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_two_column_legal_hyphenated(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Garamond 10.5 (substituted), justified with automatic hyphenation, the recommendations chapter in two
    columns: a legal list "8.1", "8.2" whose first item is a lead-in; a one-column chapter after it."""
    g = Gold("dev10-19-two-column-legal-hyphenated", "Sefton Community Safety Partnership", "Adult G1")
    w = WordDoc("Garamond", 10.5)
    _justify_hyphenate(w)
    _look(w, 1.0, 4, justified=True)
    ch = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2")]), restart={0: 7})
    _title(w, g)
    w.heading("Analysis", 1, num=(ch, 0))
    w.para(FILLER, num=(ch, 1))
    w.para(PANEL_PROSE[0], num=(ch, 1))
    _columns(w, 2)
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The panel makes the following recommendations.", num=(ch, 1))
    for real in pick(pool, "Sefton", "", 7, used):
        g.rec(real, w.para(real.text, num=(ch, 1)), "overview")
    _columns(w, 1)
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("MARAC - Multi-Agency Risk Assessment Conference.", num=(ch, 1))
    _header_footer(w, f"Sefton DHR {g.subject}", "Page {n} of {m}")
    return w, g


DEV10B = {
    "dev10-11-seq-field-labels": dev_seq_field_labels,
    "dev10-12-block-content-control": dev_block_content_control,
    "dev10-13-nested-table": dev_nested_table,
    "dev10-14-roman-cell-numbers": dev_roman_cell_numbers,
    "dev10-15-learning-rec-prefixed": dev_learning_rec_prefixed,
    "dev10-16-finding-left-table": dev_finding_left_table,
    "dev10-17-vertical-agency-cells": dev_vertical_agency_cells,
    "dev10-18-colon-bullets": dev_colon_bullets,
    "dev10-19-two-column-legal-hyphenated": dev_two_column_legal_hyphenated,
}
