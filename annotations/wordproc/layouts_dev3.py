"""The ``dev3/`` documents: a third batch of word-processor layouts, fixed against like ``dev/`` and ``dev2/``.

What they add: agency names as full-width rows of a recommendations table with the No. cells numbered by Word
and restarted per agency; a four-level legal list whose third level names the agency and whose fourth holds the
recommendations beside the panel's numbered notes; "Recommendation number N" typed in bold over dash bullets,
and the same title made by a heading's list numbering ("Recommendation number %1:"); a six-column landscape
action plan with the Lead agency cell merged over two actions; list labels "Recommendation %1:" restarted per
agency heading; every paragraph of a report numbered in one list, footnotes worded like recommendations; a
stand-alone landscape action plan of noun-phrase recommendations whose Lead agency cells give their agencies;
running headers holding the review name and "Page N of M".
"""

from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm

from annotations.wordproc.leads import SEFTON_NAMES, real_lead
from annotations.wordproc.parts import pick
from annotations.wordproc.vocab import (
    ANALYSIS_TRAP,
    FOOTNOTES,
    INTRO_PROSE,
    LESSONS,
    TOR_ITEMS,
)
from annotations.wordproc.worddoc import BULLET, Gold, Level, RealRec, WordDoc, action

LEGAL2_NODOT = [Level("decimal", "%1"), Level("decimal", "%1.%2")]
LEGAL4 = [
    Level("decimal", "%1."),
    Level("decimal", "%1.%2."),
    Level("decimal", "%1.%2.%3."),
    Level("decimal", "%1.%2.%3.%4."),
]
DASH = [Level("bullet", "\u2013")]

#: Prose written here (none of it a recommendation).
PLAN_PREAMBLE = (
    "This plan was agreed by the panel and is owned by the partnership. Each lead agency reports progress to the "
    "review group every quarter; an action is closed only when evidence of the change has been seen. The "
    "agencies that contributed to the review were the police, the probation service, adult social care, the "
    "clinical commissioning group, the mental health trust and the local domestic abuse service."
)
OWN_NOTES = [
    (
        "Niche",
        "Niche is the records management system the force uses for crimes, incidents and intelligence.",
    ),
    ("UPW", "UPW - Unpaid Work, a requirement of a community order supervised by the Probation Service."),
    ("review", "The panel heard that agencies should use the checklist at every incident, and most now do."),
    ("Executive Group", "The group should meet every quarter and reports to the partnership board."),
]
PANEL_NOTE = "The panel notes that the force has already begun some of this work and welcomes it."
FILLER = (
    "The panel read each agency's chronology beside the others and met the family twice. Where two records "
    "disagreed, both agencies were asked to check their original notes, and the account given here is the one "
    "those notes support. Nothing here is a finding about an individual practitioner; the review looks at "
    "systems and at how agencies worked together."
)


def _header_footer(w: WordDoc, header: str, footer: str) -> None:
    """Running header and footer; ``{n}`` is the PAGE field and ``{m}`` the NUMPAGES field, in either."""
    first = w.doc.sections[0]
    for part, text in ((first.header, header), (first.footer, footer)):
        p = part.paragraphs[0]
        p.text = ""
        for piece in _split_fields(text):
            if piece in ("{n}", "{m}"):
                field = "PAGE" if piece == "{n}" else "NUMPAGES"
                p._p.append(
                    parse_xml(
                        f'<w:fldSimple {nsdecls("w")} w:instr="{field}"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
                    )
                )
            elif piece:
                p.add_run(piece)
    for section in w.doc.sections[1:]:
        section.header.is_linked_to_previous = True
        section.footer.is_linked_to_previous = True


def _split_fields(text: str) -> list[str]:
    import re

    return re.split(r"(\{n\}|\{m\})", text)


def _landscape_first(w: WordDoc) -> None:
    section = w.doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(1.8)


