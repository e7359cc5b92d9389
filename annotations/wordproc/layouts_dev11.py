"""The ``dev11/`` documents (first half): an eleventh blind batch of word-processor shapes, written before any
fixing and scored once blind, then fixed against like the earlier sets.

What they add (none of dev..dev10 has them): typed "(1)" numbers at a tab under a "Page X of Y" footer with a
security marking; a Word list numbered "01." (``decimalZero``); one Word list carried on past a key-dates table
whose cells hold numbers; typed "1 \u2013 " numbers with an en dash; "[1]" numbers; recommendations numbered
"1.0", "2.0"; footnotes whose text begins with a number; reviewers' Word comments on recommendations
(``comments.xml``; exported as PDF note annotations); a vertical report title down the left page edge (a rotated text box
in the header); an Issue | Recommendation | Agency table at 12 pt whose recommendation cells carry one Word list
across rows split by page breaks. Printed leads name each recommendation's own gold agencies
(``leads.gold_lead``). Fonts this machine lacks are left for LibreOffice to substitute. Prose, findings and labels
are written here; the recommendation texts are real (``parts.pick``).
"""

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _NS
from annotations.wordproc.layouts_dev7 import CLOSING, PANEL_PROSE, _look, _opening
from annotations.wordproc.layouts_dev10 import _tab_numbered
from annotations.wordproc.leads import KENT_NAMES, NOTTINGHAM_NAMES, gold_lead
from annotations.wordproc.parts import closing, pick
from annotations.wordproc.worddoc import Level, WordDoc

_TAGGED = '{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
#: LibreOffice PDF export options per document (the others are exported untagged, with the defaults).
PDF_OPTIONS_11: dict[str, str] = {
    "dev11-08-comments-as-notes": '{"ExportNotes":{"type":"boolean","value":"true"}}',
    "dev11-09-side-title-box": _TAGGED,
}

#: Dates and events of a key-dates table (numbers in cells between two halves of a list; none a recommendation).
KEY_DATES = [
    ("12 March 2016", "First call to the police reporting a verbal argument; 2 officers attended."),
    ("4 June 2016", "GP appointment; 3 prescriptions were issued over the following 6 weeks."),
    ("19 October 2016", "MARAC referral made and heard 14 days later."),
]
#: What each issue column cell of an Issue | Recommendation | Agency table says (findings, not recommendations).
ISSUES = [
    "Risk was assessed again from the start at each contact and the history was not drawn together.",
    "Staff did not know the local referral route for domestic abuse outside office hours.",
    "Information was held by one agency and not shared with the others who were in contact.",
    "The victim's wish not to involve the police was accepted without the question being returned to.",
    "Records of contacts were brief and did not say who else lived in the household.",
    "There was no single plan and no agency led the work with the family.",
]
#: Comments a reviewer left in the draft (none of them a recommendation).
COMMENTS = [
    "Chair: check with the force lead whether 3 months is realistic here.",
    "Agreed at panel 4 - wording to stay as it is.",
    "Should this name the safeguarding board as well? To be raised at the next meeting.",
]
#: Footnote texts that start with a number (a reader must not take them for list items).
NUMBER_NOTES = [
    "28 days is the period the force's own policy sets for a review of a standard-risk case.",
    "2017 figures from the partnership's annual report; the later figures were not yet published.",
    "3 of the 5 panel members had taken part in the earlier review in the county.",
    "10 working days, as set out in the information sharing agreement between the agencies.",
]


def _marked_footer(w: WordDoc, header: str) -> None:
    """Header: the report's title with its year; footer: a security marking then "Page N of M"."""
    _header_footer(w, header, "OFFICIAL - SENSITIVE    Page {n} of {m}")


def dev_paren_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Times New Roman 12, justified: typed "(1)" numbers, a tab and the text hanging at 1.25 cm; a header
    naming the report and its year, a footer "OFFICIAL - SENSITIVE    Page N of M"."""
    g = Gold("dev11-01-paren-numbers", "Norfolk County Community Safety Partnership", "Adult K1")
    w = WordDoc("Times New Roman", 12)
    _look(w, 1.0, 8, justified=True)
    _opening(w, g, fill=2, prose=PANEL_PROSE[:1], lead_in="The panel makes the following recommendations.")
    for k, real in enumerate(pick(pool, "Norfolk", "", 7, used), 1):
        _tab_numbered(w, f"({k})", real.text, 1.25)
        g.rec(real, f"({k})", "overview")
    w.para(CLOSING)
    w.heading("Glossary", 1)
    w.para("MASH - Multi-Agency Safeguarding Hub.")
    _marked_footer(w, f"Norfolk Domestic Homicide Review 2018 - {g.subject} - Overview Report")
    return w, g


def dev_decimal_zero(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 11: a Word list whose numbers are printed with a leading zero ("01.", ``decimalZero``)."""
    g = Gold("dev11-02-decimal-zero", "Kent Community Safety Partnership", "Mrs C2")
    w = WordDoc("Calibri", 11)
    _look(w, 1.08, 8)
    _opening(w, g, fill=1, prose=PANEL_PROSE[1:2], lead_in="The recommendations of the review are:")
    nid = w.num(w.abstract([Level("decimalZero", "%1.")]))
    for k, real in enumerate(pick(pool, "Kent", "", 7, used), 1):
        w.para(real.text, num=(nid, 0))
        g.rec(real, f"{k:02d}", "overview")  # Word prints "01.": the gold number is what is printed
    w.para(CLOSING)
    closing(
        w, "KMPT - Kent and Medway NHS and Social Care Partnership Trust.", f"Kent DHR {g.subject}", "{n}"
    )
    return w, g


