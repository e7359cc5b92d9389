"""The ``test/`` documents: written once, before any fixing; other layouts than ``dev/``, scored only at the end.
(Not a pytest module: the functions are named for the split they build.)"""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from annotations.wordproc.parts import (
    _front,
)
from annotations.wordproc.vocab import (
    ANALYSIS_TRAP,
    COMMENTARY,
    FOOTNOTES,
    TOR_ITEMS,
)
from annotations.wordproc.worddoc import (
    BULLET,
    LEGAL3_NODOT,
    Gold,
    Level,
    RealRec,
    WordDoc,
    action,
)


def test_legal_roman(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Legal list without trailing dots (15.10.1) in Cambria; intro and commentary numbered at the same
    level as the recommendations; agency sub-headings numbered 15.10/15.11; footnotes; running header."""
    g = Gold("test-01-legal-nodot", "Safer Cornwall", "Sam")
    w = WordDoc("Cambria", 11)
    legal = w.abstract(LEGAL3_NODOT)
    chapter = w.num(legal, restart={0: 14})
    _front(w, g, (chapter, 0), fn=1, tor=False)
    w.heading("Recommendations", 1, num=(chapter, 0))
    w.para("The review makes recommendations for the partnership and for single agencies.", num=(chapter, 1))
    pool_b = [r for r in pool.get("Cornwall", []) if r.text not in used]
    half = max(1, len(pool_b) // 2)
    w.para("Partnership recommendations", num=(chapter, 1), bold=True)
    w.para("The panel recommends:", num=(chapter, 2))
    for real in pool_b[:half]:
        used.add(real.text)
        label = w.para(real.text, num=(chapter, 2), footnote=FOOTNOTES[0] if "MARAC" in real.text else None)
        g.rec(real, label, "overview")
    w.para(COMMENTARY[0], num=(chapter, 2))
    w.para("Single agency recommendations", num=(chapter, 1), bold=True)
    for real in pool_b[half:]:
        used.add(real.text)
        label = w.para(real.text, num=(chapter, 2))
        g.rec(real, label, "single_agency")
    w.heading("Terms of reference", 1, num=(chapter, 0))
    for item in TOR_ITEMS:
        w.para(item, num=(chapter, 1))
    w.header_footer("Safer Cornwall DHR Sam - Overview Report - Final", "{n}")
    return w, g


def test_recno_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """'Recommendation number N' as bold paragraphs (not heading styles) with Word-bulleted items, then a
    landscape action plan with renamed columns and the lead merged down over actions."""
    g = Gold("test-02-recno-plan", "Kent Community Safety Partnership", "Ms D", "overview_report")
    w = WordDoc("Verdana", 10)
    w.para(f"Overview report - {g.subject}", style="Title")
    w.heading("Conclusions", 1)
    w.para(ANALYSIS_TRAP)
    w.heading("Recommendations", 1)
    bullets = w.abstract(BULLET)
    kent = [r for r in pool.get("Kent", [])]
    groups = [("Kent Police", kent[0:1] + [r for r in kent if "Kent Police" in r.addressed_to][1:3]),
              ("KMPT", [r for r in kent if r.addressed_to.startswith("KMPT")][:2])]  # fmt: skip
    recs = []
    for n, (heading, reals) in enumerate(groups, 1):
        w.para(f"Recommendation number {n}", bold=True)
        nid = w.num(bullets)
        for real in reals:
            w.para(real.text, num=(nid, 0))
            recs.append(g.rec(real, str(n), "overview", heading))
    w.section(landscape=True)
    w.heading("DHR Ms D - Action Plan", 1)
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Actions required", "Responsible", "Timescale"]]
    targets = ["End of March 2018", "6 months", "March 2017", "Q3 2017/18", "31/03/2018", "Ongoing"]
    for k, rec in enumerate(recs):
        lead = "Kent Police" if "police" in rec.agencies else "KMPT"
        for j, text in enumerate(
            (
                f"Brief {lead} practitioners on the learning from the review of Ms D",
                "Check through supervision that the change is followed in practice",
            )
        ):
            target = targets[(2 * k + j) % len(targets)]
            rec.actions.append(action(text, lead, target))
            rows.append([rec.number if j == 0 else None, rec.text if j == 0 else None, text,
                         lead if j == 0 else None, target])  # fmt: skip
    w.table(rows, [1.2, 8.5, 8.0, 3.0, 3.0], font_size=9)
    w.header_footer("Kent DHR Ms D - OFFICIAL", "{n}")
    return w, g


def test_two_column_exec(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Executive summary in two newspaper columns throughout, lettered sub-recommendations (1a, 1b via
    %1%2 levels), and a two-column action table with dates in several shapes."""
    g = Gold("test-03-two-column-exec", "Nottingham Crime and Drugs Partnership", "Rose", "executive_summary")
    w = WordDoc("Georgia", 10)
    first = w.doc.sections[0]
    cols = first._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        first._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    w.para("Executive Summary", style="Title")
    w.heading("Recommendations", 1)
    lettered = w.abstract([Level("decimal", "%1"), Level("lowerLetter", "%1%2")])
    nid = w.num(lettered)
    notts = [r for r in pool.get("Nottingham", [])]
    police = [r for r in notts if "Police" in r.addressed_to][:3]
    asc = [r for r in notts if "Adult Social Care" in r.addressed_to][:2]
    recs = []
    for heading, reals in (("Nottinghamshire Police", police), ("Nottingham City Adult Social Care", asc)):
        w.para(heading, num=(nid, 0), bold=True)
        for real in reals:
            label = w.para(real.text, num=(nid, 1))
            recs.append(g.rec(real, label, "executive_summary", heading))
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["No.", "Action", "Lead", "By when"]]
    targets = ["Complete", "End of December 2017", "01/02/2018", "April 2018 - review quarterly", "12 months"]
    for k, rec in enumerate(recs):
        lead = "Nottinghamshire Police" if "police" in rec.agencies else "Nottingham City Adult Social Care"
        text = "Issue a practice reminder to staff and check compliance by audit"
        rec.actions.append(action(text, lead, targets[k % len(targets)]))
        rows.append([rec.number, text, lead, targets[k % len(targets)]])
    w.table(rows, [0.8, 2.3, 2.5, 1.8], font_size=7)
    w.header_footer("Nottingham DHR Rose", "Page {n}")
    return w, g


