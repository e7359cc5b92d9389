"""The ``dev8/`` documents, third part (``dev8-25`` on): written after the first 24 were fixed and scored blind on
their own. A "Recommendation | Rationale" table; labelled comments set in at an item's text beside an unlabelled
second paragraph; capital letters "A." .. at a tab; theme headings over one running list; text at an exact line
spacing tighter than its size; letter-spaced capital headings; left-bar call-outs with run-in labels; long items
cut by page breaks under a two-line footer.
"""

from docx.enum.text import WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _intro
from annotations.wordproc.layouts_dev7 import CLOSING, PANEL_PROSE, _look, _opening, _title
from annotations.wordproc.layouts_dev8 import _typed_item
from annotations.wordproc.layouts_dev8b import _sentences
from annotations.wordproc.leads import NOTTINGHAM_NAMES, lead_groups, real_lead
from annotations.wordproc.parts import closing, pick
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc

PDF_OPTIONS_8C: dict[str, str] = {
    "dev8-30-letterspaced-headings": '{"UseTaggedPDF":{"type":"boolean","value":"true"}}',
}

#: Rationale cells written for this batch: findings, none of them a recommendation.
RATIONALE = [
    "Calls from the victim were graded as standard each time; officers should have looked at the history.",
    "The parents lived apart and the children's contact with their father was not known to the service.",
    "The GP records of the overdose did not mention the relationship or the injuries seen by the ambulance.",
    "The referral matrix gave two answers for the same household, depending on who filled it in.",
    "Officers spoke to the adults at every call but did not speak to the children.",
]


