"""Score the fifth agencies blind set: extraction (the first set's scorer: agencies P/R/F1 over (recommendation,
agency) pairs and recommendations F1, by form) and classification (each gold recommendation's text, with the
heading, Lead cell, label or lead-in the document printed for it as context, through the shipped classifier:
agencies micro P/R/F1; the third set's scorer).

Run: ``python -m tests.extraction.agencies_blind_e.score [-v]`` (``-v`` prints each wrong recommendation).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.extraction.agencies_blind_d.score import set_commands

HERE = Path(__file__).resolve().parent

score, main = set_commands(HERE, __doc__)

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