def test_restart_agencies(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Numbering restarted per agency with a NEW abstractNum per agency (another way Word restarts), a
    "Recommendation 1:" lvlText prefix rendered by numbering, footnotes, and a glossary under numbers."""
    g = Gold("test-04-restart-agencies", "Norfolk County Community Safety Partnership", "Helen")
    w = WordDoc("Arial", 11)
    w.para(f"DHR {g.subject}", style="Title")
    w.heading("Single agency recommendations", 1)
    w.para("Each agency made recommendations in its IMR, which the panel endorses.", footnote=FOOTNOTES[4])
    norfolk = [r for r in pool.get("Norfolk", [])]
    groups: dict[str, list[RealRec]] = {}
    for real in norfolk:
        if "•" in real.text:
            continue
        groups.setdefault(real.addressed_to, []).append(real)
    for heading, reals in groups.items():
        w.heading(heading, 2)
        abstract = w.abstract([Level("decimal", "Recommendation %1:")])
        nid = w.num(abstract)
        for real in reals:
            label = w.para(real.text, num=(nid, 0))
            g.rec(real, label.replace("Recommendation ", "").rstrip(":"), "single_agency", heading)
    w.heading("Glossary", 1)
    gl = w.abstract([Level("decimal", "%1.")])
    gid = w.num(gl)
    for _word, note in FOOTNOTES[:3]:
        w.para(note, num=(gid, 0))
    w.header_footer("Norfolk DHR Helen - Overview", "{n}")
    return w, g
