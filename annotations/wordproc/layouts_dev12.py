"""The ``dev12/`` documents (first half): a twelfth blind batch, written to be scored once blind by the lead.

Unlike the earlier batches, which each stress one shape, every document here is a whole report as a council or
community safety partnership would publish it, several traits at once: a typed contents page whose lines name
"Recommendations" and "Lessons learned" with page numbers, terms of reference numbered in the recommendations'
own scheme, a "Lessons learned" list worded like advice, the recommendations in one of many shapes (legal
numbering, agency headings over bullets or lists, Agency | Recommendation tables, "Recommendation N:" labels),
then an action-plan appendix, a glossary, a running header naming the review and a "Page X of Y" footer.

Recommendation texts are real (``pick``, train and dev splits); every printed agency heading, Lead cell or
agency cell names the recommendation's own gold agencies (``leads.gold_lead``). Actions, prose, lessons and
dates are written here. An action-plan row's action carries the gold agencies of the lead printed beside it.
"""

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _intro
from annotations.wordproc.layouts_dev7 import PANEL_PROSE, _look
from annotations.wordproc.leads import KENT_NAMES, NOTTINGHAM_NAMES, gold_lead
from annotations.wordproc.parts import pick
from annotations.wordproc.vocab import TARGETS, TOR_ITEMS
from annotations.wordproc.worddoc import Level, WordDoc
from dhr.schema import Action, Recommendation

#: Cornwall's own names for the gold agency ids (its Lead cells and headings).
CORNWALL_NAMES = {
    "police": "Devon and Cornwall Police",
    "public_health": "Cornwall Public Health",
    "integrated_care_board": "NHS Kernow",
}
#: Target cells this batch prints beyond ``vocab.TARGETS``, with their gold (README "Target dates").
TARGETS12: dict[str, str | None] = {
    **TARGETS,
    "Q2 2018/19": "2018-09",
    "31st March 2019": "2019-03-31",
    "June 2018": "2018-06",
    "Within 6 months": None,
    "28/02/2018": "2018-02-28",
    "In place": None,
}
#: Lessons the panel drew, worded like advice (none of them a recommendation).
LESSONS12 = [
    "Agencies should not assume that someone else has passed on a concern; each practitioner who hears of "
    "abuse has a part to play.",
    "A victim's silence about abuse is not evidence that it has stopped, and practitioners should ask again.",
    "Risk should be looked at over the whole history of a relationship, not only the latest incident.",
    "Where a carer is also the person causing harm, the needs of the cared-for person must be seen separately.",
]
#: Extra terms of reference some reports add (not recommendations).
TOR_MORE = [
    "To identify whether the victim's protected characteristics affected the help she was offered.",
    "To consider whether the perpetrator's use of alcohol was known and how agencies responded to it.",
]
#: Actions written for the plans (the agencies' own wording of how they will meet a recommendation).
ACTIONS = [
    "Review the current procedure against the findings of this review",
    "Deliver briefing sessions to frontline staff",
    "Audit a sample of cases to test that the change is in use",
    "Report progress to the partnership board",
    "Update the training package and the intranet guidance",
    "Agree a single point of contact for referrals",
    "Add a prompt to the case recording system",
    "Share the learning at the next practitioner forum",
]
CLOSING12 = "The partnership has accepted all of the recommendations and will monitor the action plan."


# --------------------------------------------------------------------------------------------------------------
# pieces every layout of this batch uses
# --------------------------------------------------------------------------------------------------------------


def plan_action(rec: Recommendation, real: RealRec, text: str, lead: str, target: str) -> None:
    """An action-plan row of ``rec``: written action text, the Lead printed (``gold_lead``: the gold agencies of
    the recommendation) and its target cell (gold from ``TARGETS12``)."""
    rec.actions.append(
        Action(
            text=text,
            agencies=list(real.agencies),  # type: ignore[arg-type]
            target_date=TARGETS12[target],
            lead_text=lead,
            target_date_text=target,
        )
    )


