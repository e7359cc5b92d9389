"""The ``dev8/`` documents (second half, ``dev8-13`` on), written with the first half before any fixing:
justified hyphenated print at 1.5 spacing; a recommendation whose second sentence is an unnumbered paragraph
set in at its text; right-aligned "Lead:" lines; shaded label cells beside the text; typed numbers without a
dot; "Recommendation 2 of 6" labels; numbered paragraphs running through the cells of a landscape agency table;
one recommendation a page under its own heading; typed bullet characters; outline-numbered headings over lists
restarting per agency; large coloured numbers beside small text; indented italic quotations of the items.
"""

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _intro, _justify_hyphenate, _page
from annotations.wordproc.layouts_dev7 import CLOSING, PANEL_PROSE, _look, _opening, _title
from annotations.wordproc.layouts_dev8 import _tab_hang, _typed_item
from annotations.wordproc.leads import lead_groups
from annotations.wordproc.parts import closing, pick
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc

PDF_OPTIONS_8B: dict[str, str] = {
    "dev8-19-landscape-agency-cells": '{"UseTaggedPDF":{"type":"boolean","value":"true"}}',
    "dev8-23-large-coloured-numbers": '{"SelectPdfVersion":{"type":"long","value":"1"}}',
}


def _sentences(text: str) -> tuple[str, str]:
    """The first sentence of ``text`` and the rest (the rest empty where there is one sentence)."""
    head, sep, tail = text.partition(". ")
    return (head + "." if sep else head), tail


