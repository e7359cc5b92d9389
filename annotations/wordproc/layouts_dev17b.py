"""The ``dev17/`` documents (second half, ``dev17-06``..``10``) and the batch's runner: whole reports of
2012-2025 in shapes dev12-dev16 did not cover, as in ``layouts_dev17.py`` (its docstring has the batch's aim
and rules).

Build (LibreOffice needed): ``python -m annotations.wordproc.layouts_dev17b [--only NAME ...] [--no-pdf]``
writes ``dev17/`` with ``build.build`` (the same writer, PDF check and gold as every other folder); score (the
lead, once, blind): ``python -m annotations.wordproc.score dev17``.
"""

import sys

from docx.shared import Cm

from annotations.wordproc.batch import run_batch
from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev7 import PANEL_PROSE, _look
from annotations.wordproc.layouts_dev13 import LEGAL2, marking, shade_header, take
from annotations.wordproc.layouts_dev14 import add, glossary, lead_cell, title_page
from annotations.wordproc.layouts_dev15 import ACTIONS15, NORFOLK15, body, learning, margins, styled
from annotations.wordproc.layouts_dev17 import DEV17A, OUTCOMES17, act17, chapters
from annotations.wordproc.leads import KENT_NAMES, gold_lead
from annotations.wordproc.parts import pick
from annotations.wordproc.worddoc import Level, WordDoc

_TAGGED = '{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
#: LibreOffice PDF export options per document (the others use the defaults).
PDF_OPTIONS_17: dict[str, str] = {"dev17-07-kent-dardr-single-multi": _TAGGED}
#: Spelled-out numbers of "Recommendation One" headings.
WORDS = ["One", "Two", "Three", "Four", "Five", "Six"]
#: Footnotes a recommendation carries: (a word of its text the mark follows, the note).
REC_NOTES = [
    ("training", "Harlow's adult safeguarding training is commissioned by Essex County Council."),
    ("IT systems", "The GP practices, the hospital and the council each use a separate case record system."),
    ("HM Government", "HM Government, Information Sharing: Guidance for practitioners and managers, 2008."),
    ("locations", "Such as GP surgeries, pharmacies, libraries and workplaces."),
    ("substances", "Officers record this on the DASH risk assessment form."),
    ("Pre-Birth Protocol", "Norfolk Safeguarding Children Board, Pre-Birth Protocol, 2012."),
    ("UPW", "Unpaid work, a requirement of a community order."),
    (
        "(IRIS)",
        "IRIS is a general practice based domestic violence and abuse training and referral programme.",
    ),
]


def _note(text: str) -> tuple[str, str] | None:
    """The first of ``REC_NOTES`` whose word is in ``text`` (the footnote mark goes after it)."""
    return next((n for n in REC_NOTES if n[0] in text), None)


