"""The second part of ``dev6/`` (``dev6-11`` on), written after the first ten were fixed and scored blind on
their own before any fix for them: a numbered list in a shape beside the text, right-aligned list numbers
(``lvlJc="right"``) past 9, a two-column report with line numbers and "R1." labels, a landscape table whose
first column holds only Word list numbers under a two-row repeated header, a header with a right tab and a
different first page over dense typed "6.1<tab>" paragraphs.
"""

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _drawing_box, _page
from annotations.wordproc.layouts_dev5 import NARRATIVE
from annotations.wordproc.layouts_dev6 import _hanging, _look, _square_wrap
from annotations.wordproc.leads import NOTTINGHAM_NAMES, lead_groups, real_lead
from annotations.wordproc.parts import closing, opening, pick
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc

_TAGGED = '{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
PDF_OPTIONS_B: dict[str, str] = {
    "dev6-11-shape-list-beside": _TAGGED,
    "dev6-12-right-aligned-numbers": '{"SelectPdfVersion":{"type":"long","value":"2"}}',
    "dev6-14-number-cells-landscape": _TAGGED,
}


def _right_aligned_numbers(w: WordDoc, aid: int) -> None:
    for abstract in w._numbering.iter(qn("w:abstractNum")):
        if abstract.get(qn("w:abstractNumId")) == str(aid):
            for jc in abstract.iter(qn("w:lvlJc")):
                jc.set(qn("w:val"), "right")


