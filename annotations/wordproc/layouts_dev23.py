"""The ``dev23/`` documents (``dev23-01``..``05`` and the pieces the batch shares): a twenty-third blind batch of
whole DHR reports of 2013-2025, weighted to ACTIONS AND TARGET DATES as real action plans print them.

Traits, several per document: the Home Office template plan (Recommendation | Scope | Action | Lead | Key
milestones | Target date | Completion date | Outcome) in landscape with theme rows; single-agency plans, one table
per agency; action cells holding several typed-numbered actions (with the target cell numbered alike) or a Word
bullet list of actions sharing the row's Lead and Target; Recommendation cells merged down over several action
rows, across page breaks; target cells "Ongoing", "Q3 2025/26", "within 3 months of publication", "31/12/25",
"Dec 2025", "End of March 2026", "Immediate", "Complete", "TBC", "6 months"; completion, review and RAG
columns whose dates are not targets; a plan flowing in two columns; rows split across pages with no repeated
header; Welsh / English bilingual headers.

Recommendation texts are real (``take``, train and dev splits only, one CSP a document) with their real labels.
Lead cells, "Lead agency:" lines and agency headings print ``layouts_dev14.lead_cell`` (the written addressee,
or the gold agencies' names where the addressee names a body only consulted) or ``leads.gold_lead``, so they
name exactly the gold agencies; a plan action's gold agencies are its recommendation's (its Lead cell names
them). Actions, milestones, outcomes, prose and dates are written here.
"""

from docx.oxml.ns import qn

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import _header_footer
from annotations.wordproc.layouts_dev7 import _look
from annotations.wordproc.layouts_dev13 import section, shade_header, shade_span_rows, take
from annotations.wordproc.layouts_dev14 import add, glossary, lead_cell, title_page
from annotations.wordproc.layouts_dev15 import margins
from annotations.wordproc.layouts_dev19 import KENT19
from annotations.wordproc.layouts_dev20 import act20
from annotations.wordproc.layouts_dev21 import chapters
from annotations.wordproc.leads import NORFOLK_NAMES, NOTTINGHAM_NAMES
from annotations.wordproc.worddoc import BULLET, Level, WordDoc
from dhr.schema import Recommendation

#: Target cells this batch prints, with their gold (wordproc README "Target dates": ISO at the printed
#: precision; "Ongoing", "Immediate", "Complete", "TBC", "6 months", "within 3 months of publication" have no
#: date; a financial-year quarter is its last month; day first with slashes, a two-digit year read as 20YY;
#: "Dec 2025" a month; "End of March 2026" the month).
TARGETS23: dict[str, str | None] = {
    "Ongoing": None,
    "Immediate": None,
    "Complete": None,
    "TBC": None,
    "6 months": None,
    "within 3 months of publication": None,
    # a 2013 report
    "Jan 2014": "2014-01",
    "31/03/14": "2014-03-31",
    "Q1 2014/15": "2014-06",
    "End of June 2014": "2014-06",
    "Q2 2014/15": "2014-09",
    "30/09/14": "2014-09-30",
    # a 2015 report
    "Dec 2015": "2015-12",
    "31/10/15": "2015-10-31",
    "Q4 2015/16": "2016-03",
    "End of March 2016": "2016-03",
    "30/06/16": "2016-06-30",
    # a 2016 report
    "Q3 2016/17": "2016-12",
    "31/12/16": "2016-12-31",
    "Dec 2016": "2016-12",
    "End of March 2017": "2017-03",
    "Q1 2017/18": "2017-06",
    # a 2019 report
    "31/12/19": "2019-12-31",
    "Q3 2019/20": "2019-12",
    "Dec 2019": "2019-12",
    "End of March 2020": "2020-03",
    "30/06/20": "2020-06-30",
    "Q1 2020/21": "2020-06",
    # a 2020 report
    "Q3 2020/21": "2020-12",
    "31/12/20": "2020-12-31",
    "Dec 2020": "2020-12",
    "End of March 2021": "2021-03",
    # a 2021 report
    "Q3 2021/22": "2021-12",
    "31/12/21": "2021-12-31",
    "Dec 2021": "2021-12",
    "End of March 2022": "2022-03",
    # a 2022 report
    "Q3 2022/23": "2022-12",
    "31/12/22": "2022-12-31",
    "Dec 2022": "2022-12",
    "End of March 2023": "2023-03",
    "30/06/23": "2023-06-30",
    # a 2023 report
    "Q4 2023/24": "2024-03",
    "31/12/23": "2023-12-31",
    "Dec 2023": "2023-12",
    "End of March 2024": "2024-03",
    # a 2024 report
    "Q3 2024/25": "2024-12",
    "31/12/24": "2024-12-31",
    "Dec 2024": "2024-12",
    "End of March 2025": "2025-03",
    # a 2025 report
    "Q3 2025/26": "2025-12",
    "31/12/25": "2025-12-31",
    "Dec 2025": "2025-12",
    "End of March 2026": "2026-03",
    "Q4 2025/26": "2026-03",
}

