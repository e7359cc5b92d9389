"""The ``dev19/`` documents (``dev19-01``..``05`` and the pieces the batch shares): a nineteenth blind batch of
whole reports of 2013-2022, in shapes dev12-dev18 did not cover, weighted toward what makes a PDF export hard.

Traits, several per document: action plans of six to eight columns in landscape with narrow Lead Agency and
Target Date columns whose cells wrap over several lines; rows split across pages under a repeated header row;
Action cells holding a bullet list of several actions (each bullet an action sharing the row's Lead and
Target); a plan whose Rec column holds only the number, the text printed elsewhere; Progress / RAG / Date
completed columns holding dates that are not targets; recommendations in a two-column No. | Recommendation
table; hanging-indented lists with a bold run-in agency name; running headers with the review's name, footers
"OFFICIAL-SENSITIVE" with page numbers; a grey "DRAFT" line in the header like a watermark; page-wide shaded
boxes (single-cell tables, and shaded bordered paragraphs) each holding one recommendation.

Recommendation texts are real (``take``, train and dev splits only, one CSP a document) with their real labels.
Run-in agency names name exactly the gold agencies (``gold_lead``); Lead cells print ``layouts_dev14.lead_cell``
(the written addressee, or the gold names where the addressee names a body only consulted). A plan action's gold
agencies are its recommendation's. Actions, milestones, progress notes and prose are written here.
"""

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev7 import PANEL_PROSE, _look
from annotations.wordproc.layouts_dev13 import section, shade_header, take
from annotations.wordproc.layouts_dev14 import CORNWALL14, add, glossary, lead_cell, title_page
from annotations.wordproc.layouts_dev15 import ACTIONS15, NORFOLK15, RAG, body, learning, margins, styled
from annotations.wordproc.layouts_dev18 import KENT18, SEFTON18, TARGETS18
from annotations.wordproc.leads import gold_lead
from annotations.wordproc.worddoc import BULLET, Level, WordDoc
from dhr.schema import Action, Recommendation

#: Target cells this batch prints, with their gold (wordproc README "Target dates": ISO at the printed
#: precision; "Ongoing", "Complete", "N/A", "TBC", "6 months" have no date; a financial-year quarter is its
#: last month; "31/03/2017" is day first; "End of March 2017" is the month).
TARGETS19: dict[str, str | None] = {
    **TARGETS18,
    "End of March 2017": "2017-03",
    "30/09/2016": "2016-09-30",
    "31/03/2017": "2017-03-31",
    "Q4 2016/17": "2017-03",
    "March 2017": "2017-03",
    "30/06/2016": "2016-06-30",
    "Q2 2020/21": "2020-09",
    "Q4 2020/21": "2021-03",
    "31/12/2021": "2021-12-31",
    "June 2021": "2021-06",
    "End of March 2022": "2022-03",
    "30/09/2021": "2021-09-30",
    "Q3 2013/14": "2013-12",
    "Q4 2013/14": "2014-03",
    "31/03/2014": "2014-03-31",
    "End of March 2014": "2014-03",
    "30/09/2014": "2014-09-30",
    "March 2014": "2014-03",
}
#: Key milestones cells: steps with dates of their own (never the target).
MILESTONES19 = [
    "Draft to the DHR sub-group 14/01/2014",
    "Task group first met 02/12/2013",
    "Briefing issued 21/02/2014",
    "Audit tool agreed 10/01/2014",
    "Training dates set for spring 2014",
]
#: Progress / date completed cells (dated records, never the target).
DONE19 = ["Completed 14/06/2017", "12/09/2017", "", "Completed 03/03/2017", "In progress"]
#: More actions written for this batch (the agencies' own wording), for cells holding several.
ACTIONS19 = [
    *ACTIONS15,
    "Name a domestic abuse lead in each team",
    "Audit the first 50 cases after the change and report to the board",
    "Add a prompt to the electronic record system",
]

KENT19 = {**KENT18, "adult_social_care": "KCC Adult Social Care and Health"}


def act19(rec: Recommendation, real: RealRec, text: str, lead: str, target: str) -> None:
    """One gold action: the printed text, lead and target (gold date from ``TARGETS19``)."""
    rec.actions.append(
        Action(
            text=text,
            agencies=list(real.agencies),  # type: ignore[arg-type]
            target_date=TARGETS19[target],
            lead_text=lead,
            target_date_text=target,
        )
    )


def hanging(w: WordDoc, left_cm: float = 1.5) -> None:
    """Give the last paragraph a hanging indent (the number or label in the margin, the text aligned)."""
    fmt = w.doc.paragraphs[-1].paragraph_format
    fmt.left_indent = Cm(left_cm)
    fmt.first_line_indent = Cm(-left_cm)


