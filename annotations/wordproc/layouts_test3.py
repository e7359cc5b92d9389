"""The ``test3/`` documents: a held-out set built from the real TEST split's recommendations, written once and
scored once by the lead, never fixed against.

Why it exists: several dev layouts printed real recommendations (picked with no addressee filter) under
headings, Lead cells or plan Responsible cells that their own report never printed, so the gold agencies (the
real labels) disagreed with the document, and an extractor following the labelling guide's rule 3 (a heading or
Lead cell gives the addressee of subject-less text) was scored wrong. Here the printed context always agrees
with each recommendation's real labels: a heading over recommendations is built from their own gold agencies
(they are grouped by their whole agency set, so no heading stands over a text whose gold lacks its agency), a
Lead cell or "Lead agency:" line is ``leads.real_lead`` of that recommendation, a plan's Scope cell its real
level, and a plan action's agencies are the recommendation's own.

The texts are placed by code and never printed: whoever writes or checks this module does not read them (the
build's own check that each gold text is in the PDF is structural). The titles, prose, actions and dates are
written here or taken from ``vocab``.
"""

from __future__ import annotations

import string
from functools import lru_cache

from annotations.real import load_recommendations
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _intro
from annotations.wordproc.layouts_dev6 import _columns
from annotations.wordproc.layouts_dev7 import CLOSING, PANEL_PROSE, _look, _opening, _title
from annotations.wordproc.leads import AGENCY_NAMES, real_lead
from annotations.wordproc.parts import _front, closing
from annotations.wordproc.vocab import COMMENTARY, HO_HEADER, LESSONS, SUMMARY_LEAD_IN, TARGETS
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc
from dhr.schema import Action

#: Actions of the plans (written here): generic steps any addressee takes to carry out a recommendation.
ACTIONS = [
    "Name a senior lead and agree an implementation plan for this recommendation",
    "Report progress against the plan to the partnership board",
    "Audit practice six months after the change and share the findings with the panel",
    "Brief frontline staff on the change through a seven minute briefing",
]
#: Target dates of the plans (each has its gold value in ``vocab.TARGETS``).
DATES = ["March 2017", "Q3 2017/18", "31/03/2018", "Ongoing", "End of March 2018", "6 months", "Q1 2018/19"]
#: Footnotes (written here; none of them a recommendation).
NOTES = [
    "The panel's finding on this point is set out in the analysis chapter of this report.",
    "See the agency's own review, summarised in the chronology at Appendix B.",
]


# --------------------------------------------------------------------------------------------------------------
# the test-split pool and how a document takes its recommendations
# --------------------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def test_pool() -> tuple[tuple[str, tuple[RealRec, ...]], ...]:
    """The test split's recommendations by commissioning CSP, largest area first (then by name), each area's in
    the loader's order; the CSP's written name where the item has one."""
    areas: dict[str, list[RealRec]] = {}
    for item in load_recommendations("test"):
        name = item.get("csp_name") or item["csp"]
        areas.setdefault(item["csp"], []).append(
            RealRec(
                csp=name,
                number=item.get("number"),
                text=" ".join(item["text"].split()),
                addressed_to=item.get("addressed_to") or "",
                agencies=list(item.get("agencies") or []),
                level=item.get("level") or "local",
                themes=list(item.get("themes") or ["other"]),
            )
        )
    order = sorted(areas, key=lambda key: (-len(areas[key]), key))
    return tuple((key, tuple(areas[key])) for key in order)


def _area(rank: int, start: int = 0, n: int = 99) -> tuple[str, list[RealRec]]:
    """The ``rank``-th area's written name and ``n`` of its recommendations from ``start`` on (wrapping round),
    each at most once; recommendations with no gold agency are left out (a layout printing an addressee would
    print one the gold lacks)."""
    _key, recs = test_pool()[rank]
    usable = [r for r in recs if r.agencies]
    n = min(n, len(usable))
    picked = [usable[(start + k) % len(usable)] for k in range(n)]
    return usable[0].csp, picked


def _area_any(rank: int, start: int = 0, n: int = 99) -> tuple[str, list[RealRec]]:
    """Like ``_area`` but keeping every recommendation (for layouts that print no addressee)."""
    _key, recs = test_pool()[rank]
    n = min(n, len(recs))
    return recs[0].csp, [recs[(start + k) % len(recs)] for k in range(n)]


def _names(agencies: list[str]) -> str:
    """A heading or agency cell naming exactly these gold agencies."""
    return " and ".join(AGENCY_NAMES.get(a, a.replace("_", " ").capitalize()) for a in agencies)