#: Actions written for this batch's plans, in the agencies' own wording (none of them a recommendation).
ACTIONS23 = [
    "Issue a practice note to all frontline staff",
    "Revise the procedure and publish it on the intranet",
    "Add the learning from this review to the induction programme",
    "Audit 20 case files and report the findings to the panel",
    "Deliver a briefing at each team meeting",
    "Agree a shared template with partner agencies",
    "Name a lead for domestic abuse in each team",
    "Make the domestic abuse flag a mandatory field on the record",
    "Report progress to the partnership's DHR sub-group",
    "Run a learning event for managers and supervisors",
    "Include the topic in the annual safeguarding training",
    "Test the new process with two teams before it is rolled out",
    "Publish a seven-minute briefing on the review",
    "Review the screening checklist with the safeguarding lead",
    "Check compliance through the quarterly supervision audit",
    "Set up a task and finish group to draft the changes",
]
#: Key milestones, completion notes and outcomes: dates in them are never targets.
#: ``{y}`` is the report's year and ``{z}`` the next.
MILESTONES23 = ["Draft circulated 12/10/{y}", "Briefing delivered to four of six teams", "",
                "Task group met 03/11/{y}", "Agreed at panel 21/09/{y}", ""]  # fmt: skip
DONE23 = ["Completed 14/02/{z}", "", "Partly - 06/03/{z}", "", "Completed 30/11/{y}", ""]
OUTCOMES23 = ["Procedure reissued", "", "Audit found 18 of 20 files compliant", "", "Staff feedback positive",
              ""]  # fmt: skip

#: The Home Office template's eight columns as this batch prints them.
HO8 = [
    "Recommendation",
    "Scope",
    "Action",
    "Lead",
    "Key milestones",
    "Target date",
    "Completion date",
    "Outcome",
]

#: A plan action as a layout writes it: (action text, Lead cell, target cell).
Act = tuple[str, str, str]


# --------------------------------------------------------------------------------------------------------------
# pieces the batch shares
# --------------------------------------------------------------------------------------------------------------


def act23(rec: Recommendation, real: RealRec, text: str, lead: str, target: str) -> None:
    """One gold action: the printed text, Lead and target (gold date from ``TARGETS23``), the recommendation's
    agencies its ids (the Lead cell names them)."""
    act20(rec, text, lead, target, list(real.agencies), TARGETS23)


def actions(start: int, n: int) -> list[str]:
    """``n`` different actions of ``ACTIONS23`` from ``start`` (a step of 5 keeps one row's actions apart)."""
    return [ACTIONS23[(start + 5 * j) % len(ACTIONS23)] for j in range(n)]


def no_repeat(w: WordDoc) -> None:
    """The last table's header row is NOT repeated on the next page (Word's "Repeat as header row" off): a
    plan whose rows run on over a page break with nothing above them."""
    for row in w.doc.tables[-1].rows:
        trpr = row._tr.trPr
        if trpr is not None:
            for mark in trpr.findall(qn("w:tblHeader")):
                trpr.remove(mark)


def typed_lines(items: list[str]) -> list[tuple[str, tuple[int, int] | None]]:
    """A cell's paragraphs typed "1. ...", "2. ..." (the numbers part of the text, as authors type them)."""
    return [(f"{i}. {text}", None) for i, text in enumerate(items, 1)]


