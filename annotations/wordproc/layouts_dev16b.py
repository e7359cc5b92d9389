"""The ``dev16/`` documents (second half, ``dev16-06``..``10``) and the batch's runner: whole reports of
2013-2025 in shapes dev12-dev15 did not cover, as in ``layouts_dev16.py`` (its docstring has the batch's aim
and rules).

Build (LibreOffice needed): ``python -m annotations.wordproc.layouts_dev16b [--only NAME ...] [--no-pdf]``
writes ``dev16/`` with ``build.build`` (the same writer, PDF check and gold as every other folder); score (the
lead, once, blind): ``python -m annotations.wordproc.score dev16``.
"""

import sys

from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from annotations.wordproc.batch import run_batch
from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev7 import PANEL_PROSE, _look
from annotations.wordproc.layouts_dev13 import marking, shade_header
from annotations.wordproc.layouts_dev14 import add, glossary, lead_cell, title_page
from annotations.wordproc.layouts_dev15 import ACTIONS15, NORFOLK15, body, learning, margins
from annotations.wordproc.layouts_dev16 import DEV16A, act16, cover_letter, plan16
from annotations.wordproc.leads import KENT_NAMES, gold_lead
from annotations.wordproc.parts import pick
from annotations.wordproc.vocab import FOOTNOTES
from annotations.wordproc.worddoc import BULLET, Level, WordDoc

_TAGGED = '{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
#: Word comments exported as PDF note annotations.
_NOTES = '{"ExportNotes":{"type":"boolean","value":"true"}}'
#: LibreOffice PDF export options per document (the others use the defaults).
PDF_OPTIONS_16: dict[str, str] = {
    "dev16-07-kent-dardr-suicide-comments": _NOTES,
    "dev16-09-sheffield-letter-boxes": _TAGGED,
}
#: Reviewers' margin notes (Word comments): remarks on the draft, never recommendations.
NOTES16 = [
    "Chair: wording agreed at the panel meeting of 12 March 2024.",
    "KMPT asked for the date of the policy to be checked before publication.",
    "Author: family's comments on this paragraph added after the meeting in April.",
    "Police to confirm the lead officer for this one.",
    "Consider whether this belongs with the learning rather than here.",
]


def _comment(w: WordDoc, text: str) -> None:
    """A reviewer's Word comment (``comments.xml``) anchored on the last paragraph's runs."""
    p = w.doc.paragraphs[-1]
    w.doc.add_comment(p.runs, text=text, author="DARDR Panel", initials="DP")


def _margin_note(w: WordDoc, text: str) -> None:
    """A margin note beside the next paragraph: a framed paragraph (``w:framePr``) placed in the wide right
    margin, level with the text that follows, small and boxed, as a draft printed with its notes shows them."""
    p = w.doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:framePr {nsdecls("w")} w:w="2440" w:hSpace="170" w:wrap="around" w:vAnchor="text" '
            'w:hAnchor="page" w:x="9300" w:y="1"/>'
        )
    )
    ppr.append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="4" w:space="1" w:color="C00000"/>'
            '<w:left w:val="single" w:sz="4" w:space="4" w:color="C00000"/>'
            '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="C00000"/>'
            '<w:right w:val="single" w:sz="4" w:space="4" w:color="C00000"/></w:pBdr>'
        )
    )
    run = p.add_run(text)
    run.font.size = Pt(7.5)
    run.italic = True


