"""The ``dev8/`` documents (first half): an eighth batch of word-processor shapes that dev..dev7 miss, written
before any fixing and scored once blind, then fixed against like the earlier sets.

What they add: each recommendation in its own text box with its label inside; framed paragraphs in the flow;
the numbers in a separate left column of a borderless grid; typed labels with a dot-leader tab to hanging text;
a "5.1 / 5.1.1" list whose second level holds the sub-points of one recommendation; a list continued after a
page break under a repeated "Recommendations (continued)" heading; a bold lead-in phrase starting each item;
every paragraph of the report numbered in one list (only the recommendations section's are recommendations);
"R1:" labels typed inline; a No. | Recommendation | Lead table whose rows split across pages without a repeated
header; footnote marks inside the text; coloured small-capital headings. Fonts this machine lacks (Calibri,
Arial, Times New Roman, Cambria, Georgia) are left for LibreOffice to substitute, as a Word file's would be.
Prose, headings and labels are written here; the recommendation texts are real (``parts.pick``).
"""

from docx.enum.text import WD_TAB_LEADER
from docx.shared import Cm, Pt, RGBColor

from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _drawing_box, _intro
from annotations.wordproc.layouts_dev4b import _borderless_last_table
from annotations.wordproc.layouts_dev6 import _frame
from annotations.wordproc.layouts_dev7 import CLOSING, PANEL_PROSE, _look, _opening, _title
from annotations.wordproc.leads import KENT_NAMES, gold_lead, lead_groups
from annotations.wordproc.parts import closing, pick
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc

_TAGGED = '{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
#: LibreOffice PDF export options per document (the others are exported untagged, with the defaults).
PDF_OPTIONS_8: dict[str, str] = {
    "dev8-02-framed-paragraphs": _TAGGED,
    "dev8-06-continued-heading": '{"SelectPdfVersion":{"type":"long","value":"2"}}',
    "dev8-11-footnote-marks": _TAGGED,
}

#: Notes written for this batch (none of them a recommendation).
NOTES = [
    "SafeLives (2015) Dash risk checklist, questions 1 to 27; see also paragraph 4.3 of this report.",
    "The service should have been told of the change in 2017; it was told in March 2018.",
    "Home Office (2016) Multi-agency statutory guidance for the conduct of Domestic Homicide Reviews, p. 12.",
    "The figures for 2018/19 were 1,204 referrals, of which 312 were repeat referrals.",
]


# --------------------------------------------------------------------------------------------------------------
# pieces of Word markup this batch needs
# --------------------------------------------------------------------------------------------------------------


def _hang(p: object, indent_cm: float) -> None:
    fmt = p.paragraph_format  # type: ignore[attr-defined]
    fmt.left_indent = Cm(indent_cm)
    fmt.first_line_indent = Cm(-indent_cm)


def _tab_hang(p: object, indent_cm: float) -> None:
    """A tab stop at ``indent_cm`` and the paragraph hung there: a typed mark, a tab, the text's lines aligned."""
    p.paragraph_format.tab_stops.add_tab_stop(Cm(indent_cm))  # type: ignore[attr-defined]
    _hang(p, indent_cm)


def _typed_item(w: WordDoc, mark: str, text: str, indent_cm: float) -> None:
    """A typed number or bullet, a tab and the text hanging at ``indent_cm`` (no Word numbering)."""
    w.para(f"{mark}\t{text}")
    _tab_hang(w.doc.paragraphs[-1], indent_cm)


def _leader_label(w: WordDoc, label: str, text: str, tab_cm: float) -> None:
    """A typed label, a tab with a dot leader to ``tab_cm`` and the text hanging there."""
    p = w.doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run("\t" + text)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(tab_cm), leader=WD_TAB_LEADER.DOTS)
    _hang(p, tab_cm)