def implied_action(rec: Recommendation, real: RealRec, lead: str, target: str) -> None:
    """A recommendation table's row as its implied action (``layouts_dev10.recs_action``): its own text, the
    Lead printed beside it and the target cell, whose gold comes from ``TARGETS12``."""
    plan_action(rec, real, real.text, lead, target)


def contents(w: WordDoc, entries: list[tuple[str, str]], *, dots: bool = True, brk: bool = True) -> None:
    """A typed contents page: each entry a line with its page number at a right tab (dot leaders), then a page
    break. The lines name "Recommendations" and "Lessons learned" and are none of them."""
    w.para("Contents", bold=True, size=14)
    for title, page in entries:
        p = w.doc.add_paragraph()
        p.add_run(f"{title}\t{page}")
        leader = WD_TAB_LEADER.DOTS if dots else WD_TAB_LEADER.SPACES
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, leader)
        p.paragraph_format.space_after = Pt(2)
    if brk:
        w.page_break()


def cover(w: WordDoc, g: Gold, kind: str = "Overview Report") -> None:
    w.para(f"{g.csp}", bold=True, size=14)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.para(kind, bold=True)
    w.para("Independent Chair and Author: report of the review panel. Final version for publication.")


def tor(
    w: WordDoc, num: tuple[int, int] | None, lead_num: tuple[int, int] | None = None, more: int = 0
) -> None:
    """Terms of reference, numbered in ``num`` (the recommendations' scheme) with a lead-in at ``lead_num``."""
    w.para("The panel agreed the following terms of reference at its first meeting:", num=lead_num)
    for item in [*TOR_ITEMS, *TOR_MORE[:more]]:
        w.para(item, num=num)


def plan_table(
    w: WordDoc,
    g: Gold,
    pairs: list[tuple[Recommendation, RealRec]],
    names: dict[str, str],
    dates: list[str],
    *,
    per_rec: int = 2,
    header: list[str] | None = None,
    label: str = "{n}. {text}",
    widths: list[float] | None = None,
    font_size: float = 9,
    completed: bool = True,
) -> None:
    """An action plan table: the recommendation (``label``) merged down over its actions, Action, Lead, Target
    date and a completion column whose dates are not targets."""
    header = header or ["Recommendation", "Action", "Lead agency", "Target date", "Date completed"]
    rows: list[list[str | None]] = [header]
    k = 0
    for rec, real in pairs:
        lead = gold_lead(real, names)
        for j in range(per_rec):
            text = ACTIONS[(k + j) % len(ACTIONS)]
            target = dates[k % len(dates)]
            plan_action(rec, real, text, lead, target)
            first = label.format(n=rec.number, text=rec.text) if j == 0 else None
            row = [first, text, lead, target]
            if completed:
                row.append("Completed 14/05/2018" if k % 3 == 1 else "")
            rows.append(row[: len(header)])
            k += 1
    w.table(rows, widths or [6.0, 4.6, 2.8, 2.2, 2.4][: len(header)], font_size=font_size)


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------


