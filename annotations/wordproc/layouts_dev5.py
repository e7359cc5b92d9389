"""The ``dev5/`` documents: a fifth batch of word-processor layouts, written and scored blind before any fixing,
then fixed against like ``dev/``..``dev4/``.

What they add: paragraph numbers typed with a tab and a hanging indent that run through a long narrative
chapter before the recommendations continue the count (``14.24``..``14.31``); a "Conclusions and
Recommendations" chapter whose lessons are numbered in the same automatic scheme; a three-column table whose
narrow text column wraps over many lines, with Word bullets inside cells (sub-points of a recommendation in one
column, a list of agencies in another), rows cut by page breaks under a repeated header; an appendix action
plan that repeats the recommendations under other references; Welsh and English side by side in table
columns; running headers that hold the word "Recommendations" on every page, "Page N of M" footers and
footnote marks glued to numbers; a small "Lead agency | Timescale" table under each recommendation.
``layouts_dev5b`` holds the rest.
"""

from docx.shared import Cm

from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import CONCLUSIONS, _intro
from annotations.wordproc.leads import NORFOLK_NAMES, gold_names
from annotations.wordproc.parts import closing, opening, pick
from annotations.wordproc.vocab import FOOTNOTES, INTRO_PROSE, LESSONS, TOR_ITEMS
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc, action

#: Narrative paragraphs of a long chapter, written here (none is a recommendation; a few use "should").
NARRATIVE = [
    "The victim had lived in the town for most of her adult life and was well known to her neighbours.",
    "In the months before her death she told a friend that she was frightened of what her partner might do.",
    "Her GP saw her four times in that year, each time for problems with sleep, and recorded low mood.",
    "The police attended the address twice after calls from neighbours who heard shouting late at night.",
    "On neither occasion was a risk assessment completed, because the victim said that nothing had happened.",
    "Officers should have spoken to the victim away from her partner; the force accepts that they did not.",
    "The perpetrator had a history of violence towards a previous partner that was held on police systems.",
    "That history was not known to the officers who attended, since the record was held under another name.",
    "The victim's daughter was at secondary school, and the school had noticed that she was often late.",
    "A referral to children's social care was discussed by the school but was never sent.",
    "The mental health trust saw the perpetrator once, after he was taken to hospital with an overdose.",
    "He was discharged the next morning with a leaflet and a plan to see his GP, which he did not keep.",
]
#: A Welsh side of each recommendation, written here for the bilingual layout (not translations of the
#: English: what matters is a column of Welsh beside the English that is not to be read as more items).
WELSH = [
    "Dylai'r asiantaeth adolygu ei pholisïau ar gam-drin domestig a rhannu'r dysgu o'r adolygiad hwn "
    "gyda'i staff i gyd.",
    "Dylai'r bartneriaeth sicrhau bod pob aelod o staff yn deall sut i gofnodi pryderon am ddiogelwch "
    "dioddefwyr.",
    "Dylai'r gwasanaeth iechyd ystyried a oes angen gwirio ansawdd y cofnodion a wneir gan feddygon teulu.",
    "Dylai'r heddlu atgoffa swyddogion o bwysigrwydd siarad â phlant sy'n byw mewn cartrefi lle ceir "
    "cam-drin domestig.",
]


def _hanging(w: WordDoc, text: str, indent_cm: float = 1.4) -> None:
    """A paragraph whose number is typed, then a tab, with a hanging indent (the text wraps under itself)."""
    w.para(text)
    fmt = w.doc.paragraphs[-1].paragraph_format
    fmt.left_indent = Cm(indent_cm)
    fmt.first_line_indent = Cm(-indent_cm)


