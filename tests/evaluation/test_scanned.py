"""evaluation/scanned.py: image-only copies of gold PDFs and the side-by-side table (no OCR run here)."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from evaluation.extraction import ExtractionMetrics
from evaluation.scanned import ScannedRun, main, make_scanned_copy

TEXT = "Recommendation 1: Thames Valley Police should review its training on coercive control."


@pytest.fixture()
def text_pdf(tmp_path: Path) -> Path:
    doc = pymupdf.open()
    for _ in range(2):
        doc.new_page().insert_text((72, 100), TEXT, fontsize=11)
    path = tmp_path / "report.pdf"
    doc.save(path)
    return path


@pytest.mark.parametrize("noise", [False, True])
def test_scanned_copy_is_image_only(text_pdf: Path, tmp_path: Path, noise: bool) -> None:
    out = tmp_path / "scan.pdf"
    assert make_scanned_copy(text_pdf, out, dpi=100, noise=noise) == 2
    with pymupdf.open(out) as doc:
        assert doc.page_count == 2
        for page in doc:
            assert page.get_text().strip() == ""
            assert page.get_images()
            assert page.rect == pymupdf.Rect(0, 0, 595, 842)


def test_table_shows_both_columns_and_ocr_time() -> None:
    run = ScannedRun(
        digital=ExtractionMetrics(),
        scanned=ExtractionMetrics(),
        digital_docs=[],
        scanned_docs=[],
        pages=4,
        ocr_pages=4,
        ocr_seconds=10.0,
        digital_seconds=1.0,
        scanned_seconds=11.0,
    )
    table = run.table()
    assert "digital P" in table and "scanned P" in table and "recommendations" in table
    assert "2.50 s/page" in table
    assert run.summary()["ocr_seconds_per_page"] == 2.5


def test_folder_without_gold_pdfs_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--gold", str(tmp_path), "--no-mlflow"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --gold ") and err.count("\n") == 1
