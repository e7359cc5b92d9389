"""Build the level blind set D (``docs.py``) with set C's layouts and writer: each document as DOCX, its
LibreOffice PDF export, and its gold (``<name>.gold.json``, set C's format: the CSP's places, each
recommendation's text, printed heading or Lead cell, agencies and level; one gold for both forms).

Rebuild (LibreOffice needed): ``python -m tests.extraction.level_blind_d.build [--no-pdf]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.extraction.level_blind_c.build import build as build_set
from tests.extraction.level_blind_d.docs import DOCS

HERE = Path(__file__).resolve().parent


def build(out: Path = HERE, pdf: bool = True) -> None:
    build_set(out, pdf, DOCS)


if __name__ == "__main__":
    build(pdf="--no-pdf" not in sys.argv)
