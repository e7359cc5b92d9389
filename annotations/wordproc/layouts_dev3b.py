"""More ``dev3/`` documents (the module ``layouts_dev3`` is full): a recommendations table whose cells hold the
Word-numbered recommendation beside a Lead agency and a Timescale cell; recommendations numbered by Word inside
one-cell boxes under a per-agency table row."""

from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.parts import pick
from annotations.wordproc.vocab import ANALYSIS_TRAP, INTRO_PROSE, LESSONS
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc, action


def dev_numbered_cells_leads(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Recommendation | Lead agency | Timescale: each Recommendation cell a Word-numbered paragraph (the
    number in numbering.xml, one list through the table), the Lead agency cell naming the addressee of text
    that names none ("That provision is made ..."), a long row cut by the page break."""
    g = Gold("dev3-13-numbered-cells-leads", "Kent Community Safety Partnership", "Mr Q")
    w = WordDoc("Arial", 11)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.para(f"Overview report for the {g.csp}")
    w.heading("Introduction", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.heading("Conclusions", 1)
    w.para(ANALYSIS_TRAP)
    for _ in range(4):
        w.para(FILLER)
    w.heading("Recommendations", 1)
    w.para("Each recommendation below has a lead agency and a timescale agreed with that agency.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    rows: list[list[str | None]] = [["Recommendation", "Lead agency", "Timescale"]]
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    order = [("KCC Adult", "KCC Adult Social Care", "6 months"), ("Kent and Medway CCG", "Kent and Medway CCG",
             "March 2017"), ("KMPT", "KMPT", "Q3 2017/18"), ("KMPT", "KMPT", "Ongoing"),
             ("NHS England", "NHS England", "12 months")]  # fmt: skip
    for addressee, lead, when in order:
        real = pick(pool, "Kent", addressee, 1, used)[0]
        rows.append(["", lead, when])
        cells[(len(rows) - 1, 0)] = [(real.text, (nid, 0))]
        # no action column: the timescale is the recommendation's own, kept as one implied action
        g.rec(real, w._label(nid, 0), "overview").actions.append(action(real.text, lead, when))
    w.table(rows, [11.0, 3.5, 2.5], cell_numbering=cells, font_size=10)
    w.heading("Glossary", 1)
    w.para("KCC - Kent County Council.")
    _header_footer(w, f"Kent DHR {g.subject} - Overview Report", "Page {n} of {m}")
    return w, g


def dev_r_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """ "R1", "R2" numbering: an executive summary table Ref | Recommendation | Lead agency with the Ref cells
    typed ("R1"), then the body giving the recommendations again under Heading 3 agency headings, numbered
    by a Word list whose label is "R%1." (the "R" only in numbering.xml), continuing across the headings."""
    g = Gold("dev3-14-r-numbers", "Safer Cornwall", "Sam")
    w = WordDoc("Calibri", 11)
    groups = [("Cornwall & Isles of Scilly Public Health", "Public Health", 2), ("NHS Kernow", "NHS Kernow", 1),
              ("Devon and Cornwall Police", "Devon & Cornwall Police", 1), ("NHS England", "NHS England", 1)]  # fmt: skip
    picked = [
        (heading, real)
        for heading, addressee, n in groups
        for real in pick(pool, "Cornwall", addressee, n, used)
    ]
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.para(f"Commissioned by {g.csp}")
    w.heading("Executive summary", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.para("The table lists the recommendations; chapter 6 sets out the reasons for each.")
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Lead agency"]]
    for k, (heading, real) in enumerate(picked, 1):
        rows.append([f"R{k}", real.text, heading])
    w.table(rows, [1.3, 11.0, 3.7], font_size=10)
    w.page_break()
    w.heading("6. Recommendations", 1)
    w.para("Each recommendation is given under the agency that leads on it.")
    nid = w.num(w.abstract([Level("decimal", "R%1.")]))
    current = None
    for heading, real in picked:
        if heading != current:
            w.heading(heading, 3)
            current = heading
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview", heading)
    w.heading("7. Glossary", 1)
    w.para("CIC - Community Interest Company.")
    _header_footer(w, f"Safer Cornwall - DHR {g.subject}", "{n}")
    return w, g


def dev_wingdings_bullets(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """ "Recommendation N" titles in bold over bullets drawn from Wingdings (an arrow, U+F0D8, and a diamond
    stored the old way, as the letter "v" in that font): a machine without Wingdings prints other glyphs; the
    lessons before them use a tick bullet (U+F0FC)."""
    g = Gold("dev3-15-wingdings-bullets", "Kent Community Safety Partnership", "Mrs R", "executive_summary")
    w = WordDoc("Arial", 11)
    w.para("Executive Summary", style="Title")
    w.para(f"Domestic Homicide Review: {g.subject}. Commissioned by the {g.csp}.")
    w.heading("Lessons", 1)
    ticks = w.num(w.abstract([Level("bullet", "\uf0fc", font="Wingdings")]))
    for lesson in LESSONS[:2]:
        w.para(lesson, num=(ticks, 0))
    w.heading("Recommendations", 1)
    w.para("The recommendations are numbered as the panel agreed them.")
    arrows = w.abstract([Level("bullet", "\uf0d8", font="Wingdings")])
    diamonds = w.abstract([Level("bullet", "v", font="Wingdings")])
    groups = [("Kent Police", 2, arrows), ("KMPT", 1, diamonds), ("NHS England", 1, arrows)]
    for n, (addressee, count, bullets) in enumerate(groups, 1):
        w.para(f"Recommendation {n}", bold=True, keep_with_next=True)
        nid = w.num(bullets)
        for real in pick(pool, "Kent", addressee, count, used):
            w.para(real.text, num=(nid, 0))
            g.rec(real, str(n), "executive_summary")
    w.heading("Next steps", 1)
    w.para("The partnership will monitor progress through its DHR steering group.")
    _header_footer(w, f"Kent DHR {g.subject} - Executive Summary", "{n}")
    return w, g


def dev_roman_letters(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Chapters numbered in upper-case roman (``IV.``), paragraphs ``1.`` restarting in each chapter, and the
    recommendations lower-case roman ``(i)`` under a numbered agency paragraph ending in a colon; terms of
    reference lettered alike under their lead-in; the panel's note numbered as a paragraph after them."""
    g = Gold("dev3-16-roman-letters", "Nottingham Crime and Drugs Partnership", "Adult S")
    w = WordDoc("Times New Roman", 12)
    legal = w.abstract([Level("upperRoman", "%1."), Level("decimal", "%2."), Level("lowerRoman", "(%3)")])
    ch = w.num(legal)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Introduction", 1, num=(ch, 0))
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject), num=(ch, 1))
    w.para("The terms of reference asked the panel to consider:", num=(ch, 1))
    w.para("whether agencies shared what they knew about the risk the perpetrator posed;", num=(ch, 2))
    w.para("whether the victim was offered support that she could use.", num=(ch, 2))
    w.heading("Analysis", 1, num=(ch, 0))
    w.para(ANALYSIS_TRAP, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The panel makes the recommendations below.", num=(ch, 1))
    for heading, addressee, n in (("Nottinghamshire Police", "Nottinghamshire Police", 2),
                                  ("Nottingham City Adult Social Care", "Nottingham City Adult Social Care", 2)):  # fmt: skip
        w.para(f"{heading} should consider the following:", num=(ch, 1))
        for real in pick(pool, "Nottingham", addressee, n, used):
            g.rec(real, w.para(real.text, num=(ch, 2)), "overview", heading)
    w.para("The panel will ask each agency for evidence of progress in six months.", num=(ch, 1))
    _header_footer(w, f"DHR {g.subject} | Overview Report", "Page {n} of {m}")
    return w, g


def dev_recno_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """A table whose first column holds "Recommendation number N" and whose second holds its text as one or
    two Word-bulleted paragraphs (each bullet recommendation N), with an Agency column."""
    g = Gold("dev3-17-recno-table", "Safer Cornwall", "Toby", "executive_summary")
    w = WordDoc("Arial", 11)
    w.para("Executive Summary", style="Title")
    w.para(f"Domestic Homicide Review: {g.subject}, commissioned by {g.csp}.")
    w.heading("Recommendations", 1)
    w.para("The table gives each recommendation and the agency that leads on it.")
    bullets = w.abstract([Level("bullet", "\uf0b7")])
    rows: list[list[str | None]] = [["Number", "Recommendation", "Agency"]]
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    groups = [("Cornwall & Isles of Scilly Public Health", "Public Health", 2), ("Home Office", "Home Office", 1),
              ("Devon and Cornwall Police", "Devon & Cornwall Police", 1)]  # fmt: skip
    for n, (agency, addressee, count) in enumerate(groups, 1):
        nid = w.num(bullets)
        picked = pick(pool, "Cornwall", addressee, count, used)
        rows.append([f"Recommendation number {n}", "", agency])
        cells[(len(rows) - 1, 1)] = [(real.text, (nid, 0)) for real in picked]
        for real in picked:
            g.rec(real, str(n), "executive_summary", agency)
    w.table(rows, [3.2, 9.8, 3.5], cell_numbering=cells, font_size=10)
    w.heading("Next steps", 1)
    w.para("The partnership will publish the action plan with this summary.")
    _header_footer(w, f"Safer Cornwall - DHR {g.subject}", "{n}")
    return w, g
