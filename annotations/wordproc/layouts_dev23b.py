"""The ``dev23/`` documents (second half, ``dev23-06``..``10``) and the batch's runner: whole DHR reports weighted
to actions and target dates as real action plans print them, as in ``layouts_dev23.py`` (its docstring has the
batch's aim and rules).

Build (LibreOffice needed): ``python -m annotations.wordproc.layouts_dev23b [--only NAME ...] [--no-pdf]``
writes ``dev23/`` with ``build.build`` (the same writer, PDF check and gold as every other folder); score (the
lead, blind): ``python -m annotations.wordproc.score dev23``.
"""

import sys

from annotations.wordproc.batch import run_batch
from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import _header_footer, _landscape_first
from annotations.wordproc.layouts_dev7 import _look
from annotations.wordproc.layouts_dev13 import section, shade_header, take
from annotations.wordproc.layouts_dev14 import add, glossary, lead_cell, title_page
from annotations.wordproc.layouts_dev15 import NORFOLK15, margins
from annotations.wordproc.layouts_dev18b import SHEFFIELD18
from annotations.wordproc.layouts_dev19 import KENT19
from annotations.wordproc.layouts_dev21 import chapters
from annotations.wordproc.layouts_dev23 import (
    DEV23A,
    HO8,
    act23,
    actions,
    ho_plan,
    lead_line,
    no_repeat,
)
from annotations.wordproc.leads import gold_lead
from annotations.wordproc.vocab import INTRO_PROSE
from annotations.wordproc.worddoc import Level, WordDoc

#: Long actions of a plan whose rows run over a page break (each one action, written as agencies write them).
LONG23 = [
    "Review the adult safeguarding training offer against the children's offer and set out, for each staff "
    "group, the level of training required and how domestic abuse is covered at that level",
    "Commission a short e-learning module on adult safeguarding and domestic abuse and make it mandatory for all "
    "staff who work directly with the public",
    "Report completion rates for the new module to the partnership each quarter, broken down by agency",
    "Map the information sharing agreements each agency holds and the IT systems each one relies on, and "
    "identify where a system prevents a practitioner from seeing a risk that another agency has recorded",
    "Draft a single information sharing protocol for domestic abuse cases with the partnership's data "
    "protection leads and take it to the board for sign-off",
    "Test the protocol on ten cases and report what changed for the practitioners involved",
    "Circulate the seven golden rules with a covering note from each agency's safeguarding lead",
    "Add the seven golden rules to each agency's induction pack and to its refresher training",
    "Ask each agency to confirm in writing that its staff have been reminded of the rules",
]


