"""The ``dev22/`` documents (``dev22-01``..``05`` and the pieces the batch shares): a twenty-second blind batch
of whole DHR / DARDR reports of 2014-2024, weighted to AGENCIES read from the LAYOUT of the PDF export.

Traits, several per document: agency headings and Lead / Agency cells whose names are written otherwise than the
plain service names (full trust names, initials, "the Trust", "Children's Services", two agencies in one cell
joined by "/" or "and"); the agency column on the left of a recommendation table (merged down over a page
break) or on the right of a plan; agency headings as rows spanning a table; agency sub-headings styled as bold
body text or as Heading 3; landscape Home Office plans with a Lead Agency column and theme rows; running
headers; footnotes (one on an agency heading); target dates written "Ongoing", "Q2 2024/25", "within 6 months",
"31.03.25", "March 2025", "Sept 2017".

Recommendation texts are real (``take``, train and dev splits only, one CSP a document) with their real labels.
Every printed agency context (heading, table row, Agency / Lead cell, "Lead agency:" line) names exactly the
recommendation's gold agencies, in the area's own wording; an action's gold agencies are its recommendation's,
and its Lead cell names them. Actions, headings, prose and dates are written here.
"""

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev7 import PANEL_PROSE, _look
from annotations.wordproc.layouts_dev13 import section, shade_header, shade_span_rows, take
from annotations.wordproc.layouts_dev14 import add, glossary, title_page
from annotations.wordproc.layouts_dev15 import margins, styled
from annotations.wordproc.layouts_dev20 import act20, cover, panel
from annotations.wordproc.vocab import ANALYSIS_TRAP, INTRO_PROSE, TOR_ITEMS
from annotations.wordproc.worddoc import Level, WordDoc
from dhr.schema import Recommendation

#: Target cells this batch prints, with their gold (wordproc README "Target dates", dev16-dev21 conventions:
#: ISO at the printed precision; "Ongoing", "within 6 months", "Immediate", "TBC" have no date; a financial-year
#: quarter is its last month; "31.03.25" is day first with stops and a two-digit year; "Sept 2017" a month).
TARGETS22: dict[str, str | None] = {
    "Ongoing": None,
    "within 6 months": None,
    "Within 3 months": None,
    "Immediate": None,
    "TBC": None,
    # Nottingham 2019
    "Q2 2019/20": "2019-09",
    "Q3 2019/20": "2019-12",
    "31.03.20": "2020-03-31",
    "March 2020": "2020-03",
    "30.09.19": "2019-09-30",
    # Kent 2016
    "Q1 2016/17": "2016-06",
    "Q3 2016/17": "2016-12",
    "31.12.16": "2016-12-31",
    "March 2017": "2017-03",
    "30/09/2016": "2016-09-30",
    # Norfolk 2014 (dev22-03) and 2013 (dev22-08)
    "Q2 2014/15": "2014-09",
    "31.03.15": "2015-03-31",
    "December 2014": "2014-12",
    "Q4 2013/14": "2014-03",
    "31.03.14": "2014-03-31",
    "March 2014": "2014-03",
    "30.06.14": "2014-06-30",
    # Sefton 2017
    "Q2 2017/18": "2017-09",
    "31.03.18": "2018-03-31",
    "March 2018": "2018-03",
    "Sept 2017": "2017-09",
    "Q4 2017/18": "2018-03",
    # Cornwall 2020
    "Q3 2020/21": "2020-12",
    "31.03.21": "2021-03-31",
    "March 2021": "2021-03",
    "Q1 2021/22": "2021-06",
    # Durham 2016
    "Q4 2016/17": "2017-03",
    "31.10.16": "2016-10-31",
    # Kent and Medway 2024
    "Q2 2024/25": "2024-09",
    "31.03.25": "2025-03-31",
    "March 2025": "2025-03",
    # Harlow 2023
    "Q4 2023/24": "2024-03",
    "31.03.24": "2024-03-31",
    "March 2024": "2024-03",
    "Q1 2024/25": "2024-06",
    # Sheffield 2021
    "Q2 2021/22": "2021-09",
    "31.03.22": "2022-03-31",
    "January 2022": "2022-01",
}

