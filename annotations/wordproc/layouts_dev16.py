"""The ``dev16/`` documents (``dev16-01``..``05`` and the pieces the batch shares): a sixteenth blind batch of
whole reports of 2013-2025, in shapes dev12-dev15 did not cover.

Traits, several per document: a cover letter before the report; footnotes and "Page N of M" footers; findings
printed beside their recommendation in two-column "Finding | Recommendation" tables inside the analysis
chapters and then gathered, numbered, in the recommendations chapter; per-agency blocks whose agency is only a
bold run-in at the start of the block's first paragraph; an executive summary listing the recommendations by
agency ("1.1", "2.1" ..) while the overview chapter numbers them on ("Recommendation 1" ..); a plan whose target
column mixes "Immediate", "31/03/24", "End of Q2 2023/24" and "April 2023 - ongoing".

Recommendation texts are real (``pick``, train and dev splits only, one CSP a document) with their real labels.
Agency run-ins, agency lines and "Lead agency:" lines name exactly the gold agencies (``gold_lead``) or the
written addressee where that agrees with the gold (``layouts_dev14.lead_cell``). A plan action's gold agencies
are its recommendation's. Findings, actions, letters and prose are written here.
"""

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev7 import PANEL_PROSE, _look
from annotations.wordproc.layouts_dev13 import section
from annotations.wordproc.layouts_dev14 import CORNWALL14, add, lead_cell, title_page
from annotations.wordproc.layouts_dev15 import ACTIONS15, body, learning, margins, styled
from annotations.wordproc.leads import KENT_NAMES, NOTTINGHAM_NAMES, SEFTON_NAMES, gold_lead
from annotations.wordproc.parts import pick
from annotations.wordproc.vocab import FOOTNOTES
from annotations.wordproc.worddoc import Level, WordDoc
from dhr.schema import Action, Recommendation

#: Target cells this batch prints, with their gold (wordproc README "Target dates": a financial-year quarter
#: is its last month, "End of Q2 2023/24" too; "April 2023 - ongoing" is its first month, as "April 2018 -
#: review quarterly"; "31/03/24" is day first with a two-digit year; "Immediate", "Ongoing" have no date).
TARGETS16: dict[str, str | None] = {
    "Immediate": None,
    "Ongoing": None,
    "6 months": None,
    "31/03/24": "2024-03-31",
    "End of Q2 2023/24": "2023-09",
    "April 2023 – ongoing": "2023-04",
    "Q4 2023/24": "2024-03",
    "March 2024": "2024-03",
    "30/06/2015": "2015-06-30",
    "December 2014": "2014-12",
    "31/03/15": "2015-03-31",
    "End of Q2 2014/15": "2014-09",
    "March 2019": "2019-03",
    "September 2018": "2018-09",
    "31/12/2018": "2018-12-31",
    "Q3 2018/19": "2018-12",
}
#: Findings printed beside a recommendation in an analysis chapter's table (statements of fact, not advice).
FINDINGS16 = [
    "The call handler graded the first call as a standard response although the caller said she was afraid.",
    "Officers recorded the children as present but no referral reached children's services for six weeks.",
    "The discharge plan was not shared with the community team before Mr D left the ward.",
    "The inpatient discharge summary gave no information about the risk he posed to his partner.",
    "The diagnosis was given in a short appointment and no follow-up conversation was offered.",
    "The carer's assessment was completed with both partners present in the room.",
]
#: Letter text before the report (a cover letter, not part of the recommendations).
LETTER = [
    "Please find enclosed the overview report of the Domestic Homicide Review into the death of {subject}, "
    "with its executive summary and action plan, for consideration by the Home Office Quality Assurance Panel.",
    "The review was commissioned by the {csp} and chaired independently. The panel met five times and the "
    "family contributed to the review through the independent author.",
    "The partnership has accepted the panel's findings in full. I should be grateful for the panel's comments "
    "at its next meeting.",
]


