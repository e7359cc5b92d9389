"""Score the thirteenth agencies blind set with the fifth set's scoring path (set D's scorer on this folder):
extraction agencies P/R/F1 over (recommendation, agency) pairs and recommendations F1, by form, and the
classification of each gold text with its printed heading, Lead cell, Agency cell or lead-in as context.

Run: ``python -m tests.extraction.agencies_blind_m.score [-v]`` (``-v`` prints each wrong recommendation).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.extraction.agencies_blind.score import cli
from tests.extraction.agencies_blind_d.score import score as _score_set

HERE = Path(__file__).resolve().parent


def score(verbose: bool = False) -> dict[str, dict[str, float]]:
    """This set's extraction figures by form and its classification figure (key ``classify``)."""
    return _score_set(verbose, folder=HERE)


def main(argv: list[str] | None = None) -> int:
    return cli(score, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