def _coloured_caps(w: WordDoc, text: str, size: float, colour: str = "1F4E79") -> None:
    """A heading typed as a plain paragraph in coloured small capitals (no heading style, not bold)."""
    p = w.doc.add_paragraph()
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_before = Pt(12)
    run = p.add_run(text)
    run.font.small_caps = True
    run.font.size = Pt(size)
    run.font.color.rgb = RGBColor.from_string(colour)


def _sub_points(pool: dict[str, list[RealRec]], csp: str) -> tuple[RealRec, str, list[str]]:
    """The real recommendation of ``csp`` that lists its sub-points (bulleted in the source): its head and
    points, for a layout that numbers the points one level down."""
    parent = next(r for r in pool[csp] if "\u2022" in r.text)
    head, *points = (part.strip() for part in parent.text.split("\u2022"))
    return parent, head, points


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------


def dev_text_box_per_rec(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 11 (Liberation Sans): each recommendation in its own shaded DrawingML text box (a VML fallback
    beside it), the label "Recommendation N" as the box's first paragraph and the text as its second; the panel's
    note between two boxes in the flow."""
    g = Gold("dev8-01-text-box-per-rec", "Kent Community Safety Partnership", "Mrs D")
    w = WordDoc("Arial", 11)
    _look(w, 1.08, 8)
    _opening(w, g, prose=PANEL_PROSE[:1], lead_in="The panel makes five recommendations, each set out below.")
    for k, real in enumerate(pick(pool, "Kent", "", 5, used), 1):
        _drawing_box(w, [(f"Recommendation {k}", None), (real.text, None)], 3.2)
        g.rec(real, str(k), "overview")
        if k == 2:
            w.para("The panel notes that the trust had begun this work before the review finished.")
    closing(
        w, "KMPT - Kent and Medway NHS and Social Care Partnership Trust.", f"Kent DHR {g.subject}", "{n}"
    )
    return w, g


def dev_framed_paragraphs(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cambria 11 (substituted), tagged PDF: each Word-numbered recommendation in a bordered text frame of its
    own in the flow (``w:framePr`` not beside text), an empty paragraph between frames."""
    g = Gold("dev8-02-framed-paragraphs", "Norfolk County Community Safety Partnership", "Edith")
    w = WordDoc("Cambria", 11)
    _look(w, 1.15, 6)
    _opening(w, g, prose=PANEL_PROSE[1:2], lead_in="The recommendations of the review are:")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in pick(pool, "Norfolk", "", 6, used):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
        # a frame of its own in the flow, no text beside it
        _frame(w, 15.0, wrap="notBeside", x_align="center", space=(180, 180), border=(8, "1F4E79"))
        w.para("")
    w.para(CLOSING)
    closing(w, "MARAC - Multi-Agency Risk Assessment Conference.", f"Norfolk DHR {g.subject}", "Page {n}")
    return w, g


def dev_number_column_grid(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Times New Roman 12 (Liberation Serif): the numbers set in a separate narrow left column of a
    borderless grid ("6.1" .. typed), each text in the wide right cell beside its number; no header row; the
    grid runs over a page break."""
    g = Gold("dev8-03-number-column-grid", "Nottingham Crime and Drugs Partnership", "Adult R")
    w = WordDoc("Times New Roman", 12)
    _look(w, 1.15, 6)
    _title(w, g)
    w.heading("5. Analysis", 1)
    _intro(w, g, fill=3)
    w.heading("6. Recommendations", 1)
    w.para("The panel's recommendations are numbered in this chapter's scheme.")
    rows: list[list[str | None]] = []
    for k, real in enumerate(pick(pool, "Nottingham", "", 8, used), 1):
        rows.append([f"6.{k}", real.text])
        g.rec(real, f"6.{k}", "overview")
    w.table(rows, [1.5, 14.5], header_rows=0, font_size=12)
    _borderless_last_table(w)
    w.heading("7. Glossary", 1)
    w.para("DART - Domestic Abuse Referral Team.")
    _header_footer(w, f"Nottingham DHR - {g.subject}", "Page {n} of {m}")
    return w, g


def dev_leader_labels(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Georgia 11 (substituted): bold typed "Recommendation 1" labels, a tab with a dot leader to 4.8 cm,
    the text hanging there (Word's hanging indent with a tab leader)."""
    g = Gold("dev8-04-leader-labels", "Sefton Community Safety Partnership", "Adult T")
    w = WordDoc("Georgia", 11)
    _look(w, 1.1, 8)
    _opening(
        w, g, prose=PANEL_PROSE[2:3], lead_in="The panel asks the partnership to take forward the following."
    )
    for k, real in enumerate(pick(pool, "Sefton", "", 7, used), 1):
        _leader_label(w, f"Recommendation {k}", real.text, 4.8)
        g.rec(real, str(k), "overview")
    w.para(CLOSING)
    closing(w, "MARAC - Multi-Agency Risk Assessment Conference.", f"Sefton DHR {g.subject}", "Page {n}")
    return w, g


def dev_legal_sub_points(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 11 (substituted): a legal list from chapter 5, the recommendations at "5.1", "5.2" ..; one of
    them ends in a colon and its sub-points are the list's next level ("5.3.1" ..), part of it."""
    g = Gold("dev8-05-legal-sub-points", "Norfolk County Community Safety Partnership", "Rosa")
    w = WordDoc("Calibri", 11)
    _look(w, 1.08, 8)
    ch = w.num(
        w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2"), Level("decimal", "%1.%2.%3")]),
        restart={0: 4},
    )
    _title(w, g)
    w.heading("Conclusions", 1, num=(ch, 0))
    w.para(PANEL_PROSE[0], num=(ch, 1))
    w.para(PANEL_PROSE[3], num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    reals = pick(pool, "Norfolk", "", 5, used)
    parent, head, points = _sub_points(pool, "Norfolk")
    for real in reals[:2]:
        g.rec(real, w.para(real.text, num=(ch, 1)), "overview")
    label = w.para(head, num=(ch, 1))
    for point in points:
        w.para(point, num=(ch, 2))
    g.rec(parent, label, "overview", text=" ".join([head, *points]))
    for real in reals[2:]:
        g.rec(real, w.para(real.text, num=(ch, 1)), "overview")
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("UPW - Unpaid Work.", num=(ch, 1))
    _header_footer(w, f"Norfolk DHR {g.subject} - Overview Report", "{n}")
    return w, g


def dev_continued_heading(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 11, PDF/A-2b: a Word list "1." of recommendations broken by a hard page break after the
    fourth, the list going on under a repeated heading "Recommendations (continued)" on the next page."""
    g = Gold("dev8-06-continued-heading", "Kent Community Safety Partnership", "Ms F")
    w = WordDoc("Liberation Sans", 11)
    _look(w, 1.15, 6)
    _opening(w, g, prose=PANEL_PROSE[:1], lead_in="The panel makes eight recommendations.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for k, real in enumerate(pick(pool, "Kent", "", 8, used), 1):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
        if k == 4:
            w.page_break()
            w.heading("Recommendations (continued)", 1)
    closing(
        w, "KSCS - Kent Specialist Children's Services.", f"Kent DHR {g.subject} | Final", "Page {n} of {m}"
    )
    return w, g


_PHRASES = ["Risk at discharge.", "Shared records.", "Staff awareness.", "Carers.", "Referral routes.",
            "Training.", "Audit."]  # fmt: skip


def dev_bold_phrase_items(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10.5 (Liberation Sans): a Word list "1." whose items open with a bold phrase naming the topic
    ("Shared records.") and run on into the recommendation in the same paragraph."""
    g = Gold("dev8-07-bold-phrase-items", "Kent Community Safety Partnership", "Mr G")
    w = WordDoc("Arial", 10.5)
    _look(w, 1.15, 6)
    _opening(w, g, prose=PANEL_PROSE[3:4], lead_in="Each recommendation is introduced by its topic.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for phrase, real in zip(_PHRASES, pick(pool, "Kent", "", 6, used), strict=False):
        label = w.para("", num=(nid, 0))
        p = w.doc.paragraphs[-1]
        p.add_run(phrase).bold = True
        p.add_run(" " + real.text)
        g.rec(real, label, "overview", text=f"{phrase} {real.text}")
    closing(
        w, "KMPT - Kent and Medway NHS and Social Care Partnership Trust.", f"Kent DHR {g.subject}", "{n}"
    )
    return w, g


def dev_whole_report_numbered(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 11 at 1.5 spacing (substituted): every body paragraph of the report numbered in one Word list
    (1, 2, 3 ..), headings bold and unnumbered; the analysis has a should-sentence and the conclusions a
    lessons paragraph; only the recommendations section's items are recommendations, the list going on
    through the glossary after them."""
    g = Gold("dev8-08-whole-report-numbered", "Harlow Community Safety Partnership", "Grace")
    w = WordDoc("Calibri", 11)
    _look(w, 1.5, 6)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    _title(w, g)
    w.para("Introduction", bold=True, keep_with_next=True)
    w.para(PANEL_PROSE[0], num=(nid, 0))
    w.para(FILLER, num=(nid, 0))
    w.para("Analysis", bold=True, keep_with_next=True)
    w.para("Agencies should have shared what they knew at an earlier point, but none did.", num=(nid, 0))
    w.para(PANEL_PROSE[1], num=(nid, 0))
    w.para("Conclusions and lessons", bold=True, keep_with_next=True)
    w.para(
        "The panel found that professionals should have asked about the relationship more often.",
        num=(nid, 0),
    )
    w.para("Recommendations", bold=True, keep_with_next=True)
    for real in pick(pool, "Harlow", "", 3, used):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.para("Glossary", bold=True, keep_with_next=True)
    w.para("IDVA - Independent Domestic Violence Advisor.", num=(nid, 0))
    w.para("MARAC - Multi-Agency Risk Assessment Conference.", num=(nid, 0))
    _header_footer(w, f"Harlow DHR {g.subject}", "Page {n}")
    return w, g


def dev_r_inline_labels(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10 (Liberation Sans): plain paragraphs opening with a typed label "R1:" (not bold) and the text on
    the same line; the prose before the list mentions two of the labels."""
    g = Gold("dev8-09-r-inline-labels", "Safer Cornwall", "Kerensa")
    w = WordDoc("Arial", 10)
    _look(w, 1.15, 6)
    lead_in = (
        "R1 and R2 below were shared with the agencies in draft; the rest were agreed at the last meeting."
    )
    _opening(w, g, prose=PANEL_PROSE[2:3], lead_in=lead_in)
    k = 0
    for lead, chunk in lead_groups(pick(pool, "Cornwall", "", 6, used)):
        w.para(lead, bold=True, keep_with_next=True)  # each agency's heading, as the real report has them
        for real in chunk:
            k += 1
            w.para(f"R{k}: {real.text}")
            g.rec(real, f"R{k}", "overview", lead)
    w.para(CLOSING)
    closing(w, "CIC - Community Interest Company.", f"Safer Cornwall DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_table_rows_split(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Times New Roman 12 (Liberation Serif), 1.5 spacing: a No. | Recommendation | Lead agency table with
    typed numbers, its header NOT repeated on the next page, long rows split across the page break."""
    g = Gold("dev8-10-table-rows-split", "Kent Community Safety Partnership", "Mrs H")
    w = WordDoc("Times New Roman", 12)
    _look(w, 1.5, 6)
    _opening(
        w, g, fill=1, lead_in="The table below lists the recommendations and the agency that leads on each."
    )
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead agency"]]
    for k, real in enumerate(pick(pool, "Kent", "", 9, used), 1):
        # the gold agencies' Kent names: the first known body in the written addressee put "Kent Police" beside
        # a KMPT recommendation ("KMPT | Kent Police", labelled mental_health_services only)
        lead = gold_lead(real, KENT_NAMES)
        rows.append([f"{k}.", real.text, lead])
        g.rec(real, str(k), "overview")
    w.table(rows, [1.4, 10.6, 4.0], header_rows=0, font_size=11)
    for run in w.doc.tables[-1].rows[0].cells[0].paragraphs[0].runs:
        run.bold = True
    closing(w, "KSCS - Kent Specialist Children's Services.", f"Kent DHR {g.subject}", "Page {n}")
    return w, g


def dev_footnote_marks(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Times New Roman 11 (Liberation Serif), tagged PDF: a Word list "1." whose items carry a footnote mark
    (superscript number) in the middle of a sentence, after the fifth word; the notes at the page foot hold
    numbers, years and a should-sentence."""
    g = Gold("dev8-11-footnote-marks", "Nottingham Crime and Drugs Partnership", "Adult V")
    w = WordDoc("Times New Roman", 11)
    _look(w, 1.0, 6)
    _opening(w, g, fill=2, lead_in="The panel recommends:")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for k, real in enumerate(pick(pool, "Nottingham", "", 7, used)):
        words = real.text.split()
        note = (" ".join(words[:5]), NOTES[k % 4]) if k % 3 != 2 else None
        g.rec(real, w.para(real.text, num=(nid, 0), footnote=note), "overview")
    w.para(CLOSING)
    closing(w, "DVDS - Domestic Violence Disclosure Scheme.", f"Nottingham DHR {g.subject}", "{n}")
    return w, g


def dev_coloured_small_caps(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 11 (Liberation Sans): chapter headings typed as coloured small capitals (14 pt, no heading style,
    not bold), each agency's heading in smaller coloured small capitals, its recommendations a Word list
    restarting at 1 under it."""
    g = Gold("dev8-12-coloured-small-caps", "Nottingham Crime and Drugs Partnership", "Adult W")
    w = WordDoc("Arial", 11)
    _look(w, 1.1, 6)
    w.para(f"Domestic Homicide Review into the death of {g.subject}", style="Title")
    _coloured_caps(w, "Introduction", 14)
    _intro(w, g, fill=1)
    _coloured_caps(w, "Recommendations", 14)
    w.para("The recommendations are set out under the agency that leads on each.")
    aid = w.abstract([Level("decimal", "%1.")])
    for heading, addressee, n in (("Nottinghamshire Police", "Nottinghamshire Police", 3),
                                  ("Adult Social Care", "Adult Social Care", 2),
                                  ("Nottingham Recovery Network", "Recovery Network", 1)):  # fmt: skip
        _coloured_caps(w, heading, 12, "C00000")
        nid = w.num(aid, restart={0: 1})
        for real in pick(pool, "Nottingham", addressee, n, used):
            g.rec(real, w.para(real.text, num=(nid, 0)), "single_agency", heading)
    _coloured_caps(w, "Glossary", 14)
    w.para("DART - Domestic Abuse Referral Team.")
    _header_footer(w, f"Nottingham DHR {g.subject}", "Page {n}")
    return w, g


DEV8A = {
    "dev8-01-text-box-per-rec": dev_text_box_per_rec,
    "dev8-02-framed-paragraphs": dev_framed_paragraphs,
    "dev8-03-number-column-grid": dev_number_column_grid,
    "dev8-04-leader-labels": dev_leader_labels,
    "dev8-05-legal-sub-points": dev_legal_sub_points,
    "dev8-06-continued-heading": dev_continued_heading,
    "dev8-07-bold-phrase-items": dev_bold_phrase_items,
    "dev8-08-whole-report-numbered": dev_whole_report_numbered,
    "dev8-09-r-inline-labels": dev_r_inline_labels,
    "dev8-10-table-rows-split": dev_table_rows_split,
    "dev8-11-footnote-marks": dev_footnote_marks,
    "dev8-12-coloured-small-caps": dev_coloured_small_caps,
}
