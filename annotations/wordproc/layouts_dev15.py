"""The ``dev15/`` documents (``dev15-01``..``05`` and the pieces the batch shares): a fifteenth blind batch of
whole reports, typeset as partnerships published them in 2015-2025, in shapes dev12-dev14 did not cover.

Traits, several per document: Word's built-in shaded and banded table styles for recommendation tables and
plans (Medium Shading 1, Light List, Light Grid, Medium Grid, and the Word 2013 "Grid Table 4" / "List Table 3"
styles, written as a document saved by Word 2013 carries them); a recommendations chapter that only points to
an appendix table while the body has "Learning" paragraphs; per-agency IMR recommendation tables beside the
panel's overview recommendations; DARDR reports of 2024-2025 whose title page names the type of death; plans
with a RAG status column and "Ongoing" / "Q3 2025/26" / "6 months" target cells; lead-ins naming "all
agencies", "the Partnership" or the Safeguarding Adults Board (an overseer there, not the addressee);
recommendations numbered only in the executive summary and referred to later by number; tables that break
across pages under a repeated header row; single-agency and multi-agency plans.

Recommendation texts are real (``pick``, train and dev splits only). Agency headings, agency cells and "Lead:"
lines name exactly the recommendation's gold agencies (``gold_lead``) or its written addressee where that agrees
with the gold (``layouts_dev14.lead_cell``). A plan action's gold agencies are its recommendation's. Actions,
learning, prose and dates are written here.
"""

import copy

from docx.oxml.ns import qn
from docx.shared import Cm

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev7 import PANEL_PROSE, _look
from annotations.wordproc.layouts_dev12 import contents
from annotations.wordproc.layouts_dev13 import marking
from annotations.wordproc.layouts_dev14 import (
    ACTIONS14,
    add,
    chronology,
    glossary,
    lead_cell,
    title_page,
)
from annotations.wordproc.leads import (
    KENT_NAMES,
    NORFOLK_NAMES,
    NOTTINGHAM_NAMES,
    SEFTON_NAMES,
    gold_lead,
)
from annotations.wordproc.parts import pick
from annotations.wordproc.vocab import ANALYSIS_TRAP, INTRO_PROSE
from annotations.wordproc.worddoc import Level, WordDoc
from dhr.schema import Action, Recommendation

#: Target cells this batch prints, with their gold (wordproc README "Target dates": a financial-year quarter
#: is its last month; "Ongoing", "6 months", "Complete", "Within 12 months" have no date).
TARGETS15: dict[str, str | None] = {
    "Ongoing": None,
    "6 months": None,
    "12 months": None,
    "Complete": None,
    "Within 12 months": None,
    "TBC": None,
    "March 2017": "2017-03",
    "Q2 2017/18": "2017-09",
    "30/09/2017": "2017-09-30",
    "31st December 2017": "2017-12-31",
    "Q3 2025/26": "2025-12",
    "Q4 2024/25": "2025-03",
    "March 2025": "2025-03",
    "31/03/2025": "2025-03-31",
    "September 2025": "2025-09",
    "Q1 2025/26": "2025-06",
    "Q3 2018/19": "2018-12",
    "31/10/2018": "2018-10-31",
    "January 2019": "2019-01",
    "Q3 2021/22": "2021-12",
    "31/03/2022": "2022-03-31",
    "June 2022": "2022-06",
    "Q3 2022/23": "2022-12",
    "Q4 2022/23": "2023-03",
    "30/11/2022": "2022-11-30",
    "May 2023": "2023-05",
    "Q2 2025/26": "2025-09",
    "December 2025": "2025-12",
    "Q1 2020/21": "2020-06",
    "October 2020": "2020-10",
}
#: RAG status cells (progress, never a target).
RAG = ["Green", "Amber", "Red", "Green", "Amber"]
#: "Learning" paragraphs of a body chapter (advice, never recommendations).
LEARNING15 = [
    "Practitioners who hear a disclosure of abuse from a family member need to record who told them and when.",
    "Where an older person cares for a partner, the carer's own safety is part of the assessment.",
    "A victim who withdraws a complaint is still at risk, and may be at greater risk than before.",
    "Agencies that work mainly with one person should think about everyone living in the household.",
    "Missed appointments are information: a pattern of them can say more than any single contact.",
]
#: Actions written for the plans (the agencies' own wording).
ACTIONS15 = [
    *ACTIONS14,
    "Deliver a learning event for frontline practitioners",
    "Update the referral pathway and publish it on the partnership website",
    "Report progress to the partnership's DHR sub-group",
]


