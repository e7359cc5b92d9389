"""The ``dev14/`` documents (second half, ``dev14-06``..``12``) and the batch's runner: whole reports of
2011-2019 with several traits at once, as in ``layouts_dev14.py`` (its docstring has the batch's aim and rules).

Build (LibreOffice needed): ``python -m annotations.wordproc.layouts_dev14b [--only NAME ...] [--no-pdf]``
writes ``dev14/`` with ``build.build`` (the same writer, PDF check and gold as every other folder); score (the
lead, once, blind): ``python -m annotations.wordproc.score dev14``.
"""

import sys

from annotations.wordproc.batch import run_batch
from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev7 import PANEL_PROSE, _look
from annotations.wordproc.layouts_dev12 import contents
from annotations.wordproc.layouts_dev14 import (
    CHRONOLOGY,
    CLOSING14,
    CORNWALL14,
    DEV14A,
    KENT_GLOSSARY,
    LAW,
    LESSONS14,
    NORFOLK14,
    add,
    chronology,
    glossary,
    lead_cell,
    numbered_chapters,
    plan07,
    template_2013,
    title_page,
    tor_appendix,
)
from annotations.wordproc.leads import KENT_NAMES, NOTTINGHAM_NAMES, gold_lead
from annotations.wordproc.parts import pick
from annotations.wordproc.vocab import ANALYSIS_TRAP, INTRO_PROSE, TOR_ITEMS
from annotations.wordproc.worddoc import Level, WordDoc

_TAGGED = '{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
#: LibreOffice PDF export options per document (the others use the defaults).
PDF_OPTIONS_14: dict[str, str] = {
    "dev14-03-nottingham-imr-quoted": _TAGGED,
    "dev14-09-nottingham-flat-summary": _TAGGED,
}
#: Conclusions of a "Conclusions and Recommendations" chapter (findings; none of them a recommendation).
CONCLUSIONS = [
    "The panel concluded that the homicide could not have been predicted.",
    "Agencies knew of some incidents but none knew of them all.",
    "The victim told several professionals that she was frightened, but never in the same words twice.",
    "No agency had a complete picture of the perpetrator's drinking.",
    "Information sharing between agencies was informal and depended on individuals.",
    "Training on domestic abuse had reached children's safeguarding staff far more than adult staff.",
    "The family's knowledge of the abuse was not sought by any agency.",
    "The panel found good practice by the housing officer, who followed up a missed visit the same day.",
]