#: Chapter prose of this batch (case-neutral, in the register of real overview reports; the analysis carries
#: advice worded "should" that is not a recommendation).
PROSE22 = {
    "Introduction": [
        INTRO_PROSE,
        "The panel met five times. Each agency that had contact with the family wrote an individual management "
        "review (IMR) and a chronology; the panel read them beside each other before it drew its conclusions.",
    ],
    "Terms of reference": TOR_ITEMS[:3],
    "Background": [PANEL_PROSE[2], FILLER],
    "Analysis": [
        PANEL_PROSE[0],
        ANALYSIS_TRAP,
        "The panel heard that the agencies did not know what the others held. A practitioner should not have to "
        "guess whether a referral has been received; the panel returns to this in its recommendations.",
        "The victim's contacts with health services were for ordinary complaints, and she attended alone only "
        "twice. On both occasions the consultation was short and no question was asked about home. The panel "
        "accepts that time is short in such settings, but the question takes less than a minute to ask and "
        "the IMR authors agree that it should have been asked.",
    ],
    "Conclusions": [
        "The panel does not consider that the death could have been predicted. It does consider that there were "
        "missed chances to ask about abuse, to record what was said and to share it, and its recommendations "
        "are aimed at those chances.",
    ],
    "Lessons learned": [
        "Asking once is not enough: a victim may answer differently when the question is asked again, in "
        "private, by someone she has come to trust.",
    ],
}


def chapters(w: WordDoc, g: Gold, titles: list[str], level: int = 1) -> None:
    """Headings over this batch's prose (``PROSE22``)."""
    for title in titles:
        w.heading(title, level)
        for text in PROSE22[title]:
            w.para(text.format(csp=g.csp, subject=g.subject))


def act22(rec: Recommendation, text: str, lead: str, target: str) -> None:
    """One gold action: the printed text, the Lead cell as printed (line breaks as spaces), the target cell (gold
    from ``TARGETS22``); its agencies are the recommendation's (the Lead cell names exactly those)."""
    act20(rec, text, lead, target, list(rec.agencies), TARGETS22)


def ho_plan(
    w: WordDoc,
    rows: list[tuple[str | None, Recommendation | None, str, list[tuple[str, str, str, str]]]],
    widths: list[float],
    fill: str,
    *,
    done: str = "",
) -> None:
    """The Home Office seven-column plan: Recommendation | Scope | Action to take | Lead Agency | Key milestones
    | Target Date | Date of completion and outcome. ``rows``: (theme row text or None, recommendation or None
    for a theme row alone, scope, actions (text, Lead Agency cell, milestone, target)); the recommendation and
    scope cells merged down over its actions. Completion cells hold ``done`` (dates that are not targets)."""
    plan: list[list[str | None]] = [["Recommendation", "Scope", "Action to take", "Lead Agency",
                                     "Key milestones", "Target Date", "Date of completion and outcome"]]  # fmt: skip
    for theme, rec, scope, acts in rows:
        if theme:
            plan.append([theme])
        if rec is None:
            continue
        for j, (text, lead, milestone, target) in enumerate(acts):
            act22(rec, text, lead, target)
            first = j == 0
            plan.append([f"{rec.number}. {rec.text}" if first else None, scope if first else None, text, lead,
                         milestone, target, done if first else ""])  # fmt: skip
    w.table(plan, widths, font_size=8.5)
    shade_header(w, fill=fill)
    shade_span_rows(w, "E7E6E6")


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------


