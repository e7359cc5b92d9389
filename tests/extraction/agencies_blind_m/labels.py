"""The agency ids only set M needs and the small layout helpers its two document modules share (``build.py``
holds the first six documents, ``build_b.py`` the other six; kept apart so that each stays short)."""

from __future__ import annotations

from docx.oxml import OxmlElement

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.agencies_blind_common import Tagged
from tests.extraction.plans.build import Doc

# the shared short names (P, HOSP, ... as sets G-L use them), ``keep`` and ``summary`` are in
# ``tests.extraction.agencies_blind_common``; these are the ones only this set needs
MASH, UNI = "mash", "university"

#: (printed context: a Lead cell, Agency cell or tag; the recommendation's text; its agencies)
Rows = Tagged


def glossary(w: WordDoc, title: str, pairs: list[tuple[str, str]]) -> None:
    """A heading and an Abbreviation | In full table (placed before or after the recommendations by the caller)."""
    w.heading(title, 1)
    w.table([["Abbreviation", "In full"], *[[a, b] for a, b in pairs]], [3.5, 13.0], font_size=10)


def scoped_table(w: WordDoc, d: Doc, rows: list[tuple[str, str, str, list[str]]], due: str) -> None:
    """The Home Office template's first columns: No | Recommendation | Scope | Lead agency | Target date, numbered
    from 1 (rows are (lead cell, text, scope, agencies)); the Lead cell is the item's printed context."""
    table: list[list[str | None]] = [["No", "Recommendation", "Scope", "Lead agency", "Target date"]]
    for n, (lead, text, scope, agencies) in enumerate(rows, start=1):
        d.rec(str(n), text, agencies).heading = lead
        table.append([str(n), text, scope, lead, due])
    w.table(table, [1.0, 8.3, 2.2, 3.2, 2.2], font_size=9)
    # rows kept whole over a page break ("Allow row to break across pages" off, as many plan templates set it)
    for row in w.doc.tables[-1].rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


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
