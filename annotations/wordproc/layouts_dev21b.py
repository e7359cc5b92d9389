"""The ``dev21/`` documents (second half, ``dev21-06``..``10``) and the batch's runner: whole DHR / DARDR reports
of 2012-2025 whose agency is carried by the prose around the recommendations, as in ``layouts_dev21.py`` (its
docstring has the batch's aim and rules).

Build (LibreOffice needed): ``python -m annotations.wordproc.layouts_dev21b [--only NAME ...] [--no-pdf]``
writes ``dev21/`` with ``build.build`` (the same writer, PDF check and gold as every other folder); score (the
lead, blind): ``python -m annotations.wordproc.score dev21``.
"""

import sys

from docx.shared import Cm

from annotations.wordproc.batch import run_batch
from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev7 import PANEL_PROSE, _look
from annotations.wordproc.layouts_dev13 import take
from annotations.wordproc.layouts_dev14 import CORNWALL14, add, glossary, title_page
from annotations.wordproc.layouts_dev15 import NORFOLK15, margins
from annotations.wordproc.layouts_dev18b import SHEFFIELD18
from annotations.wordproc.layouts_dev19 import hanging
from annotations.wordproc.layouts_dev21 import (
    DEV21A,
    IMR_LEAD,
    NARRATIVE21,
    chapters,
    heading_list,
    plain_heading,
    plan5,
    quote,
    styled_heading,
)
from annotations.wordproc.vocab import INTRO_PROSE
from annotations.wordproc.worddoc import Level, WordDoc

#: Prose of a long analysis chapter, to bring a recommendation to the foot of a page (a paragraph that the page
#: break cuts in two).
LONG21 = (
    "The panel spent much of its time on the months after the first referral. Each agency saw a part of the "
    "picture: the police knew of the calls, the health visitor knew of the injuries that had been explained "
    "away, and the school knew that the children had stopped talking about home. None of them was asked to put "
    "what it knew beside what the others knew, and the panel does not find that any one of them should have "
    "done so on its own. What was missing was a shared place to hold the concern and a named person to hold it."
)


