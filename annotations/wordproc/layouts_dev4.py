"""The ``dev4/`` documents: a fourth batch of word-processor layouts, written and scored blind before any fixing,
then fixed against like ``dev/``..``dev3/``.

What they add: page setups the other sets do not use (US Letter, narrow margins, a whole report in two justified
columns with automatic hyphenation); recommendations in shaded paragraphs and in DrawingML text boxes (with the
VML fallback Word writes beside them); a typed-number recommendations table whose long rows split across pages
under a repeated header row; "Recommendation N:" run-in headings (a heading whose paragraph mark is hidden, so the
text runs on after it); lists nested three levels (``1.``, ``a.``, ``i.``); numbering continued across the
panel's unnumbered comments; a conclusions chapter numbered in the same legal scheme just before the
recommendations; lessons learned numbered before them; an executive summary, the body and an appendix action
plan repeating the recommendation text in one file; a typed table of contents with dot leaders; endnotes in
arabic numbers; a glossary as a two-column table; "OFFICIAL - SENSITIVE" headers and "12 | Page" footers;
Welsh-English bilingual headings.
"""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm

from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.parts import pick
from annotations.wordproc.vocab import (
    ANALYSIS_TRAP,
    FOOTNOTES,
    INTRO_PROSE,
    LESSONS,
    TOR_ITEMS,
)
from annotations.wordproc.worddoc import LEGAL3, Gold, Level, RealRec, WordDoc, _xml

#: Conclusions written here, worded as findings and "should"s: none of them is a recommendation.
CONCLUSIONS = [
    "The panel concluded that the homicide could not have been predicted from what agencies knew at the time.",
    "Agencies should have been more curious about the reasons the victim gave for cancelling appointments.",
    "Information about the perpetrator's previous relationships was held by two agencies but never shared.",
    "The risk assessment should have been repeated after the second reported incident, and it was not.",
]
COMMENTS = [
    "Panel comment: the force told the panel that a new briefing on this subject is already being written.",
    "Panel comment: the trust accepted this finding and has asked its safeguarding lead to report on it.",
]
ENDNOTES = [
    "Agencies should note that the DASH checklist was revised in 2019 after this review began.",
    "The Care Act 2014 sets out the duty to carry out a carer's assessment.",
    "MARAC - Multi-Agency Risk Assessment Conference.",
]
GLOSSARY = [
    ("DASH", "Domestic Abuse, Stalking and Harassment risk checklist"),
    ("IDVA", "Independent Domestic Violence Advisor"),
    ("MARAC", "Multi-Agency Risk Assessment Conference"),
    ("IMR", "Individual Management Review"),
]


# --------------------------------------------------------------------------------------------------------------
# page set-ups and paragraph shapes python-docx and WordDoc do not write
# --------------------------------------------------------------------------------------------------------------


def _page(w: WordDoc, width_cm: float, height_cm: float, margin_cm: float, columns: int = 1) -> None:
    section = w.doc.sections[0]
    section.page_width, section.page_height = Cm(width_cm), Cm(height_cm)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(margin_cm))
    if columns > 1:
        sect = section._sectPr
        cols = sect.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cols")
        if cols is None:
            cols = parse_xml(f"<w:cols {nsdecls('w')}/>")
            sect.append(cols)
        cols.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num", str(columns))
        cols.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}space", "425")


LETTER = (21.59, 27.94)


