"""Build the level blind set J (``docs.py``) in set C's layouts: each document as DOCX, its LibreOffice PDF export,
and its gold (``<name>.gold.json``, set C's format: the CSP's places, each recommendation's text, printed heading
or Lead cell, agencies and level; one gold for both forms). Set F's writer builds them, with its running header on
every page and its "Foreword" before the introduction.

Rebuild (LibreOffice needed): ``python -m tests.extraction.level_blind_j.build [--no-pdf]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.extraction.level_blind_f.build import build as _build_in_set_f_layouts
from tests.extraction.level_blind_j.docs import DOCS

HERE = Path(__file__).resolve().parent


def build(out: Path = HERE, pdf: bool = True) -> None:
    """Write each document into ``out`` with its gold (and, with ``pdf``, its LibreOffice PDF export), by set F's
    writer (set C's layouts, the running header and foreword)."""
    _build_in_set_f_layouts(out, pdf, docs=DOCS)


if __name__ == "__main__":
    build(pdf="--no-pdf" not in sys.argv)