def act16(rec: Recommendation, real: RealRec, text: str, lead: str, target: str) -> None:
    """One gold action: the printed text, lead and target (gold date from ``TARGETS16``)."""
    rec.actions.append(
        Action(
            text=text,
            agencies=list(real.agencies),  # type: ignore[arg-type]
            target_date=TARGETS16[target],
            lead_text=lead,
            target_date_text=target,
        )
    )


def cover_letter(
    w: WordDoc, g: Gold, date: str, to: list[str], signer: list[str], address: str = "County Hall"
) -> None:
    """A cover letter on the first page: the sender's address block, the date, the addressee, the letter, the
    signature; a page break after it."""
    w.para(g.csp, bold=True, size=13)
    w.para(f"Community Safety Team, {address}")
    w.para(date)
    for line in to:
        w.para(line)
    w.para("Dear Colleagues,")
    for text in LETTER:
        w.para(text.format(subject=g.subject, csp=g.csp))
    w.para("Yours sincerely,")
    for line in signer:
        w.para(line, bold=line == signer[0])
    w.page_break()


def plan16(
    w: WordDoc,
    pairs: list[tuple[Recommendation, RealRec]],
    names: dict[str, str] | None,
    dates: list[str],
    *,
    per_rec: int = 2,
    widths: list[float] | None = None,
    header: tuple[str, ...] = ("No.", "Action", "Lead", "Target", "Update"),
    font_size: float = 9.5,
    first: str = "{n}",
) -> None:
    """A plan No. | Action | Lead | Target | Update, the No. cell merged down over the recommendation's
    actions; the Update cells are progress notes, never targets."""
    updates = ["Draft circulated", "Not started", "In progress", "Agreed at board", ""]
    rows: list[list[str | None]] = [list(header)]
    k = 0
    for rec, real in pairs:
        lead = lead_cell(real, names)
        for j in range(per_rec):
            text = ACTIONS15[(k * 2 + j) % len(ACTIONS15)]
            target = dates[k % len(dates)]
            act16(rec, real, text, lead, target)
            cell = first.format(n=rec.number, text=rec.text) if j == 0 else None
            rows.append([cell, text, lead, target, updates[k % len(updates)]])
            k += 1
    w.table(rows, widths or [1.4, 6.6, 4.0, 2.4, 2.4], font_size=font_size)


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------


