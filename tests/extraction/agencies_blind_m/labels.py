"""The agency ids only set M needs and the small layout helpers its two document modules share (``build.py``
holds the first six documents, ``build_b.py`` the other six; kept apart so that each stays short)."""

from __future__ import annotations

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.agencies_blind_common import Tagged
from tests.extraction.plans.build import Doc

# the shared short names (P, HOSP, ... as sets G-L use them), ``keep``, ``summary``, ``glossary``, ``scope_plan``
# and ``keep_rows_whole`` are in ``tests.extraction.agencies_blind_common``; these are the ones only this set needs
MASH, UNI = "mash", "university"

#: (printed context: a Lead cell, Agency cell or tag; the recommendation's text; its agencies)
Rows = Tagged


def agency_table(w: WordDoc, d: Doc, rows: Rows, first: str = "Agency") -> None:
    """A two-column table <first> | Recommendation, the number typed at the start of each recommendation cell;
    the agency cell is the item's printed context."""
    table: list[list[str | None]] = [[first, "Recommendation"]]
    for n, (agency, text, agencies) in enumerate(rows, start=1):
        d.rec(str(n), text, agencies).heading = agency
        table.append([agency, f"{n}. {text}"])
    w.table(table, [5.0, 11.5], font_size=10)


def typed(w: WordDoc, d: Doc, recs: list[tuple[str, list[str]]]) -> None:
    """Paragraphs that open with a typed bold "Recommendation N: " (no Word numbering, no heading)."""
    for n, (text, agencies) in enumerate(recs, start=1):
        w.para(text, label_run=f"Recommendation {n}: ")
        d.rec(str(n), text, agencies)
