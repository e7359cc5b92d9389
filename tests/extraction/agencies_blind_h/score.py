"""Score the eighth agencies blind set with the fifth set's scoring path (set D's scorer on this folder):
extraction agencies P/R/F1 over (recommendation, agency) pairs and recommendations F1, by form, and the
classification of each gold text with its printed heading, Lead cell, tag or lead-in as context.

Run: ``python -m tests.extraction.agencies_blind_h.score [-v]`` (``-v`` prints each wrong recommendation).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.extraction.agencies_blind_d.score import set_commands

HERE = Path(__file__).resolve().parent

score, main = set_commands(HERE, __doc__)

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