def shade_cells(w: WordDoc, fill: str = "DEEAF6") -> None:
    """Shade every cell of the last table (a page-wide box)."""
    for row in w.doc.tables[-1].rows:
        for cell in row.cells:
            tcpr = cell._tc.get_or_add_tcPr()
            tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shaded_para(w: WordDoc, fill: str = "E2EFD9") -> None:
    """Shade the last paragraph and draw a box round it (paragraph borders, as Word's Borders and Shading)."""
    ppr = w.doc.paragraphs[-1]._p.get_or_add_pPr()
    sides = "".join(f'<w:{s} w:val="single" w:sz="8" w:space="4" w:color="538135"/>'
                    for s in ("top", "left", "bottom", "right"))  # fmt: skip
    ppr.append(parse_xml(f"<w:pBdr {nsdecls('w')}>{sides}</w:pBdr>"))
    ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def draft_mark(w: WordDoc, text: str = "DRAFT") -> None:
    """A large grey line in the header of every page, where a draft report carries its watermark text."""
    p = w.doc.sections[0].header.add_paragraph()
    run = p.add_run(text)
    run.font.size = Pt(28)
    run.bold = True
    run.font.color.rgb = RGBColor(0xBF, 0xBF, 0xBF)


def no_split(w: WordDoc, allow: bool = True) -> None:
    """Rows of the last table may break across a page (Word's "Allow row to break across pages", the default);
    ``allow=False`` marks every row ``w:cantSplit``."""
    if allow:
        return
    for row in w.doc.tables[-1].rows:
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------


