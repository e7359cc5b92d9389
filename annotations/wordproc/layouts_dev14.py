"""The ``dev14/`` documents (``dev14-01``..``05`` and the pieces the batch shares): a fourteenth blind batch of
whole reports, typeset as community safety partnerships published them in 2011-2019.

Traits of that period, several per document: the Home Office 2013 template's chapters with every paragraph of
the report numbered ("1.1" .. "17.12", or one flat count "1" .. "74"), the recommendations among the numbered
paragraphs of a "Recommendations" or "Conclusions and Recommendations" chapter; a "Lessons to be learned" chapter
numbered in the same scheme (advice, not recommendations); IMR authors' recommendations quoted per agency in the
analysis chapters and given again in the recommendations chapter (each counts once, with the recommendations
chapter's number: the quotes are unnumbered bullets); a "Summary of recommendations" at the front repeating the
body's; "Overview Report recommendations" and "Individual agency recommendations" parts; a Welsh bilingual title
page; Word 2007 table styles and a "Recommendation | Action | Lead Officer | Target Date | Evidence of
completion" plan (evidence dated, never a target); footnotes citing legislation; a glossary table of initials;
chronology tables full of dates; an appendix giving the terms of reference as a numbered list.

Recommendation texts are real (``pick``, train and dev splits only). Agency headings and agency cells name
exactly the recommendation's gold agencies (``leads.gold_lead``); Lead cells and "Lead agency:" lines print
``lead_cell``: ``leads.real_lead`` (its written addressee), except where that addressee names more bodies than
the gold holds ("KMPT | Kent Police", Kent Police only consulted), where the gold names are printed instead so
that the cell never contradicts the gold. A plan action's gold agencies are its recommendation's. Actions,
lessons, prose, chronology and dates are written here.
"""

import re

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev7 import PANEL_PROSE, _look
from annotations.wordproc.layouts_dev12 import LESSONS12, TOR_MORE, contents
from annotations.wordproc.leads import KENT_NAMES, NOTTINGHAM_NAMES, SEFTON_NAMES, gold_lead, real_lead
from annotations.wordproc.parts import pick
from annotations.wordproc.vocab import ANALYSIS_TRAP, INTRO_PROSE, TARGETS, TOR_ITEMS
from annotations.wordproc.worddoc import Level, WordDoc
from dhr.schema import Action, Recommendation

