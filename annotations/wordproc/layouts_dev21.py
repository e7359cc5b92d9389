"""The ``dev21/`` documents (``dev21-01``..``05`` and the pieces the batch shares): a twenty-first blind batch of
whole DHR / DARDR reports of 2012-2025, weighted to reports whose AGENCY is carried by the prose around the
recommendations rather than by tables.

Traits, several per document: the older plain style ("The Review Panel makes the following recommendations."
over numbered paragraphs naming the agency inside the sentence); lead-in sentences naming who is asked ("The
panel asks X to ..."), some with a partner only consulted ("X, working with Y, ..."); recommendations grouped
under sentence-style subheadings ("Recommendations for health services", "What the police should do"); an
executive summary and the full report both listing them with different numbering; an agency's own IMR
recommendations quoted inside the analysis narrative as indented paragraphs; chapters numbered by Word heading
styles linked to a list; a few short five-column action plan appendices in portrait.

Recommendation texts are real (``take``, train and dev splits only, one CSP a document) with their real labels.
Subheadings, lead-in sentences and agency subsections name exactly the gold agencies (``gold_lead``) or a group
holding them; Lead cells print ``layouts_dev14.lead_cell`` (the written addressee, or the gold names where the
addressee names a body only consulted). A plan action's gold agencies are its recommendation's. Actions, lead-ins,
subheadings, narrative and dates are written here.
"""

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev7 import PANEL_PROSE, _look
from annotations.wordproc.layouts_dev13 import shade_header, take
from annotations.wordproc.layouts_dev14 import add, glossary, lead_cell, title_page
from annotations.wordproc.layouts_dev15 import margins
from annotations.wordproc.layouts_dev19 import ACTIONS19, KENT19, hanging
from annotations.wordproc.layouts_dev20 import act20
from annotations.wordproc.leads import NORFOLK_NAMES, NOTTINGHAM_NAMES
from annotations.wordproc.vocab import ANALYSIS_TRAP, INTRO_PROSE, TOR_ITEMS
from annotations.wordproc.worddoc import Level, WordDoc
from dhr.schema import Recommendation

#: Target cells this batch prints, with their gold (wordproc README "Target dates": ISO at the printed
#: precision; "Ongoing", "TBC", "Complete" have no date; a financial-year quarter is its last month; day first
#: with slashes; "End of March 2014" is the month).
TARGETS21: dict[str, str | None] = {
    "Ongoing": None,
    "TBC": None,
    "Complete": None,
    "Within 6 months": None,
    "31/03/2014": "2014-03-31",
    "Q4 2013/14": "2014-03",
    "September 2014": "2014-09",
    "30/06/2014": "2014-06-30",
    "End of March 2014": "2014-03",
    "Q2 2014/15": "2014-09",
    "31/12/2014": "2014-12-31",
    "Q3 2014/15": "2014-12",
    "March 2015": "2015-03",
    "30/09/2015": "2015-09-30",
    "Q1 2016/17": "2016-06",
    "31/03/2016": "2016-03-31",
    "December 2015": "2015-12",
    "Q4 2015/16": "2016-03",
    "30/06/2019": "2019-06-30",
    "Q3 2019/20": "2019-12",
    "31/03/2020": "2020-03-31",
    "January 2020": "2020-01",
    "End of March 2020": "2020-03",
    "Q2 2021/22": "2021-09",
    "31/12/2021": "2021-12-31",
    "Q2 2018/19": "2018-09",
    "31/12/2018": "2018-12-31",
    "30/04/2019": "2019-04-30",
    "30/04/2022": "2022-04-30",
    "Q4 2025/26": "2026-03",
    "30/09/2025": "2025-09-30",
    "December 2025": "2025-12",
    "31/03/2026": "2026-03-31",
}
#: Actions written for this batch's plans (the agencies' own wording), after the earlier batches'.
ACTIONS21 = [
    "Write a short guidance note and place it on the intranet",
    "Brief team managers at the next service meeting",
    "Add the question to the assessment form and test it with two teams",
    "Check a sample of 25 records six months after the change",
    "Hold a workshop for practitioners from each partner agency",
    "Report the outcome to the DHR standing panel",
    *ACTIONS19,
]

