"""The ``dev20/`` documents (``dev20-01``..``05`` and the pieces the batch shares): a twentieth blind batch of
whole DHR / DARDR reports of 2014-2024, weighted toward agency attribution and actions as real reports print
them, in shapes dev12-dev19 did not cover.

Traits, several per document: a small Action | Lead | By when table under each recommendation; Lead cells
naming two or three agencies on separate lines, or joined by "/" and "and"; initials defined only in a glossary
at the back and used alone in Lead cells ("KMPT", "NNUH", "CCS"); "All agencies", "All panel agencies", "the
Partnership" leads; prose lead-ins per agency ("For Kent Police:" paragraphs, "The following recommendations
are for ..."); agency names written out once and shortened elsewhere ("the Trust", "the Council", "Children's
Services"); recommendations made to a board or partnership whose plan has the partnership ask another body to
act; targets "Complete", "In progress", "Within 6 months", "Q4 2023/24", "31.03.2024"; tagged PDF on and off,
landscape appendix plans, plans split over pages.

Recommendation texts are real (``take``, train and dev splits only, one CSP a document) with their real labels.
A recommendation's printed addressee (lead-in, Lead cell, "Lead:" line) names exactly its gold agencies
(``gold_lead`` with the area's own names, or ``lead_cell``). An action's gold agencies are the ids its own Lead
cell names (``annotations/extraction/README.md``: "the Lead Agency cell's ids"), which for a partnership asked
to write to a national body is the partnership, not the body written to. Actions, lead-ins and prose are written
here.
"""

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import _header_footer
from annotations.wordproc.layouts_dev7 import _look
from annotations.wordproc.layouts_dev13 import section, shade_header, take
from annotations.wordproc.layouts_dev14 import add, chronology, glossary
from annotations.wordproc.layouts_dev15 import margins, styled
from annotations.wordproc.worddoc import Level, WordDoc
from dhr.schema import Action, Recommendation

#: LibreOffice PDF export options: tagged PDF on, and explicitly off (the default, written out as a
#: council's saved export profile would carry it).
TAGGED = '{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
UNTAGGED = '{"UseTaggedPDF":{"type":"boolean","value":"false"}}'

#: Target cells this batch prints, with their gold (wordproc README "Target dates", dev16-dev19 conventions:
#: ISO at the printed precision; "Complete", "In progress", "Within 6 months", "Ongoing" have no date; a
#: financial-year quarter is its last month; "31.03.2024" is day first with stops).
TARGETS20: dict[str, str | None] = {
    "Complete": None,
    "In progress": None,
    "Within 6 months": None,
    "Ongoing": None,
    "31.03.2018": "2018-03-31",
    "30.06.2018": "2018-06-30",
    "Q4 2017/18": "2018-03",
    "Q2 2018/19": "2018-09",
    "Q3 2018/19": "2018-12",
    "31.03.2019": "2019-03-31",
    "Q4 2013/14": "2014-03",
    "31.03.2014": "2014-03-31",
    "30.06.2014": "2014-06-30",
    "Q1 2014/15": "2014-06",
    "31.12.2014": "2014-12-31",
    "30.09.2014": "2014-09-30",
    "31.01.2014": "2014-01-31",
    "Q3 2019/20": "2019-12",
    "Q4 2019/20": "2020-03",
    "31.03.2020": "2020-03-31",
    "30.09.2019": "2019-09-30",
    "Q4 2023/24": "2024-03",
    "31.03.2024": "2024-03-31",
    "Q1 2024/25": "2024-06",
    "Q4 2021/22": "2022-03",
    "31.03.2022": "2022-03-31",
    "Q2 2022/23": "2022-09",
    "30.06.2022": "2022-06-30",
    "31.12.2015": "2015-12-31",
    "Q1 2016/17": "2016-06",
    "Q3 2022/23": "2022-12",
    "31.03.2023": "2023-03-31",
    "Q4 2024/25": "2025-03",
    "31.03.2025": "2025-03-31",
}

