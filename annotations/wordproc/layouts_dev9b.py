"""The ``dev9/`` documents (second half, ``dev9-11`` on), written with the first half before any fixing: a
landscape Ref | Recommendation | Lead | Outcome table after a portrait chapter; paragraph numbers running on
across a section break into the recommendations; a two-line running header (long title, protective marking)
with "Page N of M" footers over typed items in a wide 9 pt face; each recommendation followed by the agency's
response ("Accepted. The trust will ..."); one Ref | Recommendation table per agency with agency-prefixed refs
("NP1"); lessons and recommendations in one Word list counting on; headings printed as shaded single-cell
bars; unnumbered recommendations between paragraphs of the panel's findings under agency headings.
"""

from docx.shared import Pt, RGBColor

from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _intro
from annotations.wordproc.layouts_dev7 import CLOSING, PANEL_PROSE, _last_table, _look, _opening, _title
from annotations.wordproc.layouts_dev8 import _typed_item
from annotations.wordproc.layouts_dev9 import RATIONALE, _marked_header, _shade_cell
from annotations.wordproc.leads import lead_groups
from annotations.wordproc.parts import closing, pick
from annotations.wordproc.vocab import LESSONS
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc

PDF_OPTIONS_9B: dict[str, str] = {
    "dev9-11-landscape-outcomes": '{"UseTaggedPDF":{"type":"boolean","value":"true"}}',
    "dev9-17-heading-bars": '{"SelectPdfVersion":{"type":"long","value":"1"}}',
}

#: Outcomes sought, one per row of the landscape table (prose of the panel's; none is a recommendation).
OUTCOMES = [
    "Leaflets that tell victims where help can be found.",
    "Fewer deaths by suicide after domestic abuse.",
    "Staff who know the risk factors and ask about them.",
    "Every surgery with a policy its staff have read.",
    "A response to repeat reports that looks at the history.",
    "Complex cases audited each year and learning shared.",
]
#: The agencies' responses printed under each recommendation (future tense: not recommendations).
RESPONSES = [
    "Accepted. The force will report progress to the partnership board by March 2019.",
    "Accepted in part. The service will consider this when its policy is next reviewed.",
    "Accepted. NHS England will write to the practice and share the outcome with the panel.",
    "Accepted. The matrix will be revised and re-issued to all staff within six months.",
    "Accepted. Training will be updated and delivered to all response officers this year.",
    "Accepted. The trust will amend its discharge policy and audit its use after a year.",
]


