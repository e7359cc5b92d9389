"""Build the level blind set K (``docs.py``) with the level sets' shared builder (set F's writer in set C's
layouts: each document as DOCX, its LibreOffice PDF export and one gold for both forms).

Rebuild (LibreOffice needed): ``python -m tests.extraction.level_blind_k.build [--no-pdf]``.
"""

from __future__ import annotations

from pathlib import Path

from tests.extraction.level_blind_common import set_builder
from tests.extraction.level_blind_k.docs import DOCS

build, main = set_builder(Path(__file__).resolve().parent, DOCS)

if __name__ == "__main__":
    main()
