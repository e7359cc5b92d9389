"""Score the level blind set H with set C's scorer (the CSP read from each report, each recommendation's level
by form, and the classifier's level on the gold texts with and without the gold CSP).

Run: ``python -m tests.extraction.level_blind_h.score [-v]`` (``-v`` lists every wrong CSP and level).
"""

from __future__ import annotations

from pathlib import Path

from tests.extraction.level_blind_c.score import main as _main
from tests.extraction.level_blind_c.score import score as _score_set

HERE = Path(__file__).resolve().parent


def score(verbose: bool = False) -> dict[str, dict[str, float]]:
    return _score_set(verbose, folder=HERE)


def main(argv: list[str] | None = None) -> int:
    return _main(argv, folder=HERE, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    raise SystemExit(main())
