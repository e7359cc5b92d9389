"""The third part of ``dev7/`` (``dev7-14`` on), written after the first thirteen were fixed and scored blind on
their own: a bold label left at the foot of a page with its text on the next, a long footnote in the list
that runs on to the next page, titled recommendations whose items are numbered under the title ("2.1", "2.2"),
a pull-quote repeating one recommendation in large print beside the list, list numbers printed small in
another face, and a whole report in two unbalanced columns (the last page's right column short).
"""

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _drawing_box, _page
from annotations.wordproc.layouts_dev6 import _square_wrap
from annotations.wordproc.layouts_dev7 import (
    CLOSING,
    PANEL_PROSE,
    _levels,
    _look,
    _opening,
    _title,
    _widow_control,
)
from annotations.wordproc.leads import lead_groups
from annotations.wordproc.parts import closing, pick
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc

PDF_OPTIONS_7C: dict[str, str] = {
    "dev7-17-pull-quote": '{"UseTaggedPDF":{"type":"boolean","value":"true"}}',
}

#: A footnote long enough to run on to the next page's foot (written here; not a recommendation).
LONG_NOTE = (
    "The panel read the force's guidance of 2016 and its revision of 2019 side by side. The earlier version "
    "asked call handlers to record every previous call at the address; the later one asks them to record only "
    "calls of the last twelve months, unless a supervisor decides otherwise. Practitioners told the panel that "
    "they had not been trained on the change, and two of them said they still worked to the older version. The "
    "panel does not make a separate recommendation about this, because the force has told the panel that it is "
    "already rewriting the guidance, but it asks the partnership to note the point when it receives the force's "
    "update. The note is kept long on purpose: in print it runs on from one page's foot to the next."
)