# --------------------------------------------------------------------------------------------------------------
# pieces every layout of this batch uses
# --------------------------------------------------------------------------------------------------------------


def style2013(w: WordDoc, name: str, base: str) -> str:
    """A Word 2013 table style (``name``, e.g. "Grid Table 4 Accent 1") added to the document as Word saves
    one: a copy of the Word 2007 style ``base`` under the 2013 name and style id (python-docx's blank
    document holds only the 2007 styles)."""
    styles = w.doc.styles
    if name not in [s.name for s in styles]:
        element = copy.deepcopy(styles[base].element)
        element.set(qn("w:styleId"), name.replace(" ", "").replace("Accent", "-Accent"))
        element.find(qn("w:name")).set(qn("w:val"), name)
        styles.element.append(element)
    return name


def styled(w: WordDoc, style: str) -> None:
    """Give the last table a built-in table style (its banding and header shading)."""
    w.doc.tables[-1].style = w.doc.styles[style]


def margins(w: WordDoc, side: float, top: float = 2.0) -> None:
    """The first section's page margins (cm), A4."""
    first = w.doc.sections[0]
    first.page_width, first.page_height = Cm(21.0), Cm(29.7)
    first.left_margin = first.right_margin = Cm(side)
    first.top_margin = first.bottom_margin = Cm(top)


def act(rec: Recommendation, real: RealRec, text: str, lead: str, target: str) -> None:
    """One gold action: the printed text, Lead and target cell (gold date from ``TARGETS15``)."""
    rec.actions.append(
        Action(
            text=text,
            agencies=list(real.agencies),  # type: ignore[arg-type]
            target_date=TARGETS15[target],
            lead_text=lead,
            target_date_text=target,
        )
    )


def rag_plan(
    w: WordDoc,
    pairs: list[tuple[Recommendation, RealRec]],
    names: dict[str, str] | None,
    dates: list[str],
    style: str,
    *,
    per_rec: int = 1,
    first: str = "{n}",
    widths: list[float] | None = None,
    font_size: float = 9,
    header: tuple[str, ...] = ("Rec", "Action", "Lead", "Target date", "RAG status"),
    start: int = 0,
) -> None:
    """A plan Rec | Action | Lead | Target date | RAG status in a built-in table style, the Rec cell
    (``first``: "{n}" the number, "{text}" the text) merged down over the recommendation's actions."""
    rows: list[list[str | None]] = [list(header)]
    k = start
    for rec, real in pairs:
        lead = lead_cell(real, names)
        for j in range(per_rec):
            text = ACTIONS15[(k + 3 * j) % len(ACTIONS15)]
            target = dates[k % len(dates)]
            act(rec, real, text, lead, target)
            cell = first.format(n=rec.number, text=rec.text) if j == 0 else None
            rows.append([cell, text, lead, target, RAG[k % len(RAG)]])
            k += 1
    w.table(rows, widths or [5.0, 4.6, 3.2, 2.2, 1.8], font_size=font_size)
    styled(w, style)