#: Target cells this batch prints beyond ``vocab.TARGETS``, with their gold (wordproc README "Target dates").
TARGETS14: dict[str, str | None] = {
    **TARGETS,
    "31/03/2015": "2015-03-31",
    "June 2015": "2015-06",
    "Q2 2015/16": "2015-09",
    "Q4 2015/16": "2016-03",
    "September 2015": "2015-09",
    "December 2015": "2015-12",
    "31st March 2016": "2016-03-31",
    "30/06/2016": "2016-06-30",
    "End of April 2016": "2016-04",
    "January 2016": "2016-01",
    "Q1 2016/17": "2016-06",
    "Completed": None,
}
#: Lessons to be learned (advice worded like recommendations; the report files them as learning).
LESSONS14 = [
    *LESSONS12[:3],
    "Practitioners need to think about the children in a household even when the adults are their client.",
    "Professional curiosity matters most when an explanation for an injury is offered before anyone asks.",
]
#: The agencies' own wording of the actions in the plans.
ACTIONS14 = [
    "Revise the policy and circulate it to all staff",
    "Include the learning in the next round of safeguarding training",
    "Carry out a dip sample of 20 cases and report the findings",
    "Issue a seven-minute briefing on the review",
    "Add the requirement to the supervision template",
    "Agree the new process at the partnership executive",
    "Monitor compliance through the quarterly performance report",
    "Set up a task and finish group to take the work forward",
]
#: Evidence-of-completion cells (dated records, never target dates).
EVIDENCE = [
    "Revised policy on the intranet",
    "Training attendance records",
    "Audit report to the board, 14/10/2016",
    "",
    "Minutes of the partnership meeting of 02/02/2016",
    "Briefing note circulated",
]
#: Footnotes citing legislation and statutory guidance: (the word the mark follows, the note).
LAW = {
    "dvcva": ("2004", "Domestic Violence, Crime and Victims Act 2004, section 9(3)."),
    "guidance": ("Guidance", "Home Office, Multi-Agency Statutory Guidance for the Conduct of Domestic Homicide "
                 "Reviews (2013), paragraph 4."),
    "equality": ("2010", "Equality Act 2010, section 4: the protected characteristics."),
    "care": ("2014", "Care Act 2014, section 42: enquiry by a local authority."),
    "mca": ("2005", "Mental Capacity Act 2005, section 1: the principles."),
    "dpa": ("1998", "Data Protection Act 1998, schedule 2."),
}  # fmt: skip
#: The roles printed before an agency in a Lead Officer cell (one agency only).
ROLES = {
    "police": "Detective Chief Inspector, Public Protection",
    "adult_social_care": "Head of Adult Safeguarding",
    "childrens_social_care": "Head of Service, Safeguarding",
    "community_safety_partnership": "Community Safety Manager",
    "mental_health_services": "Associate Director of Safeguarding",
    "integrated_care_board": "Designated Nurse for Safeguarding Adults",
    "public_health": "Consultant in Public Health",
    "nhs_england": "Head of Safeguarding",
    "home_office": "DHR Policy Lead",
    "hospital": "Named Nurse for Safeguarding Adults",
    "local_health_trust": "Safeguarding Lead",
    "drug_and_alcohol_services": "Service Manager",
    "probation_service": "Assistant Chief Officer",
    "marac": "MARAC Chair",
}
CHRONOLOGY = [
    ("14/02/2012", "GP surgery", "Victim seen with a bruised wrist; she said she had fallen on ice."),
    ("03/06/2012", "Police", "Neighbour reported shouting at the address; officers attended, no offences."),
    (
        "19/11/2012",
        "Emergency Department",
        "Victim treated for a cut to the head; discharged the same night.",
    ),
    ("07/01/2013", "Police", "Domestic abuse incident recorded; DASH risk assessment graded standard."),
    ("22/04/2013", "Housing", "Victim asked about moving to a property nearer her sister."),
    (
        "16/09/2013",
        "GP surgery",
        "Perpetrator seen about low mood and drinking; referred to the recovery service.",
    ),
    ("02/12/2013", "Police", "999 call from the victim, who then said she had dialled by mistake."),
]
#: Dated paragraphs of a "facts" chapter (contacts, not review-process events).
MORE_FACTS = [
    "On 11/03/2014 the victim's sister telephoned the police to say she had not heard from her for a week.",
    "On 28/03/2014 the GP surgery recorded a missed appointment; no follow-up was made.",
    "On 09/05/2014 the outpatient clinic discharged the victim after two missed appointments.",
    "On 21/06/2014 the perpetrator was arrested for drink driving and released on bail.",
    "On 30/07/2014 a neighbour heard a disturbance and called 999; officers found nobody at home.",
]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]  # fmt: skip
CLOSING14 = "The partnership has accepted these recommendations and will oversee the action plan."


# --------------------------------------------------------------------------------------------------------------
# pieces every layout of this batch uses
# --------------------------------------------------------------------------------------------------------------


def lead_cell(real: RealRec, names: dict[str, str] | None = None) -> str:
    """A Lead cell or "Lead agency:" line: the written addressee (``real_lead``) unless it names more bodies
    than the gold holds (a body only consulted), then the gold agencies' names (``gold_lead``)."""
    parts = [p for p in real.addressed_to.split("|") if p.strip()]
    if parts and len(parts) != len(real.agencies):
        return gold_lead(real, names)
    return real_lead(real, names)


def officer(real: RealRec, names: dict[str, str] | None = None, by_gold: bool = False) -> str:
    """A Lead Officer cell: a role and the agency (``lead_cell``, or ``gold_lead`` where the written addressee
    is a whole council whose one service the gold holds); the agency alone for several agencies."""
    lead = gold_lead(real, names) if by_gold else lead_cell(real, names)
    if len(real.agencies) == 1 and real.agencies[0] in ROLES:
        return f"{ROLES[real.agencies[0]]}, {lead}"
    return lead