def dev_label_at_page_foot(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 11, widow control off: bold "Recommendation N" labels in paragraphs of their own (not
    kept with the next), the filler before them set so that one label is the last line of page 1 and its text
    the first lines of page 2 under the running header."""
    g = Gold("dev7-14-label-at-page-foot", "Kent Community Safety Partnership", "Mrs L")
    w = WordDoc("Liberation Sans", 11)
    _widow_control(w, False)
    _look(w, 1.0, 6)
    _opening(w, g, fill=3, prose=PANEL_PROSE[:2])
    for k, real in enumerate(pick(pool, "Kent", "", 6, used), 1):
        w.para(f"Recommendation {k}", bold=True)
        w.para(real.text)
        g.rec(real, str(k), "overview")
    gloss = "KMPT - Kent and Medway NHS and Social Care Partnership Trust."
    closing(w, gloss, f"Kent DHR {g.subject} | Overview Report", "Page {n} of {m}")
    return w, g


def dev_long_footnote_runs_on(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """DejaVu Serif 10.5: a Word list "1." of recommendations; a long footnote in the third runs on from the
    page's foot to the foot of the next page; a short one in the sixth."""
    g = Gold("dev7-15-long-footnote-runs-on", "Norfolk County Community Safety Partnership", "Nell")
    w = WordDoc("DejaVu Serif", 10.5)
    _look(w, 1.15, 6)
    _opening(w, g, fill=3, lead_in="The panel makes the following recommendations.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for k, real in enumerate(pick(pool, "Norfolk", "", 8, used), 1):
        label = w.para(real.text, num=(nid, 0))
        if k in (3, 6):
            w._footnote_ref(w.doc.paragraphs[-1], LONG_NOTE if k == 3 else "SafeLives (2015), page 4.")
        g.rec(real, label, "overview")
    w.para(CLOSING)
    closing(w, "UPW - Unpaid Work.", f"Norfolk DHR {g.subject}", "{n}")
    return w, g


def dev_titled_sub_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Serif 12: bold titles "Recommendation 1 - Information sharing" over items typed "1.1",
    "1.2" under a 1.2 cm hanging indent (each item a recommendation numbered under its title)."""
    g = Gold("dev7-16-titled-sub-numbers", "Nottingham Crime and Drugs Partnership", "Adult V")
    w = WordDoc("Liberation Serif", 12)
    _look(w, 1.0, 8)
    _opening(w, g)
    reals = pick(pool, "Nottingham", "", 7, used)
    groups = (
        ("Information sharing", reals[:3]),
        ("Training", reals[3:5]),
        ("Management information", reals[5:]),
    )
    for t, (title, members) in enumerate(groups, 1):
        w.para(f"Recommendation {t} \u2013 {title}", bold=True, keep_with_next=True)
        for k, real in enumerate(members, 1):
            p = w.doc.add_paragraph()
            p.add_run(f"{t}.{k}\t{real.text}")
            fmt = p.paragraph_format
            fmt.tab_stops.add_tab_stop(Cm(1.2))
            fmt.left_indent, fmt.first_line_indent = Cm(1.2), Cm(-1.2)
            g.rec(real, f"{t}.{k}", "overview")
    closing(w, "DASU - Domestic Abuse Support Unit.", f"Nottingham DHR {g.subject}", "Page {n}")
    return w, g


def dev_pull_quote(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """DejaVu Sans 10, tagged PDF: beside the numbered list a shaded text box (square wrap, on the right)
    repeats the second recommendation's text in large italic as a pull-quote; it counts once."""
    g = Gold("dev7-17-pull-quote", "Safer Cornwall", "Kerensa")
    w = WordDoc("DejaVu Sans", 10)
    _look(w, 1.15, 6)
    _opening(w, g)
    reals = pick(pool, "Cornwall", "", 6, used)
    _drawing_box(w, [(reals[1].text, None)], 5.0)
    _square_wrap(w, 6.0, 10.0)
    box = w.doc.paragraphs[-1]._p
    for run in box.iter(qn("w:r")):
        if run.find(qn("w:t")) is not None:
            run.insert(0, parse_xml(f'<w:rPr {nsdecls("w")}><w:i/><w:sz w:val="28"/></w:rPr>'))
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for lead, chunk in lead_groups(reals):
        w.para(lead, bold=True, keep_with_next=True)  # each agency's heading, as the real report has them
        for real in chunk:
            g.rec(real, w.para(real.text, num=(nid, 0)), "overview", lead)
    closing(w, "CIC - Community Interest Company.", f"Safer Cornwall DHR {g.subject}", "Page {n}")
    return w, g


def dev_small_mono_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 11 text, the list's numbers printed in Liberation Mono 8 (the level's own run
    properties), two-level "%1.%2" list from chapter 5, the recommendations at the second level."""
    g = Gold("dev7-18-small-mono-numbers", "Norfolk County Community Safety Partnership", "Tess")
    w = WordDoc("Liberation Sans", 11)
    _look(w, 1.1, 6)
    aid = w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2")])
    _levels(w, aid)[1].append(  # type: ignore[attr-defined]
        parse_xml(
            f'<w:rPr {nsdecls("w")}><w:rFonts w:ascii="Liberation Mono" w:hAnsi="Liberation Mono"/>'
            '<w:sz w:val="16"/></w:rPr>'
        )
    )
    ch = w.num(aid, restart={0: 5})
    _title(w, g)
    w.heading("Analysis", 1, num=(ch, 0))
    for text in (FILLER, PANEL_PROSE[2]):
        w.para(text, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    for real in pick(pool, "Norfolk", "", 7, used):
        g.rec(real, w.para(real.text, num=(ch, 1)), "overview")
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("IDVA - Independent Domestic Violence Advisor.", num=(ch, 1))
    _header_footer(w, f"Norfolk DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_unbalanced_columns(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """DejaVu Sans 9.5, the whole report in two columns to its end (no section break, so the last page's
    columns are not balanced: the left one full, the right one short), the glossary heading low in the left
    column and its entries going on at the top of the right."""
    g = Gold("dev7-19-unbalanced-columns", "Kent Community Safety Partnership", "Ms R")
    w = WordDoc("DejaVu Sans", 9.5)
    _look(w, 1.0, 4)
    _page(w, 21.0, 29.7, 2.0, columns=2)
    _opening(w, g, fill=6, prose=PANEL_PROSE)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in pick(pool, "Kent", "", 8, used):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.para(CLOSING)
    for text in (FILLER, PANEL_PROSE[3], FILLER):
        w.para(text)
    w.heading("Glossary", 1)
    for entry in ("KMPT - Kent and Medway NHS and Social Care Partnership Trust.",
                  "KSCS - Kent Specialist Children's Services.", "MARAC - Multi-Agency Risk Assessment Conference.",
                  "IDVA - Independent Domestic Violence Advisor.", "CCG - Clinical Commissioning Group.",
                  "DASH - Domestic Abuse, Stalking and Honour Based Violence risk checklist.",
                  "GP - General Practitioner.", "IMR - Individual Management Review.",
                  "MAPPA - Multi-Agency Public Protection Arrangements.", "A&E - Accident and Emergency.",
                  "CMHT - Community Mental Health Team.", "SPOC - Single Point of Contact."):  # fmt: skip
        w.para(entry)
    _header_footer(w, f"Kent DHR {g.subject}", "{n}")
    return w, g


DEV7C = {
    "dev7-14-label-at-page-foot": dev_label_at_page_foot,
    "dev7-15-long-footnote-runs-on": dev_long_footnote_runs_on,
    "dev7-16-titled-sub-numbers": dev_titled_sub_numbers,
    "dev7-17-pull-quote": dev_pull_quote,
    "dev7-18-small-mono-numbers": dev_small_mono_numbers,
    "dev7-19-unbalanced-columns": dev_unbalanced_columns,
}