def dev_legal_toc_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent, Arial 11: a typed contents page; chapters and paragraphs in one legal list ("2.", "2.1."), the
    terms of reference "2.2." .. in it, a "Lessons learned" chapter "5.1." .., the recommendations "6.2." ..
    after a lead-in "6.1."; a landscape Home Office action plan appendix repeating each recommendation
    ("6.2. text") over its actions; a glossary; header naming the review, footer "Page X of Y"."""
    g = Gold("dev12-01-legal-toc-plan", "Kent Community Safety Partnership", "Mrs K12")
    w = WordDoc("Arial", 11)
    _look(w, 1.1, 6)
    cover(w, g)
    contents(w, [("1. Introduction", "3"), ("2. Terms of reference", "4"), ("3. The facts", "5"),
                 ("4. Analysis", "9"), ("5. Lessons learned", "14"), ("6. Recommendations", "15"),
                 ("Appendix A: Action plan", "17"), ("Glossary", "19")])  # fmt: skip
    ch = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2.")]))
    w.heading("Introduction", 1, num=(ch, 0))
    _intro(w, g, (ch, 1), fill=1)
    w.heading("Terms of reference", 1, num=(ch, 0))
    tor(w, (ch, 1), (ch, 1))
    w.heading("The facts", 1, num=(ch, 0))
    w.para(FILLER, num=(ch, 1))
    w.para(PANEL_PROSE[2], num=(ch, 1))
    w.heading("Analysis", 1, num=(ch, 0))
    w.para(PANEL_PROSE[0], num=(ch, 1))
    w.heading("Lessons learned", 1, num=(ch, 0))
    for lesson in LESSONS12[:3]:
        w.para(lesson, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The panel makes the following recommendations.", num=(ch, 1))
    pairs = []
    for real in pick(pool, "Kent", "", 6, used):
        pairs.append((g.rec(real, w.para(real.text, num=(ch, 1)), "overview"), real))
    w.section(landscape=True)
    w.heading("Appendix A: Action plan", 1)
    header = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
              "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
              "Date of completion and outcome"]  # fmt: skip
    rows: list[list[str | None]] = [header]
    dates = ["March 2017", "Q3 2017/18", "31/03/2018", "Ongoing", "6 months", "End of March 2018"]
    k = 0
    for rec, real in pairs:
        lead = gold_lead(real, KENT_NAMES)
        for j in range(2):
            text = ACTIONS[(k + 1) % len(ACTIONS)]
            target = dates[k % len(dates)]
            plan_action(rec, real, text, lead, target)
            rows.append([f"{rec.number} {rec.text}" if j == 0 else None, real.level.capitalize() if j == 0 else None,
                         text, lead, "Draft agreed 03/11/2017" if j == 0 else "", target,
                         "Completed 20/02/2018" if k % 4 == 2 else ""])  # fmt: skip
            k += 1
    w.table(rows, [6.2, 2.2, 4.6, 3.0, 3.4, 2.2, 3.0], font_size=8.5)
    w.section(landscape=False)
    w.heading("Glossary", 1)
    w.para("KMPT - Kent and Medway NHS and Social Care Partnership Trust.")
    w.para("KSCS - Kent Specialist Children's Services.")
    _header_footer(w, f"DHR {g.subject} - Overview Report", "Page {n} of {m}")
    return w, g


def dev_agency_bullets_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Nottingham, Calibri 11: contents; terms of reference as bullets; "Lessons learned" as bullets; the
    recommendations as Word bullets under bold agency headings (Heading 3; number null); an appendix plan
    Agency | Recommendation | Action | Target date repeating each bullet's text."""
    g = Gold("dev12-02-agency-bullets-plan", "Nottingham Crime and Drugs Partnership", "Adult N12")
    w = WordDoc("Calibri", 11)
    _look(w, 1.15, 6)
    cover(w, g)
    contents(w, [("Introduction", "3"), ("Terms of reference", "3"), ("Lessons learned", "11"),
                 ("Recommendations", "12"), ("Appendix 1 - Action plan", "14"), ("Glossary", "16")])  # fmt: skip
    bullets = w.abstract([Level("bullet", "\uf0b7")])
    w.heading("Introduction", 1)
    _intro(w, g, fill=1)
    w.heading("Terms of reference", 1)
    tor(w, (w.num(bullets), 0), None, more=1)
    w.heading("Lessons learned", 1)
    w.para("The panel identified the following lessons:")
    lessons = w.num(bullets)
    for lesson in LESSONS12:
        w.para(lesson, num=(lessons, 0))
    w.heading("Recommendations", 1)
    w.para("Each agency has accepted the recommendations made to it below.")
    reals = [r for who, n in (("Nottinghamshire Police", 3), ("Adult Social Care", 2), ("Recovery Network", 1))
             for r in pick(pool, "Nottingham", who, n, used)]  # fmt: skip
    groups: dict[str, list[RealRec]] = {}
    for real in reals:
        groups.setdefault(gold_lead(real, NOTTINGHAM_NAMES), []).append(real)
    pairs = []
    for heading, group in groups.items():
        w.heading(heading, 3)
        nid = w.num(bullets)
        for real in group:
            w.para(real.text, num=(nid, 0))
            pairs.append((g.rec(real, None, "single_agency", heading), real))
    w.page_break()
    w.heading("Appendix 1 - Action plan", 1)
    rows: list[list[str | None]] = [["Agency", "Recommendation", "Action", "Target date"]]
    dates = ["June 2018", "Ongoing", "Q2 2018/19", "31st March 2019", "Within 6 months", "December 2017"]
    for k, (rec, real) in enumerate(pairs):
        lead = gold_lead(real, NOTTINGHAM_NAMES)
        text = ACTIONS[(k * 3) % len(ACTIONS)]
        plan_action(rec, real, text, lead, dates[k])
        rows.append([lead, rec.text, text, dates[k]])
    w.table(rows, [3.2, 7.0, 4.4, 2.4], font_size=9)
    w.heading("Glossary", 1)
    w.para("DART - Domestic Abuse Referral Team. DVDS - Domestic Violence Disclosure Scheme.")
    _header_footer(w, f"Nottingham DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_agency_rec_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk, Arial 10.5: contents; terms of reference "2.1" .. in a two-level list without dots; lessons
    "6.1" ..; the recommendations in an Agency | Recommendation table, the agency cell merged down over its
    recommendations and typed "1." numbers in the recommendation cells; no plan (no target column)."""
    g = Gold("dev12-03-agency-rec-table", "Norfolk County Community Safety Partnership", "Adult P12")
    w = WordDoc("Arial", 10.5)
    _look(w, 1.1, 6)
    cover(w, g)
    contents(w, [("1 Introduction", "3"), ("2 Terms of reference", "3"), ("3 Chronology", "5"),
                 ("4 Analysis", "10"), ("5 Conclusions", "13"), ("6 Lessons learned", "14"),
                 ("7 Recommendations", "15"), ("8 Glossary", "17")])  # fmt: skip
    ch = w.num(w.abstract([Level("decimal", "%1"), Level("decimal", "%1.%2")]))
    w.heading("Introduction", 1, num=(ch, 0))
    _intro(w, g, (ch, 1), fill=1)
    w.heading("Terms of reference", 1, num=(ch, 0))
    tor(w, (ch, 1), None, more=2)
    w.heading("Chronology", 1, num=(ch, 0))
    w.para(PANEL_PROSE[2], num=(ch, 1))
    w.heading("Analysis", 1, num=(ch, 0))
    w.para(PANEL_PROSE[0], num=(ch, 1))
    w.heading("Conclusions", 1, num=(ch, 0))
    w.para("The panel did not find that the death could have been predicted.", num=(ch, 1))
    w.heading("Lessons learned", 1, num=(ch, 0))
    for lesson in LESSONS12[1:]:
        w.para(lesson, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The recommendations are set out by the agency responsible for each.", num=(ch, 1))
    reals = pick(pool, "Norfolk", "", 7, used)
    order: dict[str, list[RealRec]] = {}
    for real in reals:
        order.setdefault(gold_lead(real, {"police": "Norfolk Constabulary"}), []).append(real)
    rows: list[list[str | None]] = [["Agency", "Recommendation"]]
    n = 0
    for agency, group in order.items():
        for j, real in enumerate(group):
            n += 1
            rows.append([agency if j == 0 else None, f"{n}. {real.text}"])
            g.rec(real, str(n), "overview", agency)
    w.table(rows, [4.0, 12.4], font_size=10)
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("CCG - Clinical Commissioning Group. NHCP - Norfolk Healthy Child Programme.", num=(ch, 1))
    _header_footer(w, f"Norfolk DHR {g.subject} | Overview report | OFFICIAL", "Page {n} of {m}")
    return w, g


def dev_labels_summary_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sefton, Times New Roman 12: contents; an executive summary listing the recommendations with bold
    "Recommendation N:" run-in labels; the body repeats them with "Recommendation N:" on a line of its own
    over the text (each counts once); "Learning point N" paragraphs; an action plan Rec no. | Action | Lead |
    Target date | Date completed whose completion dates are not targets."""
    g = Gold("dev12-04-labels-summary-plan", "Sefton Community Safety Partnership", "Adult S12")
    w = WordDoc("Times New Roman", 12)
    _look(w, 1.0, 8)
    cover(w, g)
    contents(w, [("Executive summary", "2"), ("Introduction", "4"), ("Terms of reference", "4"),
                 ("Learning", "12"), ("Recommendations", "13"), ("Action plan", "15"), ("Glossary", "17")])  # fmt: skip
    reals = pick(pool, "Sefton", "", 6, used)
    w.heading("Executive summary", 1)
    w.para(PANEL_PROSE[3])
    w.para("The review makes six recommendations:")
    for k, real in enumerate(reals, 1):
        w.para(real.text, label_run=f"Recommendation {k}: ")
    w.page_break()
    w.heading("Introduction", 1)
    _intro(w, g, fill=1)
    w.heading("Terms of reference", 1)
    tor(w, (w.num(w.abstract([Level("lowerLetter", "%1)")])), 0))
    w.heading("Learning", 1)
    for k, lesson in enumerate(LESSONS12[:3], 1):
        w.para(lesson, label_run=f"Learning point {k}: ")
    w.heading("Recommendations", 1)
    pairs = []
    for k, real in enumerate(reals, 1):
        w.para(f"Recommendation {k}:", bold=True, keep_with_next=True)
        w.para(real.text)
        pairs.append((g.rec(real, str(k), "overview"), real))
    w.heading("Action plan", 1)
    plan_table(w, g, pairs, {"police": "Merseyside Police", "probation_service": "National Probation Service",
                             "community_safety_partnership": "Sefton CSP"},
               ["Q1 2018/19", "30/09/2017", "Ongoing", "12 months", "January 2019"],
               per_rec=1, header=["Rec no.", "Action", "Lead", "Target date", "Date completed"],
               label="{n}", widths=[1.6, 7.0, 3.6, 2.4, 2.6], font_size=10)  # fmt: skip
    w.heading("Glossary", 1)
    w.para("MARAC - Multi-Agency Risk Assessment Conference.")
    _header_footer(w, f"Sefton DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_three_level_agencies(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cornwall, Verdana 10: contents; a three-level legal list from chapter 1; the terms of reference "2.1.1"
    under a lead-in "2.1"; lessons "7.1" ..; the recommendations "8.2.1" under numbered agency paragraphs
    "8.2" .. (each naming its recommendations' gold agencies); a Lead | Target appendix table by number."""
    g = Gold("dev12-05-three-level-agencies", "Safer Cornwall", "Adult C12")
    w = WordDoc("Verdana", 10)
    _look(w, 1.1, 6)
    cover(w, g)
    contents(w, [("1. Introduction", "3"), ("2. Terms of reference", "3"), ("3-6. The review", "4"),
                 ("7. Lessons learned", "16"), ("8. Recommendations", "17"), ("Appendix: action plan", "19")])  # fmt: skip
    ch = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2"), Level("decimal", "%1.%2.%3")]))
    w.heading("Introduction", 1, num=(ch, 0))
    _intro(w, g, (ch, 1), fill=1)
    w.heading("Terms of reference", 1, num=(ch, 0))
    tor(w, (ch, 2), (ch, 1))
    for title in ("Background", "Chronology", "Analysis", "Conclusions"):
        w.heading(title, 1, num=(ch, 0))
        w.para(FILLER if title != "Analysis" else PANEL_PROSE[0], num=(ch, 1))
    w.heading("Lessons learned", 1, num=(ch, 0))
    for lesson in LESSONS12:
        w.para(lesson, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The recommendations are grouped by the agency that will lead on them.", num=(ch, 1))
    reals = pick(pool, "Cornwall", "", 6, used)
    groups: dict[str, list[RealRec]] = {}
    for real in reals:
        groups.setdefault(gold_lead(real, CORNWALL_NAMES), []).append(real)
    pairs = []
    for heading, group in groups.items():
        w.para(heading, num=(ch, 1), bold=True, keep_with_next=True)
        for real in group:
            label = w.para(real.text, num=(ch, 2))
            pairs.append((g.rec(real, label, "single_agency", heading), real))
    w.page_break()
    w.heading("Appendix: action plan", 1)
    rows: list[list[str | None]] = [["Rec", "Action", "Lead", "Target"]]
    dates = ["March 2017", "TBC", "Q4 2017/18", "End of December 2017", "Immediate", "01/02/2018"]
    for k, (rec, real) in enumerate(pairs):
        lead = gold_lead(real, CORNWALL_NAMES)
        text = ACTIONS[(k + 4) % len(ACTIONS)]
        plan_action(rec, real, text, lead, dates[k])
        rows.append([rec.number, text, lead, dates[k]])
    w.table(rows, [1.6, 8.0, 4.0, 3.0], font_size=9)
    w.heading("Glossary", 1)
    w.para("IoS - Isles of Scilly. CIC - Community Interest Company.")
    _header_footer(w, f"Safer Cornwall DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_summary_table_body_titles(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent, Georgia 11 (substituted): contents; an executive summary whose table No. | Recommendation |
    Agency repeats the recommendations; the body gives each under a "Recommendation N" Heading 3 with an
    "Agency:" line; lessons as a numbered list "1." before; an appendix plan Ref | Action | Lead | By when
    whose refs are "R1.1", "R1.2"."""
    g = Gold("dev12-06-summary-table-body-titles", "Kent Community Safety Partnership", "Mr K12")
    w = WordDoc("Georgia", 11)
    _look(w, 1.15, 6)
    cover(w, g, "Overview Report and Executive Summary")
    contents(w, [("Executive summary", "2"), ("Introduction", "4"), ("Lessons learned", "13"),
                 ("Recommendations", "14"), ("Appendix 2: Action plan", "17"), ("Glossary", "19")])  # fmt: skip
    reals = pick(pool, "Kent", "", 5, used)
    w.heading("Executive summary", 1)
    w.para(PANEL_PROSE[1])
    w.para("The recommendations, given in full in the report, are summarised here.")
    rows: list[list[str | None]] = [["No.", "Recommendation", "Agency"]]
    for k, real in enumerate(reals, 1):
        rows.append([str(k), real.text, gold_lead(real, KENT_NAMES)])
    w.table(rows, [1.2, 11.4, 3.6], font_size=9.5)
    w.page_break()
    w.heading("Introduction", 1)
    _intro(w, g, fill=2)
    w.heading("Lessons learned", 1)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for lesson in LESSONS12:
        w.para(lesson, num=(nid, 0))
    w.heading("Recommendations", 1)
    pairs = []
    for k, real in enumerate(reals, 1):
        w.heading(f"Recommendation {k}", 3)
        w.para(real.text)
        lead = gold_lead(real, KENT_NAMES)
        w.para(f"Agency: {lead}")
        pairs.append((g.rec(real, str(k), "overview"), real))
    w.page_break()
    w.heading("Appendix 2: Action plan", 1)
    rows = [["Ref", "Action", "Lead", "By when"]]
    dates = ["September 2018", "Q1 2018/19", "30th June 2018", "Complete", "15.01.2018", "Ongoing"]
    k = 0
    for rec, real in pairs:
        lead = gold_lead(real, KENT_NAMES)
        for j in range(2):
            text = ACTIONS[(k + 2) % len(ACTIONS)]
            plan_action(rec, real, text, lead, dates[k % len(dates)])
            rows.append([f"R{rec.number}.{j + 1}", text, lead, dates[k % len(dates)]])
            k += 1
    w.table(rows, [1.6, 8.4, 4.0, 2.6], font_size=9.5)
    w.heading("Glossary", 1)
    w.para("CCG - Clinical Commissioning Group.")
    _header_footer(w, f"Kent DHR {g.subject} | Overview Report", "Page {n} of {m}")
    return w, g


def dev_plan_only_recs(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Nottingham, Arial 10: contents; the recommendations chapter only points to the plan; a landscape Home
    Office plan appendix holds the numbered recommendations under theme rows with a scope, several numbered
    actions in one cell with their dates numbered alike; lessons as "Lesson 1" .. paragraphs before."""
    g = Gold("dev12-07-plan-only-recs", "Nottingham Crime and Drugs Partnership", "Adult M12")
    w = WordDoc("Arial", 10)
    _look(w, 1.1, 6)
    cover(w, g)
    contents(w, [("Introduction", "3"), ("Terms of reference", "3"), ("Lessons learned", "10"),
                 ("Recommendations", "11"), ("Appendix B: Action plan", "12")])  # fmt: skip
    w.heading("Introduction", 1)
    _intro(w, g, fill=1)
    w.heading("Terms of reference", 1)
    tor(w, (w.num(w.abstract([Level("decimal", "%1.")])), 0))
    w.heading("Lessons learned", 1)
    for k, lesson in enumerate(LESSONS12[:3], 1):
        w.para(f"Lesson {k}", bold=True, keep_with_next=True)
        w.para(lesson)
    w.heading("Recommendations", 1)
    w.para(
        "The recommendations, with the actions agreed for each, are set out in the action plan at Appendix B."
    )
    w.section(landscape=True)
    w.heading("Appendix B: Action plan", 1)
    header = ["Recommendation", "Scope", "Action to take", "Lead Agency", "Key milestones", "Target Date",
              "Date of completion and outcome"]  # fmt: skip
    police = pick(pool, "Nottingham", "Nottinghamshire Police", 3, used)
    care = pick(pool, "Nottingham", "Adult Social Care", 2, used)
    rows: list[list[str | None]] = [header]
    n = 0
    for theme, group in (("Theme 1 - Recording and information - force wide", police),
                         ("Theme 2 - Duty and referral practice - city wide", care)):  # fmt: skip
        rows.append([theme])
        for real in group:
            n += 1
            rec = g.rec(real, str(n), "overview")
            lead = gold_lead(real, NOTTINGHAM_NAMES)
            acts = [(ACTIONS[(n + i) % len(ACTIONS)], d)
                    for i, d in enumerate((["March 2017", "Ongoing"], ["6 months", "Q3 2017/18"],
                                            ["31/03/2018", "TBC"])[n % 3])]  # fmt: skip
            for text, target in acts:
                plan_action(rec, real, text, lead, target)
            rows.append([f"{n}. {real.text}", real.level.capitalize(),
                         "\n".join(f"{i}. {t}" for i, (t, _) in enumerate(acts, 1)), lead,
                         "Briefing issued 12/09/2017" if n % 2 else "",
                         "\n".join(f"{i}. {d}" for i, (_, d) in enumerate(acts, 1)),
                         "Completed 02/03/2018" if n == 2 else ""])  # fmt: skip
    w.table(rows, [6.4, 2.0, 5.4, 3.0, 3.0, 2.6, 3.2], font_size=8.5)
    _header_footer(w, f"DHR {g.subject}: Overview Report", "Page {n} of {m}")
    return w, g


def dev_two_blocks_restart(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk, Calibri 11: contents; "Overview recommendations" numbered 1.. in a Word list, then "Single
    agency recommendations" under underlined agency lines, each list restarting at 1 (numbers repeat);
    lessons as a lettered list "a)" before; an appendix table Agency | Rec | Action | Timescale."""
    g = Gold("dev12-08-two-blocks-restart", "Norfolk County Community Safety Partnership", "Adult Q12")
    w = WordDoc("Calibri", 11)
    _look(w, 1.08, 8)
    cover(w, g)
    contents(w, [("1. Introduction", "2"), ("2. Lessons learned", "9"), ("3. Recommendations", "10"),
                 ("3.1 Overview recommendations", "10"), ("3.2 Single agency recommendations", "11"),
                 ("Appendix A - action plan", "13")])  # fmt: skip
    w.heading("1. Introduction", 1)
    _intro(w, g, fill=1)
    w.heading("2. Lessons learned", 1)
    lettered = w.num(w.abstract([Level("lowerLetter", "%1)")]))
    for lesson in LESSONS12[:3]:
        w.para(lesson, num=(lettered, 0))
    w.heading("3. Recommendations", 1)
    w.heading("3.1 Overview recommendations", 2)
    single = [*pick(pool, "Norfolk", "Cambridgeshire", 1, used), *pick(pool, "Norfolk", "NHS England", 1, used),
              *pick(pool, "Norfolk", "Norfolk County Community", 1, used)]  # fmt: skip
    overview = pick(pool, "Norfolk", "", 3, used)  # the first unused: three with no written addressee
    aid = w.abstract([Level("decimal", "%1.")])
    nid = w.num(aid)
    pairs = []
    for real in overview:
        pairs.append((g.rec(real, w.para(real.text, num=(nid, 0)), "overview"), real))
    w.heading("3.2 Single agency recommendations", 2)
    names = {"local_health_trust": "Cambridgeshire Community Services",
             "community_safety_partnership": "Norfolk County Community Safety Partnership"}  # fmt: skip
    for real in single:
        heading = gold_lead(real, names)
        p = w.doc.add_paragraph()
        p.add_run(heading).underline = True
        p.paragraph_format.keep_with_next = True
        label = w.para(real.text, num=(w.num(aid, restart={0: 1}), 0))
        pairs.append((g.rec(real, label, "single_agency", heading), real))
    w.heading("Appendix A - action plan", 1)
    rows: list[list[str | None]] = [["Agency", "Rec", "Action", "Timescale"]]
    dates = ["6 months", "12 months", "September 2018", "Ongoing", "31/03/2018", "Q4 2017/18"]
    for k, (rec, real) in enumerate(pairs):
        lead = gold_lead(real, names)
        text = ACTIONS[(k + 5) % len(ACTIONS)]
        plan_action(rec, real, text, lead, dates[k])
        rows.append([lead, rec.number, text, dates[k]])
    w.table(rows, [4.4, 1.2, 8.2, 2.8], font_size=9.5)
    w.para(CLOSING12)
    _header_footer(w, f"Norfolk DHR {g.subject}", "Page {n} of {m}")
    return w, g


DEV12A = {
    "dev12-01-legal-toc-plan": dev_legal_toc_plan,
    "dev12-02-agency-bullets-plan": dev_agency_bullets_plan,
    "dev12-03-agency-rec-table": dev_agency_rec_table,
    "dev12-04-labels-summary-plan": dev_labels_summary_plan,
    "dev12-05-three-level-agencies": dev_three_level_agencies,
    "dev12-06-summary-table-body-titles": dev_summary_table_body_titles,
    "dev12-07-plan-only-recs": dev_plan_only_recs,
    "dev12-08-two-blocks-restart": dev_two_blocks_restart,
}
