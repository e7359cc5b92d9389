"""Score the level blind set K with set C's scorer on this folder: the CSP read from each report, each
recommendation's level by form, and the classifier's level on the gold texts with and without the gold CSP.
Run: ``python -m tests.extraction.level_blind_k.score [-v]`` (``-v`` lists every wrong CSP and level).
"""

from __future__ import annotations

from pathlib import Path

from tests.extraction.level_blind_c.score import set_commands

# set C's score and main (``set_commands`` holds the wrapper sets D-K share)
score, main = set_commands(Path(__file__).resolve().parent, __doc__ or "")

if __name__ == "__main__":
    raise SystemExit(main())