def _groups(recs: list[RealRec]) -> list[tuple[str, list[RealRec]]]:
    """The recommendations grouped by their whole gold agency set (in order of first appearance), each group
    under the heading naming that set: a heading never stands over a text whose gold lacks its agency."""
    groups: dict[tuple[str, ...], list[RealRec]] = {}
    for rec in recs:
        groups.setdefault(tuple(rec.agencies), []).append(rec)
    return [(_names(list(key)), members) for key, members in groups.items()]


def _csp_short(csp: str) -> str:
    return csp.replace(" Community Safety Partnership", "").strip() or csp


def _plan_action(real: RealRec, text: str, lead: str, target: str) -> Action:
    """A plan action whose Lead cell is the recommendation's own addressee and whose agencies are its gold."""
    return Action(
        text=text,
        agencies=real.agencies,  # type: ignore[arg-type]
        target_date=TARGETS[target],
        lead_text=lead,
        target_date_text=target,
    )


def _note_word(text: str) -> str | None:
    """A word of ``text`` a footnote mark can follow: alphabetic, six letters or more, and its first
    occurrence in the text a whole word (the mark is put after the first occurrence)."""
    for token in text.split():
        word = token.strip(string.punctuation)
        if len(word) < 6 or not word.isalpha():
            continue
        at = text.find(word)
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return word
    return None


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------