#: Narrative paragraphs of an older report's analysis (written here, in the register of 2012-2017 reports).
NARRATIVE21 = [
    "Officers attended the address on three occasions in the year before the death. On each occasion the "
    "victim said that nothing had happened, and on the last occasion she asked the officers to leave. The "
    "IMR author found that the risk assessment was completed each time but that the grading did not take the "
    "earlier incidents into account.",
    "The victim was known to the service as a carer for her mother. Two referrals were received in the last "
    "year; both were screened and closed on the same day because the victim said she did not want help. The "
    "IMR author accepts that neither referral was read beside the other.",
    "The perpetrator was referred to the recovery service by his GP and attended four appointments. He was "
    "discharged after he missed three appointments in a row, in line with the service's procedure at the time. "
    "The IMR author considers that the procedure left no room for a different response.",
]
#: Introductions to an IMR author's own recommendations quoted in the narrative.
IMR_LEAD = "The IMR author made the following recommendations for {agency}, which the panel supports:"


# --------------------------------------------------------------------------------------------------------------
# pieces the batch shares
# --------------------------------------------------------------------------------------------------------------


def act21(rec: Recommendation, real: RealRec, text: str, lead: str, target: str) -> None:
    """One gold action: the printed text, lead and target (gold date from ``TARGETS21``), the recommendation's
    agencies its ids."""
    act20(rec, text, lead, target, list(real.agencies), TARGETS21)


def heading_list(w: WordDoc, levels: list[Level], start: int | None = None, second: str = "Heading 2") -> int:
    """A list whose first two levels number the Heading 1 style and ``second`` (Word's "link level to style"),
    as a council template numbers its chapters "1", "1.1"; returns the list's id. ``start``: the first
    chapter's number."""
    nid = w.num(w.abstract(levels), restart={0: start} if start else None)
    w.link_style("Heading 1", nid, 0)
    w.link_style(second, nid, 1)
    return nid


def plain_heading(w: WordDoc, text: str, level: int = 1) -> None:
    """A heading of a numbered heading style with its numbering switched off for this paragraph (``w:numId``
    0, as Word writes when the author clicks the number away): "Executive summary", an appendix."""
    w.heading(text, level)
    ppr = w.doc.paragraphs[-1]._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'))


def styled_heading(w: WordDoc, text: str, nid: int, level: int = 1) -> str:
    """A heading numbered by its style's list (the number is not in the paragraph); returns the label."""
    return w.para(text, style=f"Heading {level}", counted=(nid, level - 1), keep_with_next=True)


def quote(w: WordDoc, text: str) -> None:
    """An IMR author's recommendation quoted in the narrative: an indented italic paragraph of its own."""
    w.para(text)
    p = w.doc.paragraphs[-1]
    p.paragraph_format.left_indent = Cm(1.5)
    p.paragraph_format.right_indent = Cm(1.0)
    for run in p.runs:
        run.italic = True


def plan5(
    w: WordDoc,
    pairs: list[tuple[Recommendation, RealRec]],
    header: list[str],
    dates: list[str],
    names: dict[str, str] | None,
    status: list[str],
    *,
    twice: tuple[int, ...] = (),
    start: int = 0,
    widths: list[float] | None = None,
    fill: str = "1F3864",
    ref: str = "{n}",
) -> None:
    """A short five-column portrait plan: reference | action | lead | target | status, one row an action (two
    for the recommendations at positions ``twice``, the reference merged down); the status cells hold notes
    with dates that are not targets."""
    rows: list[list[str | None]] = [header]
    k = 0
    for i, (rec, real) in enumerate(pairs):
        lead = lead_cell(real, names)
        for j in range(2 if i in twice else 1):
            text = ACTIONS21[(start + k * 3) % len(ACTIONS21)]
            act21(rec, real, text, lead, dates[k])
            rows.append([ref.format(n=rec.number) if j == 0 else None, text, lead, dates[k],
                         status[k]])  # fmt: skip
            k += 1
    w.table(rows, widths or [1.4, 6.0, 3.6, 2.6, 2.8], font_size=9.5)
    shade_header(w, fill=fill)


