"""The ``dev20/`` documents (second half, ``dev20-06``..``10``) and the batch's runner: whole DHR / DARDR
reports weighted toward agency attribution and actions, as in ``layouts_dev20.py`` (its docstring has the
batch's aim and rules).

Build (LibreOffice needed): ``python -m annotations.wordproc.layouts_dev20b [--only NAME ...] [--no-pdf]``
writes ``dev20/`` with ``build.build`` (the same writer, PDF check and gold as every other folder); score (the
lead, blind): ``python -m annotations.wordproc.score dev20``.
"""

import sys

from docx.shared import Cm

from annotations.wordproc.batch import run_batch
from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import _header_footer
from annotations.wordproc.layouts_dev7 import _look
from annotations.wordproc.layouts_dev13 import section, shade_header, take
from annotations.wordproc.layouts_dev14 import add, glossary
from annotations.wordproc.layouts_dev15 import margins, styled
from annotations.wordproc.layouts_dev20 import (
    DEV20A,
    PROSE20,
    TAGGED,
    UNTAGGED,
    act20,
    chapters,
    cover,
    grey_line,
    key_contacts,
    mini_table,
    panel,
    plan_rows,
    shade_cells,
)
from annotations.wordproc.worddoc import Level, WordDoc

#: LibreOffice PDF export options per document (tagged on, or written out as off; the rest the defaults).
PDF_OPTIONS_20: dict[str, str] = {
    "dev20-02-norfolk-initials-ho-plan": TAGGED,
    "dev20-04-nottingham-dardr-following-for": TAGGED,
    "dev20-05-cornwall-dardr-board-asks": TAGGED,
    "dev20-06-durham-trust-partnership-short": UNTAGGED,
    "dev20-09-kent-dardr-icb-leadins": TAGGED,
    "dev20-10-norfolk-exec-summary-asks": UNTAGGED,
}