def test_agency_headings(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 11: a Heading 2 per agency set, named from its recommendations' own gold agencies; one Word list
    ("1.") numbering the recommendations on through the headings; running header and page footer."""
    csp, recs = _area(0, 0, 8)
    g = Gold("test3-01-agency-headings", csp, "Adult T")
    w = WordDoc("Arial", 11)
    _opening(
        w, g, prose=PANEL_PROSE[:1], lead_in="The recommendations are set out by the agency they are for."
    )
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for heading, members in _groups(recs):
        w.heading(heading, 2)
        for real in members:
            g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    closing(w, "MARAC - Multi-Agency Risk Assessment Conference.", f"DHR {g.subject}", "Page {n} of {m}")
    return w, g


def test_lead_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 11 (substituted): a No. | Recommendation | Lead table, typed numbers, each Lead cell the
    recommendation's own addressee (``real_lead``)."""
    csp, recs = _area(0, 6, 7)
    g = Gold("test3-02-lead-table", csp, "Mrs D")
    w = WordDoc("Calibri", 11)
    _look(w, 1.08, 8)
    _opening(w, g, prose=PANEL_PROSE[1:2], lead_in="The panel makes the following recommendations.")
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead"]]
    for k, real in enumerate(recs, 1):
        rows.append([str(k), real.text, real_lead(real)])
        g.rec(real, str(k), "overview")
    w.table(rows, [1.2, 11.3, 4.0], font_size=10)
    w.para(CLOSING)
    closing(w, "IDVA - Independent Domestic Violence Advisor.", f"{_csp_short(csp)} DHR", "{n}")
    return w, g


def test_home_office_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 11: the body's Word list ("1.") printing no addressee, then a landscape section with the Home
    Office action-plan template: Recommendation and Scope (its real level) merged down over two actions, the
    Lead Agency its own addressee (``real_lead``), target dates; each recommendation counts once, with the
    body's number, and carries the plan's actions."""
    csp, recs = _area(0, 10, 5)
    g = Gold("test3-03-home-office-plan", csp, "Ms K")
    w = WordDoc("Arial", 11)
    _opening(w, g, prose=PANEL_PROSE[2:3], lead_in="The review makes the recommendations below.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    golds = [g.rec(real, w.para(real.text, num=(nid, 0)), "overview") for real in recs]
    w.para("The action plan agreed by the partnership is at Appendix A.")
    w.section(landscape=True)
    w.heading("Appendix A: Action Plan", 1)
    w.para("Each agency has agreed the actions below; progress is reported to the partnership board.")
    rows: list[list[str | None]] = [list(HO_HEADER)]
    d = 0
    for k, (real, rec) in enumerate(zip(recs, golds, strict=True)):
        lead = real_lead(real)
        for j in range(2):
            text, target = ACTIONS[(k + j) % len(ACTIONS)], DATES[d % len(DATES)]
            d += 1
            rec.actions.append(_plan_action(real, text, lead, target))
            first = j == 0
            rows.append([
                f"{rec.number}. {rec.text}" if first else None, real.level.capitalize() if first else None,
                text, lead, "Briefing note drafted" if first else "", target, "",
            ])  # fmt: skip
    w.table(rows, [6.5, 2.4, 5.2, 3.4, 3.6, 2.3, 2.6], font_size=9)
    _header_footer(w, f"{_csp_short(csp)} DHR {g.subject}", "Page {n}")
    return w, g


def test_legal_lead_in(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 11: one legal list numbers the chapters ("5."), their paragraphs ("5.1.") and the recommendations
    ("5.2.1."): a numbered lead-in, each agency set a bold numbered paragraph named from its recommendations'
    gold agencies, the recommendations under it and a numbered panel commentary after; footnotes in the
    opening chapters."""
    csp, recs = _area(0, 3, 8)
    g = Gold("test3-04-legal-lead-in", csp, "Adult M")
    w = WordDoc("Arial", 11)
    legal = w.num(
        w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2."), Level("decimal", "%1.%2.%3.")])
    )
    _front(w, g, (legal, 0), fn=1)
    w.heading("Conclusions", 1, num=(legal, 0))
    w.para(PANEL_PROSE[0], num=(legal, 1))
    w.heading("Recommendations", 1, num=(legal, 0))
    w.para("The panel makes the following recommendations to the agencies named:", num=(legal, 1))
    for heading, members in _groups(recs):
        w.para(heading, num=(legal, 1), bold=True, keep_with_next=True)
        for real in members:
            g.rec(real, w.para(real.text, num=(legal, 2)), "overview")
    w.para(COMMENTARY[0], num=(legal, 1))
    w.para(COMMENTARY[1], num=(legal, 1))
    _header_footer(w, "OFFICIAL SENSITIVE", "Page {n} of {m}")
    return w, g


def test_recommendation_headings(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Cambria 11 (substituted): "Recommendation N" typed as Heading 3, the text under it, then a plain
    "Lead agency: X" line of its own addressee (``real_lead``)."""
    csp, recs = _area(1)
    g = Gold("test3-05-recommendation-headings", csp, "Mr S")
    w = WordDoc("Cambria", 11)
    _look(w, 1.15, 6)
    _opening(
        w, g, prose=PANEL_PROSE[3:4], lead_in="Each recommendation is followed by the agency leading it."
    )
    for k, real in enumerate(recs, 1):
        w.heading(f"Recommendation {k}", 3)
        w.para(real.text)
        w.para(f"Lead agency: {real_lead(real)}")
        g.rec(real, str(k), "overview")
    closing(w, "DASH - Domestic Abuse, Stalking and Harassment checklist.", f"DHR {g.subject}", "Page {n}")
    return w, g


def test_summary_body(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Serif 11: an executive summary lists the recommendations (Word list "1."); the body gives
    them again in a two-level list ("7.1") numbering on under unnumbered Heading 3 agency headings (each named
    from its recommendations' gold agencies); each counts once, with the body's number."""
    csp, recs = _area(0, 12, 6)
    groups = _groups(recs)
    ordered = [real for _h, members in groups for real in members]
    g = Gold("test3-06-summary-body", csp, "Ms B")
    w = WordDoc("Liberation Serif", 11)
    _title(w, g)
    w.heading("Executive summary", 1)
    w.para(PANEL_PROSE[1])
    w.para(SUMMARY_LEAD_IN)
    sid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in ordered:
        w.para(real.text, num=(sid, 0))
    ch = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2")]), restart={0: 6})
    w.heading("Analysis", 1, num=(ch, 0))
    _intro(w, g, num=(ch, 1), fill=1)
    w.heading("Recommendations", 1, num=(ch, 0))
    for heading, members in groups:
        w.heading(heading, 3)
        for real in members:
            g.rec(real, w.para(real.text, num=(ch, 1)), "overview")
    w.heading("Glossary", 1, num=(ch, 0))
    w.para("IMR - Individual Management Review.", num=(ch, 1))
    _header_footer(w, f"DHR {g.subject} - Overview Report", "{n}")
    return w, g


def test_footnotes_headers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10.5: Heading 2 agency headings (from the gold agencies) over a Word list ("1)"), footnote marks
    inside the recommendations (the notes at the page foot), a marked running header and "Page N of M"."""
    csp, recs = _area(2)
    g = Gold("test3-07-footnotes-headers", csp, "Adult R")
    w = WordDoc("Arial", 10.5)
    _look(w, 1.15, 6)
    _opening(w, g, fill=2, prose=PANEL_PROSE[2:3], lead_in="The panel recommends as follows.")
    nid = w.num(w.abstract([Level("decimal", "%1)")]))
    k = 0
    for heading, members in _groups(recs):
        w.heading(heading, 2)
        for real in members:
            word = _note_word(real.text)
            note = (word, NOTES[k % len(NOTES)]) if word else None
            k += 1
            g.rec(real, w.para(real.text, num=(nid, 0), footnote=note), "overview")
    w.para(CLOSING)
    _header_footer(w, f"OFFICIAL SENSITIVE - {_csp_short(csp)} DHR {g.subject}", "Page {n} of {m}")
    return w, g


def test_two_column(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10: the recommendations chapter in a two-column section (continuous breaks before and after):
    bold agency lines (from the gold agencies) over a Word list ("1.") numbering on through them."""
    csp, recs = _area(0, 14, 6)
    g = Gold("test3-08-two-column", csp, "Mrs H")
    w = WordDoc("Arial", 10)
    _title(w, g)
    w.heading("Introduction", 1)
    _intro(w, g, fill=1)
    w.heading("Recommendations", 1)
    _columns(w, 2)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for heading, members in _groups(recs):
        w.para(heading, bold=True, keep_with_next=True)
        for real in members:
            g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    _columns(w, 1)
    w.heading("Glossary", 1)
    w.para("GP - General Practitioner.")
    _header_footer(w, f"{_csp_short(csp)} DHR", "{n}")
    return w, g


def test_plain_list(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Times New Roman 12 (Liberation Serif in print): lessons learned as Word bullets, then a plain Word list
    ("1.") of recommendations with no addressee printed anywhere."""
    csp, recs = _area_any(0, 8, 8)
    g = Gold("test3-09-plain-list", csp, "Ms J")
    w = WordDoc("Times New Roman", 12)
    _title(w, g)
    w.heading("Introduction", 1)
    _intro(w, g, fill=1)
    w.heading("Lessons learned", 1)
    bid = w.num(w.abstract([Level("bullet", "\u2022")]))
    for lesson in LESSONS:
        w.para(lesson, num=(bid, 0))
    w.heading("Recommendations", 1)
    w.para("The review makes the following recommendations.")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in recs:
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.para(FILLER)
    closing(w, "CSP - Community Safety Partnership.", f"DHR {g.subject}", "Page {n}")
    return w, g


def test_agency_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10: an Agency | No. | Recommendation table, the Agency cell (from the gold agencies) merged down
    over its recommendations, typed numbers counting on through the table."""
    csp, recs = _area(0, 4, 7)
    g = Gold("test3-10-agency-table", csp, "Adult P")
    w = WordDoc("Arial", 10)
    _opening(w, g, prose=PANEL_PROSE[:1], lead_in="The recommendations, by the agency each is for:")
    rows: list[list[str | None]] = [["Agency", "No.", "Recommendation"]]
    k = 0
    for heading, members in _groups(recs):
        for j, real in enumerate(members):
            k += 1
            rows.append([heading if j == 0 else None, str(k), real.text])
            g.rec(real, str(k), "overview")
    w.table(rows, [3.6, 1.2, 11.7], font_size=10)
    closing(w, "MASH - Multi-Agency Safeguarding Hub.", f"DHR {g.subject}", "Page {n} of {m}")
    return w, g


def test_bullets_agency_lines(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Verdana 10 (substituted): bold "Agency: X" lines (from the gold agencies) over unnumbered Word bullets,
    each bullet one recommendation (no number)."""
    csp, recs = _area(0, 16, 6)
    g = Gold("test3-11-bullets-agency-lines", csp, "Mr W")
    w = WordDoc("Verdana", 10)
    _look(w, 1.15, 6)
    _opening(
        w, g, prose=PANEL_PROSE[3:4], lead_in="The panel's recommendations are listed under each agency."
    )
    bid = w.num(w.abstract([Level("bullet", "\u2022")]))
    for heading, members in _groups(recs):
        w.para(f"Agency: {heading}", bold=True, keep_with_next=True)
        for real in members:
            w.para(real.text, num=(bid, 0))
            g.rec(real, None, "overview")
    w.para(CLOSING)
    closing(w, "IDVA - Independent Domestic Violence Advisor.", f"DHR {g.subject}", "{n}")
    return w, g


TEST3 = {
    "test3-01-agency-headings": test_agency_headings,
    "test3-02-lead-table": test_lead_table,
    "test3-03-home-office-plan": test_home_office_plan,
    "test3-04-legal-lead-in": test_legal_lead_in,
    "test3-05-recommendation-headings": test_recommendation_headings,
    "test3-06-summary-body": test_summary_body,
    "test3-07-footnotes-headers": test_footnotes_headers,
    "test3-08-two-column": test_two_column,
    "test3-09-plain-list": test_plain_list,
    "test3-10-agency-table": test_agency_table,
    "test3-11-bullets-agency-lines": test_bullets_agency_lines,
}
