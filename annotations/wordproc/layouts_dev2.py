"""The ``dev2/`` documents: more word-processor layouts, errors in the extractor are fixed against these.

What they add to ``dev/``: an executive summary that repeats the recommendations before the body gives them
again under other numbers; lessons learned worded like recommendations; recommendations as siblings of their
lead-in at the second level of a legal list (``5.2``); a No. | Recommendation | Agency table with rows
spanning the width and an agency cell merged down; numbering linked to paragraph styles (Word's "link level
to style", with and without ``w:ilvl`` in the style); "Recommendation N:" typed in bold at the start of the
paragraph, on a line of its own, or over a title; noun-phrase recommendations that name no addressee.
"""

from docx.shared import Cm

from annotations.wordproc.parts import pick
from annotations.wordproc.vocab import (
    ANALYSIS_TRAP,
    COMMENTARY,
    FOOTNOTES,
    INTRO_PROSE,
    LESSONS,
    PANEL_NOTES,
    SUMMARY_LEAD_IN,
    TOR_ITEMS,
)
from annotations.wordproc.worddoc import BULLET, LEGAL3, LEGAL3_NODOT, Gold, Level, RealRec, WordDoc

#: Prose that fills a page so that what follows starts where a page break cuts it (written here).
FILLER = (
    "The panel read the chronologies of every agency side by side and met the family twice. Where the "
    "records of two agencies disagreed, the panel asked both to check their original notes, and the account "
    "given here is the one the notes support. Nothing in this part of the report is a finding about any "
    "individual practitioner; the review looks at systems and at how agencies worked together."
)


def _fill(w: WordDoc, n: int, num: tuple[int, int] | None = None) -> None:
    for _ in range(n):
        w.para(FILLER, num=num)


