"""More ``dev4/`` documents (``layouts_dev4`` holds the helpers): an executive summary, the body and an appendix
action plan repeating the recommendations in one file; a typed contents list, arabic endnotes and a two-column
glossary table; Welsh-English bilingual headings and labels; a small A5 page with hyphenation."""

from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import (
    ENDNOTES,
    GLOSSARY,
    _arabic_endnotes,
    _intro,
    _justify_hyphenate,
    _page,
    _toc,
)
from annotations.wordproc.leads import lead_groups
from annotations.wordproc.parts import _plan_rows, pick
from annotations.wordproc.vocab import HO_HEADER, INTRO_PROSE, LESSONS, SUMMARY_LEAD_IN, TOR_ITEMS
from annotations.wordproc.worddoc import LEGAL3, Gold, Level, RealRec, WordDoc


def dev_summary_body_appendix(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """An executive summary listing the recommendations, the overview giving them at ``6.2.1`` under bold
    agency paragraphs, and a landscape Home Office action plan whose Recommendation cells repeat the number
    and the text; each recommendation counts once, with the body's number, carrying the plan's actions."""
    g = Gold("dev4-09-summary-body-appendix", "Safer Cornwall", "Zoe")
    w = WordDoc("Arial", 11)
    groups = [("Cornwall & Isles of Scilly Public Health", "Public Health", 2),
              ("Devon and Cornwall Police", "Devon & Cornwall Police", 1), ("Home Office", "Home Office", 1)]  # fmt: skip
    picked = [(heading, real) for heading, who, n in groups for real in pick(pool, "Cornwall", who, n, used)]
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Executive summary", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.para(SUMMARY_LEAD_IN)
    summary = w.num(w.abstract([Level("decimal", "%1.")]))
    for _heading, real in picked:
        w.para(real.text, num=(summary, 0))
    w.page_break()
    ch = w.num(w.abstract(LEGAL3), restart={0: 5})
    w.heading("Analysis", 1, num=(ch, 0))
    _intro(w, g, (ch, 1), fill=1)
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The panel makes the following recommendations.", num=(ch, 1))
    recs = []
    current = None
    for heading, real in picked:
        if heading != current:
            w.para(heading, bold=True, num=(ch, 1), keep_with_next=True)
            current = heading
        recs.append((g.rec(real, w.para(real.text, num=(ch, 2)), "overview", heading), "Local"))
    w.section(landscape=True)
    w.heading("Appendix A: Action plan", 1)
    acts = {
        recs[0][0].id: [("Commission awareness training on self-harm for frontline staff", "Cornwall Public Health",
                         "March 2017")],
        recs[1][0].id: [("Add the learning to the refreshed suicide prevention strategy", "Cornwall Public Health",
                         "Q3 2017/18"),
                        ("Report progress to the partnership board", "Cornwall Public Health", "Ongoing")],
        recs[2][0].id: [("Brief response officers on the learning of this review", "Devon and Cornwall Police",
                         "31/03/2018")],
        recs[3][0].id: [("Write to the Home Office with the panel's findings", "Home Office",
                         "Within 3 months of publication")],
    }  # fmt: skip
    rows: list[list[str | None]] = [HO_HEADER, *_plan_rows(g, recs, acts)]  # type: ignore[list-item]
    w.table(rows, [6.0, 2.2, 6.0, 3.2, 3.4, 2.4, 2.8], font_size=9)
    _header_footer(w, f"Safer Cornwall | DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_toc_endnotes_glossary(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """A typed contents list with dot leaders ("Recommendations ..... 3"), recommendations numbered 1-7
    (noun phrases naming no addressee), arabic endnotes (printed at the end as a numbered list, one worded
    like a recommendation), a glossary as a two-column table; "OFFICIAL - SENSITIVE" header, "N | Page"."""
    g = Gold(
        "dev4-10-toc-endnotes-glossary", "Sefton Community Safety Partnership", "Amy", "executive_summary"
    )
    w = WordDoc("Arial", 11)
    _arabic_endnotes(w)
    w.para("Executive Summary", style="Title")
    w.para(f"Domestic Homicide Review: {g.subject}. Commissioned by {g.csp}.")
    _toc(w, [("Introduction", 2), ("Terms of reference", 2), ("Lessons learned", 3), ("Recommendations", 3),
             ("Glossary", 4)])  # fmt: skip
    w.page_break()
    w.heading("Introduction", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject), endnote=("panel", ENDNOTES[2]))
    w.para(FILLER, endnote=("chronology", ENDNOTES[0]))
    w.heading("Terms of reference", 1)
    bullets = w.num(w.abstract([Level("bullet", "\u2022")]))
    for item in TOR_ITEMS[:2]:
        w.para(item, num=(bullets, 0))
    w.heading("Lessons learned", 1)
    for lesson in LESSONS[:2]:
        w.para(lesson, num=(bullets, 0))
    w.heading("Recommendations", 1)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for k, real in enumerate(pool["Sefton"]):
        note = ("Mental Capacity Act", ENDNOTES[1]) if "Mental Capacity" in real.text else None
        g.rec(real, w.para(real.text, num=(nid, 0), endnote=note), "executive_summary")
        if k == 6:
            break
    w.heading("Glossary", 1)
    w.table([[a, b] for a, b in GLOSSARY], [3.0, 13.0], header_rows=0, font_size=10)
    _header_footer(w, "OFFICIAL - SENSITIVE", "{n} | Page")
    return w, g


def dev_welsh_bilingual(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Welsh-English headings ("Argymhellion / Recommendations") and bold labels "Argymhelliad 1 /
    Recommendation 1" over each recommendation; the introduction in a legal list."""
    g = Gold("dev4-11-welsh-bilingual", "Safe Durham Partnership", "Bethan")
    w = WordDoc("Arial", 11)
    ch = w.num(w.abstract(LEGAL3[:2]))
    w.para("Adolygiad Dynladdiad Domestig / Domestic Homicide Review", style="Title")
    w.para(f"{g.subject}: {g.csp}")
    w.heading("Cyflwyniad / Introduction", 1, num=(ch, 0))
    _intro(w, g, (ch, 1), fill=1)
    w.heading("Gwersi a ddysgwyd / Lessons learned", 1, num=(ch, 0))
    for lesson in LESSONS[:2]:
        w.para(lesson, num=(ch, 1))
    w.heading("Argymhellion / Recommendations", 1, num=(ch, 0))
    w.para("Mae'r panel yn gwneud yr argymhellion canlynol. The panel makes the following recommendations.")
    reals = pick(pool, "Durham", "Safe Durham Partnership", 2, used) + pick(
        pool, "Durham", "North Tees", 1, used
    )
    for k, real in enumerate(reals, 1):
        w.para(f"Argymhelliad {k} / Recommendation {k}", bold=True, keep_with_next=True)
        w.para(real.text)
        g.rec(real, str(k), "overview")
    w.heading("Geirfa / Glossary", 1, num=(ch, 0))
    w.para("DAFEG - Domestic Abuse Focus Executive Group.", num=(ch, 1))
    _header_footer(w, f"Safe Durham Partnership - DHR {g.subject}", "Tudalen / Page {n}")
    return w, g


def dev_a5_hyphenated(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """A small A5 page, justified and hyphenated automatically, recommendations numbered "1)" under bold
    agency lines; many lines broken inside words, a recommendation cut by the page break."""
    g = Gold("dev4-12-a5-hyphenated", "Sheffield Safer and Sustainable Communities Partnership", "Carol")
    w = WordDoc("Georgia", 11)
    _page(w, 14.8, 21.0, 1.5)
    _justify_hyphenate(w)
    w.para(f"DHR {g.subject}: Executive Summary", style="Title")
    w.heading("Summary", 1)
    _intro(w, g, fill=1)
    w.heading("Recommendations", 1)
    nid = w.num(w.abstract([Level("decimal", "%1)")]))
    for heading, who in (("South Yorkshire Police", "South Yorkshire Police"),
                         ("Sheffield City Council", "Sheffield City Council")):  # fmt: skip
        w.para(heading, bold=True, keep_with_next=True)
        for real in pick(pool, "Sheffield", who, 1, used):
            g.rec(real, w.para(real.text, num=(nid, 0)), "overview", heading)
    w.para("The partnership will track these recommendations through its DHR sub-group.")
    _header_footer(w, f"Sheffield DHR {g.subject}", "{n}")
    return w, g


def _borderless_last_table(w: WordDoc) -> None:
    """The last table without borders (Word's "Normal Table" style): a layout grid, not a ruled table."""
    w.doc.tables[-1].style = w.doc.styles["Normal Table"]


def dev_borderless_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """A No. | Recommendation | Lead agency table with no borders (a layout grid): typed numbers "1." in the
    first column, wrapped text beside them, the lead in the third; header row in bold."""
    g = Gold("dev4-13-borderless-table", "Kent Community Safety Partnership", "Mr Y")
    w = WordDoc("Arial", 11)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Conclusions", 1)
    _intro(w, g, fill=1)
    w.heading("Recommendations", 1)
    w.para("The table sets out each recommendation and the agency that leads on it.")
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead agency"]]
    k = 0
    for addressee, lead, n in (("Kent Police", "Kent Police", 2), ("KMPT", "KMPT", 1),
                               ("Kent and Medway CCG", "Kent and Medway CCG", 1),
                               ("NHS England", "NHS England", 1)):  # fmt: skip
        for real in pick(pool, "Kent", addressee, n, used):
            k += 1
            rows.append([f"{k}.", real.text, lead])
            g.rec(real, str(k), "overview")
    w.table(rows, [1.2, 11.3, 3.5], font_size=10.5)
    _borderless_last_table(w)
    w.heading("Glossary", 1)
    w.table([[a, b] for a, b in GLOSSARY], [3.0, 13.0], header_rows=0, font_size=10)
    _borderless_last_table(w)
    _header_footer(w, f"Kent DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_side_headings(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """A borderless two-column layout grid: the agency in the narrow left cell (bold), its recommendations
    as Word-numbered paragraphs in the right cell (one list through the grid); the left cell of the next row
    empty where an agency has a second row."""
    g = Gold("dev4-14-side-headings", "Nottingham Crime and Drugs Partnership", "Adult Z")
    w = WordDoc("Calibri", 11)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Introduction", 1)
    _intro(w, g, fill=1)
    w.heading("Recommendations", 1)
    w.para("The panel makes the recommendations below, set beside the agency that leads.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    rows: list[list[str | None]] = []
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    for heading, who, n in (("Nottinghamshire Police", "Nottinghamshire Police", 3),
                            ("Nottingham City Adult Social Care", "Adult Social Care", 2),
                            ("Nottingham Recovery Network", "Recovery Network", 1)):  # fmt: skip
        picked = pick(pool, "Nottingham", who, n, used)
        rows.append([heading, ""])
        cells[(len(rows) - 1, 1)] = [(real.text, (nid, 0)) for real in picked]
        for real in picked:
            g.rec(real, w._label(nid, 0), "overview", heading)
    w.table(rows, [4.0, 12.0], header_rows=0, cell_numbering=cells, font_size=11)
    for row in w.doc.tables[-1].rows:
        for run in row.cells[0].paragraphs[0].runs:
            run.bold = True
    _borderless_last_table(w)
    w.heading("Next steps", 1)
    w.para("The partnership will report progress to the Home Office within a year.")
    _header_footer(w, f"Nottingham DHR {g.subject} - OFFICIAL", "{n}")
    return w, g


def _watermark(w: WordDoc, text: str) -> None:
    """A diagonal watermark as Word writes it: a WordArt shape (VML ``v:textpath``) in the header."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    p = w.doc.sections[0].header.add_paragraph()
    p._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            '<w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
            'path="m@7,l@8,m@5,21600l@6,21600e"><v:textpath on="t" fitshape="t"/></v:shapetype>'
            '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
            'style="position:absolute;margin-left:0;margin-top:0;width:480pt;height:120pt;rotation:315;'
            "z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
            'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
            'fillcolor="silver" stroked="f"><v:fill opacity=".5"/>'
            f'<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" string="{text}"/></v:shape>'
            "</w:pict></w:r>"
        )
    )


def dev_chapter_headers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Running headers that name the chapter, changing with each section ("Part 2 - Conclusions and
    recommendations" over the conclusions pages, numbered like recommendations and worded with "should"), a
    "DRAFT" watermark (Word's WordArt in the header; LibreOffice does not print it), recommendations in the last section under their own heading."""
    g = Gold("dev4-15-chapter-headers", "Kent Community Safety Partnership", "Mrs Z")
    w = WordDoc("Arial", 11)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Introduction", 1)
    _intro(w, g, fill=2)
    w.section()
    w.heading("Conclusions", 1)
    conclusions = w.num(w.abstract([Level("decimal", "%1.")]))
    from annotations.wordproc.layouts_dev4 import CONCLUSIONS

    for text in CONCLUSIONS:
        w.para(text, num=(conclusions, 0))
    for _ in range(3):
        w.para(FILLER)
    w.section()
    w.heading("Recommendations", 1)
    w.para("The panel makes the following recommendations.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for addressee, n in (("Kent Police", 2), ("KMPT", 1), ("NHS England", 1)):
        for real in pick(pool, "Kent", addressee, n, used):
            g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.heading("Glossary", 1)
    w.para("KMPT - Kent and Medway NHS and Social Care Partnership Trust.")
    headers = [f"Kent DHR {g.subject} - Overview Report", "Part 2 - Conclusions and recommendations",
               "Part 2 - Conclusions and recommendations"]  # fmt: skip
    for section, text in zip(w.doc.sections, headers, strict=True):
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = text
        section.footer.is_linked_to_previous = False
        section.footer.paragraphs[0].text = "OFFICIAL - SENSITIVE"
    _watermark(w, "DRAFT")
    return w, g


def dev_line_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """A panel draft printed with line numbers in the margin (``w:lnNumType``, every line, restarting on each
    page: in the PDF each line starts with a number, none of them list numbers); the recommendations numbered
    ``1.`` by Word. (A tracked deletion was tried too, but LibreOffice prints the list numbers of a changed
    paragraph as "3.[4.]", which Word does not: left out.)"""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    g = Gold("dev4-16-line-numbers", "Safer Cornwall", "Wren")
    w = WordDoc("Arial", 11)
    w.doc.sections[0]._sectPr.append(
        parse_xml(f'<w:lnNumType {nsdecls("w")} w:countBy="1" w:distance="284" w:restart="newPage"/>')
    )
    w.para(f"Domestic Homicide Review: {g.subject} (panel draft)", style="Title")
    w.heading("Introduction", 1)
    _intro(w, g, fill=2)
    w.heading("Recommendations", 1)
    w.para("The panel makes the following recommendations.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for who, n in (("Public Health", 2), ("Home Office", 1), ("Devon & Cornwall Police", 1)):
        # each agency's own heading over its texts, as the real report prints them ("That key agencies gain
        # ..." is Public Health's under its heading only)
        for lead, chunk in lead_groups(pick(pool, "Cornwall", who, n, used)):
            w.para(lead, bold=True, keep_with_next=True)
            for real in chunk:
                g.rec(real, w.para(real.text, num=(nid, 0)), "overview", lead)
    w.heading("Glossary", 1)
    w.para("CIC - Community Interest Company.")
    _header_footer(w, f"Safer Cornwall DHR {g.subject} - DRAFT", "Page {n} of {m}")
    return w, g
