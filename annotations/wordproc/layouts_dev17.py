"""The ``dev17/`` documents (``dev17-01``..``05`` and the pieces the batch shares): a seventeenth blind batch of
whole reports of 2012-2025, in shapes dev12-dev16 did not cover.

Traits, several per document: recommendations printed between the numbered conclusions of one "Conclusions and
Recommendations" chapter; the Home Office plan's seven columns (Recommendation | Scope | Action to take | Lead
Agency | Key milestones | Target Date | Date of completion and outcome) in landscape with rotated header cells,
completion dates that are not targets; IMR recommendations quoted in a table per agency inside the analysis
beside the overview list; recommendations each beginning "That ..." with an executive summary numbering them
in roman while the body numbers them "7.1"; "The Review Panel recommends that:" over "(a)"-"(g)"; target cells
"Within 6 months of publication", "Sept 2024", "2024/25", "31.12.2023", "By end of March 2018", "Complete".

Recommendation texts are real (``pick`` / ``take``, train and dev splits only, one CSP a document) with their
real labels. "Lead:" lines, agency headings and Lead cells name exactly the gold agencies (``gold_lead``) or the
written addressee where that agrees with the gold (``layouts_dev14.lead_cell``). A plan action's gold agencies
are its recommendation's. Conclusions, actions, milestones, outcomes and prose are written here.
"""

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev7 import PANEL_PROSE, _look
from annotations.wordproc.layouts_dev13 import LEGAL2, section, shade_header, take
from annotations.wordproc.layouts_dev14 import CORNWALL14, add, glossary, lead_cell, title_page
from annotations.wordproc.layouts_dev15 import ACTIONS15, NORFOLK15, RAG, body, margins, styled
from annotations.wordproc.leads import KENT_NAMES, NOTTINGHAM_NAMES, SEFTON_NAMES, gold_lead
from annotations.wordproc.parts import pick
from annotations.wordproc.vocab import ANALYSIS_TRAP, INTRO_PROSE
from annotations.wordproc.worddoc import Level, WordDoc
from dhr.schema import Action, Recommendation

#: Target cells this batch prints, with their gold (wordproc README "Target dates": ISO at the printed
#: precision; "Within 6 months of publication", "Complete", "Ongoing" have no date; "By end of March 2020" is
#: as "End of March 2018"; "Sept 2024" an abbreviated month; "31.12.2023" day first with stops; a whole
#: financial year "2024/25" is its last month, March 2025, as a financial-year quarter is its last month).
TARGETS17: dict[str, str | None] = {
    "Within 6 months of publication": None,
    "Complete": None,
    "Ongoing": None,
    "Sept 2024": "2024-09",
    "2024/25": "2025-03",
    "31.12.2023": "2023-12-31",
    "March 2024": "2024-03",
    "By end of March 2018": "2018-03",
    "30.09.2017": "2017-09-30",
    "2017/18": "2018-03",
    "Sept 2017": "2017-09",
    "30.09.2013": "2013-09-30",
    "By end of March 2014": "2014-03",
    "2013/14": "2014-03",
    "Dec 2013": "2013-12",
    "Sept 2025": "2025-09",
    "2025/26": "2026-03",
    "31.03.2026": "2026-03-31",
    "By end of March 2026": "2026-03",
    "By end of March 2020": "2020-03",
    "30.09.2019": "2019-09-30",
    "Sept 2019": "2019-09",
    "2019/20": "2020-03",
    "30.09.2015": "2015-09-30",
    "By end of March 2016": "2016-03",
    "Sept 2016": "2016-09",
    "2016/17": "2017-03",
    "By end of March 2017": "2017-03",
}
#: Key milestones cells (steps with dates of their own; never the target).
MILESTONES = [
    "Draft policy to the board in June; sign-off in September",
    "Task and finish group meets monthly from May",
    "Briefing issued to all practices; audit of ten cases",
    "Training module written and piloted with two teams",
    "Pathway agreed with partners; published on the website",
]
#: "Date of completion and outcome" cells: dated records of what was done (never a target date).
OUTCOMES17 = [
    "Complete - 14/11/2023. Revised policy launched at the practitioners' forum.",
    "Partly complete: first audit reported 02/02/2024",
    "",
    "Complete - 30/01/2024. Briefing circulated to all staff.",
    "In progress",
]
#: Conclusions of a combined "Conclusions and Recommendations" chapter (findings; one worded with "should").
CONCLUSIONS17 = [
    "The panel concluded that the homicide could not have been predicted from what agencies knew, but that "
    "there were missed opportunities to ask about domestic abuse.",
    "The hospital clinics discharged the victim after she missed two appointments without asking why.",
    "The panel considers that a patient who stops attending should not simply be discharged back to the GP.",
    "Neither GP practice had a domestic abuse policy and new patients were not asked about abuse at registration.",
    "The firearms licensing process did not take account of what the GP knew about the perpetrator's health.",
    "Health agencies worked to different policies and did not share what they knew.",
]


