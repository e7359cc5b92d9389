"""The ``dev18/`` documents (``dev18-01``..``05`` and the pieces the batch shares): an eighteenth blind batch of
whole reports of 2013-2023, in shapes dev12-dev17 did not cover.

Traits, several per document: a recommendations chapter set in two columns (continuous section breaks) under
agency headings, with a one-column plan after it long enough to wrap onto a second page under its repeated
header; a landscape plan after portrait text whose Recommendation cell is merged down over up to three actions;
three-level legal numbering ("6.1.1") under numbered lead-in sentences that name the agency; a framed text box
of panel commentary (worded "should") after the list; one Word list restarted at 1 for each agency heading with
a landscape plan by agency whose numbers repeat; target cells "Ongoing", "Q3 2017/18", "6 months", "31/03/2018",
"Complete", "N/A", "TBC".

Recommendation texts are real (``pick`` / ``take``, train and dev splits only, one CSP a document) with their
real labels. Agency headings and Lead cells name exactly the gold agencies (``gold_lead``) or the written
addressee where that agrees with the gold (``layouts_dev14.lead_cell``). A plan action's gold agencies are its
recommendation's. Actions, progress notes, lead-ins and prose are written here.
"""

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev7 import _look
from annotations.wordproc.layouts_dev13 import section, shade_header, take
from annotations.wordproc.layouts_dev14 import CORNWALL14, add, glossary, lead_cell, title_page, tor_appendix
from annotations.wordproc.layouts_dev15 import ACTIONS15, NORFOLK15, RAG, body, margins, styled
from annotations.wordproc.layouts_dev17 import chapters
from annotations.wordproc.leads import KENT_NAMES, SEFTON_NAMES, gold_lead
from annotations.wordproc.parts import pick
from annotations.wordproc.worddoc import Level, WordDoc
from dhr.schema import Action, Recommendation

#: Target cells this batch prints, with their gold (wordproc README "Target dates": ISO at the printed
#: precision; "Ongoing", "Complete", "N/A", "TBC", "6 months" have no date; a financial-year quarter is its
#: last month, "Q3 2017/18" -> 2017-12; "31/03/2018" is day first).
TARGETS18: dict[str, str | None] = {
    "Ongoing": None,
    "Complete": None,
    "N/A": None,
    "TBC": None,
    "6 months": None,
    "Q3 2017/18": "2017-12",
    "Q4 2017/18": "2018-03",
    "31/03/2018": "2018-03-31",
    "March 2018": "2018-03",
    "Q3 2018/19": "2018-12",
    "31/03/2019": "2019-03-31",
    "September 2018": "2018-09",
    "31/03/2015": "2015-03-31",
    "Q2 2014/15": "2014-09",
    "December 2014": "2014-12",
    "Q1 2019/20": "2019-06",
    "31/03/2020": "2020-03-31",
    "September 2019": "2019-09",
    "31/03/2016": "2016-03-31",
    "Q2 2016/17": "2016-09",
    "September 2016": "2016-09",
    "Q1 2014/15": "2014-06",
    "30/06/2014": "2014-06-30",
    "Q3 2019/20": "2019-12",
    "31/12/2019": "2019-12-31",
    "31/12/2020": "2020-12-31",
    "December 2020": "2020-12",
    "30/09/2023": "2023-09-30",
}
#: Progress / update cells (notes with dates of their own; never the target).
PROGRESS18 = [
    "Policy revised and issued 04/12/2017",
    "Started; task group meets monthly",
    "",
    "Completed 19/02/2018",
    "Awaiting sign-off by the board",
]


def act18(rec: Recommendation, real: RealRec, text: str, lead: str, target: str) -> None:
    """One gold action: the printed text, lead and target (gold date from ``TARGETS18``)."""
    rec.actions.append(
        Action(
            text=text,
            agencies=list(real.agencies),  # type: ignore[arg-type]
            target_date=TARGETS18[target],
            lead_text=lead,
            target_date_text=target,
        )
    )


def agency_groups(reals: list[RealRec], names: dict[str, str]) -> list[tuple[str, list[RealRec]]]:
    """Runs of ``reals`` under one agency heading that names exactly their gold agencies (``gold_lead``)."""
    groups: list[tuple[str, list[RealRec]]] = []
    for real in reals:
        head = gold_lead(real, names)
        if groups and groups[-1][0] == head:
            groups[-1][1].append(real)
        else:
            groups.append((head, [real]))
    return groups


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------

