"""The ``dev9/`` documents (first half): a ninth blind batch of word-processor shapes, aimed at the PDF side,
written before any fixing and scored once blind, then fixed against like the earlier sets.

What they add: outline-numbered Heading 2 topic titles with the recommendation in the next paragraph; a bold
numbered recommendation followed by a plain "Lead agency:" line and a "Rationale" paragraph; run-in labels
naming an agency in brackets ("Recommendation 1 (Police):"); an executive summary of topic phrases before a
legal body giving the same recommendations in full; a "10.1.1" outline whose lettered "(a)" items belong to one
recommendation; one shaded single-cell table per recommendation, long enough to cross page breaks; justified,
hyphenated 8.5 pt text in a wide font on narrow margins; a typed contents page whose entries name the
recommendations; endnote marks in the recommendations with appendices of numbered lists straight after; an
Agency | No. | Recommendation table whose merged agency cell runs over a page break. Fonts this machine lacks
(Calibri, Cambria, Verdana, Arial, Times New Roman) are left for LibreOffice to substitute, as a Word file's
would be. Prose, headings, titles and labels are written here; the recommendation texts are real (``pick``).
"""

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _arabic_endnotes, _intro, _justify_hyphenate, _page, _toc
from annotations.wordproc.layouts_dev7 import CLOSING, PANEL_PROSE, _last_table, _look, _opening, _title
from annotations.wordproc.layouts_dev8 import _sub_points
from annotations.wordproc.leads import NORFOLK_NAMES, gold_lead
from annotations.wordproc.parts import closing, pick
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc

_TAGGED = '{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
#: LibreOffice PDF export options per document (the others are exported untagged, with the defaults).
PDF_OPTIONS_9: dict[str, str] = {
    "dev9-03-run-in-agency-labels": _TAGGED,
    "dev9-07-narrow-small-wide": '{"SelectPdfVersion":{"type":"long","value":"2"}}',
}

#: Short topic titles of the Kent recommendations, in the order ``pick(pool, "Kent", "", 6, ...)`` gives them.
KENT_TOPICS = [
    "Initial response to calls",
    "Speaking to separated parents",
    "Quality of GP records",
    "The child referral matrix",
    "Training on domestic abuse incidents",
    "Inpatient discharge",
]
#: Likewise for the first six Norfolk recommendations addressed to no named agency.
NORFOLK_TOPICS = [
    "Missed appointments",
    "GP practice policies",
    "Firearms licensing",
    "Health agency protocols",
    "Commissioning a lead practitioner",
    "Information for victims and families",
]
#: Findings behind a recommendation, worded "should have" (none of them a recommendation).
RATIONALE = [
    "The call handlers graded each call as standard and should have looked at the history of the address.",
    "The children's father was not spoken to, although the service knew the parents had separated.",
    "The GP recorded the injuries but not how they were caused, and no one asked about the relationship.",
    "The matrix gave two answers for the same household depending on who completed it.",
    "Officers attending spoke to the adults together and did not separate them before asking questions.",
    "The ward discharged the patient at short notice and the police were not told he had left.",
]
#: Dated events of a chronology appendix (numbered, not recommendations).
CHRONOLOGY = [
    "3 January 2017: the victim attended the GP surgery with a bruised wrist and said she had fallen.",
    "18 February 2017: police attended a report of shouting; no offences were disclosed.",
    "2 May 2017: a DASH risk assessment was completed and graded as medium risk.",
    "14 July 2017: the perpetrator was discharged from the ward after three days.",
]
#: Endnotes to the recommendations (none of them a recommendation).
ENDNOTES = [
    "SafeLives (2014) Practice guidance for Marac representatives, section 3.",
    "The panel was told in 2018 that the protocol should have been reviewed in 2016; it was not.",
    "Home Office (2016) Multi-agency statutory guidance for the conduct of Domestic Homicide Reviews, s. 7.",
]


# --------------------------------------------------------------------------------------------------------------
# pieces of Word markup this batch needs
# --------------------------------------------------------------------------------------------------------------


