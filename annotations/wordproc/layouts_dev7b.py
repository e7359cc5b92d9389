"""The second part of ``dev7/`` (``dev7-09`` on): a bold "Recommendation N:" label with its text on the next
line of the same paragraph, letter-prefixed numbers from a two-level list ("A1", "B2"), one bordered box of
numbered paragraphs that runs over a page break, a typed "Rec. 1 -" run-in label in a Word 2003 document, and
bold list numbers far left of a 3 cm hanging indent.
"""

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from annotations.wordproc.layouts_dev3 import FILLER
from annotations.wordproc.layouts_dev7 import (
    CLOSING,
    PANEL_PROSE,
    _box,
    _compat,
    _levels,
    _look,
    _opening,
    _widow_control,
)
from annotations.wordproc.leads import lead_groups
from annotations.wordproc.parts import closing, pick
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc


def dev_label_soft_break(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Serif 11.5, tagged PDF: each paragraph opens with a bold "Recommendation N:" and a soft line
    break (``w:br``), the text on the next line of the same paragraph; one label names the agency in brackets."""
    g = Gold("dev7-09-label-soft-break", "Nottingham Crime and Drugs Partnership", "Adult Q")
    w = WordDoc("Liberation Serif", 11.5)
    _look(w, 1.15, 10)
    _opening(w, g, prose=PANEL_PROSE[2:3], lead_in="The panel agreed six recommendations.")
    for k, real in enumerate(pick(pool, "Nottingham", "", 6, used), 1):
        label = f"Recommendation {k} (Nottinghamshire Police):" if k == 4 else f"Recommendation {k}:"
        p = w.doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run().add_break()
        p.add_run(real.text)
        g.rec(real, str(k), "overview")
    w.para(CLOSING)
    closing(w, "DART - Domestic Abuse Referral Team.", f"Nottingham DHR {g.subject}", "{n}")
    return w, g


def dev_letter_prefix_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """DejaVu Sans 10: a two-level Word list, agencies at the first level lettered "A." "B." .., their
    recommendations at the second numbered "A1" "A2" "B1" .. (``lvlText`` "%1%2", the letter carried down)."""
    g = Gold("dev7-10-letter-prefix-numbers", "Kent Community Safety Partnership", "Mr W")
    w = WordDoc("DejaVu Sans", 10)
    _look(w, 1.15, 6)
    _opening(w, g, lead_in="Recommendations are referenced by the letter of the agency that leads on them.")
    nid = w.num(w.abstract([Level("upperLetter", "%1."), Level("decimal", "%1%2")]))
    groups = (("Kent Police", "Kent Police", 2), ("KMPT", "KMPT", 1),
              ("Kent Specialist Children's Services", "KSCS", 1), ("KCC Adult Social Care", "KCC Adult", 1))  # fmt: skip
    for letter, (heading, addressee, n) in zip("ABCD", groups, strict=True):
        w.para(heading, num=(nid, 0), bold=True)
        for k, real in enumerate(pick(pool, "Kent", addressee, n, used), 1):
            w.para(real.text, num=(nid, 1))
            g.rec(real, f"{letter}{k}", "overview", heading)  # (WordDoc's labels know no upper-case letters)
    closing(
        w,
        "KSCS - Kent Specialist Children's Services.",
        f"Kent DHR {g.subject} - Overview Report",
        "Page {n} of {m}",
    )
    return w, g


def dev_box_over_page(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 11 at 1.5, tagged PDF: one single-cell bordered box holding a bold title, a lead-in and
    nine Word-numbered recommendations, starting low on a page so that it runs over the page break."""
    g = Gold("dev7-11-box-over-page", "Norfolk County Community Safety Partnership", "Ida")
    w = WordDoc("Liberation Sans", 11)
    _look(w, 1.5, 6)
    _opening(w, g, fill=2)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    reals = pick(pool, "Norfolk", "", 9, used)
    labels = [w._label(nid, 0) for _ in reals]  # counted in order: the box's paragraphs are numbered as any
    _box(w, [("Recommendations of the panel", None), ("The panel recommends that:", None),
             *((real.text, (nid, 0)) for real in reals)], bold_first=True)  # fmt: skip
    for real, label in zip(reals, labels, strict=True):
        g.rec(real, label, "overview")
    w.para(PANEL_PROSE[1])
    closing(w, "IDVA - Independent Domestic Violence Advisor.", f"Norfolk DHR {g.subject}", "Page {n}")
    return w, g


def dev_compat_rec_dash(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Garamond 12 (substituted), Word 2003 compatibility mode: typed bold run-in labels "Rec. 1 - " before
    each text in the same paragraph; header "Overview Report 3 | 2021", a right-aligned page-number footer."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    g = Gold("dev7-12-compat-rec-dash", "Safer Cornwall", "Morwenna")
    w = WordDoc("Garamond", 12)
    _compat(w, 11)
    _look(w, 1.0, 10)
    _opening(w, g, prose=PANEL_PROSE[:1])
    k = 0
    for lead, chunk in lead_groups(pick(pool, "Cornwall", "", 6, used)):
        w.para(lead, bold=True, keep_with_next=True)  # each agency's heading, as the real report has them
        for real in chunk:
            k += 1
            p = w.doc.add_paragraph()
            p.add_run(f"Rec. {k} \u2013 ").bold = True
            p.add_run(real.text)
            g.rec(real, str(k), "overview", lead)
    closing(w, "CIC - Community Interest Company.", "Overview Report 3 | 2021", "{n}")
    w.doc.sections[0].footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return w, g


def dev_far_left_bold_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Century Gothic 10.5 (substituted), widow/orphan control on: the recommendations after a page and a
    half of prose, the Word list's numbers printed bold at the margin and the text hanging 3 cm to their
    right."""
    g = Gold("dev7-13-far-left-bold-numbers", "Nottingham Crime and Drugs Partnership", "Adult T")
    w = WordDoc("Century Gothic", 10.5)
    _widow_control(w, True)
    _look(w, 1.2, 8)
    _opening(w, g, fill=2, prose=(*PANEL_PROSE, FILLER, PANEL_PROSE[0]))
    w.para("The panel makes the recommendations below.", keep_with_next=True)
    aid = w.abstract([Level("decimal", "%1.")])
    lvl = _levels(w, aid)[0]
    ind = lvl.find(qn("w:pPr")).find(qn("w:ind"))  # type: ignore[attr-defined]
    ind.set(qn("w:left"), "1701")  # 3 cm
    ind.set(qn("w:hanging"), "1701")
    lvl.append(parse_xml(f"<w:rPr {nsdecls('w')}><w:b/></w:rPr>"))  # type: ignore[attr-defined]
    nid = w.num(aid)
    for real in pick(pool, "Nottingham", "", 7, used):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    closing(w, "DART - Domestic Abuse Referral Team.", f"Nottingham DHR {g.subject}", "Page {n} of {m}")
    return w, g


DEV7B = {
    "dev7-09-label-soft-break": dev_label_soft_break,
    "dev7-10-letter-prefix-numbers": dev_letter_prefix_numbers,
    "dev7-11-box-over-page": dev_box_over_page,
    "dev7-12-compat-rec-dash": dev_compat_rec_dash,
    "dev7-13-far-left-bold-numbers": dev_far_left_bold_numbers,
}
