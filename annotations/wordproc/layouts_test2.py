"""The ``test2/`` documents: written once with ``dev2/``, before any fixing against it; other layouts; scored
only at the end, never fixed against. (Not a pytest module: the functions are named for the split.)"""

from annotations.wordproc.layouts_dev2 import _fill
from annotations.wordproc.parts import pick
from annotations.wordproc.vocab import ANALYSIS_TRAP, COMMENTARY, FOOTNOTES, INTRO_PROSE, LESSONS
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc


def test_summary_table_rnumbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Executive summary repeating the recommendations in a Ref | Recommendation | Lead table; the body
    numbers them with a Word list whose label is ``R%1`` and numbers its lessons ``L%1``; footnotes."""
    g = Gold("test2-01-summary-table", "Norfolk County Community Safety Partnership", "Tina")
    w = WordDoc("Verdana", 10)
    chosen = [
        ("Cambridgeshire", "Cambridgeshire Community Services"),
        ("Norfolk County", "Norfolk County Community Safety Partnership"),
        ("NHS England", "NHS England"),
        ("Probation Service", "Probation Service"),
    ]
    recs = [(pick(pool, "Norfolk", who, 1, used)[0], lead) for who, lead in chosen]
    w.para(f"Domestic Homicide Review - {g.subject}", style="Title")
    w.para(f"An overview report for {g.csp}")
    w.heading("Executive summary", 1)
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.para("The table lists the recommendations; the reasons for each are given in the report.")
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Lead"]]
    rows += [[f"R{k}", real.text, lead] for k, (real, lead) in enumerate(recs, 1)]
    w.table(rows, [1.2, 11.5, 3.5], font_size=9)
    w.page_break()
    w.heading("Findings", 1)
    w.para(ANALYSIS_TRAP, footnote=FOOTNOTES[0])
    _fill(w, 2)
    w.heading("Lessons to be learned", 1)
    lessons = w.num(w.abstract([Level("decimal", "L%1")]))
    for lesson in LESSONS:
        w.para(lesson, num=(lessons, 0))
    w.heading("Recommendations", 1)
    numbers = w.num(w.abstract([Level("decimal", "R%1")]))
    for real, _lead in recs:
        g.rec(real, w.para(real.text, num=(numbers, 0)), "overview")
    w.para(COMMENTARY[0])
    w.heading("Appendix A: Glossary", 1)
    w.para("UPW - Unpaid Work.")
    w.header_footer(f"Norfolk DHR {g.subject} OFFICIAL", "Page {n}")
    return w, g


def test_numbered_titles(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Recommendation titles numbered by a Heading 2 style linked to a list whose label is
    ``Recommendation %1`` (the word and the number come from numbering.xml, the title text is the theme);
    the recommendation is the paragraph under it; chapters numbered by Heading 1 in another list."""
    g = Gold("test2-02-numbered-titles", "Safe Durham Partnership", "Helen")
    w = WordDoc("Georgia", 11)
    chapters = w.num(w.abstract([Level("decimal", "%1.")]))
    w.link_style("Heading 1", chapters, 0)
    titles = w.num(w.abstract([Level("decimal", "Recommendation %1:")]))
    w.link_style("Heading 2", titles, 0)
    w.para(f"Overview report: {g.subject}", style="Title")
    w.para(f"Commissioned by the {g.csp}")
    w.para("Introduction", style="Heading 1", counted=(chapters, 0))
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    w.para("Analysis", style="Heading 1", counted=(chapters, 0))
    w.para(ANALYSIS_TRAP)
    _fill(w, 3)
    w.para("Recommendations", style="Heading 1", counted=(chapters, 0))
    w.para("The panel makes three recommendations.")
    themes = ["Strategic oversight", "Learning across forces", "Sharing the learning"]
    for theme, real in zip(themes, pick(pool, "Durham", "", 3, used), strict=True):
        label = w.para(theme, style="Heading 2", counted=(titles, 0), keep_with_next=True)
        g.rec(real, label.replace("Recommendation", "").strip(" :"), "overview")
        w.para(real.text)
    w.para("Glossary", style="Heading 1", counted=(chapters, 0))
    w.para("NTHFT - North Tees and Hartlepool NHS Foundation Trust.")
    w.header_footer(f"Safe Durham Partnership - DHR {g.subject}", "{n}")
    return w, g


def test_template_plain(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Executive summary from a template: contents entries as hyperlinks; each recommendation typed into a
    content control after a bold "Recommendation N" line, a tracked insertion in one, an endnote in another;
    an "Owner:" line under each; chapters numbered through a list style."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm

    g = Gold("test2-03-template-plain", "Harlow Community Safety Partnership", "Olive", "executive_summary")
    w = WordDoc("Calibri", 11)
    chapters = w.num(w.abstract_linked([Level("decimal", "%1.")], "DHRChapters"))
    w.para("Executive Summary", style="Title")
    w.para(f"Domestic Homicide Review: {g.subject}, for the {g.csp}")
    for title, page in (("Summary", 1), ("Recommendations", 2)):
        p = w.doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        w._piece(p, "link", f"{title}\t{page}")
    w.heading("Summary", 1, num=(chapters, 0))
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject), endnote=("panel", FOOTNOTES[1][1]))
    _fill(w, 3)
    w.heading("Recommendations", 1, num=(chapters, 0))
    for k, real in enumerate(pick(pool, "Harlow", "All Agencies", 3, used), 1):
        w.para(f"Recommendation {k}", bold=True, keep_with_next=True)
        text = real.text
        if k == 2:
            cut = text.index(" ", 15)
            pieces = [("sdt", text[:cut]), ("ins", text[cut:])]
        else:
            pieces = [("sdt", text)]
        w.para(text, pieces=pieces, endnote=("", FOOTNOTES[3][1]) if k == 3 else None)
        w.para("Owner: all partner agencies")
        g.rec(real, str(k), "executive_summary")
    w.header_footer(f"Harlow DHR {g.subject} - Executive Summary", "{n}")
    return w, g
