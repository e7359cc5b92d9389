"""Score the level blind set D as set C is scored (``tests.extraction.level_blind_c.score``): the commissioning
CSP read from each report, each recommendation's level per form (DOCX and its PDF export), and the classifier's
level on the gold texts with and without the gold CSP.

Run: ``python -m tests.extraction.level_blind_d.score [-v]``.
"""

from __future__ import annotations

from pathlib import Path

from tests.extraction.level_blind_c.score import set_commands

HERE = Path(__file__).resolve().parent
# set C's score and main on this folder
score, main = set_commands(HERE, __doc__ or "")

if __name__ == "__main__":
    raise SystemExit(main())