def dev_agency_rows(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Overview: chapters and paragraphs in a two-level legal list without dots (``7``, ``7.1``); the
    recommendations in a No. | Recommendation table where each agency is a bold row spanning the width and the
    No. cells hold only their Word number, restarted at 1 under each agency; a footnote in the introduction;
    header with the review name, footer "Page N of M"."""
    g = Gold("dev3-01-agency-rows", "Kent Community Safety Partnership", "Mr H")
    w = WordDoc("Arial", 11)
    legal = w.abstract(LEGAL2_NODOT)
    ch = w.num(legal)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.para(f"Overview report for the {g.csp}", bold=True)
    w.heading("Introduction", 1, num=(ch, 0))
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject), num=(ch, 1), footnote=FOOTNOTES[4])
    w.para("Agencies that had contact wrote an IMR and a chronology.", num=(ch, 1), footnote=FOOTNOTES[1])
    w.heading("Terms of reference", 1, num=(ch, 0))
    for item in TOR_ITEMS:
        w.para(item, num=(ch, 1))
    w.heading("Analysis", 1, num=(ch, 0))
    w.para(ANALYSIS_TRAP, num=(ch, 1))
    w.para(FILLER, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para(
        "The panel's recommendations are set out below, grouped by the agency that leads on each.",
        num=(ch, 1),
    )
    numbers = w.abstract([Level("decimal", "%1.")])
    rows: list[list[str | None]] = [["No.", "Recommendation"]]
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    groups = [("Kent Police", "Kent Police", 2), ("Kent and Medway NHS and Social Care Partnership Trust", "KMPT", 2),
              ("Kent and Medway Clinical Commissioning Group", "Kent and Medway CCG", 1),
              ("Kent County Council Adult Social Care", "KCC Adult", 1)]  # fmt: skip
    for heading, addressee, n in groups:
        rows.append([heading])
        nid = w.num(numbers, restart={0: 1})
        for real in pick(pool, "Kent", addressee, n, used):
            rows.append(["", real.text])
            cells[(len(rows) - 1, 0)] = [("", (nid, 0))]
            g.rec(real, w._label(nid, 0), "overview", heading)
    w.table(rows, [1.5, 14.5], cell_numbering=cells, font_size=10)
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("KMPT - Kent and Medway NHS and Social Care Partnership Trust.", num=(ch, 1))
    _header_footer(w, f"Kent DHR {g.subject} - Overview Report - FINAL", "Page {n} of {m}")
    return w, g


def dev_legal_four(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """A four-level legal list started at chapter 9: ``9.2.1.`` introduces the recommendations, each agency is a
    bold numbered paragraph at the third level (``9.2.2.``) and its recommendations are at the fourth
    (``9.2.2.1.``), the panel's note numbered between them at the fourth level too; a footnote inside one
    recommendation; the header holds the review name and the page number."""
    g = Gold("dev3-02-legal-four", "Nottingham Crime and Drugs Partnership", "Adult G")
    w = WordDoc("Calibri", 11)
    legal = w.abstract(LEGAL4)
    ch = w.num(legal, restart={0: 8})
    w.para(f"Domestic Homicide Review - {g.subject}", style="Title")
    w.heading("Analysis", 1, num=(ch, 0))
    w.para(ANALYSIS_TRAP, num=(ch, 1))
    w.para(FILLER, num=(ch, 1))
    w.heading("Conclusions and recommendations", 1, num=(ch, 0))
    w.para("The panel reached its conclusions after reading every agency's IMR.", num=(ch, 1))
    w.heading("Recommendations", 2, num=(ch, 1))
    w.para("The panel makes the following recommendations to the agencies named.", num=(ch, 2))
    groups = [("Nottinghamshire Police", "Nottinghamshire Police", 3),
              ("Nottingham City Adult Social Care", "Nottingham City Adult Social Care", 2),
              ("Nottingham Recovery Network", "Nottingham Recovery Network", 1)]  # fmt: skip
    for heading, addressee, n in groups:
        w.para(heading, bold=True, num=(ch, 2), keep_with_next=True)
        for real in pick(pool, "Nottingham", addressee, n, used):
            note = OWN_NOTES[0] if "Niche" in real.text else None
            g.rec(real, w.para(real.text, num=(ch, 3), footnote=note), "overview", heading)
        if addressee.endswith("Police"):
            w.para(PANEL_NOTE, num=(ch, 3))
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("DART - Domestic Abuse Referral Team.", num=(ch, 1))
    _header_footer(w, f"Nottingham CDP | DHR {g.subject} | Page {{n}}", "OFFICIAL SENSITIVE")
    return w, g


def dev_recno_dash(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Executive summary: "Recommendation number N" typed in bold in an ordinary paragraph, a "Lead agency:"
    line, then en-dash Word bullets, each bullet recommendation N; one recommendation with no bullet."""
    g = Gold("dev3-03-recno-dash", "Safer Cornwall", "Liam", "executive_summary")
    w = WordDoc("Arial", 11)
    w.para("Executive Summary", style="Title")
    w.para(f"Domestic Homicide Review into the death of {g.subject}, commissioned by {g.csp}.")
    w.heading("The review", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.heading("Conclusions", 1)
    w.para(ANALYSIS_TRAP)
    w.heading("Recommendations", 1)
    w.para("Each recommendation below names the agency that will lead on it.")
    dashes = w.abstract(DASH)
    groups = [("Cornwall & Isles of Scilly Public Health", "Public Health", 2), ("Home Office", "Home Office", 1),
              ("Devon and Cornwall Police", "Devon & Cornwall Police", 1), ("NHS England", "NHS England", 1)]  # fmt: skip
    for n, (heading, addressee, count) in enumerate(groups, 1):
        w.para(f"Recommendation number {n}", bold=True, keep_with_next=True)
        w.para(f"Lead agency: {heading}", keep_with_next=True)
        nid = w.num(dashes)
        for real in pick(pool, "Cornwall", addressee, count, used):
            w.para(real.text, num=(nid, 0) if heading != "Home Office" else None)
            g.rec(real, str(n), "executive_summary", heading)
    w.heading("Next steps", 1)
    w.para("The partnership's DHR group will monitor the action plan and report to the board each quarter.")
    _header_footer(w, f"Safer Cornwall - DHR {g.subject} - Executive Summary", "{n}")
    return w, g


def dev_six_column_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Overview whose recommendations are auto-numbered ``1.``, then a landscape action plan of six columns:
    No. | Recommendation | Key actions | Lead agency | Target date | Progress, the Recommendation cell merged down
    over its actions, a Lead agency cell merged over two actions, a long action row cut by the page break,
    target dates "Q4 2017/18", "15.01.2018", "Immediate" beside the usual ones."""
    g = Gold("dev3-04-six-column-plan", "Safer Cornwall", "Rose")
    w = WordDoc("Arial", 11)
    w.para(f"DHR {g.subject}: Overview Report", style="Title")
    w.heading("Analysis", 1)
    w.para(ANALYSIS_TRAP)
    w.heading("Recommendations", 1)
    w.para("The review makes four recommendations.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    recs = []
    for addressee in ("Public Health", "NHS Kernow", "Devon & Cornwall Police"):
        for real in pick(pool, "Cornwall", addressee, 2 if addressee == "Public Health" else 1, used):
            recs.append(g.rec(real, w.para(real.text, num=(nid, 0)), "overview"))
    w.section(landscape=True)
    w.heading("Appendix 2: Action Plan", 1)
    w.para(PLAN_PREAMBLE)
    plan = {
        0: [("Commission a self-harm awareness module for frontline staff in every partner agency", "Cornwall Public Health", "Q4 2017/18"),
            ("Add self-harm as a risk factor to the suicide prevention strategy when it is refreshed", None, "15.01.2018")],
        1: [("Deliver a briefing on risk factors in deaths by suicide to the partnership board and to every agency on "
             "the panel, then survey staff understanding three months later and report the results to the board "
             "with an improvement plan wherever understanding remains low; repeat the survey after twelve months "
             "to test that the learning has lasted across the partnership, and in particular in the agencies that "
             "knew Rose, and publish a short note of what changed as a result of the briefing and of the survey", "Cornwall Public Health", "Ongoing"),
            ("Publish a seven minute briefing on suicide after domestic abuse", "Cornwall Public Health", "Immediate")],
        2: [("Write to every GP practice asking for its domestic abuse policy and a named lead", "NHS Kernow", "March 2017"),
            ("Audit the replies and follow up practices without a policy", "NHS Kernow", "6 months")],
        3: [("Review the triggers of the harm reduction register for cases that straddle two periods", "Devon and Cornwall Police", "Q3 2017/18"),
            ("Report the audit of register cases to the force vulnerability board", "Devon and Cornwall Police", "30/09/2017")],
    }  # fmt: skip
    rows: list[list[str | None]] = [
        ["No.", "Recommendation", "Key actions", "Lead agency", "Target date", "Progress (RAG)"]
    ]
    for k, rec in enumerate(recs):
        last_lead = ""
        for j, (text, lead, target) in enumerate(plan[k]):
            lead_shown = lead if lead is not None else last_lead
            rec.actions.append(action(text, lead_shown, target))
            rows.append([
                rec.number if j == 0 else None, rec.text if j == 0 else None, text,
                lead if lead is not None else None, target, "Amber" if j else "Green",
            ])  # fmt: skip
            last_lead = lead_shown
    w.table(rows, [1.2, 7.5, 7.0, 3.6, 2.6, 2.5], font_size=9.5)
    _header_footer(w, f"Safer Cornwall | DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_label_restart(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Recommendations under Heading 2 agency headings, their labels ``Recommendation 1:`` made by the list
    (``lvlText`` "Recommendation %1:") and restarted at 1 under each heading; the panel's comments as Word
    bullets after a group; a footnote at the page foot inside one recommendation."""
    g = Gold("dev3-05-label-restart", "Norfolk County Community Safety Partnership", "Nina")
    w = WordDoc("Arial", 11)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.para(f"Commissioned by {g.csp}")
    w.heading("1. Introduction", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.heading("2. Analysis", 1)
    w.para(ANALYSIS_TRAP)
    w.heading("3. Recommendations", 1)
    w.para("The panel made four recommendations, set out below by the agency that leads on each.")
    labels = w.abstract([Level("decimal", "Recommendation %1:")])
    bullets = w.abstract(BULLET)
    groups = [("Norfolk County Community Safety Partnership", "Norfolk County Community Safety Partnership", 1),
              ("Cambridgeshire Community Services", "Cambridgeshire Community Services", 1),
              ("Probation Service", "Probation Service", 1), ("NHS England", "NHS England", 1)]  # fmt: skip
    for heading, addressee, n in groups:
        w.heading(heading, 2)
        nid = w.num(labels, restart={0: 1})
        for real in pick(pool, "Norfolk", addressee, n, used):
            note = OWN_NOTES[1] if "UPW" in real.text else None
            label = w.para(real.text, num=(nid, 0), footnote=note)
            g.rec(real, label.split()[-1].rstrip(":"), "overview", heading)
        if heading == "Probation Service":
            w.para("The panel welcomes the plan the service has already drawn up.", num=(w.num(bullets), 0))
    w.heading("4. Glossary", 1)
    w.para("NHCP - Norfolk Healthy Child Programme.")
    _header_footer(w, f"Norfolk DHR {g.subject} - Overview Report", "Page {n}")
    return w, g


def dev_numbered_paragraphs(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Every paragraph of the report numbered in one list (``1.`` to ``N.``, the headings unnumbered): the
    recommendations continue the count, after a numbered introducing sentence and before a numbered note;
    footnotes at the page foot, two of them worded like recommendations; header with review name and "Page N
    of M", footer with a day-first date."""
    g = Gold("dev3-06-numbered-paragraphs", "Safe Durham Partnership", "Adult J")
    w = WordDoc("Times New Roman", 12)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Introduction", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject), num=(nid, 0), footnote=FOOTNOTES[4])
    w.para(
        "The review was carried out in line with the statutory guidance.", num=(nid, 0), footnote=OWN_NOTES[2]
    )
    w.heading("Terms of reference", 1)
    for item in TOR_ITEMS:
        w.para(item, num=(nid, 0))
    w.heading("Analysis", 1)
    w.para(ANALYSIS_TRAP, num=(nid, 0), footnote=FOOTNOTES[2])
    for _ in range(3):
        w.para(FILLER, num=(nid, 0))
    w.heading("Recommendations", 1)
    w.para("The review makes three recommendations.", num=(nid, 0))
    for addressee in ("Safe Durham Partnership Board", "Safe Durham Partnership", "North Tees"):
        for real in pick(pool, "Durham", addressee, 1, used):
            note = OWN_NOTES[3] if "Executive Group" in real.text else None
            g.rec(real, w.para(real.text, num=(nid, 0), footnote=note), "overview")
    w.para("The partnership board will receive the action plan at its next meeting.", num=(nid, 0))
    _header_footer(w, f"Safe Durham Partnership - DHR {g.subject} - Page {{n}} of {{m}}",
                   "OFFICIAL - Final version 14/03/2018")  # fmt: skip
    return w, g


def dev_plan_lead_cells(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """A stand-alone action plan printed landscape: Ref | Recommendation | Action | Lead agency | Timescale |
    Status; the recommendations are noun phrases that name no addressee (the Lead agency cell gives it), a
    preamble names every agency, one Lead agency cell is merged down over two actions, rows cut by page breaks."""
    g = Gold("dev3-07-plan-lead-cells", "Sefton Community Safety Partnership", "Adult K", "action_plan")
    w = WordDoc("Arial", 10)
    _landscape_first(w)
    w.para(f"DHR {g.subject} - Action Plan", style="Title")
    w.para(PLAN_PREAMBLE)
    recs = pick(pool, "Sefton", "", 7, used)
    # each Lead cell names its recommendation's own agencies (these texts name no addressee), never a fixed list
    leads = [real_lead(real, SEFTON_NAMES) for real in recs]
    acts = [("Review the referral threshold and the attendance list", "Q3 2017/18"),
            ("Audit a sample of flagged records in every agency and report the gaps to the partnership", "6 months"),
            ("Map the support offered to victims with complex needs and agree a single pathway", "March 2017"),
            ("Each agency to describe in writing how it shares information with the others", "31/03/2018"),
            ("Write and circulate a learning briefing of this review", "Ongoing"),
            ("Include the Mental Capacity Act in every agency's domestic abuse training", "12 months"),
            ("Confirm that supervision records show risk was reviewed at every contact", "30th June 2018")]  # fmt: skip
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Action", "Lead agency", "Timescale", "Status"]]
    for k, real in enumerate(recs):
        rec = g.rec(real, str(k + 1), "action_plan")
        text, target = acts[k]
        rec.actions.append(action(text, leads[k], target))
        rows.append([str(k + 1), real.text, text, leads[k], target, "Open"])
        if k == 1:  # a second action under one merged Lead agency cell
            extra = ("Add a flag for repeat victims to each case management system", "Q1 2018/19")
            rec.actions.append(action(extra[0], leads[k], extra[1]))
            rows.append([None, None, extra[0], None, extra[1], "Open"])
        if k == 3:
            for _ in range(2):
                w.para(FILLER)
    w.table(rows, [1.2, 8.0, 8.0, 4.0, 2.6, 2.0], font_size=10)
    _header_footer(w, f"Sefton CSP - DHR {g.subject} - Action Plan", "Page {n} of {m}")
    return w, g


def dev_heading_recno(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Titles "Recommendation number N:" made by a Heading 3's list numbering, the heading's own text the
    agency's name; the recommendation under it as one or two Word bullets (each is recommendation N)."""
    g = Gold("dev3-08-heading-recno", "Kent Community Safety Partnership", "Ms L", "executive_summary")
    w = WordDoc("Calibri", 11)
    w.para("Executive Summary", style="Title")
    w.para(f"Domestic Homicide Review: {g.subject}. Commissioned by the {g.csp}.")
    w.heading("Summary of the case", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.heading("Recommendations", 1)
    w.para("The recommendations are grouped by the agency that leads on them.")
    titles = w.num(w.abstract([Level("decimal", "Recommendation number %1:")]))
    bullets = w.abstract(BULLET)
    groups = [("Kent Police", "Kent Police", 2), ("KMPT", "KMPT", 1), ("NHS England", "NHS England", 1),
              ("KCC Adult Social Care", "KCC Adult", 1)]  # fmt: skip
    for heading, addressee, n in groups:
        label = w.heading(heading, 3, num=(titles, 0))
        nid = w.num(bullets)
        for real in pick(pool, "Kent", addressee, n, used):
            w.para(real.text, num=(nid, 0))
            g.rec(real, label.split()[-1].rstrip(":"), "executive_summary", heading)
    w.heading("Next steps", 1)
    w.para("The partnership will publish this summary with the action plan.")
    _header_footer(w, f"Kent DHR {g.subject} - Executive Summary - OFFICIAL", "Page {n}")
    return w, g


def dev_break_footnotes(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Long recommendations in a legal list (``6.2.1``) placed so that page breaks cut them, a footnote mark in
    the part before the break (its note printed at that page's foot, between the two parts in the text
    layer), a running header with "Page N of M" above the second part, and lettered sub-points ``a)`` under a
    recommendation that ends in a colon."""
    g = Gold("dev3-09-break-footnotes", "Nottingham Crime and Drugs Partnership", "Adult M")
    w = WordDoc("Arial", 11)
    legal = w.abstract([*LEGAL4[:3]])
    ch = w.num(legal, restart={0: 5})
    w.para(f"DHR {g.subject}: Overview Report", style="Title")
    w.heading("Analysis", 1, num=(ch, 0))
    for _ in range(4):
        w.para(FILLER, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The panel makes the recommendations below to the agencies named.", num=(ch, 1))
    w.para("Nottinghamshire Police", bold=True, num=(ch, 1), keep_with_next=True)
    police = pick(pool, "Nottingham", "Nottinghamshire Police", 4, used)
    for k, real in enumerate(police):
        note = OWN_NOTES[0] if "Niche" in real.text else None
        g.rec(real, w.para(real.text, num=(ch, 2), footnote=note), "overview", "Nottinghamshire Police")
        if k == 1:
            w.para(FILLER, num=(ch, 1))
    w.para("Nottingham City Adult Social Care", bold=True, num=(ch, 1), keep_with_next=True)
    for real in pick(pool, "Nottingham", "Nottingham City Adult Social Care", 2, used):
        g.rec(real, w.para(real.text, num=(ch, 2)), "overview", "Nottingham City Adult Social Care")
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("DVDS - Domestic Violence Disclosure Scheme.", num=(ch, 1))
    _header_footer(w, f"DHR {g.subject} - Page {{n}} of {{m}}", "Nottingham Crime and Drugs Partnership")
    return w, g


def dev_rec_table_dates(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """A landscape recommendations table Agency | No. | Recommendation | Target date: the Agency cell merged
    down over each agency's rows, the No. cells numbered by Word through the whole table, rows cut by the
    page break; the target dates belong to the recommendations: each gets one implied action, its own text."""
    g = Gold("dev3-10-rec-table-dates", "Kent Community Safety Partnership", "Mrs N")
    w = WordDoc("Calibri", 11)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Conclusions", 1)
    w.para(ANALYSIS_TRAP)
    for _ in range(3):
        w.para(FILLER)
    w.section(landscape=True)
    w.heading("Recommendations", 1)
    w.para("The agencies below have accepted these recommendations and the dates against them.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    rows: list[list[str | None]] = [["Agency", "No.", "Recommendation", "Target date"]]
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    groups = [("Kent Police", "Kent Police", 2, ["March 2017", "Q3 2017/18"]),
              ("KMPT", "KMPT", 2, ["31/03/2018", "Ongoing"]),
              ("NHS England", "NHS England", 1, ["6 months"]),
              ("Kent and Medway CCG", "Kent and Medway CCG", 1, ["December 2017"])]  # fmt: skip
    for heading, addressee, n, dates in groups:
        for k, real in enumerate(pick(pool, "Kent", addressee, n, used)):
            rows.append([heading if k == 0 else None, "", real.text, dates[k]])
            cells[(len(rows) - 1, 1)] = [("", (nid, 0))]
            g.rec(real, w._label(nid, 0), "overview", heading).actions.append(
                action(real.text, addressee, dates[k])
            )
    w.table(rows, [4.0, 1.3, 16.0, 3.5], cell_numbering=cells, font_size=11)
    w.heading("Glossary", 1)
    w.para("KMPT - Kent and Medway NHS and Social Care Partnership Trust.")
    _header_footer(w, f"Kent DHR {g.subject} - Overview Report", "Page {n} of {m}")
    return w, g


def _header_table(w: WordDoc, left: str) -> None:
    """A running header laid out as a borderless two-cell table: ``left`` | "Page N of M" (as report templates
    put a marking beside the page number)."""
    header = w.doc.sections[0].header
    table = header.add_table(rows=1, cols=2, width=Cm(16.0))
    table.rows[0].cells[0].text = left
    p = table.rows[0].cells[1].paragraphs[0]
    p.add_run("Page ")
    for field, tail in (("PAGE", " of "), ("NUMPAGES", "")):
        p._p.append(
            parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="{field}"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
        )
        if tail:
            p.add_run(tail)


def dev_bold_agency_bullets(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Executive summary: lessons as Word bullets before the recommendations; then each agency's name in bold
    with a colon on a line of its own and its recommendations as Word bullets, no numbers anywhere; the last
    block runs over a page break; the header is a table (marking | "Page N of M")."""
    g = Gold(
        "dev3-11-bold-agency-bullets",
        "Nottingham Crime and Drugs Partnership",
        "Adult P",
        "executive_summary",
    )
    w = WordDoc("Arial", 11)
    w.para("Executive Summary", style="Title")
    w.para(f"Domestic Homicide Review into the death of {g.subject}. Commissioned by the {g.csp}.")
    w.heading("Summary of the case", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.para(FILLER)
    w.heading("Lessons learned", 1)
    bullets = w.abstract(BULLET)
    nid = w.num(bullets)
    for lesson in LESSONS:
        w.para(lesson, num=(nid, 0))
    w.para(FILLER)
    w.heading("Recommendations", 1)
    w.para("The panel asks each agency below to act on the points listed under its name.")
    groups = [("Nottingham Recovery Network", "Nottingham Recovery Network", 1),
              ("Nottingham City Adult Social Care", "Nottingham City Adult Social Care", 2),
              ("Nottinghamshire Police", "Nottinghamshire Police", 3)]  # fmt: skip
    for heading, addressee, n in groups:
        w.para(f"{heading}:", bold=True, keep_with_next=True)
        nid = w.num(bullets)
        for real in pick(pool, "Nottingham", addressee, n, used):
            w.para(real.text, num=(nid, 0))
            g.rec(real, None, "executive_summary", heading)
    w.heading("Next steps", 1)
    w.para("The partnership will publish this summary once the Home Office has agreed it.")
    _header_table(w, "OFFICIAL SENSITIVE")
    return w, g


def dev_summary_body_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """A whole report: an executive summary listing the recommendations (1., 2., ...), the body giving them
    again in a legal list (``8.2.1``) under bold agency paragraphs, then a landscape action plan whose rows
    name the recommendation by its body number only (Rec | Action | Lead agency | Target date), the Lead
    agency cell merged down over a recommendation's actions; a footnote in the body."""
    g = Gold("dev3-12-summary-body-plan", "Norfolk County Community Safety Partnership", "Olivia")
    w = WordDoc("Arial", 11)
    csp_rec = pick(pool, "Norfolk", "Norfolk County Community Safety Partnership", 1, used)
    trust = pick(pool, "Norfolk", "Cambridgeshire Community Services", 1, used)
    probation = pick(pool, "Norfolk", "Probation Service", 1, used)
    nhse = pick(pool, "Norfolk", "NHS England", 1, used)
    reals = csp_rec + trust + probation + nhse
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.para(f"Overview report for {g.csp}", bold=True)
    w.heading("Executive summary", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.para("The recommendations, given in full in chapter 8, are:")
    summary = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in reals:
        w.para(real.text, num=(summary, 0))
    w.page_break()
    legal = w.abstract(LEGAL4[:3])
    ch = w.num(legal, restart={0: 7})
    w.heading("Analysis", 1, num=(ch, 0))
    w.para(ANALYSIS_TRAP, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The panel makes the recommendations below.", num=(ch, 1))
    recs = []
    for heading, group in (("Norfolk County Community Safety Partnership", csp_rec),
                           ("Cambridgeshire Community Services", trust), ("Probation Service", probation),
                           ("NHS England", nhse)):  # fmt: skip
        w.para(heading, bold=True, num=(ch, 1), keep_with_next=True)
        for real in group:
            note = OWN_NOTES[1] if "UPW" in real.text else None
            recs.append(g.rec(real, w.para(real.text, num=(ch, 2), footnote=note), "overview", heading))
    w.section(landscape=True)
    w.heading("Appendix: Action Plan", 1)
    plan = [
        [("Plan a healthy relationships campaign with schools", "Norfolk County Community Safety Partnership", "September 2018"),
         ("Brief hairdressers through the licensing newsletter", None, "Quarterly from July 2018")],
        [("Audit twenty cases for use of the pre-birth protocol", "Cambridgeshire Community Services", "30/09/2017")],
        [("Issue a practice note on what supervisors record", "Probation Service", "01/02/2018"),
         ("Dip sample records every quarter", None, "Ongoing")],
        [("Write to NHS England with the learning of this review", "NHS England", "Within 3 months of publication")],
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Rec", "Action", "Lead agency", "Target date"]]
    for rec, acts in zip(recs, plan, strict=True):
        lead = ""
        for j, (text, own_lead, target) in enumerate(acts):
            lead = own_lead or lead
            rec.actions.append(action(text, lead, target))
            rows.append([rec.number if j == 0 else None, text, own_lead, target])
    w.table(rows, [2.0, 12.0, 6.0, 4.5], font_size=10)
    _header_footer(w, f"Norfolk DHR {g.subject} | Overview Report", "Page {n} of {m}")
    return w, g
