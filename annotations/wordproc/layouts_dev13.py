"""The ``dev13/`` documents (``dev13-01``..``04``, and the pieces the batch shares): a thirteenth blind batch of whole reports,
written to be scored once blind by the lead.

Each document is a whole report typeset the way councils and community safety partnerships published them in
2020-2025, several traits at once, leaning on the PDF side: title pages for a "Domestic Abuse Related Death
Review" (DARDR) or a "Domestic Homicide Review"; accessible templates with large headings; every paragraph of the
report numbered in one list ("1.1" .. "14.3") with the recommendations among them; recommendation tables whose
shaded header row repeats over pages; recommendations with sub-points "(a)", "(i)"; bulleted actions under each
recommendation; a summary set in two columns; landscape plans "Recommendation | Scope | Action | Lead | Target
date | Outcome | Completed"; portrait plans printing the recommendation only in the first row of its block; plans
split into "Single agency" and "Multi-agency" parts; a "Learning" chapter whose lessons are not recommendations;
IMR recommendations repeated in an appendix; headers carrying the report title and "OFFICIAL - SENSITIVE", footers
with page numbers.

Recommendation texts are real (train and dev splits, taken by position from ``parts.real_pool``); every printed
agency heading names the recommendation's own gold agencies (``leads.gold_lead``), every Lead cell or "Lead:"
line is ``leads.real_lead``, a plan's Scope is the real level. Actions, prose, lessons and dates are written here;
an action carries the gold agencies of its recommendation.
"""

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.leads import KENT_NAMES, NORFOLK_NAMES, NOTTINGHAM_NAMES, SEFTON_NAMES
from annotations.wordproc.leads import gold_lead as _gold_lead
from annotations.wordproc.leads import real_lead as _real_lead
from annotations.wordproc.vocab import TOR_ITEMS
from annotations.wordproc.worddoc import Level, WordDoc
from dhr.schema import Action, Recommendation

