"""PDFs from producers other than LibreOffice (``python -m evaluation.pdf_producers``): a sample of open-set
documents exported DOCX -> HTML by LibreOffice, then printed by headless Chromium (Skia/PDF) or laid out by
PyMuPDF's Story, kept in ``tests/extraction/pdf_producers`` with the DOCX's gold. Floors are what the reader
reads now (the probe's first run), so a reader change that loses ground shows; raise them as fixes land.

What each sample stresses (the probe's causes):
- ``dev-01-legal-overview-chromium``, ``dev3-06-numbered-paragraphs-story``: a raised footnote mark that the
  producer writes as a line of its own, so the mark stays in the words or cuts the line it sits in;
- ``dev-02-recno-bullets-chromium``, ``dev3-15-wingdings-bullets-chromium``: bullets drawn as small filled
  shapes, not glyphs, so the items of one list run together;
- ``dev3-04-six-column-plan-story``: a borderless action plan whose rows run over a page break.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.extraction import ExtractionMetrics, evaluate_folder
from evaluation.pdf_producers import SETS, documents

HERE = Path(__file__).resolve().parent / "pdf_producers"

#: name -> (recommendations tp at least, fp at most, actions with their date tp at least)
FLOORS: dict[str, tuple[int, int, int]] = {
    "dev-01-legal-overview-chromium": (6, 1, 0),
    "dev-02-recno-bullets-chromium": (1, 2, 0),
    "dev3-04-six-column-plan-story": (4, 0, 4),
    "dev3-06-numbered-paragraphs-story": (2, 4, 0),
    "dev3-15-wingdings-bullets-chromium": (3, 0, 0),
}


@pytest.fixture(scope="module")
def metrics() -> dict[str, ExtractionMetrics]:
    _total, results = evaluate_folder(HERE)
    assert not [r.name for r in results if r.failure]
    return {r.name: r.metrics for r in results}


def test_the_sample_is_what_the_floors_name(metrics: dict[str, ExtractionMetrics]) -> None:
    assert sorted(metrics) == sorted(FLOORS)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_other_producers_read_at_least_as_now(metrics: dict[str, ExtractionMetrics], name: str) -> None:
    tp, fp, dated = FLOORS[name]
    m = metrics[name]
    assert m.recommendations.tp >= tp
    assert m.recommendations.fp <= fp
    assert m.actions_target_date.tp >= dated


def test_the_probe_reads_only_the_open_sets() -> None:
    assert not [s for s in SETS if s.startswith("test") or s in {"dev13", "dev14"}]
    folders = {docx.parent.name for _set, docx, _gold in documents(["dev-0"])}
    assert folders <= set(SETS)