def dev_durham_2020_welsh_bilingual(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Durham 2020, Arial 11, Welsh / English headings ("Argymhellion / Recommendations"), bold "Argymhelliad N /
    Recommendation N" lines over the texts and "Arweinydd / Lead:" lines; a landscape "Cynllun Gweithredu /
    Action Plan" whose header cells are bilingual (Rhif / No. | Argymhelliad / Recommendation | Cam gweithredu
    / Action | Arweinydd / Lead | Dyddiad targed / Target date | Dyddiad cwblhau / Date completed | Statws /
    RAG), the number and text merged over two actions each; targets "Q3 2020/21", "31/12/20", "Dec 2020", "End
    of March 2021", "Complete", "Ongoing"."""
    g = Gold("dev23-06-durham-2020-welsh-bilingual", "Safe Durham Partnership", "Adult U23")
    w = WordDoc("Arial", 11)
    margins(w, 2.4)
    _look(w, 1.15, 6)
    w.para("Safe Durham Partnership", bold=True, size=15)
    w.para("Adolygiad Dynladdiad Domestig / Domestic Homicide Review", style="Title")
    w.para("Adroddiad Trosolwg / Overview Report: Adult U23", bold=True, size=14)
    w.para("Medi / September 2020")
    w.page_break()
    for welsh, english in [("Cyflwyniad", "Introduction"), ("Cefndir", "Background"),
                           ("Dadansoddiad", "Analysis"), ("Casgliadau", "Conclusions")]:  # fmt: skip
        w.heading(f"{welsh} / {english}", 1)
        if english == "Introduction":
            w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
        else:
            chapters_prose = {"Background": "The family had lived in the county for many years and were known "
                              "to their GP and to the hospital trust.",
                              "Analysis": "Agencies knew parts of the picture; none of them was asked to bring "
                              "the parts together.",
                              "Conclusions": "The panel concluded that the death could not have been "
                              "predicted, but that there were chances to ask about abuse."}  # fmt: skip
            w.para(chapters_prose[english])
    w.heading("Argymhellion / Recommendations", 1)
    w.para("Mae'r panel yn gwneud yr argymhellion canlynol. / The panel makes the following recommendations.")
    reals = take(pool, "Durham", [0, 1, 2], used)
    pairs = []
    for n, real in enumerate(reals, 1):
        w.para(f"Argymhelliad {n} / Recommendation {n}", bold=True, keep_with_next=True)
        w.para(real.text)
        lead_line(w, lead_cell(real), "Arweinydd / Lead:")
        pairs.append((add(g, real, str(n)), real))
    section(w, landscape=True)
    w.heading("Cynllun Gweithredu / Action Plan", 1)
    dates = iter(["Q3 2020/21", "31/12/20", "Complete", "Dec 2020", "End of March 2021", "Ongoing"])
    done = iter(["Dim / None", "03/11/2020", "14/07/2020", "", "", "Parhaus / Continuing"])
    rows: list[list[str | None]] = [["Rhif / No.", "Argymhelliad / Recommendation", "Cam gweithredu / Action",
                                     "Arweinydd / Lead", "Dyddiad targed / Target date",
                                     "Dyddiad cwblhau / Date completed", "Statws / RAG"]]  # fmt: skip
    for i, (rec, real) in enumerate(pairs):
        lead = lead_cell(real)
        for j, text in enumerate(actions(i * 4 + 3, 2)):
            target = next(dates)
            act23(rec, real, text, lead, target)
            top = j == 0
            rows.append([rec.number if top else None, rec.text if top else None, text, lead, target,
                         next(done), "Gwyrdd / Green" if j else "Ambr / Amber"])  # fmt: skip
    w.table(rows, [1.6, 6.6, 5.6, 3.6, 2.8, 3.0, 2.4], font_size=9)
    shade_header(w, fill="00712D")
    _header_footer(w, "Safe Durham Partnership - DHR Adult U23", "Tudalen / Page {n}")
    return w, g


def dev_harlow_2025_split_rows_no_header(
    pool: dict[str, list[RealRec]], used: set[str]
) -> tuple[WordDoc, Gold]:
    """Harlow 2025, Georgia 11: a Word list "1."-"3." of all-agency texts, each with a "Lead:" line; a portrait
    plan Ref | Recommendation | Action | Lead | Target date | Completion date and outcome with three long
    actions a recommendation (Ref and text merged down), rows allowed to split and the header row NOT repeated,
    so that a row runs on at the top of the next page with nothing above it; targets "Q3 2025/26", "31/12/25",
    "Dec 2025", "End of March 2026", "within 3 months of publication", "Immediate", "TBC", "6 months",
    "Ongoing"."""
    g = Gold("dev23-07-harlow-2025-split-rows-no-header", "Harlow Community Safety Partnership", "Ms V23")
    w = WordDoc("Georgia", 11)
    margins(w, 2.5)
    _look(w, 1.1, 8)
    title_page(w, g, date="April 2025")
    chapters(w, g, ["Introduction", "Family involvement", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel makes three recommendations. Each is for every agency that took part in the review.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    reals = take(pool, "Harlow", [0, 1, 2], used)
    pairs = []
    for real in reals:
        label = w.para(real.text, num=(nid, 0))
        lead_line(w, lead_cell(real), "Lead:")
        pairs.append((add(g, real, label), real))
    w.heading("Action plan", 1)
    w.para("The plan below was agreed by the agencies at the panel's last meeting. Progress will be reported to "
           "the Partnership's board.")  # fmt: skip
    dates = iter(["Q3 2025/26", "within 3 months of publication", "End of March 2026", "Immediate", "31/12/25",
                  "TBC", "6 months", "Dec 2025", "Ongoing"])  # fmt: skip
    notes = iter(["Scoping meeting held 12/05/2025", "", "", "Completed 30/06/2025 - note circulated", "",
                  "", "", "", "Reminder issued 02/06/2025"])  # fmt: skip
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Action", "Lead", "Target date",
                                     "Completion date and outcome"]]  # fmt: skip
    k = 0
    for rec, real in pairs:
        lead = lead_cell(real)
        for j in range(3):
            text, target = LONG23[k], next(dates)
            act23(rec, real, text, lead, target)
            rows.append([rec.number if j == 0 else None, rec.text if j == 0 else None, text, lead, target,
                         next(notes)])  # fmt: skip
            k += 1
    w.table(rows, [0.9, 3.8, 4.6, 1.9, 2.5, 2.3], font_size=9)
    shade_header(w, fill="BFBFBF", white=False)
    no_repeat(w)
    _header_footer(w, "Harlow DHR Ms V23 - Overview Report", "{n}")
    return w, g