def chapters(
    w: WordDoc, g: Gold, titles: list[str], nid: int | None = None, typed: int | None = None
) -> None:
    """Chapters of case prose: numbered by the heading style's list ``nid`` when given, or with numbers typed
    into the heading text from ``typed`` ("10. Introduction")."""
    prose = {
        "Introduction": [INTRO_PROSE.format(csp=g.csp, subject=g.subject), PANEL_PROSE[3]],
        "Terms of reference": TOR_ITEMS[:2],
        "Background": [PANEL_PROSE[2], FILLER],
        "The facts": [NARRATIVE21[0], PANEL_PROSE[2]],
        "Family involvement": [PANEL_PROSE[1]],
        "Analysis": [PANEL_PROSE[0], ANALYSIS_TRAP, FILLER],
        "Conclusions": ["The panel concluded that the death could not have been predicted, but that agencies "
                        "missed chances to ask about abuse and to share what they knew."],
    }  # fmt: skip
    for title in titles:
        if nid is not None:
            styled_heading(w, title, nid)
        elif typed is not None:
            w.heading(f"{typed}. {title}", 1)
            typed += 1
        else:
            w.heading(title, 1)
        for text in prose[title]:
            w.para(text)


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------


def dev_nottingham_2012_imr_narrative(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Nottingham 2012, Times New Roman 12, the older plain style: chapters numbered by the Heading 1 / Heading 2
    styles ("1", "4.1"); the analysis chapter has a Heading 2 per agency whose narrative quotes the IMR author's
    own recommendations as indented italic paragraphs (the agency's, single agency, unnumbered); the
    "Recommendations" chapter opens "The Review Panel makes the following recommendations." over a Word list
    "1."-"2." of texts naming Nottinghamshire Police inside the sentence."""
    g = Gold("dev21-01-nottingham-2012-imr-narrative", "Nottingham Crime and Drugs Partnership", "Adult A21")
    w = WordDoc("Times New Roman", 12)
    margins(w, 2.54)
    _look(w, 1.0, 10)
    title_page(w, g, date="September 2012")
    reals = take(pool, "Nottingham", [0, 1, 2, 3, 4, 5, 6, 7], used)
    nid = heading_list(w, [Level("decimal", "%1"), Level("decimal", "%1.%2")])
    chapters(w, g, ["Introduction", "Terms of reference", "The facts"], nid)
    styled_heading(w, "Analysis of agency involvement", nid)
    w.para("This chapter takes each agency in turn. Where an IMR author has made recommendations for their own "
           "agency they are quoted as written; the panel's own recommendations are in chapter 6.")  # fmt: skip
    groups = [("police", NARRATIVE21[0], [1, 2, 3]), ("adult_social_care", NARRATIVE21[1], [6, 7]),
              ("drug_and_alcohol_services", NARRATIVE21[2], [5])]  # fmt: skip
    quoted = []
    for agency, story, picks in groups:
        name = NOTTINGHAM_NAMES[agency]
        styled_heading(w, name, nid, 2)
        w.para(story)
        w.para(IMR_LEAD.format(agency=name), keep_with_next=True)
        for k in picks:
            quote(w, reals[k].text)
            quoted.append((reals[k], name))
        w.para(
            "The panel has not repeated these recommendations in its own list; each agency has its own plan."
        )
    styled_heading(w, "Conclusions", nid)
    w.para("The panel concluded that the death could not have been predicted. The agencies did not share what "
           "they knew, and nobody held the whole picture of the risk the victim faced.")  # fmt: skip
    styled_heading(w, "Recommendations", nid)
    w.para("The Review Panel makes the following recommendations.", keep_with_next=True)
    lst = w.num(w.abstract([Level("decimal", "%1.")]))
    labels = [(k, w.para(reals[k].text, num=(lst, 0))) for k in (0, 4)]
    # the quoted IMR recommendations count as the agencies' own (single agency, heading the agency subsection,
    # unnumbered), as dev18-08's IMR bullets; the gold follows the document's order, so they come first
    for real, name in quoted:
        add(g, real, None, "single_agency", name)
    for k, label in labels:
        add(g, reals[k], label)
    w.para("These recommendations were agreed by the panel on 14 August 2012.")
    _header_footer(w, "Nottingham DHR Adult A21 - Overview Report", "Page {n}")
    return w, g


def dev_norfolk_2013_summary_groups(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk 2013, Arial 11: an executive summary listing the six recommendations in another order as a Word
    list "1."-"6."; the full report's chapter "9 Recommendations" (numbered by the Heading 1 style) gives them
    at "9.1"-"9.6" (one Word list running across sentence-style subheadings "Recommendations for health
    services", "What the police should do", "Recommendations for the Partnership"); a short portrait plan
    appendix Rec | Action | Lead agency | Target date | Status."""
    g = Gold(
        "dev21-02-norfolk-2013-summary-groups", "Norfolk County Community Safety Partnership", "Adult B21"
    )
    w = WordDoc("Arial", 11)
    margins(w, 2.3)
    _look(w, 1.15, 6)
    title_page(w, g, date="December 2013")
    reals = take(pool, "Norfolk", [0, 1, 3, 4, 6, 5], used)
    nid = heading_list(w, [Level("decimal", "%1"), Level("decimal", "%1.%2")], start=4)
    plain_heading(w, "Executive summary")
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.para("The Review Panel makes six recommendations. In summary, they are:", keep_with_next=True)
    es = w.num(w.abstract([Level("decimal", "%1.")]))
    for k in (5, 3, 0, 1, 2, 4):
        w.para(reals[k].text, num=(es, 0))
    w.para("The full text of each recommendation, with the agency it is for, is in chapter 9.")
    w.page_break()
    chapters(w, g, ["Introduction", "Background", "Family involvement", "Analysis", "Conclusions"], nid)
    plain_heading(w, "Lessons to be learned")
    w.para(
        "Practitioners need to think about the children in a household even when the adults are their client."
    )
    styled_heading(w, "Recommendations", nid)
    w.para("The panel has grouped its recommendations by the services that will need to act on them.")
    groups = [
        ("Recommendations for health services", [0, 1, 2, 3], "single_agency"),
        ("What the police should do", [4], "single_agency"),
        ("Recommendations for the Partnership", [5], "overview"),
    ]
    pairs = []
    for title, picks, kind in groups:
        w.heading(title, 3)
        for k in picks:
            label = w.para(reals[k].text, num=(nid, 1))
            pairs.append((add(g, reals[k], label, kind, title), reals[k]))
    w.para("The Partnership will monitor the action plan at Appendix 1 through its DHR sub-group.")
    w.page_break()
    plain_heading(w, "Appendix 1: Action plan")
    plan5(w, pairs, ["Rec", "Action", "Lead agency", "Target date", "Status"],
          ["31/03/2014", "Q4 2013/14", "September 2014", "30/06/2014", "Ongoing", "End of March 2014"],
          {**NORFOLK_NAMES, "community_safety_partnership": "Norfolk County Community Safety Partnership",
           "hospital": "Norfolk and Norwich University Hospitals", "public_health": "Norfolk Public Health",
           "integrated_care_board": "Norfolk CCGs", "gp": "GP practices"},
          ["Completed 12/05/2014", "On track", "", "Draft circulated 03/02/2014", "Not started", ""],
          fill="2E74B5")  # fmt: skip
    _header_footer(w, "Norfolk DHR Adult B21", "OFFICIAL - Page {n}")
    return w, g


def dev_kent_2014_panel_jointly(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent 2014, Calibri 11: every chapter numbered by Heading 1 from its list ("6"), every paragraph numbered
    by a "Numbered Paragraph" style linked to the list's second level; the recommendations "6.2"-"6.7" after
    "6.1 The Review Panel makes the following recommendations. Where a recommendation names an agency that is to be
    consulted, the agency named first is the one asked to act."; texts naming Kent Police, KSCS and KMPT in the
    sentence (two with a body only consulted); a portrait plan No. | Action | Lead agency | By when | Update."""
    g = Gold("dev21-03-kent-2014-panel-jointly", "Kent Community Safety Partnership", "Mrs C21")
    w = WordDoc("Calibri", 11)
    margins(w, 2.5)
    _look(w, 1.08, 8)
    title_page(w, g, date="May 2014")
    nid = heading_list(w, [Level("decimal", "%1"), Level("decimal", "%1.%2")], second="Numbered Paragraph")
    for title, paras in [
        ("Introduction", [INTRO_PROSE.format(csp=g.csp, subject=g.subject), PANEL_PROSE[3]]),
        ("Terms of reference", TOR_ITEMS),
        ("Background", [PANEL_PROSE[2], NARRATIVE21[0]]),
        ("Analysis", [PANEL_PROSE[0], FILLER, ANALYSIS_TRAP]),
        ("Conclusions", ["The panel concluded that the children in the household were not spoken to, and "
                         "that the police response to the calls of early November did not reflect what was "
                         "already known about the perpetrator."]),
    ]:  # fmt: skip
        styled_heading(w, title, nid)
        for text in paras:
            w.para(text, style="Numbered Paragraph", counted=(nid, 1))
    styled_heading(w, "Recommendations", nid)
    w.para("The Review Panel makes the following recommendations. Where a recommendation names an agency that is "
           "to be consulted, the agency named first is the one asked to act.", style="Numbered Paragraph",
           counted=(nid, 1))  # fmt: skip
    pairs = []
    for real in take(pool, "Kent", [0, 3, 4, 1, 6, 5], used):
        label = w.para(real.text, style="Numbered Paragraph", counted=(nid, 1))
        pairs.append((add(g, real, label), real))
    styled_heading(w, "Action plan", nid)
    w.para("The agencies have agreed the actions below.", style="Numbered Paragraph", counted=(nid, 1))
    plan5(w, pairs, ["No.", "Action", "Lead agency", "By when", "Update"],
          ["Q2 2014/15", "31/12/2014", "Q3 2014/15", "September 2014", "March 2015", "TBC"], KENT19,
          ["Completed 12/11/2014", "", "On track", "Briefing issued 09/09/2014", "", "Not started"], start=1,
          fill="7030A0")  # fmt: skip
    _header_footer(w, "Kent DHR Mrs C21 - Overview Report", "Page {n} of {m}")
    return w, g


def dev_kent_dardr_2023_asks(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent and Medway 2023 DARDR, Arial 12: "Learning" paragraphs; each recommendation under a lead-in
    sentence naming who is asked ("The panel asks Kent and Medway CCG to ensure the following."), then the
    text with a hanging typed "Recommendation N" label (a bold run and a tab); one lead-in names a partner the
    agency is to work with (not asked to act); no plan (to follow)."""
    g = Gold("dev21-04-kent-dardr-2023-asks", "Kent Community Safety Partnership", "Mr D21")
    w = WordDoc("Arial", 12)
    margins(w, 2.2)
    _look(w, 1.15, 8)
    w.para("Kent and Medway Community Safety Partnership", bold=True, size=14)
    w.para("Domestic Abuse Related Death Review", style="Title")
    w.para(f"Into the death of {g.subject}", bold=True, size=16)
    w.para("Type of death: unexpected death of an older carer")
    w.para("Final report, November 2023")
    w.page_break()
    chapters(w, g, ["Introduction", "Family involvement", "Background", "Analysis"])
    w.heading("Learning", 1)
    for text in [
        "Where an older person cares for a partner, the carer's own safety is part of the assessment.",
        "A diagnosis of dementia changes a household; agencies need to ask how, and to keep asking.",
    ]:
        w.para(text)  # fmt: skip
    w.heading("Recommendations", 1)
    w.para(
        "The panel makes three recommendations. Each is introduced by the agency the panel is asking to act."
    )
    leads = {
        "nhs_england": "The panel asks NHS England, which holds the GP contract, to act on the following.",
        "integrated_care_board": "The panel asks Kent and Medway CCG to ensure the following for people newly "
        "diagnosed with dementia.",
        "adult_social_care": "The panel asks KCC Adult Social Care and Health to ensure the following for carers, "
        "working with the other agencies that know them.",
    }
    for n, real in enumerate(take(pool, "Kent", [2, 7, 8], used), 1):
        w.para(leads[real.agencies[0]], keep_with_next=True)
        p = w.doc.add_paragraph()
        p.add_run(f"Recommendation {n}").bold = True
        p.add_run(f"\t{real.text}")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.0))
        hanging(w, 4.0)
        add(g, real, str(n))  # the label word is not the number
    w.para(
        "An action plan will be agreed by the Partnership once the Home Office has commented on this report."
    )
    glossary(w, [("CCG", "Clinical Commissioning Group"), ("KCC", "Kent County Council")])
    _header_footer(w, "OFFICIAL - SENSITIVE", "Kent and Medway DARDR Mr D21 | {n}")
    return w, g


def dev_sefton_2015_plain_groups(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sefton 2015, Times New Roman 12 justified, the older plain style: "The Review Panel makes the following
    recommendations" over noun-phrase texts under sentence-style bold paragraphs ("For the MARAC Steering
    Group:", "For all agencies:", "For the Community Safety Partnership:", "For Merseyside Police and the
    National Probation Service:"), typed numbers "1."-"7." running across them with a hanging indent; no plan."""
    g = Gold("dev21-05-sefton-2015-plain-groups", "Sefton Community Safety Partnership", "Ms E21")
    w = WordDoc("Times New Roman", 12)
    margins(w, 2.54, 2.54)
    _look(w, 1.0, 10, justified=True)
    title_page(w, g, date="July 2015")
    chapters(w, g, ["Introduction", "Background", "The facts", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The Review Panel makes the following recommendations.", keep_with_next=True)
    reals = take(pool, "Sefton", [0, 1, 3, 5, 2, 4, 6], used)
    groups = [("For the MARAC Steering Group:", [0]), ("For all agencies:", [1, 2, 3]),
              ("For the Community Safety Partnership:", [4, 5]),
              ("For Merseyside Police and the National Probation Service:", [6])]  # fmt: skip
    n = 0
    for title, picks in groups:
        w.para(title, bold=True, keep_with_next=True)
        kind = "overview" if title.startswith(("For all", "For the Community")) else "single_agency"
        for k in picks:
            n += 1
            w.para(f"{n}.\t{reals[k].text}")
            hanging(w, 1.0)
            add(g, reals[k], str(n), kind, title.rstrip(":"))
    w.para("The Partnership will agree an action plan with each agency named and will ask for evidence that "
           "each recommendation has been carried out.")  # fmt: skip
    _header_footer(w, "Sefton DHR Ms E21", "Page {n}")
    return w, g


DEV21A = {
    "dev21-01-nottingham-2012-imr-narrative": dev_nottingham_2012_imr_narrative,
    "dev21-02-norfolk-2013-summary-groups": dev_norfolk_2013_summary_groups,
    "dev21-03-kent-2014-panel-jointly": dev_kent_2014_panel_jointly,
    "dev21-04-kent-dardr-2023-asks": dev_kent_dardr_2023_asks,
    "dev21-05-sefton-2015-plain-groups": dev_sefton_2015_plain_groups,
}
