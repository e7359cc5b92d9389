"""The ``dev10/`` documents (first half): a tenth blind batch of word-processor shapes, written before any fixing
and scored once blind, then fixed against like the earlier sets.

What they add: a No. | Recommendation | Agency | Timescale table flowing over pages with its header row repeated;
bold "Recommendation N:" run-in labels followed by "Lesson N:" run-in paragraphs; a two-level legal list
("14.1", "14.1.1") with unnumbered italic panel commentary between the recommendations; underlined agency
headings over "1)" lists restarting under each; a landscape section in mid-report holding a RAG-status table;
footnote marks inside table cells; a header with the review's name and "Page X of Y" at a right tab and typed
"6.N" numbers with a tab; a call-out box of the family's words between recommendations; Wingdings check-box
bullets; "Recommendation N" Heading 3 titles repeated in an appendix summary table. Printed leads and agency
headings name each recommendation's own gold agencies (``leads.gold_lead``). Fonts this machine lacks are left for
LibreOffice to substitute. Prose and labels are written here; the recommendation texts are real (``pick``).
"""

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _drawing_box, _intro
from annotations.wordproc.layouts_dev7 import CLOSING, PANEL_PROSE, _look, _opening, _title
from annotations.wordproc.leads import KENT_NAMES, NORFOLK_NAMES, NOTTINGHAM_NAMES, SEFTON_NAMES, gold_lead
from annotations.wordproc.parts import closing, pick
from annotations.wordproc.vocab import TARGETS
from annotations.wordproc.worddoc import Level, WordDoc
from dhr.schema import Action, Recommendation

_TAGGED = '{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
#: LibreOffice PDF export options per document (the others are exported untagged, with the defaults).
PDF_OPTIONS_10: dict[str, str] = {
    "dev10-03-legal-commentary": _TAGGED,
    "dev10-07-header-tab-numbers": '{"SelectPdfVersion":{"type":"long","value":"2"}}',
}

#: Lessons the panel drew (numbered like recommendations in some layouts; none of them a recommendation).
LESSONS = [
    "Practitioners were not always curious about the reasons given for injuries, and accepted them at face value.",
    "Information held by one agency would have changed the risk assessment made by another, had it been shared.",
    "The victim's wish not to involve the police was respected, but nobody returned to the question later.",
    "Frequent changes of worker meant that the history of the relationship was not known to those in contact.",
]
#: The panel's commentary between recommendations (none of it a recommendation).
COMMENTARY = [
    "The panel heard that the force has already started to revise its guidance and welcomes that work.",
    "Panel comment: several members said the same gap had been found in an earlier review in the county.",
    "The panel notes that this will need funding beyond the current year.",
    "This was discussed at length; the panel accepted the agency's own view of the change needed.",
    "The panel was told that a new system is due to be introduced next year.",
]
#: Words of the family printed in a call-out box (worded "should", never a recommendation).
FAMILY_WORDS = (
    "What the family said: \u201cWe should have been told who to call. Someone should have listened to her "
    "when she first asked for help.\u201d"
)


def recs_action(rec: Recommendation, real: RealRec, lead: str, target: str) -> None:
    """An implied action of ``rec``: its own text, the Lead cell printed beside it (its gold agencies) and the
    timescale cell (a plan's target date, its gold value from ``vocab.TARGETS``)."""
    rec.actions.append(
        Action(
            text=real.text,
            agencies=list(real.agencies),  # type: ignore[arg-type]
            target_date=TARGETS[target],
            lead_text=lead,
            target_date_text=target,
        )
    )


def _repeat_header(w: WordDoc) -> None:
    """The last table's first row repeated at the top of every page it runs over (``w:tblHeader``) and no row
    allowed to split (``w:cantSplit`` unset: rows may split), as a report's long recommendations table is set."""
    table = w.doc.tables[-1]
    trpr = table.rows[0]._tr.get_or_add_trPr()
    if not trpr.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader"):
        trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def _underline_para(w: WordDoc, text: str) -> None:
    """An agency heading typed as a plain paragraph, underlined (not bold), kept with the next."""
    p = w.doc.add_paragraph()
    p.add_run(text).underline = True
    p.paragraph_format.keep_with_next = True