def dev_list_across_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10: one Word list, three recommendations, a Date | Event table whose cells start with numbers (a
    note on the key dates the recommendations refer to), then the same list carried on from 4."""
    g = Gold("dev11-03-list-across-table", "Nottingham Crime and Drugs Partnership", "Adult L1")
    w = WordDoc("Arial", 10)
    _look(w, 1.15, 6)
    _opening(w, g, fill=1, lead_in="The panel recommends that:")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    reals = pick(pool, "Nottingham", "", 7, used)
    for real in reals[:3]:
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.para("The key dates these recommendations refer to are set out below.")
    w.table([["Date", "Event"], *[[d, e] for d, e in KEY_DATES]], [3.5, 12.5], font_size=9)
    for real in reals[3:]:
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.para(CLOSING)
    closing(w, "CDP - Crime and Drugs Partnership.", f"Nottingham DHR {g.subject} (2017)", "Page {n}")
    return w, g


def dev_en_dash_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 11 at 1.15: typed "1 \u2013 " numbers (a number, an en dash, the text on), no hanging indent."""
    g = Gold("dev11-04-en-dash-numbers", "Sefton Community Safety Partnership", "Adult M1")
    w = WordDoc("Arial", 11)
    _look(w, 1.15, 10)
    _opening(w, g, fill=1, prose=PANEL_PROSE[2:3], lead_in="Recommendations")
    for k, real in enumerate(pick(pool, "Sefton", "", 7, used), 1):
        w.para(f"{k} \u2013 {real.text}")
        g.rec(real, str(k), "overview")
    w.para(CLOSING)
    closing(w, "IDVA - Independent Domestic Violence Advocate.", "Sefton DHR 2019/02", "Page {n} of {m}")
    return w, g