#: Chapter prose of this batch (case-neutral, in the register of real overview reports; the analysis carries
#: advice worded "should" that is not a recommendation).
PROSE20 = {
    "Introduction": [
        "This review was commissioned by {csp} after the death of {subject}. The panel first met within three "
        "months of the decision to hold a review and met six times in all. Each agency that knew the family "
        "wrote an account of its contact and of what it has learned.",
        "The panel thanks the family for speaking to the chair, and the practitioners who gave their time.",
    ],
    "Terms of reference": [
        "The review looked at the two years before the death, and earlier contact where it helped to "
        "understand the relationship. It asked how agencies identified and responded to domestic abuse, "
        "whether they shared what they knew, and whether policy was followed.",
    ],
    "Analysis": [
        "Agencies saw parts of the picture but no single agency saw it whole. Three contacts in the final year "
        "each gave a chance to ask about abuse directly; in none of them was the question asked.",
        "Practitioners should feel able to ask about abuse even when the person attends for something else; "
        "the panel heard that staff were unsure how to do so without a private space. This is a matter for "
        "the recommendations below rather than a recommendation in itself.",
        "Records were kept, but they did not say who else was in the room, and so later readers could not "
        "tell whether the victim had been free to speak.",
    ],
    "Conclusions": [
        "The panel does not think the death could have been predicted. It does think that earlier and more "
        "joined-up responses might have changed the course of events, and its recommendations are aimed there.",
    ],
    "Learning": [
        "Professional curiosity matters most when the account given is plausible.",
        "A referral is not the end of a professional's responsibility: checking that it arrived is part of it.",
    ],
}


#: Key contacts of the last two years of a 2022-2024 review (contacts with agencies, not review events; the
#: agencies named in full, never a recommendation's lead).
CHRONOLOGY20 = [
    (
        "09/03/2020",
        "GP practice",
        "Victim seen for poor sleep; she said her partner was under strain at work.",
    ),
    (
        "27/07/2020",
        "Police",
        "Call from a neighbour about raised voices; officers spoke to both at the door.",
    ),
    ("15/10/2020", "Adult Social Care", "Carer's assessment offered to the victim by telephone; declined."),
    (
        "04/02/2021",
        "Hospital",
        "Victim attended the emergency department with a wrist injury; no enquiry made.",
    ),
    ("18/06/2021", "Police", "Domestic abuse incident; DASH risk assessment graded medium."),
]


def key_contacts(w: WordDoc, fill: str = "D9D9D9") -> None:
    """A "Key contacts" heading and a Date | Agency | Contact table (``CHRONOLOGY20``)."""
    w.heading("Key contacts", 1)
    w.table([["Date", "Agency", "Contact"], *[list(row) for row in CHRONOLOGY20]], [2.4, 3.6, 10.2],
            font_size=9.5)  # fmt: skip
    shade_header(w, fill=fill, white=False)


def chapters(w: WordDoc, g: Gold, titles: list[str], level: int = 1) -> None:
    """Headings over this batch's prose (``PROSE20``)."""
    for title in titles:
        w.heading(title, level)
        for text in PROSE20[title]:
            w.para(text.format(csp=g.csp, subject=g.subject))


def cover(w: WordDoc, g: Gold, review: str, lines: list[str]) -> None:
    """A plain cover: the partnership, the review's kind, the subject, then the given lines, a page break."""
    w.para(g.csp, bold=True, size=15)
    w.doc.add_paragraph()
    w.para(review, bold=True, size=24)
    w.para(f"Report into the death of {g.subject}", size=16)
    for line in lines:
        w.para(line)
    w.page_break()


def panel(w: WordDoc, members: list[tuple[str, str]], fill: str = "F2F2F2") -> None:
    """A "Review panel" heading and a Role | Agency table of the members: agencies named in full (a list of
    who sat on the panel, never a recommendation's lead)."""
    w.heading("The review panel", 1)
    w.para("The panel was made up of the following members, none of whom had direct involvement in the case.")
    w.table([["Role", "Agency"], *[[role, agency] for role, agency in members]], [6.0, 10.2], font_size=9.5)
    shade_header(w, fill=fill, white=False)


def act20(
    rec: Recommendation,
    text: str,
    lead: str,
    target: str,
    agencies: list[str],
    targets: dict[str, str | None] = TARGETS20,
) -> None:
    """One gold action: the printed text, the Lead cell as printed (line breaks as spaces) and its ids, the
    target cell (gold date from ``targets``: ``TARGETS20``, or a later batch's table)."""
    rec.actions.append(
        Action(
            text=text,
            agencies=list(agencies),  # type: ignore[arg-type]
            target_date=targets[target],
            lead_text=" ".join(lead.split()),
            target_date_text=target,
        )
    )


