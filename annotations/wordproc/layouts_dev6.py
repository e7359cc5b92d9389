"""The ``dev6/`` documents: a sixth batch, written to stress the reading of LibreOffice PDF exports, scored blind
before any fixing, then fixed against like ``dev/``..``dev5/``.

What they add on the PDF side: export options (tagged PDF, PDF/A-1b, PDF/A-2b; ``PDF_OPTIONS``), other fonts
(Liberation Serif / Sans, DejaVu Sans / Serif; Carlito is not on this machine), sizes 10-13 pt, justified text,
line spacing 1.0-1.5; the recommendations chapter in two text columns; numbered items in a text frame
(``w:framePr``) and in a shape anchored beside the narrative; a number | text table whose rows are cut by page
breaks; a landscape section in the middle of a list; typed numbers followed by a tab or by spaces under a long
hanging indent; running headers holding a title with numbers in it ("DHR 07/2019 ... v3.2"); a list restarting
in an appendix; items whose text begins with a bold agency name; a right-aligned page number typed in the text
area mid-list; SEQ fields and line numbers.
"""

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _drawing_box, _intro
from annotations.wordproc.layouts_dev5 import NARRATIVE
from annotations.wordproc.leads import NORFOLK_NAMES, gold_lead, lead_groups
from annotations.wordproc.parts import closing, opening, pick
from annotations.wordproc.vocab import INTRO_PROSE
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc, action

_TAGGED = '"UseTaggedPDF":{"type":"boolean","value":"true"}'
#: LibreOffice PDF export filter options (``--convert-to 'pdf:writer_pdf_Export:{...}'``) per document.
PDF_OPTIONS: dict[str, str] = {
    "dev6-01-serif-justified-tagged": "{" + _TAGGED + "}",
    "dev6-02-two-column-recs": '{"SelectPdfVersion":{"type":"long","value":"1"}}',
    "dev6-03-frame-beside": "{" + _TAGGED + "}",
    "dev6-05-landscape-middle": '{"SelectPdfVersion":{"type":"long","value":"2"}}',
    "dev6-07-appendix-restart": "{" + _TAGGED + ',"SelectPdfVersion":{"type":"long","value":"2"}}',
    "dev6-09-bold-agency-13pt": '{"SelectPdfVersion":{"type":"long","value":"1"}}',
}


def _look(w: WordDoc, spacing: float, justified: bool, after_pt: float = 6) -> None:
    fmt = w.doc.styles["Normal"].paragraph_format
    fmt.line_spacing = spacing
    fmt.space_after = Pt(after_pt)
    if justified:
        fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def _a4(w: WordDoc, margin_cm: float = 2.5) -> None:
    section = w.doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(margin_cm))


def _columns(w: WordDoc, n: int) -> None:
    """A continuous section break here; the text after it set in ``n`` columns (the text before keeps its own)."""
    section = w.doc.add_section(WD_SECTION.CONTINUOUS)
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml(f"<w:cols {nsdecls('w')}/>")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "567")


def _hanging(w: WordDoc, indent_cm: float) -> None:
    fmt = w.doc.paragraphs[-1].paragraph_format
    fmt.left_indent = Cm(indent_cm)
    fmt.first_line_indent = Cm(-indent_cm)


def _bold_lead(w: WordDoc, text: str, num: tuple[int, int] | None = None, prefix: str = "") -> str:
    """A paragraph whose first words (up to " should", when short) are bold: the agency it is addressed to."""
    head, sep, tail = text.partition(" should ")
    label = w.para("", num=num)
    p = w.doc.paragraphs[-1]
    if prefix:
        p.add_run(prefix)
    if sep and len(head.split()) <= 9:
        p.add_run(head).bold = True
        p.add_run(sep + tail)
    else:
        p.add_run(text)
    return label


def _square_wrap(w: WordDoc, width_cm: float, left_cm: float | None = None) -> None:
    """The drawing box just written (``_drawing_box``) set square-wrapped, text on both sides, ``width_cm`` wide
    and, given ``left_cm``, that far from the column's left edge."""
    for el in w.doc.paragraphs[-1]._p.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "wrapTopAndBottom":
            el.tag = el.tag.replace("wrapTopAndBottom", "wrapSquare")
            el.set("wrapText", "bothSides")
        if tag in ("extent", "ext") and el.get("cx"):
            el.set("cx", str(int(Cm(width_cm))))
        if tag == "positionH" and left_cm is not None:
            el[0].text = str(int(Cm(left_cm)))  # posOffset from the column's left edge