def act17(rec: Recommendation, real: RealRec, text: str, lead: str, target: str) -> None:
    """One gold action: the printed text, lead and target (gold date from ``TARGETS17``)."""
    rec.actions.append(
        Action(
            text=text,
            agencies=list(real.agencies),  # type: ignore[arg-type]
            target_date=TARGETS17[target],
            lead_text=lead,
            target_date_text=target,
        )
    )


def chapters(w: WordDoc, g: Gold, titles: list[str], ch: int) -> None:
    """Chapters numbered at level 0 of list ``ch`` ("3."), their paragraphs at level 1 ("3.1")."""
    prose = {
        "Introduction": [INTRO_PROSE.format(csp=g.csp, subject=g.subject), PANEL_PROSE[3]],
        "Terms of reference": ["The panel agreed terms of reference at its first meeting (Appendix A)."],
        "Background": [PANEL_PROSE[2], FILLER],
        "The facts": [PANEL_PROSE[1], FILLER],
        "Analysis": [PANEL_PROSE[0], ANALYSIS_TRAP, FILLER],
        "Lessons learned": [
            "Missed appointments are information: a pattern of them says more than one contact."
        ],
    }
    for title in titles:
        w.heading(title, 1, num=(ch, 0))
        for text in prose[title]:
            w.para(text, num=(ch, 1))


def rotate_header(w: WordDoc, cols: set[int], height_cm: float) -> None:
    """Turn the last table's header cells ``cols`` to read bottom to top (``w:textDirection btLr``), as a wide
    plan squeezed into landscape does, and give the header row the height the turned words need."""
    row = w.doc.tables[-1].rows[0]
    twips = int(Cm(height_cm).twips)
    row._tr.get_or_add_trPr().append(
        parse_xml(f'<w:trHeight {nsdecls("w")} w:val="{twips}" w:hRule="atLeast"/>')
    )
    for c, cell in enumerate(row.cells):
        if c in cols:
            cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:textDirection {nsdecls("w")} w:val="btLr"/>'))


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------

NORFOLK17 = {**NORFOLK15, "hospital": "Norfolk and Norwich University Hospitals NHS Foundation Trust"}


