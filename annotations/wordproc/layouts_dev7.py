"""The ``dev7/`` documents: a seventh batch aimed at PDF-side shapes no earlier set covered, scored once blind
before any fixing, then fixed against like ``dev/``..``dev6/``.

What they add: recommendations separated by soft line breaks (``w:br``) inside one paragraph; typed labels such
as "DHR 3" or "Rec. 4 -" at a tab stop far from the text; each recommendation in its own single-cell bordered
box with its bold label inside, the boxes cut by page breaks; a two-column recommendations chapter with a rule
between the columns and widow/orphan control off; "(iii)" items whose lettered sub-clauses belong to them;
typed "5)" numbers running on across shaded agency rows of a table; list numbers at the margin with the text
wrapping back under them (no hanging indent) in justified hyphenated print; footnotes heavy with numbers;
"Recommendation 3:" in bold with its text on the next line of the same paragraph; letter-prefixed numbers
("A1", "B2") from a two-level list; one box of numbered paragraphs that runs over a page break; Word
compatibility modes and fonts this machine does not have (Times New Roman, Calibri, Cambria, Verdana, Tahoma,
Garamond, Century Gothic: LibreOffice substitutes), tagged PDF on for some exports and off for the rest.
Prose, headings, labels and notes are written here; the recommendation texts are real (``parts.pick``).
"""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _intro, _justify_hyphenate, _page
from annotations.wordproc.layouts_dev6 import _columns
from annotations.wordproc.parts import closing, pick
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc

_TAGGED = '{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
#: LibreOffice PDF export options per document (the others are exported untagged, with the defaults).
PDF_OPTIONS_7: dict[str, str] = {
    "dev7-02-dhr-labels-tab": _TAGGED,
    "dev7-04-two-column-rule": '{"SelectPdfVersion":{"type":"long","value":"2"}}',
    "dev7-09-label-soft-break": _TAGGED,
    "dev7-11-box-over-page": _TAGGED,
}

#: Panel prose written for this batch (none of it a recommendation).
PANEL_PROSE = [
    "Several agencies knew part of the picture, but nobody held all of it, and the risk was judged again from "
    "the start each time a new worker became involved.",
    "The family told the panel that they had not known who to call when they became worried, and that the "
    "numbers they found online led to services that had closed.",
    "Records of the last three months were brief. Contact was mostly by telephone, and several calls were noted "
    "only as 'no answer'.",
    "The panel met five times between the spring and the autumn, and the chair spoke with the family at the "
    "start and again before the report was finished.",
]
CLOSING = (
    "These recommendations were agreed by the panel at its final meeting and accepted by the partnership."
)


# --------------------------------------------------------------------------------------------------------------
# pieces of Word markup this batch needs beyond WordDoc's
# --------------------------------------------------------------------------------------------------------------


def _look(w: WordDoc, spacing: float, after_pt: float = 6, *, justified: bool = False) -> None:
    fmt = w.doc.styles["Normal"].paragraph_format
    fmt.line_spacing = spacing
    fmt.space_after = Pt(after_pt)
    if justified:
        fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def _compat(w: WordDoc, mode: int) -> None:
    """Word's compatibility mode (11: Word 2003, 14: Word 2010), as a document saved in that mode carries it."""
    settings = w.doc.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = parse_xml(f"<w:compat {nsdecls('w')}/>")
        settings.append(compat)
    for old in compat.findall(qn("w:compatSetting")):
        if old.get(qn("w:name")) == "compatibilityMode":
            compat.remove(old)
    compat.append(
        parse_xml(
            f'<w:compatSetting {nsdecls("w")} w:name="compatibilityMode" '
            f'w:uri="http://schemas.microsoft.com/office/word" w:val="{mode}"/>'
        )
    )


def _widow_control(w: WordDoc, on: bool) -> None:
    w.doc.styles["Normal"].paragraph_format.widow_control = on


def _broken(w: WordDoc, pieces: list[tuple[str, bool]], breaks: int = 1) -> None:
    """One paragraph whose pieces (text, bold) are separated by soft line breaks (Shift+Enter, ``w:br``);
    ``breaks`` of them between pieces (two leave a blank line)."""
    p = w.doc.add_paragraph()
    for k, (text, bold) in enumerate(pieces):
        if k:
            run = p.add_run()
            for _ in range(breaks):
                run.add_break()
        p.add_run(text).bold = bold


def _tabbed(w: WordDoc, label: str, text: str, tab_cm: float, *, bold_label: bool = False) -> None:
    """A typed label, a tab to ``tab_cm`` and the text, hanging at the tab (the label far left of the text)."""
    p = w.doc.add_paragraph()
    p.add_run(label).bold = bold_label
    p.add_run("\t" + text)
    fmt = p.paragraph_format
    fmt.tab_stops.add_tab_stop(Cm(tab_cm))
    fmt.left_indent = Cm(tab_cm)
    fmt.first_line_indent = Cm(-tab_cm)


