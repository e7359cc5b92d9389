"""The ``dev19/`` documents (second half, ``dev19-06``..``10``) and the batch's runner: whole reports of
2013-2022 in shapes dev12-dev18 did not cover, as in ``layouts_dev19.py`` (its docstring has the batch's aim
and rules).

Build (LibreOffice needed): ``python -m annotations.wordproc.layouts_dev19b [--only NAME ...] [--no-pdf]``
writes ``dev19/`` with ``build.build`` (the same writer, PDF check and gold as every other folder); score (the
lead, once, blind): ``python -m annotations.wordproc.score dev19``.
"""

import sys

from docx.shared import Cm

from annotations.wordproc.batch import run_batch
from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev7 import PANEL_PROSE, _look
from annotations.wordproc.layouts_dev13 import section, shade_header, take
from annotations.wordproc.layouts_dev14 import add, glossary, lead_cell, title_page, tor_appendix
from annotations.wordproc.layouts_dev15 import NORFOLK15, RAG, body, learning, margins, styled
from annotations.wordproc.layouts_dev18b import SHEFFIELD18
from annotations.wordproc.layouts_dev19 import (
    ACTIONS19,
    DEV19A,
    DONE19,
    KENT19,
    act19,
    draft_mark,
    hanging,
    shade_cells,
)
from annotations.wordproc.worddoc import Level, WordDoc


def dev_durham_rec_table_officers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Durham 2016, Arial 11: the recommendations in a two-column Ref | Recommendation table (typed "1"-"3");
    a landscape plan Ref | Action | Lead agency | Lead officer | Target date | Progress (RAG) with narrow Lead
    agency and Target date columns (the trust's name wraps over four lines), "2" merged over two actions;
    header the review's name, footer "OFFICIAL-SENSITIVE" and "Page N of M"."""
    g = Gold("dev19-06-durham-rec-table-officers", "Safe Durham Partnership", "Adult D19")
    w = WordDoc("Arial", 11)
    margins(w, 2.5)
    _look(w, 1.15, 8)
    title_page(w, g, date="October 2016")
    body(w, g, ["Introduction", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel makes three recommendations.")
    rows: list[list[str | None]] = [["Ref", "Recommendation"]]
    pairs = []
    for n, real in enumerate(take(pool, "Durham", [0, 1, 2], used), 1):
        rows.append([str(n), real.text])
        pairs.append((add(g, real, str(n)), real))
    w.table(rows, [1.3, 14.7], font_size=10.5)
    shade_header(w, fill="D9D9D9", white=False)
    section(w, landscape=True)
    w.heading("Action plan", 1)
    rows = [["Ref", "Action", "Lead agency", "Lead officer", "Target date", "Progress (RAG)"]]
    dates = ["31/03/2017", "Q4 2016/17", "30/09/2016", "Ongoing"]
    k = 0
    for i, (rec, real) in enumerate(pairs):
        lead = lead_cell(real)
        for j in range(2 if i == 1 else 1):
            text = ACTIONS19[(k * 4 + 3) % len(ACTIONS19)]
            act19(rec, real, text, lead, dates[k])
            rows.append([rec.number if j == 0 else None, text, lead, "Strategic Manager, Domestic Abuse",
                         dates[k], f"{RAG[k]} - {DONE19[k] or 'not started'}"])  # fmt: skip
            k += 1
    w.table(rows, [1.2, 9.0, 2.6, 4.0, 2.4, 5.6], font_size=10)
    shade_header(w, fill="1F3864")
    _header_footer(
        w, "Safe Durham Partnership - DHR Adult D19", "OFFICIAL-SENSITIVE          Page {n} of {m}"
    )
    return w, g


def dev_harlow_margin_numbers_action_refs(
    pool: dict[str, list[RealRec]], used: set[str]
) -> tuple[WordDoc, Gold]:
    """Harlow 2015, Times New Roman 12, a draft: "DRAFT - not for circulation" in grey in the header; typed
    numbers "1"-"3" hanging in the margin (a tab, the text indented 1.27 cm); a plan Rec | Action no. |
    Action | Lead | Target | RAG whose Rec cell holds only the number and whose actions are numbered "1.1",
    "1.2", "2.1", "3.1" (action references, not recommendations)."""
    g = Gold("dev19-07-harlow-margin-numbers-action-refs", "Harlow Community Safety Partnership", "Ms H19")
    w = WordDoc("Times New Roman", 12)
    margins(w, 2.54)
    _look(w, 1.15, 8)
    title_page(w, g, date="Draft 3, June 2015")
    body(w, g, ["Introduction", "Background", "Analysis"])
    learning(w, "Lessons to be learned", 3)
    w.heading("Recommendations", 1)
    w.para("The panel recommends as follows.")
    pairs = []
    for n, real in enumerate(take(pool, "Harlow", [0, 1, 2], used), 1):
        p = w.doc.add_paragraph()
        p.add_run(f"{n}\t{real.text}")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.27))
        hanging(w, 1.27)
        pairs.append((add(g, real, str(n)), real))
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["Rec", "Action no.", "Action", "Lead", "Target", "RAG"]]
    dates = ["Q2 2016/17", "March 2017", "31/03/2016", "30/06/2016"]
    k = 0
    for i, (rec, real) in enumerate(pairs):
        lead = lead_cell(real)
        for j in range(2 if i == 0 else 1):
            text = ACTIONS19[(k * 3 + 1) % len(ACTIONS19)]
            act19(rec, real, text, lead, dates[k])
            rows.append(
                [rec.number if j == 0 else None, f"{rec.number}.{j + 1}", text, lead, dates[k], RAG[k]]
            )
            k += 1
    w.table(rows, [1.1, 1.8, 7.0, 2.6, 2.4, 1.5], font_size=10)
    styled(w, "Light Grid Accent 1")
    _header_footer(w, "Harlow Domestic Homicide Review - Ms H19", "Page {n}")
    draft_mark(w, "DRAFT - not for circulation")
    return w, g


