"""The agency ids only set K needs and the small layout helpers its two document modules share (``build.py``
holds the first six documents, ``build_b.py`` the other six; kept apart so that each stays short)."""

from __future__ import annotations

from annotations.wordproc.worddoc import Level, WordDoc
from tests.extraction.agencies_blind_common import Tagged
from tests.extraction.plans.build import Doc

# the shared short names (P, HOSP, ... as sets G-M use them), ``keep``, ``summary`` and ``glossary`` are in
# ``tests.extraction.agencies_blind_common``; these are the ones only this set needs
MASH = "mash"
CPS, HMCTS, MARAC, LAC = "crown_prosecution_service", "hmcts", "marac", "local_authority_commissioners"

#: (printed context: a Lead cell, tag or heading; the recommendation's text; its agencies)
Rows = Tagged


def lettered(w: WordDoc, d: Doc, blocks: list[tuple[str, list[tuple[str, list[str]]]]]) -> None:
    """A lead-in paragraph ("X, supported by Y, should:") over lettered items "a)", "b)" (each list restarting);
    the lead-in is each item's printed context."""
    letters = w.abstract([Level("lowerLetter", "%1)")])
    for lead_in, recs in blocks:
        w.para(lead_in)
        nid = w.num(letters, restart={0: 1})
        for text, agencies in recs:
            number = w.para(text, num=(nid, 0)).rstrip(")")
            d.rec(number, text, agencies).heading = lead_in