def _italic_indented(w: WordDoc, text: str, indent_cm: float) -> None:
    p = w.doc.add_paragraph()
    p.add_run(text).italic = True
    p.paragraph_format.left_indent = Cm(indent_cm)


def _run_in_label(w: WordDoc, label: str, text: str, *, justified: bool = False) -> None:
    """A paragraph opening with a bold run-in label ("Recommendation 3: ") and the text running on after it."""
    p = w.doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(text)
    if justified:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def _tab_numbered(w: WordDoc, number: str, text: str, indent_cm: float = 1.5) -> None:
    """A typed number, a tab and the text hanging at ``indent_cm`` (no Word list)."""
    p = w.doc.add_paragraph()
    p.add_run(f"{number}\t{text}")
    fmt = p.paragraph_format
    fmt.left_indent = Cm(indent_cm)
    fmt.first_line_indent = Cm(-indent_cm)
    fmt.tab_stops.add_tab_stop(Cm(indent_cm))


def _grouped(reals: list[RealRec], names: dict[str, str]) -> list[tuple[str, list[RealRec]]]:
    """The recommendations grouped under a heading of their own gold agencies, in the order first met."""
    groups: dict[str, list[RealRec]] = {}
    for real in reals:
        groups.setdefault(gold_lead(real, names), []).append(real)
    return list(groups.items())


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------