def dev_norfolk_number_only_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk 2013, Calibri 11: the recommendations in a two-column No. | Recommendation table (typed numbers
    "1"-"8", header repeated); a landscape eight-column plan Rec No. | Action | Lead Agency | Lead Officer |
    Key milestones | Resources | Target Date | RAG whose Rec No. cell holds only the number, with narrow Lead
    Agency and Target Date columns that wrap; milestones dated (not targets); "OFFICIAL-SENSITIVE" footer."""
    g = Gold("dev19-01-norfolk-number-only-plan", "Norfolk County Community Safety Partnership", "Adult N19")
    w = WordDoc("Calibri", 11)
    margins(w, 2.5)
    _look(w, 1.08, 8)
    title_page(w, g, date="November 2013")
    body(w, g, ["Introduction", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel makes eight recommendations, set out in the table below. The action plan at Appendix 1 "
           "refers to them by number.")  # fmt: skip
    pairs = []
    rows: list[list[str | None]] = [["No.", "Recommendation"]]
    for n, real in enumerate(take(pool, "Norfolk", [0, 1, 3, 5, 6, 7, 9, 11], used), 1):
        rows.append([str(n), real.text])
        pairs.append((add(g, real, str(n)), real))
    w.table(rows, [1.4, 14.6], font_size=10.5)
    styled(w, "Light Grid Accent 1")
    w.para(PANEL_PROSE[3])
    section(w, landscape=True)
    w.heading("Appendix 1: Action Plan", 1)
    rows = [["Rec No.", "Action", "Lead Agency", "Lead Officer", "Key milestones", "Resources", "Target Date",
             "RAG"]]  # fmt: skip
    dates = ["Q3 2013/14", "31/03/2014", "End of March 2014", "Ongoing", "Q4 2013/14", "30/09/2014", "TBC",
             "March 2014"]  # fmt: skip
    for k, (rec, real) in enumerate(pairs):
        lead = lead_cell(real, NORFOLK15)
        text = ACTIONS19[(k * 3 + 2) % len(ACTIONS19)]
        act19(rec, real, text, lead, dates[k])
        rows.append([rec.number, text, lead, "Safeguarding lead", MILESTONES19[k % len(MILESTONES19)],
                     "Within existing resources", dates[k], RAG[k % len(RAG)]])  # fmt: skip
    w.table(rows, [1.5, 5.8, 3.3, 2.7, 4.1, 3.0, 2.6, 1.6], font_size=9)
    shade_header(w, fill="2F5496")
    _header_footer(w, "Norfolk Domestic Homicide Review - Adult N19", "OFFICIAL-SENSITIVE    Page {n} of {m}")
    return w, g


def dev_kent_runin_bullet_cells(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent 2017, Arial 11: a Word list "1."-"7." with a 1.5 cm hanging indent, each item opening with a bold
    run-in agency name ("Kent Police. ") that names exactly its gold agencies; a landscape seven-column plan
    No. | Recommendation | Actions | Lead Agency | Lead Officer | Target Date | Progress whose Actions cells
    hold a bullet list of one to three actions (each an action with the row's Lead and Target)."""
    g = Gold("dev19-02-kent-runin-bullet-cells", "Kent Community Safety Partnership", "Mrs K19")
    w = WordDoc("Arial", 11)
    margins(w, 2.2)
    _look(w, 1.15, 6)
    title_page(w, g, date="February 2017")
    body(w, g, ["Introduction", "Chronology", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("Each recommendation is given with the agency that will lead on it.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    pairs = []
    for real in take(pool, "Kent", [0, 3, 1, 5, 6, 4, 8], used):
        head = gold_lead(real, KENT19)
        label = w.para(real.text, num=(nid, 0), label_run=f"{head}. ")
        hanging(w)
        # the run-in names the agency: single agency, heading the run-in (as dev16-03); not part of the text
        pairs.append((add(g, real, label, "single_agency", head), real))
    section(w, landscape=True)
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["No.", "Recommendation", "Actions", "Lead Agency", "Lead Officer",
                                     "Target Date", "Progress"]]  # fmt: skip
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    dates = ["31/03/2017", "Q4 2016/17", "Ongoing", "30/09/2016", "March 2017", "6 months", "Q3 2017/18"]
    bullets = w.abstract(BULLET)
    k = 0
    for i, (rec, real) in enumerate(pairs):
        lead = lead_cell(real, KENT19)
        texts = [ACTIONS19[(k + 4 * j) % len(ACTIONS19)] for j in range([2, 1, 1, 1, 1, 2, 1][i])]
        k += len(texts)
        bid = w.num(bullets)
        cells[(len(rows), 2)] = [(t, (bid, 0)) for t in texts]
        for text in texts:
            act19(rec, real, text, lead, dates[i])
        rows.append(
            [rec.number, rec.text, "", lead, "Head of Safeguarding", dates[i], DONE19[i % len(DONE19)]]
        )
    w.table(rows, [1.1, 7.0, 6.4, 2.6, 2.6, 2.2, 2.6], font_size=9, cell_numbering=cells)
    shade_header(w, fill="7030A0")
    glossary(w, [("KSCS", "Kent Specialist Children's Services"),
                 ("KMPT", "Kent and Medway NHS and Social Care Partnership Trust")])  # fmt: skip
    _header_footer(w, "DHR Mrs K19 - Overview Report", "Page {n} of {m}")
    return w, g


def dev_nottingham_shaded_boxes_draft(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Nottingham 2017, Cambria 11 (substituted): a draft, "DRAFT" in large grey type in the header over
    "OFFICIAL-SENSITIVE"; each recommendation in its own page-wide shaded single-cell table, a bold
    "Recommendation N" line over the text; no plan (the partnership will agree one), a glossary."""
    g = Gold("dev19-03-nottingham-shaded-boxes-draft", "Nottingham Crime and Drugs Partnership", "Adult T19")
    w = WordDoc("Cambria", 11)
    margins(w, 2.4)
    _look(w, 1.1, 6)
    title_page(w, g, date="Draft v0.4, July 2017")
    body(w, g, ["Introduction", "Background", "Analysis"])
    learning(w, "Lessons learned", 3, labelled=False)
    w.heading("Recommendations", 1)
    w.para("The panel makes the following eight recommendations.")
    for n, real in enumerate(take(pool, "Nottingham", [0, 1, 2, 3, 4, 5, 6, 7], used), 1):
        w.table([[""]], [16.2], header_rows=0, font_size=11,
                cell_numbering={(0, 0): [(f"Recommendation {n}", None), (real.text, None)]})  # fmt: skip
        cell = w.doc.tables[-1].rows[0].cells[0]
        for run in cell.paragraphs[0].runs:
            run.bold = True
        shade_cells(w, "DEEAF6")
        add(g, real, str(n))  # the label word is not the number ("Recommendation 1")
    w.para("The partnership will agree an action plan with each agency and publish it with this report.")
    glossary(w, [("DVDS", "Domestic Violence Disclosure Scheme"), ("DART", "Domestic Abuse Referral Team")])
    _header_footer(w, "OFFICIAL-SENSITIVE", "Nottingham DHR Adult T19 - Page {n}")
    draft_mark(w)
    return w, g


def dev_sefton_narrow_split_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sefton 2016, Times New Roman 12 justified: "The Review Panel recommends:" over a Word list "1."-"7."; a
    portrait plan Rec | Recommendation | Action | Lead Agency | Target Date | Progress with narrow Lead Agency
    and Target Date columns (agency names wrap over three lines), Progress cells of several sentences, so
    that the plan runs over pages with rows split at the breaks under its repeated header row."""
    g = Gold("dev19-04-sefton-narrow-split-plan", "Sefton Community Safety Partnership", "Mr S19")
    w = WordDoc("Times New Roman", 12)
    margins(w, 2.54, 2.54)
    _look(w, 1.0, 10, justified=True)
    title_page(w, g, date="March 2016")
    body(w, g, ["Introduction", "Background", "Chronology", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The Review Panel recommends:", keep_with_next=True)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    pairs = [
        (add(g, real, w.para(real.text, num=(nid, 0))), real)
        for real in take(pool, "Sefton", [0, 1, 2, 3, 4, 5, 6], used)
    ]
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["Rec", "Recommendation", "Action", "Lead Agency", "Target Date",
                                     "Progress"]]  # fmt: skip
    dates = ["30/06/2016", "End of March 2017", "Q2 2016/17", "Ongoing", "31/03/2017", "September 2016",
             "Q4 2016/17"]  # fmt: skip
    progress = (
        "The task group has met three times. A draft was shared with partners on 14/04/2016 and comments are "
        "due back by the end of the month. Sign-off at the partnership meeting of 21/06/2016 is expected."
    )
    for k, (rec, real) in enumerate(pairs):
        lead = gold_lead(real, SEFTON18)
        text = ACTIONS19[(k * 2 + 5) % len(ACTIONS19)]
        act19(rec, real, text, lead, dates[k])
        rows.append([rec.number, rec.text, text, lead, dates[k], progress if k % 2 == 0 else DONE19[k % 5]])
    w.table(rows, [0.9, 3.8, 3.4, 2.6, 2.3, 3.0], font_size=10)
    shade_header(w, fill="C00000")
    w.para("Progress against the plan is reported to the partnership quarterly.")
    _header_footer(w, "Sefton DHR Mr S19", "OFFICIAL-SENSITIVE - Page {n}")
    return w, g


def dev_cornwall_shaded_paras_wide(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cornwall 2020, Verdana 10 (substituted): each recommendation a shaded paragraph boxed by paragraph
    borders, with a bold typed run-in "Recommendation N: "; a landscape eight-column plan No. | Recommendation
    | Scope | Action | Lead Agency | Target Date | Date completed | RAG, the long written addressees wrapping in
    the narrow Lead Agency column; completion dates are not targets."""
    g = Gold("dev19-05-cornwall-shaded-paras-wide", "Safer Cornwall", "Adult C19")
    w = WordDoc("Verdana", 10)
    margins(w, 2.2)
    _look(w, 1.15, 8)
    title_page(w, g, date="November 2020")
    body(w, g, ["Introduction", "Family involvement", "Analysis", "Conclusions"])
    w.para(FILLER)
    w.heading("Recommendations", 1)
    w.para("The panel's recommendations are shown in the shaded boxes below.")
    pairs = []
    for n, real in enumerate(take(pool, "Cornwall", [0, 1, 3, 4, 5], used), 1):
        w.para(real.text, label_run=f"Recommendation {n}: ")
        shaded_para(w)
        w.para("")
        pairs.append((add(g, real, str(n)), real))  # the label words are not the number
    section(w, landscape=True)
    w.heading("Appendix A: Action plan", 1)
    rows: list[list[str | None]] = [["No.", "Recommendation", "Scope", "Action", "Lead Agency", "Target Date",
                                     "Date completed", "RAG"]]  # fmt: skip
    dates = ["Q2 2020/21", "31/12/2021", "Q4 2020/21", "June 2021", "Ongoing"]
    for k, (rec, real) in enumerate(pairs):
        lead = lead_cell(real, CORNWALL14)
        text = ACTIONS19[(k * 3 + 7) % len(ACTIONS19)]
        act19(rec, real, text, lead, dates[k])
        rows.append([rec.number, rec.text, real.level.capitalize(), text, lead, dates[k],
                     ["12/03/2021", "", "Completed 30/04/2021", "", ""][k], RAG[k]])  # fmt: skip
    w.table(rows, [1.0, 7.0, 1.8, 5.0, 2.8, 2.4, 2.4, 1.4], font_size=8.5)
    shade_header(w, fill="385623")
    _header_footer(w, "Safer Cornwall - DHR Adult C19", "OFFICIAL-SENSITIVE | Page {n} of {m}")
    return w, g


DEV19A = {
    "dev19-01-norfolk-number-only-plan": dev_norfolk_number_only_plan,
    "dev19-02-kent-runin-bullet-cells": dev_kent_runin_bullet_cells,
    "dev19-03-nottingham-shaded-boxes-draft": dev_nottingham_shaded_boxes_draft,
    "dev19-04-sefton-narrow-split-plan": dev_sefton_narrow_split_plan,
    "dev19-05-cornwall-shaded-paras-wide": dev_cornwall_shaded_paras_wide,
}
