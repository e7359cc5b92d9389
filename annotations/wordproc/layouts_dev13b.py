"""The ``dev13/`` documents ``dev13-05``..``14`` and the batch's runner: whole reports typeset as councils did in
2020-2025, as in ``layouts_dev13.py`` (its docstring has the batch's aim and rules).

Build (LibreOffice needed): ``python -m annotations.wordproc.layouts_dev13b [--only NAME ...] [--no-pdf]``
writes ``dev13/`` with ``build.build`` (the same writer, PDF check and gold as every other folder); score (the
lead, once, blind): ``python -m annotations.wordproc.score dev13``.
"""

import sys

from annotations.wordproc.batch import run_batch
from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev13 import (
    ACTIONS13,
    BULLETS,
    CHAPTERS,
    CLOSING13,
    COMPLETED,
    DATES,
    DEV13A,
    LEGAL2,
    LESSONS13,
    OUTCOMES,
    accessible,
    act,
    bullet_actions,
    bullet_points,
    cut,
    gold,
    heading_of,
    lead,
    look,
    marking,
    numbered_chapters,
    scope,
    section,
    shade_header,
    shade_span_rows,
    take,
    title_page,
)
from annotations.wordproc.worddoc import Level, WordDoc

_TAGGED = '{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
#: LibreOffice PDF export options per document: accessible templates exported as tagged PDF, one PDF/A-2b.
PDF_OPTIONS_13: dict[str, str] = {
    "dev13-01-dardr-numbered-paragraphs": _TAGGED,
    "dev13-04-landscape-outcome-plan": _TAGGED,
    "dev13-08-learning-chapter": _TAGGED,
    "dev13-10-durham-numbered-bullets": _TAGGED,
    "dev13-13-landscape-plan-only": '{"SelectPdfVersion":{"type":"long","value":"2"}}',
}