def dev_square_brackets(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Georgia 10.5 (substituted): typed "[1]" numbers at a tab, hanging at 1.2 cm, under bold agency lines."""
    g = Gold("dev11-05-square-brackets", "Kent Community Safety Partnership", "Mr D3")
    w = WordDoc("Georgia", 10.5)
    _look(w, 1.1, 6)
    _opening(w, g, fill=1, lead_in="The recommendations are grouped by the agency that will lead them.")
    k = 0
    groups: dict[str, list[RealRec]] = {}
    for real in pick(pool, "Kent", "", 8, used):
        groups.setdefault(gold_lead(real, KENT_NAMES), []).append(real)
    for lead, reals in groups.items():
        w.para(lead, bold=True, keep_with_next=True)
        for real in reals:
            k += 1
            _tab_numbered(w, f"[{k}]", real.text, 1.2)
            g.rec(real, str(k), "overview")
    w.para(CLOSING)
    closing(w, "KSCS - Kent Specialist Children's Services.", f"Kent DHR {g.subject}", "{n}")
    return w, g


def dev_point_zero(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cambria 11 (substituted): recommendations typed "1.0", "2.0" .. with a tab, hanging at 1.5 cm; the
    chapters are Heading 1 without numbers."""
    g = Gold("dev11-06-point-zero", "Norfolk County Community Safety Partnership", "Adult N1")
    w = WordDoc("Cambria", 11)
    _look(w, 1.15, 6)
    _opening(w, g, fill=1, prose=PANEL_PROSE[3:4], lead_in="The panel's recommendations follow.")
    for k, real in enumerate(pick(pool, "Norfolk", "", 6, used), 1):
        _tab_numbered(w, f"{k}.0", real.text, 1.5)
        g.rec(real, f"{k}.0", "overview")
    w.para(CLOSING)
    closing(w, "NHCP - Norfolk Healthy Child Programme.", f"Norfolk DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_footnotes_start_number(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Times New Roman 11: a Word list "1." whose items carry footnote marks; every note's text begins with a
    number ("28 days is ...", "2017 figures ...")."""
    g = Gold("dev11-07-footnotes-start-number", "Kent Community Safety Partnership", "Mrs E4")
    w = WordDoc("Times New Roman", 11)
    _look(w, 1.0, 8)
    _opening(w, g, fill=2, prose=PANEL_PROSE[:1], lead_in="The panel recommends:")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for k, real in enumerate(pick(pool, "Kent", "", 7, used)):
        words = real.text.split()
        note = (words[min(4, len(words) - 1)], NUMBER_NOTES[k % 4]) if k % 2 == 0 else None
        g.rec(real, w.para(real.text, num=(nid, 0), footnote=note), "overview")
    w.para(CLOSING)
    closing(w, "KMPT - Kent and Medway NHS and Social Care Partnership Trust.", "Kent DHR 2016 Mrs E4", "{n}")
    return w, g


def _comment(w: WordDoc, text: str) -> None:
    """A reviewer's comment anchored on the last paragraph's runs (``comments.xml``)."""
    p = w.doc.paragraphs[-1]
    w.doc.add_comment(p.runs, text=text, author="Panel Chair", initials="PC")


def dev_comments_as_notes(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 11: a draft carrying reviewers' Word comments (``comments.xml``, anchored on two recommendations
    and on the lead-in), exported with them as PDF note annotations; a Word list "1."."""
    g = Gold("dev11-08-comments-as-notes", "Nottingham Crime and Drugs Partnership", "Adult O1")
    w = WordDoc("Calibri", 11)
    _look(w, 1.08, 8)
    _opening(w, g, fill=1, prose=PANEL_PROSE[1:2], lead_in="The panel makes these recommendations.")
    _comment(w, COMMENTS[1])
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for k, real in enumerate(pick(pool, "Nottingham", "", 6, used)):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
        if k in (1, 4):
            _comment(w, COMMENTS[0 if k == 1 else 2])
    w.para(CLOSING)
    closing(w, "CDP - Crime and Drugs Partnership.", f"Nottingham DHR {g.subject} DRAFT v0.4", "Page {n}")
    return w, g


def _side_title(w: WordDoc, text: str) -> None:
    """A text box down the left page edge, its text turned to read bottom to top (``vert270``), anchored in the
    header so that it prints on every page, as report templates put a title or a marking there."""
    cx, cy = int(Cm(1.0)), int(Cm(17.0))
    body = f'<w:p><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    xml = (
        f'<w:r {nsdecls("w")} {_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="3" behindDoc="0" '
        'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{int(Cm(0.8))}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{int(Cm(6.0))}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="901" name="Side title"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
        "</wps:spPr>"
        f"<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="vert270" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr">'
        "<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback/></mc:AlternateContent></w:r>"
    )
    w.doc.sections[0].header.paragraphs[0]._p.append(parse_xml(xml))


def dev_side_title_box(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10, tagged PDF: the report's title and version printed bottom to top down the left page edge on
    every page (a rotated text box in the header); a Word list "1." over a page break."""
    g = Gold("dev11-09-side-title-box", "Norfolk County Community Safety Partnership", "Adult P1")
    w = WordDoc("Arial", 10)
    _look(w, 1.15, 6)
    _opening(w, g, fill=3, prose=PANEL_PROSE[:2], lead_in="The panel recommends that:")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in pick(pool, "Norfolk", "", 7, used):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.para(CLOSING)
    closing(
        w, "MARAC - Multi-Agency Risk Assessment Conference.", f"Norfolk DHR {g.subject}", "Page {n} of {m}"
    )
    _side_title(w, "Domestic Homicide Review 2019/03 - Overview Report - Final version 3.2 - 14 May 2019")
    return w, g


def dev_issue_table_numbered(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Times New Roman 12, justified: an Issue identified | Recommendation | Agency table, the
    recommendation cells Word-numbered from one list running on through the rows, header repeated, rows split
    by page breaks; the Agency cells name each recommendation's gold agencies."""
    g = Gold("dev11-10-issue-table-numbered", "Nottingham Crime and Drugs Partnership", "Adult Q1")
    w = WordDoc("Times New Roman", 12)
    _look(w, 1.0, 6, justified=True)
    _opening(w, g, fill=2, prose=PANEL_PROSE[2:3], lead_in="The issues found and the recommendations made:")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    reals = pick(pool, "Nottingham", "", 6, used)
    rows: list[list[str | None]] = [["Issue identified", "Recommendation", "Agency"]]
    numbering = {}
    for k, real in enumerate(reals, 1):
        rows.append([ISSUES[k - 1], "", gold_lead(real, NOTTINGHAM_NAMES)])
        numbering[(k, 1)] = [(real.text, (nid, 0))]
    w.table(rows, [5.0, 8.0, 3.0], font_size=12, cell_numbering=numbering)
    for k, real in enumerate(reals, 1):
        g.rec(real, str(k), "overview")
    w.para(CLOSING)
    w.para(FILLER)
    closing(w, "NRN - Nottingham Recovery Network.", f"Nottingham DHR {g.subject}", "Page {n} of {m}")
    return w, g


DEV11A = {
    "dev11-01-paren-numbers": dev_paren_numbers,
    "dev11-02-decimal-zero": dev_decimal_zero,
    "dev11-03-list-across-table": dev_list_across_table,
    "dev11-04-en-dash-numbers": dev_en_dash_numbers,
    "dev11-05-square-brackets": dev_square_brackets,
    "dev11-06-point-zero": dev_point_zero,
    "dev11-07-footnotes-start-number": dev_footnotes_start_number,
    "dev11-08-comments-as-notes": dev_comments_as_notes,
    "dev11-09-side-title-box": dev_side_title_box,
    "dev11-10-issue-table-numbered": dev_issue_table_numbered,
}
