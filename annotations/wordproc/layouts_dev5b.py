"""More ``dev5/`` documents (``layouts_dev5`` holds the first ones): numbered "Learning" and "Recommendation"
blocks side by side; small-capital headings over typed "1)" numbers with a tab and a hanging indent, two
recommendations sharing one paragraph; a typed contents page that lists "Recommendations" with its page,
overview recommendations in upper-case roman numerals and single-agency ones lettered (a)-(g) under a
numbered agency."""

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm

from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import CONCLUSIONS, _intro, _toc
from annotations.wordproc.layouts_dev5 import NARRATIVE, _hanging
from annotations.wordproc.parts import closing, opening, pick
from annotations.wordproc.vocab import ANALYSIS_TRAP, LESSONS, TOR_ITEMS
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc

#: Learning drawn from the case, written here, worded like recommendations: none of them is one.
LEARNING = [*LESSONS, CONCLUSIONS[1], CONCLUSIONS[3]]


def dev_learning_blocks(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Bold typed labels on lines of their own: "Learning 1" over a lesson (worded with "should"), then
    "Recommendation 1" (and sometimes "Recommendation 2") over the recommendation that answers it, the two
    counts running side by side."""
    g = Gold("dev5-08-learning-blocks", "Nottingham Crime and Drugs Partnership", "Adult G")
    w = WordDoc("Calibri", 11)
    opening(w, g, heading="Learning and recommendations")
    w.para("Each piece of learning below is followed by the recommendations that respond to it.")
    reals = pick(pool, "Nottingham", "", 7, used)
    groups = [reals[0:2], reals[2:3], reals[3:5], reals[5:6], reals[6:7]]
    k = 0
    for n, group in enumerate(groups, 1):
        w.para(f"Learning {n}", bold=True, keep_with_next=True)
        w.para(LEARNING[(n - 1) % len(LEARNING)])
        for real in group:
            k += 1
            w.para(f"Recommendation {k}", bold=True, keep_with_next=True)
            w.para(real.text)
            g.rec(real, str(k), "overview")
    closing(w, "DVDS - Domestic Violence Disclosure Scheme.", f"Nottingham DHR {g.subject}", "Page {n}")
    return w, g


def _small_caps_heading(w: WordDoc, text: str) -> None:
    """A bold paragraph in small capitals (no heading style): "Recommendations" prints as capitals, the first
    letter taller."""
    w.para(text, bold=True, keep_with_next=True)
    for run in w.doc.paragraphs[-1].runs:
        run.font.small_caps = True
        rpr = run._r.get_or_add_rPr()
        rpr.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="26"/>'))


def dev_small_caps_pairs(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Headings as bold small capitals (no heading style), recommendations typed "1)" with a tab and a hanging
    indent; the third paragraph holds two recommendations, "3) ... 4) ..."; a should-sentence in the analysis."""
    g = Gold("dev5-09-small-caps-pairs", "Kent Community Safety Partnership", "Mrs C")
    w = WordDoc("Georgia", 11)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    _small_caps_heading(w, "Summary of the case")
    for text in NARRATIVE[:5]:
        w.para(text)
    _small_caps_heading(w, "Analysis")
    w.para(ANALYSIS_TRAP)
    w.para(FILLER)
    _small_caps_heading(w, "Recommendations")
    w.para("The panel recommends that:")
    reals = pick(pool, "Kent", "", 7, used)
    k = 0
    for index, real in enumerate(reals):
        if index == 3:
            continue  # printed with the one before it
        k += 1
        if index == 2:
            _hanging(w, f"{k})\t{real.text} {k + 1}) {reals[3].text}", 1.0)
            g.rec(real, str(k), "overview")
            k += 1
            g.rec(reals[3], str(k), "overview")
            continue
        _hanging(w, f"{k})\t{real.text}", 1.0)
        g.rec(real, str(k), "overview")
    _small_caps_heading(w, "Glossary")
    w.para("KMPT - Kent and Medway NHS and Social Care Partnership Trust.")
    _header_footer(w, f"Kent DHR {g.subject}", "{n}")
    return w, g


def dev_contents_roman_letters(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """A typed contents page whose entries include "Recommendations ..... 4" and "Single agency
    recommendations ..... 5"; overview recommendations numbered "I." "II." "III." by a Word list; single-agency
    ones lettered "(a)"-"(g)" under a numbered agency paragraph, then "(a)" under the next agency."""
    g = Gold("dev5-10-contents-roman-letters", "Norfolk County Community Safety Partnership", "Irene")
    w = WordDoc("Arial", 11)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    _toc(w, [("Introduction", 2), ("Terms of reference", 2), ("Recommendations", 4),
             ("Overview recommendations", 4), ("Single agency recommendations", 5), ("Glossary", 7)])  # fmt: skip
    w.page_break()
    w.heading("Introduction", 1)
    _intro(w, g, fill=2)
    w.heading("Terms of reference", 1)
    for item in TOR_ITEMS:
        w.para(item)
    w.heading("Recommendations", 1)
    w.heading("Overview recommendations", 2)
    roman = w.num(w.abstract([Level("upperRoman", "%1.")]))
    overview = [("Cambridgeshire", 1), ("Probation Service", 1), ("Norfolk County Community Safety", 1)]
    for addressee, n in overview:
        for real in pick(pool, "Norfolk", addressee, n, used):
            g.rec(real, w.para(real.text, num=(roman, 0)), "overview")
    w.heading("Single agency recommendations", 2)
    agency = w.num(w.abstract([Level("decimal", "%1."), Level("lowerLetter", "(%2)")]))
    for heading, addressee, n in (
        # these seven texts have no written addressee and seven different gold agency sets: their heading names no
        # body ("Norfolk health and partnership bodies" named bodies the gold of some does not hold)
        ("Further recommendations", "", 7),
        ("NHS England", "NHS England", 1),
    ):
        w.para(heading, num=(agency, 0), bold=True, keep_with_next=True)
        reals = [r for r in pool["Norfolk"] if not r.addressed_to and "\u2022" not in r.text][:n] if not addressee \
            else pick(pool, "Norfolk", addressee, n, used)  # fmt: skip
        for real in reals:
            used.add(real.text)
            g.rec(real, w.para(real.text, num=(agency, 1)), "single_agency", heading)
    closing(w, "UPW - Unpaid Work.", f"Norfolk DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_break_footnotes_header_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Long recommendations in a Word list at 12 pt so page breaks cut them mid-sentence, footnotes at the foot
    of the pages they are cut on, and a header laid out as a table ("Recommendations and learning | Page N of
    M") above the rest of the sentence on the next page."""
    from annotations.wordproc.layouts_dev3 import _header_table

    g = Gold("dev5-11-break-footnotes-header-table", "Norfolk County Community Safety Partnership", "Jean")
    w = WordDoc("Arial", 12)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Background", 1)
    for text in NARRATIVE[:8]:
        w.para(text)
    w.heading("Recommendations", 1)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    notes = {
        1: ("certificate", "A shotgun certificate is granted by the chief officer of police for the area."),
        3: ("GP", "GP - General Practitioner."),
        6: ("UPW", "UPW - Unpaid Work, a requirement of a community order."),
    }
    reals = [r for r in pool["Norfolk"] if "\u2022" not in r.text and len(r.text) > 200][:7]
    for k, real in enumerate(reals):
        used.add(real.text)
        note = notes.get(k)
        footnote = note if note and note[0] in real.text else None
        g.rec(real, w.para(real.text, num=(nid, 0), footnote=footnote), "overview")
    w.heading("Glossary", 1)
    w.para("MARAC - Multi-Agency Risk Assessment Conference.")
    _header_table(w, "Norfolk DHR: Recommendations and learning")
    return w, g


def dev_outdented_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Numbers hung out in the left margin (a list whose number sits left of the body's margin, the text at
    the margin), the agency in bold over each, an unnumbered panel comment at the margin after two of them."""
    g = Gold("dev5-12-outdented-numbers", "Kent Community Safety Partnership", "Mr D")
    w = WordDoc("Calibri", 11)
    opening(w, g, "Analysis")
    w.para("The panel makes the recommendations below; the agency named in each title leads on it.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    order = [("Kent Police", "Kent Police"), ("KSCS", "Kent Specialist Children's Services"),
             ("NHS England", "NHS England"), ("KMPT", "Kent and Medway NHS and Social Care Partnership Trust"),
             ("Kent and Medway CCG", "Kent and Medway Clinical Commissioning Group")]  # fmt: skip
    for k, (addressee, who) in enumerate(order, 1):
        real = pick(pool, "Kent", addressee, 1, used)[0]
        w.para(who, bold=True, keep_with_next=True)
        label = w.para(real.text, num=(nid, 0))
        fmt = w.doc.paragraphs[-1].paragraph_format
        fmt.left_indent, fmt.first_line_indent = Cm(0), Cm(-1.0)
        g.rec(real, label, "overview", who)
        if k in (2, 4):
            w.para(
                "The panel noted that this work has already started and asked for an update in six months."
            )
    closing(w, "KSCS - Kent Specialist Children's Services.", f"Kent DHR {g.subject}", "Page {n} of {m}")
    return w, g