def _justify_hyphenate(w: WordDoc) -> None:
    """Justified body text with automatic hyphenation (the document setting Word's "Hyphenation: Automatic"
    writes), so words break across lines with a hyphen in the PDF."""
    w.doc.styles["Normal"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    w.doc.settings.element.append(parse_xml(f"<w:autoHyphenation {nsdecls('w')}/>"))


def _shade_last(w: WordDoc, fill: str = "E7E6E6") -> None:
    """Grey shading and a box border on the last paragraph (consecutive ones join into one shaded box)."""
    ppr = w.doc.paragraphs[-1]._p.get_or_add_pPr()
    border = "".join(
        f'<w:{side} w:val="single" w:sz="6" w:space="4" w:color="808080"/>'
        for side in ("top", "left", "bottom", "right")
    )
    ppr.append(parse_xml(f"<w:pBdr {nsdecls('w')}>{border}</w:pBdr>"))
    ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


_NS = (
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _drawing_box(w: WordDoc, paragraphs: list[tuple[str, tuple[int, int] | None]], height_cm: float) -> None:
    """A DrawingML text box (``wps:txbx``) anchored in its own paragraph, as Word 2010+ writes it: inside
    ``mc:AlternateContent`` with a VML fallback holding the same paragraphs (a reader must not read both)."""
    body = ""
    for text, num in paragraphs:
        numpr = (
            f'<w:pPr><w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr></w:pPr>'
            if num
            else ""
        )
        body += f'<w:p>{numpr}<w:r><w:t xml:space="preserve">{_xml(text)}</w:t></w:r></w:p>'
    cx, cy = int(Cm(16.0)), int(Cm(height_cm))
    box_id = next(w._PIECE_IDS)
    xml = (
        f'<w:r {nsdecls("w")} {_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{box_id}" name="Text Box {box_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="DEEAF6"/></a:solidFill><a:ln w="9525"><a:solidFill>'
        '<a:srgbClr val="2F5496"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shape id="tb{box_id}" type="#_x0000_t202" style="width:453pt;height:{int(height_cm * 28.35)}pt" '
        f'fillcolor="#deeaf6" strokecolor="#2f5496"><v:textbox><w:txbxContent>{body}</w:txbxContent>'
        "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    w.doc.add_paragraph()._p.append(parse_xml(xml))


def _run_in(w: WordDoc, label: str, text: str) -> None:
    """A Heading 3 "Recommendation N:" whose paragraph mark is hidden (``w:vanish`` + ``w:specVanish``, Word's
    "style separator"): the next paragraph runs on after it on the same line, in print; two paragraphs in XML."""
    w.para(label, style="Heading 3")
    ppr = w.doc.paragraphs[-1]._p.get_or_add_pPr()
    ppr.append(parse_xml(f"<w:rPr {nsdecls('w')}><w:vanish/><w:specVanish/></w:rPr>"))
    w.para(text)


def _toc(w: WordDoc, entries: list[tuple[str, int]]) -> None:
    """A typed contents list: title, a right tab with a dot leader, the page number."""
    w.para("Contents", bold=True)
    for title, page in entries:
        w.para(f"{title}\t{page}")
        ppr = w.doc.paragraphs[-1]._p.get_or_add_pPr()
        ppr.append(
            parse_xml(f'<w:tabs {nsdecls("w")}><w:tab w:val="right" w:leader="dot" w:pos="9000"/></w:tabs>')
        )


def _arabic_endnotes(w: WordDoc) -> None:
    w.doc.settings.element.append(
        parse_xml(f'<w:endnotePr {nsdecls("w")}><w:numFmt w:val="decimal"/></w:endnotePr>')
    )


def _intro(w: WordDoc, g: Gold, num: tuple[int, int] | None = None, fill: int = 2) -> None:
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject), num=num)
    w.para(ANALYSIS_TRAP, num=num)
    for _ in range(fill):
        w.para(FILLER, num=num)


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------


def dev_two_column_letter(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """A whole overview on US Letter with narrow margins in two justified columns, hyphenated automatically;
    a three-level legal list, the recommendations at the third level under bold numbered agency paragraphs;
    header "OFFICIAL - SENSITIVE", footer "N | Page"."""
    g = Gold("dev4-01-two-column-letter", "Kent Community Safety Partnership", "Mr T")
    w = WordDoc("Times New Roman", 10)
    _page(w, *LETTER, 1.27, columns=2)
    _justify_hyphenate(w)
    ch = w.num(w.abstract(LEGAL3))
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Introduction", 1, num=(ch, 0))
    _intro(w, g, (ch, 1), fill=3)
    w.heading("Terms of reference", 1, num=(ch, 0))
    for item in TOR_ITEMS:
        w.para(item, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The panel makes the following recommendations to the agencies named.", num=(ch, 1))
    for heading, addressee, n in (("Kent Police", "Kent Police", 2), ("KMPT", "KMPT", 1),
                                  ("Kent and Medway CCG", "Kent and Medway CCG", 1),
                                  ("KCC Adult Social Care", "KCC Adult", 1), ("NHS England", "NHS England", 1)):  # fmt: skip
        w.para(heading, bold=True, num=(ch, 1), keep_with_next=True)
        for real in pick(pool, "Kent", addressee, n, used):
            g.rec(real, w.para(real.text, num=(ch, 2)), "overview", heading)
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("KMPT - Kent and Medway NHS and Social Care Partnership Trust.", num=(ch, 1))
    _header_footer(w, "OFFICIAL - SENSITIVE", "{n} | Page")
    return w, g


def dev_shaded_box(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Lessons learned numbered 1-3 before the recommendations (a list of their own, worded like
    recommendations); the recommendations in one shaded, bordered box of numbered paragraphs with a bold
    title inside it."""
    g = Gold("dev4-02-shaded-box", "Nottingham Crime and Drugs Partnership", "Adult U")
    w = WordDoc("Calibri", 11)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.para(f"Overview report for the {g.csp}")
    w.heading("Introduction", 1)
    _intro(w, g, fill=2)
    w.heading("Lessons learned", 1)
    lessons = w.num(w.abstract([Level("decimal", "%1.")]))
    for lesson in LESSONS:
        w.para(lesson, num=(lessons, 0))
    w.heading("Recommendations", 1)
    w.para("The panel's recommendations are set out in the box below.")
    w.para("Recommendations of the review panel", bold=True)
    _shade_last(w)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for addressee, n in (("Nottinghamshire Police", 3), ("Adult Social Care", 2), ("Recovery Network", 1)):
        for real in pick(pool, "Nottingham", addressee, n, used):
            g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
            _shade_last(w)
    w.heading("Next steps", 1)
    w.para("The partnership will publish the report once the Home Office has agreed it.")
    _header_footer(w, f"Nottingham DHR {g.subject} | OFFICIAL", "Page {n} of {m}")
    return w, g


def dev_drawing_boxes(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Each agency's recommendations in a modern text box (DrawingML with a VML fallback) under a bold
    "Recommendations for X" line; one Word list numbers them through all the boxes."""
    g = Gold("dev4-03-drawing-boxes", "Safer Cornwall", "Ursula")
    w = WordDoc("Arial", 11)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Findings", 1)
    _intro(w, g, fill=1)
    w.heading("Recommendations", 1)
    w.para("The panel makes six recommendations, grouped in the boxes below by the agency that leads.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for heading, addressee, n in (("Public Health", "Public Health", 2), ("Home Office", "Home Office", 1),
                                  ("NHS Kernow", "NHS Kernow", 1),
                                  ("Devon and Cornwall Police", "Devon & Cornwall Police", 1),
                                  ("NHS England", "NHS England", 1)):  # fmt: skip
        w.para(f"Recommendations for {heading}", bold=True, keep_with_next=True)
        box = []
        for real in pick(pool, "Cornwall", addressee, n, used):
            box.append((real.text, (nid, 0)))
            g.rec(real, w._label(nid, 0), "overview", f"Recommendations for {heading}")
        _drawing_box(w, box, 2.6 * n)
    w.heading("Glossary", 1)
    w.para("CIC - Community Interest Company.")
    _header_footer(w, f"Safer Cornwall DHR {g.subject}", "{n}")
    return w, g


def dev_table_split_rows(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """US Letter, narrow margins: a No. | Recommendation | Lead agency table with typed numbers, its header row
    repeated on each page, long rows split across the page breaks (text large enough that they must)."""
    g = Gold("dev4-04-table-split-rows", "Norfolk County Community Safety Partnership", "Vera")
    w = WordDoc("Arial", 12)
    _page(w, *LETTER, 1.5)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Introduction", 1)
    _intro(w, g, fill=3)
    w.heading("Recommendations", 1)
    w.para("The recommendations are listed in the table below with the agency that leads on each.")
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead agency"]]
    k = 0
    for addressee, lead in (("Cambridgeshire", "Cambridgeshire Community Services"),
                            ("Norfolk County Community Safety", "Norfolk County Community Safety Partnership"),
                            ("Probation Service", "Probation Service"), ("NHS England", "NHS England")):  # fmt: skip
        for real in pick(pool, "Norfolk", addressee, 1, used):
            k += 1
            rows.append([str(k), real.text, lead])
            g.rec(real, str(k), "overview", None)
    w.table(rows, [1.3, 12.2, 4.5], font_size=12)
    w.heading("Glossary", 1)
    w.para("UPW - Unpaid Work.")
    _header_footer(w, "OFFICIAL - SENSITIVE", "{n} | Page")
    return w, g


def dev_run_in_headings(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Conclusions then "Recommendation N:" run-in headings (Heading 3, hidden paragraph mark) each followed by
    its recommendation, which prints on the same line; a closing note after them."""
    g = Gold("dev4-05-run-in-headings", "Kent Community Safety Partnership", "Mrs V")
    w = WordDoc("Arial", 11)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Conclusions", 1)
    for text in CONCLUSIONS:
        w.para(text)
    w.heading("Recommendations", 1)
    w.para("The panel agreed the recommendations below with each agency.")
    k = 0
    for addressee, n in (("Kent Police", 2), ("KMPT", 1), ("KCC Adult", 1), ("NHS England", 1)):
        for real in pick(pool, "Kent", addressee, n, used):
            k += 1
            _run_in(w, f"Recommendation {k}:", real.text)
            g.rec(real, str(k), "overview")
    w.para("Progress on each recommendation will be reported to the partnership every six months.")
    _header_footer(w, f"Kent DHR {g.subject}", "Page {n}")
    return w, g


def dev_nested_three(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """A list nested three levels (``1.``, ``a.``, ``i.``): agencies at the first level, their recommendations
    at the second (lettered, restarting under each agency), sub-points of one at the third; terms of reference
    numbered in another instance of the same list before."""
    g = Gold("dev4-06-nested-three", "Norfolk County Community Safety Partnership", "Wendy")
    w = WordDoc("Arial", 11)
    nested = w.abstract([Level("decimal", "%1."), Level("lowerLetter", "%2."), Level("lowerRoman", "%3.")])
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Terms of reference", 1)
    tor = w.num(nested)
    for item in TOR_ITEMS:
        w.para(item, num=(tor, 0))
    w.heading("Analysis", 1)
    _intro(w, g, fill=1)
    w.heading("Recommendations", 1)
    w.para("The panel's recommendations are grouped by agency.")
    nid = w.num(nested)
    for heading, addressee in (("Norfolk County Community Safety Partnership", "Norfolk County Community"),
                               ("Probation Service", "Probation Service"), ("NHS England", "NHS England")):  # fmt: skip
        w.para(heading, num=(nid, 0))
        for real in pick(pool, "Norfolk", addressee, 1, used):
            g.rec(real, w.para(real.text, num=(nid, 1)), "overview", heading)
    w.para("National Probation Service", num=(nid, 0))
    real = next(r for r in pool["Norfolk"] if "\u2022" in r.text)
    head, *points = (part.strip() for part in real.text.split("\u2022"))
    label = w.para(head, num=(nid, 1))
    for point in points:
        w.para(point, num=(nid, 2))
    g.rec(real, label, "overview", "National Probation Service", text=" ".join([head, *points]))
    w.heading("Glossary", 1)
    w.para("UPW - Unpaid Work.")
    _header_footer(w, f"Norfolk DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_continued_comments(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Recommendations numbered by one Word list that continues across the panel's unnumbered comments in
    italics between them (1, 2, comment, 3, 4, comment, 5); lessons learned in their own list before."""
    g = Gold("dev4-07-continued-comments", "Kent Community Safety Partnership", "Mr W")
    w = WordDoc("Calibri", 11)
    w.para(f"DHR {g.subject}: Overview Report", style="Title")
    w.heading("Analysis", 1)
    _intro(w, g, fill=1)
    w.heading("Lessons learned", 1)
    lessons = w.num(w.abstract([Level("decimal", "%1.")]))
    for lesson in LESSONS:
        w.para(lesson, num=(lessons, 0))
    w.heading("Recommendations", 1)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    plan = [("Kent Police", 2, COMMENTS[0]), ("KMPT", 2, COMMENTS[1]), ("NHS England", 1, None)]
    for addressee, n, comment in plan:
        for real in pick(pool, "Kent", addressee, n, used):
            g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
        if comment:
            w.para(comment)
            w.doc.paragraphs[-1].runs[0].italic = True
    w.heading("Glossary", 1)
    w.para("KMPT - Kent and Medway NHS and Social Care Partnership Trust.")
    _header_footer(w, f"Kent DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_conclusions_legal(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Chapters from 14 in a two-level legal list: a conclusions chapter (15.1-15.4, worded with "should")
    right before the recommendations chapter (16.1 lead-in, 16.2-16.4 recommendations), a footnote in one
    conclusion."""
    g = Gold("dev4-08-conclusions-legal", "Harlow Community Safety Partnership", "Yvonne")
    w = WordDoc("Arial", 11)
    ch = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2")]), restart={0: 14})
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Analysis", 1, num=(ch, 0))
    _intro(w, g, (ch, 1), fill=1)
    w.heading("Conclusions", 1, num=(ch, 0))
    for k, text in enumerate(CONCLUSIONS):
        w.para(text, num=(ch, 1), footnote=FOOTNOTES[2] if k == 3 else None)
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The panel recommends that all agencies:", num=(ch, 1))
    for real in pick(pool, "Harlow", "All Agencies", 3, used):
        g.rec(real, w.para(real.text, num=(ch, 1)), "overview")
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("CSP - Community Safety Partnership.", num=(ch, 1))
    _header_footer(w, f"Harlow DHR {g.subject} - OFFICIAL - SENSITIVE", "Page {n} of {m}")
    return w, g
