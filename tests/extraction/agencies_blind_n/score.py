"""Score the fourteenth agencies blind set with the fifth set's scoring path (set D's scorer on this folder):
extraction agencies P/R/F1 over (recommendation, agency) pairs and recommendations F1, by form, and the
classification of each gold text with its printed heading, Lead cell, Agency cell or lead-in as context.

Run: ``python -m tests.extraction.agencies_blind_n.score [-v]`` (``-v`` prints each wrong recommendation).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.extraction.agencies_blind_d.score import set_commands

# set D's scorer and the blind sets' command line on this folder
score, main = set_commands(Path(__file__).resolve().parent, __doc__ or "")

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