def add(
    g: Gold, real: RealRec, number: str | None, section: str = "overview", heading: str | None = None
) -> Recommendation:
    """The gold recommendation, with a date written inside its text ("by June 2014") as its target date."""
    rec = g.rec(real, number, section, heading)
    found = re.search(r"\bby (" + "|".join(MONTHS) + r") (\d{4})\b", real.text, re.IGNORECASE)
    if found:
        rec.target_date = f"{found.group(2)}-{MONTHS.index(found.group(1).lower()) + 1:02d}"
    return rec


def plan_action(rec: Recommendation, real: RealRec, text: str, lead: str, target: str) -> None:
    """A plan row's gold action: the written action, the Lead printed, the target cell (``TARGETS14``)."""
    rec.actions.append(
        Action(
            text=text,
            agencies=list(real.agencies),  # type: ignore[arg-type]
            target_date=TARGETS14[target],
            lead_text=lead,
            target_date_text=target,
        )
    )


def title_page(w: WordDoc, g: Gold, kind: str = "Overview Report", date: str = "March 2016") -> None:
    w.para(g.csp, bold=True, size=16)
    w.para("Domestic Homicide Review", style="Title")
    w.para(f"Report into the death of {g.subject}", bold=True, size=14)
    w.para(kind, bold=True)
    w.para(f"Independent Overview Report Author. Final report, {date}.")
    w.page_break()


def chronology(w: WordDoc, num: tuple[int, int] | None = None) -> None:
    """A lead-in and a Date | Agency | Contact table of dated events (none a review-process event)."""
    w.para("The table below gives the contacts that were most significant to the review.", num=num)
    rows: list[list[str | None]] = [["Date", "Agency", "Contact"]]
    rows += [list(row) for row in CHRONOLOGY]
    w.table(rows, [2.4, 3.4, 10.6], font_size=9)


def glossary(w: WordDoc, entries: list[tuple[str, str]], title: str = "Glossary") -> None:
    """A heading and a two-column table of initials (Word 2007 "Light List" style)."""
    w.heading(title, 1)
    w.table([["Abbreviation", "Meaning"], *[[a, b] for a, b in entries]], [3.0, 13.4], font_size=9.5)
    w.doc.tables[-1].style = w.doc.styles["Light List Accent 1"]


def tor_appendix(w: WordDoc, title: str = "Appendix A: Terms of reference") -> None:
    """An appendix giving the terms of reference as their own numbered list "1." .. (not recommendations)."""
    w.heading(title, 1)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    items = [
        *TOR_ITEMS,
        *TOR_MORE,
        "To consider whether the review should make recommendations for agencies.",
    ]
    for item in items:
        w.para(item, num=(nid, 0))


def plan07(
    w: WordDoc,
    pairs: list[tuple[Recommendation, RealRec]],
    names: dict[str, str] | None,
    dates: list[str],
    *,
    per_rec: int = 1,
    first: str = "{text}",
    widths: list[float] | None = None,
    style: str = "Light Grid Accent 1",
    font_size: float = 9,
    by_gold: bool = False,
) -> None:
    """A Word 2007 styled plan Recommendation | Action | Lead Officer | Target Date | Evidence of completion,
    the Recommendation cell (``first``: "{n}" its number, "{text}" its text) merged down over its actions."""
    rows: list[list[str | None]] = [
        ["Recommendation", "Action", "Lead Officer", "Target Date", "Evidence of completion"]
    ]
    k = 0
    for rec, real in pairs:
        lead = officer(real, names, by_gold)
        for j in range(per_rec):
            text = ACTIONS14[(k + 2 * j) % len(ACTIONS14)]
            target = dates[k % len(dates)]
            plan_action(rec, real, text, lead, target)
            cell = first.format(n=rec.number, text=rec.text) if j == 0 else None
            rows.append([cell, text, lead, target, EVIDENCE[k % len(EVIDENCE)]])
            k += 1
    w.table(rows, widths or [6.0, 4.4, 3.2, 2.2, 2.6], font_size=font_size)
    w.doc.tables[-1].style = w.doc.styles[style]