def _field(p: object, instr: str, shown: str) -> None:
    """A complex field (begin / instruction / separate / result / end), as Word writes SEQ and PAGE."""
    for xml in (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r {nsdecls('w')}><w:t>{shown}</w:t></w:r>",
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        p._p.append(parse_xml(xml))  # type: ignore[attr-defined]


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------


def dev_serif_justified_tagged(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Serif 12, justified, 1.5 spacing, A4, tagged PDF; a two-level legal list from chapter 6 with
    the recommendations at the second level; header "DHR 07/2019 Overview Report v3.2", footer "Page N"."""
    g = Gold("dev6-01-serif-justified-tagged", "Norfolk County Community Safety Partnership", "Tilly")
    w = WordDoc("Liberation Serif", 12)
    _look(w, 1.5, True)
    _a4(w)
    ch = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2")]), restart={0: 6})
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Background", 1, num=(ch, 0))
    _intro(w, g, (ch, 1), fill=1)
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The panel makes the following recommendations to the partnership and its members:", num=(ch, 1))
    for real in pick(pool, "Norfolk", "", 7, used):
        g.rec(real, w.para(real.text, num=(ch, 1)), "overview")
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("IDVA - Independent Domestic Violence Advisor.", num=(ch, 1))
    _header_footer(w, "DHR 07/2019 Overview Report v3.2", "Page {n}")
    return w, g


def dev_two_column_recs(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """DejaVu Sans 10 at 1.15; only the recommendations chapter set in two columns (continuous section breaks
    before and after), a Word list 1-8, each item beginning with its agency in bold; PDF/A-1b."""
    g = Gold("dev6-02-two-column-recs", "Kent Community Safety Partnership", "Mrs K")
    w = WordDoc("DejaVu Sans", 10)
    _look(w, 1.15, False)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Introduction", 1)
    _intro(w, g, fill=1)
    _columns(w, 2)
    w.heading("Recommendations", 1)
    w.para("The review makes eight recommendations.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in pick(pool, "Kent", "", 8, used):
        g.rec(real, _bold_lead(w, real.text, (nid, 0)), "overview")
    _columns(w, 1)
    closing(
        w,
        "KMPT - Kent and Medway NHS and Social Care Partnership Trust.",
        f"Kent DHR {g.subject} - Overview Report 2018/04",
        "{n}",
    )
    return w, g


def _frame(
    w: WordDoc,
    width_cm: float,
    wrap: str = "around",
    x_align: str = "right",
    space: tuple[int, int | None] = (284, None),
    border: tuple[int, str] = (6, "808080"),
) -> None:
    """The last paragraph in a bordered text frame (``w:framePr``): by default on the right margin, text wrapping
    round it (consecutive paragraphs with the same frame share it); ``wrap="notBeside"`` puts it in the flow, no
    text beside it. ``space``: the horizontal and (if any) vertical gap to the text in twips; ``border``: the
    rule's size in eighths of a point and its colour."""
    h_space, v_space = space
    v_attr = "" if v_space is None else f' w:vSpace="{v_space}"'
    ppr = w.doc.paragraphs[-1]._p.get_or_add_pPr()
    ppr.insert(
        0,
        parse_xml(
            f'<w:framePr {nsdecls("w")} w:w="{int(Cm(width_cm).twips)}" w:hSpace="{h_space}"{v_attr} '
            f'w:wrap="{wrap}" w:vAnchor="text" w:hAnchor="margin" w:xAlign="{x_align}" w:y="1"/>'
        ),
    )
    size, colour = border
    rule = "".join(
        f'<w:{side} w:val="single" w:sz="{size}" w:space="4" w:color="{colour}"/>'
        for side in ("top", "left", "bottom", "right")
    )
    ppr.append(parse_xml(f"<w:pBdr {nsdecls('w')}>{rule}</w:pBdr>"))


def dev_frame_beside(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 11; the recommendations chapter opens with narrative paragraphs, and beside them a
    text frame on the right holds the numbered recommendations 1-5 (Word list, one frame); tagged PDF."""
    g = Gold("dev6-03-frame-beside", "Nottingham Crime and Drugs Partnership", "Adult N")
    w = WordDoc("Liberation Sans", 11)
    _look(w, 1.0, False)
    opening(w, g)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in pick(pool, "Nottingham", "", 5, used):
        g.rec(real, w.para(real.text, num=(nid, 0), size=9), "overview")
        _frame(w, 8.0)
    for text in NARRATIVE[:8]:
        w.para(text)
    closing(w, "DART - Domestic Abuse Referral Team.", f"Nottingham DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_number_text_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """DejaVu Serif 12 at 1.5, justified: No. | Recommendation table (typed numbers, narrow first column), the
    header row repeated, rows cut by page breaks; header "Review 2017-03 (Final) v1.0", footer "N"."""
    g = Gold("dev6-04-number-text-table", "Norfolk County Community Safety Partnership", "Rhea")
    w = WordDoc("DejaVu Serif", 12)
    _look(w, 1.5, True)
    opening(w, g, fill=2)
    w.para("The recommendations are numbered in the order the panel agreed them.")
    rows: list[list[str | None]] = [["No.", "Recommendation"]]
    for k, real in enumerate(pick(pool, "Norfolk", "", 8, used), 1):
        rows.append([str(k), real.text])
        g.rec(real, str(k), "overview")
    w.table(rows, [1.4, 14.6], font_size=12)
    closing(w, "MARAC - Multi-Agency Risk Assessment Conference.", "Review 2017-03 (Final) v1.0", "{n}")
    return w, g


def dev_landscape_middle(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 13: a Word list of recommendations starts on a portrait page, continues on landscape
    pages (a section in the middle, the list carried on) and ends on portrait pages again; PDF/A-2b."""
    g = Gold("dev6-05-landscape-middle", "Sefton Community Safety Partnership", "Adult S")
    w = WordDoc("Liberation Sans", 13)
    _look(w, 1.0, False)
    _a4(w)
    opening(w, g)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    reals = pick(pool, "Sefton", "", 7, used)
    for real in reals[:2]:
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.section(landscape=True)
    for real in reals[2:5]:
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    section = w.doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for real in reals[5:]:
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    closing(
        w,
        "MARAC - Multi-Agency Risk Assessment Conference.",
        f"Sefton DHR {g.subject} 2019/2",
        "Page {n} of {m}",
    )
    return w, g


def dev_tabs_spaces_hanging(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """DejaVu Sans 10.5 justified: recommendations with typed numbers, some followed by a tab, some by two
    spaces, under a 2.5 cm hanging indent; the glossary in the same shape; header "DHR No. 12 - 2018"."""
    g = Gold("dev6-06-tabs-spaces-hanging", "Safer Cornwall", "Ivy")
    w = WordDoc("DejaVu Sans", 10.5)
    _look(w, 1.15, True)
    opening(w, g, fill=2)
    w.para("The panel recommends that:")
    reals = pick(pool, "Cornwall", "", 6, used)
    k = 0
    for lead, chunk in lead_groups(
        reals
    ):  # each agency's heading over its texts, as the real report has them
        w.para(lead, bold=True, keep_with_next=True)
        for real in chunk:
            k += 1
            gap = "\t" if k % 2 else "  "
            w.para(f"{k}.{gap}{real.text}")
            _hanging(w, 2.5)
            g.rec(real, str(k), "overview", lead)
    w.heading("Glossary", 1)
    w.para("CIC\tCommunity Interest Company.")
    _hanging(w, 2.5)
    _header_footer(w, "DHR No. 12 - 2018: Overview Report", "Page {n} of {m}")
    return w, g


def dev_appendix_restart(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Serif 11: overview recommendations 1-4 (a Word list), then "Appendix 2: Single agency
    recommendations" with a bold agency line over each agency's own list restarting at 1; tagged PDF/A-2b."""
    g = Gold("dev6-07-appendix-restart", "Norfolk County Community Safety Partnership", "June")
    w = WordDoc("Liberation Serif", 11)
    _look(w, 1.15, False)
    opening(w, g)
    abstract = w.abstract([Level("decimal", "%1.")])
    nid = w.num(abstract)
    reals = pick(pool, "Norfolk", "", 8, used)
    for real in reals[:4]:
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.heading("Glossary", 1)
    w.para("IDVA - Independent Domestic Violence Advisor.")
    w.page_break()
    w.heading("Appendix 2: Single agency recommendations", 1)
    w.para("Each agency's review made its own recommendations, which the panel endorses.")
    # each agency line names its recommendations' own gold agencies, grouped in turn (two fixed agency lines over
    # texts picked with no addressee put e.g. "Norfolk Constabulary" over a public health one)
    groups: dict[str, list[RealRec]] = {}
    for real in reals[4:]:
        groups.setdefault(gold_lead(real, NORFOLK_NAMES), []).append(real)
    for agency, chunk in groups.items():
        w.para(agency, bold=True, keep_with_next=True)
        restart = w.num(abstract, restart={0: 1})
        for real in chunk:
            g.rec(real, w.para(real.text, num=(restart, 0)), "single_agency", agency)
    _header_footer(w, f"Norfolk DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_fields_line_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 10 with line numbers every 5 lines; bold labels "Recommendation N" whose N is a SEQ
    field, the text on the next line; a right-aligned page number (a PAGE field) typed in the text area with a
    page break after it in the middle of the recommendations."""
    g = Gold("dev6-08-fields-line-numbers", "Kent Community Safety Partnership", "Mr L")
    w = WordDoc("Liberation Sans", 10)
    _look(w, 1.0, False)
    w.doc.sections[0]._sectPr.append(
        parse_xml(f'<w:lnNumType {nsdecls("w")} w:countBy="5" w:distance="340" w:restart="continuous"/>')
    )
    opening(w, g, fill=2)
    for k, real in enumerate(pick(pool, "Kent", "", 6, used), 1):
        w.para("Recommendation ", bold=True, keep_with_next=True)
        _field(w.doc.paragraphs[-1], "SEQ Recommendation \\* ARABIC", str(k))
        w.para(real.text)
        g.rec(real, str(k), "overview")
        if k == 3:
            w.para("")
            p = w.doc.paragraphs[-1]
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _field(p, "PAGE", "3")
            w.page_break()
    closing(w, "KSCS - Kent Specialist Children's Services.", f"Kent DHR {g.subject}", "")
    return w, g


def dev_bold_agency_13pt(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 13 at 1.0, justified, PDF/A-1b: a two-level list "10.1" whose recommendation items begin
    with their agency in bold; a shape anchored beside the lead-in holds a panel note (not a recommendation);
    each recommendation carries one implied action with its timescale given in a plain "Timescale:" line."""
    g = Gold("dev6-09-bold-agency-13pt", "Nottingham Crime and Drugs Partnership", "Adult B")
    w = WordDoc("Liberation Sans", 13)
    _look(w, 1.0, True)
    ch = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2")]), restart={0: 9})
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Analysis", 1, num=(ch, 0))
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject), num=(ch, 1))
    w.para(FILLER, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    _drawing_box(
        w, [("Panel note: progress on these will be reported to the board each quarter.", None)], 1.6
    )
    _square_wrap(w, 6.0)
    w.para("The panel recommends that:", num=(ch, 1))
    for real in pick(pool, "Nottingham", "", 6, used):
        g.rec(real, _bold_lead(w, real.text, (ch, 1)), "overview")
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("DART - Domestic Abuse Referral Team.", num=(ch, 1))
    _header_footer(w, f"Nottingham DHR {g.subject} 2020-11", "Page {n} of {m}")
    return w, g


def dev_plan_split_landscape(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Serif 10, justified: a numbered list of recommendations, then a landscape action plan
    (Recommendation | Action | Lead | Target date) repeating them, rows cut by the page break; portrait after."""
    g = Gold("dev6-10-plan-split-landscape", "Safer Cornwall", "Fern")
    w = WordDoc("Liberation Serif", 10)
    _look(w, 1.0, True)
    opening(w, g)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    plan = [("Public Health", "Cornwall Public Health", "March 2017"),
            ("Home Office", "Home Office", "Q3 2017/18"),
            ("NHS Kernow", "NHS Kernow", "31/03/2018"),
            ("Devon & Cornwall Police", "Devon and Cornwall Police", "Ongoing")]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Recommendation", "Action", "Lead", "Target date"]]
    for addressee, lead, when in plan:
        real = pick(pool, "Cornwall", addressee, 1, used)[0]
        label = w.para(real.text, num=(nid, 0))
        rec = g.rec(real, label, "overview")
        act = f"{lead} to set out how it will meet this recommendation and report to the partnership board"
        rec.actions.append(action(act, lead, when))
        rows.append([label.rstrip("."), real.text, act, lead, when])
    w.section(landscape=True)
    w.heading("Action plan", 1)
    w.table(rows, [1.2, 10.0, 8.0, 3.5, 3.0], font_size=10)
    section = w.doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = section.page_height, section.page_width
    closing(
        w, "CIC - Community Interest Company.", f"Safer Cornwall DHR {g.subject} (2016/1)", "Page {n} of {m}"
    )
    return w, g


DEV6 = {
    "dev6-01-serif-justified-tagged": dev_serif_justified_tagged,
    "dev6-02-two-column-recs": dev_two_column_recs,
    "dev6-03-frame-beside": dev_frame_beside,
    "dev6-04-number-text-table": dev_number_text_table,
    "dev6-05-landscape-middle": dev_landscape_middle,
    "dev6-06-tabs-spaces-hanging": dev_tabs_spaces_hanging,
    "dev6-07-appendix-restart": dev_appendix_restart,
    "dev6-08-fields-line-numbers": dev_fields_line_numbers,
    "dev6-09-bold-agency-13pt": dev_bold_agency_13pt,
    "dev6-10-plan-split-landscape": dev_plan_split_landscape,
}
