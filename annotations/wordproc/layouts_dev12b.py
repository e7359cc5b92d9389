"""The ``dev12/`` documents (second half) and the batch's runner: whole reports with several traits at once, as
in ``layouts_dev12.py`` (its docstring has the batch's aim and rules).

Build (LibreOffice needed): ``python -m annotations.wordproc.layouts_dev12b [--only NAME ...] [--no-pdf]``
writes ``dev12/`` with ``build.build`` (the same writer, PDF check and gold as every other folder); score (the
lead, once, blind): ``python -m annotations.wordproc.score dev12``.
"""

import sys

from annotations.wordproc.batch import run_batch
from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _intro
from annotations.wordproc.layouts_dev7 import PANEL_PROSE, _look
from annotations.wordproc.layouts_dev12 import (
    ACTIONS,
    CLOSING12,
    CORNWALL_NAMES,
    DEV12A,
    LESSONS12,
    TARGETS12,
    contents,
    cover,
    implied_action,
    plan_action,
    tor,
)
from annotations.wordproc.leads import KENT_NAMES, NOTTINGHAM_NAMES, gold_lead
from annotations.wordproc.parts import pick
from annotations.wordproc.worddoc import Level, WordDoc

_TAGGED = '{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
#: LibreOffice PDF export options per document (the others use the defaults).
PDF_OPTIONS_12: dict[str, str] = {
    "dev12-03-agency-rec-table": _TAGGED,
    "dev12-11-exec-summary-columns": _TAGGED,
    "dev12-13-theme-titles-fields": '{"SelectPdfVersion":{"type":"long","value":"2"}}',
}
#: Findings printed before each recommendation (worded "should have"; none of them a recommendation).
FINDINGS = [
    "Officers should have linked the earlier reports to the same address; each was dealt with on its own.",
    "The duty worker should have looked at the history before closing the referral.",
    "Information about the perpetrator's drinking should have been shared with the other agencies.",
    "The service should have followed up when the victim stopped attending.",
    "Staff should have asked who else lived in the household.",
    "The risk assessment should have been repeated after the second incident.",
]


def _typed(w: WordDoc, number: str, text: str, indent_cm: float = 1.25) -> None:
    """A typed number, a tab and the text hanging at ``indent_cm`` (no Word list)."""
    from docx.shared import Cm

    p = w.doc.add_paragraph()
    p.add_run(f"{number}\t{text}")
    fmt = p.paragraph_format
    fmt.left_indent = Cm(indent_cm)
    fmt.first_line_indent = Cm(-indent_cm)
    fmt.tab_stops.add_tab_stop(Cm(indent_cm))