def template_2013(g: Gold, chrono: bool = True) -> list[tuple[str, list[object]]]:
    """The Home Office 2013 template's opening chapters: (title, paragraphs); a paragraph is text, (text,
    footnote) or "CHRONOLOGY" (the chronology table)."""
    return [
        ("Introduction", [
            INTRO_PROSE.format(csp=g.csp, subject=g.subject),
            ("The review was carried out under section 9 of the Domestic Violence, Crime and Victims Act 2004.",
             LAW["dvcva"]),
        ]),
        ("Timescales", ["The panel first met in the spring and the report was completed within the year."]),
        ("Confidentiality", ["The names used are pseudonyms agreed with the family."]),
        ("Terms of reference", ["The panel agreed the terms of reference given at Appendix A."]),
        ("Methodology", [("The review followed the Statutory Guidance issued by the Home Office.",
                          LAW["guidance"]), FILLER]),
        ("Involvement of family, friends and the wider community", [PANEL_PROSE[1]]),
        ("Contributors to the review", ["Agencies that had contact provided an IMR and a chronology."]),
        ("The review panel members", [PANEL_PROSE[3]]),
        ("Author of the overview report", ["The author is independent of every agency involved."]),
        ("Parallel reviews", ["The coroner's inquest was opened and adjourned; there was no criminal trial."]),
        ("Equality and diversity", [("The panel considered the protected characteristics of the Equality Act "
                                     "2010.", LAW["equality"])]),
        ("Dissemination", ["The report will be shared with every agency on the panel and with the family."]),
        ("Background information (the facts)", [PANEL_PROSE[2]]),
        ("Chronology", ["CHRONOLOGY"] if chrono else [FILLER]),
        ("Analysis", [PANEL_PROSE[0], ANALYSIS_TRAP]),
    ]  # fmt: skip


def numbered_chapters(
    w: WordDoc, chapters: list[tuple[str, list[object]]], ch: int | None, flat: int | None
) -> None:
    """Write ``chapters``: headings numbered at level 0 of list ``ch`` (paragraphs at level 1), or unnumbered
    headings over paragraphs numbered at level 0 of ``flat``."""
    sub = (ch, 1) if ch is not None else (flat, 0) if flat is not None else None
    for title, paras in chapters:
        w.heading(title, 1, num=(ch, 0) if ch is not None else None)
        for item in paras:
            if item == "CHRONOLOGY":
                chronology(w, sub)
            elif isinstance(item, tuple):
                w.para(item[0], num=sub, footnote=item[1])
            else:
                w.para(str(item), num=sub)


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------

KENT_GLOSSARY = [("DASH", "Domestic Abuse, Stalking and Harassment risk checklist"),
                 ("KMPT", "Kent and Medway NHS and Social Care Partnership Trust"),
                 ("KSCS", "Kent Specialist Children's Services"),
                 ("CCG", "Clinical Commissioning Group"), ("IMR", "Individual Management Review")]  # fmt: skip


