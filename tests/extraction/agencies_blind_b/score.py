"""Score the second agencies blind set with the first set's scorer (same fields, same matching): extraction
agencies P/R/F1 over (recommendation, agency) pairs and recommendations F1, by form (DOCX, PDF, all).

Run: ``python -m tests.extraction.agencies_blind_b.score [-v]`` (``-v`` prints each wrong recommendation).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.extraction.agencies_blind.score import cli
from tests.extraction.agencies_blind.score import score as _score_folder

HERE = Path(__file__).resolve().parent


def score(verbose: bool = False) -> dict[str, dict[str, float]]:
    """This set's figures by form, computed by ``tests.extraction.agencies_blind.score``."""
    return _score_folder(verbose, folder=HERE)


def main(argv: list[str] | None = None) -> int:
    return cli(score, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