def dev_norfolk_sub_bullet_actions(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk 2018, Calibri 11: recommendations a Word list "1."-"5.", each followed straight away by Word
    sub-bullets (the list's second level) that are its actions ("Action. Lead: X. Target: Y."), no "Actions" line and no plan table."""
    g = Gold(
        "dev16-06-norfolk-sub-bullet-actions", "Norfolk County Community Safety Partnership", "Adult L16"
    )
    w = WordDoc("Calibri", 11)
    margins(w, 2.0)
    _look(w, 1.1, 6)
    title_page(w, g, date="July 2018")
    body(w, g, ["Introduction", "Family involvement", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel makes five recommendations. The actions agreed for each are listed beneath it, with the "
           "agency leading the action and its target date.")  # fmt: skip
    # one list: the recommendations at level 1, their actions as bullets set in at level 2
    nid = w.num(w.abstract([Level("decimal", "%1."), Level("bullet", "\u2022")]))
    dates = ["March 2019", "September 2018", "31/12/2018", "Q3 2018/19", "Ongoing"]
    k = 0
    for real in pick(pool, "Norfolk", "", 5, used):
        rec = add(g, real, w.para(real.text, num=(nid, 0)))
        lead = gold_lead(real, NORFOLK15)
        for _ in range(2):
            text, target = ACTIONS15[(k * 3) % len(ACTIONS15)], dates[k % len(dates)]
            w.para(f"{text}. Lead: {lead}. Target: {target}.", num=(nid, 1))
            act16(rec, real, text, lead, target)
            k += 1
    glossary(w, [("NNUH", "Norfolk and Norwich University Hospitals NHS Foundation Trust"),
                 ("UPW", "Unpaid work")])  # fmt: skip
    _header_footer(w, "Norfolk County Community Safety Partnership", "Norfolk DHR {n}")
    return w, g


def dev_kent_dardr_suicide_comments(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent and Medway 2024 DARDR for a death by suicide, Arial 11: the panel's draft with a 5.2 cm right margin
    holding boxed italic margin notes (framed paragraphs) level with prose and with three recommendations, and
    two Word comments (PDF note annotations); "Recommendation N" Heading 2s
    each with a "Lead agency:" line; OFFICIAL - SENSITIVE header, "Page N of M"."""
    g = Gold("dev16-07-kent-dardr-suicide-comments", "Kent Community Safety Partnership", "Adult J16")
    w = WordDoc("Arial", 11)
    margins(w, 2.0)
    w.doc.sections[0].right_margin = Cm(5.2)  # room for the margin notes
    _look(w, 1.15, 6)
    w.para("Kent and Medway Community Safety Partnership", bold=True, size=15)
    w.para("Domestic Abuse Related Death Review", bold=True, size=24)
    w.para(f"Overview report into the death of {g.subject}", size=16)
    w.para("Type of death: suicide", bold=True)
    w.para("Draft 4 for panel comment, May 2024")
    w.page_break()
    w.heading("Introduction", 1)
    w.para(PANEL_PROSE[3])
    _comment(w, NOTES16[2])
    w.heading("Background", 1)
    w.para(PANEL_PROSE[2])
    w.heading("Analysis", 1)
    w.para(PANEL_PROSE[0])
    _margin_note(w, NOTES16[4])
    w.para(FILLER)
    learning(w, "Learning", 3)
    w.heading("Recommendations", 1)
    reals = [*pick(pool, "Kent", "Kent Police", 2, used), *pick(pool, "Kent", "KMPT", 2, used),
             *pick(pool, "Kent", "NHS England", 1, used)]  # fmt: skip
    for k, real in enumerate(reals, 1):
        w.heading(f"Recommendation {k}", 2)
        if k in (1, 3, 4):
            _margin_note(w, NOTES16[{1: 0, 3: 1, 4: 3}[k]])
        w.para(real.text)
        if k == 2:
            _comment(w, "Check KSCS is content with this wording.")
        w.para(f"Lead agency: {lead_cell(real, KENT_NAMES)}")
        add(g, real, str(k))
    w.heading("Next steps", 1)
    w.para("The partnership's DARDR steering group will agree an action plan with each lead agency.")
    marking(w, f"Kent and Medway DARDR - {g.subject} - DRAFT", "Page {n} of {m}")
    return w, g


def dev_harlow_footnotes_letters(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Harlow 2014, Times New Roman 12, 3 cm margins: footnotes citing guidance, one inside a recommendation; a
    lead-in naming all agencies over a lettered Word list "a)"-"c)"; a portrait plan whose targets are
    "Immediate", "31/03/15", "End of Q2 2014/15"; footer "Page N of M"."""
    g = Gold("dev16-08-harlow-footnotes-letters", "Harlow Community Safety Partnership", "Ms H16")
    w = WordDoc("Times New Roman", 12)
    margins(w, 3.0, 2.5)
    _look(w, 1.0, 10, justified=True)
    title_page(w, g, date="February 2014")
    w.heading("Introduction", 1)
    w.para(PANEL_PROSE[3])
    w.para("The review followed the statutory guidance for the conduct of domestic homicide reviews.",
           footnote=("guidance", "Home Office, Multi-agency Statutory Guidance for the Conduct of Domestic "
                                 "Homicide Reviews, revised 2013, section 6."))  # fmt: skip
    w.heading("Analysis", 1)
    w.para("Ms H16 was seen by her GP four times in the last year of her life.", footnote=FOOTNOTES[3])
    w.para(PANEL_PROSE[0])
    w.heading("Recommendations", 1)
    w.para("The review panel makes the following recommendations to all agencies in Harlow:")
    nid = w.num(w.abstract([Level("lowerLetter", "%1)")]))
    pairs = []
    for j, real in enumerate(pick(pool, "Harlow", "", 3, used)):
        note = None
        if "7 golden rules" in real.text:
            note = ("information sharing", "HM Government, Information Sharing: Guidance for practitioners and "
                    "managers, 2008.")  # fmt: skip
        elif j == 0:
            note = (
                "training",
                "Harlow's adult safeguarding training is commissioned by Essex County Council.",
            )
        label = w.para(real.text, num=(nid, 0), footnote=note)
        pairs.append((add(g, real, label), real))
    w.heading("Action plan", 1)
    dates = ["Immediate", "31/03/15", "End of Q2 2014/15"]
    plan16(w, pairs, None, dates, per_rec=1, header=("Rec", "Action", "Lead", "Target", "Progress"),
           widths=[1.2, 6.0, 3.0, 2.6, 2.2], font_size=10)  # fmt: skip
    _header_footer(w, "Harlow Community Safety Partnership - Domestic Homicide Review", "Page {n} of {m}")
    return w, g


def dev_sheffield_letter_boxes(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sheffield 2017 executive summary (``executive_summary``), Arial 12, tagged PDF: a cover letter to the
    Home Office before it; each recommendation in a one-column box (a table) under a shaded "Recommendation N" row;
    "OFFICIAL" header, "Page N of M" footer."""
    g = Gold("dev16-09-sheffield-letter-boxes", "Sheffield Safer and Sustainable Communities Partnership",
             "Adult E16", document_type="executive_summary")  # fmt: skip
    w = WordDoc("Arial", 12)
    margins(w, 2.5)
    _look(w, 1.2, 8)
    cover_letter(w, g, "3 October 2017", ["Home Office", "Interpersonal Abuse Unit", "2 Marsham Street"],
                 ["Independent Chair", "Sheffield Domestic Homicide Review Panel"], "Town Hall")  # fmt: skip
    w.para(g.csp, bold=True, size=14)
    w.para("Domestic Homicide Review", style="Title")
    w.para(f"Executive Summary: the death of {g.subject}", bold=True, size=14)
    w.heading("The review process", 1)
    w.para(PANEL_PROSE[3])
    w.heading("Key findings", 1)
    w.para(PANEL_PROSE[0])
    w.heading("Recommendations", 1)
    names = {"childrens_social_care": "Sheffield City Council Children, Young People and Families",
             "police": "South Yorkshire Police"}  # fmt: skip
    for k, real in enumerate(pick(pool, "Sheffield", "", 2, used), 1):
        w.table([[f"Recommendation {k}"], [real.text], [f"Lead: {lead_cell(real, names)}"]], [16.0],
                font_size=11)  # fmt: skip
        shade_header(w, fill="D9E2F3", white=False)
        add(g, real, str(k))
    w.heading("Conclusion", 1)
    w.para("The panel thanks the family for their contribution to the review.")
    _header_footer(w, "OFFICIAL", "Page {n} of {m}")
    return w, g


def dev_durham_landscape_bullets(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Durham 2014 executive summary (``executive_summary``), the whole document landscape A4 in Century
    Gothic 11 (substituted): a lead-in "The panel recommends that:" over unnumbered Word bullets (no number);
    a glossary; footer "Safe Durham Partnership | N"."""
    g = Gold("dev16-10-durham-landscape-bullets", "Safe Durham Partnership", "Adult D16",
             document_type="executive_summary")  # fmt: skip
    w = WordDoc("Century Gothic", 11)
    first = w.doc.sections[0]
    first.orientation = WD_ORIENT.LANDSCAPE
    first.page_width, first.page_height = Cm(29.7), Cm(21.0)
    first.left_margin = first.right_margin = Cm(2.5)
    first.top_margin = first.bottom_margin = Cm(1.8)
    _look(w, 1.1, 6)
    w.para(g.csp, bold=True, size=14)
    w.para("Domestic Homicide Review: Executive Summary", style="Title")
    w.para(f"The death of {g.subject}. December 2014.", bold=True)
    body(w, g, ["Introduction", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel recommends that:")
    bid = w.num(w.abstract(BULLET))
    reals = [*pick(pool, "Durham", "Safe Durham", 2, used), *pick(pool, "Durham", "North Tees", 1, used)]
    for real in reals:
        w.para(real.text, num=(bid, 0))
        add(g, real, None)
    glossary(w, [("SDPB", "Safe Durham Partnership Board"), ("NTHFT", "North Tees and Hartlepool NHS "
                 "Foundation Trust")])  # fmt: skip
    _header_footer(w, "", "Safe Durham Partnership | {n}")
    return w, g


DEV16B = {
    "dev16-06-norfolk-sub-bullet-actions": dev_norfolk_sub_bullet_actions,
    "dev16-07-kent-dardr-suicide-comments": dev_kent_dardr_suicide_comments,
    "dev16-08-harlow-footnotes-letters": dev_harlow_footnotes_letters,
    "dev16-09-sheffield-letter-boxes": dev_sheffield_letter_boxes,
    "dev16-10-durham-landscape-bullets": dev_durham_landscape_bullets,
}
#: The whole batch, in order.
DEV16 = {**DEV16A, **DEV16B}


def main(argv: list[str] | None = None) -> int:
    """Write ``dev16/`` through ``build.build`` (kept out of ``build.py``'s folder list while the batch is
    blind; the lead may register it there after scoring)."""
    return run_batch(DEV16, "dev16", argv, PDF_OPTIONS_16)


if __name__ == "__main__":
    sys.exit(main())
