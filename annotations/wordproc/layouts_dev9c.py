"""The ``dev9/`` documents, second batch (``dev9-19`` on), written after the first batch's fixes and scored
blind on their own before any fix for them.

What they add: a No. | Recommendation | Lead | Priority table with a dark header row in white print and banded
rows; an overview chapter's recommendations followed by a chapter of the agencies' own (IMR) recommendations,
lists restarting under each agency; Word list labels "Rec 1" with a tab (the label in ``numbering.xml``);
"point zero" chapter numbers ("9.0 Recommendations", the recommendations "9.1" ..); a three-column summary
page; list numbers aligned right at the hanging indent, starting at 10, in 9 pt print.
"""

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import RGBColor

from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _intro
from annotations.wordproc.layouts_dev6 import _columns
from annotations.wordproc.layouts_dev7 import (
    CLOSING,
    PANEL_PROSE,
    _last_table,
    _levels,
    _look,
    _opening,
    _title,
)
from annotations.wordproc.layouts_dev9 import _shade_cell
from annotations.wordproc.leads import SEFTON_NAMES, gold_lead, lead_groups
from annotations.wordproc.parts import closing, pick
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc

PDF_OPTIONS_9C: dict[str, str] = {
    "dev9-21-rec-word-labels": '{"UseTaggedPDF":{"type":"boolean","value":"true"}}',
}


def _band_rows(w: WordDoc, header_fill: str, band_fill: str) -> None:
    """A dark header row printed in white, and every second body row of the last table shaded (banded rows)."""
    table = _last_table(w)
    _shade_cell(w, header_fill)
    for cell in table.rows[0].cells:  # type: ignore[attr-defined]
        for p in cell.paragraphs:
            for run in p.runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for r, row in enumerate(table.rows[1:], 1):  # type: ignore[attr-defined]
        if r % 2 == 0:
            for cell in row.cells:
                tcpr = cell._tc.get_or_add_tcPr()
                tcpr.append(
                    parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{band_fill}"/>')
                )


