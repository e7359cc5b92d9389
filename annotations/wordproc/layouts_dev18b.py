"""The ``dev18/`` documents (second half, ``dev18-06``..``10``) and the batch's runner: whole reports of
2013-2023 in shapes dev12-dev17 did not cover, as in ``layouts_dev18.py`` (its docstring has the batch's aim
and rules).

Build (LibreOffice needed): ``python -m annotations.wordproc.layouts_dev18b [--only NAME ...] [--no-pdf]``
writes ``dev18/`` with ``build.build`` (the same writer, PDF check and gold as every other folder); score (the
lead, once, blind): ``python -m annotations.wordproc.score dev18``.
"""

import sys

from annotations.wordproc.batch import run_batch
from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev7 import PANEL_PROSE, _look
from annotations.wordproc.layouts_dev13 import marking, shade_header, take
from annotations.wordproc.layouts_dev14 import add, glossary, lead_cell, title_page, tor_appendix
from annotations.wordproc.layouts_dev15 import ACTIONS15, RAG, body, learning, margins, styled
from annotations.wordproc.layouts_dev17 import CONCLUSIONS17, chapters
from annotations.wordproc.layouts_dev18 import DEV18A, KENT18, LEGAL3, PROGRESS18, act18
from annotations.wordproc.leads import gold_lead
from annotations.wordproc.parts import pick
from annotations.wordproc.worddoc import BULLET, Level, WordDoc

#: Welsh and English chapter headings of a bilingual report (Welsh first, as Welsh public bodies print them),
#: each with its prose paragraph (``PANEL_PROSE`` index; None: the commissioning sentence).
WELSH: list[tuple[str, int | None]] = [
    ("Cyflwyniad / Introduction", None),
    ("Cefndir / Background", 2),
    ("Dadansoddiad / Analysis", 0),
    ("Casgliadau / Conclusions", 1),
]


