"""Score the level blind set D as set C is scored (``tests.extraction.level_blind_c.score``): the commissioning
CSP read from each report, each recommendation's level per form (DOCX and its PDF export), and the classifier's
level on the gold texts with and without the gold CSP.

Run: ``python -m tests.extraction.level_blind_d.score [-v]``.
"""

from __future__ import annotations

from pathlib import Path

from tests.extraction.level_blind_c.score import main as _main

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    return _main(argv, folder=HERE, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    raise SystemExit(main())