def dev_durham_welsh(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Durham, Arial 11: a Welsh bilingual title page and bilingual chapter headings, every paragraph numbered
    "1.1" ..; "5 Gwersi i'w dysgu / Lessons to be learned"; "6 Casgliadau ac Argymhellion / Conclusions and
    Recommendations": a conclusion 6.1, a lead-in 6.2, the recommendations 6.3 ..; a Word 2007 plan (one
    action each); a bilingual glossary table; footer "Tudalen / Page N"."""
    g = Gold("dev14-06-durham-welsh", "Safe Durham Partnership", "Gwen")
    w = WordDoc("Arial", 11)
    _look(w, 1.1, 6)
    w.para("Adolygiad Dynladdiad Domestig", style="Title")
    w.para("Domestic Homicide Review", style="Title")
    w.para("Adroddiad Trosolwg / Overview Report", bold=True, size=14)
    w.para(f"Marwolaeth {g.subject} / The death of {g.subject}", bold=True)
    w.para(f"{g.csp}", bold=True, size=14)
    w.para("Fersiwn terfynol i'w gyhoeddi / Final version for publication - Mawrth 2016 / March 2016")
    w.page_break()
    ch = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2")]))
    chapters: list[tuple[str, list[object]]] = [
        ("Cyflwyniad / Introduction", [INTRO_PROSE.format(csp=g.csp, subject=g.subject),
                                       ("Cynhaliwyd yr adolygiad o dan adran 9 Deddf 2004. The review was held "
                                        "under section 9 of the Domestic Violence, Crime and Victims Act 2004.",
                                        LAW["dvcva"])]),
        ("Cylch gorchwyl / Terms of reference", [*TOR_ITEMS]),
        ("Cronoleg / Chronology", ["CHRONOLOGY"]),
        ("Dadansoddiad / Analysis", [PANEL_PROSE[0], ANALYSIS_TRAP]),
    ]  # fmt: skip
    numbered_chapters(w, chapters, ch, None)
    w.heading("Gwersi i'w dysgu / Lessons to be learned", 1, num=(ch, 0))
    for lesson in LESSONS14[:2]:
        w.para(lesson, num=(ch, 1))
    w.heading("Casgliadau ac Argymhellion / Conclusions and Recommendations", 1, num=(ch, 0))
    w.para(CONCLUSIONS[0], num=(ch, 1))
    w.para(
        "Mae'r panel yn gwneud yr argymhellion canlynol. The panel makes these recommendations:", num=(ch, 1)
    )
    reals = [
        *pick(pool, "Durham", "Safe Durham Partnership", 2, used),
        *pick(pool, "Durham", "North Tees", 1, used),
    ]
    pairs = [(add(g, real, w.para(real.text, num=(ch, 1))), real) for real in reals]
    w.heading("Cynllun gweithredu / Action plan", 1)
    plan07(
        w,
        pairs,
        None,
        ["31/03/2015", "September 2015", "Ongoing"],
        first="{n}",
        widths=[2.4, 5.6, 4.2, 2.4, 3.0],
    )
    glossary(w, [("DAFEG", "Domestic Abuse Focus Executive Group"), ("SDPB", "Safe Durham Partnership Board"),
                 ("NTHFT", "North Tees and Hartlepool NHS Foundation Trust")], "Geirfa / Glossary")  # fmt: skip
    _header_footer(w, f"{g.csp} - DHR {g.subject}", "Tudalen / Page {n}")
    return w, g


def dev_harlow_three_level(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Harlow, Times New Roman 12: an executive "Summary of recommendations" (bullets) at the front; fourteen
    template chapters and every paragraph numbered ("1.1"); "15 Conclusions and Recommendations" with
    conclusions 15.1-15.8, "15.9" lessons to be learned over 15.9.1 .., "15.10" a lead-in naming all agencies
    over the recommendations 15.10.1 ..; a Word 2007 plan (two actions each, Lead Officer "All Agencies")."""
    g = Gold("dev14-07-harlow-three-level", "Harlow Community Safety Partnership", "Mrs Carol")
    w = WordDoc("Times New Roman", 12)
    _look(w, 1.0, 6)
    title_page(w, g, date="April 2014")
    reals = pick(pool, "Harlow", "", 3, used)
    w.heading("Summary of recommendations", 1)
    w.para("The recommendations of the review, given in full at section 15, are that all agencies:")
    bullets = w.num(w.abstract([Level("bullet", "\uf0b7")]))
    for real in reals:
        w.para(real.text, num=(bullets, 0))
    w.page_break()
    ch = w.num(w.abstract([Level("decimal", "%1"), Level("decimal", "%1.%2"), Level("decimal", "%1.%2.%3")]))
    numbered_chapters(w, [c for c in template_2013(g) if c[0] != "Parallel reviews"], ch, None)
    w.heading("Conclusions and Recommendations", 1, num=(ch, 0))
    for text in CONCLUSIONS:
        w.para(text, num=(ch, 1))
    w.para("Lessons to be learned", num=(ch, 1), bold=True, keep_with_next=True)
    for lesson in LESSONS14[:3]:
        w.para(lesson, num=(ch, 2))
    w.para("The review panel makes the following recommendations for all agencies in Harlow:", num=(ch, 1))
    pairs = [(add(g, real, w.para(real.text, num=(ch, 2))), real) for real in reals]
    w.para(CLOSING14, num=(ch, 1))
    tor_appendix(w)
    w.heading("Appendix B: Action plan", 1)
    dates = ["June 2015", "Q2 2015/16", "December 2015", "Ongoing", "31/03/2015", "TBC"]
    plan07(w, pairs, None, dates, per_rec=2, first="{n} {text}", style="Light Shading Accent 1")
    glossary(w, [("HCSP", "Harlow Community Safety Partnership"), ("IMR", "Individual Management Review")])
    _header_footer(w, f"Harlow CSP | DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_norfolk_run_in_labels(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk, Calibri 11: unnumbered chapters; "Conclusions and Recommendations" with agency Heading 2s
    (``gold_lead``) over paragraphs opening with a bold "Recommendation N: " run-in, numbered on across the
    agencies, a footnote citing the Firearms Act inside one; a Word 2007 plan by "Recommendation N"; the
    terms of reference as an appendix list; a chronology table; a glossary table."""
    g = Gold("dev14-08-norfolk-run-in-labels", "Norfolk County Community Safety Partnership", "Adult E")
    w = WordDoc("Calibri", 11)
    _look(w, 1.15, 6)
    title_page(w, g, date="August 2014")
    contents(w, [("Introduction", "3"), ("Chronology", "5"), ("Analysis", "8"), ("Lessons to be learned", "13"),
                 ("Conclusions and Recommendations", "14"), ("Appendix A", "17"), ("Appendix B", "18")])  # fmt: skip
    numbered_chapters(w, [c for c in template_2013(g) if c[0] in ("Introduction", "Chronology", "Analysis")],
                      None, None)  # fmt: skip
    w.heading("Lessons to be learned", 1)
    for lesson in LESSONS14[1:4]:
        w.para(lesson)
    w.heading("Conclusions and Recommendations", 1)
    for text in CONCLUSIONS[:3]:
        w.para(text)
    reals = [*pick(pool, "Norfolk", "Cambridgeshire", 1, used), *pick(pool, "Norfolk", "Probation Service", 1, used),
             *pick(pool, "Norfolk", "Norfolk County Community", 1, used), *pick(pool, "Norfolk", "NHS England", 1, used),
             *pick(pool, "Norfolk", "", 3, used)]  # fmt: skip
    groups: dict[str, list[RealRec]] = {}
    for real in reals:
        groups.setdefault(gold_lead(real, NORFOLK14), []).append(real)
    pairs = []
    k = 0
    for heading, group in groups.items():
        w.heading(heading, 2)
        for real in group:
            k += 1
            note = (
                ("1997", "Firearms (Amendment) Act 1997, section 1.")
                if "act 1997" in real.text.lower()
                else None
            )
            w.para(real.text, label_run=f"Recommendation {k}: ", footnote=note)
            pairs.append((add(g, real, str(k), "single_agency", heading), real))
    tor_appendix(w)
    w.heading("Appendix B: Action plan", 1)
    dates = [
        "June 2015",
        "Q4 2015/16",
        "Ongoing",
        "31st March 2016",
        "January 2016",
        "Completed",
        "12 months",
    ]
    plan07(w, pairs, NORFOLK14, dates, first="Recommendation {n}", widths=[3.2, 5.6, 4.2, 2.4, 3.0])
    glossary(w, [("NHCP", "Norfolk Healthy Child Programme"), ("UPW", "Unpaid Work"),
                 ("IRIS", "Identification and Referral to Improve Safety")])  # fmt: skip
    _header_footer(w, f"Norfolk DHR - {g.subject} - Overview Report", "Page {n} of {m}")
    return w, g


def _count(chapters: list[tuple[str, list[object]]]) -> int:
    """How many numbered paragraphs ``numbered_chapters`` writes for ``chapters`` (the chronology's lead-in is
    one; its table is not numbered)."""
    return sum(len(paras) for _, paras in chapters)


def dev_nottingham_flat_summary(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Nottingham, Arial 10.5, tagged PDF: a front "Summary of recommendations" table Paragraph | Recommendation
    | Lead agency giving each body paragraph's number; the body one flat list "1." .. numbering every paragraph
    under unnumbered headings, "Lessons to be learned" in it, the recommendations continuing it under bold
    agency lines; a Word 2007 plan by paragraph number (its Lead Officer cells ``lead_cell`` with a role)."""
    g = Gold("dev14-09-nottingham-flat-summary", "Nottingham Crime and Drugs Partnership", "Adult K")
    w = WordDoc("Arial", 10.5)
    _look(w, 1.1, 6)
    title_page(w, g, date="October 2016")
    reals = pick(pool, "Nottingham", "", 6, used)
    facts = [f"On {d} the {who.lower()} recorded: {what}" for d, who, what in CHRONOLOGY]
    chapters: list[tuple[str, list[object]]] = [
        ("Introduction", [INTRO_PROSE.format(csp=g.csp, subject=g.subject),
                          ("The review was held under section 9 of the Domestic Violence, Crime and Victims Act "
                           "2004.", LAW["dvcva"]), PANEL_PROSE[3]]),
        ("Summary of the facts", [*facts, PANEL_PROSE[2]]),
        ("Analysis", [PANEL_PROSE[0], ANALYSIS_TRAP, FILLER,
                      ("Sharing was lawful under the Data Protection Act 1998.", LAW["dpa"])]),
        ("Conclusions", CONCLUSIONS[:4]),
    ]  # fmt: skip
    lessons = LESSONS14[:4]
    first = _count(chapters) + len(lessons) + 2  # the recommendations chapter's lead-in is one more
    w.heading("Summary of recommendations", 1)
    rows: list[list[str | None]] = [["Paragraph", "Recommendation", "Lead agency"]]
    for k, real in enumerate(reals):
        rows.append([str(first + k), real.text, lead_cell(real, NOTTINGHAM_NAMES)])
    w.table(rows, [2.0, 10.6, 3.8], font_size=9)
    w.doc.tables[-1].style = w.doc.styles["Medium Shading 1 Accent 1"]
    w.page_break()
    flat = w.num(w.abstract([Level("decimal", "%1.")]))
    numbered_chapters(w, chapters, None, flat)
    w.heading("Lessons to be learned", 1)
    for lesson in lessons:
        w.para(lesson, num=(flat, 0))
    w.heading("Recommendations", 1)
    w.para("The panel makes the following recommendations.", num=(flat, 0))
    groups: dict[str, list[RealRec]] = {}
    for real in reals:
        groups.setdefault(gold_lead(real, NOTTINGHAM_NAMES), []).append(real)
    pairs = []
    for heading, group in groups.items():
        w.para(heading, bold=True, keep_with_next=True)
        for real in group:
            pairs.append((add(g, real, w.para(real.text, num=(flat, 0)), "single_agency", heading), real))
    if [rec.number for rec, _ in pairs] != [str(first + k) for k in range(len(reals))]:
        raise SystemExit("dev14-09: the summary's paragraph numbers do not match the body's")
    w.heading("Action plan", 1)
    dates = ["Q1 2016/17", "30/06/2016", "Ongoing", "End of April 2016", "Q2 2015/16", "6 months"]
    plan07(w, pairs, NOTTINGHAM_NAMES, dates, first="{n}", widths=[2.4, 5.6, 4.2, 2.4, 3.0])
    _header_footer(w, f"Nottingham DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_kent_parts_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent, Georgia 11 (substituted): numbered chapters, unnumbered paragraphs; "Recommendations" in two parts:
    "Overview Report recommendations" a Word list "1." .. "3.", then "Individual agency recommendations" an
    Agency | No. | Recommendation table (Word 2007 style), agency cells merged down and numbers typed on from
    4; footnotes; a chronology table; the terms of reference as an appendix list; no plan."""
    g = Gold("dev14-10-kent-parts-table", "Kent Community Safety Partnership", "Mr David")
    w = WordDoc("Georgia", 11)
    _look(w, 1.15, 6)
    title_page(w, g, date="May 2016")
    contents(w, [("1. Introduction", "3"), ("2. Chronology", "5"), ("3. Analysis", "9"),
                 ("4. Lessons to be learned", "15"), ("5. Recommendations", "16"), ("Appendix A", "19")])  # fmt: skip
    ch = w.num(w.abstract([Level("decimal", "%1.")]))
    for title, paras in [c for c in template_2013(g) if c[0] in ("Introduction", "Chronology", "Analysis")]:
        w.heading(title, 1, num=(ch, 0))
        for item in paras:
            if item == "CHRONOLOGY":
                chronology(w)
            elif isinstance(item, tuple):
                w.para(item[0], footnote=item[1])
            else:
                w.para(str(item))
    w.heading("Lessons to be learned", 1, num=(ch, 0))
    for lesson in LESSONS14[:3]:
        w.para(lesson)
    w.heading("Recommendations", 1, num=(ch, 0))
    w.heading("Overview Report recommendations", 2)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    overview = [*pick(pool, "Kent", "Kent Police", 1, used), *pick(pool, "Kent", "NHS England", 1, used),
                *pick(pool, "Kent", "KMPT", 1, used)]  # fmt: skip
    for real in overview:
        add(g, real, w.para(real.text, num=(nid, 0)))
    w.heading("Individual agency recommendations", 2)
    w.para("Each agency's IMR made the following recommendations, which the panel endorses.")
    single = [*pick(pool, "Kent", "KSCS", 1, used), *pick(pool, "Kent", "Kent Police", 1, used),
              *pick(pool, "Kent", "CCG", 1, used), *pick(pool, "Kent", "Adult Social Care", 1, used)]  # fmt: skip
    rows: list[list[str | None]] = [["Agency", "No.", "Recommendation"]]
    previous = ""
    for k, real in enumerate(single, len(overview) + 1):
        agency = gold_lead(real, KENT_NAMES)
        rows.append([agency if agency != previous else None, str(k), real.text])
        previous = agency
        add(g, real, str(k), "single_agency", agency)
    w.table(rows, [3.6, 1.2, 11.6], font_size=9.5)
    w.doc.tables[-1].style = w.doc.styles["Light Grid Accent 1"]
    w.para(CLOSING14)
    tor_appendix(w)
    glossary(w, KENT_GLOSSARY)
    _header_footer(w, f"DHR {g.subject} - Kent Community Safety Partnership", "Page {n} of {m}")
    return w, g


def dev_cornwall_legal_agencies(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cornwall, Arial 10: an unnumbered "Summary of recommendations" (bullets) at the front; the template's
    fifteen chapters and "16 Lessons to be learned", "17 Conclusions", "18 Recommendations" with every paragraph
    numbered, agencies as numbered paragraphs "18.1" .. (``gold_lead``) over the recommendations "18.1.1" ..;
    a glossary table; no plan."""
    g = Gold("dev14-11-cornwall-legal-agencies", "Safer Cornwall", "Adult L")
    w = WordDoc("Arial", 10)
    _look(w, 1.1, 6)
    title_page(w, g, date="July 2016")
    reals = pick(pool, "Cornwall", "", 6, used)
    w.heading("Summary of recommendations", 1)
    w.para("The recommendations, which section 18 sets out by agency, are summarised below.")
    bullets = w.num(w.abstract([Level("bullet", "\uf0b7")]))
    for real in reals:
        w.para(real.text, num=(bullets, 0))
    w.page_break()
    ch = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2"), Level("decimal", "%1.%2.%3")]))
    numbered_chapters(w, template_2013(g), ch, None)
    w.heading("Lessons to be learned", 1, num=(ch, 0))
    for lesson in LESSONS14[:4]:
        w.para(lesson, num=(ch, 1))
    w.heading("Conclusions", 1, num=(ch, 0))
    for text in CONCLUSIONS[:5]:
        w.para(text, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    groups: dict[str, list[RealRec]] = {}
    for real in reals:
        groups.setdefault(gold_lead(real, CORNWALL14), []).append(real)
    for heading, group in groups.items():
        w.para(heading, num=(ch, 1), bold=True, keep_with_next=True)
        for real in group:
            add(g, real, w.para(real.text, num=(ch, 2)), "single_agency", heading)
    glossary(w, [("IoS", "Isles of Scilly"), ("CIC", "Community Interest Company"),
                 ("NHRR", "Neighbourhood Harm Reduction Register")])  # fmt: skip
    _header_footer(w, f"Safer Cornwall DHR {g.subject} - Overview Report", "Page {n} of {m}")
    return w, g


def dev_sheffield_titles_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sheffield, Arial 11: a short overview; footnotes citing legislation; a chronology table; "Recommendation
    N" Heading 3 titles, each text followed by a "Lead agency:" line (the gold names: the council's children's
    service); a Word 2007 plan with two actions each; a glossary table."""
    g = Gold(
        "dev14-12-sheffield-titles-plan", "Sheffield Safer and Sustainable Communities Partnership", "Adult S"
    )
    w = WordDoc("Arial", 11)
    _look(w, 1.15, 6)
    title_page(w, g, date="December 2015")
    numbered_chapters(w, [c for c in template_2013(g) if c[0] in ("Introduction", "Equality and diversity",
                                                                  "Chronology", "Analysis")], None, None)  # fmt: skip
    w.heading("Lessons to be learned", 1)
    w.para(LESSONS14[4])
    w.heading("Recommendations", 1)
    names = {
        "childrens_social_care": "Sheffield City Council Children, Young People and Families",
        "police": "South Yorkshire Police",
    }
    reals = pick(pool, "Sheffield", "", 2, used)
    pairs = []
    for k, real in enumerate(reals, 1):
        w.heading(f"Recommendation {k}", 3)
        w.para(real.text)
        w.para(f"Lead agency: {gold_lead(real, names)}")
        pairs.append((add(g, real, str(k)), real))
    w.heading("Action plan", 1)
    plan07(w, pairs, names, ["September 2015", "Q4 2015/16", "Ongoing", "30/06/2016"], per_rec=2,
           first="Recommendation {n}: {text}", widths=[5.4, 4.4, 3.6, 2.2, 2.8], by_gold=True)  # fmt: skip
    glossary(w, [("FCAF", "Family Common Assessment Framework"), ("SYP", "South Yorkshire Police")])
    _header_footer(w, f"Sheffield DHR {g.subject}", "Page {n} of {m}")
    return w, g


DEV14B = {
    "dev14-06-durham-welsh": dev_durham_welsh,
    "dev14-07-harlow-three-level": dev_harlow_three_level,
    "dev14-08-norfolk-run-in-labels": dev_norfolk_run_in_labels,
    "dev14-09-nottingham-flat-summary": dev_nottingham_flat_summary,
    "dev14-10-kent-parts-table": dev_kent_parts_table,
    "dev14-11-cornwall-legal-agencies": dev_cornwall_legal_agencies,
    "dev14-12-sheffield-titles-plan": dev_sheffield_titles_plan,
}
#: The whole batch, in order.
DEV14 = {**DEV14A, **DEV14B}


def main(argv: list[str] | None = None) -> int:
    """Write ``dev14/`` through ``build.build`` (kept out of ``build.py``'s folder list while the batch is
    blind; the lead may register it there after scoring)."""
    return run_batch(DEV14, "dev14", argv, PDF_OPTIONS_14)


if __name__ == "__main__":
    sys.exit(main())