#: The pool's CSP keys -> the partnership a title page names (as the other sets' gold names them).
CSPS = {
    "Kent": "Kent Community Safety Partnership",
    "Nottingham": "Nottingham Crime and Drugs Partnership",
    "Norfolk": "Norfolk County Community Safety Partnership",
    "Sefton": "Sefton Community Safety Partnership",
    "Cornwall": "Safer Cornwall",
    "Durham": "Safe Durham Partnership",
    "Harlow": "Harlow Community Safety Partnership",
}
#: Area names for the gold agency ids, per CSP (headings and Lead cells).
NAMES = {
    "Kent": KENT_NAMES,
    "Nottingham": NOTTINGHAM_NAMES,
    "Norfolk": {
        **NORFOLK_NAMES,
        "community_safety_partnership": "Norfolk County Community Safety Partnership",
    },
    "Sefton": SEFTON_NAMES,
    "Cornwall": {
        "police": "Devon and Cornwall Police",
        "public_health": "Cornwall Public Health",
        "integrated_care_board": "NHS Kernow",
    },
    "Durham": {"community_safety_partnership": "Safe Durham Partnership"},
    "Harlow": {},
}
#: Target cells of this batch (2020-2025 plans) with their gold (README "Target dates" rules).
TARGETS13: dict[str, str | None] = {
    "March 2024": "2024-03",
    "31/03/2025": "2025-03-31",
    "Q2 2024/25": "2024-09",
    "Q4 2023/24": "2024-03",
    "December 2023": "2023-12",
    "30 September 2024": "2024-09-30",
    "Ongoing": None,
    "Complete": None,
    "Summer 2024": "2024",
    "Within 6 months of publication": None,
    "June 2025": "2025-06",
    "31st January 2024": "2024-01-31",
    "Q1 2025/26": "2025-06",
    "April 2024 then annually": "2024-04",
    "12 months from publication": None,
    "End of September 2024": "2024-09",
    "01/11/2023": "2023-11-01",
    "Autumn 2024": "2024",
}
DATES = list(TARGETS13)
#: Actions written for this batch (how an agency will meet a recommendation).
ACTIONS13 = [
    "Revise the procedure and publish it on the staff intranet",
    "Deliver a seven-minute briefing to all frontline teams",
    "Dip sample twenty cases and report the findings to the board",
    "Add the learning to the domestic abuse training offer",
    "Nominate a named lead to oversee the change",
    "Update the case management system with a mandatory field",
    "Hold a practitioner learning event on this review",
    "Agree the revised pathway with partner agencies",
]
#: Outcome cells (what success will look like; no dates).
OUTCOMES = [
    "Staff know what is expected of them",
    "Audit shows the change is in use",
    "Victims are offered the right support sooner",
    "Partners receive information without delay",
    "Learning is embedded in practice",
]
#: Completed cells (dates of completion, not targets).
COMPLETED = ["Yes - 14/02/2024", "No", "Partly", "", "Yes - 03/10/2024"]
#: Lessons of the "Learning" chapters: worded like advice, none of them a recommendation.
LESSONS13 = [
    "Professionals should be curious about coercive control even when no physical violence is reported.",
    "A victim who cancels appointments may be prevented from attending; services should ask why.",
    "Older victims of domestic abuse are less likely to be asked about it and less likely to disclose.",
    "Information held by one agency only becomes useful when it is shared with those who assess risk.",
    "Families and friends often know most about the abuse and need to know where to turn for advice.",
]
#: Chapter titles and prose of a whole report numbered throughout (none of it a recommendation).
CHAPTERS: list[tuple[str, list[str]]] = [
    (
        "Introduction",
        [
            "This report examines the contact agencies had with the victim and the perpetrator before her death.",
            "The review was carried out under section 9 of the Domestic Violence, Crime and Victims Act 2004.",
        ],
    ),
    (
        "Timescales",
        [
            "The partnership decided to hold a review within a month of the death and told the Home Office.",
            "The review was delayed while the criminal trial took place.",
        ],
    ),
    (
        "Confidentiality",
        [
            "The findings are confidential until publication. Pseudonyms are used for the victim and her family.",
        ],
    ),
    (
        "Methodology",
        [
            "Agencies provided chronologies and individual management reviews, which the panel analysed.",
            "The chair met the family and the author interviewed practitioners from three agencies.",
        ],
    ),
    (
        "Involvement of family and friends",
        [
            "The victim's sister and two friends contributed to the review, and their words appear in the report.",
        ],
    ),
    (
        "Contributors and the review panel",
        [
            "The panel met six times. Its members were independent of any line management of the case.",
            "Each agency's panel member signed off its chronology and management review.",
        ],
    ),
    (
        "Equality and diversity",
        [
            "The panel considered each of the protected characteristics. Age and disability were relevant here.",
        ],
    ),
    (
        "Background",
        [
            "The victim had lived in the area all her life and worked part time at a local school.",
            "She had been in a relationship with the perpetrator for eleven years.",
        ],
    ),
    (
        "Chronology",
        [
            "Police attended the address four times in the two years before the homicide.",
            "The victim saw her GP six times in the final year, twice about anxiety and poor sleep.",
        ],
    ),
    (
        "Analysis",
        [
            "There should always be a clear record of why a referral was closed; that was not the case here.",
            "Agencies should have asked about the relationship when the victim presented with unexplained injuries.",
        ],
    ),
    (
        "Conclusions",
        [
            "The panel does not conclude that the death could have been predicted, but it could have been prevented.",
        ],
    ),
]
CLOSING13 = [
    "The partnership will monitor the action plan through its domestic abuse board.",
    "The report will be published on the partnership's website once the Home Office has approved it.",
    "The panel thanks the family for their contribution to this review.",
]


# --------------------------------------------------------------------------------------------------------------
# pieces every layout of this batch uses
# --------------------------------------------------------------------------------------------------------------


def take(pool: dict[str, list[RealRec]], csp: str, picks: list[int], used: set[str]) -> list[RealRec]:
    """The real recommendations of ``csp`` at these positions of the pool (train and dev, loader order)."""
    out = [pool[csp][k] for k in picks]
    used.update(r.text for r in out)
    return out


def gold(name: str, csp: str, subject: str, kind: str = "overview_report") -> Gold:
    return Gold(name, CSPS[csp], subject, kind)


def lead(real: RealRec, csp: str) -> str:
    """A Lead cell or "Lead:" line: the real report's own addressee (``leads.real_lead``)."""
    return _real_lead(real, NAMES[csp])