def mini_table(
    w: WordDoc,
    rec: Recommendation,
    rows: list[tuple[str, str, str, list[str]]],
    widths: tuple[float, float, float] = (9.6, 3.8, 2.8),
    fill: str = "D9E2F3",
    header: tuple[str, str, str] = ("Action", "Lead", "By when"),
    font_size: float = 9.5,
) -> None:
    """The small Action | Lead | By when table a report prints under one recommendation; each row an action
    (text, Lead cell, target, the Lead cell's agency ids)."""
    table: list[list[str | None]] = [list(header)]
    for text, lead, target, agencies in rows:
        table.append([text, lead, target])
        act20(rec, text, lead, target, agencies)
    w.table(table, list(widths), font_size=font_size)
    shade_header(w, fill=fill, white=False)


def plan_rows(
    w: WordDoc,
    pairs: list[tuple[Recommendation, RealRec]],
    acts: list[list[tuple[str, str, str, list[str]]]],
    header: list[str],
    notes: list[str],
    widths: list[float],
    fill: str,
) -> None:
    """A five-column plan <number> | Action | Lead | Target | <notes>: one row an action of ``acts[i]`` (text,
    Lead cell, target, the Lead cell's ids) for the recommendation of ``pairs[i]``, its number on its first row
    only; the last column ``notes`` in row order; the header shaded ``fill``."""
    plan: list[list[str | None]] = [header]
    k = 0
    for i, (rec, _real) in enumerate(pairs):
        for j, (text, lead, target, ids) in enumerate(acts[i]):
            act20(rec, text, lead, target, ids)
            plan.append([rec.number if j == 0 else None, text, lead, target, notes[k]])
            k += 1
    w.table(plan, widths, font_size=10)
    shade_header(w, fill=fill)


def shade_cells(w: WordDoc, fill: str) -> None:
    """Shade every cell of the last table's first column (a label column)."""
    for row in w.doc.tables[-1].rows:
        tcpr = row.cells[0]._tc.get_or_add_tcPr()
        tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def grey_line(w: WordDoc, text: str) -> None:
    """A small grey paragraph (an author's note under a table)."""
    p = w.doc.add_paragraph()
    run = p.add_run(text)
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------

KENT20 = {
    "police": "Kent Police",
    "childrens_social_care": "KSCS",
    "mental_health_services": "KMPT",
}