def ho_plan(
    w: WordDoc,
    groups: list[tuple[str | None, list[tuple[Recommendation, RealRec, list[Act]]]]],
    widths: list[float],
    *,
    header: list[str] = HO8,
    fill: str = "1F3864",
    font_size: float = 8.5,
    first: str = "{n}. {text}",
    start: int = 0,
    year: int = 2016,
) -> None:
    """The Home Office template plan: theme rows spanning the width (``None``: no theme row), the
    Recommendation cell (``first``) and the Scope cell merged down over the recommendation's action rows; Key
    milestones, Completion date and Outcome cells hold notes whose dates (in ``year`` and the next) are not
    targets."""
    rows: list[list[str | None]] = [header]
    k = start
    for theme, items in groups:
        if theme:
            rows.append([theme])
        for rec, real, acts in items:
            for j, (text, lead, target) in enumerate(acts):
                act23(rec, real, text, lead, target)
                top = j == 0
                rows.append([first.format(n=rec.number, text=rec.text) if top else None,
                             real.level.capitalize() if top else None, text, lead,
                             MILESTONES23[k % 6].format(y=year), target,
                             DONE23[k % 6].format(y=year, z=year + 1), OUTCOMES23[k % 6]])  # fmt: skip
                k += 1
    w.table(rows, widths, font_size=font_size)
    shade_header(w, fill=fill)
    shade_span_rows(w)


def lead_line(w: WordDoc, lead: str, label: str = "Lead agency:") -> None:
    """A "Lead agency: X" line under a recommendation (not its words)."""
    p = w.doc.add_paragraph()
    p.add_run(f"{label} ").bold = True
    p.add_run(lead)


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------