def heading_of(real: RealRec, csp: str) -> str:
    """An agency heading naming exactly the recommendation's gold agencies (``leads.gold_lead``)."""
    return _gold_lead(real, NAMES[csp])


def scope(real: RealRec) -> str:
    return real.level.capitalize()


def act(rec: Recommendation, real: RealRec, text: str, who: str, target: str) -> None:
    """One gold action of ``rec``: the printed text, Lead and target cell (gold date from ``TARGETS13``)."""
    rec.actions.append(
        Action(
            text=text,
            agencies=list(real.agencies),  # type: ignore[arg-type]
            target_date=TARGETS13[target],
            lead_text=who,
            target_date_text=target,
        )
    )


def cut(text: str, *anchors: str) -> list[str]:
    """``text`` split before each anchor (a sub-point's first words), the parts joining back to ``text``."""
    parts, rest = [], text
    for anchor in anchors:
        head, tail = rest.split(anchor, 1)
        parts.append(head.strip())
        rest = anchor + tail
    parts.append(rest.strip())
    if " ".join(parts) != text:
        raise ValueError("sub-points must join to the real text")
    return parts


def bullet_points(real: RealRec) -> list[str]:
    """A real text whose source bulleted its sub-points: the lead-in and the points, without the bullets."""
    return [part.strip() for part in real.text.split("\u2022")]


def accessible(w: WordDoc, body: float = 12, sizes: tuple[float, float, float] = (22, 16, 13)) -> None:
    """An accessible council template: a plain sans body, left aligned, 1.15 spacing, large dark headings."""
    normal = w.doc.styles["Normal"]
    normal.font.size = Pt(body)
    normal.paragraph_format.line_spacing = 1.15
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for level, size in enumerate(sizes, 1):
        style = w.doc.styles[f"Heading {level}"]
        style.font.size = Pt(size)
        style.font.name = normal.font.name
        style.font.bold = True
        style.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        style.paragraph_format.space_before = Pt(18 if level == 1 else 12)
        style.paragraph_format.space_after = Pt(8)


def look(w: WordDoc, spacing: float = 1.1, after: float = 6, justified: bool = False) -> None:
    fmt = w.doc.styles["Normal"].paragraph_format
    fmt.line_spacing = spacing
    fmt.space_after = Pt(after)
    if justified:
        fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def title_page(
    w: WordDoc, g: Gold, review: str, part: str = "Overview Report", date: str = "March 2024"
) -> None:
    """A council title page: the partnership, the review's kind in large type, the subject, the part, the
    date and the protective marking, then a page break. The first section is set to A4 (python-docx's blank
    document is US Letter; a council's template is A4, like the later sections ``WordDoc.section`` adds)."""
    first = w.doc.sections[0]
    first.page_width, first.page_height = Cm(21.0), Cm(29.7)
    first.left_margin = first.right_margin = Cm(2.3)
    w.para(g.csp, bold=True, size=16)
    for _ in range(3):
        w.doc.add_paragraph()
    w.para(review, bold=True, size=28)
    w.para(f"Into the death of {g.subject}", size=20)
    w.para(part, bold=True, size=16)
    w.doc.add_paragraph()
    w.para("Independent Chair and Author: Dr J. Marsh")
    w.para(f"Report completed: {date}")
    w.para("OFFICIAL - SENSITIVE", bold=True)
    w.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def marking(w: WordDoc, title: str, footer: str = "Page {n} of {m}", centred: bool = True) -> None:
    """The running header ("OFFICIAL - SENSITIVE" over the report's title) and footer (``{n}`` the PAGE
    field, ``{m}`` NUMPAGES) of the first section; the later sections link to it."""
    first = w.doc.sections[0]
    head = first.header.paragraphs[0]
    head.text = ""
    head.add_run("OFFICIAL - SENSITIVE").bold = True
    second = first.header.add_paragraph(title)
    foot = first.footer.paragraphs[0]
    foot.text = ""
    import re

    for piece in re.split(r"(\{n\}|\{m\})", footer):
        if piece in ("{n}", "{m}"):
            field = "PAGE" if piece == "{n}" else "NUMPAGES"
            foot._p.append(
                parse_xml(
                    f'<w:fldSimple {nsdecls("w")} w:instr="{field}"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
                )
            )
        elif piece:
            foot.add_run(piece)
    if centred:
        for p in (head, second, foot):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for section in w.doc.sections[1:]:
        section.header.is_linked_to_previous = True
        section.footer.is_linked_to_previous = True