KENT18 = {**KENT_NAMES, "childrens_social_care": "Kent Children's Social Services"}


def dev_kent_two_column_agencies(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent 2018, Cambria 11 (substituted): the recommendations chapter in two columns (continuous section
    breaks before and after), agency Heading 3s over one Word list "1."-"6." that runs on across them; then one
    column again and a portrait plan No. | Recommendation | Action | Lead | Target | Progress with the text merged
    down over a recommendation's actions, long enough to wrap onto the next page under its repeated header."""
    g = Gold("dev18-01-kent-two-column-agencies", "Kent Community Safety Partnership", "Mrs K18")
    w = WordDoc("Cambria", 11)
    margins(w, 2.3)
    _look(w, 1.1, 6)
    title_page(w, g, date="April 2018")
    body(w, g, ["Introduction", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel's recommendations are grouped below by the agency that will lead on each.")
    section(w, columns=2, continuous=True)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    pairs = []
    for head, group in agency_groups(take(pool, "Kent", [0, 3, 4, 1, 5, 6], used), KENT18):
        w.heading(head, 3)
        for real in group:
            pairs.append((add(g, real, w.para(real.text, num=(nid, 0)), "single_agency", head), real))
    section(w, columns=1, continuous=True)
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["No.", "Recommendation", "Action", "Lead", "Target", "Progress"]]
    dates = ["Ongoing", "Q3 2018/19", "6 months", "31/03/2019", "Complete", "N/A", "September 2018", "TBC"]
    k = 0
    for i, (rec, real) in enumerate(pairs):
        lead = lead_cell(real, KENT18)
        for j in range(2 if i in (0, 4) else 1):
            text, target = ACTIONS15[(k * 3 + 1) % len(ACTIONS15)], dates[k % len(dates)]
            act18(rec, real, text, lead, target)
            first = j == 0
            rows.append([rec.number if first else None, rec.text if first else None, text, lead, target,
                         PROGRESS18[k % len(PROGRESS18)]])  # fmt: skip
            k += 1
    w.table(rows, [0.9, 5.4, 3.4, 2.2, 2.3, 2.2], font_size=9)
    shade_header(w, fill="5B9BD5")
    glossary(w, [("KSCS", "Kent Specialist Children's Services"),
                 ("KMPT", "Kent and Medway NHS and Social Care Partnership Trust")])  # fmt: skip
    _header_footer(w, "Kent DHR Mrs K18 - Overview Report", "Page {n} of {m}")
    return w, g


def dev_norfolk_grouped_landscape(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk 2017, Calibri 11: a Word list labelled "Recommendation %1" (numbers "1"-"5") with "Lead agency:"
    lines; a landscape plan after the portrait text, No. | Recommendation | Actions | Lead agency | Target date |
    RAG, the No. and Recommendation cells merged down over up to three actions; targets "Q3 2017/18",
    "6 months", "31/03/2018", "Ongoing", "March 2018", "Q4 2017/18", "Complete", "N/A"."""
    g = Gold("dev18-02-norfolk-grouped-landscape", "Norfolk County Community Safety Partnership", "Adult N18")
    w = WordDoc("Calibri", 11)
    margins(w, 2.5)
    _look(w, 1.08, 8)
    title_page(w, g, date="November 2017")
    body(w, g, ["Introduction", "Family involvement", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel makes five recommendations. The action plan at Appendix 1 shows how they will be met.")
    nid = w.num(w.abstract([Level("decimal", "Recommendation %1")]))
    pairs = []
    for real in take(pool, "Norfolk", [0, 1, 3, 6, 11], used):
        label = w.para(real.text, num=(nid, 0))
        # the label word is not part of the number ("Recommendation 1" -> "1")
        pairs.append((add(g, real, label.removeprefix("Recommendation ")), real))
        w.para(f"Lead agency: {lead_cell(real, NORFOLK15)}")
    section(w, landscape=True)
    w.heading("Appendix 1: Action Plan", 1)
    rows: list[list[str | None]] = [["No.", "Recommendation", "Actions", "Lead agency", "Target date", "RAG"]]
    dates = ["Q3 2017/18", "6 months", "31/03/2018", "Ongoing", "March 2018", "Q4 2017/18", "Complete", "N/A"]
    k = 0
    for i, (rec, real) in enumerate(pairs):
        lead = lead_cell(real, NORFOLK15)
        for j in range([3, 1, 2, 1, 1][i]):
            text, target = ACTIONS15[(k * 2 + 3) % len(ACTIONS15)], dates[k % len(dates)]
            act18(rec, real, text, lead, target)
            first = j == 0
            rows.append([rec.number if first else None, rec.text if first else None, text, lead, target,
                         RAG[k % len(RAG)]])  # fmt: skip
            k += 1
    w.table(rows, [1.2, 8.6, 6.2, 4.2, 2.6, 1.6], font_size=9.5)
    styled(w, "Light Grid Accent 1")
    _header_footer(w, "Norfolk DHR Adult N18", "{n}")
    return w, g


#: Three-level legal numbering: chapters "6.", paragraphs "6.1", sub-paragraphs "6.1.1".
LEGAL3 = [Level("decimal", "%1."), Level("decimal", "%1.%2"), Level("decimal", "%1.%2.%3")]


def dev_nottingham_legal_lead_ins(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Nottingham 2016, Arial 11: every paragraph numbered in one three-level list; chapter "6.
    Recommendations" has numbered lead-in sentences at the second level ("6.1 The panel makes five
    recommendations to Nottinghamshire Police:") and the recommendations at the third ("6.1.1"-"6.1.5",
    "6.2.1", "6.3.1"-"6.3.2"); no agency headings; an appendix of terms of reference numbered "1."; no plan."""
    g = Gold("dev18-03-nottingham-legal-lead-ins", "Nottingham Crime and Drugs Partnership", "Adult T18")
    w = WordDoc("Arial", 11)
    margins(w, 2.2)
    _look(w, 1.15, 6)
    title_page(w, g, date="January 2016")
    ch = w.num(w.abstract(LEGAL3))
    chapters(w, g, ["Introduction", "Terms of reference", "Background", "The facts", "Analysis"], ch)
    w.heading("Recommendations", 1, num=(ch, 0))
    groups = [
        ("The panel makes five recommendations to Nottinghamshire Police:", [0, 1, 2, 3, 4]),
        ("For the Nottingham Recovery Network, the panel recommends:", [5]),
        ("The panel makes two recommendations to Nottingham City Adult Social Care:", [6, 7]),
    ]
    for lead_in, picks in groups:
        w.para(lead_in, num=(ch, 1), keep_with_next=True)
        for real in take(pool, "Nottingham", picks, used):
            add(g, real, w.para(real.text, num=(ch, 2)))
    w.para(
        "The partnership will monitor the agencies' action plans through its DHR steering group.", num=(ch, 1)
    )
    tor_appendix(w)
    glossary(w, [("DAPPN", "Domestic Abuse Public Protection Notice"), ("DVDS", "Domestic Violence Disclosure "
                 "Scheme"), ("NICL", "National Incident Category List")])  # fmt: skip
    _header_footer(w, f"Nottingham DHR {g.subject} - OFFICIAL", "Page {n} of {m}")
    return w, g


SEFTON18 = {**SEFTON_NAMES, "marac": "Sefton MARAC Steering Group", "all_agencies": "All agencies"}
#: A framed note of panel commentary after the list: advice worded "should", not a recommendation.
PANEL_BOX = (
    "Panel note: the panel discussed whether agencies should be asked to adopt a single risk assessment tool. "
    "It decided not to recommend this, as the DASH checklist is already used by every agency in Sefton."
)


def dev_sefton_framed_note(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sefton 2014, Times New Roman 12 justified: "The Review Panel makes the following recommendations:" over a
    Word list "1."-"7." of noun-phrase recommendations, then a bordered text box of panel commentary worded
    "should"; a plan Rec | Recommendation | Action | Lead | Target | Update, one action each, targets "N/A",
    "6 months", "31/03/2015", "Q2 2014/15", "Ongoing", "December 2014", "TBC"; footer "Page N"."""
    g = Gold("dev18-04-sefton-framed-note", "Sefton Community Safety Partnership", "Mrs S18")
    w = WordDoc("Times New Roman", 12)
    margins(w, 2.54, 2.54)
    _look(w, 1.0, 10, justified=True)
    title_page(w, g, date="September 2014")
    body(w, g, ["Introduction", "Background", "Chronology", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The Review Panel makes the following recommendations:", keep_with_next=True)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    pairs = [
        (add(g, real, w.para(real.text, num=(nid, 0))), real) for real in pick(pool, "Sefton", "", 7, used)
    ]
    w.text_box(PANEL_BOX, 60)
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["Rec", "Recommendation", "Action", "Lead", "Target", "Update"]]
    dates = ["N/A", "6 months", "31/03/2015", "Q2 2014/15", "Ongoing", "December 2014", "TBC"]
    for k, (rec, real) in enumerate(pairs):
        lead = gold_lead(real, SEFTON18)
        text = ACTIONS15[(k * 2 + 1) % len(ACTIONS15)]
        act18(rec, real, text, lead, dates[k])
        rows.append(
            [rec.number, rec.text, text, lead, dates[k], ["Ongoing", "", "Completed 02/03/2015"][k % 3]]
        )
    w.table(rows, [1.0, 4.6, 4.2, 3.0, 2.0, 2.0], font_size=9.5)
    _header_footer(w, "Sefton Domestic Homicide Review Mrs S18 - Restricted", "Page {n}")
    return w, g


def dev_cornwall_restart_by_agency(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cornwall 2019, Verdana 10 (substituted): agency Heading 2s, each over its own instance of one list
    definition restarted at 1 (``w:startOverride``), so numbers repeat ("1"; "1", "2"; "1"; ..); a landscape
    plan after the portrait text, Agency | Rec | Action | Target | Outcome, the Agency cell merged down over its
    rows and the Rec cells repeating "1"; targets "Q1 2019/20", "31/03/2020", "Ongoing", "TBC", "September
    2019", "6 months"."""
    g = Gold("dev18-05-cornwall-restart-by-agency", "Safer Cornwall", "Adult C18")
    w = WordDoc("Verdana", 10)
    margins(w, 2.2)
    _look(w, 1.15, 6)
    title_page(w, g, date="June 2019")
    body(w, g, ["Introduction", "Background", "Analysis", "Conclusions"])
    w.para(FILLER)
    w.heading("Recommendations", 1)
    w.para("Each agency's recommendations are numbered from 1 under its name.")
    aid = w.abstract([Level("decimal", "%1.")])
    pairs = []
    for head, group in agency_groups(pick(pool, "Cornwall", "", 6, used), CORNWALL14):
        w.heading(head, 2)
        nid = w.num(aid, restart={0: 1})
        for real in group:
            pairs.append((add(g, real, w.para(real.text, num=(nid, 0)), "single_agency", head), real))
    section(w, landscape=True)
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["Agency", "Rec", "Action", "Target", "Outcome"]]
    dates = ["Q1 2019/20", "31/03/2020", "Ongoing", "TBC", "September 2019", "6 months"]
    last = ""
    for k, (rec, real) in enumerate(pairs):
        head = rec.heading or ""
        text = ACTIONS15[(k * 3 + 2) % len(ACTIONS15)]
        act18(rec, real, text, head, dates[k])
        rows.append(
            [head if head != last else None, rec.number, text, dates[k], PROGRESS18[k % len(PROGRESS18)]]
        )
        last = head
    w.table(rows, [5.0, 1.4, 10.0, 3.0, 5.6], font_size=9.5)
    shade_header(w, fill="D9D9D9", white=False)
    _header_footer(w, "Safer Cornwall - DHR Adult C18 - OFFICIAL", "Page {n}")
    return w, g


DEV18A = {
    "dev18-01-kent-two-column-agencies": dev_kent_two_column_agencies,
    "dev18-02-norfolk-grouped-landscape": dev_norfolk_grouped_landscape,
    "dev18-03-nottingham-legal-lead-ins": dev_nottingham_legal_lead_ins,
    "dev18-04-sefton-framed-note": dev_sefton_framed_note,
    "dev18-05-cornwall-restart-by-agency": dev_cornwall_restart_by_agency,
}