def body(w: WordDoc, g: Gold, chapters: list[str], num: tuple[int, int] | None = None) -> None:
    """Unnumbered (or ``num``-numbered) chapters of case prose: each title over its prose paragraphs."""
    prose = {
        "Introduction": [INTRO_PROSE.format(csp=g.csp, subject=g.subject), PANEL_PROSE[3]],
        "Background": [PANEL_PROSE[2], FILLER],
        "Chronology": ["CHRONOLOGY"],
        "Analysis": [PANEL_PROSE[0], ANALYSIS_TRAP, FILLER],
        "Family involvement": [PANEL_PROSE[1]],
        "Conclusions": ["The panel concluded that the death could not have been predicted, but that agencies "
                        "missed chances to ask about abuse and to share what they knew."],
    }  # fmt: skip
    for title in chapters:
        w.heading(title, 1, num=num)
        for text in prose[title]:
            if text == "CHRONOLOGY":
                chronology(w)
            else:
                w.para(text)


def learning(w: WordDoc, title: str = "Learning", n: int = 4, labelled: bool = True) -> None:
    """A "Learning" chapter: "Learning N:" run-ins (or plain paragraphs) of advice."""
    w.heading(title, 1)
    for k, text in enumerate(LEARNING15[:n], 1):
        w.para(text, label_run=f"Learning {k}: " if labelled else None)


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------


def dev_kent_shaded_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent 2017, Arial 11, narrow margins: the recommendations in a No. | Recommendation | Lead agency |
    Target date table in "Medium Shading 1 Accent 1" (dark header, banded rows), 10 pt, its header row marked
    to repeat, the table running over two pages; each row an implied action (the text, lead and date)."""
    g = Gold("dev15-01-kent-shaded-table", "Kent Community Safety Partnership", "Mrs A")
    w = WordDoc("Arial", 11)
    margins(w, 1.8)
    _look(w, 1.15, 6)
    title_page(w, g, date="June 2017")
    body(w, g, ["Introduction", "Background", "Chronology", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel makes the recommendations in the table below. The lead agency for each has agreed it and "
           "the target date by which it will be met.")  # fmt: skip
    reals = pick(pool, "Kent", "", 9, used)
    dates = ["March 2017", "Q2 2017/18", "30/09/2017", "Ongoing", "31st December 2017", "6 months"]
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead agency", "Target date"]]
    for k, real in enumerate(reals, 1):
        lead, target = lead_cell(real, KENT_NAMES), dates[k % len(dates)]
        rows.append([str(k), real.text, lead, target])
        rec = add(g, real, str(k))
        act(rec, real, real.text, lead, target)
    w.table(rows, [1.2, 10.4, 3.6, 2.2], font_size=10)
    styled(w, "Medium Shading 1 Accent 1")
    w.heading("Next steps", 1)
    w.para("The Kent Community Safety Partnership will monitor progress through its DHR steering group.")
    glossary(w, [("KMPT", "Kent and Medway NHS and Social Care Partnership Trust"),
                 ("KSCS", "Kent Specialist Children's Services")])  # fmt: skip
    _header_footer(w, f"DHR {g.subject} - Kent and Medway", "Page {n} of {m}")
    return w, g


NORFOLK15 = {**NORFOLK_NAMES, "community_safety_partnership": "Norfolk County Community Safety Partnership",
             "hospital": "Norfolk and Norwich University Hospital", "public_health": "Norfolk Public Health",
             "integrated_care_board": "Norfolk Clinical Commissioning Groups"}  # fmt: skip


def dev_norfolk_appendix_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk 2019, Calibri 11: the body's "Learning" chapter ("Learning N:" run-ins, advice); the
    "Recommendations" chapter only points to Appendix 2, where a Ref | Recommendation | Agency table in
    "Light List Accent 1" holds them with typed refs "R1" ..; no plan."""
    g = Gold("dev15-02-norfolk-appendix-table", "Norfolk County Community Safety Partnership", "Adult P")
    w = WordDoc("Calibri", 11)
    margins(w, 2.0)
    _look(w, 1.1, 8)
    title_page(w, g, date="February 2019")
    contents(w, [("Introduction", "3"), ("Analysis", "6"), ("Learning", "11"), ("Recommendations", "12"),
                 ("Appendix 1: Terms of reference", "13"), ("Appendix 2: Recommendations", "14")])  # fmt: skip
    body(w, g, ["Introduction", "Family involvement", "Analysis"])
    learning(w)
    w.heading("Recommendations", 1)
    w.para("The panel made eight recommendations. They are set out, with the agency responsible for each, in "
           "Appendix 2.")  # fmt: skip
    w.heading("Appendix 1: Terms of reference", 1)
    w.para("The panel agreed terms of reference covering the period from January 2016 to the death.")
    w.heading("Appendix 2: Recommendations", 1)
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Agency"]]
    for k, real in enumerate(pick(pool, "Norfolk", "", 8, used), 1):
        agency = gold_lead(real, NORFOLK15)
        rows.append([f"R{k}", real.text, agency])
        add(g, real, f"R{k}", "overview", None)
    w.table(rows, [1.4, 11.2, 4.0], font_size=10)
    styled(w, "Light List Accent 1")
    _header_footer(w, f"Norfolk DHR - {g.subject}", "{n}")
    return w, g