def section(w: WordDoc, *, landscape: bool = False, columns: int = 1, continuous: bool = False) -> None:
    """A new section for what follows (landscape, columns); ``continuous``: on the same page."""
    w.section(landscape=landscape, columns=columns)
    if continuous:
        w.doc.sections[-1].start_type = WD_SECTION.CONTINUOUS


def shade_header(w: WordDoc, fill: str = "1F3864", rows: int = 1, white: bool = True) -> None:
    """Shade the header row(s) of the last table (dark fill, white bold text), as council templates do; the
    rows are already marked to repeat at the top of each page (``w:tblHeader``)."""
    table = w.doc.tables[-1]
    for row in table.rows[:rows]:
        for cell in row.cells:
            tcpr = cell._tc.get_or_add_tcPr()
            tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
            for run in (r for p in cell.paragraphs for r in p.runs):
                run.bold = True
                if white:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def shade_span_rows(w: WordDoc, fill: str = "D9E2F3") -> None:
    """Shade the last table's rows that span the width (a section row: "Single agency", a theme)."""
    for row in w.doc.tables[-1].rows:
        cells = row._tr.findall(qn("w:tc"))
        if len(cells) == 1:
            tcpr = cells[0].get_or_add_tcPr()
            tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def numbered_chapters(
    w: WordDoc, ch: int, chapters: list[tuple[str, list[str]]], tor_at: int | None = None
) -> None:
    """Chapters numbered at level 0 of list ``ch`` and each paragraph at level 1 ("4.2"); the terms of
    reference as the ``tor_at``-th chapter (its lead-in and items numbered alike)."""
    for k, (title, paras) in enumerate(chapters):
        if k == tor_at:
            w.heading("Terms of reference", 1, num=(ch, 0))
            w.para("The panel agreed the following terms of reference at its first meeting.", num=(ch, 1))
            for item in TOR_ITEMS:
                w.para(item, num=(ch, 1))
        w.heading(title, 1, num=(ch, 0))
        for text in paras:
            w.para(text, num=(ch, 1))


def bullet_actions(
    w: WordDoc, rec: Recommendation, real: RealRec, csp: str, bullets: int, start: int, n: int = 2
) -> None:
    """An "Actions" line and Word bullets under a recommendation: each bullet an action, its Lead and target
    date written in it ("... Lead: X. Target date: Y.")."""
    w.para("Actions", bold=True, keep_with_next=True)
    nid = w.num(bullets)
    who = lead(real, csp)
    for j in range(n):
        text = ACTIONS13[(start + j) % len(ACTIONS13)]
        target = DATES[(start * 2 + j) % len(DATES)]
        w.para(f"{text}. Lead: {who}. Target date: {target}.", num=(nid, 0))
        act(rec, real, text, who, target)


BULLETS = [Level("bullet", "\uf0b7")]
LEGAL2 = [Level("decimal", "%1."), Level("decimal", "%1.%2")]
LEGAL_SUB = [Level("decimal", "%1."), Level("decimal", "%1.%2"), Level("lowerLetter", "(%3)")]


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------