def dev_kent_2016_ho_template_themes(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent 2016, Calibri 11: "The Review Panel makes the following recommendations." over a Word list "1."-"6."
    (texts naming the agency in the sentence); a landscape "Appendix 1: Action plan" in the Home Office eight
    columns, theme rows with a scope, the Recommendation cell ("1. <text>") and Scope merged down over two
    actions for 1, 3 and 5 (the long plan runs over the page); targets "Q3 2016/17", "31/12/16", "Dec 2016",
    "End of March 2017", "Immediate", "within 3 months of publication", "Ongoing", "TBC", "Complete"."""
    g = Gold("dev23-01-kent-2016-ho-template-themes", "Kent Community Safety Partnership", "Mrs P23")
    w = WordDoc("Calibri", 11)
    margins(w, 2.5)
    _look(w, 1.08, 8)
    title_page(w, g, date="October 2016")
    chapters(w, g, ["Introduction", "Terms of reference", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The Review Panel makes the following recommendations.", keep_with_next=True)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    reals = take(pool, "Kent", [0, 3, 4, 1, 5, 6], used)
    recs = [add(g, real, w.para(real.text, num=(nid, 0))) for real in reals]
    w.para(
        "The agencies named have agreed the action plan at Appendix 1, which the Partnership will monitor."
    )
    section(w, landscape=True)
    w.heading("Appendix 1: Action plan", 1)
    dates = iter(["Q3 2016/17", "31/12/16", "Immediate", "Dec 2016", "End of March 2017",
                  "within 3 months of publication", "Ongoing", "TBC", "Complete"])  # fmt: skip
    per = [2, 1, 2, 1, 2, 1]
    items = []
    for i, (rec, real) in enumerate(zip(recs, reals, strict=True)):
        lead = lead_cell(real, KENT19)
        items.append((rec, real, [(t, lead, next(dates)) for t in actions(i * 3, per[i])]))
    ho_plan(w, [("Theme 1 - Police response to domestic abuse - county wide", items[:3]),
                ("Theme 2 - Children in the household - county wide", items[3:4]),
                ("Theme 3 - Discharge from inpatient care - Kent and Medway", items[4:])],
            [6.2, 1.7, 4.6, 2.6, 3.2, 2.4, 2.6, 2.8])  # fmt: skip
    section(w)
    glossary(w, [("KSCS", "Kent Specialist Children's Services"),
                 ("KMPT", "Kent and Medway NHS and Social Care Partnership Trust")])  # fmt: skip
    _header_footer(w, "Kent DHR Mrs P23 - Overview Report", "Page {n} of {m}")
    return w, g


#: Norfolk's own names for this batch's single-agency headings and Lead cells.
NORFOLK23 = {**NORFOLK_NAMES, "hospital": "Norfolk and Norwich University Hospitals",
             "gp": "GP practices", "probation_service": "Probation Service"}  # fmt: skip
#: Lead officers of the single-agency plans: a role before the agency's name.
ROLES23 = {"police": "Head of Safeguarding", "hospital": "Named Nurse for Adults", "gp": "Clinical Lead",
           "local_health_trust": "Head of Nursing", "probation_service": "Senior Probation Officer"}  # fmt: skip


def dev_norfolk_2015_single_agency_plans(
    pool: dict[str, list[RealRec]], used: set[str]
) -> tuple[WordDoc, Gold]:
    """Norfolk 2015, Arial 11: "Single agency recommendations" under a Heading 2 per agency (its gold names), one
    Word list "1."-"5." running across them; "Appendix A: Single agency action plans" gives one small table per
    agency (a Heading 2 "<agency> action plan") Ref | Action | Lead officer | Target date | RAG, the Lead officer
    a role and the agency; targets "Dec 2015", "31/10/15", "Immediate", "Q4 2015/16", "End of March 2016",
    "TBC", "6 months", "Ongoing"."""
    g = Gold(
        "dev23-02-norfolk-2015-single-agency-plans",
        "Norfolk County Community Safety Partnership",
        "Adult Q23",
    )
    w = WordDoc("Arial", 11)
    margins(w, 2.3)
    _look(w, 1.15, 6)
    title_page(w, g, date="June 2015")
    chapters(w, g, ["Introduction", "The facts", "Analysis", "Conclusions"])
    w.heading("Single agency recommendations", 1)
    w.para("Each recommendation below is for one agency; the agency's own action plan is at Appendix A.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    reals = take(pool, "Norfolk", [6, 0, 1, 7, 8], used)
    pairs = []
    for real in reals:
        head = lead_cell(real, NORFOLK23)
        w.heading(head, 2)
        pairs.append((add(g, real, w.para(real.text, num=(nid, 0)), "single_agency", head), real))
    w.para("The Partnership will ask each agency to report on its plan every six months.")
    w.page_break()
    w.heading("Appendix A: Single agency action plans", 1)
    per = [2, 2, 1, 2, 1]
    dates = iter(["Dec 2015", "31/10/15", "Immediate", "Q4 2015/16", "End of March 2016", "TBC", "6 months",
                  "Ongoing"])  # fmt: skip
    rag = iter(["Green", "Amber", "Green", "Green", "Red", "Amber", "Green", "Amber"])
    for i, (rec, real) in enumerate(pairs):
        agency = lead_cell(real, NORFOLK23)
        w.heading(f"{agency} action plan", 2)
        officer = f"{ROLES23[real.agencies[0]]}, {agency}"
        rows: list[list[str | None]] = [["Ref", "Action", "Lead officer", "Target date", "RAG"]]
        for text in actions(i * 2 + 1, per[i]):
            target = next(dates)
            act23(rec, real, text, officer, target)
            rows.append([rec.number, text, officer, target, next(rag)])
        w.table(rows, [1.2, 7.0, 4.0, 2.4, 1.8], font_size=9.5)
        shade_header(w, fill="2E74B5")
    _header_footer(w, "Norfolk DHR Adult Q23", "OFFICIAL | Page {n}")
    return w, g


def dev_nottingham_2019_numbered_action_cells(
    pool: dict[str, list[RealRec]], used: set[str]
) -> tuple[WordDoc, Gold]:
    """Nottingham 2019, Times New Roman 11: bold typed "Recommendation N: " run-ins (the label word is not the
    number) with a "Lead agency:" line under each; a landscape plan No. | Recommendation | Actions | Lead agency
    | Target date | Completion date | RAG whose Actions cell holds two or three typed-numbered actions ("1.",
    "2.") and whose Target date cell is numbered alike (each action takes its own numbered date); completion
    cells numbered too, with dates that are not targets."""
    g = Gold("dev23-03-nottingham-2019-numbered-action-cells", "Nottingham Crime and Drugs Partnership",
             "Adult R23")  # fmt: skip
    w = WordDoc("Times New Roman", 11)
    margins(w, 2.54)
    _look(w, 1.0, 8)
    title_page(w, g, date="May 2019")
    chapters(w, g, ["Introduction", "Family involvement", "The facts", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel's recommendations follow, each with the agency that will lead on it.")
    reals = take(pool, "Nottingham", [0, 1, 3, 5, 6, 7], used)
    pairs = []
    for n, real in enumerate(reals, 1):
        w.para(real.text, label_run=f"Recommendation {n}: ")
        lead_line(w, lead_cell(real, NOTTINGHAM_NAMES))
        pairs.append((add(g, real, str(n)), real))
    section(w, landscape=True)
    w.heading("Action plan", 1)
    w.para("Where a recommendation has more than one action, the target dates are numbered to match.")
    per = [3, 2, 2, 2, 3, 2]
    dates = iter(["within 3 months of publication", "31/12/19", "Q3 2019/20", "Immediate", "Dec 2019",
                  "End of March 2020", "6 months", "30/06/20", "Ongoing", "Q1 2020/21", "TBC", "31/12/19",
                  "Complete", "Q3 2019/20"])  # fmt: skip
    done = ["04/11/2019", "", "", "12/08/2019"]
    rows: list[list[str | None]] = [["No.", "Recommendation", "Actions", "Lead agency", "Target date",
                                     "Completion date", "RAG"]]  # fmt: skip
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    k = 0
    for i, (rec, real) in enumerate(pairs):
        lead = lead_cell(real, NOTTINGHAM_NAMES)
        texts = actions(i * 3 + 2, per[i])
        targets = [next(dates) for _ in texts]
        for text, target in zip(texts, targets, strict=True):
            act23(rec, real, text, lead, target)
        r = len(rows)
        cells[(r, 2)] = typed_lines(texts)
        cells[(r, 4)] = typed_lines(targets)
        cells[(r, 5)] = typed_lines([done[(k + j) % 4] or "-" for j in range(len(texts))])
        k += len(texts)
        rows.append([rec.number, rec.text, "", lead, "", "", ["Green", "Amber", "Red"][i % 3]])
    w.table(rows, [1.1, 7.4, 7.0, 3.4, 3.0, 2.6, 1.6], font_size=9, cell_numbering=cells)
    shade_header(w, fill="00539F")
    _header_footer(w, "Nottingham DHR Adult R23 - Overview Report", "Page {n}")
    return w, g


#: Sefton's own names for this batch's Lead cells (its texts name no addressee).
SEFTON23 = {"marac": "Sefton MARAC Steering Group", "all_agencies": "All agencies",
            "community_safety_partnership": "Sefton Community Safety Partnership",
            "police": "Merseyside Police", "probation_service": "National Probation Service"}  # fmt: skip


def dev_sefton_2022_bulleted_action_cells(
    pool: dict[str, list[RealRec]], used: set[str]
) -> tuple[WordDoc, Gold]:
    """Sefton 2022, Verdana 10: "The Review Panel recommends:" over a Word list "1."-"7." of noun-phrase texts,
    each with a "Lead agency:" line (the text names no addressee); a portrait plan Rec | Actions | Lead | Target
    date | Review date whose Actions cell is a Word bullet list of one or two actions sharing the row's Lead and
    Target; Review date cells hold dates that are not targets."""
    g = Gold("dev23-04-sefton-2022-bulleted-action-cells", "Sefton Community Safety Partnership", "Ms S23")
    w = WordDoc("Verdana", 10)
    margins(w, 2.2)
    _look(w, 1.2, 6)
    title_page(w, g, date="March 2022")
    chapters(w, g, ["Introduction", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The Review Panel recommends:", keep_with_next=True)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    reals = take(pool, "Sefton", [0, 1, 2, 3, 4, 5, 6], used)
    pairs = []
    for real in reals:
        label = w.para(real.text, num=(nid, 0))
        lead_line(w, lead_cell(real, SEFTON23))
        pairs.append((add(g, real, label), real))
    w.heading("Action plan", 1)
    per = [2, 1, 2, 1, 2, 1, 1]
    targets = ["Q3 2022/23", "31/12/22", "Immediate", "Dec 2022", "End of March 2023", "TBC", "30/06/23"]
    review = [
        "Reviewed 14/09/2022",
        "",
        "Reviewed 02/11/2022",
        "Next review 01/02/2023",
        "",
        "",
        "Reviewed 10/01/2023",
    ]
    bullets = w.abstract(BULLET)
    rows: list[list[str | None]] = [["Rec", "Actions", "Lead", "Target date", "Review date"]]
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    for i, (rec, real) in enumerate(pairs):
        lead = lead_cell(real, SEFTON23)
        texts = actions(i * 2 + 4, per[i])
        bid = w.num(bullets)
        cells[(len(rows), 1)] = [(t, (bid, 0)) for t in texts]
        for text in texts:
            act23(rec, real, text, lead, targets[i])
        rows.append([rec.number, "", lead, targets[i], review[i]])
    w.table(rows, [1.2, 7.6, 3.6, 2.2, 2.4], font_size=9.5, cell_numbering=cells)
    shade_header(w, fill="C00000")
    _header_footer(w, "Sefton DHR Ms S23", "Page {n} of {m}")
    return w, g


#: Cornwall's own names for this batch's agency headings and Lead cells.
CORNWALL23 = {"police": "Devon and Cornwall Police", "public_health": "Cornwall Public Health",
              "integrated_care_board": "NHS Kernow", "gp": "GP practices"}  # fmt: skip


def dev_cornwall_2024_two_column_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cornwall 2024, Calibri 11: agency Heading 2s (each the written addressee) over one Word list "1."-"6."
    running on across them; an action plan in a two-column section: a narrow Rec | Action | Lead | Target
    table that flows from the foot of the left column into the right one (header repeated), one or two actions
    a recommendation (the number on the first row only); targets "Q3 2024/25", "31/12/24", "Dec 2024", "End of
    March 2025", "Ongoing", "TBC", "within 3 months of publication", "6 months"."""
    g = Gold("dev23-05-cornwall-2024-two-column-plan", "Safer Cornwall", "Adult T23")
    w = WordDoc("Calibri", 11)
    margins(w, 2.3)
    _look(w, 1.1, 8)
    title_page(w, g, date="August 2024")
    chapters(w, g, ["Introduction", "Terms of reference", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The recommendations are grouped by the agency asked to act.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    reals = take(pool, "Cornwall", [0, 5, 1, 2, 3, 4], used)
    pairs = []
    last = ""
    for real in reals:
        head = lead_cell(real, CORNWALL23)
        if head != last:
            w.heading(head, 2)
            last = head
        pairs.append((add(g, real, w.para(real.text, num=(nid, 0)), "single_agency", head), real))
    section(w, columns=2, continuous=True)
    w.heading("Action plan", 1)
    w.para("Safer Cornwall will review progress on each action at its quarterly board.")
    per = [1, 2, 1, 1, 2, 1]
    dates = iter(["within 3 months of publication", "Q3 2024/25", "31/12/24", "Dec 2024", "Ongoing",
                  "End of March 2025", "6 months", "TBC"])  # fmt: skip
    rows: list[list[str | None]] = [["Rec", "Action", "Lead", "Target"]]
    for i, (rec, real) in enumerate(pairs):
        lead = lead_cell(real, CORNWALL23)
        for j, text in enumerate(actions(i * 3 + 1, per[i])):
            target = next(dates)
            act23(rec, real, text, lead, target)
            rows.append([rec.number if j == 0 else "", text, lead, target])
    w.table(rows, [1.0, 2.7, 1.9, 2.1], font_size=8)
    shade_header(w, fill="385623")
    section(w)
    glossary(w, [("IoS", "Isles of Scilly"), ("CIC", "Community Interest Company")])
    _header_footer(w, "Safer Cornwall - DHR Adult T23", "OFFICIAL-SENSITIVE | Page {n} of {m}")
    return w, g


DEV23A = {
    "dev23-01-kent-2016-ho-template-themes": dev_kent_2016_ho_template_themes,
    "dev23-02-norfolk-2015-single-agency-plans": dev_norfolk_2015_single_agency_plans,
    "dev23-03-nottingham-2019-numbered-action-cells": dev_nottingham_2019_numbered_action_cells,
    "dev23-04-sefton-2022-bulleted-action-cells": dev_sefton_2022_bulleted_action_cells,
    "dev23-05-cornwall-2024-two-column-plan": dev_cornwall_2024_two_column_plan,
}
