"""The ``dev10/`` documents, third part (``dev10-20`` on), written after the first 19 were fixed and scored blind
on their own before any fix for them.

What they add: a Recommendation | Lead agency | Target date table whose recommendation cell holds a bold
"Recommendation N" line over the text; a whole report on landscape pages in two columns, a Word list flowing
from column to column; typed "1." numbers at the margin with the text wrapping back under them, exact 12 pt
line spacing and no space between paragraphs, unpunctuated noun-phrase recommendations followed by prose.
Printed leads are each recommendation's own gold agencies (``leads.gold_lead``).
"""

from docx.enum.text import WD_LINE_SPACING
from docx.shared import Pt

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _intro, _page
from annotations.wordproc.layouts_dev7 import CLOSING, PANEL_PROSE, _look, _opening, _title
from annotations.wordproc.layouts_dev10 import recs_action
from annotations.wordproc.leads import KENT_NAMES, gold_lead
from annotations.wordproc.parts import closing, pick
from annotations.wordproc.worddoc import Level, WordDoc

PDF_OPTIONS_10C: dict[str, str] = {
    "dev10-21-landscape-two-columns": '{"UseTaggedPDF":{"type":"boolean","value":"true"}}',
}


def dev_cell_label_above(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10 (Liberation Sans): a Recommendation | Lead agency | Target date table, each recommendation cell
    a bold "Recommendation N" line then the text as a second paragraph; the dates are implied actions."""
    g = Gold("dev10-20-cell-label-above", "Kent Community Safety Partnership", "Mrs B2")
    w = WordDoc("Arial", 10)
    _look(w, 1.1, 6)
    _opening(
        w, g, fill=1, prose=PANEL_PROSE[:1], lead_in="The recommendations, their leads and target dates:"
    )
    dates = ["March 2017", "Q1 2018/19", "Ongoing", "30th June 2018", "TBC", "End of December 2017"]
    w.table([["Recommendation", "Lead agency", "Target date"]], [10.4, 3.6, 2.6], font_size=10)
    table = w.doc.tables[-1]
    for k, real in enumerate(pick(pool, "Kent", "", 6, used), 1):
        cells = table.add_row().cells
        lead = gold_lead(real, KENT_NAMES)
        label = cells[0].paragraphs[0].add_run(f"Recommendation {k}")
        label.bold = True
        cells[0].add_paragraph(real.text)
        cells[1].text, cells[2].text = lead, dates[k - 1]
        for cell in cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(10)
        recs_action(g.rec(real, str(k), "overview"), real, lead, dates[k - 1])
    w.para(CLOSING)
    closing(w, "KSCS - Kent Specialist Children's Services.", f"Kent DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_landscape_two_columns(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 10.5 (substituted), tagged PDF: the whole report on landscape A4 in two columns; the
    recommendations a Word list "1." flowing from the left column into the right and over a page."""
    g = Gold("dev10-21-landscape-two-columns", "Norfolk County Community Safety Partnership", "Adult H1")
    w = WordDoc("Calibri", 10.5)
    _look(w, 1.1, 6)
    _page(w, 29.7, 21.0, 1.8, columns=2)
    _title(w, g)
    w.heading("Introduction", 1)
    _intro(w, g, fill=3)
    w.para(PANEL_PROSE[1])
    w.heading("Recommendations", 1)
    w.para("The panel recommends:")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in pick(pool, "Norfolk", "", 7, used):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.para(CLOSING)
    w.heading("Glossary", 1)
    w.para("MASH - Multi-Agency Safeguarding Hub.")
    _header_footer(w, f"Norfolk DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_exact_tight_margin_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Times New Roman 10 (Liberation Serif) at exactly 12 pt, no space between paragraphs: typed "1." at the
    margin, the text wrapping back under it (no indent); unpunctuated noun-phrase recommendations; the
    panel's prose after the list at the margin."""
    g = Gold("dev10-22-exact-tight-margin-numbers", "Sefton Community Safety Partnership", "Adult J1")
    w = WordDoc("Times New Roman", 10)
    fmt = w.doc.styles["Normal"].paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(12)
    fmt.space_after = Pt(0)
    _title(w, g)
    w.heading("Introduction", 1)
    _intro(w, g, fill=1)
    w.heading("Recommendations", 1)
    w.para("The panel recommends:")
    for k, real in enumerate(pick(pool, "Sefton", "", 7, used), 1):
        w.para(f"{k}. {real.text}")
        g.rec(real, str(k), "overview")
    w.para(CLOSING)
    w.para(FILLER)
    w.heading("Glossary", 1)
    w.para("MARAC - Multi-Agency Risk Assessment Conference.")
    _header_footer(w, f"Sefton DHR {g.subject}", "{n}")
    return w, g


DEV10C = {
    "dev10-20-cell-label-above": dev_cell_label_above,
    "dev10-21-landscape-two-columns": dev_landscape_two_columns,
    "dev10-22-exact-tight-margin-numbers": dev_exact_tight_margin_numbers,
}