def dev_dardr_numbered_paragraphs(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent DARDR, accessible template (Arial 12, 22 pt headings): every paragraph in one list, chapters "1."
    to "15." and paragraphs "1.1" ..; the terms of reference "4.2" ..; a "Learning" chapter "13.1" .. whose
    lessons are advice; the recommendations "14.2" .. after a "14.1" lead-in under unnumbered agency headings
    (Heading 3), the carers' recommendation's sentences as sub-points "(a)" ..; a "15. Next steps" after."""
    g = gold("dev13-01-dardr-numbered-paragraphs", "Kent", "Mrs K13")
    w = WordDoc("Arial", 12)
    accessible(w)
    title_page(w, g, "Domestic Abuse Related Death Review")
    ch = w.num(w.abstract(LEGAL_SUB))
    numbered_chapters(w, ch, CHAPTERS, tor_at=3)
    w.heading("Learning", 1, num=(ch, 0))
    w.para("The panel identified the following learning from this review.", num=(ch, 1))
    for lesson in LESSONS13[:4]:
        w.para(lesson, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para(
        "The panel makes the following recommendations, set out by the agency that will lead.", num=(ch, 1)
    )
    reals = take(pool, "Kent", [0, 4, 1, 2, 5, 7, 8], used)
    last = ""
    for real in reals:
        head = heading_of(real, "Kent")
        if head != last:
            w.heading(head, 3)
            last = head
        if real.text.startswith("That provision is made for carers"):
            parts = cut(real.text, "This should be", "Any decision", "The agency most", "The suggestion")
            label = w.para(parts[0], num=(ch, 1))
            for part in parts[1:]:
                w.para(part, num=(ch, 2))
        else:
            label = w.para(real.text, num=(ch, 1))
        g.rec(real, label, "single_agency", head)
    w.heading("Next steps", 1, num=(ch, 0))
    for text in CLOSING13:
        w.para(text, num=(ch, 1))
    marking(w, f"Domestic Abuse Related Death Review: {g.subject}")
    return w, g


def dev_shaded_rec_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Nottingham DHR, Calibri 11: a summary in two columns (a continuous section; prose and lessons as
    bullets), then one column; the recommendations in a No. | Recommendation | Lead agency | Target date table
    in 11 pt whose dark shaded header row repeats over the pages; each row an implied action."""
    g = gold("dev13-02-shaded-rec-table", "Nottingham", "Adult N13")
    w = WordDoc("Calibri", 11)
    look(w, 1.15, 6)
    title_page(w, g, "Domestic Homicide Review", date="November 2023")
    w.heading("Summary", 1)
    section(w, columns=2, continuous=True)
    for text, _ in CHAPTERS[7:10]:
        w.para(text, bold=True)
        w.para(dict(CHAPTERS)[text][0])
    w.para("Learning", bold=True)
    nid = w.num(w.abstract(BULLETS))
    for lesson in LESSONS13:
        w.para(lesson, num=(nid, 0))
    section(w, continuous=True)
    w.heading("Introduction", 1)
    for text in CHAPTERS[0][1] + CHAPTERS[3][1]:
        w.para(text)
    w.heading("Recommendations", 1)
    w.para("The recommendations, the agency that leads on each and the date agreed, are below.")
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead agency", "Target date"]]
    pairs = []
    for k, real in enumerate(take(pool, "Nottingham", [0, 1, 2, 3, 4, 5, 6, 7], used), 1):
        who, target = lead(real, "Nottingham"), DATES[k % len(DATES)]
        rows.append([str(k), real.text, who, target])
        pairs.append((g.rec(real, str(k), "overview"), real, who, target))
    w.table(rows, [1.0, 8.6, 3.9, 2.9], font_size=11)
    shade_header(w)
    for rec, real, who, target in pairs:
        act(rec, real, real.text, who, target)
    w.heading("Glossary", 1)
    w.para("DAPPN - Domestic Abuse Public Protection Notice. DART - Domestic Abuse Referral Team.")
    marking(w, f"Nottingham DHR - {g.subject} - Overview Report", "OFFICIAL - SENSITIVE | Page {n} of {m}")
    return w, g


def dev_subpoints_bullet_actions(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk DHR, Arial 11, accessible headings: each recommendation under a "Recommendation N" Heading 2,
    sub-points as Word lists "(a)" (the Probation text's bullets) and "(i)" (two campaigns); a "Lead agency:"
    line; then a bold "Actions" line over Word bullets, each an action with its lead and target date."""
    g = gold("dev13-03-subpoints-bullet-actions", "Norfolk", "Adult P13")
    w = WordDoc("Arial", 11)
    accessible(w, 11, (20, 15, 12))
    title_page(w, g, "Domestic Homicide Review", date="July 2022")
    w.heading("Introduction", 1)
    for text in CHAPTERS[0][1] + CHAPTERS[1][1]:
        w.para(text)
    w.heading("Analysis", 1)
    for text in CHAPTERS[9][1]:
        w.para(text)
    w.heading("Recommendations", 1)
    reals = take(pool, "Norfolk", [7, 9, 10, 11, 6, 0], used)
    letters = w.abstract([Level("lowerLetter", "(%1)", 0.6)])
    romans = w.abstract([Level("lowerRoman", "(%1)", 0.6)])
    bullets = w.abstract(BULLETS)
    for k, real in enumerate(reals, 1):
        w.heading(f"Recommendation {k}", 2)
        if "\u2022" in real.text:
            parts, kind = bullet_points(real), letters
        elif real.text.startswith("It is recommended that, alongside"):
            parts, kind = cut(real.text, "The first", "the second"), romans
        else:
            parts, kind = [real.text], None
        w.para(parts[0])
        if kind is not None:
            nid = w.num(kind)
            for part in parts[1:]:
                w.para(part, num=(nid, 0))
        w.para(f"Lead agency: {lead(real, 'Norfolk')}")
        rec = g.rec(real, str(k), "overview", text=" ".join(parts))
        bullet_actions(w, rec, real, "Norfolk", bullets, k)
    w.heading("Glossary", 1)
    w.para("NHCP - Norfolk Healthy Child Programme. UPW - Unpaid Work.")
    marking(w, f"Norfolk DHR {g.subject}", "Page {n}")
    return w, g


def dev_landscape_outcome_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cornwall DARDR, accessible (Arial 12): numbered paragraphs "1.1" .. in chapters "1." .. "9.", the
    recommendations "9.2" .. under agency Heading 3s; a landscape plan Recommendation | Scope | Action | Lead |
    Target date | Outcome | Completed, the recommendation ("9.2 text") and scope merged down over two actions,
    its shaded header row repeated over the pages."""
    g = gold("dev13-04-landscape-outcome-plan", "Cornwall", "Adult C13")
    w = WordDoc("Arial", 12)
    accessible(w)
    title_page(w, g, "Domestic Abuse Related Death Review", date="September 2024")
    ch = w.num(w.abstract(LEGAL2))
    numbered_chapters(w, ch, [CHAPTERS[k] for k in (0, 3, 4, 7, 8, 9, 10)], tor_at=1)
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The recommendations below are set out by agency; the action plan is at Appendix A.", num=(ch, 1))
    pairs = []
    last = ""
    for real in take(pool, "Cornwall", [0, 1, 2, 3, 4, 5], used):
        head = heading_of(real, "Cornwall")
        if head != last:
            w.heading(head, 3)
            last = head
        pairs.append((g.rec(real, w.para(real.text, num=(ch, 1)), "single_agency", head), real))
    section(w, landscape=True)
    w.heading("Appendix A: Action plan", 1)
    rows: list[list[str | None]] = [
        ["Recommendation", "Scope", "Action", "Lead", "Target date", "Outcome", "Completed"]
    ]
    k = 0
    for rec, real in pairs:
        who = lead(real, "Cornwall")
        for j in range(2):
            text, target = ACTIONS13[(k + 3) % len(ACTIONS13)], DATES[(k + 5) % len(DATES)]
            act(rec, real, text, who, target)
            first = j == 0
            rows.append([f"{rec.number} {rec.text}" if first else None, scope(real) if first else None, text,
                         who, target, OUTCOMES[k % len(OUTCOMES)], COMPLETED[k % len(COMPLETED)]])  # fmt: skip
            k += 1
    w.table(rows, [7.0, 2.0, 5.0, 3.4, 2.6, 3.6, 2.4], font_size=9)
    shade_header(w, "2E5E4E")
    section(w)
    w.heading("Glossary", 1)
    w.para("CIC - Community Interest Company. IoS - Isles of Scilly.")
    marking(w, f"Safer Cornwall DARDR - {g.subject}")
    return w, g


DEV13A = {
    "dev13-01-dardr-numbered-paragraphs": dev_dardr_numbered_paragraphs,
    "dev13-02-shaded-rec-table": dev_shaded_rec_table,
    "dev13-03-subpoints-bullet-actions": dev_subpoints_bullet_actions,
    "dev13-04-landscape-outcome-plan": dev_landscape_outcome_plan,
}