def dev_continued_paragraphs(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Typed paragraph numbers with a tab and a hanging indent through the whole report; the chapter
    "14. Conclusions and recommendations" runs 14.1-14.23 of narrative, then an unnumbered "Recommendations"
    sub-heading and the recommendations continue the count, 14.24-14.31."""
    g = Gold("dev5-01-continued-paragraphs", "Kent Community Safety Partnership", "Mrs Z")
    w = WordDoc("Arial", 11)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.para(f"Overview report for the {g.csp}")
    w.heading("13.\tThe facts", 1)
    _hanging(w, "13.1\t" + INTRO_PROSE.format(csp=g.csp, subject=g.subject))
    for k, text in enumerate(NARRATIVE[:6], 2):
        _hanging(w, f"13.{k}\t{text}")
    w.heading("14.\tConclusions and recommendations", 1)
    for k in range(1, 24):
        _hanging(w, f"14.{k}\t{NARRATIVE[(k + 5) % len(NARRATIVE)]}")
    w.heading("Recommendations", 2)
    for k, real in enumerate(pick(pool, "Kent", "", 8, used), 24):
        _hanging(w, f"14.{k}\t{real.text}")
        g.rec(real, f"14.{k}", "overview")
    w.heading("15.\tGlossary", 1)
    _hanging(w, "15.1\tKMPT - Kent and Medway NHS and Social Care Partnership Trust.")
    _header_footer(w, f"Kent DHR {g.subject} - Overview Report", "Page {n} of {m}")
    return w, g


def dev_conclusions_lessons_scheme(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """One automatic two-level list from chapter 9: "9. Conclusions and Recommendations" holds conclusions
    (9.1-9.2), bold "Lessons learned" over lessons numbered 9.3-9.5 (worded with "should"), bold
    "Recommendations" over a lead-in (9.6) and the recommendations 9.7-9.14."""
    g = Gold("dev5-02-conclusions-lessons-scheme", "Nottingham Crime and Drugs Partnership", "Adult D")
    w = WordDoc("Calibri", 11)
    ch = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2")]), restart={0: 8})
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("Analysis", 1, num=(ch, 0))
    _intro(w, g, (ch, 1), fill=1)
    w.heading("Conclusions and Recommendations", 1, num=(ch, 0))
    for text in CONCLUSIONS[:2]:
        w.para(text, num=(ch, 1))
    w.para("Lessons learned", bold=True, keep_with_next=True)
    for lesson in LESSONS:
        w.para(lesson, num=(ch, 1))
    w.para("Recommendations", bold=True, keep_with_next=True)
    w.para("The panel recommends that:", num=(ch, 1))
    for real in pick(pool, "Nottingham", "", 8, used):
        g.rec(real, w.para(real.text, num=(ch, 1)), "overview")
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("DART - Domestic Abuse Referral Team.", num=(ch, 1))
    _header_footer(w, f"Nottingham DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_wrapping_table_bullets(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """No. | Recommendation | Agencies involved, 12 pt, the Recommendation column narrow so each cell wraps
    over many lines; one recommendation's sub-points as Word bullets inside its cell, the agencies of some rows
    as Word bullets in theirs; the header row repeated, rows cut by page breaks."""
    g = Gold("dev5-03-wrapping-table-bullets", "Norfolk County Community Safety Partnership", "Gail")
    w = WordDoc("Arial", 12)
    opening(w, g)
    w.para("The recommendations are set out below with the agencies involved in each.")
    bullets = w.num(w.abstract([Level("bullet", "\u2022")]))
    rows: list[list[str | None]] = [["No.", "Recommendation", "Agencies involved"]]
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    reals = pick(pool, "Norfolk", "", 6, used)
    bulleted = next(r for r in pool["Norfolk"] if "\u2022" in r.text)
    reals.insert(3, bulleted)
    for k, real in enumerate(reals, 1):
        rows.append([str(k), "", ""])
        r = len(rows) - 1
        if real is bulleted:
            head, *points = (part.strip() for part in real.text.split("\u2022"))
            cells[(r, 1)] = [(head, None), *((p, (bullets, 0)) for p in points)]
            g.rec(real, str(k), "overview", text=" ".join([head, *points]))
        else:
            cells[(r, 1)] = [(real.text, None)]
            g.rec(real, str(k), "overview")
        # the agencies of the recommendation's own gold (a list cycled beside the rows named bodies it is not for)
        agencies = gold_names(real, NORFOLK_NAMES)
        cells[(r, 2)] = [(a, (bullets, 0)) for a in agencies] if len(agencies) > 1 else [(agencies[0], None)]
    w.table(rows, [1.3, 8.2, 6.5], cell_numbering=cells, font_size=12)
    closing(w, "UPW - Unpaid Work.", f"Norfolk DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_appendix_renumbered(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Recommendations 1-6 in the body (a Word list), then a landscape appendix action plan that repeats each
    one's text under its own reference (PH1, PH2, HO1, ...) with actions, leads and target dates; each counts
    once, with the body's number, carrying the plan's actions."""
    g = Gold("dev5-04-appendix-renumbered", "Safer Cornwall", "Hazel")
    w = WordDoc("Arial", 11)
    opening(w, g, "Analysis")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    plan = [("Public Health", "PH", "Cornwall Public Health", "March 2017"),
            ("Public Health", "PH", "Cornwall Public Health", "Q3 2017/18"),
            ("Home Office", "HO", "Home Office", "Within 3 months of publication"),
            ("NHS Kernow", "NK", "NHS Kernow", "31/03/2018"),
            ("Devon & Cornwall Police", "DC", "Devon and Cornwall Police", "Ongoing"),
            ("NHS England", "NE", "NHS England", "December 2017")]  # fmt: skip
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Action to take", "Lead agency", "Target date"]]
    seen: dict[str, int] = {}
    for addressee, code, lead, when in plan:
        real = pick(pool, "Cornwall", addressee, 1, used)[0]
        rec = g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
        seen[code] = seen.get(code, 0) + 1
        act = f"{lead} to agree a plan for this recommendation and report on it to the partnership"
        rec.actions.append(action(act, lead, when))
        rows.append([f"{code}{seen[code]}", real.text, act, lead, when])
    w.para("Progress will be reported to the partnership board through the action plan in Appendix A.")
    w.section(landscape=True)
    w.heading("Appendix A: Action plan", 1)
    w.table(rows, [1.6, 9.5, 7.0, 4.0, 3.5], font_size=9)
    _header_footer(w, f"Safer Cornwall DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_welsh_columns(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """A bilingual report set out in two table columns, Welsh on the left and English on the right, under
    bilingual headings; the recommendations numbered "1." in both columns (only the English are gold)."""
    g = Gold("dev5-05-welsh-columns", "Kent Community Safety Partnership", "Mrs A")
    w = WordDoc("Arial", 11)
    w.para("Adolygiad Dynladdiad Domestig / Domestic Homicide Review", style="Title")
    w.heading("Cyflwyniad / Introduction", 1)
    w.table(
        [["Cymraeg", "English"],
         ["Comisiynwyd yr adolygiad hwn gan y bartneriaeth diogelwch cymunedol yn dilyn marwolaeth y dioddefwr.",
          INTRO_PROSE.format(csp=g.csp, subject=g.subject)]],
        [8.0, 8.0], font_size=10,
    )  # fmt: skip
    w.heading("Argymhellion / Recommendations", 1)
    rows: list[list[str | None]] = [["Cymraeg", "English"]]
    for k, real in enumerate(pick(pool, "Kent", "", 4, used), 1):
        rows.append([f"{k}. {WELSH[(k - 1) % len(WELSH)]}", f"{k}. {real.text}"])
        g.rec(real, str(k), "overview")
    w.table(rows, [8.0, 8.0], font_size=10)
    w.heading("Geirfa / Glossary", 1)
    w.table([["MARAC - Cynhadledd Asesu Risg Aml-Asiantaeth.", "MARAC - Multi-Agency Risk Assessment Conference."]],
            [8.0, 8.0], header_rows=0, font_size=10)  # fmt: skip
    _header_footer(
        w, "Adolygiad Dynladdiad Domestig / Domestic Homicide Review", "Tudalen {n} o {m} / Page {n} of {m}"
    )
    return w, g


def dev_header_recs_footnotes(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """A running header that says "Recommendations and Action Plan" on every page (narrative pages too), a
    "Page N of M" footer, bold typed labels "Recommendation N" on lines of their own over noun-phrase
    recommendations, a footnote mark glued to one label's number and one glued to a year in the narrative."""
    g = Gold("dev5-06-header-recs-footnotes", "Sefton Community Safety Partnership", "Adult F")
    w = WordDoc("Arial", 11)
    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading("The facts", 1)
    w.para(
        "The victim moved to the area in 2016 and registered with a local practice soon afterwards.",
        footnote=("2016", "The practice's records from before 2016 were not available to the review."),
    )
    for text in NARRATIVE:
        w.para(text)
    for _ in range(3):
        w.para(FILLER)
    w.heading("Recommendations", 1)
    w.para("The review makes the following recommendations to the partnership.")
    for k, real in enumerate(pick(pool, "Sefton", "", 7, used), 1):
        note = FOOTNOTES[0] if k == 3 else None
        w.para(f"Recommendation {k}", bold=True, keep_with_next=True,
               footnote=(f"Recommendation {k}", note[1]) if note else None)  # fmt: skip
        w.para(real.text)
        g.rec(real, str(k), "overview")
    closing(
        w,
        "MARAC - Multi-Agency Risk Assessment Conference.",
        f"Sefton DHR {g.subject}: Recommendations and Action Plan",
        "Page {n} of {m}",
    )
    return w, g


def dev_lead_timescale_tables(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Each recommendation a Word-numbered paragraph followed by a small two-column table (header row "Lead
    agency | Timescale", repeated where it breaks, then the values); enough of them that the page breaks cut
    between a recommendation and its table. Each carries one implied action with its timescale."""
    g = Gold("dev5-07-lead-timescale-tables", "Kent Community Safety Partnership", "Mr B")
    w = WordDoc("Arial", 11)
    opening(w, g, fill=2, heading="Terms of reference")
    for item in TOR_ITEMS:
        w.para(item)
    w.heading("Recommendations", 1)
    w.para("Each recommendation is followed by the agency that leads on it and the timescale it agreed.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    order = [("Kent Police", "Kent Police", "6 months"), ("KSCS", "Kent Children's Social Services", "March 2017"),
             ("NHS England", "NHS England", "12 months"), ("KMPT", "KMPT", "Q3 2017/18"),
             ("Kent and Medway CCG", "Kent and Medway CCG", "31/03/2018"),
             ("KCC Adult", "KCC Adult Social Care", "Ongoing")]  # fmt: skip
    for addressee, lead, when in order:
        real = pick(pool, "Kent", addressee, 1, used)[0]
        rec = g.rec(real, w.para(real.text, num=(nid, 0), keep_with_next=True), "overview")
        rec.actions.append(action(real.text, lead, when))
        w.table([["Lead agency", "Timescale"], [lead, when]], [8.0, 8.0], font_size=10)
    closing(w, "KSCS - Kent Specialist Children's Services.", f"Kent DHR {g.subject}", "Page {n} of {m}")
    return w, g
