"""More ``dev3/`` documents (the module ``layouts_dev3`` is full): a recommendations table whose cells hold the
Word-numbered recommendation beside a Lead agency and a Timescale cell; recommendations numbered by Word inside
one-cell boxes under a per-agency table row."""

from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.parts import pick
from annotations.wordproc.vocab import ANALYSIS_TRAP, INTRO_PROSE
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc


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
        g.rec(real, w._label(nid, 0), "overview")
    w.table(rows, [11.0, 3.5, 2.5], cell_numbering=cells, font_size=10)
    w.heading("Glossary", 1)
    w.para("KCC - Kent County Council.")
    _header_footer(w, f"Kent DHR {g.subject} - Overview Report", "Page {n} of {m}")
    return w, g