def dev_rationale_column(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 10: a Recommendation | Rationale table, the rationale cells findings worded with
    "should have"; the recommendation cells begin with their typed number "1." .."""
    g = Gold("dev8-25-rationale-column", "Kent Community Safety Partnership", "Mrs P")
    w = WordDoc("Liberation Sans", 10)
    _look(w, 1.1, 6)
    _opening(
        w, g, prose=PANEL_PROSE[:1], lead_in="The table gives each recommendation with the reason for it."
    )
    rows: list[list[str | None]] = [["Recommendation", "Rationale"]]
    for k, (real, why) in enumerate(zip(pick(pool, "Kent", "", 5, used), RATIONALE, strict=True), 1):
        rows.append([f"{k}. {real.text}", why])
        g.rec(real, str(k), "overview")
    w.table(rows, [9.5, 6.5], font_size=10)
    closing(w, "KSCS - Kent Specialist Children's Services.", f"Kent DHR {g.subject}", "Page {n}")
    return w, g


def dev_labelled_comments(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """DejaVu Serif 10.5: a Word list "1."; under some items a "Comment:" paragraph set in at the item's text
    (the panel's, not the recommendation's), under one item its second sentence set in likewise (its own)."""
    g = Gold("dev8-26-labelled-comments", "Norfolk County Community Safety Partnership", "Olive")
    w = WordDoc("DejaVu Serif", 10.5)
    _look(w, 1.1, 6)
    _opening(w, g, prose=PANEL_PROSE[1:2], lead_in="The panel makes six recommendations.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for k, real in enumerate(pick(pool, "Norfolk", "", 6, used), 1):
        head, tail = _sentences(real.text)
        if k == 2 and tail:
            label = w.para(head, num=(nid, 0))
            w.para(tail)
            w.doc.paragraphs[-1].paragraph_format.left_indent = Cm(1.1)
        else:
            label = w.para(real.text, num=(nid, 0))
        g.rec(real, label, "overview")
        if k in (1, 4):
            w.para("Comment: the agency has accepted this and has begun work on it.")
            w.doc.paragraphs[-1].paragraph_format.left_indent = Cm(1.1)
            w.doc.paragraphs[-1].runs[0].italic = True
    closing(w, "UPW - Unpaid Work.", f"Norfolk DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_upper_letters_tab(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Times New Roman 11 (Liberation Serif): bold sub-headings, the first naming its texts' addressee
    ("Nottinghamshire Police") and "Single agency recommendations", over typed capital letters "A." .. "D."
    (running on), a tab, hanging text. (The first was "Multi-agency recommendations", which put the police's
    subject-less "That internal communications are refreshed ..." to every agency: rule 5.)"""
    g = Gold("dev8-27-upper-letters-tab", "Nottingham Crime and Drugs Partnership", "Adult U")
    w = WordDoc("Times New Roman", 11)
    _look(w, 1.0, 6)
    _opening(w, g, prose=PANEL_PROSE[2:3])
    letters = iter("ABCD")
    first = pick(pool, "Nottingham", "", 2, used)
    own = " and ".join(dict.fromkeys(real_lead(real, NOTTINGHAM_NAMES) for real in first))
    single = pick(pool, "Nottingham", "Adult Social Care", 2, used)
    for heading, reals, section in (
        (own, first, "overview"),
        ("Single agency recommendations", single, "single_agency"),
    ):
        w.para(heading, bold=True, keep_with_next=True)
        for real in reals:
            letter = next(letters)
            _typed_item(w, f"{letter}.", real.text, 0.9)
            g.rec(real, letter, section)
    closing(w, "DART - Domestic Abuse Referral Team.", f"Nottingham DHR {g.subject}", "{n}")
    return w, g


def dev_theme_headings(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 11: Heading 2 themes ("Theme 1: Identifying risk") over one Word list counting on from
    theme to theme."""
    g = Gold("dev8-28-theme-headings", "Kent Community Safety Partnership", "Ms Q")
    w = WordDoc("Liberation Sans", 11)
    _look(w, 1.1, 6)
    _opening(w, g, prose=PANEL_PROSE[3:4], lead_in="The recommendations are grouped by theme.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    reals = pick(pool, "Kent", "", 7, used)
    for title, part in (("Theme 1: Identifying risk", reals[:3]), ("Theme 2: Hospital discharge", reals[3:5]),
                        ("Theme 3: Carers and families", reals[5:])):  # fmt: skip
        w.heading(title, 2)
        for real in part:
            g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    closing(
        w, "KMPT - Kent and Medway NHS and Social Care Partnership Trust.", f"Kent DHR {g.subject}", "{n}"
    )
    return w, g


def dev_exact_tight_spacing(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 12 (Liberation Sans) at an exact line spacing of 13 pt (tighter than the text wants), justified,
    no space between paragraphs: a Word list "1." of long items."""
    g = Gold("dev8-29-exact-tight-spacing", "Norfolk County Community Safety Partnership", "Peggy")
    w = WordDoc("Arial", 12)
    _look(w, 1.0, 0, justified=True)
    fmt = w.doc.styles["Normal"].paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(13)
    _opening(w, g, prose=PANEL_PROSE[:1], lead_in="The recommendations of the review are as follows.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in pick(pool, "Norfolk", "", 7, used):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.para(CLOSING)
    closing(w, "MARAC - Multi-Agency Risk Assessment Conference.", f"Norfolk DHR {g.subject}", "Page {n}")
    return w, g


def _letterspaced(w: WordDoc, text: str) -> None:
    """A Heading 1 typed in capitals with its characters spread 3 pt apart (expanded character spacing)."""
    w.heading(text.upper(), 1)
    for run in w.doc.paragraphs[-1].runs:
        run._r.get_or_add_rPr().append(parse_xml(f'<w:spacing {nsdecls("w")} w:val="60"/>'))


def dev_letterspaced_headings(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Segoe UI 10.5 (substituted), tagged PDF: chapter headings in capitals with expanded character spacing
    ("R E C O M M E N D A T I O N S" in print), typed "1." numbers with a tab under a 1 cm hanging indent."""
    g = Gold("dev8-30-letterspaced-headings", "Sefton Community Safety Partnership", "Adult K")
    w = WordDoc("Segoe UI", 10.5)
    _look(w, 1.1, 6)
    _title(w, g)
    _letterspaced(w, "Introduction")
    _intro(w, g, fill=1)
    _letterspaced(w, "Recommendations")
    w.para("The panel asks the partnership to take the following forward.")
    for k, real in enumerate(pick(pool, "Sefton", "", 6, used), 1):
        _typed_item(w, f"{k}.", real.text, 1.0)
        g.rec(real, str(k), "overview")
    _letterspaced(w, "Glossary")
    w.para("MARAC - Multi-Agency Risk Assessment Conference.")
    _header_footer(w, f"Sefton DHR {g.subject}", "Page {n}")
    return w, g


def _left_bar(w: WordDoc) -> None:
    """A thick coloured bar down the last paragraph's left side and a pale shading (a call-out)."""
    ppr = w.doc.paragraphs[-1]._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:left w:val="single" w:sz="36" w:space="8" w:color="2E74B5"/></w:pBdr>'
        )
    )
    ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="EAF1FB"/>'))
    w.doc.paragraphs[-1].paragraph_format.left_indent = Cm(0.5)


def dev_left_bar_callouts(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 11 (substituted): each recommendation a call-out paragraph with a thick blue bar on its left
    and pale shading, opening with a bold run-in "Recommendation N:"; plain prose between two of them."""
    g = Gold("dev8-31-left-bar-callouts", "Safer Cornwall", "Elowen")
    w = WordDoc("Calibri", 11)
    _look(w, 1.08, 10)
    _opening(w, g, prose=PANEL_PROSE[:1])
    k = 0
    for lead, chunk in lead_groups(pick(pool, "Cornwall", "", 6, used)):
        if k == 3:
            # names no body: the next three are for GP/CCG, police and NHS England, not "the health bodies and
            # the Home Office" as it said
            w.para("The next three recommendations were added after the panel's last meeting.")
        w.para(lead, bold=True, keep_with_next=True)  # each agency's heading, as the real report has them
        for real in chunk:
            k += 1
            w.para(real.text, label_run=f"Recommendation {k}: ")
            _left_bar(w)
            g.rec(real, str(k), "overview", lead)
    closing(w, "CIC - Community Interest Company.", f"Safer Cornwall DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_two_line_footer_cut(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cambria 12 (substituted): typed "1)" numbers with a tab under a 1.2 cm hanging indent, long items cut by
    page breaks; a two-line footer (a notice and the page) and a header naming the chapter."""
    g = Gold("dev8-32-two-line-footer-cut", "Kent Community Safety Partnership", "Mr R")
    w = WordDoc("Cambria", 12)
    _look(w, 1.15, 8)
    _opening(w, g, fill=2, prose=PANEL_PROSE[1:3])
    for k, real in enumerate(pick(pool, "Kent", "", 9, used), 1):
        _typed_item(w, f"{k})", real.text, 1.2)
        g.rec(real, str(k), "overview")
    w.para(FILLER)
    w.heading("Glossary", 1)
    w.para("KMPT - Kent and Medway NHS and Social Care Partnership Trust.")
    _header_footer(
        w, "Chapter 9: Recommendations", "Not to be shared without the partnership's consent. | {n}"
    )
    footer = w.doc.sections[0].footer
    footer.paragraphs[0].insert_paragraph_before("OFFICIAL - SENSITIVE")
    return w, g


DEV8C = {
    "dev8-25-rationale-column": dev_rationale_column,
    "dev8-26-labelled-comments": dev_labelled_comments,
    "dev8-27-upper-letters-tab": dev_upper_letters_tab,
    "dev8-28-theme-headings": dev_theme_headings,
    "dev8-29-exact-tight-spacing": dev_exact_tight_spacing,
    "dev8-30-letterspaced-headings": dev_letterspaced_headings,
    "dev8-31-left-bar-callouts": dev_left_bar_callouts,
    "dev8-32-two-line-footer-cut": dev_two_line_footer_cut,
}
