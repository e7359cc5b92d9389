"""The ``dev11/`` documents, third part (``dev11-21`` on), written after the first 20 were fixed and scored blind
on their own before any fix for them.

What they add: typed upper-case Roman numbers "I." to "IX." at a tab; bold typed "1:" numbers at a tab; a Word
list whose label "Recommendation %1 -" is followed by a space (``w:suff``), not a tab; a Word list starting at 10
(``w:start``) under a lead-in numbered by hand. Prose and labels are written here; the texts are real
(``parts.pick``).
"""

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev7 import CLOSING, PANEL_PROSE, _levels, _look, _opening, _title
from annotations.wordproc.layouts_dev10 import _tab_numbered
from annotations.wordproc.parts import Builder, closing, pick
from annotations.wordproc.worddoc import Level, WordDoc

_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]


def dev_typed_roman(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Times New Roman 11: typed "I." .. "IX." numbers, a tab and the text hanging at 1.5 cm."""
    g = Gold("dev11-21-typed-roman", "Norfolk County Community Safety Partnership", "Adult X1")
    w = WordDoc("Times New Roman", 11)
    _look(w, 1.0, 6)
    _opening(w, g, fill=1, prose=PANEL_PROSE[:1], lead_in="The panel recommends:")
    for roman, real in zip(_ROMAN, pick(pool, "Norfolk", "", 9, used), strict=True):
        _tab_numbered(w, f"{roman}.", real.text, 1.5)
        g.rec(real, roman, "overview")
    w.para(CLOSING)
    closing(w, "MASH - Multi-Agency Safeguarding Hub.", f"Norfolk DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_bold_colon_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10: bold typed "1:" numbers, a tab, the text hanging at 1 cm."""
    g = Gold("dev11-22-bold-colon-numbers", "Kent Community Safety Partnership", "Mr K9")
    w = WordDoc("Arial", 10)
    _look(w, 1.15, 6)
    _opening(w, g, fill=1, prose=PANEL_PROSE[1:2], lead_in="The recommendations are:")
    for k, real in enumerate(pick(pool, "Kent", "", 7, used), 1):
        p = w.doc.add_paragraph()
        p.add_run(f"{k}:").bold = True
        p.add_run(f"\t{real.text}")
        fmt = p.paragraph_format
        fmt.left_indent, fmt.first_line_indent = Cm(1.0), Cm(-1.0)
        fmt.tab_stops.add_tab_stop(Cm(1.0))
        g.rec(real, str(k), "overview")
    w.para(CLOSING)
    closing(w, "KSCS - Kent Specialist Children's Services.", f"Kent DHR {g.subject}", "{n}")
    return w, g


def dev_label_space_suffix(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 11: a Word list labelled "Recommendation %1 -" with a space after the label (``w:suff``), the
    text running on after it on the same line, no hanging indent."""
    g = Gold("dev11-23-label-space-suffix", "Sefton Community Safety Partnership", "Adult Y1")
    w = WordDoc("Calibri", 11)
    _look(w, 1.08, 8)
    _opening(w, g, fill=1, prose=PANEL_PROSE[2:3], lead_in="The panel makes these recommendations.")
    aid = w.abstract([Level("decimal", "Recommendation %1 -")])
    for lvl in _levels(w, aid):
        lvl.append(parse_xml(f'<w:suff {nsdecls("w")} w:val="space"/>'))  # type: ignore[attr-defined]
        ind = lvl.find(qn("w:pPr")).find(qn("w:ind"))  # type: ignore[attr-defined]
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:hanging"), "0")
    nid = w.num(aid)
    for k, real in enumerate(pick(pool, "Sefton", "", 7, used), 1):
        w.para(real.text, num=(nid, 0))
        g.rec(real, str(k), "overview")
    w.para(CLOSING)
    closing(w, "IDVA - Independent Domestic Violence Advocate.", "Sefton DHR 2021/03", "Page {n}")
    return w, g


def dev_list_from_ten(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 11: the panel's findings typed "1." to "9." as numbered paragraphs of the chapter before, then under
    "Recommendations" a Word list starting at 10 (``w:start``), as a report numbering its paragraphs on."""
    g = Gold("dev11-24-list-from-ten", "Nottingham Crime and Drugs Partnership", "Adult Z1")
    w = WordDoc("Arial", 11)
    _look(w, 1.1, 6)
    _title(w, g)
    w.heading("Findings", 1)
    findings = [
        *PANEL_PROSE,
        "Agencies did not share what they knew about the perpetrator's earlier partners.",
    ]
    for k in range(9):
        _tab_numbered(w, f"{k + 1}.", findings[k % len(findings)], 1.0)
    w.heading("Recommendations", 1)
    aid = w.abstract([Level("decimal", "%1.")])
    for lvl in _levels(w, aid):
        lvl.find(qn("w:start")).set(qn("w:val"), "10")  # type: ignore[attr-defined]
    nid = w.num(aid)
    for k, real in enumerate(pick(pool, "Nottingham", "", 6, used), 10):
        w.para(real.text, num=(nid, 0))
        g.rec(real, str(k), "overview")
    w.para(CLOSING)
    closing(w, "CDP - Crime and Drugs Partnership.", f"Nottingham DHR {g.subject}", "Page {n} of {m}")
    return w, g


DEV11C: dict[str, Builder] = {
    "dev11-21-typed-roman": dev_typed_roman,
    "dev11-22-bold-colon-numbers": dev_bold_colon_numbers,
    "dev11-23-label-space-suffix": dev_label_space_suffix,
    "dev11-24-list-from-ten": dev_list_from_ten,
}