def dev_norfolk_conclusions_mixed(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk 2020, Verdana 10 (substituted): every paragraph numbered in a two-level list; chapter "7.
    Conclusions and Recommendations" runs numbered conclusions 7.1-7.7 with the recommendations between them,
    each a bold unnumbered "Recommendation N" line over an unnumbered text paragraph and a "Lead:" line."""
    g = Gold("dev17-01-norfolk-conclusions-mixed", "Norfolk County Community Safety Partnership", "Mrs F17")
    w = WordDoc("Verdana", 10)
    margins(w, 2.3, 2.2)
    _look(w, 1.15, 6)
    title_page(w, g, date="September 2020")
    ch = w.num(w.abstract(LEGAL2))
    chapters(w, g, ["Introduction", "Terms of reference", "Background", "The facts", "Analysis",
                    "Lessons learned"], ch)  # fmt: skip
    w.heading("Conclusions and Recommendations", 1, num=(ch, 0))
    reals = pick(pool, "Norfolk", "", 5, used)
    # conclusions in order, a recommendation after the conclusion it answers (after 7.2, 7.4, 7.5, and two
    # after 7.6)
    after = {1: [0], 3: [1], 4: [2], 5: [3, 4]}
    n = 0
    for k, text in enumerate(CONCLUSIONS17):
        w.para(text, num=(ch, 1))
        for j in after.get(k, []):
            real = reals[j]
            n += 1
            w.para(f"Recommendation {n}", bold=True, keep_with_next=True)
            w.para(real.text)
            w.para(f"Lead: {lead_cell(real, NORFOLK17)}")
            add(g, real, str(n))
    w.para("The partnership has accepted the recommendations and will oversee the action plan.", num=(ch, 1))
    glossary(w, [("NNUH", "Norfolk and Norwich University Hospitals NHS Foundation Trust"),
                 ("CCG", "Clinical Commissioning Group")])  # fmt: skip
    _header_footer(w, "Norfolk DHR - Mrs F17 - Overview Report", "{n}")
    return w, g


def dev_cornwall_home_office_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cornwall 2023, Trebuchet MS 10 (substituted): recommendations a Word list "R1"-"R6" with "Lead agency:"
    lines; a landscape appendix plan in the Home Office's seven columns, the Scope, Target Date and completion
    header cells turned to read upwards; Recommendation ("R1 text") and Scope merged down over a recommendation's
    actions; Key milestones and completion cells carry dates that are not targets."""
    g = Gold("dev17-02-cornwall-home-office-plan", "Safer Cornwall", "Adult C17")
    w = WordDoc("Trebuchet MS", 10)
    margins(w, 2.5)
    _look(w, 1.15, 6)
    title_page(w, g, date="May 2023")
    body(w, g, ["Introduction", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para(
        "The panel makes six recommendations. The action plan at Appendix 2 sets out how each will be met."
    )
    nid = w.num(w.abstract([Level("decimal", "R%1")]))
    pairs = []
    for real in pick(pool, "Cornwall", "", 6, used):
        pairs.append((add(g, real, w.para(real.text, num=(nid, 0))), real))
        w.para(f"Lead agency: {lead_cell(real, CORNWALL14)}")
    section(w, landscape=True)
    w.heading("Appendix 2: Action Plan", 1)
    header = ["Recommendation", "Scope", "Action to take", "Lead Agency", "Key milestones", "Target Date",
              "Date of completion and outcome"]  # fmt: skip
    rows: list[list[str | None]] = [header]
    dates = ["Within 6 months of publication", "Sept 2024", "2024/25", "31.12.2023", "Complete", "March 2024"]
    k = 0
    for i, (rec, real) in enumerate(pairs):
        lead = lead_cell(real, CORNWALL14)
        for j in range(2 if i % 2 == 0 else 1):
            text, target = ACTIONS15[(k * 2 + 1) % len(ACTIONS15)], dates[k % len(dates)]
            act17(rec, real, text, lead, target)
            first = j == 0
            rows.append([f"{rec.number} {rec.text}" if first else None, real.level.capitalize() if first else None,
                         text, lead, MILESTONES[k % len(MILESTONES)], target, OUTCOMES17[k % len(OUTCOMES17)]])  # fmt: skip
            k += 1
    w.table(rows, [6.2, 1.3, 4.2, 3.2, 3.8, 2.6, 4.6], font_size=8.5)
    shade_header(w, fill="D9D9D9", white=False)
    rotate_header(w, {1, 5, 6}, 3.2)
    _header_footer(w, "OFFICIAL - Safer Cornwall DHR Adult C17", "Page {n} of {m}")
    return w, g


KENT17 = {**KENT_NAMES, "adult_social_care": "KCC Adult Social Care and Health"}


def dev_kent_imr_tables_overview(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent 2016, Georgia 11 (substituted): the analysis has one sub-chapter per agency, each quoting the IMR's
    recommendations in a No. | IMR recommendation | Progress table (numbers restarting at 1 per agency; the
    Progress cells are notes); the "Overview recommendations" chapter is a Word list "1."-"3." with "Lead
    agency:" lines. Both count: the IMR ones ``single_agency`` under their agency, the panel's ``overview``."""
    g = Gold("dev17-03-kent-imr-tables-overview", "Kent Community Safety Partnership", "Mrs K17")
    w = WordDoc("Georgia", 11)
    margins(w, 2.54)
    _look(w, 1.1, 8)
    title_page(w, g, date="November 2016")
    body(w, g, ["Introduction", "Chronology"])
    w.heading("Analysis by agency", 1)
    w.para("Each agency's IMR made recommendations for its own service. They are quoted below with the progress "
           "each agency reported to the panel; the panel endorses them.")  # fmt: skip
    groups = [pick(pool, "Kent", "Kent Police", 2, used), pick(pool, "Kent", "KMPT", 2, used)]
    progress = ["Completed March 2016", "In progress", "Policy under review", "Completed"]
    k = 0
    for group in groups:
        head = gold_lead(group[0], KENT17)
        w.heading(head, 2)
        w.para(PANEL_PROSE[k % len(PANEL_PROSE)])
        rows: list[list[str | None]] = [["No.", "IMR recommendation", "Progress"]]
        for n, real in enumerate(group, 1):
            rows.append([str(n), real.text, progress[k % len(progress)]])
            add(g, real, str(n), "single_agency", head)
            k += 1
        w.table(rows, [1.2, 11.0, 3.6], font_size=10)
    w.heading("Conclusions", 1)
    w.para(
        "The panel found that agencies each held part of the picture and that none of them held all of it."
    )
    w.heading("Overview recommendations", 1)
    w.para("In addition to the IMR recommendations above, the panel makes the following recommendations.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in [*take(pool, "Kent", [2, 7, 8], used)]:
        add(g, real, w.para(real.text, num=(nid, 0)))
        w.para(f"Lead agency: {lead_cell(real, KENT17)}")
    glossary(w, [("IMR", "Individual Management Review"), ("KMPT", "Kent and Medway NHS and Social Care "
                 "Partnership Trust")])  # fmt: skip
    _header_footer(w, "Kent and Medway Domestic Homicide Review - Mrs K17", "Page {n} of {m}")
    return w, g


def dev_nottingham_that_roman_summary(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Nottingham 2017, Calibri 11: recommendations that each begin "That ..."; the executive summary lists them
    "i."-"v." (lower roman), the body's chapter 7 numbers them "7.1"-"7.5" (each counts once, with the body's
    number); a portrait plan Ref | Action | Lead | Target date | Status, one action each."""
    g = Gold("dev17-04-nottingham-that-roman-summary", "Nottingham Crime and Drugs Partnership", "Adult N17")
    w = WordDoc("Calibri", 11)
    margins(w, 2.2)
    _look(w, 1.08, 8)
    title_page(w, g, date="August 2017")
    reals = take(pool, "Nottingham", [0, 1, 2, 3, 4], used)
    w.heading("Executive summary", 1)
    w.para(PANEL_PROSE[3])
    w.para("The review makes the following recommendations, all for Nottinghamshire Police:")
    roman = w.num(w.abstract([Level("lowerRoman", "%1.")]))
    for real in reals:
        w.para(real.text, num=(roman, 0))
    w.page_break()
    ch = w.num(w.abstract(LEGAL2))
    chapters(w, g, ["Introduction", "Terms of reference", "Background", "The facts", "Analysis"], ch)
    w.heading("Conclusions", 1, num=(ch, 0))
    w.para("The police held most of the information about the risk the perpetrator posed.", num=(ch, 1))
    w.para("Lessons for the other agencies are set out in their IMRs.", num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The Review Panel recommends:", keep_with_next=True)
    pairs = []
    for real in reals:
        pairs.append((add(g, real, w.para(real.text, num=(ch, 1))), real))
    w.heading("Action plan", 1, num=(ch, 0))
    rows: list[list[str | None]] = [["Ref", "Action", "Lead", "Target date", "Status"]]
    dates = ["By end of March 2018", "30.09.2017", "2017/18", "Complete", "Sept 2017"]
    for k, (rec, real) in enumerate(pairs):
        lead = lead_cell(real, NOTTINGHAM_NAMES)
        text = ACTIONS15[(k * 3 + 2) % len(ACTIONS15)]
        act17(rec, real, text, lead, dates[k])
        rows.append([rec.number, text, lead, dates[k], RAG[k % len(RAG)]])
    w.table(rows, [1.4, 7.4, 3.6, 2.6, 1.6], font_size=10)
    styled(w, "Light List Accent 1")
    _header_footer(w, "Nottingham DHR Adult N17 - OFFICIAL", "Page {n} of {m}")
    return w, g


SEFTON17 = {**SEFTON_NAMES, "marac": "Sefton MARAC Steering Group", "all_agencies": "All agencies"}


def dev_sefton_review_panel_letters(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sefton 2013, Times New Roman 12 justified, 2.5 cm margins: "The Review Panel recommends that:" over a
    Word list "(a)"-"(g)" of noun-phrase recommendations; a plan Rec | Lead agency | Action | Target date | Date
    completed, one action each, the completion dates not targets; footer "Page N"."""
    g = Gold("dev17-05-sefton-review-panel-letters", "Sefton Community Safety Partnership", "Mrs S17")
    w = WordDoc("Times New Roman", 12)
    margins(w, 2.5, 2.5)
    _look(w, 1.0, 10, justified=True)
    title_page(w, g, date="July 2013")
    body(w, g, ["Introduction", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The Review Panel recommends that:", keep_with_next=True)
    nid = w.num(w.abstract([Level("lowerLetter", "(%1)")]))
    pairs = []
    for real in pick(pool, "Sefton", "", 7, used):
        pairs.append((add(g, real, w.para(real.text, num=(nid, 0))), real))
    w.para("Each recommendation has a lead agency, named in the action plan below.")
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["Rec", "Lead agency", "Action", "Target date", "Date completed"]]
    dates = ["30.09.2013", "By end of March 2014", "2013/14", "Within 6 months of publication", "Dec 2013"]
    done = ["12/11/2013", "", "28/02/2014", "", "Ongoing"]
    for k, (rec, real) in enumerate(pairs):
        lead = gold_lead(real, SEFTON17)
        text, target = ACTIONS15[(k * 2) % len(ACTIONS15)], dates[k % len(dates)]
        act17(rec, real, text, lead, target)
        rows.append([rec.number, lead, text, target, done[k % len(done)]])
    w.table(rows, [1.2, 4.0, 6.2, 2.6, 2.4], font_size=10)
    _header_footer(w, "Sefton Domestic Homicide Review: Mrs S17 - Confidential", "Page {n}")
    return w, g


DEV17A = {
    "dev17-01-norfolk-conclusions-mixed": dev_norfolk_conclusions_mixed,
    "dev17-02-cornwall-home-office-plan": dev_cornwall_home_office_plan,
    "dev17-03-kent-imr-tables-overview": dev_kent_imr_tables_overview,
    "dev17-04-nottingham-that-roman-summary": dev_nottingham_that_roman_summary,
    "dev17-05-sefton-review-panel-letters": dev_sefton_review_panel_letters,
}