def dev_kent_runins_mini_tables(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent 2017, Calibri 11: one Word list "1."-"5." carried on under bold agency lead-in paragraphs "For
    Kent Police:", "For KSCS:", "For KMPT:" (initials defined in a glossary at the back), each item followed by
    an Action | Lead | By when table of one or two actions whose Lead cells use the initials alone."""
    g = Gold("dev20-01-kent-runins-mini-tables", "Kent Community Safety Partnership", "Mr K20")
    w = WordDoc("Calibri", 11)
    margins(w, 2.5)
    _look(w, 1.08, 8)
    cover(
        w, g, "Domestic Homicide Review", ["Overview Report", "Final version for publication, October 2017"]
    )
    chapters(w, g, ["Introduction", "Terms of reference"])
    panel(w, [("Independent Chair and Author", "Independent"),
               ("Detective Inspector, Public Protection", "Kent Police"),
               ("Service Manager", "Kent Specialist Children's Services"),
               ("Named Nurse, Safeguarding Adults", "Kent and Medway NHS and Social Care Partnership Trust"),
               ("Community Safety Manager", "Kent County Council")])  # fmt: skip
    w.heading("Agencies that took part", 1)
    w.para("Kent Police; Kent Specialist Children's Services; Kent and Medway NHS and Social Care Partnership "
           "Trust; the victim's GP practice; and the domestic abuse outreach service.")  # fmt: skip
    chapters(w, g, ["Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel makes five recommendations. They are grouped by the agency that will lead on each, and "
           "each is followed by the actions that agency has agreed.")  # fmt: skip
    reals = take(pool, "Kent", [0, 3, 4, 1, 5], used)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    blocks = [("Kent Police", reals[:3]), ("KSCS", reals[3:4]), ("KMPT", reals[4:])]
    actions = [
        [("Review the handling of the victim's calls of 2 to 7 November against the force's domestic abuse "
          "policy", "Kent Police", "31.03.2018", ["police"]),
         ("Issue revised guidance to control room staff on repeat calls from one address", "Kent Police",
          "Complete", ["police"])],
        [("Review the child referral matrix with KSCS and publish the revised version", "Kent Police",
          "Q4 2017/18", ["police"])],
        [("Add a session on speaking to children to the domestic abuse course for officers and staff",
          "Kent Police", "In progress", ["police"])],
        [("Brief social work teams on asking about contact arrangements where parents have separated", "KSCS",
          "Within 6 months", ["childrens_social_care"]),
         ("Add a prompt on contact arrangements to the assessment template", "KSCS", "30.06.2018",
          ["childrens_social_care"])],
        [("Revise the inpatient discharge policy and circulate it to ward managers", "KMPT", "Q2 2018/19",
          ["mental_health_services"])],
    ]  # fmt: skip
    k = 0
    for agency, group in blocks:
        w.para(f"For {agency}:", bold=True, keep_with_next=True)
        for real in group:
            label = w.para(real.text, num=(nid, 0), keep_with_next=True)
            rec = add(g, real, label, "single_agency", agency)
            mini_table(w, rec, actions[k])
            k += 1
    w.heading("Glossary", 1)
    w.table([["KMPT", "Kent and Medway NHS and Social Care Partnership Trust"],
             ["KSCS", "Kent Specialist Children's Services"],
             ["DASH", "Domestic Abuse, Stalking and Harassment and Honour Based Violence risk checklist"],
             ["MARAC", "Multi-Agency Risk Assessment Conference"]], [3.0, 13.0], header_rows=0,
            font_size=10)  # fmt: skip
    _header_footer(w, "Kent DHR Mr K20 - Overview Report", "Page {n} of {m}")
    return w, g


NORFOLK20 = {
    "hospital": "NNUH",
    "gp": "GP practices",
    "local_health_trust": "CCS",
    "public_health": "DPH",
    "integrated_care_board": "CCGs",
    "police": "NC",
    "probation_service": "NPS",
}


def dev_norfolk_initials_ho_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk 2014, Times New Roman 12: a No. | Recommendation | Lead table whose Lead cells hold initials
    only ("NNUH", "NC", "CCS", "NPS"), two agencies on two lines ("GP practices" / "CCS", "DPH" / "CCGs"),
    the initials defined in a glossary at the back; a landscape Home Office plan appendix (Recommendation |
    Scope | Action | Lead Agency | Key milestones | Target Date | Date of completion and outcome) with the
    same Lead cells; tagged PDF."""
    g = Gold("dev20-02-norfolk-initials-ho-plan", "Norfolk County Community Safety Partnership", "Adult N20")
    w = WordDoc("Times New Roman", 12)
    margins(w, 2.54)
    _look(w, 1.15, 6)
    cover(w, g, "Domestic Homicide Review", ["Overview Report", "March 2014"])
    chapters(w, g, ["Introduction", "Terms of reference"])
    w.heading("Chronology", 1)
    chronology(w)
    chapters(w, g, ["Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The recommendations below are numbered in the order the panel agreed them. The agency leading on "
           "each is shown by its initials; the glossary at the end of this report gives them in full.")  # fmt: skip
    reals = take(pool, "Norfolk", [0, 1, 3, 4, 6, 7, 8], used)
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead"]]
    pairs = []
    for n, real in enumerate(reals, 1):
        lead = "\n".join(NORFOLK20[a] for a in real.agencies)
        rows.append([str(n), real.text, lead])
        pairs.append((add(g, real, str(n)), real, lead))
    w.table(rows, [1.2, 12.0, 2.8], font_size=10.5)
    styled(w, "Light Grid Accent 1")
    w.para("The Partnership will monitor the action plan at Appendix 2 through its DHR sub-group.")
    section(w, landscape=True)
    w.heading("Appendix 2: Action Plan", 1)
    plan: list[list[str | None]] = [["Recommendation", "Scope", "Action", "Lead Agency", "Key milestones",
                                     "Target Date", "Date of completion and outcome"]]  # fmt: skip
    acts = [
        [("Write a missed appointments procedure for adult outpatients", "Q4 2013/14")],
        [("Issue a model safeguarding adults and domestic abuse policy to every practice", "31.03.2014")],
        [("Agree a domestic abuse policy template for practices", "30.06.2014"),
         ("Adopt the template within the community services' own safeguarding policy", "Q1 2014/15")],
        [("Set up a strategy group led by the Director of Public Health and a CCG lead", "Complete")],
        [("Add a next-day call to the domestic abuse investigation checklist", "In progress")],
        [("Audit 20 cases a year against the Pre-Birth Protocol", "31.12.2014")],
        [("Remind unpaid work supervisors to record what was said in each session", "Within 6 months")],
    ]  # fmt: skip
    milestones = ["Draft to clinical governance 12/02/2014", "", "Template agreed 03/04/2014", "",
                  "Checklist revised", "First audit 07/2014", ""]  # fmt: skip
    outcomes = ["", "Issued 20/03/2014", "", "Group first met 16/01/2014", "", "", ""]
    for i, (rec, real, lead) in enumerate(pairs):
        for j, (text, target) in enumerate(acts[i]):
            if len(real.agencies) > 1 and len(acts[i]) == len(real.agencies):
                who, ids = NORFOLK20[real.agencies[j]], [real.agencies[j]]  # one action for each agency
            else:
                who, ids = lead, list(real.agencies)
            act20(rec, text, who, target, ids)
            plan.append([rec.number if j == 0 else None, real.level.capitalize() if j == 0 else None, text, who,
                         milestones[i] if j == 0 else "", target, outcomes[i] if j == 0 else ""])  # fmt: skip
    w.table(plan, [3.1, 1.9, 6.8, 2.6, 4.0, 2.6, 4.4], font_size=9)
    shade_header(w, fill="1F4E79")
    section(w)
    glossary(w, [("CCG", "Clinical Commissioning Group"), ("CCS", "Cambridgeshire Community Services NHS Trust"),
                 ("DPH", "Director of Public Health, Norfolk County Council"),
                 ("NC", "Norfolk Constabulary"),
                 ("NNUH", "Norfolk and Norwich University Hospitals NHS Foundation Trust"),
                 ("NPS", "National Probation Service"), ("UPW", "Unpaid work")])  # fmt: skip
    _header_footer(w, "Norfolk DHR Adult N20", "Page {n}")
    return w, g


SEFTON20 = {
    "marac": "Sefton MARAC Steering Group",
    "all_agencies": "All agencies",
    "community_safety_partnership": "the Partnership",
    "police": "Merseyside Police",
    "probation_service": "National Probation Service",
}


def dev_sefton_partnership_leads_split(
    pool: dict[str, list[RealRec]], used: set[str]
) -> tuple[WordDoc, Gold]:
    """Sefton 2019, Georgia 11: "Recommendation N" bold lines over noun-phrase texts, each with a "Lead:"
    line ("the Partnership", having written out "Sefton Community Safety Partnership (the Partnership)"
    once; "All agencies", "All panel agencies", "Sefton MARAC Steering Group", two agencies on two lines);
    a portrait plan Rec | Action | Lead agency | Target date | Update whose long dated updates split it over
    pages, one Lead cell naming three agencies on three lines for an all-agency recommendation."""
    g = Gold("dev20-03-sefton-partnership-leads-split", "Sefton Community Safety Partnership", "Ms S20")
    w = WordDoc("Georgia", 11)
    margins(w, 2.3)
    _look(w, 1.1, 8)
    cover(w, g, "Domestic Homicide Review", ["Overview Report", "Final, September 2019"])
    w.heading("Introduction", 1)
    w.para("This review was commissioned by Sefton Community Safety Partnership (the Partnership). The "
           "Partnership's DHR sub-group oversaw the panel's work and will oversee the action plan.")  # fmt: skip
    panel(w, [("Independent Chair", "Independent"), ("Chair, DHR sub-group", "Sefton Council"),
               ("Detective Chief Inspector", "Merseyside Police"),
               ("Senior Probation Officer", "National Probation Service"),
               ("Head of Safeguarding", "Southport and Ormskirk Hospital NHS Trust"),
               ("MARAC Co-ordinator", "Sefton MARAC")], fill="E4DFEC")  # fmt: skip
    chapters(w, g, ["Terms of reference", "Analysis", "Learning", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("Where a recommendation is for every agency on the panel the lead is shown as all agencies; the "
           "Partnership will ask each of them for evidence.")  # fmt: skip
    reals = take(pool, "Sefton", [0, 1, 2, 3, 4, 5, 6], used)
    leads = ["Sefton MARAC Steering Group", "All agencies", "the Partnership", "All panel agencies",
             "the Partnership", "All agencies", "Merseyside Police\nNational Probation Service"]  # fmt: skip
    recs = []
    for n, (real, lead) in enumerate(zip(reals, leads, strict=True), 1):
        w.para(f"Recommendation {n}", bold=True, keep_with_next=True)
        w.para(real.text, keep_with_next=True)
        p = w.doc.add_paragraph()
        p.add_run("Lead: ").bold = True
        p.add_run(lead)
        recs.append(add(g, real, str(n)))  # the label word is not the number
    w.heading("Action plan", 1)
    three = "Merseyside Police\nSefton Council Adult Social Care\nSouthport and Ormskirk Hospital NHS Trust"
    acts = [
        ("Redraft the MARAC protocol and take it to the steering group for sign-off", leads[0], "Q3 2019/20",
         ["marac"]),
        ("Each agency to check how its systems flag victims and perpetrators and report the result to the "
         "Partnership", three, "31.03.2020", ["police", "adult_social_care", "hospital"]),
        ("Commission a review of the support offered to victims with complex needs", leads[2], "Q4 2019/20",
         ["community_safety_partnership"]),
        ("Send the Partnership a map of each agency's information sharing pathways", leads[3], "Complete",
         ["all_agencies"]),
        ("Publish a seven-minute briefing on the learning from this review", leads[4], "Complete",
         ["community_safety_partnership"]),
        ("Add the Mental Capacity Act to each agency's domestic abuse training", leads[5], "In progress",
         ["all_agencies"]),
        ("Give written assurance that the Information Sharing Agreement is in use", leads[6], "30.09.2019",
         ["police", "probation_service"]),
    ]  # fmt: skip
    updates = [
        "Draft protocol circulated 12/08/2019; comments from the police and the hospital trust received. "
        "The steering group will consider the final draft at its meeting of 14/11/2019.",
        "Police and hospital returns received 30/10/2019. Adult Social Care's system supplier has been asked "
        "to quote for a flag; the quote is expected in January 2020. A further update will follow.",
        "Terms of reference for the review agreed 02/09/2019. Provider engagement events held 17/10/2019 and "
        "24/10/2019; the findings will go to the Partnership board in the new year.",
        "All returns received by 15/08/2019 and reported to the sub-group.",
        "Briefing published on the Partnership website 01/08/2019 and sent to all panel agencies.",
        "Four of six agencies have updated their course materials. The remaining two have dates in the "
        "training calendar for 2020. The sub-group will ask for copies of the materials when all are done.",
        "Letter of assurance received from both agencies 26/09/2019.",
    ]
    plan: list[list[str | None]] = [["Rec", "Action", "Lead agency", "Target date", "Update"]]
    for rec, (text, lead, target, ids), update in zip(recs, acts, updates, strict=True):
        act20(rec, text, lead, target, ids)
        plan.append([rec.number, text, lead, target, update])
    w.table(plan, [1.3, 4.6, 3.6, 2.6, 4.3], font_size=10)
    shade_header(w, fill="7B2C83")
    glossary(w, [("MARAC", "Multi-Agency Risk Assessment Conference"), ("MCA", "Mental Capacity Act 2005")])
    _header_footer(w, "Sefton DHR Ms S20 - Overview Report", "Page {n} of {m}")
    return w, g


def dev_nottingham_dardr_following_for(
    pool: dict[str, list[RealRec]], used: set[str]
) -> tuple[WordDoc, Gold]:
    """Nottingham 2023 DARDR, Verdana 10: one Word list "1."-"8." under plain lead-in sentences "The
    following recommendations are for Nottinghamshire Police." / "... is for NRN." / "... are for Adult
    Social Care." (the names written out once in the agencies chapter: "Nottingham Recovery Network (NRN)",
    "Nottingham City Council (the Council) ... Adult Social Care"); an action plan of one small table per
    agency, each under the agency's short name, Rec | Action | Lead | By when; tagged PDF."""
    g = Gold("dev20-04-nottingham-dardr-following-for", "Nottingham Crime and Drugs Partnership", "Ms T20")
    w = WordDoc("Verdana", 10)
    margins(w, 2.2)
    _look(w, 1.15, 6)
    cover(w, g, "Domestic Abuse Related Death Review",
          ["Overview report", "Death by suicide", "Published November 2023"])  # fmt: skip
    chapters(w, g, ["Introduction"])
    w.heading("Agencies involved", 1)
    w.para("Nottinghamshire Police; Nottingham Recovery Network (NRN), the city's drug and alcohol service; "
           "Nottingham City Council (the Council), through its Adult Social Care service and its housing "
           "team; the victim's GP practice; and Nottingham University Hospitals NHS Trust.")  # fmt: skip
    key_contacts(w, "E2EFD9")
    chapters(w, g, ["Analysis", "Learning", "Conclusions"])
    w.heading("Recommendations", 1)
    reals = take(pool, "Nottingham", [0, 1, 2, 3, 4, 5, 6, 7], used)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    groups = [
        (
            "The following recommendations are for Nottinghamshire Police.",
            "Nottinghamshire Police",
            reals[:5],
        ),
        ("The following recommendation is for NRN.", "NRN", reals[5:6]),
        ("The following recommendations are for Adult Social Care.", "Adult Social Care", reals[6:]),
    ]
    by_agency: list[tuple[str, list[tuple[Recommendation, RealRec]]]] = []
    for lead_in, short, group in groups:
        w.para(lead_in, keep_with_next=True)
        recs = [(add(g, real, w.para(real.text, num=(nid, 0))), real) for real in group]
        by_agency.append((short, recs))
    w.para("The Council will report progress on the Adult Social Care actions to the Partnership's DARDR "
           "group; the police and NRN will report through their own governance.")  # fmt: skip
    w.heading("Action plan", 1)
    acts = {
        "1": ("Remind staff through the force intranet to link suspected offences to the Niche record",
              "Notts Police", "Complete", ["police"]),
        "2": ("Refresh internal communications on DAPPN submission before going off duty", "Notts Police",
              "Q4 2023/24", ["police"]),
        "4": ("Widen the search used for domestic abuse management information beyond NICL tags",
              "Notts Police", "31.03.2024", ["police"]),
        "6": ("Review the discharge procedure so that managers can agree a different response",
              "NRN", "Within 6 months", ["drug_and_alcohol_services"]),
        "7": ("Add a history check to the duty workers' DART referral checklist",
              "Adult Social Care", "In progress", ["adult_social_care"]),
    }  # fmt: skip
    for short, recs in by_agency:
        w.para(short, bold=True, keep_with_next=True)
        rows: list[list[str | None]] = [["Rec", "Action", "Lead", "By when"]]
        for rec, _ in recs:
            if rec.number in acts:
                text, lead, target, ids = acts[rec.number]
                act20(rec, text, lead, target, ids)
                rows.append([rec.number, text, lead, target])
        w.table(rows, [1.1, 9.4, 3.2, 2.9], font_size=9)
        shade_header(w, fill="E2EFD9", white=False)
    _header_footer(w, "OFFICIAL - Nottingham DARDR Ms T20", "{n}")
    return w, g


def dev_cornwall_dardr_board_asks(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cornwall 2021 DARDR, Arial 10.5: recommendations made to the Safer Cornwall board, in a No. |
    Recommendation | Agency table (Agency "NHS Kernow / Kernow Health CIC" with "/"; "Public Health" for the
    written-out "Cornwall & Isles of Scilly Public Health"); a landscape Home Office plan appendix whose rows
    for the national recommendations have Safer Cornwall writing to the Home Office and NHS England (the
    action's lead the partnership), two actions of the GP recommendation led one each by the two bodies, long
    Key milestones cells splitting the table over pages; tagged PDF."""
    g = Gold("dev20-05-cornwall-dardr-board-asks", "Safer Cornwall", "Adult C20")
    w = WordDoc("Arial", 10.5)
    margins(w, 2.2)
    _look(w, 1.15, 6)
    cover(w, g, "Domestic Abuse Related Death Review",
          ["Overview Report", "Type of death: suicide", "Final report, December 2021"])  # fmt: skip
    w.heading("Introduction", 1)
    w.para("Safer Cornwall commissioned this review under its domestic abuse related death review protocol. "
           "Panel members came from Devon & Cornwall Police, Cornwall & Isles of Scilly Public Health, NHS "
           "Kernow Clinical Commissioning Group, Kernow Health CIC (the GP federation) and the specialist "
           "domestic abuse service.")  # fmt: skip
    chapters(w, g, ["Terms of reference", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel makes its recommendations to the Safer Cornwall board. Where a recommendation is for a "
           "national body, the board has agreed to write to that body and to report its reply.")  # fmt: skip
    reals = take(pool, "Cornwall", [0, 1, 2, 3, 4, 5], used)
    agency = ["Home Office", "Public Health", "Public Health", "NHS Kernow / Kernow Health CIC",
              "Devon & Cornwall Police", "NHS England"]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Recommendation", "Agency"]]
    pairs = []
    for n, (real, who) in enumerate(zip(reals, agency, strict=True), 1):
        rows.append([str(n), real.text, who])
        pairs.append((add(g, real, str(n)), real))
    w.table(rows, [1.0, 12.0, 3.4], font_size=9.5)
    shade_header(w, fill="00594F")
    section(w, landscape=True)
    w.heading("Appendix A: Action plan", 1)
    plan: list[list[str | None]] = [["Recommendation", "Scope", "Action to take", "Lead Agency",
                                     "Key milestones", "Target date", "Date of completion and outcome"]]  # fmt: skip
    csp = ["community_safety_partnership"]
    acts = [
        [("Write to the Home Office asking that the leaflets and statutory guidance be amended",
          "Safer Cornwall", "Complete", csp)],
        [("Add self-harm and its links with suicide to the suicide prevention training offer", "Public Health",
          "Q4 2021/22", ["public_health"])],
        [("Hold a learning event for partner agencies on risk factors in deaths by suicide", "Public Health",
          "31.03.2022", ["public_health"])],
        [("Issue a model domestic abuse policy to every practice", "NHS Kernow", "Within 6 months",
          ["integrated_care_board"]),
         ("Audit practice policies against the model and report to the board", "Kernow Health CIC",
          "Q2 2022/23", ["gp"])],
        [("Review how cases are put on the Neighbourhood Harm Reduction Register", "Devon & Cornwall Police",
          "In progress", ["police"])],
        [("Write to NHS England asking that complex cases are audited", "Safer Cornwall", "30.06.2022", csp)],
    ]  # fmt: skip
    milestone = ("Task and finish group formed 10/01/2022; terms agreed 24/01/2022; draft to the board "
                 "07/03/2022; consultation with practices and the GP federation to follow, then a second "
                 "draft; publication on the partnership website once agreed.")  # fmt: skip
    outcomes = ["Letter sent 14/12/2021; reply received 02/02/2022", "", "", "", "", ""]
    for i, (rec, real) in enumerate(pairs):
        for j, (text, lead, target, ids) in enumerate(acts[i]):
            act20(rec, text, lead, target, ids)
            first = j == 0
            plan.append([rec.text if first else None, real.level.capitalize() if first else None, text, lead,
                         milestone if i % 2 else "", target, outcomes[i] if first else ""])  # fmt: skip
    w.table(plan, [6.6, 1.8, 5.0, 3.0, 4.6, 2.4, 3.2], font_size=9)
    shade_header(w, fill="00594F")
    _header_footer(w, "Safer Cornwall - DARDR Adult C20", "OFFICIAL-SENSITIVE | Page {n} of {m}")
    return w, g


DEV20A = {
    "dev20-01-kent-runins-mini-tables": dev_kent_runins_mini_tables,
    "dev20-02-norfolk-initials-ho-plan": dev_norfolk_initials_ho_plan,
    "dev20-03-sefton-partnership-leads-split": dev_sefton_partnership_leads_split,
    "dev20-04-nottingham-dardr-following-for": dev_nottingham_dardr_following_for,
    "dev20-05-cornwall-dardr-board-asks": dev_cornwall_dardr_board_asks,
}