def dev_durham_welsh_labels(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Durham 2016, Arial 12: bilingual Welsh / English headings; each recommendation under a bold bilingual
    label line "Argymhelliad 1 / Recommendation 1" with an "Arweinydd / Lead:" line; an appendix of terms of
    reference numbered "1." (one worded "recommendations"); a plan with bilingual header cells, targets
    "31/03/2016", "Q2 2016/17", "Ongoing", "September 2016"."""
    g = Gold("dev18-06-durham-welsh-labels", "Safe Durham Partnership", "Adult W18")
    w = WordDoc("Arial", 12)
    margins(w, 2.5)
    _look(w, 1.15, 8)
    w.para(g.csp, bold=True, size=16)
    w.para("Adolygiad Dynladdiad Domestig / Domestic Homicide Review", style="Title")
    w.para(f"Adroddiad Trosolwg / Overview Report: {g.subject}", bold=True, size=14)
    w.para("Mawrth 2016 / March 2016")
    w.page_break()
    for title, k in WELSH:
        w.heading(title, 1)
        w.para(f"This review was commissioned by {g.csp}." if k is None else PANEL_PROSE[k])
        w.para(FILLER)
    w.heading("Argymhellion / Recommendations", 1)
    pairs = []
    for n, real in enumerate(pick(pool, "Durham", "", 3, used), 1):
        w.para(f"Argymhelliad {n} / Recommendation {n}", bold=True, keep_with_next=True)
        w.para(real.text)
        w.para(f"Arweinydd / Lead: {lead_cell(real)}")
        pairs.append((add(g, real, str(n)), real))  # the label words are not the number ("Recommendation 1")
    w.heading("Cynllun Gweithredu / Action Plan", 1)
    rows: list[list[str | None]] = [["Rhif / No.", "Cam gweithredu / Action", "Arweinydd / Lead",
                                     "Dyddiad targed / Target date"]]  # fmt: skip
    dates = ["31/03/2016", "Q2 2016/17", "Ongoing", "September 2016"]
    k = 0
    for i, (rec, real) in enumerate(pairs):
        lead = lead_cell(real)
        for j in range(2 if i == 1 else 1):
            text = ACTIONS15[(k * 2 + 6) % len(ACTIONS15)]
            act18(rec, real, text, lead, dates[k])
            rows.append([rec.number if j == 0 else None, text, lead, dates[k]])
            k += 1
    w.table(rows, [2.0, 7.6, 4.4, 2.6], font_size=10)
    tor_appendix(w, "Atodiad A: Cylch Gorchwyl / Appendix A: Terms of Reference")
    _header_footer(w, "Adolygiad Dynladdiad Domestig / Domestic Homicide Review", "Tudalen / Page {n}")
    return w, g


#: Conclusions 15.1-15.9 of the Harlow report (findings, not recommendations).
CONCLUSIONS18 = [
    *CONCLUSIONS17,
    "Adult safeguarding training in Harlow did not give domestic abuse the weight that children's training did.",
    "Each agency's record system held part of the history and none could see the others'.",
    "Staff were unsure what they could share without consent, and so shared nothing.",
]


def dev_harlow_summary_boxes(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Harlow 2013, Book Antiqua 12 (substituted): an executive summary with each recommendation in its own
    bordered text box (VML); the body's three-level list starting at chapter 11, conclusions "15.1"-"15.9", a
    numbered lead-in "15.10" and the recommendations "15.10.1"-"15.10.3" (each counts once, with the body's
    number); a plan Ref | Action | Lead | Target, targets "N/A", "Q1 2014/15", "30/06/2014"."""
    g = Gold("dev18-07-harlow-summary-boxes", "Harlow Community Safety Partnership", "Ms H18")
    w = WordDoc("Book Antiqua", 12)
    margins(w, 2.54)
    _look(w, 1.15, 8)
    title_page(w, g, date="October 2013")
    reals = pick(pool, "Harlow", "", 3, used)
    w.heading("Executive summary", 1)
    w.para(PANEL_PROSE[3])
    w.para("The review's recommendations, set out in full in chapter 15, are:")
    for real in reals:
        w.text_box(real.text, 62)
    w.page_break()
    ch = w.num(w.abstract(LEGAL3), restart={0: 11})
    chapters(w, g, ["Background", "The facts", "Analysis", "Lessons learned"], ch)
    w.heading("Conclusions and recommendations", 1, num=(ch, 0))
    for text in CONCLUSIONS18:
        w.para(text, num=(ch, 1))
    w.para("The panel makes the following recommendations to all agencies in Harlow:", num=(ch, 1))
    pairs = [(add(g, real, w.para(real.text, num=(ch, 2))), real) for real in reals]
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["Ref", "Action", "Lead", "Target"]]
    dates = ["N/A", "Q1 2014/15", "30/06/2014"]
    for k, (rec, real) in enumerate(pairs):
        lead = lead_cell(real)
        text = ACTIONS15[(k * 3) % len(ACTIONS15)]
        act18(rec, real, text, lead, dates[k])
        rows.append([rec.number, text, lead, dates[k]])
    w.table(rows, [2.0, 9.0, 3.4, 2.6], font_size=10)
    _header_footer(w, "", "Harlow DHR Ms H18 - {n}")
    return w, g