def dev_justified_hyphen_15(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 11 (substituted) at 1.5 spacing, justified with automatic hyphenation, 3 cm margins: bold
    agency lines over a Word list "1." whose count runs on from agency to agency."""
    g = Gold("dev8-13-justified-hyphen-15", "Kent Community Safety Partnership", "Mrs J")
    w = WordDoc("Calibri", 11)
    _justify_hyphenate(w)
    _look(w, 1.5, 6, justified=True)
    _page(w, 21.0, 29.7, 3.0)
    _opening(w, g, prose=PANEL_PROSE[:2], lead_in="The recommendations are grouped by the agency that leads.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for heading, addressee, n in (("Kent Police", "Kent Police", 3), ("KMPT", "KMPT", 2),
                                  ("NHS England", "NHS England", 1)):  # fmt: skip
        w.para(heading, bold=True, keep_with_next=True)
        for real in pick(pool, "Kent", addressee, n, used):
            g.rec(real, w.para(real.text, num=(nid, 0)), "overview", heading)
    closing(
        w, "KMPT - Kent and Medway NHS and Social Care Partnership Trust.", f"Kent DHR {g.subject}", "{n}"
    )
    return w, g


def dev_multi_paragraph_recs(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Serif 11.5: a Word list "1."; where a recommendation has more than one sentence, the rest is
    a second, unnumbered paragraph set in at the item's text (part of the recommendation)."""
    g = Gold("dev8-14-multi-paragraph-recs", "Kent Community Safety Partnership", "Mrs M")
    w = WordDoc("Liberation Serif", 11.5)
    _look(w, 1.1, 6)
    _opening(w, g, prose=PANEL_PROSE[3:4], lead_in="The panel makes the following recommendations.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in pick(pool, "Kent", "", 9, used):
        head, tail = _sentences(real.text)
        label = w.para(head, num=(nid, 0))
        if tail:
            w.para(tail)
            w.doc.paragraphs[-1].paragraph_format.left_indent = Cm(1.1)
        g.rec(real, label, "overview")
    w.para(CLOSING)
    closing(w, "KSCS - Kent Specialist Children's Services.", f"Kent DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_right_lead_lines(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Segoe UI 10 (substituted): a Word list "1." each item followed by a right-aligned italic line "Lead:
    <agency>" (not part of the text)."""
    g = Gold("dev8-15-right-lead-lines", "Nottingham Crime and Drugs Partnership", "Adult X")
    w = WordDoc("Segoe UI", 10)
    _look(w, 1.15, 4)
    _opening(
        w, g, prose=PANEL_PROSE[1:2], lead_in="Each recommendation names the agency that will lead on it."
    )
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in pick(pool, "Nottingham", "", 7, used):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
        lead = real.addressed_to or "Nottinghamshire Police"
        w.para(f"Lead: {lead}")
        p = w.doc.paragraphs[-1]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for run in p.runs:
            run.italic = True
    closing(w, "DART - Domestic Abuse Referral Team.", f"Nottingham DHR {g.subject}", "{n}")
    return w, g


def dev_label_cells_shaded(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 11 (Liberation Sans): a two-column ruled table without a header row, the narrow left cell of
    each row a shaded bold "Recommendation N" label, the text beside it."""
    g = Gold("dev8-16-label-cells-shaded", "Norfolk County Community Safety Partnership", "Ivy")
    w = WordDoc("Arial", 11)
    _look(w, 1.08, 6)
    _opening(w, g, prose=PANEL_PROSE[:1], lead_in="The panel's recommendations are set out in the table.")
    rows: list[list[str | None]] = []
    reals = pick(pool, "Norfolk", "", 7, used)
    for k, real in enumerate(reals, 1):
        rows.append([f"Recommendation {k}", real.text])
        g.rec(real, str(k), "overview")
    w.table(rows, [3.4, 12.6], header_rows=0, font_size=10.5)
    for row in w.doc.tables[-1].rows:
        cell = row.cells[0]
        cell._tc.get_or_add_tcPr().append(
            parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="DEEAF6"/>')
        )
        for run in cell.paragraphs[0].runs:
            run.bold = True
    closing(w, "MARAC - Multi-Agency Risk Assessment Conference.", f"Norfolk DHR {g.subject}", "Page {n}")
    return w, g


def dev_no_dot_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Times New Roman 12 (Liberation Serif): typed numbers without a dot, a tab and the text hanging at 1 cm;
    an introduction paragraph opening with a year; the footer a bare page number at the left."""
    g = Gold("dev8-17-no-dot-numbers", "Sefton Community Safety Partnership", "Adult Y")
    w = WordDoc("Times New Roman", 12)
    _look(w, 1.0, 8)
    _title(w, g)
    w.heading("Introduction", 1)
    w.para("2018 was the first year in which the partnership commissioned two reviews at once.")
    _intro(w, g, fill=1)
    w.heading("Recommendations", 1)
    w.para("The review makes seven recommendations.")
    for k, real in enumerate(pick(pool, "Sefton", "", 7, used), 1):
        _typed_item(w, str(k), real.text, 1.0)
        g.rec(real, str(k), "overview")
    w.para(CLOSING)
    closing(w, "MARAC - Multi-Agency Risk Assessment Conference.", f"Sefton DHR {g.subject}", "{n}")
    return w, g


def dev_of_n_labels(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 10.5: bold label lines "Recommendation 1 of 6" over each recommendation's text."""
    g = Gold("dev8-18-of-n-labels", "Safer Cornwall", "Morwenna")
    w = WordDoc("Liberation Sans", 10.5)
    _look(w, 1.1, 6)
    _opening(w, g, prose=PANEL_PROSE[2:3])
    reals = pick(pool, "Cornwall", "", 6, used)
    k = 0
    for lead, chunk in lead_groups(reals):
        w.para(lead, bold=True, keep_with_next=True)  # each agency's heading, as the real report has them
        for real in chunk:
            k += 1
            w.para(f"Recommendation {k} of {len(reals)}", bold=True, keep_with_next=True)
            w.para(real.text)
            g.rec(real, str(k), "overview", lead)
    closing(w, "CIC - Community Interest Company.", f"Safer Cornwall DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_landscape_agency_cells(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """DejaVu Sans 10, tagged PDF: after a portrait introduction, a landscape Agency | Recommendations table
    whose Recommendations cells hold Word-numbered paragraphs, one list counting on through all the cells;
    the header row repeated, a row split across the page break."""
    g = Gold("dev8-19-landscape-agency-cells", "Kent Community Safety Partnership", "Mrs N")
    w = WordDoc("DejaVu Sans", 10)
    _look(w, 1.1, 4)
    _opening(
        w, g, prose=PANEL_PROSE[:1], lead_in="The recommendations follow, by agency, in the table overleaf."
    )
    w.section(landscape=True)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    rows: list[list[str | None]] = [["Agency", "Recommendations"]]
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    for heading, addressee, n in (("Kent Police", "Kent Police", 3), ("KMPT", "KMPT", 2),
                                  ("Kent and Medway CCG", "CCG", 1), ("KCC Adult Social Care", "KCC", 1),
                                  ("NHS England", "NHS England", 1)):  # fmt: skip
        reals = pick(pool, "Kent", addressee, n, used)
        cells[(len(rows), 1)] = [(r.text, (nid, 0)) for r in reals]
        rows.append([heading, "x"])
        for real in reals:
            g.rec(real, w._label(nid, 0), "overview", heading)
    w.table(rows, [5.0, 20.0], font_size=10, cell_numbering=cells)
    w.section(landscape=False)
    closing(
        w, "KMPT - Kent and Medway NHS and Social Care Partnership Trust.", f"Kent DHR {g.subject}", "{n}"
    )
    return w, g


def dev_rec_per_page(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cambria 11 (substituted): each recommendation on a page of its own, under a Heading 2 "Recommendation
    N", followed by a "Status:" line of the panel's; the running header names the recommendations."""
    g = Gold("dev8-20-rec-per-page", "Nottingham Crime and Drugs Partnership", "Adult Z")
    w = WordDoc("Cambria", 11)
    _look(w, 1.15, 6)
    _opening(w, g, prose=PANEL_PROSE[3:4], lead_in="Each recommendation is set out on its own page.")
    for k, real in enumerate(pick(pool, "Nottingham", "", 5, used), 1):
        w.doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        w.heading(f"Recommendation {k}", 2)
        w.para(real.text)
        w.para("Status: agreed by the panel and accepted by the agency.")
        g.rec(real, str(k), "overview")
    closing(w, "DART - Domestic Abuse Referral Team.", f"Nottingham DHR {g.subject}: Recommendations", "{n}")
    return w, g


def dev_typed_bullets(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 11 (Liberation Sans): the recommendations as typed bullet characters ("\u2022", a tab, the text
    hanging at 0.75 cm: no Word list), after a lead-in ending in a colon; unnumbered."""
    g = Gold("dev8-21-typed-bullets", "Harlow Community Safety Partnership", "Hazel")
    w = WordDoc("Arial", 11)
    _look(w, 1.08, 6)
    _opening(w, g, prose=PANEL_PROSE[:1], lead_in="The panel recommends the following to all agencies:")
    for real in pick(pool, "Harlow", "", 3, used):
        _typed_item(w, "\u2022", real.text, 0.75)
        g.rec(real, None, "overview")
    w.para(CLOSING)
    closing(w, "IDVA - Independent Domestic Violence Advisor.", f"Harlow DHR {g.subject}", "Page {n}")
    return w, g


def dev_outline_headings_restart(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 11: Heading 1 and Heading 2 numbered by one outline list ("5", "5.1", "5.2"); under
    "5.1 Overview recommendations" a plain Word list "1." ..; under "5.2 Single agency recommendations"
    Heading 3 agencies, each with a list restarting at 1."""
    g = Gold("dev8-22-outline-headings-restart", "Kent Community Safety Partnership", "Ms O")
    w = WordDoc("Liberation Sans", 11)
    _look(w, 1.1, 6)
    out = w.num(w.abstract([Level("decimal", "%1"), Level("decimal", "%1.%2")]), restart={0: 4})
    _title(w, g)
    w.heading("Conclusions", 1, num=(out, 0))
    w.para(PANEL_PROSE[0])
    w.heading("Recommendations", 1, num=(out, 0))
    w.heading("Overview recommendations", 2, num=(out, 1))
    aid = w.abstract([Level("decimal", "%1.")])
    nid = w.num(aid)
    for real in pick(pool, "Kent", "NHS England", 1, used) + pick(pool, "Kent", "CCG", 1, used):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.heading("Single agency recommendations", 2, num=(out, 1))
    for heading, addressee, n in (("Kent Police", "Kent Police", 3), ("KMPT", "KMPT", 2)):
        w.heading(heading, 3)
        nid = w.num(aid, restart={0: 1})
        for real in pick(pool, "Kent", addressee, n, used):
            g.rec(real, w.para(real.text, num=(nid, 0)), "single_agency", heading)
    w.heading("Glossary", 1, num=(out, 0))
    w.para("KMPT - Kent and Medway NHS and Social Care Partnership Trust.")
    _header_footer(w, f"Kent DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_large_coloured_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 10 (substituted), PDF/A-1b: typed numbers in bold 16 pt dark blue, a tab and the 10 pt text
    hanging at 1.5 cm (the number's line taller than the text's)."""
    g = Gold("dev8-23-large-coloured-numbers", "Norfolk County Community Safety Partnership", "June")
    w = WordDoc("Calibri", 10)
    _look(w, 1.0, 8)
    _opening(w, g, prose=PANEL_PROSE[2:4], lead_in="The review makes the recommendations below.")
    for k, real in enumerate(pick(pool, "Norfolk", "", 7, used), 1):
        p = w.doc.add_paragraph()
        run = p.add_run(str(k))
        run.bold = True
        run.font.size = Pt(16)
        run.font.color.rgb = RGBColor.from_string("1F3864")
        p.add_run("\t" + real.text)
        _tab_hang(p, 1.5)
        g.rec(real, str(k), "overview")
    w.para(CLOSING)
    closing(w, "UPW - Unpaid Work.", f"Norfolk DHR {g.subject}", "Page {n}")
    return w, g


def dev_indented_italic(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Georgia 11 (substituted), justified: "The panel recommends that:" then typed "1." items in italic,
    indented 1.5 cm from both margins as a quotation, the number at the indent and the text hanging 0.8 cm
    further; the analysis before them quotes a should-sentence in italic as well."""
    g = Gold("dev8-24-indented-italic", "Sefton Community Safety Partnership", "Adult Q")
    w = WordDoc("Georgia", 11)
    _look(w, 1.1, 6, justified=True)
    _title(w, g)
    w.heading("Analysis", 1)
    _intro(w, g, fill=1)
    w.para("One manager told the panel: 'staff should have known where to find the protocol'.")
    w.doc.paragraphs[-1].runs[0].italic = True
    w.heading("Recommendations", 1)
    w.para("The panel recommends that:")
    for k, real in enumerate(pick(pool, "Sefton", "", 6, used), 1):
        p = w.doc.add_paragraph()
        p.add_run(f"{k}.\t{real.text}").italic = True
        fmt = p.paragraph_format
        fmt.left_indent = Cm(2.3)
        fmt.right_indent = Cm(1.5)
        fmt.first_line_indent = Cm(-0.8)
        fmt.tab_stops.add_tab_stop(Cm(2.3))
        g.rec(real, str(k), "overview")
    w.para(FILLER)
    closing(w, "MARAC - Multi-Agency Risk Assessment Conference.", f"Sefton DHR {g.subject}", "{n}")
    return w, g


DEV8B = {
    "dev8-13-justified-hyphen-15": dev_justified_hyphen_15,
    "dev8-14-multi-paragraph-recs": dev_multi_paragraph_recs,
    "dev8-15-right-lead-lines": dev_right_lead_lines,
    "dev8-16-label-cells-shaded": dev_label_cells_shaded,
    "dev8-17-no-dot-numbers": dev_no_dot_numbers,
    "dev8-18-of-n-labels": dev_of_n_labels,
    "dev8-19-landscape-agency-cells": dev_landscape_agency_cells,
    "dev8-20-rec-per-page": dev_rec_per_page,
    "dev8-21-typed-bullets": dev_typed_bullets,
    "dev8-22-outline-headings-restart": dev_outline_headings_restart,
    "dev8-23-large-coloured-numbers": dev_large_coloured_numbers,
    "dev8-24-indented-italic": dev_indented_italic,
}