def dev_priority_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 10 (substituted): a No. | Recommendation | Lead agency | Priority table, the header row dark with
    white print and repeated, the body rows banded; typed numbers; the Priority cells "High" / "Medium"."""
    g = Gold("dev9-19-priority-table", "Kent Community Safety Partnership", "Mrs Y")
    w = WordDoc("Calibri", 10)
    _look(w, 1.08, 6)
    _opening(w, g, fill=2, prose=PANEL_PROSE[:1], lead_in="The table gives each recommendation a priority.")
    leads = ["Kent Police", "Kent Children's Social Services", "NHS England", "Kent Police", "Kent Police", "KMPT",
             "KMPT", "Kent and Medway CCG"]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead agency", "Priority"]]
    for k, real in enumerate(pick(pool, "Kent", "", 8, used), 1):
        rows.append([str(k), real.text, leads[k - 1], "High" if k % 3 else "Medium"])
        g.rec(real, str(k), "overview")
    w.table(rows, [1.2, 10.0, 3.4, 2.0], font_size=10)
    _band_rows(w, "1F3864", "DEEAF6")
    closing(
        w, "KMPT - Kent and Medway NHS and Social Care Partnership Trust.", f"Kent DHR {g.subject}", "{n}"
    )
    return w, g


def dev_imr_chapter(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Serif 11: the overview report's recommendations (Word list "1."), then a chapter
    "Individual agency recommendations" in which each agency's own recommendations (from its IMR) are a list
    restarting at 1 under a Heading 2 naming the agency."""
    g = Gold("dev9-20-imr-chapter", "Nottingham Crime and Drugs Partnership", "Adult AA")
    w = WordDoc("Liberation Serif", 11)
    _look(w, 1.1, 6)
    _opening(w, g, prose=PANEL_PROSE[1:2], lead_in="The overview report makes two recommendations.")
    aid = w.abstract([Level("decimal", "%1.")])
    nid = w.num(aid)
    for real in pick(pool, "Nottingham", "Adult Social Care", 2, used):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.heading("Individual agency recommendations", 1)
    w.para("Each agency made recommendations for itself in its IMR; the panel endorses them.")
    for heading, addressee, n in (("Nottinghamshire Police", "Nottinghamshire Police", 4),
                                  ("Nottingham Recovery Network", "Recovery Network", 1)):  # fmt: skip
        w.heading(heading, 2)
        lid = w.num(aid, restart={0: 1})
        for real in pick(pool, "Nottingham", addressee, n, used):
            g.rec(real, w.para(real.text, num=(lid, 0)), "single_agency", heading)
    closing(w, "IMR - Individual Management Review.", f"Nottingham DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_rec_word_labels(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10.5 (Liberation Sans), tagged PDF: a Word list whose label is "Rec %1" (no colon or dot, in
    ``numbering.xml``), a tab and the text hanging at 1.8 cm."""
    g = Gold("dev9-21-rec-word-labels", "Safer Cornwall", "Jenna")
    w = WordDoc("Arial", 10.5)
    _look(w, 1.15, 6)
    _opening(w, g, prose=PANEL_PROSE[2:3], lead_in="The panel recommends the following.")
    aid = w.abstract([Level("decimal", "Rec %1")])
    ind = _levels(w, aid)[0].find(qn("w:pPr")).find(qn("w:ind"))  # type: ignore[attr-defined]
    ind.set(qn("w:left"), "1020")
    ind.set(qn("w:hanging"), "1020")
    nid = w.num(aid)
    for lead, chunk in lead_groups(pick(pool, "Cornwall", "", 6, used)):
        w.para(lead, bold=True, keep_with_next=True)  # each agency's heading, as the real report has them
        for real in chunk:
            # (the number of a "Rec 1" label is "1", as a typed "Rec. 1 -" label's is)
            g.rec(real, w.para(real.text, num=(nid, 0)).removeprefix("Rec "), "overview", lead)
    w.para(CLOSING)
    closing(w, "CIC - Community Interest Company.", f"Safer Cornwall DHR {g.subject}", "Page {n}")
    return w, g


def dev_point_zero(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cambria 11 (substituted): chapters numbered "7.0", "8.0", "9.0" by a legal list whose first level reads
    "%1.0", the paragraphs "%1.%2": under "9.0 Recommendations" a lead-in at "9.1", the recommendations "9.2"
    .."""
    g = Gold("dev9-22-point-zero", "Norfolk County Community Safety Partnership", "Adult Q")
    w = WordDoc("Cambria", 11)
    _look(w, 1.1, 6)
    ch = w.num(w.abstract([Level("decimal", "%1.0"), Level("decimal", "%1.%2")]), restart={0: 7})
    _title(w, g)
    w.heading("Analysis", 1, num=(ch, 0))
    _intro(w, g, num=(ch, 1), fill=1)
    w.heading("Conclusions", 1, num=(ch, 0))
    w.para(PANEL_PROSE[0], num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The panel makes the following recommendations:", num=(ch, 1))
    for real in pick(pool, "Norfolk", "", 6, used):
        g.rec(real, w.para(real.text, num=(ch, 1)), "overview")
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("MARAC - Multi-Agency Risk Assessment Conference.", num=(ch, 1))
    _header_footer(w, f"Norfolk DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_three_columns(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 9: a one-column introduction, then a "Summary of recommendations" page set in three
    columns (a continuous section break), a Word list "1." flowing from column to column; one column again
    for the glossary."""
    g = Gold("dev9-23-three-columns", "Kent Community Safety Partnership", "Ms Z")
    w = WordDoc("Liberation Sans", 9)
    _look(w, 1.0, 4)
    _opening(w, g, prose=PANEL_PROSE[:2], lead_in="The recommendations are summarised in the columns below.")
    _columns(w, 3)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in pick(pool, "Kent", "", 8, used):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    _columns(w, 1)
    w.heading("Glossary", 1)
    w.para("KSCS - Kent Specialist Children's Services.")
    _header_footer(w, f"Kent DHR {g.subject}", "Page {n}")
    return w, g


def dev_right_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 9 (substituted): a Word list starting at 10 whose numbers are aligned right at the hanging
    indent ("lvlJc right", so "10." and "9." end at one edge), under bold agency lines, the count running on."""
    g = Gold("dev9-24-right-numbers", "Sefton Community Safety Partnership", "Adult BB")
    w = WordDoc("Calibri", 9)
    _look(w, 1.1, 4)
    _opening(w, g, fill=2, prose=PANEL_PROSE[3:4], lead_in=FILLER.split(". ")[0] + ".")
    w.para("The recommendations are numbered on from the nine lessons in chapter 5. The panel recommends:")
    aid = w.abstract([Level("decimal", "%1.")])
    lvl = _levels(w, aid)[0]
    lvl.find(qn("w:lvlJc")).set(qn("w:val"), "right")  # type: ignore[attr-defined]
    ind = lvl.find(qn("w:pPr")).find(qn("w:ind"))  # type: ignore[attr-defined]
    ind.set(qn("w:left"), "851")
    ind.set(qn("w:hanging"), "284")
    nid = w.num(aid, restart={0: 10})
    # one bold line a gold agency set, over its recommendations in turn (fixed lines "Multi-agency",
    # "Partnership" over texts picked with no addressee put a MARAC and a CSP text under "Multi-agency")
    groups: dict[str, list[RealRec]] = {}
    for real in pick(pool, "Sefton", "", 7, used):
        groups.setdefault(gold_lead(real, SEFTON_NAMES), []).append(real)
    for heading, members in groups.items():
        w.para(heading, bold=True, keep_with_next=True)
        for real in members:
            g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    closing(w, "MCA - Mental Capacity Act 2005.", f"Sefton DHR {g.subject}", "Page {n} of {m}")
    return w, g


DEV9C = {
    "dev9-19-priority-table": dev_priority_table,
    "dev9-20-imr-chapter": dev_imr_chapter,
    "dev9-21-rec-word-labels": dev_rec_word_labels,
    "dev9-22-point-zero": dev_point_zero,
    "dev9-23-three-columns": dev_three_columns,
    "dev9-24-right-numbers": dev_right_numbers,
}