def dev_kent_imr_bullets_overview(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent 2019, Arial 11: an "Individual Management Reviews" chapter with a Heading 2 per agency, prose and
    "The IMR author made the following recommendations, which the panel endorses:" over unnumbered bullets
    (``single_agency``, no number); "Overview recommendations" a Word list "OR1"-"OR3" with "Lead agency:"
    lines; a plan OR | Action | Lead | Target | Progress, targets "Q3 2019/20", "31/12/2019", "Ongoing"."""
    g = Gold("dev18-08-kent-imr-bullets-overview", "Kent Community Safety Partnership", "Mr K18")
    w = WordDoc("Arial", 11)
    margins(w, 2.0)
    _look(w, 1.15, 6)
    title_page(w, g, date="May 2019")
    body(w, g, ["Introduction", "Chronology"])
    w.heading("Individual Management Reviews", 1)
    w.para("Each agency that had contact provided an IMR. Where an IMR made recommendations for its own agency, "
           "they are given below.")  # fmt: skip
    bullets = w.abstract(BULLET)
    for k, picks in enumerate([[0, 4], [5]]):
        group = take(pool, "Kent", picks, used)
        head = gold_lead(group[0], KENT18)
        w.heading(head, 2)
        w.para(PANEL_PROSE[k % len(PANEL_PROSE)])
        w.para("The IMR author made the following recommendations, which the panel endorses:")
        nid = w.num(bullets)
        for real in group:
            w.para(real.text, num=(nid, 0))
            add(g, real, None, "single_agency", head)
    w.heading("Analysis", 1)
    w.para(PANEL_PROSE[0])
    w.para(FILLER)
    w.heading("Overview recommendations", 1)
    w.para("The panel makes three recommendations of its own.")
    nid = w.num(w.abstract([Level("decimal", "OR%1")]))
    pairs = []
    for real in take(pool, "Kent", [2, 7, 8], used):
        pairs.append((add(g, real, w.para(real.text, num=(nid, 0))), real))
        w.para(f"Lead agency: {lead_cell(real, KENT18)}")
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["OR", "Action", "Lead", "Target", "Progress"]]
    dates = ["Q3 2019/20", "31/12/2019", "Ongoing"]
    for k, (rec, real) in enumerate(pairs):
        lead = lead_cell(real, KENT18)
        text = ACTIONS15[(k * 2 + 2) % len(ACTIONS15)]
        act18(rec, real, text, lead, dates[k])
        rows.append([rec.number, text, lead, dates[k], PROGRESS18[(k + 1) % len(PROGRESS18)]])
    w.table(rows, [1.2, 7.0, 4.0, 2.2, 2.6], font_size=10)
    shade_header(w)
    _header_footer(w, "Kent and Medway DHR Mr K18", "Page {n} of {m}")
    return w, g


SHEFFIELD18 = {"childrens_social_care": "Sheffield City Council Children, Young People and Families",
               "police": "South Yorkshire Police"}  # fmt: skip
#: Endnotes a recommendation carries: (a word of its text the mark follows, the note). The marks follow
#: punctuation: LibreOffice numbers endnotes "i", "ii", which glued to a word would change it.
ENDNOTES18 = [
    ("incidents,", "South Yorkshire Police's IMR made four further recommendations for its service."),
    ("(FCAF)", "The FCAF replaced the Common Assessment Framework in Sheffield in 2019."),
]


def dev_sheffield_endnote_labels(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sheffield 2020, Tahoma 10 (substituted): a Word list labelled "Recommendation %1:" with an endnote mark
    inside each text (the notes printed after the plan, at the document's end); a plan Rec | Action | Lead |
    Target | RAG, targets "31/12/2020", "N/A", "December 2020"; glossary."""
    g = Gold("dev18-09-sheffield-endnote-labels",
             "Sheffield Safer and Sustainable Communities Partnership", "Adult E18")  # fmt: skip
    w = WordDoc("Tahoma", 10)
    margins(w, 2.2)
    _look(w, 1.2, 6)
    title_page(w, g, date="August 2020")
    body(w, g, ["Introduction", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    nid = w.num(w.abstract([Level("decimal", "Recommendation %1:")]))
    pairs = []
    for real in pick(pool, "Sheffield", "", 2, used):
        note = next((n for n in ENDNOTES18 if n[0] in real.text), None)
        label = w.para(real.text, num=(nid, 0), endnote=note)
        pairs.append((add(g, real, label.removeprefix("Recommendation ").rstrip(":")), real))
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["Rec", "Action", "Lead", "Target", "RAG"]]
    dates = ["31/12/2020", "N/A", "December 2020"]
    k = 0
    for i, (rec, real) in enumerate(pairs):
        lead = lead_cell(real, SHEFFIELD18)
        for j in range(2 if i == 0 else 1):
            text = ACTIONS15[(k * 3 + 4) % len(ACTIONS15)]
            act18(rec, real, text, lead, dates[k])
            rows.append([rec.number if j == 0 else None, text, lead, dates[k], RAG[k]])
            k += 1
    w.table(rows, [1.2, 7.6, 4.6, 2.2, 1.4], font_size=9.5)
    styled(w, "Light List Accent 1")
    glossary(w, [("FCAF", "Family Common Assessment Framework"), ("SYP", "South Yorkshire Police")])
    _header_footer(w, "Sheffield DHR Adult E18", "{n}")
    return w, g


NORTHUMBERLAND18 = {"adult_social_care": "Northumberland Adult Social Care"}


def dev_northumberland_dardr_cover_table(
    pool: dict[str, list[RealRec]], used: set[str]
) -> tuple[WordDoc, Gold]:
    """Northumberland 2023 DARDR, Arial 12: a cover table (Type of review | Type of death "Suicide" | Date of
    death | Chair); a footnote in the analysis; "Learning N:" run-ins; one recommendation as a bold run-in
    "Recommendation 1: " with a "Lead:" line; a plan Action | Lead | Target, targets "30/09/2023", "Ongoing";
    OFFICIAL - SENSITIVE header."""
    g = Gold("dev18-10-northumberland-dardr-cover-table", "Northumberland Community Safety Partnership",
             "Adult B18")  # fmt: skip
    w = WordDoc("Arial", 12)
    margins(w, 2.5)
    _look(w, 1.15, 6)
    w.para("Domestic Abuse Related Death Review", style="Title")
    w.para(f"{g.subject}", bold=True, size=16)
    w.table([["Type of review", "Domestic Abuse Related Death Review"], ["Type of death", "Suicide"],
             ["Date of death", "March 2022"], ["Independent chair", "Independent chair and author"],
             ["Commissioned by", g.csp]], [5.0, 11.0], header_rows=0, font_size=11)  # fmt: skip
    w.page_break()
    body(w, g, ["Introduction", "Background"])
    w.heading("Analysis", 1)
    w.para("The review followed the Home Office statutory guidance for domestic homicide reviews.",
           footnote=("statutory guidance", "Home Office, Multi-Agency Statutory Guidance for the Conduct of "
                     "Domestic Homicide Reviews, 2016."))  # fmt: skip
    w.para(PANEL_PROSE[0])
    learning(w, "Learning", 3)
    w.heading("Recommendation", 1)
    real = pick(pool, "Northumberland", "", 1, used)[0]
    w.para(real.text, label_run="Recommendation 1: ")
    lead = lead_cell(real, NORTHUMBERLAND18)
    w.para(f"Lead: {lead}")
    rec = add(g, real, "1")
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["Action", "Lead", "Target"]]
    for k, target in enumerate(["30/09/2023", "Ongoing"]):
        text = ACTIONS15[(k * 4 + 1) % len(ACTIONS15)]
        act18(rec, real, text, lead, target)
        rows.append([text, lead, target])
    w.table(rows, [9.0, 4.6, 2.4], font_size=10)
    marking(w, f"Northumberland DARDR - {g.subject}", "Page {n} of {m}")
    return w, g


DEV18B = {
    "dev18-06-durham-welsh-labels": dev_durham_welsh_labels,
    "dev18-07-harlow-summary-boxes": dev_harlow_summary_boxes,
    "dev18-08-kent-imr-bullets-overview": dev_kent_imr_bullets_overview,
    "dev18-09-sheffield-endnote-labels": dev_sheffield_endnote_labels,
    "dev18-10-northumberland-dardr-cover-table": dev_northumberland_dardr_cover_table,
}
#: The whole batch, in order.
DEV18 = {**DEV18A, **DEV18B}


def main(argv: list[str] | None = None) -> int:
    """Write ``dev18/`` through ``build.build`` (kept out of ``build.py``'s folder list while the batch is
    blind; the lead may register it there after scoring)."""
    return run_batch(DEV18, "dev18", argv)


if __name__ == "__main__":
    sys.exit(main())