def dev_harlow_recommendation_one(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Harlow 2012, Book Antiqua 12 (substituted), US Letter with Word 2003's 3.17 cm margins: long analysis
    prose, then "Recommendation One" .. "Three" Heading 3s, each text with a footnote mark inside (the
    writer did not check where the pages break); no plan; footer "Harlow DHR - page N"."""
    g = Gold("dev17-06-harlow-recommendation-one", "Harlow Community Safety Partnership", "Ms H17")
    w = WordDoc("Book Antiqua", 12)
    first = w.doc.sections[0]
    first.page_width, first.page_height = Cm(21.59), Cm(27.94)
    first.left_margin = first.right_margin = Cm(3.17)
    first.top_margin = first.bottom_margin = Cm(2.54)
    _look(w, 1.15, 10)
    title_page(w, g, date="June 2012")
    body(w, g, ["Introduction", "Background", "Analysis"])
    w.para(FILLER)
    w.para(PANEL_PROSE[1])
    w.heading("Conclusions", 1)
    w.para(
        "The panel found that agencies in Harlow shared information well about children but not about adults."
    )
    w.heading("Recommendations", 1)
    w.para("The panel makes three recommendations to all agencies in Harlow.")
    for k, real in enumerate(pick(pool, "Harlow", "", 3, used)):
        w.heading(f"Recommendation {WORDS[k]}", 3)
        w.para(real.text, footnote=_note(real.text))
        w.para(PANEL_PROSE[(k + 2) % len(PANEL_PROSE)] if k < 2 else FILLER)
        add(g, real, str(k + 1))  # a spelled-out number is given as its digits (README)
    _header_footer(w, "", "Harlow DHR - page {n}")
    return w, g


def dev_kent_dardr_single_multi(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent and Medway 2025 DARDR ("Type of death: unexplained death"), Arial 11, tagged PDF: "Multi-agency
    recommendations" typed "MA1", "MA2" (bold run-ins) with "Lead agency:" lines, then "Single agency
    recommendations" under agency Heading 3s typed "SA1"-"SA3"; a plan Ref | Action | Lead | Target | Progress,
    one action each; OFFICIAL - SENSITIVE header, "Page N of M"."""
    g = Gold("dev17-07-kent-dardr-single-multi", "Kent Community Safety Partnership", "Adult J17")
    w = WordDoc("Arial", 11)
    margins(w, 2.2)
    _look(w, 1.15, 6)
    w.para("Kent and Medway Community Safety Partnership", bold=True, size=15)
    w.para("Domestic Abuse Related Death Review", bold=True, size=24)
    w.para(f"Overview report: {g.subject}", size=16)
    w.para("Type of death: unexplained death", bold=True)
    w.para("Final report, March 2025")
    w.page_break()
    body(w, g, ["Introduction", "Background", "Analysis"])
    learning(w, "Learning", 2)
    w.heading("Recommendations", 1)
    pairs = []
    w.heading("Multi-agency recommendations", 2)
    for k, real in enumerate(take(pool, "Kent", [7, 8], used), 1):
        w.para(real.text, label_run=f"MA{k} ")
        w.para(f"Lead agency: {lead_cell(real, KENT_NAMES)}")
        pairs.append((add(g, real, f"MA{k}"), real))
    w.heading("Single agency recommendations", 2)
    for k, real in enumerate(take(pool, "Kent", [4, 1, 5], used), 1):
        head = gold_lead(real, KENT_NAMES)
        w.heading(head, 3)
        w.para(real.text, label_run=f"SA{k} ")
        pairs.append((add(g, real, f"SA{k}", "single_agency", head), real))
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["Ref", "Action", "Lead", "Target", "Progress"]]
    dates = ["Within 6 months of publication", "Sept 2025", "2025/26", "31.03.2026", "By end of March 2026"]
    for k, (rec, real) in enumerate(pairs):
        lead = lead_cell(real, KENT_NAMES)
        text = ACTIONS15[(k * 2 + 5) % len(ACTIONS15)]
        act17(rec, real, text, lead, dates[k])
        rows.append([rec.number, text, lead, dates[k], OUTCOMES17[(k + 2) % len(OUTCOMES17)]])
    w.table(rows, [1.4, 6.4, 3.6, 2.6, 2.6], font_size=9.5)
    shade_header(w)
    marking(w, f"Kent and Medway DARDR - {g.subject}", "Page {n} of {m}")
    return w, g


SHEFFIELD17 = {"childrens_social_care": "Sheffield City Council Children, Young People and Families",
               "police": "South Yorkshire Police"}  # fmt: skip