def dev_northumberland_cover_letter(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Northumberland 2014, Garamond 12 (substituted): a cover letter to the Home Office QA panel on page 1;
    the report with footnotes (MARAC, DASH, IMR); one recommendation under a bold "Recommendation 1" line with
    a "Lead agency:" line; a small plan, two actions; footer "Page N of M"."""
    g = Gold("dev16-01-northumberland-cover-letter", "Northumberland Community Safety Partnership", "Mrs N")
    w = WordDoc("Garamond", 12)
    margins(w, 2.54, 2.54)
    _look(w, 1.0, 8)
    cover_letter(w, g, "14 November 2014",
                 ["Home Office Quality Assurance Panel", "Domestic Homicide Review Team", "2 Marsham Street",
                  "London SW1P 4DF"],
                 ["Chair, Northumberland Community Safety Partnership"])  # fmt: skip
    title_page(w, g, date="October 2014")
    w.heading("Introduction", 1)
    w.para(PANEL_PROSE[3])
    w.para(
        "Each agency provided an IMR and a chronology of its contact with the family.", footnote=FOOTNOTES[4]
    )
    w.heading("Analysis", 1)
    w.para("Mrs N was assessed as standard risk on a DASH form and was not referred to MARAC.",
           footnote=FOOTNOTES[2])  # fmt: skip
    w.para("The MARAC coordinator was not told of the second incident.", footnote=FOOTNOTES[0])
    w.para(PANEL_PROSE[0])
    w.heading("Lessons learned", 1)
    w.para("Carers who are themselves frail may not recognise that what they experience is abuse.")
    w.heading("Recommendation", 1)
    w.para("The panel makes one recommendation.")
    real = pick(pool, "Northumberland", "", 1, used)[0]
    names = {"adult_social_care": "Northumberland County Council Adult Social Care"}
    w.para("Recommendation 1", bold=True, keep_with_next=True)
    w.para(real.text)
    w.para(f"Lead agency: {gold_lead(real, names)}")
    rec = add(g, real, "1")
    w.heading("Action plan", 1)
    plan16(w, [(rec, real)], names, ["30/06/2015", "December 2014"], header=("Rec", "Action", "Lead", "Target",
           "Progress"))  # fmt: skip
    _header_footer(w, "Northumberland DHR - Overview Report - CONFIDENTIAL", "Page {n} of {m}")
    return w, g


def dev_kent_finding_tables(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent 2019, Arial 11: each analysis chapter (one an agency) closes with a two-column Finding |
    Recommendation table, the recommendation unnumbered there; the "Recommendations" chapter gathers them as a
    Word list "1."-"6." with "Lead agency:" lines (each counts once, with that number)."""
    g = Gold("dev16-02-kent-finding-tables", "Kent Community Safety Partnership", "Ms K16")
    w = WordDoc("Arial", 11)
    margins(w, 2.2)
    _look(w, 1.15, 6)
    title_page(w, g, date="April 2019")
    body(w, g, ["Introduction", "Chronology"])
    groups = [
        pick(pool, "Kent", "Kent Police", 2, used),
        pick(pool, "Kent", "KMPT", 2, used),
        pick(pool, "Kent", "CCG", 1, used) + pick(pool, "Kent", "Adult Social Care", 1, used),
    ]
    k = 0
    for n, group in enumerate(groups, 1):
        title = "Health and social care" if n == 3 else gold_lead(group[0], KENT_NAMES)
        w.heading(f"Analysis: {title}", 1)
        w.para(PANEL_PROSE[n % len(PANEL_PROSE)])
        w.para(FILLER)
        rows: list[list[str | None]] = [["Finding", "Recommendation"]]
        for real in group:
            rows.append([FINDINGS16[k], real.text])
            k += 1
        w.table(rows, [7.0, 9.6], font_size=10)
    w.heading("Recommendations", 1)
    w.para(
        "The recommendations made in the analysis chapters are gathered here, with the lead agency for each."
    )
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in [r for group in groups for r in group]:
        add(g, real, w.para(real.text, num=(nid, 0)))
        w.para(f"Lead agency: {lead_cell(real, KENT_NAMES)}")
    w.heading("Glossary", 1)
    w.para(
        "KMPT: Kent and Medway NHS and Social Care Partnership Trust. KSCS: Kent Specialist Children's Services."
    )
    _header_footer(w, f"Kent and Medway DHR - {g.subject}", "Page {n} of {m}")
    return w, g


def dev_nottingham_bold_runin(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Nottingham 2021, Tahoma 10.5 (substituted): single-agency recommendations in per-agency blocks, one Word
    list "1."-"6." running across them; each block's agency only a bold run-in ("Nottinghamshire Police: ") at
    the start of its first paragraph, the block's later paragraphs without it."""
    g = Gold("dev16-03-nottingham-bold-runin", "Nottingham Crime and Drugs Partnership", "Adult M16")
    w = WordDoc("Tahoma", 10.5)
    margins(w, 2.2, 2.5)
    _look(w, 1.2, 6)
    title_page(w, g, date="March 2021")
    body(w, g, ["Introduction", "Background", "Analysis", "Conclusions"])
    learning(w, "Learning", 3, labelled=False)
    w.heading("Recommendations", 1)
    w.para("Each agency's own recommendations, accepted by the panel, are set out below by agency.")
    groups = [
        pick(pool, "Nottingham", "Nottinghamshire Police", 3, used),
        pick(pool, "Nottingham", "Adult Social Care", 2, used),
        pick(pool, "Nottingham", "Recovery Network", 1, used),
    ]
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for group in groups:
        agency = gold_lead(group[0], NOTTINGHAM_NAMES)
        for j, real in enumerate(group):
            label = w.para(real.text, num=(nid, 0), label_run=f"{agency}: " if j == 0 else None)
            add(g, real, label, "single_agency", agency)
    w.heading("Next steps", 1)
    w.para("Progress on the recommendations will be monitored by the Crime and Drugs Partnership.")
    _header_footer(w, "Nottingham DHR - Overview Report", "{n}")
    return w, g


SEFTON16 = {**SEFTON_NAMES, "marac": "Sefton MARAC Steering Group", "all_agencies": "All agencies"}


def dev_sefton_summary_by_agency(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sefton 2019, Calibri 11: the executive summary lists the recommendations by agency (bold agency lines,
    a two-level list "1."/"1.1"); the overview report's recommendations chapter numbers them in its own order
    with bold typed "Recommendation N: " run-ins and "Lead:" lines (each counts once, with that number)."""
    g = Gold("dev16-04-sefton-summary-by-agency", "Sefton Community Safety Partnership", "Adult S16")
    w = WordDoc("Calibri", 11)
    margins(w, 2.0)
    _look(w, 1.1, 6)
    title_page(w, g, date="June 2019")
    reals = pick(pool, "Sefton", "", 7, used)
    w.heading("Executive summary", 1)
    w.para(PANEL_PROSE[3])
    w.para("The recommendations of the review are listed below by the agency that leads each.")
    legal = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2")]))
    groups: dict[str, list[RealRec]] = {}
    for real in reals:
        groups.setdefault(gold_lead(real, SEFTON16), []).append(real)
    for agency, group in groups.items():
        w.para(agency, num=(legal, 0), bold=True, keep_with_next=True)
        for real in group:
            w.para(real.text, num=(legal, 1))
    w.page_break()
    body(w, g, ["Introduction", "Chronology", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel makes the following recommendations.")
    for k, real in enumerate(reals, 1):
        w.para(real.text, label_run=f"Recommendation {k}: ")
        w.para(f"Lead: {gold_lead(real, SEFTON16)}")
        add(g, real, str(k))
    _header_footer(w, f"Sefton DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_cornwall_mixed_targets(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cornwall 2023, Segoe UI 10 (substituted): recommendations a Word list "1."-"6." with "Lead agency:"
    lines; a landscape plan No. | Action | Lead | Target | Update, two actions each, the target column mixing
    "Immediate", "31/03/24", "End of Q2 2023/24", "April 2023 - ongoing", "Q4 2023/24", "Ongoing"."""
    g = Gold("dev16-05-cornwall-mixed-targets", "Safer Cornwall", "Adult C16")
    w = WordDoc("Segoe UI", 10)
    margins(w, 2.4)
    _look(w, 1.15, 6)
    title_page(w, g, date="January 2023")
    body(w, g, ["Introduction", "Background", "Analysis"])
    learning(w, n=2)
    w.heading("Recommendations", 1)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    pairs = []
    for real in pick(pool, "Cornwall", "", 6, used):
        pairs.append((add(g, real, w.para(real.text, num=(nid, 0))), real))
        w.para(f"Lead agency: {lead_cell(real, CORNWALL14)}")
    section(w, landscape=True)
    w.heading("Appendix 1: Action plan", 1)
    dates = ["Immediate", "31/03/24", "End of Q2 2023/24", "April 2023 – ongoing", "Q4 2023/24", "Ongoing",
             "March 2024"]  # fmt: skip
    plan16(w, pairs, CORNWALL14, dates, widths=[1.4, 10.0, 6.0, 3.6, 4.0], font_size=10)
    styled(w, "Light Grid Accent 1")
    _header_footer(w, f"Safer Cornwall DHR {g.subject} | OFFICIAL", "{n}")
    return w, g


DEV16A = {
    "dev16-01-northumberland-cover-letter": dev_northumberland_cover_letter,
    "dev16-02-kent-finding-tables": dev_kent_finding_tables,
    "dev16-03-nottingham-bold-runin": dev_nottingham_bold_runin,
    "dev16-04-sefton-summary-by-agency": dev_sefton_summary_by_agency,
    "dev16-05-cornwall-mixed-targets": dev_cornwall_mixed_targets,
}