def dev_summary_repeats(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Overview report opening with an executive summary that lists the recommendations (1., 2., ...); the
    body numbers chapters, paragraphs and recommendations in one legal list, the recommendations at the
    second level beside their lead-in and the panel's notes (5.2, 5.3); lessons learned in chapter 4 are
    worded like recommendations. Each recommendation counts once, with the body's number."""
    g = Gold("dev2-01-summary-repeats", "Nottingham Crime and Drugs Partnership", "Adult D")
    w = WordDoc("Arial", 11)
    police = pick(pool, "Nottingham", "Nottinghamshire Police", 3, used)
    care = pick(pool, "Nottingham", "Adult Social Care", 2, used)
    w.para(f"Domestic Homicide Review into the death of {g.subject}", style="Title")
    w.para(f"Commissioned by the {g.csp}", bold=True)
    w.heading("Executive Summary", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.heading("Summary of recommendations", 2)
    w.para(SUMMARY_LEAD_IN)
    summary = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in police + care:
        w.para(real.text, num=(summary, 0))
    w.page_break()
    legal = w.abstract(LEGAL3)
    ch = w.num(legal)
    w.heading("Introduction", 1, num=(ch, 0))
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject), num=(ch, 1))
    w.heading("Terms of reference", 1, num=(ch, 0))
    for item in TOR_ITEMS:
        w.para(item, num=(ch, 1))
    w.heading("Analysis", 1, num=(ch, 0))
    w.para(ANALYSIS_TRAP, num=(ch, 1), footnote=FOOTNOTES[2])
    _fill(w, 3, (ch, 1))
    w.heading("Lessons learned", 1, num=(ch, 0))
    for lesson in LESSONS:
        w.para(lesson, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The panel makes the following recommendations.", num=(ch, 1))
    w.para("Nottinghamshire Police", bold=True)
    for real in police:
        g.rec(real, w.para(real.text, num=(ch, 1)), "overview", "Nottinghamshire Police")
    w.para(PANEL_NOTES[0], num=(ch, 1))
    w.para("Nottingham City Adult Social Care", bold=True)
    for real in care:
        g.rec(real, w.para(real.text, num=(ch, 1)), "overview", "Nottingham City Adult Social Care")
    w.para(PANEL_NOTES[1], num=(ch, 1))
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("DVDS - Domestic Violence Disclosure Scheme (Clare's Law).", num=(ch, 1))
    w.header_footer(f"OFFICIAL - DHR {g.subject} - Overview Report", "Page {n}")
    return w, g


def dev_table_agency_last(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Lessons learned as Word bullets, then the recommendations in a No. | Recommendation | Agency table:
    rows spanning the width name the block, the No. cells hold only their Word number (one list through
    the table), the Agency cell is merged down over two rows of one agency; prose before it pushes a long
    row across the page break."""
    g = Gold("dev2-02-table-agency-last", "Kent Community Safety Partnership", "Mr F")
    w = WordDoc("Calibri", 11)
    w.para(f"DHR {g.subject}: Overview Report", style="Title")
    w.para(f"Prepared for the {g.csp}")
    w.heading("Conclusions", 1)
    w.para(ANALYSIS_TRAP)
    w.heading("Lessons learned", 1)
    bullets = w.num(w.abstract(BULLET))
    for lesson in LESSONS:
        w.para(lesson, num=(bullets, 0))
    w.heading("Recommendations", 1)
    w.para("The recommendations are set out in the table below. The agency in the last column leads on each.")
    _fill(w, 1)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    rows: list[list[str | None]] = [["No.", "Recommendation", "Agency"]]
    numbering: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}

    def add(real: RealRec, agency: str | None, section: str) -> None:
        rows.append(["", real.text, agency])
        numbering[(len(rows) - 1, 0)] = [("", (nid, 0))]
        shown = agency if agency is not None else next(r for r in reversed(rows) if r[2] is not None)[2]
        g.rec(real, w._label(nid, 0), section, shown)

    rows.append(["Multi-agency recommendations"])
    add(pick(pool, "Kent", "NHS England", 1, used)[0], "NHS England", "overview")
    first, second = pick(pool, "Kent", "Kent Police", 2, used)
    add(first, "Kent Police", "overview")
    add(second, None, "overview")  # the Agency cell merged down over both Kent Police rows
    rows.append(["Single agency recommendations"])
    add(pick(pool, "Kent", "KMPT", 1, used)[0], "KMPT", "single_agency")
    add(pick(pool, "Kent", "CCG", 1, used)[0], "Kent and Medway CCG", "single_agency")
    add(pick(pool, "Kent", "KCC Adult", 1, used)[0], "KCC Adult Social Care", "single_agency")
    w.table(rows, [1.3, 11.5, 3.5], cell_numbering=numbering, font_size=10)
    w.heading("Glossary", 1)
    w.para("KMPT - Kent and Medway NHS and Social Care Partnership Trust.")
    w.header_footer(f"Kent DHR {g.subject} | Overview Report", "{n}")
    return w, g


def dev_style_linked(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Numbering linked to styles: Heading 1 numbers chapters (``4``), a "Numbered Para" style numbers
    paragraphs (``4.1``) and a
    "Numbered Sub" style the third level; recommendations are numbered paragraphs under unnumbered Heading 2
    agency headings, with the panel's note between them; terms of reference in the same scheme."""
    g = Gold("dev2-03-style-linked", "Safer Cornwall", "Ruth")
    w = WordDoc("Arial", 11)
    legal = w.abstract(LEGAL3_NODOT)
    nid = w.num(legal)
    w.link_style("Heading 1", nid, 0)
    w.link_style("Numbered Para", nid, 1)
    w.link_style("Numbered Sub", nid, 2)

    def h1(text: str) -> None:
        w.para(text, style="Heading 1", counted=(nid, 0), keep_with_next=True)

    def para(text: str, **kw: object) -> str:
        return w.para(text, style="Numbered Para", counted=(nid, 1), **kw)  # type: ignore[arg-type]

    w.para(f"Domestic Homicide Review - {g.subject}", style="Title")
    w.para(f"Report to {g.csp}", bold=True)
    h1("Introduction")
    para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    h1("Terms of reference")
    para("The panel agreed the following terms of reference:")
    for item in TOR_ITEMS:
        w.para(item, style="Numbered Sub", counted=(nid, 2))
    h1("Analysis")
    para(ANALYSIS_TRAP, footnote=FOOTNOTES[1])
    _fill(w, 2, None)
    h1("Recommendations")
    para("The recommendations below were agreed by the panel at its meeting on 12 March 2018.")
    groups = [
        ("Home Office", "Home Office", 1),
        ("Cornwall & Isles of Scilly Public Health", "Public Health", 2),
        ("Devon and Cornwall Police", "Devon & Cornwall Police", 1),
        ("NHS Kernow", "NHS Kernow", 1),
    ]
    for heading, addressee, n in groups:
        w.heading(heading, 2)
        for real in pick(pool, "Cornwall", addressee, n, used):
            g.rec(real, para(real.text), "overview", heading)
        if heading.startswith("Devon"):
            para("The panel notes that the force has already begun to review the register's triggers.")
    h1("Glossary")
    para("CIC - Community Interest Company.")
    w.header_footer(f"Safer Cornwall | DHR {g.subject}", "Page {n}")
    return w, g


def dev_typed_labels(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Executive summary whose author typed the labels: "Recommendation 1:" in bold at the start of the
    paragraph; "Recommendation 4" in bold on a line of its own over the text; "Recommendation 6 - Title" over
    the text. The recommendations are noun phrases naming no addressee ("A review of ...")."""
    g = Gold("dev2-04-typed-labels", "Sefton Community Safety Partnership", "Adult E", "executive_summary")
    w = WordDoc("Arial", 12)
    w.para("Executive Summary", style="Title")
    w.para(f"Domestic Homicide Review: {g.subject}. Commissioned by {g.csp}.")
    w.heading("1. The review", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.heading("2. Conclusions", 1)
    w.para(ANALYSIS_TRAP)
    w.para(COMMENTARY[1])
    w.heading("3. Recommendations", 1)
    w.para("The review makes seven recommendations to the partnership and its member agencies.")
    recs = pick(pool, "Sefton", "", 7, used)
    titles = ["Mental capacity", "Information sharing"]
    for k, real in enumerate(recs, 1):
        if k <= 3:
            w.para(real.text, label_run=f"Recommendation {k}: ")
        elif k <= 5:
            w.para(f"Recommendation {k}", bold=True, keep_with_next=True)
            w.para(real.text)
        else:
            w.para(f"Recommendation {k} - {titles[k - 6]}", bold=True, keep_with_next=True)
            w.para(real.text)
        g.rec(real, str(k), "executive_summary")
    w.heading("4. Next steps", 1)
    w.para("The partnership will publish this summary with the action plan once the Home Office has seen it.")
    w.header_footer(f"Sefton DHR {g.subject} - Executive Summary - OFFICIAL", "{n}")
    return w, g


def dev_restart_letters(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Recommendations numbered in a legal list whose third level is lettered (``9.2(a)``), under numbered
    agency paragraphs at the second level; a lettered list restarted per agency; the lead-in numbered at the
    second level too; an unnumbered paragraph of commentary after the last one."""
    g = Gold("dev2-05-restart-letters", "Kent Community Safety Partnership", "Ms G")
    w = WordDoc("Times New Roman", 12)
    aid = w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2"), Level("lowerLetter", "%1.%2(%3)")])
    ch = w.num(aid, restart={0: 9})
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Conclusions", 1, num=(ch, 0))
    w.para(ANALYSIS_TRAP, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The review makes recommendations to three agencies.", num=(ch, 1))
    groups = [("Kent Police", "Kent Police", 2), ("KMPT", "KMPT", 1), ("KSCS", "KSCS", 1)]
    for heading, addressee, n in groups:
        w.para(heading, num=(ch, 1), bold=True)
        for real in pick(pool, "Kent", addressee, n, used):
            g.rec(real, w.para(real.text, num=(ch, 2)), "overview", heading)
    w.para(COMMENTARY[0])
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("KSCS - Kent Specialist Children's Services.", num=(ch, 1))
    w.header_footer(f"DHR {g.subject} - Kent", "Page {n}")
    return w, g


def dev_template_controls(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """A report written in a DHR template: a typed table of contents with dot leaders; recommendations typed
    into inline content controls (``w:sdt``), one with a tracked insertion (``w:ins``) not yet accepted, one
    holding a hyperlink and a cross-reference field; numbering from a list defined through a list style
    (``w:numStyleLink``); a recommendation ending in a colon with indented Word bullets under it (its
    sub-points, one recommendation); endnotes printed straight after the last recommendation."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

    g = Gold("dev2-06-template-controls", "Norfolk County Community Safety Partnership", "Vera")
    w = WordDoc("Arial", 11)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.para(f"Commissioned by the {g.csp}", bold=True)
    w.para("Contents", bold=True)
    for title, page in (("1. Introduction", 2), ("2. Analysis", 2), ("3. Recommendations", 3)):
        p = w.doc.add_paragraph(f"{title}\t{page}")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    w.page_break()
    w.heading("1. Introduction", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject), endnote=("panel", FOOTNOTES[4][1]))
    ref = "The recommendations are at section 3 and the action plan is published separately."
    w.para(ref, pieces=[("run", "The recommendations are at section "), ("field", "3"),
                        ("run", " and the action plan is published separately.")])  # fmt: skip
    w.heading("2. Analysis", 1)
    w.para(ANALYSIS_TRAP, endnote=("referral", FOOTNOTES[0][1]))
    _fill(w, 2)
    w.heading("3. Recommendations", 1)
    w.para("The panel makes the following recommendations.")
    listed = w.num(w.abstract_linked([Level("decimal", "%1."), Level("lowerLetter", "%2)")], "DHRRecList"))
    sub = w.num(w.abstract([Level("bullet", "\u2022", indent_cm=1.2)]))
    chosen = [("Cambridgeshire", 0), ("National Probation", 1), ("NHS England", 2), ("Probation Service", 3)]
    for who, k in chosen:
        if k == 1:  # the real text was printed as a lead-in and bullets: the only one pick() leaves out
            real = next(r for r in pool["Norfolk"] if who in r.addressed_to and "\u2022" in r.text)
        else:
            real = pick(pool, "Norfolk", who, 1, used)[0]
        text = real.text
        if k == 0:
            # typed into the template's content control, with a tracked insertion inside
            cut = text.index(" ", len(text) // 2)
            pieces = [("sdt", text[:cut]), ("ins", text[cut : cut + 1 + text[cut + 1 :].index(" ")]),
                      ("sdt", text[cut + 1 + text[cut + 1 :].index(" ") :])]  # fmt: skip
            label = w.para(text, num=(listed, 0), pieces=pieces)
        elif k == 2:
            cut = text.index(" ", 20)
            label = w.para(text, num=(listed, 0), pieces=[("link", text[:cut]), ("run", text[cut:])])
        elif k == 1:
            head, *points = (part.strip() for part in text.split("\u2022"))
            label = w.para(head, num=(listed, 0))
            for point in points:
                w.para(point, num=(sub, 0))
            g.rec(real, label, "overview", text=" ".join([head, *points]))
            continue
        else:
            label = w.para(text, num=(listed, 0), pieces=[("sdt", text)], endnote=("", FOOTNOTES[3][1]))
        g.rec(real, label, "overview")
    w.header_footer(f"Norfolk DHR {g.subject}", "Page {n}")
    return w, g


def dev_agency_letters_fields(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Recommendations under one Heading 2 per agency, each agency's list changed to letters on its own (a
    ``w:lvlOverride`` holding a whole ``w:lvl``: "a)", restarting per agency); under each recommendation its
    "Lead agency:" and "Timescale:" lines, which are not its words (the timescale is its target date)."""
    g = Gold("dev2-07-agency-letters-fields", "Nottingham Crime and Drugs Partnership", "Adult H")
    w = WordDoc("Calibri", 11)
    w.para(f"Domestic Homicide Review - {g.subject}", style="Title")
    w.para(f"Overview report for the {g.csp}")
    w.heading("Analysis", 1)
    w.para(ANALYSIS_TRAP)
    w.heading("Recommendations", 1)
    w.para("The recommendations are grouped by the agency that leads on them.")
    numbers = w.abstract([Level("decimal", "%1.")])
    groups = [
        ("Nottinghamshire Police", "Nottinghamshire Police", 3, ["March 2019", "6 months", "31/03/2019"]),
        ("Nottingham City Adult Social Care", "Adult Social Care", 2, ["Ongoing", "September 2018"]),
        ("Nottingham Recovery Network", "Recovery Network", 1, ["December 2017"]),
    ]
    dates = {"March 2019": "2019-03", "31/03/2019": "2019-03-31", "September 2018": "2018-09",
             "December 2017": "2017-12"}  # fmt: skip
    for heading, addressee, n, targets in groups:
        w.heading(heading, 2)
        nid = w.num(numbers, formats={0: Level("lowerLetter", "%1)")})
        for real, target in zip(pick(pool, "Nottingham", addressee, n, used), targets, strict=True):
            rec = g.rec(real, w.para(real.text, num=(nid, 0)), "overview", heading)
            rec.target_date = dates.get(target)
            w.para(f"Lead agency: {heading}")
            w.para(f"Timescale: {target}")
    w.heading("Glossary", 1)
    w.para("DART - Domestic Abuse Referral Team.")
    w.header_footer(f"Nottingham DHR {g.subject}", "Page {n}")
    return w, g


def dev_titles_from_numbering(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """An executive summary's table repeats the recommendations (No. | Recommendation | Agency); in the body,
    lessons are numbered by a list labelled ``Learning point %1`` and each recommendation has a Heading 3 title
    numbered by a list labelled ``Recommendation %1`` (word and number from numbering.xml, the title is its
    theme), the recommendation in the paragraph under it and an "Agency:" line after it."""
    g = Gold("dev2-08-titles-from-numbering", "Safer Cornwall", "Eve")
    w = WordDoc("Arial", 11)
    chosen = [("Home Office", "Home Office"), ("Public Health", "Cornwall Public Health"),
              ("Devon & Cornwall Police", "Devon and Cornwall Police"), ("NHS Kernow", "NHS Kernow")]  # fmt: skip
    recs = [(pick(pool, "Cornwall", who, 1, used)[0], lead) for who, lead in chosen]
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.para(f"Commissioned by {g.csp}")
    w.heading("Executive summary", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.para("The recommendations of the review are summarised in the table.")
    rows: list[list[str | None]] = [["No.", "Recommendation", "Agency"]]
    rows += [[str(k), real.text, lead] for k, (real, lead) in enumerate(recs, 1)]
    w.table(rows, [1.2, 11.5, 3.5], font_size=9)
    w.page_break()
    w.heading("Analysis", 1)
    w.para(ANALYSIS_TRAP)
    w.heading("Learning", 1)
    points = w.num(w.abstract([Level("decimal", "Learning point %1:")]))
    for lesson in LESSONS:
        w.para(lesson, num=(points, 0))
    w.heading("Recommendations", 1)
    titles = w.num(w.abstract([Level("decimal", "Recommendation %1")]))
    w.link_style("Heading 3", titles, 0)
    themes = [
        "National guidance",
        "Understanding suicide risk",
        "Register triggers",
        "Policies in GP surgeries",
    ]
    for theme, (real, lead) in zip(themes, recs, strict=True):
        label = w.para(theme, style="Heading 3", counted=(titles, 0), keep_with_next=True)
        w.para(real.text)
        w.para(f"Agency: {lead}")
        g.rec(real, label.replace("Recommendation", "").strip(), "overview", None)
    w.heading("Glossary", 1)
    w.para("IoS - Isles of Scilly.")
    w.header_footer(f"Safer Cornwall DHR {g.subject}", "{n}")
    return w, g


def dev_two_column_summary(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """A two-column executive summary (a newsletter-style leaflet): the recommendations are numbered
    paragraphs that flow down the left column into the right one, one of them cut between the columns, and
    on to a second page; agency names as bold lines between them; a running header and footer."""
    g = Gold("dev2-09-two-column-summary", "Kent Community Safety Partnership", "Ms J", "executive_summary")
    w = WordDoc("Arial", 10)
    w.para(f"Executive Summary: DHR {g.subject}", style="Title")
    w.para(f"Published by the {g.csp}")
    w.section(columns=2)
    w.heading("Summary", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    _fill(w, 2)
    w.para(LESSONS[0])
    w.para(LESSONS[2])
    w.heading("Recommendations", 1)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for heading, addressee, n in (("Kent Police", "Kent Police", 2), ("KMPT", "KMPT", 2),
                                  ("Kent Children's Social Services", "KSCS", 1),
                                  ("Kent County Council", "KCC Adult", 1)):  # fmt: skip
        w.para(heading, bold=True, keep_with_next=True)
        for real in pick(pool, "Kent", addressee, n, used):
            g.rec(real, w.para(real.text, num=(nid, 0)), "executive_summary", heading)
    w.heading("Contact", 1)
    w.para("Copies of the full report are available from the partnership's community safety team.")
    w.header_footer(f"Kent DHR {g.subject} - Executive Summary", "Page {n}")
    return w, g


def dev_boxed(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Each recommendation in a box under its label: a one-cell bordered table holding the text (a call-out,
    as many Word summaries print them); one box holds two numbered paragraphs (two recommendations); the
    last is in a text box (a drawn shape, ``w:txbxContent``), not a table."""
    g = Gold("dev2-10-boxed", "Sheffield Community Safety Partnership", "Nina", "executive_summary")
    w = WordDoc("Arial", 11)
    w.para("Executive Summary", style="Title")
    w.para(f"DHR {g.subject}, commissioned by the {g.csp}")
    w.heading("Conclusions", 1)
    w.para(ANALYSIS_TRAP)
    w.heading("Recommendations", 1)
    w.para("The review makes the recommendations below, each to one agency.")
    police = pick(pool, "Sheffield", "South Yorkshire Police", 1, used)[0]
    council = pick(pool, "Sheffield", "Sheffield City Council", 1, used)[0]
    w.para("Recommendation 1", bold=True, keep_with_next=True)
    w.table([[police.text]], [16.0], header_rows=0, font_size=11)
    g.rec(police, "1", "executive_summary")
    w.para("Recommendation 2", bold=True, keep_with_next=True)
    w.table([[council.text]], [16.0], header_rows=0, font_size=11)
    g.rec(council, "2", "executive_summary")
    harlow = pick(pool, "Harlow", "All Agencies", 3, used)
    boxed, harlow = harlow[2], harlow[:2]
    w.para("Recommendations 3 and 4", bold=True, keep_with_next=True)
    nid = w.num(w.abstract([Level("decimal", "%1.")]), restart={0: 3})
    w.table([[""]], [16.0], header_rows=0, cell_numbering={(0, 0): [(r.text, (nid, 0)) for r in harlow]})
    for k, real in enumerate(harlow, 3):
        w._label(nid, 0)
        g.rec(real, str(k), "executive_summary")
    w.para("Recommendation 5", bold=True, keep_with_next=True)
    w.text_box(boxed.text)  # a floating text box (VML shape), not a table
    g.rec(boxed, "5", "executive_summary")
    w.heading("Next steps", 1)
    w.para("The partnership will publish the action plan with this summary.")
    w.header_footer(f"Sheffield DHR {g.subject}", "Page {n}")
    return w, g