def dev_sheffield_2023_review_rag(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sheffield 2023, Calibri 10.5: a Word list "1."-"2." with "Lead agency:" lines (the service's full name);
    a landscape plan No. | Recommendation | Action | Lead agency | Target date | Review date | RAG | Date
    completed, the number and text merged over three actions each; Review date and Date completed cells hold
    dates that are not targets; targets "Q4 2023/24", "31/12/23", "Dec 2023", "End of March 2024",
    "Immediate", "TBC"."""
    g = Gold("dev23-08-sheffield-2023-review-rag", "Sheffield Safer and Sustainable Communities Partnership",
             "Mr W23")  # fmt: skip
    w = WordDoc("Calibri", 10.5)
    margins(w, 2.2)
    _look(w, 1.15, 8)
    title_page(w, g, date="July 2023")
    chapters(w, g, ["Introduction", "Terms of reference", "The facts", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel makes two recommendations.", keep_with_next=True)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    pairs = []
    for real in take(pool, "Sheffield", [0, 1], used):
        label = w.para(real.text, num=(nid, 0))
        lead_line(w, gold_lead(real, SHEFFIELD18))
        pairs.append((add(g, real, label), real))
    section(w, landscape=True)
    w.heading("Appendix C: Action plan", 1)
    dates = iter(["Q4 2023/24", "31/12/23", "Immediate", "Dec 2023", "End of March 2024", "TBC"])
    reviews = iter(["01/11/2023", "01/11/2023", "15/09/2023", "01/12/2023", "01/02/2024", "01/02/2024"])
    completed = iter(["", "", "21/09/2023", "", "", ""])
    rag = iter(["Amber", "Green", "Green", "Amber", "Red", "Amber"])
    rows: list[list[str | None]] = [["No.", "Recommendation", "Action", "Lead agency", "Target date",
                                     "Review date", "RAG", "Date completed"]]  # fmt: skip
    for i, (rec, real) in enumerate(pairs):
        lead = gold_lead(real, SHEFFIELD18)
        for j, text in enumerate(actions(i * 5 + 6, 3)):
            target = next(dates)
            act23(rec, real, text, lead, target)
            rows.append([rec.number if j == 0 else None, rec.text if j == 0 else None, text, lead, target,
                         next(reviews), next(rag), next(completed)])  # fmt: skip
    w.table(rows, [1.1, 7.0, 5.6, 3.8, 2.5, 2.3, 1.5, 2.3], font_size=9)
    shade_header(w, fill="7030A0")
    section(w)
    glossary(
        w, [("FCAF", "Family Common Assessment Framework"), ("RAG", "Red, Amber, Green progress rating")]
    )
    _header_footer(w, "OFFICIAL-SENSITIVE", "Sheffield DHR Mr W23 - Page {n} of {m}")
    return w, g


def dev_kent_2021_standalone_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent 2021, a stand-alone landscape action plan (Arial 10): a preamble listing every agency responsible
    for the plan (not a recommendation's lead); the Home Office eight columns with theme rows, the
    recommendations numbered inside their merged cells ("1. <text>"), two actions each; targets "Q3 2021/22",
    "31/12/21", "Dec 2021", "End of March 2022", "within 3 months of publication", "6 months", "Ongoing",
    "Complete"."""
    g = Gold(
        "dev23-09-kent-2021-standalone-plan", "Kent Community Safety Partnership", "Mr X23", "action_plan"
    )
    w = WordDoc("Arial", 10)
    _landscape_first(w)
    _look(w, 1.05, 6)
    w.para("Kent Community Safety Partnership", bold=True, size=14)
    w.para("Domestic Homicide Review: Mr X23 - Action Plan", bold=True, size=16)
    w.para("This action plan accompanies the overview report of September 2021. The agencies responsible for "
           "this action plan are NHS England, Kent and Medway CCG, KCC Adult Social Care and Health, Kent "
           "Children's Social Services (KSCS) and Kent Police.")  # fmt: skip
    reals = take(pool, "Kent", [2, 7, 8, 1], used)
    dates = iter(["within 3 months of publication", "Q3 2021/22", "31/12/21", "6 months", "Dec 2021",
                  "End of March 2022", "Complete", "Ongoing"])  # fmt: skip
    items = []
    for n, real in enumerate(reals, 1):
        rec = add(g, real, str(n))
        lead = lead_cell(real, KENT19)
        items.append((rec, real, [(t, lead, next(dates)) for t in actions(n * 3 + 7, 2)]))
    ho_plan(w, [("Theme 1 - Primary care and commissioning - Kent and Medway", items[:2]),
                ("Theme 2 - Carers and families - county wide", items[2:])],
            [6.6, 1.7, 4.6, 2.8, 3.0, 2.4, 2.4, 2.6], fill="4472C4", font_size=9, start=2, year=2021)  # fmt: skip
    w.para("Progress against this plan is reported to the Partnership's DHR steering group each quarter.")
    _header_footer(w, "OFFICIAL", "Kent DHR Mr X23 - Action Plan - Page {n} of {m}")
    return w, g


#: Norfolk's own names for this batch's Lead cells (its texts name no addressee).
NORFOLK23B = {**NORFOLK15, "gp": "GP practices", "local_health_trust": "Norfolk Community Health and Care",
              "home_office": "Home Office", "nhs_england": "NHS England"}  # fmt: skip


def dev_norfolk_2013_exec_summary_ho_plan(
    pool: dict[str, list[RealRec]], used: set[str]
) -> tuple[WordDoc, Gold]:
    """Norfolk 2013 executive summary, Cambria 11: a Word list "1."-"6." with "Lead agency:" lines (the texts
    name no addressee, or name it only as a role); a landscape Home Office eight-column plan with theme rows
    (national, county wide), the Recommendation cell holding the number only ("1") merged down over one or two
    actions; targets "Jan 2014", "31/03/14", "Q1 2014/15", "End of June 2014", "Q2 2014/15", "30/09/14",
    "Ongoing", "Complete", "TBC"."""
    g = Gold("dev23-10-norfolk-2013-exec-summary-ho-plan", "Norfolk County Community Safety Partnership",
             "Adult Y23", "executive_summary")  # fmt: skip
    w = WordDoc("Cambria", 11)
    margins(w, 2.5)
    _look(w, 1.1, 8)
    title_page(w, g, kind="Executive Summary", date="November 2013")
    chapters(w, g, ["Introduction", "The facts", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel makes six recommendations. The agency that will lead on each is given beneath it.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    reals = take(pool, "Norfolk", [2, 11, 9, 5, 4, 3], used)
    recs = []
    for real in reals:
        recs.append(add(g, real, w.para(real.text, num=(nid, 0))))
        lead_line(w, gold_lead(real, NORFOLK23B))
    section(w, landscape=True)
    w.heading("Action plan", 1)
    per = [1, 2, 2, 1, 2, 1]
    dates = iter(["Ongoing", "Q1 2014/15", "TBC", "Jan 2014", "31/03/14", "Complete", "End of June 2014",
                  "Q2 2014/15", "30/09/14"])  # fmt: skip
    items = []
    for i, (rec, real) in enumerate(zip(recs, reals, strict=True)):
        lead = gold_lead(real, NORFOLK23B)
        items.append((rec, real, [(t, lead, next(dates)) for t in actions(i * 3 + 9, per[i])]))
    ho_plan(w, [("National recommendations", items[:2]), ("Public awareness - county wide", items[2:4]),
                ("Health services - county wide", items[4:])],
            [1.8, 1.8, 5.8, 4.2, 3.8, 2.4, 3.0, 3.3], fill="1F4E79", first="{n}", year=2013,
            header=["Rec", *HO8[1:]])  # fmt: skip
    _header_footer(w, "Norfolk DHR Adult Y23 - Executive Summary", "Page {n}")
    return w, g


DEV23B = {
    "dev23-06-durham-2020-welsh-bilingual": dev_durham_2020_welsh_bilingual,
    "dev23-07-harlow-2025-split-rows-no-header": dev_harlow_2025_split_rows_no_header,
    "dev23-08-sheffield-2023-review-rag": dev_sheffield_2023_review_rag,
    "dev23-09-kent-2021-standalone-plan": dev_kent_2021_standalone_plan,
    "dev23-10-norfolk-2013-exec-summary-ho-plan": dev_norfolk_2013_exec_summary_ho_plan,
}
#: The whole batch, in order.
DEV23 = {**DEV23A, **DEV23B}


def main(argv: list[str] | None = None) -> int:
    """Write ``dev23/`` through ``build.build`` (kept out of ``build.py``'s folder list while the batch is
    blind; the lead may register it there after scoring)."""
    return run_batch(DEV23, "dev23", argv)


if __name__ == "__main__":
    sys.exit(main())