def dev_two_column_summary_repeat(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sefton DHR, Times New Roman 11: an executive summary in two columns (continuous section) whose Word
    list "1." .. repeats the recommendations; the body gives them again in one column under agency headings
    (Heading 2) in a list numbered on across them, with the same numbers (each counts once)."""
    g = gold("dev13-05-two-column-summary-repeat", "Sefton", "Adult S13")
    w = WordDoc("Times New Roman", 11)
    look(w, 1.0, 6, justified=True)
    title_page(w, g, "Domestic Homicide Review", "Overview Report and Executive Summary", "May 2021")
    reals = take(pool, "Sefton", [0, 1, 3, 5, 2, 4, 6], used)
    w.heading("Executive summary", 1)
    section(w, columns=2, continuous=True)
    for text in CHAPTERS[7][1] + CHAPTERS[10][1]:
        w.para(text)
    w.para("The review makes seven recommendations:", bold=True)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in reals:
        w.para(real.text, num=(nid, 0))
    section(w)
    w.heading("Introduction", 1)
    for text in CHAPTERS[0][1] + CHAPTERS[3][1] + CHAPTERS[9][1]:
        w.para(text)
    w.heading("Learning", 1)
    for k, lesson in enumerate(LESSONS13[:3], 1):
        w.para(lesson, label_run=f"Learning point {k}: ")
    w.heading("Recommendations", 1)
    body = w.num(w.abstract([Level("decimal", "%1.")]))
    last = ""
    for real in reals:
        head = heading_of(real, "Sefton")
        if head != last:
            w.heading(head, 2)
            last = head
        g.rec(real, w.para(real.text, num=(body, 0)), "single_agency", head)
    w.para(CLOSING13[0])
    marking(w, f"Sefton Community Safety Partnership - DHR {g.subject}", "Page {n} of {m}", centred=False)
    return w, g


def dev_portrait_plan_first_row(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent DHR, Georgia 11 (substituted): recommendations as a Word list "1."; a portrait appendix plan No. |
    Recommendation | Action | Lead | Target date | Completed whose recommendation text sits only in the first
    row of its block (the rows below it blank, not merged), a light shaded header repeated over pages."""
    g = gold("dev13-06-portrait-plan-first-row", "Kent", "Mr K13")
    w = WordDoc("Georgia", 11)
    look(w, 1.15, 6)
    title_page(w, g, "Domestic Homicide Review", date="February 2023")
    for title, paras in (CHAPTERS[0], CHAPTERS[7], CHAPTERS[9]):
        w.heading(title, 1)
        for text in paras:
            w.para(text)
    w.heading("Learning", 1)
    nid = w.num(w.abstract(BULLETS))
    for lesson in LESSONS13[1:4]:
        w.para(lesson, num=(nid, 0))
    w.heading("Recommendations", 1)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    pairs = []
    for real in take(pool, "Kent", [0, 1, 2, 4, 5], used):
        pairs.append((g.rec(real, w.para(real.text, num=(nid, 0)), "overview"), real))
    w.page_break()
    w.heading("Appendix 1: Action plan", 1)
    rows: list[list[str | None]] = [["No.", "Recommendation", "Action", "Lead", "Target date", "Completed"]]
    k = 0
    for n, (rec, real) in enumerate(pairs):
        who = lead(real, "Kent")
        for j in range(3 if n % 2 == 0 else 2):
            text, target = ACTIONS13[(k + 1) % len(ACTIONS13)], DATES[(k + 2) % len(DATES)]
            act(rec, real, text, who, target)
            rows.append([str(rec.number) if j == 0 else "", rec.text if j == 0 else "", text, who, target,
                         COMPLETED[(k + 1) % len(COMPLETED)]])  # fmt: skip
            k += 1
    w.table(rows, [0.9, 5.0, 3.6, 2.2, 2.4, 2.3], font_size=9)
    shade_header(w, "D9D9D9", white=False)
    marking(w, f"Kent DHR {g.subject} - Overview Report", "Page {n} of {m}")
    return w, g


def dev_single_multi_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk DARDR, Calibri 11: "Multi-agency recommendations" 1-2 then "Single agency recommendations"
    numbered on 3-6, each under a Heading 3 naming its agency; a portrait plan appendix split into a "Single
    agency" table then a "Multi-agency" table (shaded spanning rows above each), Rec | Action | Lead | Target
    date | Completed, the recommendation cell merged down over its actions."""
    g = gold("dev13-07-single-multi-plan", "Norfolk", "Adult Q13")
    w = WordDoc("Calibri", 11)
    look(w, 1.1, 6)
    title_page(w, g, "Domestic Abuse Related Death Review", date="January 2025")
    for title, paras in (CHAPTERS[0], CHAPTERS[4], CHAPTERS[10]):
        w.heading(title, 1)
        for text in paras:
            w.para(text)
    w.heading("Recommendations", 1)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    multi = take(pool, "Norfolk", [3, 4], used)
    single = take(pool, "Norfolk", [7, 8, 11, 6], used)
    pairs = []
    w.heading("Multi-agency recommendations", 2)
    for real in multi:
        pairs.append((g.rec(real, w.para(real.text, num=(nid, 0)), "overview"), real))
    w.heading("Single agency recommendations", 2)
    for real in single:
        head = heading_of(real, "Norfolk")
        w.heading(head, 3)
        pairs.append((g.rec(real, w.para(real.text, num=(nid, 0)), "single_agency", head), real))
    section(w)
    w.heading("Appendix B: Action plan", 1)
    k = 0
    for title, block in (("Single agency", pairs[2:]), ("Multi-agency", pairs[:2])):
        rows: list[list[str | None]] = [["Rec", "Action", "Lead", "Target date", "Completed"], [title]]
        for rec, real in block:
            who = lead(real, "Norfolk")
            for j in range(2):
                text, target = ACTIONS13[(k + 4) % len(ACTIONS13)], DATES[(k + 7) % len(DATES)]
                act(rec, real, text, who, target)
                rows.append([f"{rec.number}. {rec.text}" if j == 0 else None, text, who, target,
                             COMPLETED[k % len(COMPLETED)]])  # fmt: skip
                k += 1
        w.table(rows, [5.0, 3.6, 3.4, 2.4, 2.0], font_size=9)
        shade_header(w, "44546A")
        shade_span_rows(w)
    marking(w, f"Norfolk DARDR {g.subject}", "{n}")
    return w, g


def dev_learning_chapter(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Harlow DARDR, accessible (Arial 12, 24 pt headings): a "Learning" chapter of "Learning 1" .. Heading 3
    titles over advice worded "should" (none a recommendation); the recommendations a Word list "R1" .. under
    an "All agencies" Heading 2; a plan Rec | Action | Lead | Target date | Outcome by reference ("R1")."""
    g = gold("dev13-08-learning-chapter", "Harlow", "Adult H13")
    w = WordDoc("Arial", 12)
    accessible(w, 12, (24, 18, 14))
    title_page(w, g, "Domestic Abuse Related Death Review", date="October 2023")
    for title, paras in (CHAPTERS[0], CHAPTERS[6], CHAPTERS[7], CHAPTERS[9]):
        w.heading(title, 1)
        for text in paras:
            w.para(text)
    w.heading("Learning", 1)
    w.para("The panel identified five areas of learning. They are not recommendations, but agencies should "
           "use them in their training and supervision.")  # fmt: skip
    for k, lesson in enumerate(LESSONS13, 1):
        w.heading(f"Learning {k}", 3)
        w.para(lesson)
    w.heading("Recommendations", 1)
    w.heading("All agencies", 2)
    nid = w.num(w.abstract([Level("decimal", "R%1")]))
    pairs = []
    for real in take(pool, "Harlow", [0, 1, 2], used):
        pairs.append((g.rec(real, w.para(real.text, num=(nid, 0)), "overview", "All agencies"), real))
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["Rec", "Action", "Lead", "Target date", "Outcome"]]
    k = 0
    for rec, real in pairs:
        who = lead(real, "Harlow")
        for _ in range(2):
            text, target = ACTIONS13[(k + 2) % len(ACTIONS13)], DATES[(k + 9) % len(DATES)]
            act(rec, real, text, who, target)
            rows.append([rec.number, text, who, target, OUTCOMES[k % len(OUTCOMES)]])
            k += 1
    w.table(rows, [1.2, 5.8, 2.8, 2.6, 4.0], font_size=10)
    shade_header(w, "7030A0")
    marking(w, f"Harlow DARDR: {g.subject}", "Page {n} of {m}")
    return w, g