def dev_kent_template_2013(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent, Arial 11: the Home Office 2013 template with every paragraph numbered ("1.1" ..) under numbered
    chapters; "16 Lessons to be learned" numbered alike; "17 Conclusions and Recommendations": conclusions
    17.1-17.3, a lead-in 17.4, the recommendations 17.5 .., a closing paragraph; a landscape Word 2007 plan
    (one action each, the Recommendation cell "17.5 text"); a glossary table; appendix terms of reference."""
    g = Gold("dev14-01-kent-template-2013", "Kent Community Safety Partnership", "Mrs Anne")
    w = WordDoc("Arial", 11)
    _look(w, 1.1, 6)
    title_page(w, g, date="June 2015")
    contents(w, [("1. Introduction", "3"), ("4. Terms of reference", "4"), ("14. Chronology", "7"),
                 ("15. Analysis", "10"), ("16. Lessons to be learned", "18"),
                 ("17. Conclusions and Recommendations", "19"), ("Appendix A: Terms of reference", "22"),
                 ("Appendix B: Action plan", "23"), ("Glossary", "25")])  # fmt: skip
    ch = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2")]))
    numbered_chapters(w, template_2013(g), ch, None)
    w.heading("Lessons to be learned", 1, num=(ch, 0))
    w.para("The panel identified the following lessons.", num=(ch, 1))
    for lesson in LESSONS14[:4]:
        w.para(lesson, num=(ch, 1))
    w.heading("Conclusions and Recommendations", 1, num=(ch, 0))
    w.para(
        "The panel concluded that the death could not have been predicted from what agencies knew.",
        num=(ch, 1),
    )
    w.para(PANEL_PROSE[0], num=(ch, 1))
    w.para("The panel did find missed chances to ask about abuse and to share what was known.", num=(ch, 1))
    w.para("The review panel makes the following recommendations:", num=(ch, 1))
    pairs = [(add(g, real, w.para(real.text, num=(ch, 1))), real) for real in pick(pool, "Kent", "", 7, used)]
    w.para(CLOSING14, num=(ch, 1))
    tor_appendix(w)
    w.section(landscape=True)
    w.heading("Appendix B: Action plan", 1)
    dates = ["31/03/2015", "Q2 2015/16", "Ongoing", "September 2015", "6 months", "31st March 2016", "TBC"]
    plan07(w, pairs, KENT_NAMES, dates, first="{n} {text}", widths=[8.6, 5.6, 4.4, 2.6, 4.6])
    w.section(landscape=False)
    glossary(w, KENT_GLOSSARY)
    _header_footer(w, f"Kent DHR {g.subject} - Overview Report - CONFIDENTIAL", "Page {n} of {m}")
    return w, g


NORFOLK14 = {"police": "Norfolk Constabulary",
             "community_safety_partnership": "Norfolk County Community Safety Partnership", "hospital": "Norfolk and Norwich University Hospital",
             "integrated_care_board": "Norfolk Clinical Commissioning Groups",
             "local_health_trust": "Cambridgeshire Community Services",
             "public_health": "Norfolk Public Health"}  # fmt: skip


def dev_norfolk_flat_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk, Times New Roman 12: one flat list numbers every paragraph of the report "1." .. (about 70),
    the chapter headings unnumbered; dated chronology paragraphs in the count; "Lessons to be learned" in it;
    the recommendations continue the count under bold agency lines (``gold_lead``); footnotes citing
    legislation; an appendix with the terms of reference as a list of its own; a glossary table."""
    g = Gold("dev14-02-norfolk-flat-numbers", "Norfolk County Community Safety Partnership", "Joan")
    w = WordDoc("Times New Roman", 12)
    _look(w, 1.0, 8)
    title_page(w, g, date="November 2013")
    contents(w, [("Introduction", "3"), ("The facts", "5"), ("Analysis", "14"), ("Lessons to be learned", "21"),
                 ("Recommendations", "22"), ("Appendix 1", "25"), ("Glossary", "26")])  # fmt: skip
    flat = w.num(w.abstract([Level("decimal", "%1.")]))
    facts = [f"On {d} the {who.lower()} recorded: {what}" for d, who, what in CHRONOLOGY]
    chapters: list[tuple[str, list[object]]] = [
        ("Introduction", [INTRO_PROSE.format(csp=g.csp, subject=g.subject),
                          ("This review was held under section 9 of the Domestic Violence, Crime and Victims Act "
                           "2004.", LAW["dvcva"]), FILLER, PANEL_PROSE[3]]),
        ("Methodology", [FILLER, ("The review followed the statutory Guidance.", LAW["guidance"])]),
        ("Involvement of the family", [PANEL_PROSE[1], FILLER]),
        ("Equality and diversity", [("The panel considered each characteristic in the Equality Act 2010.",
                                     LAW["equality"]), FILLER]),
        ("The facts", [*facts, *MORE_FACTS, PANEL_PROSE[2], FILLER]),
        ("Analysis", [PANEL_PROSE[0], ANALYSIS_TRAP, FILLER,
                      ("Her capacity was presumed, as the Mental Capacity Act 2005 requires.", LAW["mca"]),
                      PANEL_PROSE[1], FILLER, FILLER]),
        ("Conclusions", ["The panel found that the homicide could not have been predicted.", FILLER, FILLER]),
    ]  # fmt: skip
    numbered_chapters(w, chapters, None, flat)
    w.heading("Lessons to be learned", 1)
    for lesson in LESSONS14:
        w.para(lesson, num=(flat, 0))
    w.heading("Recommendations", 1)
    w.para("The panel makes the following recommendations, grouped by the agency responsible.", num=(flat, 0))
    groups: dict[str, list[RealRec]] = {}
    for real in pick(pool, "Norfolk", "", 8, used):
        groups.setdefault(gold_lead(real, NORFOLK14), []).append(real)
    for heading, group in groups.items():
        w.para(heading, bold=True, keep_with_next=True)
        for real in group:
            add(g, real, w.para(real.text, num=(flat, 0)), "single_agency", heading)
    w.para(CLOSING14, num=(flat, 0))
    tor_appendix(w, "Appendix 1 - Terms of Reference")
    glossary(w, [("CCG", "Clinical Commissioning Group"), ("NHCP", "Norfolk Healthy Child Programme"),
                 ("IRIS", "Identification and Referral to Improve Safety"), ("UPW", "Unpaid Work")])  # fmt: skip
    _header_footer(w, f"Norfolk DHR - {g.subject}", "{n}")
    return w, g


IMR_LEAD_IN = "The IMR author made the following recommendations for the agency:"


def dev_nottingham_imr_quoted(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Nottingham, Calibri 11: numbered chapters and paragraphs ("5.3"); an analysis chapter per agency that
    quotes its IMR author's recommendations as unnumbered bullets; then "9 Recommendations" with "Overview Report
    recommendations" (1, 2, each with a "Lead agency:" line) and "Individual agency recommendations" (3 .. under
    agency Heading 3s, the quoted ones again). Each counts once, with the recommendations chapter's number."""
    g = Gold("dev14-03-nottingham-imr-quoted", "Nottingham Crime and Drugs Partnership", "Adult J")
    w = WordDoc("Calibri", 11)
    _look(w, 1.15, 6)
    title_page(w, g, date="January 2017")
    contents(w, [("1. Introduction", "3"), ("4. Chronology", "6"), ("5-7. Analysis by agency", "9"),
                 ("8. Lessons to be learned", "17"), ("9. Recommendations", "18"), ("Glossary", "21")])  # fmt: skip
    ch = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2")]))
    opening: list[tuple[str, list[object]]] = [
        ("Introduction", [INTRO_PROSE.format(csp=g.csp, subject=g.subject), FILLER]),
        ("Terms of reference", ["The terms of reference were agreed at the first panel meeting."]),
        ("Methodology", [("Each agency wrote an IMR, as the statutory Guidance sets out.", LAW["guidance"])]),
        ("Chronology", ["CHRONOLOGY"]),
    ]
    numbered_chapters(w, opening, ch, None)
    police = pick(pool, "Nottingham", "Nottinghamshire Police", 3, used)
    care = pick(pool, "Nottingham", "Adult Social Care", 2, used)
    recovery = pick(pool, "Nottingham", "Recovery Network", 1, used)
    overview = pick(pool, "Nottingham", "", 2, used)
    bullets = w.abstract([Level("bullet", "\uf0b7")])
    for group in (police, care, recovery):
        agency = gold_lead(group[0], NOTTINGHAM_NAMES)
        w.heading(f"Analysis: {agency}", 1, num=(ch, 0))
        w.para(PANEL_PROSE[0] if group is police else FILLER, num=(ch, 1))
        w.para(ANALYSIS_TRAP, num=(ch, 1))
        w.para(IMR_LEAD_IN, num=(ch, 1))
        nid = w.num(bullets)
        for real in group:
            w.para(real.text, num=(nid, 0))
        w.para("The panel endorses these recommendations; they are repeated in section 9.", num=(ch, 1))
    w.heading("Lessons to be learned", 1, num=(ch, 0))
    for lesson in LESSONS14[1:4]:
        w.para(lesson, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The recommendations are in two parts: the panel's own, then those of the agencies.", num=(ch, 1))
    w.heading("Overview Report recommendations", 2)
    recs = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in overview:
        add(g, real, w.para(real.text, num=(recs, 0)))
        w.para(f"Lead agency: {lead_cell(real, NOTTINGHAM_NAMES)}")
    w.heading("Individual agency recommendations", 2)
    for group in (police, care, recovery):
        heading = gold_lead(group[0], NOTTINGHAM_NAMES)
        w.heading(heading, 3)
        for real in group:
            add(g, real, w.para(real.text, num=(recs, 0)), "single_agency", heading)
    glossary(w, [("DART", "Domestic Abuse Referral Team"), ("DAPPN", "Domestic Abuse Public Protection Notice"),
                 ("DVDS", "Domestic Violence Disclosure Scheme"), ("IMR", "Individual Management Review")])  # fmt: skip
    _header_footer(w, f"Nottingham DHR {g.subject} | Overview Report", "Page {n} of {m}")
    return w, g


def dev_sefton_summary_front(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sefton, Arial 11: a "Summary of recommendations" at the front (a Word list "1." .. repeating them); the
    body's chapters and every paragraph numbered "1.1" ..; "8 Lessons to be learned" alike; "9 Recommendations":
    a lead-in 9.1, the recommendations 9.2 .. each followed by an unnumbered "Lead agency:" line, a footnote on
    the Mental Capacity Act inside one; a Word 2007 plan by number ("9.2"); appendix terms of reference."""
    g = Gold("dev14-04-sefton-summary-front", "Sefton Community Safety Partnership", "Adult M")
    w = WordDoc("Arial", 11)
    _look(w, 1.1, 6)
    title_page(w, g, date="September 2016")
    contents(w, [("Summary of recommendations", "2"), ("1. Introduction", "3"), ("5. Chronology", "6"),
                 ("8. Lessons to be learned", "15"), ("9. Recommendations", "16"),
                 ("Appendix A: Terms of reference", "18"), ("Appendix B: Action plan", "19")])  # fmt: skip
    reals = pick(pool, "Sefton", "", 7, used)
    w.heading("Summary of recommendations", 1)
    w.para("The review makes seven recommendations, set out in full in section 9:")
    summary = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in reals:
        w.para(real.text, num=(summary, 0))
    w.page_break()
    ch = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2")]))
    opening: list[tuple[str, list[object]]] = [
        ("Introduction", [INTRO_PROSE.format(csp=g.csp, subject=g.subject),
                          ("The review was held under section 9 of the Domestic Violence, Crime and Victims Act "
                           "2004.", LAW["dvcva"])]),
        ("Terms of reference", ["The terms of reference are at Appendix A."]),
        ("The review panel", [PANEL_PROSE[3]]),
        ("Background", [PANEL_PROSE[2], FILLER]),
        ("Chronology", ["CHRONOLOGY"]),
        ("Analysis", [PANEL_PROSE[0], ANALYSIS_TRAP,
                      ("No section 42 enquiry was opened under the Care Act 2014.", LAW["care"])]),
        ("Conclusions", ["The panel concluded that agencies could not have predicted the homicide."]),
    ]  # fmt: skip
    numbered_chapters(w, opening, ch, None)
    w.heading("Lessons to be learned", 1, num=(ch, 0))
    for lesson in LESSONS14[:3]:
        w.para(lesson, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The panel makes the following recommendations to the Partnership and its agencies:", num=(ch, 1))
    pairs = []
    for real in reals:
        note = LAW["mca"] if "Mental Capacity Act 2005" in real.text else None
        pairs.append((add(g, real, w.para(real.text, num=(ch, 1), footnote=note)), real))
        w.para(f"Lead agency: {lead_cell(real, SEFTON_NAMES)}")
    tor_appendix(w)
    w.heading("Appendix B: Action plan", 1)
    dates = [
        "Q4 2015/16",
        "30/06/2016",
        "Ongoing",
        "Q1 2016/17",
        "End of April 2016",
        "12 months",
        "June 2015",
    ]
    plan07(
        w,
        pairs,
        SEFTON_NAMES,
        dates,
        first="{n}",
        widths=[2.4, 5.6, 4.0, 2.4, 3.2],
        style="Medium Shading 1 Accent 1",
    )
    _header_footer(w, f"Sefton DHR {g.subject}", "Page {n} of {m}")
    return w, g


CORNWALL14 = {"police": "Devon and Cornwall Police", "public_health": "Cornwall Public Health",
              "integrated_care_board": "NHS Kernow", "gp": "GP practices"}  # fmt: skip


def dev_cornwall_two_parts(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cornwall, Verdana 10: "Overview Report recommendations" (a Word list "1.") and "Individual agency
    recommendations" under agency Heading 3s, each agency's list restarting at 1 (numbers repeat); a Word 2007
    plan Recommendation | Action | Lead Officer | Target Date | Evidence of completion, the text merged down
    over two actions; footnotes; a chronology table; a glossary table."""
    g = Gold("dev14-05-cornwall-two-parts", "Safer Cornwall", "Mr Peter")
    w = WordDoc("Verdana", 10)
    _look(w, 1.1, 6)
    title_page(w, g, "Overview Report", "February 2017")
    contents(w, [("Introduction", "3"), ("Chronology", "5"), ("Analysis", "9"), ("Lessons to be learned", "14"),
                 ("Recommendations", "15"), ("Action plan", "17"), ("Glossary", "20")])  # fmt: skip
    numbered_chapters(w, [t for t in template_2013(g) if t[0] in ("Introduction", "Methodology", "Chronology",
                                                                  "Analysis")], None, None)  # fmt: skip
    w.heading("Lessons to be learned", 1)
    for lesson in LESSONS14[2:]:
        w.para(lesson)
    w.heading("Recommendations", 1)
    reals = pick(pool, "Cornwall", "", 6, used)
    overview = [r for r in reals if r.agencies == ["home_office"]]
    single = [r for r in reals if r not in overview]
    w.heading("Overview Report recommendations", 2)
    aid = w.abstract([Level("decimal", "%1.")])
    nid = w.num(aid)
    pairs = [(add(g, real, w.para(real.text, num=(nid, 0))), real) for real in overview]
    w.heading("Individual agency recommendations", 2)
    groups: dict[str, list[RealRec]] = {}
    for real in single:
        groups.setdefault(gold_lead(real, CORNWALL14), []).append(real)
    for heading, group in groups.items():
        w.heading(heading, 3)
        nid = w.num(aid, restart={0: 1})
        for real in group:
            pairs.append((add(g, real, w.para(real.text, num=(nid, 0)), "single_agency", heading), real))
    w.page_break()
    w.heading("Action plan", 1)
    dates = ["December 2015", "Q4 2015/16", "Ongoing", "January 2016", "31st March 2016", "Completed"]
    plan07(w, pairs, CORNWALL14, dates, per_rec=2, widths=[5.6, 4.4, 3.4, 2.2, 2.8], font_size=8.5)
    glossary(w, [("IoS", "Isles of Scilly"), ("CIC", "Community Interest Company"),
                 ("NHRR", "Neighbourhood Harm Reduction Register")])  # fmt: skip
    _header_footer(w, f"Safer Cornwall - DHR {g.subject}", "Page {n}")
    return w, g


DEV14A = {
    "dev14-01-kent-template-2013": dev_kent_template_2013,
    "dev14-02-norfolk-flat-numbers": dev_norfolk_flat_numbers,
    "dev14-03-nottingham-imr-quoted": dev_nottingham_imr_quoted,
    "dev14-04-sefton-summary-front": dev_sefton_summary_front,
    "dev14-05-cornwall-two-parts": dev_cornwall_two_parts,
}
