"""The pieces every ``agencies_blind*`` builder shares from set c on: a document's front matter and
"Recommendations" heading (:func:`start`) and per-agency blocks of numbered recommendations, each heading kept as
its items' context (:func:`headed`).

Kept in one place so that sets c and d (and any later set) print these parts alike; the gold each builds is
unchanged by the move (their DOCX parts and gold were compared before and after).
"""

from __future__ import annotations

from annotations.wordproc.parts import _front
from annotations.wordproc.worddoc import WordDoc
from tests.extraction.plans.build import Doc, _numbered_body

Recs = list[tuple[str, list[str]]]
#: (agency heading, the recommendations under it with their agencies)
Blocks = list[tuple[str, Recs]]


def start(csp: str, subject: str, font: str = "Arial", heading: bool = True) -> tuple[WordDoc, Doc]:
    """A document's front matter, then (``heading``) its "Recommendations" heading; without it the caller writes
    its own lines first (a definition of "the Partnership", a glossary) and the heading after."""
    d = Doc(csp, subject)
    w = WordDoc(font, 11)
    _front(w, d, None, tor=False)  # type: ignore[arg-type]  # Doc has the csp and subject it reads
    if heading:
        w.heading("Recommendations", 1)
    return w, d


def headed(w: WordDoc, d: Doc, blocks: Blocks, level: int = 2) -> None:
    """One heading per block, its recommendations numbered under it (each heading kept as the item's context)."""
    for heading, recs in blocks:
        w.heading(heading, level)
        for rec in _numbered_body(w, d, recs):
            rec.heading = heading