def dev_durham_trust_partnership_short(
    pool: dict[str, list[RealRec]], used: set[str]
) -> tuple[WordDoc, Gold]:
    """Durham 2015, Times New Roman 12: the bodies written out once in the introduction with their short
    names ("North Tees and Hartlepool NHS Foundation Trust (the Trust)", "Durham County Council (the
    Council)", "Safe Durham Partnership (the Partnership)"), used alone afterwards; each recommendation a
    "Recommendation N" Heading 2 over the text and an Action | Lead | By when table in Word's "Light List"
    style, one row per action with its own lead ("the Partnership", "the Council", "All partner agencies",
    "the Trust"); justified text."""
    g = Gold("dev20-06-durham-trust-partnership-short", "Safe Durham Partnership", "Adult D20")
    w = WordDoc("Times New Roman", 12)
    margins(w, 2.54)
    _look(w, 1.0, 10, justified=True)
    cover(w, g, "Domestic Homicide Review", ["Overview Report", "June 2015"])
    w.heading("Introduction", 1)
    w.para("The review was commissioned by the Safe Durham Partnership (the Partnership). North Tees and "
           "Hartlepool NHS Foundation Trust (the Trust), Durham Constabulary, Durham County Council (the "
           "Council) and the victim's GP practice gave accounts of their contact. The Council also hosts the "
           "Partnership's domestic homicide review co-ordinator.")  # fmt: skip
    chapters(w, g, ["Terms of reference", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The first two recommendations are for the Partnership itself; the third is for the Trust.")
    reals = take(pool, "Durham", [0, 1, 2], used)
    acts = [
        [("Write a DHR protocol setting a timescale for each stage", "the Partnership", "31.12.2015",
          ["community_safety_partnership"]),
         ("Fund the co-ordinator post for a further two years", "the Council", "Q1 2016/17",
          ["local_authority"]),
         ("Sign the protocol and name a senior contact for reviews", "All partner agencies", "Within 6 months",
          ["all_agencies"])],
        [("Ask CAADA and two other partnerships how they take third party reports", "the Partnership",
          "Complete", ["community_safety_partnership"])],
        [("Share the learning from this review with staff in the emergency department and on the wards",
          "the Trust", "Complete", ["hospital"])],
    ]  # fmt: skip
    for n, real in enumerate(reals, 1):
        w.heading(f"Recommendation {n}", 2)
        w.para(real.text)
        rec = add(g, real, str(n))  # the heading's label word is not the number
        rows = acts[n - 1]
        table: list[list[str | None]] = [["Action", "Lead", "By when"]]
        for text, lead, target, ids in rows:
            act20(rec, text, lead, target, ids)
            table.append([text, lead, target])
        w.table(table, [9.4, 3.8, 2.8], font_size=10.5)
        styled(w, "Light List Accent 1")
    w.para("The Partnership's domestic abuse executive group will receive a report on each action.")
    _header_footer(w, "Safe Durham Partnership - DHR Adult D20", "Page {n}")
    return w, g


def dev_harlow_all_agencies_three_leads(
    pool: dict[str, list[RealRec]], used: set[str]
) -> tuple[WordDoc, Gold]:
    """Harlow 2022, Calibri 11: three recommendations for all agencies in a Word legal list "6.1"-"6.3"
    under the chapter "6." (every paragraph numbered) with "Lead: All agencies" lines; a landscape appendix plan Rec | Action | Lead
    agency | Target | Progress whose Lead cells name two or three agencies on separate lines, "All panel
    agencies", "All agencies", or two joined by "and"."""
    g = Gold("dev20-07-harlow-all-agencies-three-leads", "Harlow Community Safety Partnership", "Mr H20")
    w = WordDoc("Calibri", 11)
    margins(w, 2.2)
    _look(w, 1.15, 6)
    cover(w, g, "Domestic Homicide Review", ["Overview Report", "Final, May 2022"])
    legal = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2")]))
    for title in ("Introduction", "Terms of reference", "Analysis", "Learning", "Conclusions"):
        w.heading(title, 1, num=(legal, 0))
        for text in PROSE20[title][:2]:
            w.para(text.format(csp=g.csp, subject=g.subject), num=(legal, 1))
    # chapters 1-5 above; the recommendations are paragraphs 6.1-6.3 of the sixth, in the same legal list
    w.heading("Recommendations", 1, num=(legal, 0))
    pairs = []
    for real in take(pool, "Harlow", [0, 1, 2], used):
        label = w.para(real.text, num=(legal, 1))
        w.para("Lead: All agencies")
        pairs.append((add(g, real, label), real))
    section(w, landscape=True)
    w.heading("Appendix B: Action plan", 1)
    two = "Essex County Council Adult Social Care\nEssex Partnership University NHS Foundation Trust"
    three = "Essex Police\nPrincess Alexandra Hospital NHS Trust\nEssex County Council"
    acts = [
        [("Add a domestic abuse module to adult safeguarding training", two, "Q3 2022/23",
          ["adult_social_care", "mental_health_services"]),
         ("Report attendance at adult safeguarding training to the Partnership each quarter",
          "All panel agencies", "31.03.2023", ["all_agencies"])],
        [("Agree an information sharing protocol that covers the three main record systems", three,
          "Within 6 months", ["police", "hospital", "local_authority"])],
        [("Circulate the seven golden rules of information sharing to all staff", "All agencies", "Complete",
          ["all_agencies"]),
         ("Add the golden rules to induction for new staff",
          "Harlow Community Safety Partnership and Essex Safeguarding Adults Board", "In progress",
          ["community_safety_partnership", "safeguarding_adults_board"])],
    ]  # fmt: skip
    progress = ["Module drafted; pilot sessions booked 09/2022", "Q1 return received 12/07/2022",
                "Draft protocol with legal services 03/08/2022", "Sent 16/05/2022",
                "Induction packs being revised"]  # fmt: skip
    plan_rows(w, pairs, acts, ["Rec", "Action", "Lead agency", "Target", "Progress"], progress,
              [1.4, 8.6, 6.2, 2.8, 6.4], "833C0B")  # fmt: skip
    section(w)
    key_contacts(w)
    glossary(w, [("EPUT", "Essex Partnership University NHS Foundation Trust"),
                 ("PAH", "Princess Alexandra Hospital NHS Trust"),
                 ("ISA", "Information sharing agreement")])  # fmt: skip
    _header_footer(w, "Harlow DHR Mr H20", "OFFICIAL | Page {n} of {m}")
    return w, g


def dev_sheffield_board_initials(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sheffield 2018, Arial 11: the recommendations made to the partnership board, which is asked to seek
    assurance from the agencies named; "The following recommendation is for South Yorkshire Police (SYP):"
    and "... for the Council's Children, Young People and Families service:" lead-ins, each over a typed
    "R1" / "R2" paragraph and an Action | Lead | By when table whose Lead cells read "SYP" and "Children's
    Services"; a glossary at the back."""
    g = Gold("dev20-08-sheffield-board-initials",
             "Sheffield Safer and Sustainable Communities Partnership", "Mrs F20")  # fmt: skip
    w = WordDoc("Arial", 11)
    margins(w, 2.3)
    _look(w, 1.15, 8)
    cover(w, g, "Domestic Homicide Review", ["Overview Report", "February 2018"])
    chapters(w, g, ["Introduction", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("These recommendations are made to the Safer and Sustainable Communities Partnership Board. The "
           "Board is asked to seek assurance from the agencies below that the actions are completed, and to "
           "report to the Home Office when they are.")  # fmt: skip
    reals = take(pool, "Sheffield", [0, 1], used)
    lead_ins = ["The following recommendation is for South Yorkshire Police (SYP):",
                "The following recommendation is for Sheffield City Council (the Council), through its "
                "Children, Young People and Families service:"]  # fmt: skip
    acts = [
        [("Brief officers and staff on recording third party information about domestic abuse", "SYP",
          "Q3 2018/19", ["police"]),
         ("Dip sample 50 domestic abuse incidents for third party information and its sharing", "SYP",
          "31.03.2019", ["police"])],
        [("Relaunch the FCAF with universal services and name an owner for it in each", "Children's Services",
          "Within 6 months", ["childrens_social_care"])],
    ]  # fmt: skip
    for n, (real, lead_in) in enumerate(zip(reals, lead_ins, strict=True), 1):
        w.para(lead_in, bold=True, keep_with_next=True)
        w.para(f"R{n}\t{real.text}", keep_with_next=True)
        fmt = w.doc.paragraphs[-1].paragraph_format  # "R1" hanging in the margin, the text aligned at 1.2 cm
        fmt.left_indent, fmt.first_line_indent = Cm(1.2), Cm(-1.2)
        fmt.tab_stops.add_tab_stop(Cm(1.2))
        rec = add(g, real, f"R{n}")
        mini_table(w, rec, acts[n - 1], widths=(9.0, 3.6, 3.0), fill="DDEBF7")
    grey_line(w, "The Board will review progress at each quarterly meeting until both are closed.")
    w.heading("Glossary", 1)
    w.table([["CYPF", "Children, Young People and Families, Sheffield City Council"],
             ["FCAF", "Family Common Assessment Framework"], ["SYP", "South Yorkshire Police"]],
            [2.6, 13.8], header_rows=0, font_size=10)  # fmt: skip
    shade_cells(w, "F2F2F2")
    _header_footer(w, "Sheffield DHR Mrs F20", "Page {n} of {m}")
    return w, g


def dev_kent_dardr_icb_leadins(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent and Medway 2024 DARDR, Cambria 11: bold lead-ins "The following recommendation is for the ICB:"
    (NHS Kent and Medway Integrated Care Board written out once), "... for NHS England:", "... for KMPT:",
    "... for Adult Social Care:" over a Word list "1)"-"4)"; a landscape plan Rec | Action | Lead | Target |
    Status with Lead cells "the ICB", "KMPT", "ASCH" and "NHS England" / "the ICB" on two lines; a glossary
    at the back; tagged PDF."""
    g = Gold("dev20-09-kent-dardr-icb-leadins", "Kent Community Safety Partnership", "Ms J20")
    w = WordDoc("Cambria", 11)
    margins(w, 2.4)
    _look(w, 1.1, 6)
    cover(w, g, "Domestic Abuse Related Death Review", ["Overview Report", "April 2024"])
    w.heading("Introduction", 1)
    w.para("The review was commissioned by the Kent Community Safety Partnership. NHS Kent and Medway "
           "Integrated Care Board (the ICB), Kent and Medway NHS and Social Care Partnership Trust, Kent "
           "County Council Adult Social Care and Health, Kent Police and the victim's GP practice took part.")  # fmt: skip
    panel(w, [("Independent Chair", "Independent"),
               ("Designated Nurse, Safeguarding Adults", "NHS Kent and Medway Integrated Care Board"),
               ("Head of Safeguarding", "Kent and Medway NHS and Social Care Partnership Trust"),
               ("Senior Practitioner", "Kent County Council Adult Social Care and Health"),
               ("Detective Sergeant", "Kent Police")], fill="DEEAF6")  # fmt: skip
    chapters(w, g, ["Analysis", "Learning", "Conclusions"])
    w.heading("Recommendations", 1)
    reals = take(pool, "Kent", [7, 2, 6, 8], used)
    heads = ["the ICB", "NHS England", "KMPT", "Adult Social Care"]
    nid = w.num(w.abstract([Level("decimal", "%1)")]))
    pairs = []
    for real, head in zip(reals, heads, strict=True):
        w.para(f"The following recommendation is for {head}:", bold=True, keep_with_next=True)
        pairs.append((add(g, real, w.para(real.text, num=(nid, 0))), real))
    section(w, landscape=True)
    w.heading("Action plan", 1)
    acts = [
        ("Commission a one-to-one conversation after a dementia diagnosis in the memory service contract",
         "the ICB", "Within 6 months", ["integrated_care_board"]),
        ("Review the quality of the GP record after the overdose and share the findings with the practice",
         "NHS England\nthe ICB", "Q4 2024/25", ["nhs_england", "integrated_care_board"]),
        ("Add a section on requesting police attendance to the discharge policy, agreed with Kent Police",
         "KMPT", "31.03.2025", ["mental_health_services"]),
        ("Add a prompt to the carer's assessment to speak to the carer alone", "ASCH", "In progress",
         ["adult_social_care"]),
    ]  # fmt: skip
    status = [
        "Specification drafted",
        "Meeting held 11/03/2024",
        "Not started",
        "Form change tested 02/04/2024",
    ]
    plan: list[list[str | None]] = [["Rec", "Action", "Lead", "Target", "Status"]]
    for (rec, _real), (text, lead, target, ids), state in zip(pairs, acts, status, strict=True):
        act20(rec, text, lead, target, ids)
        plan.append([rec.number, text, lead, target, state])
    w.table(plan, [1.2, 11.0, 3.4, 3.0, 6.0], font_size=10)
    shade_header(w, fill="2E75B6")
    section(w)
    glossary(w, [("ASCH", "Adult Social Care and Health, Kent County Council"),
                 ("ICB", "NHS Kent and Medway Integrated Care Board"),
                 ("KMPT", "Kent and Medway NHS and Social Care Partnership Trust")])  # fmt: skip
    _header_footer(w, "OFFICIAL-SENSITIVE: Kent and Medway DARDR Ms J20", "Page {n}")
    return w, g


def dev_norfolk_exec_summary_asks(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk 2014 executive summary, Georgia 11: the recommendations to the Partnership (written out once as
    "Norfolk County Community Safety Partnership (NCCSP)") in a Word list "1."-"4."; a landscape plan
    appendix No. | Action | Lead | Target date | Update whose rows for the national recommendations have
    NCCSP writing to the Home Office and NHS England (the action's lead NCCSP), a Lead cell "NCCSP and
    Norfolk Public Health"."""
    g = Gold("dev20-10-norfolk-exec-summary-asks", "Norfolk County Community Safety Partnership", "Adult P20",
             "executive_summary")  # fmt: skip
    w = WordDoc("Georgia", 11)
    margins(w, 2.3)
    _look(w, 1.1, 8)
    cover(w, g, "Domestic Homicide Review", ["Executive Summary", "January 2014"])
    w.heading("The review", 1)
    w.para("Norfolk County Community Safety Partnership (NCCSP) commissioned this review. This summary gives "
           "the panel's findings in brief and its recommendations in full.")  # fmt: skip
    chapters(w, g, ["Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel makes four recommendations. Two of them ask for national change, by the Home Office and "
           "by NHS England; NCCSP will put them to those bodies. The other two are for NCCSP itself.")  # fmt: skip
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    pairs = [(add(g, real, w.para(real.text, num=(nid, 0))), real)
             for real in take(pool, "Norfolk", [2, 9, 11, 5], used)]  # fmt: skip
    section(w, landscape=True)
    w.heading("Action plan", 1)
    csp = ["community_safety_partnership"]
    acts = [
        [("Write to the Home Office asking for a review of the criteria for shotgun certificates", "NCCSP",
          "Complete", csp)],
        [("Commission a healthy relationships campaign for young people", "NCCSP", "Q1 2014/15", csp),
         ("Brief hairdressers and beauticians through the county's trade networks", "NCCSP", "30.09.2014",
          csp)],
        [("Write to NHS England asking that IRIS is built into GP contract monitoring", "NCCSP",
          "Within 6 months", csp)],
        [("Place helpline cards in GP surgeries, libraries and large workplaces",
          "NCCSP and Norfolk Public Health", "31.01.2014", ["community_safety_partnership", "public_health"])],
    ]  # fmt: skip
    updates = ["Letter sent 19/12/2013", "Brief agreed", "", "Reply awaited", "Cards printed 06/01/2014"]
    plan_rows(w, pairs, acts, ["No.", "Action", "Lead", "Target date", "Update"], updates,
              [1.2, 11.4, 4.2, 2.8, 5.0], "C55A11")  # fmt: skip
    _header_footer(w, "Norfolk DHR Adult P20 - Executive Summary", "Page {n} of {m}")
    return w, g


DEV20B = {
    "dev20-06-durham-trust-partnership-short": dev_durham_trust_partnership_short,
    "dev20-07-harlow-all-agencies-three-leads": dev_harlow_all_agencies_three_leads,
    "dev20-08-sheffield-board-initials": dev_sheffield_board_initials,
    "dev20-09-kent-dardr-icb-leadins": dev_kent_dardr_icb_leadins,
    "dev20-10-norfolk-exec-summary-asks": dev_norfolk_exec_summary_asks,
}
#: The whole batch, in order.
DEV20 = {**DEV20A, **DEV20B}


def main(argv: list[str] | None = None) -> int:
    """Write ``dev20/`` through ``build.build`` (kept out of ``build.py``'s folder list while the batch is
    blind; the lead may register it there after scoring)."""
    return run_batch(DEV20, "dev20", argv, PDF_OPTIONS_20)


if __name__ == "__main__":
    sys.exit(main())