def dev_cornwall_2019_numbered_groups(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cornwall 2019, Calibri 11: a three-level list linked to the Heading 1 and Heading 2 styles numbers the
    chapters ("8 Recommendations") and sentence-style subheadings ("8.1 Recommendations for national
    government", "8.3 Recommendations for Public Health", "8.5 What the police should do"); the recommendations
    are the list's third level "8.1.1" ..; executive summary and appendices unnumbered (numbering switched off
    on the heading); a portrait plan Ref | Action | Lead | Target date | RAG."""
    g = Gold("dev21-06-cornwall-2019-numbered-groups", "Safer Cornwall", "Adult F21")
    w = WordDoc("Calibri", 11)
    margins(w, 2.4)
    _look(w, 1.1, 8)
    title_page(w, g, date="June 2019")
    nid = heading_list(
        w, [Level("decimal", "%1"), Level("decimal", "%1.%2"), Level("decimal", "%1.%2.%3")], start=2
    )
    plain_heading(w, "Executive summary")
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.para("The review makes six recommendations, set out in chapter 8 with the bodies they are for.")
    chapters(
        w, g, ["Introduction", "Terms of reference", "Background", "Family involvement", "Analysis"], nid
    )
    styled_heading(w, "Conclusions", nid)
    w.para("The panel concluded that the risk of suicide was not recognised as part of the abuse, and that "
           "agencies had not been asked to look for it.")  # fmt: skip
    styled_heading(w, "Recommendations", nid)
    reals = take(pool, "Cornwall", [0, 5, 1, 2, 3, 4], used)
    groups = [
        ("Recommendations for national government", [0]),
        ("Recommendations for NHS England", [1]),
        ("Recommendations for Public Health", [2, 3]),
        ("Recommendations for health services", [4]),
        ("What the police should do", [5]),
    ]
    pairs = []
    for title, picks in groups:
        styled_heading(w, title, nid, 2)
        for k in picks:
            label = w.para(reals[k].text, num=(nid, 2))
            pairs.append((add(g, reals[k], label, "single_agency", title), reals[k]))
    w.para("Safer Cornwall will oversee the plan at Appendix B.")
    plain_heading(w, "Appendix A: Glossary")
    w.table([["Term", "Meaning"], ["NHRR", "Neighbourhood Harm Reduction Register"],
             ["IoS", "Isles of Scilly"]], [3.0, 13.0], font_size=10)  # fmt: skip
    plain_heading(w, "Appendix B: Action plan")
    plan5(w, pairs, ["Ref", "Action", "Lead", "Target date", "RAG"],
          ["30/06/2019", "Q3 2019/20", "31/03/2020", "January 2020", "End of March 2020", "Ongoing"],
          {**CORNWALL14, "nhs_england": "NHS England", "home_office": "Home Office"},
          ["Green", "Amber", "Green", "Red", "Amber", "Green"], start=2,
          widths=[1.6, 6.4, 3.8, 2.6, 1.8], fill="385623")  # fmt: skip
    _header_footer(w, "Safer Cornwall - DHR Adult F21", "OFFICIAL-SENSITIVE | Page {n} of {m}")
    return w, g


def dev_durham_2018_summary_typed(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Durham 2018, Georgia 11 (substituted): the executive summary lists the three recommendations in another
    order with typed bold "R1"-"R3" labels; the full report's chapter gives them typed "15.1"-"15.3" (hanging
    indent) after "The Review Panel makes the following recommendations."; the texts carry their addressee
    ("The Safe Durham Partnership Board ... through the ... Group develops", "... explore with other police
    forces", "The NTHFT should ensure that ..."); a portrait plan Ref | Action | Lead | Target | Status."""
    g = Gold("dev21-07-durham-2018-summary-typed", "Safe Durham Partnership", "Adult G21")
    w = WordDoc("Georgia", 11)
    margins(w, 2.5)
    _look(w, 1.1, 8)
    title_page(w, g, date="February 2018")
    reals = take(pool, "Durham", [0, 1, 2], used)
    w.heading("Executive summary", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.para("The panel's recommendations are summarised here and set out in full in section 15.")
    for n, k in enumerate((2, 0, 1), 1):
        p = w.doc.add_paragraph()
        p.add_run(f"R{n}").bold = True
        p.add_run(f"\t{reals[k].text}")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
        hanging(w, 1.2)
    w.page_break()
    chapters(w, g, ["Introduction", "Background", "The facts", "Analysis", "Conclusions"], typed=10)
    w.heading("15. Recommendations", 1)
    w.para("The Review Panel makes the following recommendations.", keep_with_next=True)
    pairs = []
    for n, real in enumerate(reals, 1):
        w.para(f"15.{n}\t{real.text}")
        hanging(w, 1.3)
        pairs.append((add(g, real, f"15.{n}"), real))
    w.heading("16. Action plan", 1)
    plan5(w, pairs, ["Ref", "Action", "Lead", "Target", "Status"],
          ["Q2 2018/19", "31/12/2018", "Complete", "30/04/2019"], None,
          ["Completed 14/09/2018", "On track", "Completed 02/03/2018", "Not started"], twice=(0,), start=5,
          widths=[1.4, 6.0, 3.6, 2.6, 2.8], fill="1F3864")  # fmt: skip
    _header_footer(w, "Safe Durham Partnership DHR Adult G21", "Page {n} of {m}")
    return w, g


def dev_harlow_2021_lettered_lead_in(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Harlow 2021, Verdana 10 (substituted): a lead-in sentence naming who is asked ("... that every agency
    represented on the panel, working with the Partnership, should:") over a Word list "a)"-"c)" (two texts
    "To ..." with no subject of their own, one "All agencies should ..."); a portrait plan Rec | Action | Lead |
    Target date | Comments, one action each."""
    g = Gold("dev21-08-harlow-2021-lettered-lead-in", "Harlow Community Safety Partnership", "Ms H21")
    w = WordDoc("Verdana", 10)
    margins(w, 2.2)
    _look(w, 1.2, 8)
    title_page(w, g, date="October 2021")
    chapters(w, g, ["Introduction", "Family involvement", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel found that the gaps in this case were shared by every agency rather than owned by one. It "
           "therefore recommends that every agency represented on the panel, working with the Partnership, "
           "should:", keep_with_next=True)  # fmt: skip
    nid = w.num(w.abstract([Level("lowerLetter", "%1)")]))
    pairs = [
        (add(g, real, w.para(real.text, num=(nid, 0))), real)
        for real in take(pool, "Harlow", [0, 1, 2], used)
    ]
    w.para("The Partnership will ask each agency to report on these recommendations within six months.")
    w.heading("Action plan", 1)
    plan5(w, pairs, ["Rec", "Action", "Lead", "Target date", "Comments"],
          ["Q2 2021/22", "31/12/2021", "30/04/2022"], None,
          ["Training plan agreed 02/03/2022", "On track", "Awaiting sign-off"], start=3,
          fill="7F6000")  # fmt: skip
    _header_footer(w, "Harlow DHR Ms H21 - Overview Report", "{n}")
    return w, g


def dev_sheffield_dardr_2025_page_span(
    pool: dict[str, list[RealRec]], used: set[str]
) -> tuple[WordDoc, Gold]:
    """Sheffield 2025 DARDR, Arial 11: long analysis paragraphs so that the first recommendation starts at the
    foot of a page and finishes on the next; each recommendation after a lead-in sentence naming the agency
    asked and a partner it is to work with ("South Yorkshire Police, working with ..., is asked to take forward
    the following."); a Word list "1."-"2."; a portrait plan No. | Action | Lead agency | Target date | Update,
    "1" merged over two actions."""
    g = Gold(
        "dev21-09-sheffield-dardr-2025-page-span",
        "Sheffield Safer and Sustainable Communities Partnership",
        "Ms J21",
    )
    w = WordDoc("Arial", 11)
    margins(w, 2.2)
    _look(w, 1.15, 8)
    w.para(g.csp, bold=True, size=14)
    w.para("Domestic Abuse Related Death Review", style="Title")
    w.para(f"Into the death of {g.subject}", bold=True, size=16)
    w.para("Type of death: suicide")
    w.para("Published March 2025")
    w.page_break()
    chapters(w, g, ["Introduction", "Family involvement", "Background"])
    w.heading("Analysis", 1)
    for text in (PANEL_PROSE[0], LONG21, FILLER, PANEL_PROSE[2]):
        w.para(text)
    w.heading("Recommendations", 1)
    leads = [
        "South Yorkshire Police, working with the Safeguarding Children Partnership, is asked to take forward "
        "the following.",
        "Sheffield City Council's Children, Young People and Families service, working with the universal "
        "services, is asked to take forward the following.",
    ]
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    pairs = []
    for lead, real in zip(leads, take(pool, "Sheffield", [0, 1], used), strict=True):
        w.para(lead, keep_with_next=True)
        pairs.append((add(g, real, w.para(real.text, num=(nid, 0))), real))
    w.para("Both recommendations were accepted by the agencies at the panel's final meeting.")
    w.heading("Action plan", 1)
    plan5(w, pairs, ["No.", "Action", "Lead agency", "Target date", "Update"],
          ["30/09/2025", "December 2025", "Q4 2025/26"], SHEFFIELD18,
          ["Briefing issued 14/07/2025", "", "Not started"], twice=(0,), start=7,
          fill="00B0F0")  # fmt: skip
    glossary(w, [("FCAF", "Family Common Assessment Framework"), ("SYP", "South Yorkshire Police")])
    _header_footer(w, "OFFICIAL-SENSITIVE", "Sheffield DARDR Ms J21 - Page {n} of {m}")
    return w, g


def dev_norfolk_2016_imr_endorsed(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk 2016, Cambria 11 (substituted): chapters numbered by the Heading 1 / Heading 2 styles; the
    analysis has a Heading 2 per agency whose narrative quotes its IMR author's recommendation as an indented
    italic paragraph; the "Recommendations" chapter gives a Word list "1."-"5." running on across lead-in
    sentences that name who each part is for ("The first recommendation is for the Partnership itself.", "Two
    are for national bodies.", "The panel endorses the two IMR recommendations quoted in chapter 5, for
    Cambridgeshire Community Services and the Probation Service:"), the quoted ones given again (each counts
    once, with this list's number); no plan."""
    g = Gold("dev21-10-norfolk-2016-imr-endorsed", "Norfolk County Community Safety Partnership", "Mr K21")
    w = WordDoc("Cambria", 11)
    margins(w, 2.5)
    _look(w, 1.1, 8)
    title_page(w, g, date="April 2016")
    reals = take(pool, "Norfolk", [9, 2, 11, 7, 8], used)
    nid = heading_list(w, [Level("decimal", "%1"), Level("decimal", "%1.%2")])
    chapters(w, g, ["Introduction", "Terms of reference", "Background", "The facts"], nid)
    styled_heading(w, "Analysis", nid)
    w.para(PANEL_PROSE[0])
    for agency, story, k in (
        ("local_health_trust", NARRATIVE21[1], 3),
        ("probation_service", NARRATIVE21[2], 4),
    ):
        name = {**NORFOLK15, "probation_service": "Probation Service"}[agency]
        styled_heading(w, name, nid, 2)
        w.para(story)
        w.para(IMR_LEAD.format(agency=name).replace("recommendations", "recommendation"), keep_with_next=True)
        quote(w, reals[k].text)
    styled_heading(w, "Conclusions", nid)
    w.para("The panel concluded that more could have been known about the perpetrator, and that the victim's "
           "friends and colleagues had nowhere obvious to turn.")  # fmt: skip
    styled_heading(w, "Recommendations", nid)
    w.para("The Review Panel makes the following five recommendations.")
    lst = w.num(w.abstract([Level("decimal", "%1.")]))
    parts = [
        ("The first recommendation is for the Partnership itself.", [0]),
        ("Two are for national bodies, the Home Office and NHS England.", [1, 2]),
        ("The panel endorses the two IMR recommendations quoted in chapter 5, for Cambridgeshire Community "
         "Services and the Probation Service, and repeats them here so that the Partnership can follow them "
         "up:", [3, 4]),
    ]  # fmt: skip
    for lead, picks in parts:
        w.para(lead, keep_with_next=True)
        for k in picks:
            add(g, reals[k], w.para(reals[k].text, num=(lst, 0)))
    w.para("The Partnership will ask each agency for an action plan within three months of publication.")
    plain_heading(w, "Appendix A: Glossary")
    w.table([["Term", "Meaning"], ["IRIS", "Identification and Referral to Improve Safety"],
             ["UPW", "Unpaid Work"], ["SA", "Suspended sentence"]], [3.0, 13.0], font_size=10)  # fmt: skip
    _header_footer(w, "Norfolk DHR Mr K21", "Page {n} of {m}")
    return w, g


DEV21B = {
    "dev21-06-cornwall-2019-numbered-groups": dev_cornwall_2019_numbered_groups,
    "dev21-07-durham-2018-summary-typed": dev_durham_2018_summary_typed,
    "dev21-08-harlow-2021-lettered-lead-in": dev_harlow_2021_lettered_lead_in,
    "dev21-09-sheffield-dardr-2025-page-span": dev_sheffield_dardr_2025_page_span,
    "dev21-10-norfolk-2016-imr-endorsed": dev_norfolk_2016_imr_endorsed,
}
#: The whole batch, in order.
DEV21 = {**DEV21A, **DEV21B}


def main(argv: list[str] | None = None) -> int:
    """Write ``dev21/`` through ``build.build`` (kept out of ``build.py``'s folder list while the batch is
    blind; the lead may register it there after scoring)."""
    return run_batch(DEV21, "dev21", argv)


if __name__ == "__main__":
    sys.exit(main())