def dev_timescale_table_flow(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Times New Roman 12 (Liberation Serif): a No. | Recommendation | Agency | Timescale table, typed numbers,
    the header row repeated on each page it flows over, long rows split by the page breaks; each row's
    timescale is an implied action with its Agency cell."""
    g = Gold("dev10-01-timescale-table-flow", "Kent Community Safety Partnership", "Mrs V")
    w = WordDoc("Times New Roman", 12)
    _look(w, 1.15, 6)
    _opening(w, g, fill=2, prose=PANEL_PROSE[:2], lead_in="The recommendations, their lead and timescale:")
    rows: list[list[str | None]] = [["No.", "Recommendation", "Agency", "Timescale"]]
    times = ["6 months", "March 2017", "12 months", "Q3 2017/18", "31/03/2018", "Ongoing", "December 2017"]
    for k, real in enumerate(pick(pool, "Kent", "", 7, used), 1):
        lead = gold_lead(real, KENT_NAMES)
        rows.append([f"{k}.", real.text, lead, times[k - 1]])
        recs_action(g.rec(real, str(k), "overview"), real, lead, times[k - 1])
    w.table(rows, [1.2, 9.6, 3.4, 2.6], font_size=12)
    w.para(CLOSING)
    closing(w, "KMPT - Kent and Medway NHS and Social Care Partnership Trust.", f"Kent DHR {g.subject}",
            "Page {n} of {m}")  # fmt: skip
    return w, g


def dev_run_in_recs_lessons(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 11 (Liberation Sans), justified: bold "Recommendation N:" run-in labels, the text running on in the
    same paragraph; then a "Lessons learned" heading and bold "Lesson N:" run-in paragraphs (not
    recommendations)."""
    g = Gold("dev10-02-run-in-recs-lessons", "Norfolk County Community Safety Partnership", "Adult V")
    w = WordDoc("Arial", 11)
    _look(w, 1.15, 8, justified=True)
    _opening(w, g, prose=PANEL_PROSE[1:2], lead_in="The review makes the recommendations below.")
    for k, real in enumerate(pick(pool, "Norfolk", "", 6, used), 1):
        _run_in_label(w, f"Recommendation {k}: ", real.text)
        g.rec(real, str(k), "overview")
    w.heading("Lessons learned", 1)
    for k, lesson in enumerate(LESSONS, 1):
        _run_in_label(w, f"Lesson {k}: ", lesson)
    closing(w, "NHCP - Norfolk Healthy Child Programme.", f"Norfolk DHR {g.subject}", "Page {n}")
    return w, g


def dev_legal_commentary(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 11 (substituted), tagged PDF: chapters and paragraphs in a legal list from 13 ("14.", "14.1",
    "14.1.1"): "14.1" and "14.2" bold group paragraphs naming no body, the recommendations "14.1.1"..; after some of them an
    unnumbered italic paragraph of panel commentary, indented to the text."""
    g = Gold("dev10-03-legal-commentary", "Sefton Community Safety Partnership", "Adult W")
    w = WordDoc("Calibri", 11)
    _look(w, 1.08, 8)
    ch = w.num(
        w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2"), Level("decimal", "%1.%2.%3")]),
        restart={0: 13},
    )
    _title(w, g)
    w.heading("Conclusions", 1, num=(ch, 0))
    w.para(PANEL_PROSE[0], num=(ch, 1))
    w.para(FILLER, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    reals = pick(pool, "Sefton", "", 7, used)
    c = 0
    # group lines that name no body: "for the partnership" / "for all agencies" over these texts printed
    # addressees their gold does not hold (MARAC, all agencies, police and probation)
    for title, part in (("Recommendations on the response to risk", reals[:4]),
                        ("Recommendations on learning and assurance", reals[4:])):  # fmt: skip
        w.para(title, num=(ch, 1), bold=True, keep_with_next=True)
        for real in part:
            g.rec(real, w.para(real.text, num=(ch, 2)), "overview")
            if c % 2 == 0:
                _italic_indented(w, COMMENTARY[c // 2], 2.6)
            c += 1
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("IDVA - Independent Domestic Violence Advisor.", num=(ch, 1))
    _header_footer(w, f"Sefton DHR {g.subject} - Overview Report", "Page {n} of {m}")
    return w, g


def dev_underlined_restart(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10.5 (Liberation Sans): underlined agency headings (plain paragraphs, each naming its
    recommendations' gold agencies), under each a Word list "1)" restarting at 1."""
    g = Gold("dev10-04-underlined-restart", "Nottingham Crime and Drugs Partnership", "Adult X")
    w = WordDoc("Arial", 10.5)
    _look(w, 1.15, 6)
    _opening(
        w, g, fill=1, prose=PANEL_PROSE[2:3], lead_in="Recommendations are listed by the agency to lead."
    )
    aid = w.abstract([Level("decimal", "%1)")])
    reals = [r for who, n in (("Nottinghamshire Police", 4), ("Adult Social Care", 2), ("Recovery Network", 1))
             for r in pick(pool, "Nottingham", who, n, used)]  # fmt: skip
    for heading, group in _grouped(reals, NOTTINGHAM_NAMES):
        _underline_para(w, heading)
        nid = w.num(aid, restart={0: 1})
        for real in group:
            g.rec(real, w.para(real.text, num=(nid, 0)), "single_agency", heading)
    w.para(CLOSING)
    closing(
        w, "DVDS - Domestic Violence Disclosure Scheme.", f"Nottingham DHR {g.subject}", "Page {n} of {m}"
    )
    return w, g


def dev_landscape_rag_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Verdana 10 (DejaVu Sans): a portrait report whose recommendations chapter is a landscape section holding
    a Ref | Recommendation | Lead | Target date | RAG status table ("Green", "Amber"), then portrait again
    for the glossary."""
    g = Gold("dev10-05-landscape-rag-table", "Norfolk County Community Safety Partnership", "Adult Y")
    w = WordDoc("Verdana", 10)
    _look(w, 1.1, 6)
    _title(w, g)
    w.heading("Introduction", 1)
    _intro(w, g, fill=2)
    w.doc.add_section(WD_SECTION.NEW_PAGE)
    sec = w.doc.sections[-1]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    w.heading("Recommendations and progress", 1)
    w.para("Progress is rated Green (complete), Amber (under way) or Red (not started).")
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Lead", "Target date", "RAG status"]]
    dates = ["September 2018", "Q4 2017/18", "Complete", "January 2019", "TBC", "30/09/2017"]
    rag = ["Green", "Amber", "Green", "Red", "Amber", "Green"]
    for k, real in enumerate(pick(pool, "Norfolk", "", 6, used), 1):
        lead = gold_lead(real, NORFOLK_NAMES)
        rows.append([str(k), real.text, lead, dates[k - 1], rag[k - 1]])
        recs_action(g.rec(real, str(k), "overview"), real, lead, dates[k - 1])
    w.table(rows, [1.2, 13.5, 5.0, 3.0, 3.0], font_size=9.5)
    w.doc.add_section(WD_SECTION.NEW_PAGE)
    sec = w.doc.sections[-1]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    closing(w, "RAG - Red, Amber, Green.", f"Norfolk DHR {g.subject}", "{n}")
    return w, g


def dev_footnotes_in_cells(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10 (Liberation Sans): a No. | Recommendation | Lead table whose recommendation cells carry
    footnote marks, the notes (long, with numbers and "should") at the page foot."""
    g = Gold("dev10-06-footnotes-in-cells", "Kent Community Safety Partnership", "Mr W")
    w = WordDoc("Arial", 10)
    _look(w, 1.15, 6)
    _opening(w, g, fill=1, prose=PANEL_PROSE[:1], lead_in="The recommendations are set out in the table.")
    notes = [
        "Home Office (2016) Multi-agency statutory guidance, section 7, paragraph 84: agencies should act on "
        "findings promptly.",
        "The panel was told on 12 March 2018 that 3 of the 11 staff had completed the course.",
        "Kent and Medway Safeguarding Adults Board procedures, version 4, 2017.",
    ]
    reals = pick(pool, "Kent", "", 6, used)
    w.table([["No.", "Recommendation", "Lead"]], [1.2, 11.0, 4.0], font_size=10)
    table = w.doc.tables[-1]
    for k, real in enumerate(reals, 1):
        cells = table.add_row().cells
        cells[0].text = f"{k}."
        lead = gold_lead(real, KENT_NAMES)
        cells[2].text = lead
        p = cells[1].paragraphs[0]
        words = real.text.split(" ")
        if k % 2 == 1 and k // 2 < len(notes):
            cut = min(6, len(words) - 1)
            p.add_run(" ".join(words[:cut]))
            w._footnote_ref(p, notes[k // 2])
            p.add_run(" " + " ".join(words[cut:]))
        else:
            p.add_run(real.text)
        for cell in cells:
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(10)
        g.rec(real, str(k), "overview")
    _repeat_header(w)
    closing(w, "KSCS - Kent Specialist Children's Services.", f"Kent DHR {g.subject}", "Page {n}")
    return w, g


def dev_header_tab_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cambria 11 (substituted), PDF/A-2b: a header of the review's name with "Page X of Y" at a right tab, a
    footer of the DHR reference and marking; typed "6.N" numbers, a tab, the text hanging at 1.5 cm (no Word
    list), long enough to cross a page break."""
    g = Gold("dev10-07-header-tab-numbers", "Nottingham Crime and Drugs Partnership", "Adult Z")
    w = WordDoc("Cambria", 11)
    _look(w, 1.2, 8)
    _title(w, g)
    w.heading("5. Analysis", 1)
    _intro(w, g, fill=3)
    w.heading("6. Recommendations", 1)
    _tab_numbered(
        w, "6.1", "The panel makes the following recommendations to the partnership and its agencies."
    )
    reals = [r for who, n in (("Nottinghamshire Police", 3), ("Adult Social Care", 2), ("Recovery Network", 1))
             for r in pick(pool, "Nottingham", who, n, used)]  # fmt: skip
    for k, real in enumerate(reals, 2):
        _tab_numbered(w, f"6.{k}", real.text)
        g.rec(real, f"6.{k}", "overview")
    w.heading("7. Glossary", 1)
    w.para("DART - Domestic Abuse Referral Team.")
    _header_footer(w, f"DHR {g.subject} \u2013 Nottingham\tPage {{n}} of {{m}}", "DHR 2019/07 | OFFICIAL")
    hp = w.doc.sections[0].header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
    return w, g


def dev_family_callout(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 11 (Liberation Sans): a Word list "1." of recommendations with a shaded call-out box of the
    family's words (worded "should have", not a recommendation) set between the third and fourth."""
    g = Gold("dev10-08-family-callout", "Sefton Community Safety Partnership", "Adult A1")
    w = WordDoc("Arial", 11)
    _look(w, 1.1, 6)
    _opening(w, g, fill=1, prose=PANEL_PROSE[3:4], lead_in="The panel recommends that:")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for k, real in enumerate(pick(pool, "Sefton", "", 6, used)):
        if k == 3:
            _drawing_box(w, [(FAMILY_WORDS, None)], 2.2)
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.para(CLOSING)
    closing(w, "MARAC - Multi-Agency Risk Assessment Conference.", f"Sefton DHR {g.subject}", "Page {n}")
    return w, g


def dev_checkbox_bullets(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Tahoma 10.5 (substituted): bold agency lines (each naming its recommendations' gold agencies) over
    unnumbered recommendations bulleted with Wingdings check boxes (the letter "q" in Wingdings)."""
    g = Gold("dev10-09-checkbox-bullets", "Kent Community Safety Partnership", "Mrs X")
    w = WordDoc("Tahoma", 10.5)
    _look(w, 1.15, 6)
    _opening(
        w, g, fill=1, prose=PANEL_PROSE[1:2], lead_in="Each agency has accepted the recommendations below."
    )
    aid = w.abstract([Level("bullet", "q", font="Wingdings")])
    reals = [r for who, n in (("Kent Police", 2), ("KMPT", 1), ("NHS England", 1), ("Kent and Medway CCG", 1))
             for r in pick(pool, "Kent", who, n, used)]  # fmt: skip
    for heading, group in _grouped(reals, KENT_NAMES):
        w.para(heading, bold=True, keep_with_next=True)
        nid = w.num(aid)
        for real in group:
            w.para(real.text, num=(nid, 0))
            g.rec(real, None, "single_agency", heading)
    closing(w, "KMPT - Kent and Medway NHS and Social Care Partnership Trust.", f"Kent DHR {g.subject}",
            "Page {n} of {m}")  # fmt: skip
    return w, g


def dev_titles_appendix_summary(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 11 (substituted): "Recommendation N" Heading 3 titles, the text under each; an appendix summary
    table No. | Recommendation | Lead repeating every text (each counts once, with the body's number)."""
    g = Gold("dev10-10-titles-appendix-summary", "Sefton Community Safety Partnership", "Adult B1")
    w = WordDoc("Calibri", 11)
    _look(w, 1.08, 8)
    _opening(w, g, fill=1, prose=PANEL_PROSE[:1], lead_in="The review makes seven recommendations.")
    reals = pick(pool, "Sefton", "", 7, used)
    for k, real in enumerate(reals, 1):
        w.heading(f"Recommendation {k}", 3)
        w.para(real.text)
        g.rec(real, str(k), "overview")
    w.heading("Conclusion", 1)
    w.para(PANEL_PROSE[2])
    w.page_break()
    w.heading("Appendix 1: Summary of recommendations", 1)
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead"]]
    rows += [[str(k), real.text, gold_lead(real, SEFTON_NAMES)] for k, real in enumerate(reals, 1)]
    w.table(rows, [1.2, 11.0, 4.0], font_size=10)
    _header_footer(w, f"Sefton DHR {g.subject}", "Page {n} of {m}")
    return w, g


DEV10A = {
    "dev10-01-timescale-table-flow": dev_timescale_table_flow,
    "dev10-02-run-in-recs-lessons": dev_run_in_recs_lessons,
    "dev10-03-legal-commentary": dev_legal_commentary,
    "dev10-04-underlined-restart": dev_underlined_restart,
    "dev10-05-landscape-rag-table": dev_landscape_rag_table,
    "dev10-06-footnotes-in-cells": dev_footnotes_in_cells,
    "dev10-07-header-tab-numbers": dev_header_tab_numbers,
    "dev10-08-family-callout": dev_family_callout,
    "dev10-09-checkbox-bullets": dev_checkbox_bullets,
    "dev10-10-titles-appendix-summary": dev_titles_appendix_summary,
}
