"""The ``dev15/`` documents (second half, ``dev15-06``..``11``) and the batch's runner: whole reports of
2015-2025 in shapes dev12-dev14 did not cover, as in ``layouts_dev15.py`` (its docstring has the batch's aim
and rules).

Build (LibreOffice needed): ``python -m annotations.wordproc.layouts_dev15b [--only NAME ...] [--no-pdf]``
writes ``dev15/`` with ``build.build`` (the same writer, PDF check and gold as every other folder); score (the
lead, once, blind): ``python -m annotations.wordproc.score dev15``.
"""

import sys

from docx.enum.section import WD_ORIENT
from docx.shared import Cm

from annotations.wordproc.batch import run_batch
from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import _header_footer
from annotations.wordproc.layouts_dev7 import PANEL_PROSE, _look
from annotations.wordproc.layouts_dev12 import contents
from annotations.wordproc.layouts_dev13 import marking, section
from annotations.wordproc.layouts_dev14 import CORNWALL14, add, lead_cell, title_page
from annotations.wordproc.layouts_dev15 import (
    DEV15A,
    LEARNING15,
    NORFOLK15,
    act,
    body,
    learning,
    margins,
    rag_plan,
    style2013,
    styled,
)
from annotations.wordproc.leads import KENT_NAMES, NOTTINGHAM_NAMES, gold_lead
from annotations.wordproc.parts import pick
from annotations.wordproc.worddoc import Level, WordDoc

_TAGGED = '{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
#: LibreOffice PDF export options per document (the others use the defaults).
PDF_OPTIONS_15: dict[str, str] = {
    "dev15-04-sefton-dardr-rag": _TAGGED,
    "dev15-09-kent-dardr-landscape-table": _TAGGED,
}