def dev_sheffield_summary_renumbered(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sheffield 2019, Franklin Gothic Book 11 (substituted): an executive summary listing the recommendations
    "1."-"2."; the body's every paragraph numbered, the recommendations "7.1"-"7.2" (each counts once, with the
    body's number); a plan Recommendation | Action | Lead | Target | Outcome, two actions each."""
    g = Gold("dev17-08-sheffield-summary-renumbered",
             "Sheffield Safer and Sustainable Communities Partnership", "Adult E17")  # fmt: skip
    w = WordDoc("Franklin Gothic Book", 11)
    margins(w, 2.0)
    _look(w, 1.2, 6)
    title_page(w, g, date="October 2019")
    reals = pick(pool, "Sheffield", "", 2, used)
    w.heading("Executive Summary", 1)
    w.para(PANEL_PROSE[3])
    w.para("The review's recommendations are:")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in reals:
        w.para(real.text, num=(nid, 0))
    w.page_break()
    ch = w.num(w.abstract(LEGAL2))
    chapters(w, g, ["Introduction", "Terms of reference", "Background", "The facts", "Analysis"], ch)
    w.heading("Conclusions", 1, num=(ch, 0))
    w.para("Information that could have protected the children was held but not passed on.", num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    pairs = [(add(g, real, w.para(real.text, num=(ch, 1))), real) for real in reals]
    w.heading("Action plan", 1, num=(ch, 0))
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead", "Target", "Outcome"]]
    dates = ["By end of March 2020", "30.09.2019", "Sept 2019", "2019/20"]
    k = 0
    for rec, real in pairs:
        lead = lead_cell(real, SHEFFIELD17)
        for j in range(2):
            text = ACTIONS15[(k * 3 + 1) % len(ACTIONS15)]
            act17(rec, real, text, lead, dates[k])
            rows.append([f"{rec.number} {rec.text}" if j == 0 else None, text, lead, dates[k],
                         OUTCOMES17[k % len(OUTCOMES17)]])  # fmt: skip
            k += 1
    w.table(rows, [5.6, 4.2, 3.0, 2.0, 2.2], font_size=9)
    styled(w, "Light Grid Accent 1")
    _header_footer(w, "Sheffield DHR Adult E17 | OFFICIAL", "{n}")
    return w, g


def dev_durham_r_numbers_tab(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Durham 2015, Gill Sans MT 11 (substituted): recommendations typed "R1", a tab, the text (a bold run-in,
    no list); a plan Rec | Action | Lead officer | Target date | Status, R1 over two actions, targets
    "30.09.2015", "By end of March 2016", "Complete"; footer "Safe Durham Partnership - N"."""
    g = Gold("dev17-09-durham-r-numbers-tab", "Safe Durham Partnership", "Adult D17")
    w = WordDoc("Gill Sans MT", 11)
    margins(w, 2.4)
    _look(w, 1.1, 6)
    title_page(w, g, date="February 2015")
    body(w, g, ["Introduction", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel recommends the following to the partnership and its agencies.")
    pairs = []
    for k, real in enumerate(pick(pool, "Durham", "", 3, used), 1):
        w.para(real.text, label_run=f"R{k}\t")
        w.para(f"Lead: {lead_cell(real)}")
        pairs.append((add(g, real, f"R{k}"), real))
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["Rec", "Action", "Lead officer", "Target date", "Status"]]
    dates = ["30.09.2015", "By end of March 2016", "Complete", "30.09.2015"]
    status = ["Completed 12/01/2015", "On track", "Completed", "Not started"]
    k = 0
    for i, (rec, real) in enumerate(pairs):
        lead = lead_cell(real)
        for j in range(2 if i == 0 else 1):
            text = ACTIONS15[(k * 2 + 3) % len(ACTIONS15)]
            act17(rec, real, text, lead, dates[k])
            rows.append([rec.number if j == 0 else None, text, lead, dates[k], status[k]])
            k += 1
    w.table(rows, [1.2, 6.8, 4.2, 2.4, 2.4], font_size=10)
    glossary(w, [("SDPB", "Safe Durham Partnership Board"),
                 ("NTHFT", "North Tees and Hartlepool NHS Foundation Trust")])  # fmt: skip
    _header_footer(w, "", "Safe Durham Partnership - {n}")
    return w, g


def dev_norfolk_rec_footnotes(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk 2013, Candara 11 (substituted), narrow 1.9 cm margins: a Word list labelled "Rec %1:" with a
    footnote mark inside each recommendation, "Lead agency:"
    lines; a plan Rec | Action | Lead | Target date | Progress, targets "Within 6 months of publication",
    "30.09.2013", "By end of March 2014", "2013/14", "Complete"; "Page N of M"."""
    g = Gold("dev17-10-norfolk-rec-footnotes", "Norfolk County Community Safety Partnership", "Mrs P17")
    w = WordDoc("Candara", 11)
    margins(w, 1.9)
    _look(w, 1.15, 6)
    title_page(w, g, date="October 2013")
    body(w, g, ["Introduction", "Background", "Analysis"])
    w.para(FILLER)
    w.heading("Recommendations", 1)
    w.para("The panel makes five recommendations. The lead agency for each is named beneath it.")
    nid = w.num(w.abstract([Level("decimal", "Rec %1:")]))
    pairs = []
    for real in take(pool, "Norfolk", [5, 6, 7, 8, 11], used):
        label = w.para(real.text, num=(nid, 0), footnote=_note(real.text))
        # (the number of a "Rec 1:" label is "1", as dev9-21's "Rec 1")
        pairs.append((add(g, real, label.removeprefix("Rec ").rstrip(":")), real))
        w.para(f"Lead agency: {lead_cell(real, NORFOLK15)}")
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["Rec", "Action", "Lead", "Target date", "Progress"]]
    dates = ["Within 6 months of publication", "30.09.2013", "By end of March 2014", "2013/14", "Complete"]
    for k, (rec, real) in enumerate(pairs):
        lead = lead_cell(real, NORFOLK15)
        text = ACTIONS15[(k * 2 + 4) % len(ACTIONS15)]
        act17(rec, real, text, lead, dates[k])
        rows.append([f"Rec {rec.number}", text, lead, dates[k], ["Started", "", "Draft agreed"][k % 3]])
    w.table(rows, [1.4, 7.6, 4.0, 2.6, 1.8], font_size=9.5)
    _header_footer(w, "Norfolk Domestic Homicide Review - Mrs P17", "Page {n} of {m}")
    return w, g


DEV17B = {
    "dev17-06-harlow-recommendation-one": dev_harlow_recommendation_one,
    "dev17-07-kent-dardr-single-multi": dev_kent_dardr_single_multi,
    "dev17-08-sheffield-summary-renumbered": dev_sheffield_summary_renumbered,
    "dev17-09-durham-r-numbers-tab": dev_durham_r_numbers_tab,
    "dev17-10-norfolk-rec-footnotes": dev_norfolk_rec_footnotes,
}
#: The whole batch, in order.
DEV17 = {**DEV17A, **DEV17B}


def main(argv: list[str] | None = None) -> int:
    """Write ``dev17/`` through ``build.build`` (kept out of ``build.py``'s folder list while the batch is
    blind; the lead may register it there after scoring)."""
    return run_batch(DEV17, "dev17", argv, PDF_OPTIONS_17)


if __name__ == "__main__":
    sys.exit(main())
