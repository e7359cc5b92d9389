"""The agency ids only set L needs and the small layout helpers its two document modules share (``build.py``
holds the first six documents, ``build_b.py`` the other six; kept apart so that each stays short)."""

from __future__ import annotations

from tests.extraction.agencies_blind_common import Tagged

# the shared short names (P, HOSP, ... as sets G-M use them), ``keep``, ``summary`` and ``glossary`` are in
# ``tests.extraction.agencies_blind_common``; these are the ones only this set needs
MASH, DHSC, MARAC = "mash", "dhsc", "marac"

#: (printed context: a Lead cell, Agency cell or run-in name; the recommendation's text; its agencies)
Rows = Tagged