def dev_sheffield_wide_plan_split_rows(
    pool: dict[str, list[RealRec]], used: set[str]
) -> tuple[WordDoc, Gold]:
    """Sheffield 2021, Calibri 10: the recommendations as typed "1." / "2." paragraphs with a hanging indent
    and "Lead:" lines; a landscape eight-column plan No. | Recommendation | Action | Lead | Resources | Target
    | Progress update | Date completed, the text merged down over its actions, Progress cells long enough
    that rows break across the page under the repeated header; dated updates (not targets)."""
    g = Gold("dev19-08-sheffield-wide-plan-split-rows",
             "Sheffield Safer and Sustainable Communities Partnership", "Adult E19")  # fmt: skip
    w = WordDoc("Calibri", 10)
    margins(w, 2.0)
    _look(w, 1.1, 6)
    title_page(w, g, date="January 2021")
    body(w, g, ["Introduction", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    pairs = []
    for n, real in enumerate(take(pool, "Sheffield", [0, 1], used), 1):
        w.para(f"{n}.\t{real.text}")
        hanging(w, 1.0)
        w.para(f"Lead: {lead_cell(real, SHEFFIELD18)}")
        pairs.append((add(g, real, str(n)), real))
    section(w, landscape=True)
    w.heading("Appendix 2: Action plan", 1)
    w.para(FILLER)
    rows: list[list[str | None]] = [["No.", "Recommendation", "Action", "Lead", "Resources", "Target",
                                     "Progress update", "Date completed"]]  # fmt: skip
    dates = ["Q4 2020/21", "30/09/2021", "End of March 2022"]
    update = (
        "Update 11/02/2021: the briefing has been written and agreed by the service's senior leadership team. "
        "It was circulated to all staff on 01/03/2021 and added to the induction pack. An audit of 30 cases "
        "in June 2021 found the guidance followed in 26 of them; the four others were discussed in supervision. "
        "A second audit is planned for the autumn, after which the partnership will be asked to close the action."
    )
    k = 0
    for i, (rec, real) in enumerate(pairs):
        lead = lead_cell(real, SHEFFIELD18)
        for j in range(2 if i == 0 else 1):
            text = ACTIONS19[(k * 5 + 2) % len(ACTIONS19)]
            act19(rec, real, text, lead, dates[k])
            first = j == 0
            rows.append([rec.number if first else None, rec.text if first else None, text, lead,
                         "Officer time", dates[k], update, ["", "03/11/2021", ""][k]])  # fmt: skip
            k += 1
    w.table(rows, [0.9, 5.2, 4.0, 2.8, 2.0, 2.6, 6.2, 2.0], font_size=9)
    shade_header(w, fill="00B0F0")
    glossary(w, [("FCAF", "Family Common Assessment Framework"), ("SYP", "South Yorkshire Police")])
    _header_footer(w, "Sheffield DHR Adult E19", "OFFICIAL-SENSITIVE - {n}")
    return w, g


def dev_norfolk_summary_box_rec_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk 2014, Georgia 11 (substituted): an executive summary whose page-wide shaded box (a single-cell
    table) holds all five recommendations as a Word list "1."-"5."; the body gives them again in a No. |
    Recommendation table (typed "1"-"5", the gold's; each counts once); terms of reference appendix; no plan."""
    g = Gold(
        "dev19-09-norfolk-summary-box-rec-table", "Norfolk County Community Safety Partnership", "Adult F19"
    )
    w = WordDoc("Georgia", 11)
    margins(w, 2.3)
    _look(w, 1.1, 8)
    title_page(w, g, date="January 2014")
    reals = take(pool, "Norfolk", [2, 4, 8, 0, 6], used)
    w.heading("Executive summary", 1)
    w.para(PANEL_PROSE[3])
    w.para(PANEL_PROSE[0])
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    box = [("Summary of recommendations", None), *[(real.text, (nid, 0)) for real in reals]]
    w.table([[""]], [16.4], header_rows=0, font_size=10.5, cell_numbering={(0, 0): box})
    for run in w.doc.tables[-1].rows[0].cells[0].paragraphs[0].runs:
        run.bold = True
    shade_cells(w, "FBE4D5")
    w.page_break()
    body(w, g, ["Introduction", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel's recommendations, and the agency each is for, are as follows.")
    rows: list[list[str | None]] = [["No.", "Recommendation", "Agency"]]
    for n, real in enumerate(reals, 1):
        rows.append([str(n), real.text, lead_cell(real, NORFOLK15)])
        add(g, real, str(n))
    w.table(rows, [1.2, 11.4, 3.8], font_size=10)
    shade_header(w, fill="C45911")
    tor_appendix(w)
    _header_footer(w, "Norfolk DHR Adult F19 - Overview Report", "Page {n} of {m}")
    return w, g


def dev_kent_dardr_number_plan_draft(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent and Medway 2022 DARDR, "Type of death: suicide", Arial 11, a draft ("DRAFT v2" grey in the header
    over "OFFICIAL-SENSITIVE"): "Learning N:" run-ins; a Word list "1."-"4." with "Lead agency:" lines; a
    landscape seven-column plan Rec | Action | Lead agency | Target date | Progress | RAG | Completed, the Rec
    cell only the number; completion dates not targets; footer "Page N of M"."""
    g = Gold("dev19-10-kent-dardr-number-plan-draft", "Kent Community Safety Partnership", "Ms K19")
    w = WordDoc("Arial", 11)
    margins(w, 2.2)
    _look(w, 1.15, 6)
    w.para("Domestic Abuse Related Death Review", style="Title")
    w.para(f"Into the death of {g.subject}", bold=True, size=16)
    w.para("Type of death: suicide")
    w.para("Draft v2 for panel comment, April 2022")
    w.page_break()
    body(w, g, ["Introduction", "Background", "Analysis"])
    learning(w, "Learning", 3)
    w.heading("Recommendations", 1)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    pairs = []
    for real in take(pool, "Kent", [2, 7, 8, 6], used):
        pairs.append((add(g, real, w.para(real.text, num=(nid, 0))), real))
        w.para(f"Lead agency: {lead_cell(real, KENT19)}")
    section(w, landscape=True)
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["Rec", "Action", "Lead agency", "Target date", "Progress", "RAG",
                                     "Completed"]]  # fmt: skip
    dates = ["Q2 2020/21", "30/09/2021", "31/12/2021", "Ongoing"]
    for k, (rec, real) in enumerate(pairs):
        lead = lead_cell(real, KENT19)
        text = ACTIONS19[(k * 4 + 6) % len(ACTIONS19)]
        act19(rec, real, text, lead, dates[k])
        rows.append([rec.number, text, lead, dates[k], ["Briefing issued 02/02/2022", "Awaiting sign-off", "",
                     "Policy updated 15/03/2022"][k], RAG[k], ["", "", "", "15/03/2022"][k]])  # fmt: skip
    w.table(rows, [1.2, 9.0, 3.4, 2.4, 4.8, 1.6, 2.4], font_size=10)
    shade_header(w, fill="1F3864")
    _header_footer(w, "OFFICIAL-SENSITIVE", "Kent and Medway DARDR Ms K19 - Page {n} of {m}")
    draft_mark(w, "DRAFT v2")
    return w, g


DEV19B = {
    "dev19-06-durham-rec-table-officers": dev_durham_rec_table_officers,
    "dev19-07-harlow-margin-numbers-action-refs": dev_harlow_margin_numbers_action_refs,
    "dev19-08-sheffield-wide-plan-split-rows": dev_sheffield_wide_plan_split_rows,
    "dev19-09-norfolk-summary-box-rec-table": dev_norfolk_summary_box_rec_table,
    "dev19-10-kent-dardr-number-plan-draft": dev_kent_dardr_number_plan_draft,
}
#: The whole batch, in order.
DEV19 = {**DEV19A, **DEV19B}


def main(argv: list[str] | None = None) -> int:
    """Write ``dev19/`` through ``build.build`` (kept out of ``build.py``'s folder list while the batch is
    blind; the lead may register it there after scoring)."""
    return run_batch(DEV19, "dev19", argv)


if __name__ == "__main__":
    sys.exit(main())
