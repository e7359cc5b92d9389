"""The agency ids only set L needs and the small layout helpers its two document modules share (``build.py``
holds the first six documents, ``build_b.py`` the other six; kept apart so that each stays short)."""

from __future__ import annotations

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.agencies_blind_common import Tagged

# the shared short names (P, HOSP, ... as sets G-M use them), ``keep`` and ``summary`` are in
# ``tests.extraction.agencies_blind_common``; these are the ones only this set needs
MASH, DHSC, MARAC = "mash", "dhsc", "marac"

#: (printed context: a Lead cell, Agency cell or run-in name; the recommendation's text; its agencies)
Rows = Tagged


def terms(w: WordDoc, title: str, pairs: list[tuple[str, str]]) -> None:
    """A heading and a Term | Meaning table BEFORE the recommendations (the only place the initials the
    recommendations use are spelled out; set K put its glossary after them)."""
    w.heading(title, 1)
    w.table([["Term", "Meaning"], *[[a, b] for a, b in pairs]], [3.5, 13.0], font_size=10)
