"""The agency ids only set N needs and the small layout helpers its two document modules share (``build.py``
holds the first six documents, ``build_b.py`` the other six; kept apart so that each stays short)."""

from __future__ import annotations

from annotations.wordproc.worddoc import Level, WordDoc
from tests.extraction.agencies_blind_common import Blocks, Tagged
from tests.extraction.plans.build import Doc

# the shared short names (P, HOSP, ... as sets G-M use them), ``keep``, ``summary``, ``glossary``, ``scope_plan``
# and ``keep_rows_whole`` are in ``tests.extraction.agencies_blind_common``; these are the ones only this set needs
MASH, UNI, IMM = "mash", "university", "immigration_enforcement"
DHSC, MOJ, MHCLG = "dhsc", "ministry_of_justice", "mhclg"

#: (printed context: a Lead cell, Agency cell or run-in label; the recommendation's text; its agencies)
Rows = Tagged


def legal(w: WordDoc, d: Doc, chapter: int, title: str, blocks: Blocks) -> None:
    """Legal numbering: the chapter heading numbered ``chapter`` ("14 Recommendations"), each agency heading one
    level down ("14.1 West Midlands Police") and its recommendations below it ("14.1.1"); the agency heading is
    each item's printed context."""
    levels = [Level("decimal", "%1"), Level("decimal", "%1.%2"), Level("decimal", "%1.%2.%3")]
    nid = w.num(w.abstract(levels), restart={0: chapter})
    w.heading(title, 1, num=(nid, 0))
    for heading, recs in blocks:
        w.heading(heading, 2, num=(nid, 1))
        for text, agencies in recs:
            d.rec(w.para(text, num=(nid, 2)), text, agencies).heading = heading


def agency_post_table(w: WordDoc, d: Doc, rows: list[tuple[str, str, str, list[str]]]) -> None:
    """No | Agency | Recommendation | Lead officer (a post, not a body): the Agency cell is the item's context."""
    table: list[list[str | None]] = [["No", "Agency", "Recommendation", "Lead officer"]]
    for n, (agency, text, post, agencies) in enumerate(rows, start=1):
        d.rec(str(n), text, agencies).heading = agency
        table.append([str(n), agency, text, post])
    w.table(table, [1.0, 3.6, 8.6, 3.3], font_size=10)


def lead_lines(w: WordDoc, d: Doc, items: Rows, label: str = "Lead agency: ") -> None:
    """Numbered recommendations, each followed by its own plain line "Lead agency: X" (the lead is printed after
    the text, not before it); the lead's name is the item's printed context."""
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for lead, text, agencies in items:
        number = w.para(text, num=(nid, 0)).rstrip(".")
        w.para(label + lead, size=10)
        d.rec(number, text, agencies).heading = lead


def bold_bullets(w: WordDoc, d: Doc, blocks: Blocks) -> None:
    """A bold plain paragraph (no heading style) naming each agency, its recommendations as bullets (no number)
    under it; the bold line is each item's printed context."""
    bullets = w.abstract([Level("bullet", "\u2022")])
    for heading, recs in blocks:
        w.para(heading, bold=True, keep_with_next=True)
        nid = w.num(bullets)
        for text, agencies in recs:
            w.para(text, num=(nid, 0))
            d.rec(None, text, agencies).heading = heading