def dev_nottingham_imr_tables(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Nottingham 2016, Cambria 11 (substituted): "Single agency recommendations" as one table per agency
    (agency Heading 3, No. | Recommendation, "Light Grid Accent 1", numbers restarting at 1 per agency), then
    the panel's "Overview recommendations" as a Word list "1." with "Lead agency:" lines."""
    g = Gold("dev15-03-nottingham-imr-tables", "Nottingham Crime and Drugs Partnership", "Adult R")
    w = WordDoc("Cambria", 11)
    margins(w, 2.5, 2.5)
    _look(w, 1.0, 6)
    title_page(w, g, date="August 2016")
    body(w, g, ["Introduction", "Chronology", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("Each agency's IMR author made recommendations for their own agency; the panel endorses them. The "
           "panel then makes its own overview recommendations.")  # fmt: skip
    w.heading("Single agency recommendations", 2)
    groups = [
        pick(pool, "Nottingham", "Nottinghamshire Police", 3, used),
        pick(pool, "Nottingham", "Adult Social Care", 2, used),
        pick(pool, "Nottingham", "Recovery Network", 1, used),
    ]
    for group in groups:
        heading = gold_lead(group[0], NOTTINGHAM_NAMES)
        w.heading(heading, 3)
        rows: list[list[str | None]] = [["No.", "Recommendation"]]
        for k, real in enumerate(group, 1):
            rows.append([str(k), real.text])
            add(g, real, str(k), "single_agency", heading)
        w.table(rows, [1.2, 14.8], font_size=10)
        styled(w, "Light Grid Accent 1")
    w.heading("Overview recommendations", 2)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in pick(pool, "Nottingham", "", 2, used):
        add(g, real, w.para(real.text, num=(nid, 0)))
        w.para(f"Lead agency: {lead_cell(real, NOTTINGHAM_NAMES)}")
    _header_footer(w, f"Nottingham DHR {g.subject} - Overview Report", "Page {n}")
    return w, g


def dev_sefton_dardr_rag(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sefton 2024 DARDR, Arial 12: a title page naming the type of death; "Learning" paragraphs; the
    Partnership's two recommendations after a lead-in naming "the Partnership", then the rest each under a
    "Recommendation N" Heading 3 with a "Lead:" line; a portrait plan Rec | Action | Lead | Target date |
    RAG status in "Grid Table 4 Accent 1" (Word 2013), targets "Q3 2025/26", "Ongoing", "6 months"."""
    g = Gold("dev15-04-sefton-dardr-rag", "Sefton Community Safety Partnership", "Adult T")
    w = WordDoc("Arial", 12)
    margins(w, 2.2)
    _look(w, 1.15, 8)
    w.para(g.csp, bold=True, size=16)
    w.para("Domestic Abuse Related Death Review", bold=True, size=26)
    w.para(f"Overview Report into the death of {g.subject}", size=18)
    w.para("Type of death: suicide following domestic abuse", bold=True)
    w.para("Date of death: October 2023. Report completed: November 2024.")
    w.page_break()
    body(w, g, ["Introduction", "Background", "Analysis"])
    learning(w, "Learning from this review", 3, labelled=False)
    w.heading("Recommendations", 1)
    reals = pick(pool, "Sefton", "", 7, used)
    partnership = [r for r in reals if r.agencies == ["community_safety_partnership"]]
    others = [r for r in reals if r not in partnership]
    w.para("The review makes the following recommendations to the Partnership:")
    pairs = []
    for k, real in enumerate(partnership, 1):
        w.heading(f"Recommendation {k}", 3)
        w.para(real.text)
        pairs.append((add(g, real, str(k)), real))
    w.para("The remaining recommendations are for the agencies named in each.")
    for k, real in enumerate(others, len(partnership) + 1):
        w.heading(f"Recommendation {k}", 3)
        w.para(real.text)
        w.para(f"Lead: {gold_lead(real, SEFTON_NAMES)}")
        pairs.append((add(g, real, str(k)), real))
    w.heading("Action plan", 1)
    names = {**SEFTON_NAMES, "all_agencies": "All agencies", "marac": "MARAC Steering Group"}
    dates = ["Q3 2025/26", "Ongoing", "6 months", "March 2025", "Q4 2024/25", "31/03/2025", "September 2025"]
    rag_plan(w, pairs, names, dates, style2013(w, "Grid Table 4 Accent 1", "Medium Grid 1 Accent 1"))
    marking(w, f"Sefton DARDR - {g.subject}", "Page {n} of {m}")
    return w, g


def dev_harlow_summary_only(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Harlow 2015, Times New Roman 12, justified: the executive summary numbers the recommendations (a lead-in
    naming all agencies, a Word list "1."); the body refers to them by number only ("see Recommendation 2")
    and gives no text again; a "Lessons" chapter of advice."""
    g = Gold("dev15-05-harlow-summary-only", "Harlow Community Safety Partnership", "Ms B")
    w = WordDoc("Times New Roman", 12)
    margins(w, 2.54, 2.54)
    _look(w, 1.0, 6, justified=True)
    title_page(w, g, date="September 2015")
    w.heading("Executive Summary", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.para("The review panel makes the following recommendations to all agencies in Harlow:")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in pick(pool, "Harlow", "", 3, used):
        add(g, real, w.para(real.text, num=(nid, 0)))
    w.page_break()
    body(w, g, ["Introduction", "Chronology"])
    w.heading("Analysis", 1)
    w.para(PANEL_PROSE[0])
    w.para("Adult safeguarding training had reached fewer staff than children's safeguarding training (see "
           "Recommendation 1 in the Executive Summary).")  # fmt: skip
    w.para("Information held on separate IT systems was not shared (Recommendations 2 and 3).")
    w.heading("Lessons", 1)
    for text in LEARNING15[2:5]:
        w.para(text)
    w.heading("Conclusion", 1)
    w.para("The recommendations are given in the Executive Summary and are not repeated here. The Harlow "
           "Community Safety Partnership will publish the action plan separately.")  # fmt: skip
    _header_footer(w, f"Harlow CSP - Domestic Homicide Review - {g.subject}", "- {n} -")
    return w, g


DEV15A = {
    "dev15-01-kent-shaded-table": dev_kent_shaded_table,
    "dev15-02-norfolk-appendix-table": dev_norfolk_appendix_table,
    "dev15-03-nottingham-imr-tables": dev_nottingham_imr_tables,
    "dev15-04-sefton-dardr-rag": dev_sefton_dardr_rag,
    "dev15-05-harlow-summary-only": dev_harlow_summary_only,
}