def _last_table(w: WordDoc) -> object:
    return w.doc.tables[-1]


def _box(w: WordDoc, paragraphs: list[tuple[str, tuple[int, int] | None]], bold_first: bool) -> None:
    """A single-cell bordered table (a box) holding ``paragraphs``; the first one bold (its label)."""
    w.table([[""]], [16.0], header_rows=0, font_size=w.doc.styles["Normal"].font.size.pt,
            cell_numbering={(0, 0): paragraphs})  # fmt: skip
    if bold_first:
        cell = _last_table(w).rows[0].cells[0]  # type: ignore[attr-defined]
        for run in cell.paragraphs[0].runs:
            run.bold = True


def _shade_span_rows(w: WordDoc, fill: str = "D9E2F3") -> None:
    """Shade the rows of the last table that span its width (agency rows)."""
    table = _last_table(w)
    for row in table.rows:  # type: ignore[attr-defined]
        if row._tr.find(".//" + qn("w:gridSpan")) is not None:
            tcpr = row.cells[0]._tc.get_or_add_tcPr()
            tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _columns_with_rule(w: WordDoc, n: int) -> None:
    """A continuous section break; the text after it in ``n`` columns with a rule between them (``w:sep``)."""
    _columns(w, n)
    cols = w.doc.sections[-1]._sectPr.find(qn("w:cols"))
    cols.set(qn("w:sep"), "1" if n > 1 else "0")


def _no_indent(w: WordDoc) -> None:
    """The last paragraph at the margin, first line and all: the list number starts the line and the wrapped
    lines run back under it."""
    ppr = w.doc.paragraphs[-1]._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:ind {nsdecls("w")} w:left="0" w:hanging="0" w:firstLine="0"/>'))


def _title(w: WordDoc, g: Gold) -> None:
    w.para(f"Domestic Homicide Review into the death of {g.subject}", style="Title")
    w.para(f"Overview report commissioned by the {g.csp}", bold=True)


def _opening(
    w: WordDoc,
    g: Gold,
    *,
    chapter: str = "Introduction",
    fill: int = 1,
    prose: tuple[str, ...] | list[str] = (),
    lead_in: str | None = None,
) -> None:
    """As most of this batch opens: the title lines, a first chapter (the introduction with ``fill`` filler
    paragraphs, then ``prose``), the recommendations' heading and, given ``lead_in``, a sentence under it.
    (``parts.opening`` writes a one-line title; this batch's title names the partnership too.)"""
    _title(w, g)
    w.heading(chapter, 1)
    _intro(w, g, fill=fill)
    for text in prose:
        w.para(text)
    w.heading("Recommendations", 1)
    if lead_in is not None:
        w.para(lead_in)


def _levels(w: WordDoc, aid: int) -> list[object]:
    """The ``w:lvl`` elements of abstract list ``aid``, to give a level formatting ``Level`` does not carry."""
    for abstract in w._numbering.iter(qn("w:abstractNum")):
        if abstract.get(qn("w:abstractNumId")) == str(aid):
            return abstract.findall(qn("w:lvl"))
    raise KeyError(aid)


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------


