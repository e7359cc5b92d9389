"""The level blind sets' builder from set G on: set F's writer (set C's layouts, the running header and
foreword) on a set's own documents, with the command line each set's ``build.py`` had a copy of.

Sets G-J were moved onto it with their DOCX text and parts, gold and ``python -m ... [--no-pdf]`` calls compared
before and after (unchanged); sets D and E are written by set C's writer and keep their own short wrapper.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tests.extraction.level_blind_f.build import build as _build_in_set_f_layouts
from tests.extraction.level_blind_f.docs import FDoc


def set_builder(folder: Path, docs: Sequence[FDoc]) -> tuple[Callable[..., None], Callable[[], None]]:
    """A level set's ``build(out=folder, pdf=True)``, which writes each of ``docs`` into ``out`` with its gold
    (and, with ``pdf``, its LibreOffice PDF export) by set F's writer (set C's layouts, the running header and
    foreword), and its ``main`` (``--no-pdf`` on the command line leaves the PDFs out)."""

    def build(out: Path = folder, pdf: bool = True) -> None:
        _build_in_set_f_layouts(out, pdf, docs=docs)

    def main() -> None:
        build(pdf="--no-pdf" not in sys.argv)

    return build, main
