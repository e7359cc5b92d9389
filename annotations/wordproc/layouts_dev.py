"""The ``dev/`` documents (errors in the extractor are fixed against these)."""

import re

from docx.enum.section import WD_ORIENT
from docx.shared import Cm

from annotations.wordproc.leads import gold_lead
from annotations.wordproc.parts import (
    _front,
    _plan_rows,
    pick,
)
from annotations.wordproc.vocab import (
    ANALYSIS_TRAP,
    COMMENTARY,
    FOOTNOTES,
    HO_HEADER,
    INTRO_PROSE,
    TOR_ITEMS,
)
from annotations.wordproc.worddoc import (
    BULLET,
    LEGAL3,
    LEGAL3_NODOT,
    Gold,
    Level,
    RealRec,
    WordDoc,
    action,
)
from dhr.schema import Recommendation


def dev_legal_overview(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Overview report: one legal list numbers chapters (1.), paragraphs (6.1.) and recommendations (6.3.1.);
    an introductory sentence and panel commentary numbered in the same scheme between recommendations;
    single-agency blocks whose numbering restarts per agency (new w:num with startOverride); footnotes."""
    g = Gold("dev-01-legal-overview", "Kent Community Safety Partnership", "Mrs A")
    w = WordDoc("Arial", 11)
    legal = w.abstract(LEGAL3)
    chapter = w.num(legal)
    _front(w, g, (chapter, 0), fn=1)
    w.heading("Recommendations", 1, num=(chapter, 0))
    w.para("The review panel makes the following recommendations.", num=(chapter, 1))
    w.heading("Overview recommendations", 2, num=(chapter, 1))
    for real in pick(pool, "Kent", "NHS England", 1, used) + pick(pool, "Kent", "Kent Police", 2, used):
        label = w.para(real.text, num=(chapter, 2), footnote=FOOTNOTES[3] if "GP" in real.text else None)
        g.rec(real, label, "overview")
    w.para(COMMENTARY[0], num=(chapter, 1))
    w.heading("Single agency recommendations", 2, num=(chapter, 1))
    agencies = [("KMPT", "Kent and Medway NHS and Social Care Partnership Trust", 2),
                ("Kent and Medway CCG", "Kent and Medway Clinical Commissioning Group", 1),
                ("KCC Adult", "Kent County Council Adult Social Care", 1)]  # fmt: skip
    numbers = w.abstract([Level("decimal", "%1."), Level("lowerLetter", "%2)")])
    for addressee, heading, n in agencies:
        w.heading(heading, 3)
        nid = w.num(numbers, restart={0: 1})
        for real in pick(pool, "Kent", addressee, n, used):
            label = w.para(real.text, num=(nid, 0))
            g.rec(real, label, "single_agency", heading)
    w.heading("Glossary", 1, num=(chapter, 0))
    w.para(
        "CCG - Clinical Commissioning Group; KMPT - Kent and Medway NHS and Social Care Partnership Trust."
    )
    w.header_footer("OFFICIAL SENSITIVE - DHR Mrs A - Final Overview Report", "Page {n}")
    return w, g


def dev_recno_bullets(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Executive summary: "Recommendation number N" headings (Heading 3) each followed by bullet items
    (Word bullets from numbering.xml: the bullet character is not in the text)."""
    g = Gold("dev-02-recno-bullets", "Nottingham Crime and Drugs Partnership", "Adult B", "executive_summary")
    w = WordDoc("Calibri", 11)
    w.para("Executive Summary", style="Title")
    w.heading("1. Introduction", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.heading("2. Conclusions", 1)
    w.para(ANALYSIS_TRAP)
    w.heading("3. Recommendations", 1)
    w.para("The recommendations below are grouped by the agency responsible for them.")
    bullets = w.abstract(BULLET)
    groups = [("Nottinghamshire Police", "Nottinghamshire Police", 3),
              ("Adult Social Care", "Nottingham City Adult Social Care", 2),
              ("Recovery Network", "Nottingham Recovery Network", 1)]  # fmt: skip
    for n, (addressee, heading, count) in enumerate(groups, 1):
        w.heading(f"Recommendation number {n}", 3)
        w.para(f"Agency: {heading}", bold=True)
        nid = w.num(bullets)
        for real in pick(pool, "Nottingham", addressee, count, used):
            w.para(real.text, num=(nid, 0))
            g.rec(real, str(n), "executive_summary", heading)
    w.heading("4. Next steps", 1)
    w.para("The action plan will be monitored by the partnership's DHR steering group every quarter.")
    w.header_footer("Nottingham DHR Adult B - Executive Summary", "{n}")
    return w, g


def dev_landscape_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Overview with legal 21.10.x numbering, then a landscape section with the Home Office action-plan table:
    theme rows spanning the width (gridSpan), the Recommendation and Scope cells merged down over several
    action rows (vMerge), a long row that splits across the page break, varied target dates."""
    g = Gold("dev-03-landscape-plan", "Safer Cornwall", "Jane")
    w = WordDoc("Times New Roman", 12)
    legal = w.abstract(LEGAL3_NODOT)
    chapter = w.num(legal, restart={0: 20})
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Conclusions", 1, num=(chapter, 0))
    w.para(ANALYSIS_TRAP, num=(chapter, 1))
    w.heading("Recommendations", 1, num=(chapter, 0))
    w.para("National recommendation", bold=True, num=(chapter, 1))
    national = pick(pool, "Cornwall", "Home Office", 1, used)[0]
    label = w.para(national.text, num=(chapter, 2))
    r_nat = g.rec(national, label, "overview")
    for _ in range(8):
        w.para("", num=None)
    w.para("Cornwall & Isles of Scilly Public Health", bold=True, num=(chapter, 1))
    recs: list[tuple[Recommendation, str]] = [(r_nat, "National")]
    for real in pick(pool, "Cornwall", "Public Health", 2, used):
        label = w.para(real.text, num=(chapter, 2))
        recs.append(
            (g.rec(real, label, "single_agency", "Cornwall & Isles of Scilly Public Health"), "Local")
        )
    w.para("Devon and Cornwall Police", bold=True, num=(chapter, 1))
    for real in pick(pool, "Cornwall", "Devon & Cornwall Police", 1, used):
        label = w.para(real.text, num=(chapter, 2))
        recs.append((g.rec(real, label, "single_agency", "Devon and Cornwall Police"), "Regional"))
    w.section(landscape=True)
    w.heading("Appendix A - Action Plan", 1)
    actions = {
        recs[0][0].id: [
            ("Write to the Home Office setting out the learning from this review about suicide following "
             "domestic abuse and asking that the statutory guidance and leaflets are amended", "Home Office",
             "March 2017"),
        ],
        recs[1][0].id: [
            ("Commission a self-harm and suicide awareness module for frontline practitioners", "Cornwall Public Health",
             "Q3 2017/18"),
            ("Include self-harm as a risk factor in the suicide prevention strategy refresh", "Cornwall Public Health",
             "31/03/2018"),
        ],
        recs[2][0].id: [
            ("Deliver a learning briefing on the prevalence of risk factors in deaths by suicide to the partnership "
             "board and to every agency represented on the panel, with a follow-up survey of staff "
             "understanding three months after the briefing, the results of which will be reported to the "
             "Safer Cornwall Board together with an improvement plan where staff understanding remains low, "
             "and a repeat of the survey twelve months after the briefing to test that the learning has been "
             "retained across the partnership and in particular in those agencies that had contact with Jane",
             "Cornwall Public Health", "Ongoing"),
            ("Publish a seven minute briefing on suicide risk after domestic abuse", "Cornwall Public Health",
             "End of March 2018"),
        ],
        recs[3][0].id: [
            ("Review the triggers of the Neighbourhood Harm Reduction Register for cases that straddle two periods",
             "Devon and Cornwall Police", "6 months"),
            ("Audit a sample of register cases and report to the Force Vulnerability Board",
             "Devon and Cornwall Police", "April 2018 - review quarterly"),
        ],
    }  # fmt: skip
    rows: list[list[str | None]] = [list(HO_HEADER)]
    rows.append(["Theme 1 - National policy"])
    rows += _plan_rows(g, recs[:1], actions)
    rows.append(["Theme 2 - Understanding of suicide risk - county wide"])
    rows += _plan_rows(g, recs[1:3], actions)
    rows.append(["Theme 3 - Policing"])
    rows += _plan_rows(g, recs[3:], actions)
    w.table(rows, [5.0, 2.2, 6.0, 3.0, 3.5, 2.5, 3.0])
    w.header_footer("Safer Cornwall - DHR Jane - OFFICIAL", "Page {n}")
    return w, g


def dev_two_column_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Recommendations numbered 1. 2. (auto) then an action plan in a two-column section: a narrow
    Ref | Action | Lead | Target table that flows from the left column into the right one."""
    g = Gold("dev-04-two-column-plan", "Norfolk County Community Safety Partnership", "Lisa")
    w = WordDoc("Arial", 10.5)
    w.para(f"DHR {g.subject}: Overview Report", style="Title")
    w.heading("Analysis", 1)
    w.para(ANALYSIS_TRAP)
    w.heading("Recommendations", 1)
    nums = w.abstract([Level("decimal", "%1.")])
    nid = w.num(nums)
    recs = []
    for addressee in ("Norfolk County Community Safety Partnership", "Cambridgeshire Community Services",
                      "Probation Service"):  # fmt: skip
        for real in pick(pool, "Norfolk", addressee, 1, used):
            label = w.para(real.text, num=(nid, 0))
            recs.append(g.rec(real, label, "overview"))
    w.section(columns=2)
    w.heading("Action Plan", 1)
    for _ in range(3):  # the preamble fills most of the left column, so the table flows into the right one
        w.para(
            "The action plan sets out how each agency will put the recommendations into practice. Each lead "
            "agency reports progress to the partnership's review group, which will close an action only when "
            "evidence of the change has been seen. Agencies are asked to keep the plan up to date between "
            "meetings and to tell the review group at once if a target cannot be met."
        )
    plan = [
        (recs[0], "Plan a healthy relationships campaign with schools and youth services", "Norfolk County Community Safety Partnership", "September 2018"),
        (recs[0], "Brief hairdressers and beauticians through the licensing newsletter", "Norfolk County Community Safety Partnership", "Quarterly from July 2018"),
        (recs[1], "Audit twenty cases for use of the Pre-Birth Protocol", "Cambridgeshire Community Services", "30/09/2017"),
        (recs[1], "Report the audit findings to the safeguarding children partnership", "Cambridgeshire Community Services", "December 2017"),
        (recs[1], "Repeat the audit after one year", "Cambridgeshire Community Services", "12 months"),
        (recs[2], "Issue a practice note on recording what is said during unpaid work sessions", "Probation Service", "01/02/2018"),
        (recs[2], "Managers to dip sample unpaid work records each month", "Probation Service", "Ongoing"),
        (recs[2], "Include record quality in supervisor appraisals", "Probation Service", "January 2019"),
        (recs[2], "Add a record-keeping session to the induction of new unpaid work supervisors", "Probation Service", "End of March 2018"),
        (recs[2], "Report the dip sample results to the Norfolk reducing reoffending board", "Probation Service", "6 months"),
        (recs[2], "Share a summary of the change with the partnership's review group", "Probation Service", "Q3 2017/18"),
        (recs[2], "Review the practice note after a year in use", "Probation Service", "April 2018 - review quarterly"),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Rec", "Action", "Lead", "Target date"]]
    previous = None
    for rec, text, lead, target in plan:
        rec.actions.append(action(text, lead, target))
        rows.append([rec.number if rec is not previous else "", text, lead, target])
        previous = rec
    w.table(rows, [0.8, 2.3, 2.4, 1.9], font_size=7.5)
    w.header_footer(f"Norfolk DHR {g.subject}", "Page {n}")
    return w, g


def dev_exec_multilevel(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Executive summary: recommendations at level 3 of a legal list (6.1.1) under numbered agency headings
    at level 2 (6.1 Nottinghamshire Police); terms of reference restated inside the chapter, numbered alike."""
    g = Gold("dev-05-exec-multilevel", "Safe Durham Partnership", "Anne", "executive_summary")
    w = WordDoc("Calibri", 11)
    legal = w.abstract(LEGAL3)
    chapter = w.num(legal, restart={0: 5})
    w.para("Executive Summary", style="Title")
    w.heading("Lessons learned", 1, num=(chapter, 0))
    w.para(ANALYSIS_TRAP, num=(chapter, 1))
    w.heading("Recommendations", 1, num=(chapter, 0))
    w.para("The terms of reference asked the panel to consider:", num=(chapter, 1))
    for item in TOR_ITEMS[:2]:
        w.para(item, num=(chapter, 2))
    w.para("The panel makes the following recommendations, grouped by agency.", num=(chapter, 1))
    for addressee, heading, n in (("Safe Durham Partnership", "Safe Durham Partnership", 2),
                                  ("North Tees", "North Tees and Hartlepool NHS Foundation Trust", 1)):  # fmt: skip
        w.para(heading, num=(chapter, 1), bold=True)
        for real in pick(pool, "Durham", addressee, n, used):
            label = w.para(real.text, num=(chapter, 2))
            g.rec(real, label, "executive_summary", heading)
    w.para(COMMENTARY[1], num=(chapter, 1))
    w.heading("Glossary", 1, num=(chapter, 0))
    w.para("DAFEG - Domestic Abuse Focus Executive Group.")
    w.header_footer("Safe Durham Partnership | DHR Anne", "{n}")
    return w, g


def dev_imr_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Single-agency recommendations in an Agency | No. | Recommendation table: agency cells merged down
    (vMerge), numbers from Word numbering restarted per agency inside the cells; footnotes in the prose."""
    g = Gold("dev-06-imr-table", "Sheffield Community Safety Partnership", "Maria")
    w = WordDoc("Arial", 11)
    w.para(f"DHR {g.subject} - Overview Report", style="Title")
    w.heading("Analysis", 1)
    w.para("She had been referred to MARAC once and had an IDVA for three weeks.", footnote=FOOTNOTES[0])
    w.para(ANALYSIS_TRAP, footnote=FOOTNOTES[1])
    w.heading("Recommendations", 1)
    w.para("Each agency has accepted the recommendations in the table below.")
    nums = w.abstract([Level("decimal", "%1.")])
    rows: list[list[str | None]] = [["Agency", "No.", "Recommendation"]]
    cell_numbering: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    groups = [
        ("South Yorkshire Police", "South Yorkshire Police"),
        ("Sheffield City Council", "Sheffield City Council"),
    ]
    for addressee, heading in groups:
        nid = w.num(nums, restart={0: 1})
        for k, real in enumerate(pick(pool, "Sheffield", addressee, 1, used)):
            rows.append([heading if k == 0 else None, "", real.text])
            cell_numbering[(len(rows) - 1, 1)] = [("", (nid, 0))]
            g.rec(real, w._label(nid, 0), "single_agency", heading)
    w.table(rows, [4.0, 1.2, 11.0], cell_numbering=cell_numbering, font_size=10)
    w.heading("Harlow panel recommendations", 2)
    w.para("The review also adopted the recommendations of an earlier Harlow review:")
    for k, real in enumerate(pick(pool, "Harlow", "All Agencies", 3, used), 1):
        # "List Number": the numbering comes from the paragraph STYLE's w:numPr (the template's list), not the
        # paragraph's own properties
        w.para(real.text, style="List Number")
        g.rec(real, str(k), "overview")
    w.heading("Appendix 1: Glossary", 1)
    w.para("SYP - South Yorkshire Police.")
    w.header_footer("Sheffield DHR Maria", "Page {n} of 4")
    return w, g


def dev_kent_plan_split(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Separate action plan (landscape from the start) with recommendations numbered by Word inside the
    table's first column (numbering in numbering.xml, restarting per theme) and long cells that split."""
    g = Gold("dev-07-kent-action-plan", "Kent Community Safety Partnership", "Mr C", "action_plan")
    w = WordDoc("Arial", 10)
    first = w.doc.sections[0]
    first.orientation = WD_ORIENT.LANDSCAPE
    first.page_width, first.page_height = Cm(29.7), Cm(21.0)
    w.para(f"DHR {g.subject} - Action Plan", style="Title")
    w.para(
        "The agencies responsible for this action plan are Kent Police, KMPT and Kent Children's Social Services."
    )
    nums = w.abstract([Level("decimal", "%1.")])
    nid = w.num(nums)
    pool_kent = [r for r in pool.get("Kent", []) if r.text not in used][:3]
    leads = {
        "police": "Kent Police",
        "mental_health_services": "KMPT",
        "childrens_social_care": "Kent Children's Social Services",
        "nhs_england": "NHS England",
    }
    targets = [
        "30th June 2018",
        "End of December 2017",
        "TBC",
        "Q1 2018/19",
        "31/03/2018",
        "Within 3 months of publication",
    ]
    rows: list[list[str | None]] = [
        ["Recommendation", "Action to take", "Lead Agency", "Target Date", "Outcome"]
    ]
    cell_numbering: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    t = 0
    for real in pool_kent:
        used.add(real.text)
        lead = leads.get(real.agencies[0], "Kent Police")
        label = w._label(nid, 0)
        rec = g.rec(real, label, "action_plan")
        texts = [
            f"Amend the guidance issued to {lead} staff so that it reflects the learning from this review, and "
            "brief every team on the change through the internal bulletin and team meetings",
            f"Audit a sample of twenty cases handled by {lead} after the change and report the findings to the "
            "Kent and Medway DHR steering group",
        ]
        # the last recommendation's Lead Agency and Target Date cells are merged down over its two actions
        merged = real is pool_kent[-1]
        for k, text in enumerate(texts):
            target = targets[(t - 1 if merged and k else t) % len(targets)]
            rec.actions.append(action(text, lead, target))
            rows.append(
                [
                    real.text if k == 0 else None,
                    text,
                    None if merged and k else lead,
                    None if merged and k else target,
                    "",
                ]
            )
            if k == 0:
                cell_numbering[(len(rows) - 1, 0)] = [(real.text, (nid, 0))]
            t += 1
    w.table(rows, [8.0, 8.0, 3.5, 3.0, 3.5], cell_numbering=cell_numbering, font_size=10)
    w.header_footer("Kent and Medway DHR - Action Plan - OFFICIAL", "{n}")
    return w, g


def dev_split_sentences(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Landscape action plan whose cells hold one sentence a paragraph, placed so that a row is cut by the
    page break between two sentences: the part on the next page starts with a capital letter."""
    g = Gold("dev-08-split-sentences", "Harlow Community Safety Partnership", "Kate")
    w = WordDoc("Arial", 11)
    first = w.doc.sections[0]
    first.orientation = WD_ORIENT.LANDSCAPE
    first.page_width, first.page_height = Cm(29.7), Cm(21.0)
    w.para(f"DHR {g.subject} - Recommendations and Action Plan", style="Title")
    w.heading("Recommendations", 1)
    nums = w.abstract([Level("decimal", "%1.")])
    nid = w.num(nums)
    recs = []
    reals = pick(pool, "Harlow", "All Agencies", 3, used)
    for real in reals:
        label = w.para(real.text, num=(nid, 0))
        recs.append(g.rec(real, label, "overview"))
    w.heading("Action plan", 1)
    for _ in range(4):  # so that the first row is cut by the page break
        w.para(
            "Progress against each action is reported to the Harlow Community Safety Partnership board by the "
            "lead agency. The board will close an action only when evidence of the change has been provided."
        )
    sentences = {
        recs[0].id: [
            ("Add adult safeguarding and domestic abuse to the mandatory training of every partner agency. "
             "Set the same completion target as for children's safeguarding training. "
             "Report completion rates to the board every six months. "
             "Escalate agencies below ninety per cent to the board chair. "
             "Include a domestic abuse case study from this review in the training.",
             "End of March 2018"),
        ],
        recs[1].id: [
            ("Draft an information sharing protocol for domestic abuse cases. "
             "Agree the protocol with each agency's data protection officer. "
             "Test the protocol on ten cases before it is signed.",
             "Q1 2018/19"),
            ("Publish the signed protocol on the partnership website", "6 months"),
        ],
        recs[2].id: [
            ("Circulate the seven golden rules of information sharing to every partner. "
             "Ask each agency to confirm that its staff have read them.",
             "30/09/2017"),
        ],
    }  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead agency", "Target date", "Progress"]]
    cell_numbering: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    for rec, real in zip(recs, reals, strict=True):
        # the Lead agency cell names the recommendation's own gold agencies ("All agencies"): a CSP lead over
        # recommendations addressed to all agencies put a body beside them that their gold does not hold
        lead = gold_lead(real)
        for k, (text, target) in enumerate(sentences[rec.id]):
            rec.actions.append(action(text, lead, target))
            rows.append([f"{rec.number}. {rec.text}" if k == 0 else None, "", lead, target, ""])
            # one sentence a paragraph in the cell: the page break falls between two of them
            cell_numbering[(len(rows) - 1, 1)] = [
                (sentence, None) for sentence in re.split(r"(?<=\.) ", text)
            ]
    w.table(rows, [8.0, 8.5, 3.5, 2.6, 3.5], cell_numbering=cell_numbering, font_size=11)
    w.header_footer("Harlow DHR Kate - Action Plan", "Page {n}")
    return w, g