def dev_soft_breaks(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Times New Roman 12 (Liberation Serif in print), justified: under each bold agency paragraph its
    recommendations typed "1." .. in ONE paragraph, separated by a blank line made of two soft line breaks;
    the count runs on from agency to agency."""
    g = Gold("dev7-01-soft-breaks", "Nottingham Crime and Drugs Partnership", "Adult P")
    w = WordDoc("Times New Roman", 12)
    _look(w, 1.0, 8, justified=True)
    lead_in = "The recommendations are grouped under the agency that will lead on each of them."
    _opening(w, g, prose=PANEL_PROSE[:1], lead_in=lead_in)
    k = 0
    for heading, addressee, n in (("Nottinghamshire Police", "Nottinghamshire Police", 3),
                                  ("Nottingham City Adult Social Care", "Adult Social Care", 2),
                                  ("Nottingham Recovery Network", "Recovery Network", 1)):  # fmt: skip
        w.para(heading, bold=True)
        pieces = []
        for real in pick(pool, "Nottingham", addressee, n, used):
            k += 1
            pieces.append((f"{k}. {real.text}", False))
            g.rec(real, str(k), "overview", heading)
        _broken(w, pieces, breaks=2)
    closing(w, "DART - Domestic Abuse Referral Team.", f"Nottingham DHR - {g.subject} - Overview", "{n}")
    return w, g


def dev_dhr_labels_tab(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Verdana 10 (substituted), tagged PDF: recommendations typed "DHR 1", "DHR 2" .. then a tab to a stop
    at 2.6 cm, the text hanging there; the running header holds the review's own number ("DHR 2019/04")."""
    g = Gold("dev7-02-dhr-labels-tab", "Norfolk County Community Safety Partnership", "Jean")
    w = WordDoc("Verdana", 10)
    _look(w, 1.15, 6)
    lead_in = "Each recommendation carries the reference used for it in the partnership's action tracker."
    _opening(w, g, chapter="Background", lead_in=lead_in)
    for k, real in enumerate(pick(pool, "Norfolk", "", 7, used), 1):
        _tabbed(w, f"DHR {k}", real.text, 2.6, bold_label=True)
        g.rec(real, f"DHR {k}", "overview")
    w.para(CLOSING)
    closing(
        w,
        "IDVA - Independent Domestic Violence Advisor.",
        "DHR 2019/04 Overview Report (Final)",
        "Page {n} of {m}",
    )
    return w, g


def dev_boxed_labels_inside(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 12 at 1.5 (substituted), Word 2010 compatibility mode: each recommendation in its own
    single-cell bordered box, the bold label "Recommendation N" as the box's first paragraph and the text as its
    second; boxes fall across page breaks; the panel's note between two boxes is plain text."""
    g = Gold("dev7-03-boxed-labels-inside", "Kent Community Safety Partnership", "Mrs J")
    w = WordDoc("Calibri", 12)
    _compat(w, 14)
    _look(w, 1.5, 8)
    _opening(w, g, chapter="Summary of the circumstances", prose=PANEL_PROSE[1:2])
    for k, real in enumerate(pick(pool, "Kent", "", 6, used), 1):
        _box(w, [(f"Recommendation {k}", None), (real.text, None)], bold_first=True)
        g.rec(real, str(k), "overview")
        if k == 3:
            w.para("The panel notes that the first three of these were shared with the agencies in draft.")
    closing(
        w,
        "KMPT - Kent and Medway NHS and Social Care Partnership Trust.",
        f"Kent DHR {g.subject}",
        "Page {n}",
    )
    return w, g


def dev_two_column_rule(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial Narrow 10 (Liberation Sans Narrow), widow/orphan control off, PDF/A-2b: the recommendations
    chapter in two columns with a rule between them, a Word list "1." of eleven long items flowing down the
    left column into the right and on to the next page, items cut by the column and page breaks."""
    g = Gold("dev7-04-two-column-rule", "Norfolk County Community Safety Partnership", "Vera")
    w = WordDoc("Arial Narrow", 10)
    _widow_control(w, False)
    _look(w, 1.0, 4)
    _title(w, g)
    w.heading("Introduction", 1)
    _intro(w, g, fill=3)
    w.para(PANEL_PROSE[2])
    w.para(PANEL_PROSE[3])
    _columns_with_rule(w, 2)
    w.heading("Recommendations", 1)
    w.para("The panel makes eleven recommendations.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in pick(pool, "Norfolk", "", 11, used):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    _columns_with_rule(w, 1)
    closing(
        w,
        "MARAC - Multi-Agency Risk Assessment Conference.",
        f"Norfolk DHR {g.subject} | Overview Report",
        "{n}",
    )
    return w, g


def dev_roman_sub_clauses(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cambria 11 (substituted): recommendations "(i)" .. "(v)" from a Word list; "(iii)" ends in a colon
    and its lettered sub-clauses "a)" "b)" .. (the list's second level) are part of it; a footnote in "(ii)"."""
    g = Gold("dev7-05-roman-sub-clauses", "Norfolk County Community Safety Partnership", "Alma")
    w = WordDoc("Cambria", 11)
    _look(w, 1.08, 8)
    _opening(w, g, lead_in="The review makes five recommendations:")
    nid = w.num(w.abstract([Level("lowerRoman", "(%1)"), Level("lowerLetter", "%2)")]))
    reals = pick(pool, "Norfolk", "", 4, used)
    parent = next(r for r in pool["Norfolk"] if "\u2022" in r.text)
    for k, real in enumerate(reals[:2]):
        note = ("MARAC", "MARAC: the Multi-Agency Risk Assessment Conference, which meets every month.")
        g.rec(real, w.para(real.text, num=(nid, 0), footnote=note if k == 1 else None), "overview")
    head, *points = (part.strip() for part in parent.text.split("\u2022"))
    label = w.para(head, num=(nid, 0))
    for point in points:
        w.para(point, num=(nid, 1))
    g.rec(parent, label, "overview", text=" ".join([head, *points]))
    for real in reals[2:]:
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.para(CLOSING)
    closing(w, "NPS - National Probation Service.", f"Norfolk DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_paren_numbers_agency_rows(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Tahoma 10 (substituted): a No. | Recommendation | Lead table; each agency a shaded row spanning the
    width; typed "1)" .. numbers running on across the agencies; header repeated, rows cut by page breaks."""
    g = Gold("dev7-06-paren-numbers-agency-rows", "Safer Cornwall", "Tamsin")
    w = WordDoc("Tahoma", 10)
    _look(w, 1.15, 6)
    _opening(
        w, g, fill=2, lead_in="The table lists each recommendation under the agency asked to lead on it."
    )
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead"]]
    k = 0
    for heading, addressee, lead in (("Public Health", "Public Health", "Cornwall Public Health"),
                                     ("Police", "Police", "Devon and Cornwall Police"),
                                     ("Health commissioners", "Kernow", "NHS Kernow"),
                                     ("National bodies", "Home Office", "Home Office")):  # fmt: skip
        rows.append([heading])
        n = 2 if addressee == "Public Health" else 1
        for real in pick(pool, "Cornwall", addressee, n, used):
            k += 1
            rows.append([f"{k})", real.text, lead])
            g.rec(real, str(k), "overview", heading)
    w.table(rows, [1.4, 11.0, 3.6], font_size=10)
    _shade_span_rows(w)
    closing(w, "CIC - Community Interest Company.", f"Safer Cornwall DHR {g.subject}", "Page {n}")
    return w, g


def dev_margin_numbers_hyphenated(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """DejaVu Serif 11, justified with automatic hyphenation, 3.5 cm margins: Word-numbered "1." items with no
    hanging indent (the number at the margin, the wrapped lines back at the margin under it)."""
    g = Gold("dev7-07-margin-numbers-hyphenated", "Sefton Community Safety Partnership", "Adult S")
    w = WordDoc("DejaVu Serif", 11)
    _justify_hyphenate(w)
    _look(w, 1.1, 6, justified=True)
    _page(w, 21.0, 29.7, 3.5)
    _opening(w, g, lead_in="The panel asks the partnership to take the following forward.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in pick(pool, "Sefton", "", 6, used):
        if len(real.text) < 40:
            continue
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
        _no_indent(w)
    w.para(PANEL_PROSE[3])
    closing(
        w,
        "MARAC - Multi-Agency Risk Assessment Conference.",
        f"Sefton DHR {g.subject} - Overview Report",
        "{n}",
    )
    return w, g


def dev_footnote_heavy(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 10.5: typed "8.1<tab>" numbers under a 1.3 cm hanging indent; header "Section 8 |
    Recommendations | Page N", footer "DHR 5 (2020) | OFFICIAL"; footnotes full of numbers in three of the
    recommendations, one note worded like a recommendation; a long item cut by the page break above its note."""
    g = Gold("dev7-08-footnote-heavy", "Kent Community Safety Partnership", "Ms V")
    w = WordDoc("Liberation Sans", 10.5)
    _look(w, 1.15, 6)
    _title(w, g)
    w.heading("7\tAnalysis", 1)
    for k, text in enumerate([FILLER, *PANEL_PROSE, FILLER], 1):
        _tabbed(w, f"7.{k}", text, 1.3)
    w.heading("8\tRecommendations", 1)
    _tabbed(w, "8.1", "The panel agreed the recommendations below at its fifth meeting.", 1.3)
    notes = {
        1: "Home Office (2016) Multi-agency statutory guidance, section 4.2, pages 11 to 13.",
        3: "Agencies should note that the DASH checklist has 27 questions; see SafeLives (2015), p. 4.",
        5: "In 2019 the trust moved to a new record system; 14 of the 31 entries were migrated.",
    }
    for k, real in enumerate(pick(pool, "Kent", "", 8, used), 2):
        _tabbed(w, f"8.{k}", real.text, 1.3)
        if k - 1 in notes:
            w._footnote_ref(w.doc.paragraphs[-1], notes[k - 1])  # the mark after the closing full stop
        g.rec(real, f"8.{k}", "overview")
    w.heading("9\tGlossary", 1)
    _tabbed(w, "9.1", "KSCS - Kent Specialist Children's Services.", 1.3)
    _header_footer(w, "Section 8 | Recommendations | Page {n}", "DHR 5 (2020) | OFFICIAL")
    return w, g


DEV7A = {
    "dev7-01-soft-breaks": dev_soft_breaks,
    "dev7-02-dhr-labels-tab": dev_dhr_labels_tab,
    "dev7-03-boxed-labels-inside": dev_boxed_labels_inside,
    "dev7-04-two-column-rule": dev_two_column_rule,
    "dev7-05-roman-sub-clauses": dev_roman_sub_clauses,
    "dev7-06-paren-numbers-agency-rows": dev_paren_numbers_agency_rows,
    "dev7-07-margin-numbers-hyphenated": dev_margin_numbers_hyphenated,
    "dev7-08-footnote-heavy": dev_footnote_heavy,
}