def dev_nottingham_agency_left_merged(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Nottingham 2019, Arial 11: the recommendations in an Agency | No. | Recommendation table, the Agency column
    on the LEFT merged down over each agency's rows (the police cell over five rows that run over a page break,
    the council's written on two lines "Nottingham City Council" / "Adult Social Care"); a landscape appendix
    plan Rec | Action | Target date | Lead with the Lead column on the RIGHT in short forms ("Notts Police",
    "NRN", "NCC Adult Social Care"); running header "OFFICIAL - SENSITIVE"."""
    g = Gold("dev22-01-nottingham-agency-left-merged", "Nottingham Crime and Drugs Partnership", "Adult K22")
    w = WordDoc("Arial", 11)
    margins(w, 2.3)
    _look(w, 1.15, 6)
    cover(w, g, "Domestic Homicide Review", ["Overview Report", "Final version, November 2019"])
    chapters(w, g, ["Introduction", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The recommendations are set out below by the agency that is to lead on them. The police have "
           "accepted five, the recovery service one and the City Council's adult social care service two.")  # fmt: skip
    reals = take(pool, "Nottingham", [0, 1, 2, 3, 4, 5, 6, 7], used)
    cells = ["Nottinghamshire Police\n(Public Protection)", "Nottingham Recovery Network (NRN)",
             "Nottingham City Council\nAdult Social Care"]  # fmt: skip
    owner = [0, 0, 0, 0, 0, 1, 2, 2]
    rows: list[list[str | None]] = [["Agency", "No.", "Recommendation"]]
    recs = []
    for n, (real, who) in enumerate(zip(reals, owner, strict=True), 1):
        first = n == 1 or owner[n - 2] != who
        rows.append([cells[who] if first else None, str(n), real.text])
        recs.append(add(g, real, str(n)))  # the Agency column names the addressee; no heading
    w.table(rows, [3.6, 1.2, 11.6], font_size=10)
    shade_header(w, fill="1F4E79")
    w.para("Each agency has agreed the actions in Appendix 2 and will report progress to the Partnership's DHR "
           "steering group.")  # fmt: skip
    glossary(w, [("DAPPN", "Domestic abuse public protection notice"), ("DART", "Domestic abuse referral team"),
                 ("DASU", "Domestic abuse support unit"), ("DVDS", "Domestic Violence Disclosure Scheme"),
                 ("NICL", "National incident category list"), ("NRN", "Nottingham Recovery Network")],
             "Appendix 1: Glossary")  # fmt: skip
    section(w, landscape=True)
    w.heading("Appendix 2: Action plan", 1)
    short = {0: "Notts Police", 1: "NRN", 2: "NCC Adult Social Care"}
    acts = [
        [("Intranet reminder to officers and staff on linking suspects to the Niche record", "Ongoing")],
        [("Refresh the DAPPN guidance and brief response sergeants", "Q2 2019/20"),
         ("Check a sample of DAPPNs for a DASU task before the officer went off duty", "31.03.20")],
        [("Add the domestic abuse tag to the Niche occurrence checklist", "within 6 months")],
        [("Rewrite the management information search so that it does not rely on NICL tags", "March 2020")],
        [("Brief public protection staff on DVDS applications for family members", "30.09.19")],
        [("Review the discharge procedure so that a manager can agree a different response", "Q3 2019/20")],
        [("Remind duty workers to read the case history before responding to a DART referral", "Immediate")],
        [("Add a prompt to seek other contact numbers and agencies to the duty checklist", "Q3 2019/20")],
    ]  # fmt: skip
    plan: list[list[str | None]] = [["Rec", "Action", "Target date", "Lead"]]
    for rec, who, items in zip(recs, owner, acts, strict=True):
        for j, (text, target) in enumerate(items):
            act22(rec, text, short[who], target)
            plan.append([rec.number if j == 0 else None, text, target, short[who]])
    w.table(plan, [1.4, 14.6, 3.4, 5.0], font_size=10)
    shade_header(w, fill="1F4E79")
    _header_footer(w, "OFFICIAL - SENSITIVE", "Nottingham DHR Adult K22 | Page {n} of {m}")
    return w, g


def dev_kent_ho_plan_themes(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent 2016, Calibri 11: a Word list "1."-"6." of texts naming their agency; a landscape Home Office plan
    appendix with theme rows spanning the width ("Theme 1 - Police response - Kent-wide"), the Recommendation
    and Scope cells merged down over two actions, the Lead Agency cells in full ("Kent & Medway NHS and Social
    Care Partnership Trust", "Kent County Council - Specialist Children's Services"), targets "Q1 2016/17",
    "31.12.16", "within 6 months", "March 2017", "Ongoing"; running header naming the review."""
    g = Gold("dev22-02-kent-ho-plan-themes", "Kent Community Safety Partnership", "Mrs L22")
    w = WordDoc("Calibri", 11)
    margins(w, 2.5)
    _look(w, 1.08, 8)
    title_page(w, g, date="April 2016")
    chapters(w, g, ["Introduction", "Background", "Analysis", "Conclusions", "Lessons learned"])
    w.heading("Recommendations", 1)
    w.para("The Review Panel makes six recommendations. The action plan at Appendix A sets out what each agency "
           "will do, grouped under the three themes the panel identified.")  # fmt: skip
    reals = take(pool, "Kent", [0, 3, 4, 1, 5, 6], used)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    recs = [add(g, real, w.para(real.text, num=(nid, 0))) for real in reals]
    w.para("The Kent Community Safety Partnership's DHR steering group will monitor the plan.")
    glossary(w, [("KMPT", "Kent & Medway NHS and Social Care Partnership Trust"),
                 ("KSCS", "Kent Specialist Children's Services, Kent County Council")])  # fmt: skip
    section(w, landscape=True)
    w.heading("Appendix A: Action plan", 1)
    police, kmpt = "Kent Police", "Kent & Medway NHS and Social Care Partnership Trust"
    kscs = "Kent County Council - Specialist Children's Services"
    rows: list[tuple[str | None, Recommendation | None, str, list[tuple[str, str, str, str]]]] = [
        ("Theme 1 - Police response - Kent-wide", recs[0], "Local",
         [("Review the response to the calls of 2 to 7 November against force policy", police,
           "Review commissioned from Professional Standards", "Q1 2016/17"),
          ("Amend the domestic abuse policy and guidance with the lessons of this review", police,
           "Draft policy to force policy board", "31.12.16")]),
        (None, recs[1], "Local",
         [("Review the child referral matrix, consulting KSCS on the criteria", police,
           "Joint workshop held", "within 6 months")]),
        (None, recs[2], "Local",
         [("Add speaking to children to the domestic abuse course for officers and staff", police,
           "Course content revised", "March 2017")]),
        ("Theme 2 - Children living with domestic abuse - Kent-wide", recs[3], "Local",
         [("Brief social work teams on asking about contact where parents have separated", kscs,
           "Briefing written", "Q1 2016/17"),
          ("Add a contact arrangements question to the assessment template", kscs, "Template change requested",
           "30/09/2016")]),
        ("Theme 3 - Mental health inpatient discharge - Kent and Medway", recs[4], "Local",
         [("Revise the inpatient discharge policy so that responsibility is decided within 24 hours", kmpt,
           "Policy group reviewing draft", "Q3 2016/17")]),
        (None, recs[5], "Local",
         [("Write a section on requesting police attendance after discharge, consulting Kent Police", kmpt,
           "Draft shared with Kent Police", "31.12.16"),
          ("Brief community team leaders on the new section", kmpt, "", "Ongoing")]),
    ]  # fmt: skip
    ho_plan(w, rows, [6.2, 1.6, 4.8, 3.4, 3.4, 2.2, 4.0], "2F5496", done="")
    _header_footer(w, "Kent DHR Mrs L22 - Overview Report and Action Plan", "Page {n} of {m}")
    return w, g


def dev_norfolk_heading3_footnotes(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk 2014, Cambria 11: "Single agency recommendations" and "Recommendation for a national body" as
    Heading 2, each agency a Heading 3 in its full or bracketed name ("Norfolk and Norwich University Hospitals
    NHS Foundation Trust", "GP practices (primary care)", "Cambridgeshire Community Services NHS Trust (CCS)"
    with a footnote mark on the heading), a Word list restarting at 1 under each; a portrait plan No. | Action |
    Target date | Lead agency, the Lead column on the RIGHT in initials ("NNUH", "NC", "CCS"); footnotes."""
    g = Gold(
        "dev22-03-norfolk-heading3-footnotes", "Norfolk County Community Safety Partnership", "Adult M22"
    )
    w = WordDoc("Cambria", 11)
    margins(w, 2.4)
    _look(w, 1.1, 6)
    title_page(w, g, date="October 2014")
    w.heading("Introduction", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject),
           footnote=("review", "Section 9 of the Domestic Violence, Crime and Victims Act 2004."))  # fmt: skip
    w.para(PANEL_PROSE[3])
    chapters(w, g, ["Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The IMR authors made recommendations for their own agencies, which the panel endorses; they are "
           "given below under each agency. The panel adds one recommendation for a national body.")  # fmt: skip
    reals = take(pool, "Norfolk", [0, 1, 6, 7, 8, 2], used)
    w.heading("Single agency recommendations", 2)
    abstract = w.abstract([Level("decimal", "%1.")])
    heads = [
        ("Norfolk and Norwich University Hospitals NHS Foundation Trust", None),
        ("GP practices (primary care)", None),
        ("Norfolk Constabulary", None),
        ("Cambridgeshire Community Services NHS Trust (CCS)",
         "CCS provided community health services in Norfolk under contract at the time of the review."),
        ("Probation Service", None),
    ]  # fmt: skip
    recs = []
    for (head, note), real in zip(heads, reals[:5], strict=True):
        if note:
            w.para(head, style="Heading 3", footnote=("(CCS)", note), keep_with_next=True)
        else:
            w.heading(head, 3)
        nid = w.num(abstract, restart={0: 1})
        recs.append(add(g, real, w.para(real.text, num=(nid, 0)), "single_agency", head))
    w.heading("Recommendation for a national body", 2)
    w.heading("Home Office", 3)
    nid = w.num(abstract, restart={0: 1})
    recs.append(add(g, reals[5], w.para(reals[5].text, num=(nid, 0)), "single_agency", "Home Office"))
    w.para(
        "Norfolk County Community Safety Partnership will write to the Home Office with this recommendation."
    )
    glossary(w, [("CCS", "Cambridgeshire Community Services NHS Trust"), ("NC", "Norfolk Constabulary"),
                 ("NNUH", "Norfolk and Norwich University Hospitals NHS Foundation Trust"),
                 ("UPW", "Unpaid work")])  # fmt: skip
    w.heading("Appendix: Action plan", 1)
    w.para("Agencies are shown by the initials in the glossary.")
    leads = ["NNUH", "GP practices", "NC", "CCS", "Probation", "Home Office"]
    acts = [
        [("Write a missed appointments procedure for adult outpatients", "Q2 2014/15"),
         ("Brief specialist clinic leads on the procedure", "31.03.15")],
        [("Send practices a model policy and a registration form question", "within 6 months")],
        [("Add a next-day call to the domestic abuse investigation checklist", "Ongoing")],
        [("Audit ten pre-birth cases for joint decisions", "December 2014")],
        [("Remind UPW supervisors of the recording standard", "Q2 2014/15")],
        [("Consider the recommendation at the next review of firearms licensing guidance", "TBC")],
    ]  # fmt: skip
    # the plan's Ref names the agency and its own number ("NNUH 1"), as each agency's list restarts at 1
    refs = ["NNUH 1", "GP 1", "NC 1", "CCS 1", "Probation 1", "HO 1"]
    plan: list[list[str | None]] = [["Ref", "Action", "Target date", "Lead agency"]]
    for ref, rec, lead, items in zip(refs, recs, leads, acts, strict=True):
        for j, (text, target) in enumerate(items):
            act22(rec, text, lead, target)
            plan.append([ref if j == 0 else None, text, target, lead])
    w.table(plan, [2.2, 7.9, 3.3, 3.0], font_size=9.5)
    styled(w, "Light Grid Accent 1")
    _header_footer(w, "Norfolk DHR Adult M22 - Overview Report", "Page {n}")
    return w, g


def dev_sefton_bold_subheads_slash(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sefton 2017, Georgia 11: noun-phrase texts under agency sub-headings set as bold body text (no heading
    style): "Sefton MARAC Steering Group" (with a footnote), "All partner agencies", "Sefton Community Safety
    Partnership (SCSP)", "Merseyside Police / National Probation Service"; one Word list "1."-"7." running across
    them; a portrait plan Rec | Action | Lead | Target whose Lead cells use "MARAC SG", "All agencies", "SCSP"
    and "Merseyside Police and NPS"; targets "Sept 2017", "Q2 2017/18", "31.03.18", "within 6 months"."""
    g = Gold("dev22-04-sefton-bold-subheads-slash", "Sefton Community Safety Partnership", "Ms N22")
    w = WordDoc("Georgia", 11)
    margins(w, 2.3)
    _look(w, 1.1, 8)
    cover(w, g, "Domestic Homicide Review", ["Overview Report", "Final, June 2017"])
    chapters(w, g, ["Introduction", "Terms of reference", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel's recommendations follow, under the agency or group that will take each forward.")
    reals = take(pool, "Sefton", [0, 1, 3, 5, 2, 4, 6], used)
    groups = [
        ("Sefton MARAC Steering Group", [0], "single_agency",
         "The steering group is chaired by the Partnership's domestic abuse co-ordinator."),
        ("All partner agencies", [1, 2, 3], "overview", None),
        ("Sefton Community Safety Partnership (SCSP)", [4, 5], "overview", None),
        ("Merseyside Police / National Probation Service", [6], "single_agency", None),
    ]  # fmt: skip
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    recs: list[Recommendation] = []
    for head, picks, kind, note in groups:
        w.para(head, bold=True, keep_with_next=True, footnote=("Group", note) if note else None)
        for k in picks:
            recs.append(add(g, reals[k], w.para(reals[k].text, num=(nid, 0)), kind, head))
    w.heading("Action plan", 1)
    leads = ["MARAC SG", "All agencies", "All agencies", "All agencies", "SCSP", "SCSP",
             "Merseyside Police and NPS"]  # fmt: skip
    acts = [
        ("Redraft the MARAC protocol for the steering group to agree", "Q2 2017/18"),
        ("Each agency to report how its records flag victims and perpetrators", "31.03.18"),
        ("Each agency to map its information sharing pathways for the Partnership", "Sept 2017"),
        ("Add the Mental Capacity Act 2005 to domestic abuse training", "within 6 months"),
        ("Commission a review of the support offered to complex case victims", "Q4 2017/18"),
        ("Publish a learning briefing on this case", "March 2018"),
        ("Provide written assurance that the Information Sharing Agreement is embedded", "Ongoing"),
    ]  # fmt: skip
    plan: list[list[str | None]] = [["Rec", "Action", "Lead", "Target"]]
    for rec, lead, (text, target) in zip(recs, leads, acts, strict=True):
        act22(rec, text, lead, target)
        plan.append([rec.number, text, lead, target])
    w.table(plan, [1.1, 8.6, 3.6, 3.1], font_size=10)
    shade_header(w, fill="5B2C6F")
    glossary(w, [("MARAC", "Multi-Agency Risk Assessment Conference"), ("NPS", "National Probation Service"),
                 ("SCSP", "Sefton Community Safety Partnership"), ("SG", "Steering Group")])  # fmt: skip
    _header_footer(w, "Sefton DHR Ms N22 - Recommendations", "{n}")
    return w, g


def dev_cornwall_dardr_table_headings(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cornwall 2020 DARDR, Verdana 10: one No. | Recommendation | Action | Target date table whose agency
    headings are rows spanning the width ("Home Office", "Cornwall & Isles of Scilly Public Health", "NHS Kernow
    CCG and Kernow Health CIC", "Devon & Cornwall Police", "NHS England"), the header row repeated over the page
    break; no other agency context (a subject-less text's agency only from its row); running header
    "OFFICIAL-SENSITIVE"."""
    g = Gold("dev22-05-cornwall-dardr-table-headings", "Safer Cornwall", "Adult O22")
    w = WordDoc("Verdana", 10)
    margins(w, 2.2)
    _look(w, 1.15, 6)
    cover(w, g, "Domestic Abuse Related Death Review",
          ["Overview Report", "Type of death: suicide", "Final report, September 2020"])  # fmt: skip
    chapters(w, g, ["Introduction", "Terms of reference", "Background", "Analysis", "Conclusions"])
    panel(w, [("Independent Chair", "Independent"), ("Consultant in Public Health", "Cornwall Council"),
              ("Designated Nurse", "NHS Kernow Clinical Commissioning Group"),
              ("Detective Inspector", "Devon & Cornwall Police")], fill="DEEAF6")  # fmt: skip
    w.heading("Recommendations and actions", 1)
    w.para(
        "The recommendations are grouped under the body the panel asks to act. Each has one agreed action."
    )
    reals = take(pool, "Cornwall", [0, 1, 2, 3, 4, 5], used)
    heads = ["Home Office", "Cornwall & Isles of Scilly Public Health", None, "NHS Kernow CCG and Kernow Health CIC",
             "Devon & Cornwall Police", "NHS England"]  # fmt: skip
    acts = [
        ("Amend the DHR leaflets and statutory guidance to reflect domestic abuse related suicides", "Q3 2020/21"),
        ("Add self-harm and its links with suicide to the suicide prevention training", "31.03.21"),
        ("Hold a learning event on risk factors in deaths by suicide", "March 2021"),
        ("Issue a model domestic abuse policy and audit practices against it", "within 6 months"),
        ("Review the triggers for the Neighbourhood Harm Reduction Register", "Q1 2021/22"),
        ("Include the impact on other family members in the regular audit of complex cases", "TBC"),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Recommendation", "Action", "Target date"]]
    current = ""
    for n, (real, head, (text, target)) in enumerate(zip(reals, heads, acts, strict=True), 1):
        if head:
            rows.append([head])
            current = head
        rec = add(g, real, str(n), "single_agency", current)
        act22(rec, text, current, target)  # the row heading is the action's only lead
        rows.append([str(n), real.text, text, target])
    w.table(rows, [1.0, 8.2, 4.6, 2.6], font_size=9)
    shade_header(w, fill="00594F")
    shade_span_rows(w, "D9E2F3")
    glossary(w, [("CIC", "Community interest company"), ("IoS", "Isles of Scilly"),
                 ("NHRR", "Neighbourhood Harm Reduction Register")])  # fmt: skip
    _header_footer(w, "OFFICIAL-SENSITIVE", "Safer Cornwall DARDR Adult O22 - Page {n} of {m}")
    return w, g


DEV22A = {
    "dev22-01-nottingham-agency-left-merged": dev_nottingham_agency_left_merged,
    "dev22-02-kent-ho-plan-themes": dev_kent_ho_plan_themes,
    "dev22-03-norfolk-heading3-footnotes": dev_norfolk_heading3_footnotes,
    "dev22-04-sefton-bold-subheads-slash": dev_sefton_bold_subheads_slash,
    "dev22-05-cornwall-dardr-table-headings": dev_cornwall_dardr_table_headings,
}