def dev_durham_letters(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Durham, Arial 11: contents; terms of reference typed "(i)" ..; lessons typed "L1" ..; the
    recommendations typed "1.", "2a.", "2b." with a tab (no Word list), the two "2" items the partnership's;
    an action plan Recommendation | Action | Owner | Target date | Progress, progress cells dated."""
    g = Gold("dev12-09-durham-letters", "Safe Durham Partnership", "Adult D12")
    w = WordDoc("Arial", 11)
    _look(w, 1.15, 6)
    cover(w, g)
    contents(w, [("Introduction", "3"), ("Terms of reference", "3"), ("Lessons learned", "9"),
                 ("Recommendations", "10"), ("Action plan", "11"), ("Glossary", "12")])  # fmt: skip
    w.heading("Introduction", 1)
    _intro(w, g, fill=2)
    w.heading("Terms of reference", 1)
    from annotations.wordproc.vocab import TOR_ITEMS

    for k, item in enumerate(TOR_ITEMS, 1):
        _typed(w, f"({'i' * k})", item)
    w.heading("Lessons learned", 1)
    for k, lesson in enumerate(LESSONS12[:3], 1):
        _typed(w, f"L{k}", lesson)
    w.heading("Recommendations", 1)
    trust = pick(pool, "Durham", "North Tees", 1, used)
    board = pick(pool, "Durham", "Safe Durham Partnership", 2, used)
    pairs = []
    for number, real in (("1", trust[0]), ("2a", board[0]), ("2b", board[1])):
        _typed(w, f"{number}.", real.text)
        pairs.append((g.rec(real, number, "overview"), real))
    w.heading("Action plan", 1)
    names = {"hospital": "North Tees and Hartlepool NHS Foundation Trust",
             "community_safety_partnership": "Safe Durham Partnership"}  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Owner", "Target date", "Progress"]]
    dates = [("March 2017", "Ongoing"), ("28/02/2018", "In place"), ("June 2018", "TBC")]
    for k, (rec, real) in enumerate(pairs):
        lead = gold_lead(real, names)
        for j, target in enumerate(dates[k]):
            text = ACTIONS[(2 * k + j) % len(ACTIONS)]
            plan_action(rec, real, text, lead, target)
            rows.append([rec.number if j == 0 else None, text, lead, target,
                         "Update given 11/10/2017" if j == 0 else "Not yet started"])  # fmt: skip
    w.table(rows, [2.6, 6.4, 3.6, 2.2, 2.6], font_size=9.5)
    w.heading("Glossary", 1)
    w.para("NTHFT - North Tees and Hartlepool NHS Foundation Trust. SDPB - Safe Durham Partnership Board.")
    _header_footer(w, f"Safe Durham Partnership - DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_table_run_in_labels(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent, Calibri 10.5: contents; terms of reference and lessons in one Word list "1." that the
    recommendations do not share; an Agency | Recommendation | Target date table whose recommendation cells
    open with a bold "Recommendation N:" run-in label; each target an implied action."""
    g = Gold("dev12-10-table-run-in-labels", "Kent Community Safety Partnership", "Mrs L12")
    w = WordDoc("Calibri", 10.5)
    _look(w, 1.1, 6)
    cover(w, g)
    contents(w, [("Introduction", "3"), ("Terms of reference", "3"), ("Lessons learned", "12"),
                 ("Recommendations", "13"), ("Glossary", "15")])  # fmt: skip
    w.heading("Introduction", 1)
    _intro(w, g, fill=1)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    w.heading("Terms of reference", 1)
    tor(w, (nid, 0), None, more=1)
    w.heading("Lessons learned", 1)
    for lesson in LESSONS12[:3]:
        w.para(lesson, num=(nid, 0))
    w.heading("Recommendations", 1)
    w.para("The recommendations, the agency that leads on each and the date agreed:")
    w.table([["Agency", "Recommendation", "Target date"]], [3.4, 10.6, 2.6], font_size=10)
    table = w.doc.tables[-1]
    dates = ["Q2 2018/19", "March 2017", "Ongoing", "31st March 2019", "6 months", "December 2017"]
    for k, real in enumerate(pick(pool, "Kent", "", 6, used), 1):
        lead = gold_lead(real, KENT_NAMES)
        cells = table.add_row().cells
        cells[0].text = lead
        p = cells[1].paragraphs[0]
        p.add_run(f"Recommendation {k}: ").bold = True
        p.add_run(real.text)
        cells[2].text = dates[k - 1]
        for cell in cells:
            for run in (r for para in cell.paragraphs for r in para.runs):
                from docx.shared import Pt

                run.font.size = Pt(10)
        rec = g.rec(real, str(k), "overview")
        implied_action(rec, real, lead, dates[k - 1])
    w.heading("Glossary", 1)
    w.para("KMPT - Kent and Medway NHS and Social Care Partnership Trust.")
    _header_footer(w, f"Kent DHR {g.subject}\tOFFICIAL", "Page {n} of {m}")
    return w, g


def dev_exec_summary_columns(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Harlow, an executive summary (document type), Arial 10 on two columns: a short contents list; lessons
    as bullets; the recommendations as Word bullets under a bold "All agencies" line (number null); a closing
    Recommendation | Lead | Timescale table repeating them, each timescale an implied action."""
    g = Gold(
        "dev12-11-exec-summary-columns",
        "Harlow Community Safety Partnership",
        "Adult H12",
        "executive_summary",
    )
    w = WordDoc("Arial", 10)
    _look(w, 1.1, 6)
    cover(w, g, "Executive Summary")
    contents(
        w,
        [("1. The review", "2"), ("2. Lessons learned", "3"), ("3. Recommendations", "3")],
        dots=False,
        brk=False,
    )
    w.section(columns=2)
    w.heading("1. The review", 1)
    _intro(w, g, fill=2)
    w.heading("2. Lessons learned", 1)
    bullets = w.abstract([Level("bullet", "\uf0b7")])
    nid = w.num(bullets)
    for lesson in LESSONS12:
        w.para(lesson, num=(nid, 0))
    w.heading("3. Recommendations", 1)
    w.para("All agencies", bold=True, keep_with_next=True)
    nid = w.num(bullets)
    reals = pick(pool, "Harlow", "", 3, used)
    recs = []
    for real in reals:
        w.para(real.text, num=(nid, 0))
        recs.append(g.rec(real, None, "overview", "All agencies"))
    w.para(CLOSING12)
    w.para("Summary of recommendations", bold=True)
    rows: list[list[str | None]] = [["Recommendation", "Lead", "Timescale"]]
    for rec, real, target in zip(recs, reals, ["Within 3 months of publication", "12 months", "Ongoing"],
                                 strict=True):  # fmt: skip
        rows.append([real.text, "All agencies", target])
        implied_action(rec, real, "All agencies", target)
    w.table(rows, [3.6, 1.9, 2.5], font_size=8)
    _header_footer(w, f"Harlow DHR {g.subject} - Executive Summary", "Page {n} of {m}")
    return w, g


def dev_footnotes_lettered_lessons(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sefton, Cambria 11 (substituted): contents; terms of reference in a legal list "2.1" .. that also
    numbers "Lessons learned" "7.1" ..; the recommendations a separate Word list "1." with footnotes in two of
    them (glossary entries); an appendix plan Recommendation | Lead | Action | Target merged down."""
    g = Gold("dev12-12-footnotes-lettered-lessons", "Sefton Community Safety Partnership", "Adult T12")
    w = WordDoc("Cambria", 11)
    _look(w, 1.15, 6)
    cover(w, g)
    contents(w, [("1. Introduction", "3"), ("2. Terms of reference", "3"), ("7. Lessons learned", "13"),
                 ("8. Recommendations", "14"), ("Appendix 1: Action plan", "15")])  # fmt: skip
    ch = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2")]))
    w.heading("Introduction", 1, num=(ch, 0))
    _intro(w, g, (ch, 1), fill=1)
    w.heading("Terms of reference", 1, num=(ch, 0))
    tor(w, (ch, 1), None, more=2)
    for title in ("Background", "Chronology", "Analysis", "Conclusions"):
        w.heading(title, 1, num=(ch, 0))
        w.para(FILLER if title != "Conclusions" else PANEL_PROSE[0], num=(ch, 1))
    w.heading("Lessons learned", 1, num=(ch, 0))
    for lesson in LESSONS12:
        w.para(lesson, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The panel recommends:", num=(ch, 1))
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    notes = {"MARAC": "MARAC - a meeting where agencies share information on the highest risk cases.",
             "Mental": "The Mental Capacity Act 2005 applies to everyone aged 16 and over."}  # fmt: skip
    pairs = []
    for real in pick(pool, "Sefton", "", 7, used):
        note = next(((word, text) for word, text in notes.items() if word in real.text), None)
        pairs.append((g.rec(real, w.para(real.text, num=(nid, 0), footnote=note), "overview"), real))
    w.page_break()
    w.heading("Appendix 1: Action plan", 1)
    names = {"police": "Merseyside Police", "probation_service": "National Probation Service",
             "community_safety_partnership": "Sefton CSP", "marac": "MARAC Steering Group"}  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Lead", "Action", "Target"]]
    dates = ["6 months", "Ongoing", "Q3 2017/18", "30/09/2017", "TBC", "End of March 2018", "12 months"]
    for k, (rec, real) in enumerate(pairs):
        lead = gold_lead(real, names)
        text = ACTIONS[(k + 3) % len(ACTIONS)]
        plan_action(rec, real, text, lead, dates[k])
        rows.append([f"{rec.number}. {rec.text}", lead, text, dates[k]])
    w.table(rows, [6.6, 3.0, 4.8, 2.2], font_size=9.5)
    _header_footer(w, f"Sefton DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_theme_titles_fields(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk, Arial 11, PDF/A-2b: contents; lessons as "Lesson N" Heading 3 titles; the recommendations
    under theme headings (Heading 2) numbered on across them by "Recommendation N" Heading 3 titles, each text
    followed by "Lead agency:" and "Timescale:" lines (the timescale its target date, no action)."""
    g = Gold("dev12-13-theme-titles-fields", "Norfolk County Community Safety Partnership", "Adult R12")
    w = WordDoc("Arial", 11)
    _look(w, 1.15, 6)
    cover(w, g)
    contents(w, [("Introduction", "3"), ("Lessons learned", "11"), ("Recommendations", "12"),
                 ("Safeguarding and health", "12"), ("Partnership and national", "13"), ("Glossary", "15")])  # fmt: skip
    w.heading("Introduction", 1)
    _intro(w, g, fill=2)
    w.heading("Lessons learned", 1)
    for k, lesson in enumerate(LESSONS12[:3], 1):
        w.heading(f"Lesson {k}", 3)
        w.para(lesson)
    w.heading("Recommendations", 1)
    health = [
        *pick(pool, "Norfolk", "Cambridgeshire", 1, used),
        *pick(pool, "Norfolk", "NHS England", 1, used),
    ]
    wider = [*pick(pool, "Norfolk", "Norfolk County Community", 1, used),
             *pick(pool, "Norfolk", "", 2, used)]  # fmt: skip
    names = {"local_health_trust": "Cambridgeshire Community Services",
             "community_safety_partnership": "Norfolk County Community Safety Partnership"}  # fmt: skip
    times = ["March 2017", "12 months", "January 2019", "Ongoing", "30/09/2017"]
    k = 0
    for theme, group in (("Safeguarding and health", health), ("Partnership and national", wider)):
        w.heading(theme, 2)
        for real in group:
            k += 1
            w.heading(f"Recommendation {k}", 3)
            w.para(real.text)
            w.para(f"Lead agency: {gold_lead(real, names)}")
            w.para(f"Timescale: {times[k - 1]}")
            rec = g.rec(real, str(k), "overview", theme)
            rec.target_date = TARGETS12[times[k - 1]]
    w.para(CLOSING12)
    w.heading("Glossary", 1)
    w.para("NHCP - Norfolk Healthy Child Programme. UPW - Unpaid Work.")
    _header_footer(w, f"Norfolk DHR {g.subject} - Overview Report", "Page {n} of {m}")
    return w, g


def dev_findings_recs(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Nottingham, Times New Roman 11: contents; a "Findings and recommendations" chapter where each bold
    "Finding N" paragraph ("should have", not a recommendation) is followed by a bold "Recommendation N"
    line and the text; then "Lessons learned" as a numbered list continuing the chapter's numbers; an action
    plan No. | Agency | Action | Completion date (targets) | Evidence (dated, not targets)."""
    g = Gold("dev12-14-findings-recs", "Nottingham Crime and Drugs Partnership", "Adult F12")
    w = WordDoc("Times New Roman", 11)
    _look(w, 1.0, 8)
    cover(w, g)
    contents(w, [("Introduction", "3"), ("Findings and recommendations", "9"), ("Lessons learned", "12"),
                 ("Action plan", "13")])  # fmt: skip
    w.heading("Introduction", 1)
    _intro(w, g, fill=1)
    w.heading("Findings and recommendations", 1)
    reals = [*pick(pool, "Nottingham", "Nottinghamshire Police", 2, used),
             *pick(pool, "Nottingham", "Adult Social Care", 1, used),
             *pick(pool, "Nottingham", "Recovery Network", 1, used)]  # fmt: skip
    pairs = []
    for k, real in enumerate(reals, 1):
        w.para(f"Finding {k}", bold=True, keep_with_next=True)
        w.para(FINDINGS[k - 1])
        w.para(f"Recommendation {k}", bold=True, keep_with_next=True)
        w.para(real.text)
        pairs.append((g.rec(real, str(k), "overview"), real))
    w.heading("Lessons learned", 1)
    nid = w.num(w.abstract([Level("decimal", "%1.")]), restart={0: 5})
    for lesson in LESSONS12[:3]:
        w.para(lesson, num=(nid, 0))
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["No.", "Agency", "Action", "Completion date", "Evidence"]]
    dates = ["End of December 2017", "Q1 2018/19", "Immediate", "01/02/2018"]
    for k, (rec, real) in enumerate(pairs):
        lead = gold_lead(real, NOTTINGHAM_NAMES)
        text = ACTIONS[(k + 6) % len(ACTIONS)]
        plan_action(rec, real, text, lead, dates[k])
        rows.append([rec.number, lead, text, dates[k], "Audit report dated 19/04/2018" if k % 2 == 0 else ""])
    w.table(rows, [1.2, 3.6, 6.2, 2.6, 3.0], font_size=9.5)
    _header_footer(w, f"Nottingham DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_landscape_progress(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cornwall, Arial 10: contents; terms of reference bulleted; lessons "Learning 1" .. run-in; the
    recommendations only in a landscape No. | Recommendation | Lead | Target date | Progress update table
    (the update cells dated, not targets), its header repeated over the page break; each target an implied
    action; portrait again for the glossary."""
    g = Gold("dev12-15-landscape-progress", "Safer Cornwall", "Adult E12")
    w = WordDoc("Arial", 10)
    _look(w, 1.1, 6)
    cover(w, g)
    contents(w, [("Introduction", "3"), ("Terms of reference", "3"), ("Learning", "12"),
                 ("Recommendations and progress", "13"), ("Glossary", "16")])  # fmt: skip
    w.heading("Introduction", 1)
    _intro(w, g, fill=1)
    w.heading("Terms of reference", 1)
    tor(w, (w.num(w.abstract([Level("bullet", "\uf0b7")])), 0), None, more=1)
    w.heading("Learning", 1)
    for k, lesson in enumerate(LESSONS12, 1):
        w.para(lesson, label_run=f"Learning {k}: ")
    w.section(landscape=True)
    w.heading("Recommendations and progress", 1)
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead", "Target date", "Progress update"]]
    dates = [
        "Q4 2017/18",
        "September 2018",
        "Complete",
        "30th June 2018",
        "Within 6 months",
        "April 2018 - review quarterly",
    ]
    updates = ["Policy agreed 06/12/2017", "Training dates set", "Completed 01/08/2017", "", "Awaiting reply",
               "First review held 03/05/2018"]  # fmt: skip
    for k, real in enumerate(pick(pool, "Cornwall", "", 6, used), 1):
        lead = gold_lead(real, CORNWALL_NAMES)
        rows.append([str(k), real.text, lead, dates[k - 1], updates[k - 1]])
        implied_action(g.rec(real, str(k), "overview"), real, lead, dates[k - 1])
    w.table(rows, [1.2, 12.0, 4.0, 3.2, 5.0], font_size=9.5)
    w.section(landscape=False)
    w.heading("Glossary", 1)
    w.para("IoS - Isles of Scilly.")
    _header_footer(w, f"Safer Cornwall DHR {g.subject}", "Page {n} of {m}")
    return w, g


DEV12B = {
    "dev12-09-durham-letters": dev_durham_letters,
    "dev12-10-table-run-in-labels": dev_table_run_in_labels,
    "dev12-11-exec-summary-columns": dev_exec_summary_columns,
    "dev12-12-footnotes-lettered-lessons": dev_footnotes_lettered_lessons,
    "dev12-13-theme-titles-fields": dev_theme_titles_fields,
    "dev12-14-findings-recs": dev_findings_recs,
    "dev12-15-landscape-progress": dev_landscape_progress,
}
#: The whole batch, in order.
DEV12 = {**DEV12A, **DEV12B}


def main(argv: list[str] | None = None) -> int:
    """Write ``dev12/`` through ``build.build`` (kept out of ``build.py``'s folder list while the batch is
    blind; the lead may register it there after scoring)."""
    return run_batch(DEV12, "dev12", argv, PDF_OPTIONS_12)


if __name__ == "__main__":
    sys.exit(main())