def dev_shape_list_beside(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """DejaVu Serif 10.5, tagged: under "Recommendations" a text box (DrawingML, square wrap, 7.5 cm, on the
    right) holds the Word-numbered recommendations 1-4; narrative paragraphs wrap beside it on the left."""
    g = Gold("dev6-11-shape-list-beside", "Sefton Community Safety Partnership", "Adult R")
    w = WordDoc("DejaVu Serif", 10.5)
    _look(w, 1.0, False)
    opening(w, g)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    reals = pick(pool, "Sefton", "", 4, used)
    # labels counted in order: the box's paragraphs are numbered like any others
    labels = [w._label(nid, 0) for _ in reals]
    _drawing_box(w, [(real.text, (nid, 0)) for real in reals], 9.0)
    _square_wrap(w, 7.5, 8.5)  # the box on the right
    for real, label in zip(reals, labels, strict=True):
        g.rec(real, label, "overview")
    for text in NARRATIVE[:9]:
        w.para(text)
    closing(
        w,
        "MARAC - Multi-Agency Risk Assessment Conference.",
        f"Sefton DHR {g.subject} 2021/05",
        "Page {n} of {m}",
    )
    return w, g


def dev_right_aligned_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 12 at 1.5, justified, PDF/A-2b: eleven recommendations whose list numbers are
    right-aligned ("9." and "10." end at the same place), A4 with narrow margins."""
    g = Gold("dev6-12-right-aligned-numbers", "Norfolk County Community Safety Partnership", "Beth")
    w = WordDoc("Liberation Sans", 12)
    _look(w, 1.5, True)
    _page(w, 21.0, 29.7, 1.8)
    opening(w, g)
    aid = w.abstract([Level("decimal", "%1.")])
    _right_aligned_numbers(w, aid)
    nid = w.num(aid)
    for real in pick(pool, "Norfolk", "", 11, used):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    closing(w, "IDVA - Independent Domestic Violence Advisor.", f"Norfolk DHR {g.subject}", "{n}")
    return w, g


def dev_two_column_lines(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Serif 11, the whole report in two columns with line numbers on every line (restarting each
    page); the recommendations labelled "R1." .. by their Word list."""
    g = Gold("dev6-13-two-column-lines", "Kent Community Safety Partnership", "Mrs T")
    w = WordDoc("Liberation Serif", 11)
    _look(w, 1.0, False)
    _page(w, 21.0, 29.7, 2.0, columns=2)
    w.doc.sections[0]._sectPr.append(
        parse_xml(f'<w:lnNumType {nsdecls("w")} w:countBy="1" w:distance="200" w:restart="newPage"/>')
    )
    opening(w, g, fill=2)
    w.para("The panel makes these recommendations.")
    nid = w.num(w.abstract([Level("decimal", "R%1.")]))
    for real in pick(pool, "Kent", "", 7, used):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    closing(
        w,
        "KMPT - Kent and Medway NHS and Social Care Partnership Trust.",
        f"Kent DHR {g.subject}",
        "Page {n}",
    )
    return w, g


def dev_number_cells_landscape(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """DejaVu Sans 11, landscape throughout, tagged: a table whose header is two rows (a title row across it,
    then "Rec | Recommendation | Lead"), repeated on each page; the Rec cells hold only their Word list number;
    rows cut by page breaks; each Lead cell names its recommendation's real addressee."""
    g = Gold("dev6-14-number-cells-landscape", "Nottingham Crime and Drugs Partnership", "Adult L")
    w = WordDoc("DejaVu Sans", 11)
    _look(w, 1.15, False)
    section = w.doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    opening(w, g)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    rows: list[list[str | None]] = [
        ["Recommendations of the review panel"],
        ["Rec", "Recommendation", "Lead"],
    ]
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    for real in pick(pool, "Nottingham", "", 7, used):
        # the Lead cell names the recommendation's own addressee (a cycled list put a wrong agency beside it)
        rows.append(["", real.text, real_lead(real, NOTTINGHAM_NAMES)])
        cells[(len(rows) - 1, 0)] = [("", (nid, 0))]
        g.rec(real, w._label(nid, 0), "overview")
    w.table(rows, [1.6, 18.0, 5.5], header_rows=2, font_size=11, cell_numbering=cells)
    closing(w, "DART - Domestic Abuse Referral Team.", f"Nottingham DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_header_tab_dense(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 10, single spacing, no space after paragraphs: a title page with no header (different
    first page), then a header "DHR 3/2020 Overview Report<right tab>Page N" and a footer "Version 2.1 -
    14.03.2020"; typed "6.1<tab>" paragraph numbers under a 1.25 cm hanging indent, the recommendations 6.3-6.8
    after a lead-in 6.2."""
    g = Gold("dev6-15-header-tab-dense", "Safer Cornwall", "Poppy")
    w = WordDoc("Liberation Sans", 10)
    _look(w, 1.0, False, after_pt=0)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.para("Overview Report, version 2.1, 14 March 2020")
    w.page_break()
    w.heading("5.\tAnalysis", 1)
    for k, text in enumerate([FILLER, *NARRATIVE[:5]], 1):
        w.para(f"5.{k}\t{text}")
        _hanging(w, 1.25)
    w.heading("6.\tRecommendations", 1)
    w.para("6.1\tThe recommendations below were agreed by the panel in February 2020.")
    _hanging(w, 1.25)
    w.para("6.2\tThe panel recommends that:")
    _hanging(w, 1.25)
    k = 2
    for lead, chunk in lead_groups(pick(pool, "Cornwall", "", 6, used)):
        # each agency's heading over its texts, as the real report has them (rule 3 needs it for "Undertake ...")
        w.para(lead, bold=True, keep_with_next=True)
        _hanging(w, 1.25)
        for real in chunk:
            k += 1
            w.para(f"6.{k}\t{real.text}")
            _hanging(w, 1.25)
            g.rec(real, f"6.{k}", "overview", lead)
    w.heading("7.\tGlossary", 1)
    w.para("7.1\tCIC - Community Interest Company.")
    _hanging(w, 1.25)
    _header_footer(w, "DHR 3/2020 Overview Report\tPage {n}", "Version 2.1 - 14.03.2020")
    first = w.doc.sections[0]
    first.different_first_page_header_footer = True
    first.header.paragraphs[0].paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    for run in first.header.paragraphs[0].runs:
        run.font.size = Pt(9)
    return w, g


DEV6B = {
    "dev6-11-shape-list-beside": dev_shape_list_beside,
    "dev6-12-right-aligned-numbers": dev_right_aligned_numbers,
    "dev6-13-two-column-lines": dev_two_column_lines,
    "dev6-14-number-cells-landscape": dev_number_cells_landscape,
    "dev6-15-header-tab-dense": dev_header_tab_dense,
}