def _shade_cell(w: WordDoc, fill: str) -> None:
    """Shade the cells of the last table's first row (a box's fill)."""
    for cell in _last_table(w).rows[0].cells:  # type: ignore[attr-defined]
        tcpr = cell._tc.get_or_add_tcPr()
        tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _marked_header(w: WordDoc, title: str, marking: str, footer: str) -> None:
    """A running header of the report's (long) title over a protective marking line, and a footer of the
    marking and the page count (``{n}``, ``{m}``), as a government template prints them."""
    _header_footer(w, title, footer)
    section = w.doc.sections[0]
    section.header.add_paragraph(marking)
    section.footer.paragraphs[0].insert_paragraph_before(marking)


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------


def dev_heading2_titles(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 11 (substituted): Heading 1 and Heading 2 numbered by one outline list ("7", "7.1"); each
    recommendation's short topic is a Heading 2 ("7.1 Missed appointments") and its text the plain paragraph
    under it, unnumbered; the chapter after is numbered on."""
    g = Gold("dev9-01-heading2-titles", "Norfolk County Community Safety Partnership", "Adult K")
    w = WordDoc("Calibri", 11)
    _look(w, 1.08, 8)
    out = w.num(w.abstract([Level("decimal", "%1"), Level("decimal", "%1.%2")]), restart={0: 6})
    _title(w, g)
    w.heading("Conclusions", 1, num=(out, 0))
    w.para(PANEL_PROSE[0])
    w.para(FILLER)
    w.heading("Recommendations", 1, num=(out, 0))
    w.para("Each recommendation is given under a short title naming its subject.")
    for topic, real in zip(NORFOLK_TOPICS, pick(pool, "Norfolk", "", 6, used), strict=True):
        label = w.heading(topic, 2, num=(out, 1))
        w.para(real.text)
        g.rec(real, label, "overview")
    w.heading("Glossary", 1, num=(out, 0))
    w.para("MARAC - Multi-Agency Risk Assessment Conference.")
    _header_footer(w, f"Norfolk DHR - {g.subject}", "Page {n} of {m}")
    return w, g


def dev_lead_rationale(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cambria 11 (substituted): each recommendation a bold Word-numbered paragraph ("1."), then a plain
    "Lead agency: X" line, then a bold "Rationale" line and a paragraph of the finding behind it (worded
    "should have"): neither the lead nor the rationale is the recommendation's text."""
    g = Gold("dev9-02-lead-rationale", "Kent Community Safety Partnership", "Mrs P")
    w = WordDoc("Cambria", 11)
    _look(w, 1.15, 6)
    _opening(
        w, g, prose=PANEL_PROSE[1:2], lead_in="Each recommendation is followed by its lead and rationale."
    )
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    leads = [
        "Kent Police",
        "Kent Children's Social Services",
        "NHS England",
        "Kent Police",
        "Kent Police",
        "KMPT",
    ]
    for k, real in enumerate(pick(pool, "Kent", "", 6, used)):
        g.rec(real, w.para(real.text, num=(nid, 0), bold=True), "overview")
        w.para(f"Lead agency: {leads[k]}")
        w.para("Rationale", bold=True, keep_with_next=True)
        w.para(RATIONALE[k])
    closing(w, "KSCS - Kent Specialist Children's Services.", f"Kent DHR {g.subject}", "Page {n}")
    return w, g


def dev_run_in_agency_labels(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10 (Liberation Sans), tagged PDF: plain paragraphs opening with a bold run-in label naming the
    agency in brackets ("Recommendation 1 (Police): "), the text running on after it."""
    g = Gold("dev9-03-run-in-agency-labels", "Nottingham Crime and Drugs Partnership", "Adult Q")
    w = WordDoc("Arial", 10)
    _look(w, 1.15, 6)
    _opening(w, g, prose=PANEL_PROSE[2:3], lead_in="The panel makes the following recommendations.")
    k = 0
    for tag, addressee, n in (("Police", "Nottinghamshire Police", 4), ("Adult Social Care", "Adult Social Care", 2),
                              ("Recovery Network", "Recovery Network", 1)):  # fmt: skip
        for real in pick(pool, "Nottingham", addressee, n, used):
            k += 1
            w.para(real.text, label_run=f"Recommendation {k} ({tag}): ")
            g.rec(real, str(k), "overview")
    w.para(CLOSING)
    closing(w, "DART - Domestic Abuse Referral Team.", f"Nottingham DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_summary_topics(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10.5 (Liberation Sans): an executive summary whose Word list names each recommendation by its
    topic only (a noun phrase), then the body's legal list ("6.1" ..) giving them in full beside the panel's
    prose; each counts once, with the body's number and words."""
    g = Gold("dev9-04-summary-topics", "Kent Community Safety Partnership", "Ms R")
    w = WordDoc("Arial", 10.5)
    _look(w, 1.15, 6)
    _title(w, g)
    w.heading("Executive summary", 1)
    w.para(PANEL_PROSE[0])
    w.para("The review makes six recommendations, given in full in chapter 6. In brief they concern:")
    sid = w.num(w.abstract([Level("decimal", "%1.")]))
    for topic in KENT_TOPICS:
        w.para(topic, num=(sid, 0))
    ch = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2")]), restart={0: 5})
    w.heading("Analysis", 1, num=(ch, 0))
    _intro(w, g, num=(ch, 1), fill=1)
    w.heading("Recommendations", 1, num=(ch, 0))
    for real in pick(pool, "Kent", "", 6, used):
        g.rec(real, w.para(real.text, num=(ch, 1)), "overview")
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("KMPT - Kent and Medway NHS and Social Care Partnership Trust.", num=(ch, 1))
    _header_footer(w, f"Kent DHR {g.subject}", "{n}")
    return w, g


def dev_outline_lettered(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 10.5 (substituted): a four-level outline from chapter 10 ("10.", "10.1", "10.1.1", "(a)"):
    "10.1 Overview" and "10.2 Single agency" bold numbered sub-headings, the recommendations at
    "10.x.y"; one ends in a colon and its lettered "(a)".."(c)" items are part of it. (The first sub-heading was
    "Multi-agency recommendations", which makes the subject-less hospital text under it all agencies': rule 5.)"""
    g = Gold("dev9-05-outline-lettered", "Norfolk County Community Safety Partnership", "Adult L")
    w = WordDoc("Calibri", 10.5)
    _look(w, 1.1, 6)
    ch = w.num(
        w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2"), Level("decimal", "%1.%2.%3"),
                    Level("lowerLetter", "(%4)")]),
        restart={0: 9},
    )  # fmt: skip
    _title(w, g)
    w.heading("Lessons", 1, num=(ch, 0))
    w.para(PANEL_PROSE[3], num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("Overview recommendations", num=(ch, 1), bold=True)
    for real in pick(pool, "Norfolk", "", 3, used):
        g.rec(real, w.para(real.text, num=(ch, 2)), "overview")
    w.para("Single agency recommendations", num=(ch, 1), bold=True)
    parent, head, points = _sub_points(pool, "Norfolk")
    used.add(parent.text)
    for real in pick(pool, "Norfolk", "Probation Service", 1, used):
        g.rec(real, w.para(real.text, num=(ch, 2)), "single_agency")
    label = w.para(head, num=(ch, 2))
    for point in points:
        w.para(point, num=(ch, 3))
    g.rec(parent, label, "single_agency", text=" ".join([head, *points]))
    for real in pick(pool, "Norfolk", "NHS England", 1, used):
        g.rec(real, w.para(real.text, num=(ch, 2)), "single_agency")
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("UPW - Unpaid Work.", num=(ch, 1))
    w.para("NPS - National Probation Service.", num=(ch, 1))
    _header_footer(w, f"Norfolk DHR {g.subject} - Overview Report", "Page {n}")
    return w, g


def dev_shaded_boxes_pages(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Times New Roman 12 (Liberation Serif) at 1.15: each recommendation in a shaded single-cell table (a
    box) of its own: a bold "Recommendation N" line, the text, and a "Lead agency:" line; long texts, so some
    boxes run over a page break."""
    g = Gold("dev9-06-shaded-boxes-pages", "Norfolk County Community Safety Partnership", "Adult M")
    w = WordDoc("Times New Roman", 12)
    _look(w, 1.15, 6)
    _opening(
        w, g, fill=2, prose=PANEL_PROSE[:1], lead_in="The recommendations are set out in the boxes below."
    )
    reals = pick(pool, "Norfolk", "", 7, used)
    size = w.doc.styles["Normal"].font.size.pt
    for k, real in enumerate(reals, 1):
        paragraphs: list[tuple[str, tuple[int, int] | None]] = [
            (f"Recommendation {k}", None), (real.text, None), (f"Lead agency: {gold_lead(real, NORFOLK_NAMES)}", None),
        ]  # fmt: skip
        w.table([[""]], [16.0], header_rows=0, font_size=size, cell_numbering={(0, 0): paragraphs})
        _shade_cell(w, "E2EFDA")
        for run in _last_table(w).rows[0].cells[0].paragraphs[0].runs:  # type: ignore[attr-defined]
            run.bold = True
        g.rec(real, str(k), "overview")
    w.para(CLOSING)
    closing(w, "MARAC - Multi-Agency Risk Assessment Conference.", f"Norfolk DHR {g.subject}", "Page {n}")
    return w, g


def dev_narrow_small_wide(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Verdana 8.5 (DejaVu Sans, a wide face), PDF/A-2b: 1.27 cm margins, justified with automatic
    hyphenation; bold agency lines over one Word list "1." counting on; header naming the report, footer
    "Page N of M"."""
    g = Gold("dev9-07-narrow-small-wide", "Nottingham Crime and Drugs Partnership", "Adult S")
    w = WordDoc("Verdana", 8.5)
    _justify_hyphenate(w)
    _look(w, 1.0, 4, justified=True)
    _page(w, 21.0, 29.7, 1.27)
    _opening(w, g, fill=3, prose=PANEL_PROSE[:2], lead_in="The recommendations are grouped by lead agency.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for heading, addressee, n in (("Nottinghamshire Police", "Nottinghamshire Police", 4),
                                  ("Adult Social Care", "Adult Social Care", 2),
                                  ("Nottingham Recovery Network", "Recovery Network", 1)):  # fmt: skip
        w.para(heading, bold=True, keep_with_next=True)
        for real in pick(pool, "Nottingham", addressee, n, used):
            g.rec(real, w.para(real.text, num=(nid, 0)), "single_agency", heading)
    w.para(CLOSING)
    closing(
        w,
        "DVDS - Domestic Violence Disclosure Scheme.",
        f"Domestic Homicide Review into the death of {g.subject}: Overview Report",
        "Page {n} of {m}",
    )
    return w, g


def dev_toc_rec_entries(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 11 (substituted): a typed contents page with dot leaders whose entries name each
    recommendation ("Recommendation 3 - Quality of GP records ..... 6"); in the body a bold label line of the
    same words over each recommendation's text."""
    g = Gold("dev9-08-toc-rec-entries", "Kent Community Safety Partnership", "Mr T")
    w = WordDoc("Calibri", 11)
    _look(w, 1.08, 8)
    w.para(f"Domestic Homicide Review into the death of {g.subject}", style="Title")
    entries = [("1. Introduction", 2), ("2. Analysis", 3), ("3. Recommendations", 5)]
    entries += [(f"Recommendation {k} - {t}", 5 + k // 3) for k, t in enumerate(KENT_TOPICS, 1)]
    _toc(w, [*entries, ("4. Glossary", 8)])
    w.page_break()
    w.heading("1. Introduction", 1)
    _intro(w, g, fill=2)
    w.heading("2. Analysis", 1)
    w.para(PANEL_PROSE[0])
    w.heading("3. Recommendations", 1)
    for k, (topic, real) in enumerate(zip(KENT_TOPICS, pick(pool, "Kent", "", 6, used), strict=True), 1):
        w.para(f"Recommendation {k} - {topic}", bold=True, keep_with_next=True)
        w.para(real.text)
        g.rec(real, str(k), "overview")
    w.heading("4. Glossary", 1)
    w.para("KMPT - Kent and Medway NHS and Social Care Partnership Trust.")
    _header_footer(w, f"Kent DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_endnotes_appendices(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cambria 11 (substituted): noun-phrase recommendations in a Word list "1." carrying endnote marks (the
    notes printed at the document's end); the recommendations chapter is followed at once by appendix chapters
    of numbered lists that are not recommendations: terms of reference (worded "should"), a dated chronology
    and a glossary."""
    g = Gold("dev9-09-endnotes-appendices", "Sefton Community Safety Partnership", "Adult U")
    w = WordDoc("Cambria", 11)
    _arabic_endnotes(w)
    _look(w, 1.1, 6)
    _opening(w, g, prose=PANEL_PROSE[2:3], lead_in="The panel recommends:")
    aid = w.abstract([Level("decimal", "%1.")])
    nid = w.num(aid)
    for k, real in enumerate(pick(pool, "Sefton", "", 7, used)):
        word = real.text.split()[2]
        note = (word, ENDNOTES[k // 2]) if k % 2 == 0 and k // 2 < len(ENDNOTES) else None
        g.rec(real, w.para(real.text, num=(nid, 0), endnote=note), "overview")
    from annotations.wordproc.vocab import TOR_ITEMS

    for title, items in (("Appendix A: Terms of reference", TOR_ITEMS), ("Appendix B: Chronology", CHRONOLOGY),
                         ("Appendix C: Glossary", ["MARAC - Multi-Agency Risk Assessment Conference.",
                                                   "MCA - Mental Capacity Act 2005."])):  # fmt: skip
        w.heading(title, 1)
        lid = w.num(aid, restart={0: 1})
        for item in items:
            w.para(item, num=(lid, 0))
    _header_footer(w, f"Sefton DHR {g.subject}", "Page {n}")
    # LibreOffice reads the endnote format from the section (as Word also writes it), not from the settings
    sect = w.doc.sections[0]._sectPr
    first = next(c for c in sect if c.tag.split("}")[1] not in ("headerReference", "footerReference"))
    first.addprevious(parse_xml(f'<w:endnotePr {nsdecls("w")}><w:numFmt w:val="decimal"/></w:endnotePr>'))
    return w, g


def dev_agency_merged_pages(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10.5 (Liberation Sans): an Agency | No. | Recommendation table, the header repeated, typed
    numbers counting on, long rows cut by the page break; each Agency cell names its rows' gold agencies,
    merged down only over rows of one agency set."""
    g = Gold("dev9-10-agency-merged-pages", "Norfolk County Community Safety Partnership", "Adult N")
    w = WordDoc("Arial", 10.5)
    _look(w, 1.15, 6)
    _opening(w, g, fill=2, prose=PANEL_PROSE[:1], lead_in="The recommendations are listed by agency below.")
    rows: list[list[str | None]] = [["Agency", "No.", "Recommendation"]]
    k = 0
    shown = None
    # the six texts picked with no addressee get an Agency cell of their own gold agencies, merged down only over
    # rows of one gold set (one cell "Norfolk health partners and GP practices" merged over all six named
    # bodies some of them are not for, the Home Office's and the CSP's among them)
    for agency, addressee, n in ((None, "", 6),
                                 ("Probation Service", "Probation Service", 1),
                                 ("NHS England", "NHS England", 1)):  # fmt: skip
        for real in pick(pool, "Norfolk", addressee, n, used):
            k += 1
            name = agency or gold_lead(real, NORFOLK_NAMES)
            rows.append([name if name != shown else None, f"{k}.", real.text])
            shown = name
            g.rec(real, str(k), "overview")
    w.table(rows, [3.6, 1.2, 11.2], font_size=10.5)
    closing(w, "NHCP - Norfolk Healthy Child Programme.", f"Norfolk DHR {g.subject}", "Page {n} of {m}")
    return w, g


DEV9A = {
    "dev9-01-heading2-titles": dev_heading2_titles,
    "dev9-02-lead-rationale": dev_lead_rationale,
    "dev9-03-run-in-agency-labels": dev_run_in_agency_labels,
    "dev9-04-summary-topics": dev_summary_topics,
    "dev9-05-outline-lettered": dev_outline_lettered,
    "dev9-06-shaded-boxes-pages": dev_shaded_boxes_pages,
    "dev9-07-narrow-small-wide": dev_narrow_small_wide,
    "dev9-08-toc-rec-entries": dev_toc_rec_entries,
    "dev9-09-endnotes-appendices": dev_endnotes_appendices,
    "dev9-10-agency-merged-pages": dev_agency_merged_pages,
}