def _bar(w: WordDoc, text: str, fill: str, size: float) -> None:
    """A heading printed as a shaded single-cell table: white bold text on a dark bar (no heading style)."""
    w.table([[text]], [16.0], header_rows=0, font_size=size)
    _shade_cell(w, fill)
    for run in _last_table(w).rows[0].cells[0].paragraphs[0].runs:  # type: ignore[attr-defined]
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def dev_landscape_outcomes(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10 (Liberation Sans), tagged PDF: a portrait chapter of prose, then a landscape section with a
    Ref | Recommendation | Lead agency | Outcome sought table ("R1" refs typed), the header repeated; the
    glossary back in portrait."""
    g = Gold("dev9-11-landscape-outcomes", "Safer Cornwall", "Tamsin")
    w = WordDoc("Arial", 10)
    _look(w, 1.1, 6)
    _opening(
        w, g, fill=2, prose=PANEL_PROSE[:2], lead_in="The recommendations are set out in the table overleaf."
    )
    w.section(landscape=True)
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Lead agency", "Outcome sought"]]
    leads = ["Home Office", "Cornwall Public Health", "Cornwall Public Health", "NHS Kernow",
             "Devon and Cornwall Police", "NHS England"]  # fmt: skip
    for k, real in enumerate(pick(pool, "Cornwall", "", 6, used)):
        rows.append([f"R{k + 1}", real.text, leads[k], OUTCOMES[k]])
        g.rec(real, f"R{k + 1}", "overview")
    w.table(rows, [1.4, 13.0, 4.2, 7.4], font_size=10)
    w.section(landscape=False)
    closing(w, "CIC - Community Interest Company.", f"Safer Cornwall DHR {g.subject}", "Page {n}")
    return w, g


def dev_paras_across_section(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Serif 11.5: every body paragraph numbered in one Word list, headings unnumbered; a section
    break (new page) before the recommendations chapter, the numbers running on across it into the
    recommendations and on through the closing paragraphs."""
    g = Gold("dev9-12-paras-across-section", "Kent Community Safety Partnership", "Mrs V")
    w = WordDoc("Liberation Serif", 11.5)
    _look(w, 1.15, 6)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    _title(w, g)
    w.heading("Introduction", 1)
    _intro(w, g, num=(nid, 0), fill=1)
    w.heading("Analysis", 1)
    for text in PANEL_PROSE:
        w.para(text, num=(nid, 0))
    w.section()
    w.heading("Recommendations", 1)
    for real in pick(pool, "Kent", "", 6, used):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.heading("Closing remarks", 1)
    w.para(CLOSING, num=(nid, 0))
    w.para("The partnership will monitor the action plan through its delivery group.", num=(nid, 0))
    _header_footer(w, f"Kent DHR {g.subject}", "Page {n}")
    return w, g


def dev_marked_header_verdana(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Verdana 9 (DejaVu Sans): typed "1." items hanging at 1 cm, long texts cut by page breaks; the header a
    long report title (two lines) over "OFFICIAL - SENSITIVE", the footer the marking over "Page N of M"."""
    g = Gold("dev9-13-marked-header-verdana", "Norfolk County Community Safety Partnership", "Adult O")
    w = WordDoc("Verdana", 9)
    _look(w, 1.2, 6)
    _opening(w, g, fill=2, prose=PANEL_PROSE, lead_in="The panel makes eight recommendations.")
    reals = pick(pool, "Norfolk", "", 7, used) + pick(pool, "Norfolk", "Probation Service", 1, used)
    for k, real in enumerate(reals, 1):
        _typed_item(w, f"{k}.", real.text, 1.0)
        g.rec(real, str(k), "overview")
    w.para(CLOSING)
    w.heading("Glossary", 1)
    w.para("UPW - Unpaid Work.")
    title = (
        f"Domestic Homicide Review into the death of {g.subject} commissioned by the Norfolk County "
        "Community Safety Partnership - Overview Report - Final version for publication"
    )
    _marked_header(w, title, "OFFICIAL - SENSITIVE", "Page {n} of {m}")
    return w, g


def dev_agency_responses(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 11 (substituted): a bold label line "Recommendation N" over each recommendation's text, then an
    italic "Agency response:" paragraph in the future tense ("Accepted. The force will ...")."""
    g = Gold("dev9-14-agency-responses", "Kent Community Safety Partnership", "Mrs W")
    w = WordDoc("Calibri", 11)
    _look(w, 1.08, 8)
    _opening(
        w, g, prose=PANEL_PROSE[3:4], lead_in="Each agency's response is given after its recommendation."
    )
    for k, real in enumerate(pick(pool, "Kent", "", 6, used), 1):
        w.para(f"Recommendation {k}", bold=True, keep_with_next=True)
        w.para(real.text)
        p = w.doc.add_paragraph()
        p.add_run("Agency response: ").bold = True
        p.add_run(RESPONSES[k - 1]).italic = True
        g.rec(real, str(k), "overview")
    closing(w, "KSCS - Kent Specialist Children's Services.", f"Kent DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_agency_ref_tables(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Times New Roman 11 (Liberation Serif): under each Heading 3 agency a two-column Ref | Recommendation
    table whose refs are typed with the agency's initials ("NP1", "NP2", "ASC1")."""
    g = Gold("dev9-15-agency-ref-tables", "Nottingham Crime and Drugs Partnership", "Adult X")
    w = WordDoc("Times New Roman", 11)
    _look(w, 1.1, 6)
    _opening(w, g, prose=PANEL_PROSE[1:2], lead_in="Each agency's recommendations carry its initials.")
    for heading, addressee, prefix, n in (("Nottinghamshire Police", "Nottinghamshire Police", "NP", 4),
                                          ("Adult Social Care", "Adult Social Care", "ASC", 2),
                                          ("Nottingham Recovery Network", "Recovery Network", "NRN", 1)):  # fmt: skip
        w.heading(heading, 3)
        rows: list[list[str | None]] = [["Ref", "Recommendation"]]
        for k, real in enumerate(pick(pool, "Nottingham", addressee, n, used), 1):
            rows.append([f"{prefix}{k}", real.text])
            g.rec(real, f"{prefix}{k}", "single_agency", heading)
        w.table(rows, [1.8, 14.2], font_size=11)
    closing(w, "DART - Domestic Abuse Referral Team.", f"Nottingham DHR {g.subject}", "{n}")
    return w, g


def dev_lessons_continue(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial Narrow 11 (Liberation Sans Narrow): "Lessons learned" numbered 1-3 in a Word list that goes on
    counting (4, 5, ..) under the "Recommendations" heading after it: only the later items are
    recommendations."""
    g = Gold("dev9-16-lessons-continue", "Safer Cornwall", "Morwenna")
    w = WordDoc("Arial Narrow", 11)
    _look(w, 1.1, 6)
    _title(w, g)
    w.heading("Introduction", 1)
    _intro(w, g, fill=1)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    w.heading("Lessons learned", 1)
    for lesson in LESSONS:
        w.para(lesson, num=(nid, 0))
    w.heading("Recommendations", 1)
    w.para("The recommendations are numbered on from the lessons.")
    for lead, chunk in lead_groups(pick(pool, "Cornwall", "", 6, used)):
        w.para(lead, bold=True, keep_with_next=True)  # each agency's heading, as the real report has them
        for real in chunk:
            g.rec(real, w.para(real.text, num=(nid, 0)), "overview", lead)
    closing(w, "CIC - Community Interest Company.", f"Safer Cornwall DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_heading_bars(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 10.5, PDF/A-1b: the chapter headings and the agency sub-headings printed as shaded
    single-cell tables (white bold text on a dark bar, no heading style); one Word list "1." counting on under
    the agency bars."""
    g = Gold("dev9-17-heading-bars", "Nottingham Crime and Drugs Partnership", "Adult Y")
    w = WordDoc("Liberation Sans", 10.5)
    _look(w, 1.1, 6)
    w.para(f"Domestic Homicide Review into the death of {g.subject}", style="Title")
    _bar(w, "INTRODUCTION", "1F3864", 13)
    _intro(w, g, fill=1)
    w.para(PANEL_PROSE[0])
    _bar(w, "RECOMMENDATIONS", "1F3864", 13)
    w.para("The recommendations are set out under the agency that leads on each.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for heading, addressee, n in (("Nottinghamshire Police", "Nottinghamshire Police", 3),
                                  ("Adult Social Care", "Adult Social Care", 2)):  # fmt: skip
        _bar(w, heading, "2E75B6", 11)
        for real in pick(pool, "Nottingham", addressee, n, used):
            g.rec(real, w.para(real.text, num=(nid, 0)), "single_agency", heading)
    _bar(w, "GLOSSARY", "1F3864", 13)
    w.para("DART - Domestic Abuse Referral Team.")
    _header_footer(w, f"Nottingham DHR {g.subject}", "Page {n}")
    return w, g


def dev_unnumbered_findings(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cambria 11 (substituted), first-line indents: under each Heading 2 agency a paragraph of the panel's
    finding (past tense) and then the recommendation as a plain unnumbered paragraph ("It is recommended
    that ..."); no numbers anywhere."""
    g = Gold("dev9-18-unnumbered-findings", "Norfolk County Community Safety Partnership", "Adult P")
    w = WordDoc("Cambria", 11)
    _look(w, 1.15, 6)
    w.doc.styles["Normal"].paragraph_format.first_line_indent = Pt(18)
    _opening(w, g, prose=PANEL_PROSE[2:3])
    w.para("The panel's findings for each agency are followed by the recommendation it makes.")
    for k, (heading, addressee) in enumerate((("Cambridgeshire Community Services", "Cambridgeshire"),
                                              ("Probation Service", "Probation Service"),
                                              ("Norfolk County Community Safety Partnership", "Norfolk County"),
                                              ("NHS England", "NHS England"))):  # fmt: skip
        w.heading(heading, 2)
        w.para(RATIONALE[k] + " " + FILLER.split(". ")[0] + ".")
        for real in pick(pool, "Norfolk", addressee, 1, used):
            w.para(real.text)
            g.rec(real, None, "single_agency", heading)
    closing(w, "UPW - Unpaid Work.", f"Norfolk DHR {g.subject}", "Page {n}")
    return w, g


DEV9B = {
    "dev9-11-landscape-outcomes": dev_landscape_outcomes,
    "dev9-12-paras-across-section": dev_paras_across_section,
    "dev9-13-marked-header-verdana": dev_marked_header_verdana,
    "dev9-14-agency-responses": dev_agency_responses,
    "dev9-15-agency-ref-tables": dev_agency_ref_tables,
    "dev9-16-lessons-continue": dev_lessons_continue,
    "dev9-17-heading-bars": dev_heading_bars,
    "dev9-18-unnumbered-findings": dev_unnumbered_findings,
}