def dev_durham_two_plans(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Durham 2018, Arial 11: the recommendations a Word list "1." after a lead-in; then two landscape plans,
    "Single Agency Action Plan" ("Light List Accent 2": the hospital trust's) and "Multi-Agency Action Plan"
    ("Medium Shading 1 Accent 2": the partnership's), Recommendation | Action | Lead Officer | Target date |
    Progress, "N. text" merged down over two actions each."""
    g = Gold("dev15-06-durham-two-plans", "Safe Durham Partnership", "Adult D")
    w = WordDoc("Arial", 11)
    margins(w, 2.3)
    _look(w, 1.1, 6)
    title_page(w, g, date="May 2018")
    body(w, g, ["Introduction", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para(
        "The review panel makes three recommendations: one for a single agency and two for the partnership."
    )
    reals = [*pick(pool, "Durham", "North Tees", 1, used), *pick(pool, "Durham", "Safe Durham", 2, used)]
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    pairs = [(add(g, real, w.para(real.text, num=(nid, 0))), real) for real in reals]
    section(w, landscape=True)
    header = ("Recommendation", "Action", "Lead Officer", "Target date", "Progress")
    widths = [8.0, 6.4, 4.6, 2.8, 2.4]
    dates = ["Q3 2018/19", "31/10/2018", "January 2019", "Ongoing", "Q3 2018/19", "12 months"]
    w.heading("Appendix A: Single Agency Action Plan", 1)
    rag_plan(w, pairs[:1], None, dates, "Light List Accent 2", per_rec=2, first="{n}. {text}",
             widths=widths, header=header)  # fmt: skip
    w.heading("Appendix B: Multi-Agency Action Plan", 1)
    rag_plan(w, pairs[1:], None, dates, "Medium Shading 1 Accent 2", per_rec=2, first="{n}. {text}",
             widths=widths, header=header, start=2)  # fmt: skip
    _header_footer(w, f"Safe Durham Partnership - DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_cornwall_list_table_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cornwall 2021, Calibri 11: recommendations under agency Heading 2s (``gold_lead``), one Word list "1."
    numbering on across them; a landscape plan Recommendation | Action | Lead agency | Target | Status in
    "List Table 3 Accent 1" (Word 2013), "Recommendation N: text" merged down over two actions, long rows
    split over the page break under the repeated header."""
    g = Gold("dev15-07-cornwall-list-table-plan", "Safer Cornwall", "Adult C")
    w = WordDoc("Calibri", 11)
    margins(w, 2.0)
    _look(w, 1.15, 6)
    title_page(w, g, date="July 2021")
    body(w, g, ["Introduction", "Chronology", "Analysis"])
    learning(w, n=3)
    w.heading("Recommendations", 1)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    groups: dict[str, list[RealRec]] = {}
    for real in pick(pool, "Cornwall", "", 6, used):
        groups.setdefault(gold_lead(real, CORNWALL14), []).append(real)
    pairs = []
    for heading, group in groups.items():
        w.heading(heading, 2)
        for real in group:
            pairs.append((add(g, real, w.para(real.text, num=(nid, 0)), "single_agency", heading), real))
    section(w, landscape=True)
    w.heading("Action plan", 1)
    dates = ["Q3 2021/22", "31/03/2022", "June 2022", "Ongoing", "12 months", "Q3 2021/22"]
    rag_plan(w, pairs, CORNWALL14, dates, style2013(w, "List Table 3 Accent 1", "Light List Accent 1"),
             per_rec=2, first="Recommendation {n}: {text}", widths=[9.6, 6.4, 4.4, 2.6, 2.2], font_size=10,
             header=("Recommendation", "Action", "Lead agency", "Target", "Status"))  # fmt: skip
    _header_footer(w, f"Safer Cornwall | DHR {g.subject}", "{n}")
    return w, g


def dev_nottingham_board_lead_in(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Nottingham 2022, Verdana 10: a lead-in asks the Safeguarding Adults Board to oversee the
    recommendations (an overseer, not their addressee); a Word list "1." each followed by a "Lead agency:"
    line; a plan Rec | Action | Lead | Target date | RAG status in "Medium Grid 1 Accent 1"
    (header row marked to repeat), two actions each."""
    g = Gold("dev15-08-nottingham-board-lead-in", "Nottingham Crime and Drugs Partnership", "Adult F")
    w = WordDoc("Verdana", 10)
    margins(w, 2.0)
    _look(w, 1.2, 6)
    title_page(w, g, date="October 2022")
    body(w, g, ["Introduction", "Family involvement", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel asks the Nottingham City Safeguarding Adults Board to oversee the following "
           "recommendations. The agency leading each is named beneath it.")  # fmt: skip
    reals = [*pick(pool, "Nottingham", "Adult Social Care", 2, used),
             *pick(pool, "Nottingham", "Recovery Network", 1, used),
             *pick(pool, "Nottingham", "Nottinghamshire Police", 2, used)]  # fmt: skip
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    pairs = []
    for real in reals:
        pairs.append((add(g, real, w.para(real.text, num=(nid, 0))), real))
        w.para(f"Lead agency: {lead_cell(real, NOTTINGHAM_NAMES)}")
    w.heading("Action plan", 1)
    dates = ["Q3 2022/23", "Q4 2022/23", "30/11/2022", "Ongoing", "May 2023", "6 months"]
    rag_plan(w, pairs, NOTTINGHAM_NAMES, dates, "Medium Grid 1 Accent 1", per_rec=2, font_size=9)
    _header_footer(w, f"Nottingham DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_kent_dardr_landscape_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent 2025 DARDR, Arial 12, tagged PDF: a title page naming the type of death; "Learning N:" run-ins;
    the recommendations in a landscape # | Recommendation | Lead agency | Scope | Target date table in
    "Grid Table 4 Accent 5" (Word 2013), typed numbers; each row an implied action; "OFFICIAL - SENSITIVE"."""
    g = Gold("dev15-09-kent-dardr-landscape-table", "Kent Community Safety Partnership", "Adult K15")
    w = WordDoc("Arial", 12)
    margins(w, 2.5)
    _look(w, 1.15, 8)
    w.para("Kent and Medway Community Safety Partnerships", bold=True, size=16)
    w.para("Domestic Abuse Related Death Review", bold=True, size=26)
    w.para(f"The death of {g.subject}", size=18)
    w.para("Type of death: homicide", bold=True)
    w.para("Published: March 2025")
    w.page_break()
    body(w, g, ["Introduction", "Background", "Analysis"])
    learning(w, n=5)
    section(w, landscape=True)
    w.heading("Recommendations", 1)
    w.para("The panel makes the recommendations below. Each lead agency has agreed the target date.")
    reals = [*pick(pool, "Kent", "KMPT", 2, used), *pick(pool, "Kent", "Kent Police", 3, used),
             *pick(pool, "Kent", "NHS England", 1, used)]  # fmt: skip
    dates = ["Q3 2025/26", "Q1 2025/26", "December 2025", "Ongoing", "Q2 2025/26", "6 months"]
    rows: list[list[str | None]] = [["#", "Recommendation", "Lead agency", "Scope", "Target date"]]
    for k, real in enumerate(reals, 1):
        lead, target = lead_cell(real, KENT_NAMES), dates[k - 1]
        rows.append([str(k), real.text, lead, real.level.capitalize(), target])
        act(add(g, real, str(k)), real, real.text, lead, target)
    w.table(rows, [1.0, 15.4, 4.2, 2.4, 3.0], font_size=11)
    styled(w, style2013(w, "Grid Table 4 Accent 5", "Medium Shading 1 Accent 5"))
    section(w)
    w.heading("Next steps", 1)
    w.para("The partnership will report progress on the recommendations to its DARDR steering group.")
    marking(w, f"Kent and Medway DARDR - {g.subject}", "{n}", centred=False)
    return w, g


def dev_norfolk_partnership_parts(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk 2020, Georgia 10 (substituted), US Letter with narrow margins: the recommendations in parts,
    each a numbered bold paragraph ("1." "Recommendations for the Partnership", "2." "... for health
    agencies", "3." "... for other agencies") with a lead-in naming its addressee where the part has one, the
    recommendations "1.1" .. under them; footer "Norfolk ... | Page N"."""
    g = Gold("dev15-10-norfolk-partnership-parts", "Norfolk County Community Safety Partnership", "Adult G")
    w = WordDoc("Georgia", 10)
    first = w.doc.sections[0]
    first.page_width, first.page_height = Cm(21.59), Cm(27.94)
    first.left_margin = first.right_margin = Cm(1.6)
    _look(w, 1.0, 4)
    title_page(w, g, date="January 2020")
    contents(w, [("Introduction", "3"), ("Analysis", "7"), ("Lessons", "12"), ("Recommendations", "13")])
    body(w, g, ["Introduction", "Analysis"])
    w.heading("Lessons", 1)
    for text in LEARNING15[:3]:
        w.para(text)
    w.heading("Recommendations", 1)
    reals = pick(pool, "Norfolk", "", 11, used)
    health = {"gp", "hospital", "local_health_trust", "integrated_care_board", "public_health", "nhs_england"}
    csp = [r for r in reals if r.agencies == ["community_safety_partnership"]]
    heal = [r for r in reals if set(r.agencies) <= health and r not in csp][:4]
    rest = [r for r in reals if r not in csp and r not in heal][:3]
    legal = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2")]))
    w.para("Recommendations for the Partnership", num=(legal, 0), bold=True, keep_with_next=True)
    w.para("The following recommendations are for the Norfolk County Community Safety Partnership.")
    for real in csp:
        add(g, real, w.para(real.text, num=(legal, 1)), "overview", "Recommendations for the Partnership")
    w.para("Recommendations for health agencies", num=(legal, 0), bold=True, keep_with_next=True)
    for real in heal:
        label = w.para(real.text, num=(legal, 1))
        add(g, real, label, "single_agency", "Recommendations for health agencies")
        w.para(f"Agency: {gold_lead(real, NORFOLK15)}")
    w.para("Recommendations for other agencies", num=(legal, 0), bold=True, keep_with_next=True)
    for real in rest:
        label = w.para(real.text, num=(legal, 1))
        add(g, real, label, "single_agency", "Recommendations for other agencies")
        w.para(f"Agency: {gold_lead(real, NORFOLK15)}")
    _header_footer(w, f"Norfolk DHR - {g.subject}", "Norfolk County Community Safety Partnership | Page {n}")
    return w, g


def dev_sheffield_plan_only(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sheffield 2020, a stand-alone action plan (the document type is an action plan): landscape, Arial 10,
    a preamble, then Recommendation | Action | Lead | Target date | RAG status in "Medium List 2 Accent 1",
    "Recommendation N: text" merged down over three actions; page numbers in the footer."""
    g = Gold("dev15-11-sheffield-plan-only", "Sheffield Safer and Sustainable Communities Partnership", "Adult H",
             document_type="action_plan")  # fmt: skip
    w = WordDoc("Arial", 10)
    first = w.doc.sections[0]
    first.page_width, first.page_height = Cm(29.7), Cm(21.0)
    first.orientation = WD_ORIENT.LANDSCAPE
    first.left_margin = first.right_margin = Cm(1.8)
    w.para(f"{g.csp}", bold=True, size=14)
    w.para(f"Domestic Homicide Review {g.subject}: Action Plan", style="Title")
    w.para("This plan sets out how the recommendations of the overview report will be delivered. Progress is "
           "reported to the partnership's DHR sub-group every quarter.")  # fmt: skip
    names = {
        "childrens_social_care": "Sheffield City Council Children, Young People and Families",
        "police": "South Yorkshire Police",
    }
    pairs = [(add(g, real, str(k)), real) for k, real in enumerate(pick(pool, "Sheffield", "", 2, used), 1)]
    dates = ["Q1 2020/21", "October 2020", "Ongoing", "Complete", "Within 12 months", "TBC"]
    rows_style = "Medium List 2 Accent 1"
    rag_plan(w, pairs, names, dates, rows_style, per_rec=3, first="Recommendation {n}: {text}",
             widths=[8.6, 7.0, 5.0, 2.8, 2.4], font_size=10,
             header=("Recommendation", "Action", "Lead", "Target date", "RAG status"))  # fmt: skip
    w.para(PANEL_PROSE[3])
    _header_footer(w, f"Sheffield DHR {g.subject} - Action Plan", "Page {n} of {m}")
    return w, g


DEV15B = {
    "dev15-06-durham-two-plans": dev_durham_two_plans,
    "dev15-07-cornwall-list-table-plan": dev_cornwall_list_table_plan,
    "dev15-08-nottingham-board-lead-in": dev_nottingham_board_lead_in,
    "dev15-09-kent-dardr-landscape-table": dev_kent_dardr_landscape_table,
    "dev15-10-norfolk-partnership-parts": dev_norfolk_partnership_parts,
    "dev15-11-sheffield-plan-only": dev_sheffield_plan_only,
}
#: The whole batch, in order.
DEV15 = {**DEV15A, **DEV15B}


def main(argv: list[str] | None = None) -> int:
    """Write ``dev15/`` through ``build.build`` (kept out of ``build.py``'s folder list while the batch is
    blind; the lead may register it there after scoring)."""
    return run_batch(DEV15, "dev15", argv, PDF_OPTIONS_15)


if __name__ == "__main__":
    sys.exit(main())