def dev_imr_appendix_repeat(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Nottingham DHR, Arial 10.5: "Single agency recommendations" under agency Heading 2s, one Word list "1."
    numbered on across them; Appendix C repeats each agency's IMR recommendations in an Agency | IMR
    recommendation table (agency cells merged down, no numbers; each counts once, with the body's number)."""
    g = gold("dev13-09-imr-appendix-repeat", "Nottingham", "Adult M13")
    w = WordDoc("Arial", 10.5)
    look(w, 1.15, 6)
    title_page(w, g, "Domestic Homicide Review", date="June 2020")
    for title, paras in (CHAPTERS[0], CHAPTERS[3], CHAPTERS[8], CHAPTERS[9], CHAPTERS[10]):
        w.heading(title, 1)
        for text in paras:
            w.para(text)
    w.heading("Lessons learned", 1)
    nid = w.num(w.abstract(BULLETS))
    for lesson in LESSONS13[:3]:
        w.para(lesson, num=(nid, 0))
    w.heading("Single agency recommendations", 1)
    w.para("Each agency made recommendations in its IMR; the panel endorses them.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    groups: list[tuple[str, list[RealRec]]] = []
    for real in take(pool, "Nottingham", [0, 1, 2, 3, 5, 6, 7], used):
        head = heading_of(real, "Nottingham")
        if not groups or groups[-1][0] != head:
            groups.append((head, []))
        groups[-1][1].append(real)
    for head, group in groups:
        w.heading(head, 2)
        for real in group:
            g.rec(real, w.para(real.text, num=(nid, 0)), "single_agency", head)
    w.para(CLOSING13[1])
    w.page_break()
    w.heading("Appendix C: IMR recommendations", 1)
    w.para("The recommendations each agency made in its individual management review are repeated here.")
    rows: list[list[str | None]] = [["Agency", "IMR recommendation"]]
    for head, group in groups:
        for j, real in enumerate(group):
            rows.append([head if j == 0 else None, real.text])
    w.table(rows, [4.2, 12.2], font_size=10)
    shade_header(w, "BDD7EE", white=False)
    marking(w, f"DHR {g.subject} - Nottingham Crime and Drugs Partnership", "Page {n}")
    return w, g


def dev_durham_numbered_bullets(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Durham DARDR, accessible (Verdana 11): every paragraph numbered "1" / "1.1" without dots; the
    recommendations "14.2" .. among them, each followed by a bold "Actions" line and Word bullets carrying
    the action, its lead and target date."""
    g = gold("dev13-10-durham-numbered-bullets", "Durham", "Adult D13")
    w = WordDoc("Verdana", 11)
    accessible(w, 11, (20, 15, 12))
    title_page(w, g, "Domestic Abuse Related Death Review", date="April 2025")
    ch = w.num(w.abstract([Level("decimal", "%1"), Level("decimal", "%1.%2")]))
    numbered_chapters(w, ch, CHAPTERS, tor_at=2)
    w.heading("Learning", 1, num=(ch, 0))
    for lesson in LESSONS13[2:]:
        w.para(lesson, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The panel makes three recommendations. The actions agreed for each are listed beneath it.",
           num=(ch, 1))  # fmt: skip
    bullets = w.abstract(BULLETS)
    for k, real in enumerate(take(pool, "Durham", [0, 1, 2], used)):
        rec = g.rec(real, w.para(real.text, num=(ch, 1)), "overview")
        bullet_actions(w, rec, real, "Durham", bullets, 3 * k + 1, n=3)
    w.heading("Next steps", 1, num=(ch, 0))
    for text in CLOSING13[:2]:
        w.para(text, num=(ch, 1))
    marking(w, f"Safe Durham Partnership - DARDR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_numbered_table_header(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Kent DHR, Arial 11: every paragraph numbered "1." / "1.1" (chapters 1-15); the recommendations chapter's
    "14.1" points to a No. | Recommendation | Lead | Target date table in 11 pt with a shaded header row marked
    to repeat (each row an implied action), then "14.2" and "15. Next steps"."""
    g = gold("dev13-11-numbered-table-header", "Kent", "Mrs L13")
    w = WordDoc("Arial", 11)
    look(w, 1.15, 6)
    title_page(w, g, "Domestic Homicide Review", date="August 2021")
    ch = w.num(w.abstract(LEGAL2))
    numbered_chapters(w, ch, CHAPTERS, tor_at=3)
    w.heading("Learning", 1, num=(ch, 0))
    for lesson in LESSONS13[:3]:
        w.para(lesson, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The panel's recommendations are set out in the table below with the agency that will lead.",
           num=(ch, 1))  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead", "Target date"]]
    pairs = []
    for k, real in enumerate(take(pool, "Kent", [0, 1, 2, 4, 5, 7], used), 1):
        who, target = lead(real, "Kent"), DATES[(k + 3) % len(DATES)]
        rows.append([str(k), real.text, who, target])
        pairs.append((g.rec(real, str(k), "overview"), real, who, target))
    w.table(rows, [1.0, 9.0, 3.6, 2.8], font_size=11)
    shade_header(w, "C00000")
    for rec, real, who, target in pairs:
        act(rec, real, real.text, who, target)
    w.para("Each lead agency will report progress to the partnership every quarter.", num=(ch, 1))
    w.heading("Next steps", 1, num=(ch, 0))
    for text in CLOSING13:
        w.para(text, num=(ch, 1))
    marking(w, f"Kent and Medway DHR - {g.subject}", "OFFICIAL - SENSITIVE - Page {n} of {m}")
    return w, g


def dev_cornwall_split_first_row(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cornwall DHR, Calibri 11: recommendations a Word list "1." under agency Heading 2s, the GP policy text's
    sentences as sub-points "(a)", "(b)"; a portrait plan under "Multi-agency" and "Single agency" headings,
    Recommendation | Action | Lead | Target date | Completed, the text only in the block's first row."""
    g = gold("dev13-12-cornwall-split-first-row", "Cornwall", "Adult E13")
    w = WordDoc("Calibri", 11)
    look(w, 1.1, 6)
    title_page(w, g, "Domestic Homicide Review", date="December 2022")
    for title, paras in (CHAPTERS[0], CHAPTERS[5], CHAPTERS[9]):
        w.heading(title, 1)
        for text in paras:
            w.para(text)
    w.heading("Recommendations", 1)
    nid = w.num(w.abstract([Level("decimal", "%1."), Level("lowerLetter", "(%2)")]))
    pairs = []
    last = ""
    for real in take(pool, "Cornwall", [3, 0, 1, 2, 4, 5], used):
        head = heading_of(real, "Cornwall")
        if head != last:
            w.heading(head, 2)
            last = head
        if real.text.startswith("We recommend that there should be"):
            parts = cut(real.text, "These policies", "Such a policy")
            label = w.para(parts[0], num=(nid, 0))
            for part in parts[1:]:
                w.para(part, num=(nid, 1))
        else:
            label = w.para(real.text, num=(nid, 0))
        pairs.append((g.rec(real, label, "single_agency", head), real))
    w.page_break()
    w.heading("Action plan", 1)
    k = 0
    for title, block in (("Multi-agency", pairs[:1]), ("Single agency", pairs[1:])):
        w.heading(title, 2)
        rows: list[list[str | None]] = [["Recommendation", "Action", "Lead", "Target date", "Completed"]]
        for rec, real in block:
            who = lead(real, "Cornwall")
            for j in range(2):
                text, target = ACTIONS13[(k + 5) % len(ACTIONS13)], DATES[(k + 11) % len(DATES)]
                act(rec, real, text, who, target)
                rows.append([f"{rec.number}. {rec.text}" if j == 0 else "", text, who, target,
                             COMPLETED[(k + 2) % len(COMPLETED)]])  # fmt: skip
                k += 1
        w.table(rows, [5.4, 3.8, 2.6, 2.4, 2.2], font_size=9)
        shade_header(w, "D9E2F3", white=False)
    marking(w, f"Safer Cornwall - Domestic Homicide Review - {g.subject}", "Page {n} of {m}")
    return w, g


def dev_landscape_plan_only(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sefton DARDR, Arial 11, PDF/A-2b: a summary in two columns; the recommendations chapter points to the
    plan; a landscape plan Recommendation | Scope | Action | Lead | Target date | Outcome | Completed holds them
    ("1. text" merged down over two actions, scope merged), a dark header row repeated over pages."""
    g = gold("dev13-13-landscape-plan-only", "Sefton", "Adult T13")
    w = WordDoc("Arial", 11)
    look(w, 1.15, 6)
    title_page(w, g, "Domestic Abuse Related Death Review", date="March 2025")
    w.heading("Summary", 1)
    section(w, columns=2, continuous=True)
    for text in CHAPTERS[0][1] + CHAPTERS[7][1] + CHAPTERS[8][1] + CHAPTERS[10][1]:
        w.para(text)
    section(w, continuous=True)
    w.heading("Learning", 1)
    for k, lesson in enumerate(LESSONS13[:4], 1):
        w.para(lesson, label_run=f"Lesson {k}. ")
    w.heading("Recommendations", 1)
    w.para(
        "The panel's seven recommendations, with the actions agreed for each, are in the plan at Appendix 2."
    )
    section(w, landscape=True)
    w.heading("Appendix 2: Action plan", 1)
    rows: list[list[str | None]] = [
        ["Recommendation", "Scope", "Action", "Lead", "Target date", "Outcome", "Completed"]
    ]
    k = 0
    for n, real in enumerate(take(pool, "Sefton", [0, 1, 2, 3, 4, 5, 6], used), 1):
        rec = g.rec(real, str(n), "overview")
        who = lead(real, "Sefton")
        for j in range(2):
            text, target = ACTIONS13[(k + 6) % len(ACTIONS13)], DATES[(k + 4) % len(DATES)]
            act(rec, real, text, who, target)
            first = j == 0
            rows.append([f"{n}. {real.text}" if first else None, scope(real) if first else None, text, who,
                         target, OUTCOMES[(k + 2) % len(OUTCOMES)], COMPLETED[(k + 3) % len(COMPLETED)]])  # fmt: skip
            k += 1
    w.table(rows, [6.0, 2.0, 5.2, 3.6, 2.6, 3.8, 2.4], font_size=9)
    shade_header(w, "203864")
    marking(w, f"Sefton DARDR {g.subject} - Overview Report", "Page {n} of {m}")
    return w, g


def dev_norfolk_numbered_subpoints(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk DHR, Times New Roman 12: every paragraph numbered "1." / "1.1"; a "Learning" chapter; the
    recommendations "14.2" .. under bold unnumbered agency lines, the Probation text's bullets and the two
    campaigns as the list's third level "(i)", "(ii)" .. (sub-points of one recommendation)."""
    g = gold("dev13-14-norfolk-numbered-subpoints", "Norfolk", "Adult R13")
    w = WordDoc("Times New Roman", 12)
    look(w, 1.0, 8, justified=True)
    title_page(w, g, "Domestic Homicide Review", date="November 2020")
    ch = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2"), Level("lowerRoman", "(%3)")]))
    numbered_chapters(w, ch, CHAPTERS, tor_at=1)
    w.heading("Learning", 1, num=(ch, 0))
    for lesson in LESSONS13[1:]:
        w.para(lesson, num=(ch, 1))
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The recommendations below are grouped by the agency that will lead on each.", num=(ch, 1))
    last = ""
    for real in take(pool, "Norfolk", [1, 0, 10, 9, 5, 2], used):
        head = heading_of(real, "Norfolk")
        if head != last:
            w.para(head, bold=True, keep_with_next=True)
            last = head
        if "\u2022" in real.text:
            parts = bullet_points(real)
        elif real.text.startswith("It is recommended that, alongside"):
            parts = cut(real.text, "The first", "the second")
        else:
            parts = [real.text]
        label = w.para(parts[0], num=(ch, 1))
        for part in parts[1:]:
            w.para(part, num=(ch, 2))
        g.rec(real, label, "single_agency", head, text=" ".join(parts))
    w.heading("Next steps", 1, num=(ch, 0))
    for text in CLOSING13[:2]:
        w.para(text, num=(ch, 1))
    marking(w, f"Norfolk DHR - {g.subject} - Overview Report", "Page {n} of {m}")
    return w, g


DEV13B = {
    "dev13-05-two-column-summary-repeat": dev_two_column_summary_repeat,
    "dev13-06-portrait-plan-first-row": dev_portrait_plan_first_row,
    "dev13-07-single-multi-plan": dev_single_multi_plan,
    "dev13-08-learning-chapter": dev_learning_chapter,
    "dev13-09-imr-appendix-repeat": dev_imr_appendix_repeat,
    "dev13-10-durham-numbered-bullets": dev_durham_numbered_bullets,
    "dev13-11-numbered-table-header": dev_numbered_table_header,
    "dev13-12-cornwall-split-first-row": dev_cornwall_split_first_row,
    "dev13-13-landscape-plan-only": dev_landscape_plan_only,
    "dev13-14-norfolk-numbered-subpoints": dev_norfolk_numbered_subpoints,
}
#: The whole batch, in order.
DEV13 = {**DEV13A, **DEV13B}


def main(argv: list[str] | None = None) -> int:
    """Write ``dev13/`` through ``build.build`` (kept out of ``build.py``'s folder list while the batch is
    blind; the lead may register it there after scoring)."""
    return run_batch(DEV13, "dev13", argv, PDF_OPTIONS_13)


if __name__ == "__main__":
    sys.exit(main())
