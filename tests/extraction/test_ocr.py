"""OCR of scanned PDF pages (extraction/readers/ocr.py and the PDF reader's use of it, readers/scanned.py).

The scanned fixture is made here: a small generated report page rendered to an image-only PDF. The engine is
loaded once per session; each OCR'd page takes about a second on the 2-core box.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf
import pytest

from dhr.errors import DocumentTooLargeError, NoTextLayerError, ProcessingTimeoutError
from dhr.settings import Settings
from extraction.readers import ocr, read
from extraction.readers.common import page_ranges

HEADING = "Recommendations"
REC = "Thames Valley Police should review its training on coercive control for all response officers."
BODY = (
    "The review panel considered the contact between the agencies and the victim in the period under review."
)


def _settings(**kwargs: Any) -> Settings:
    return Settings(**kwargs)


def _text_page(doc: Any) -> None:
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 90), HEADING, fontname="hebo", fontsize=16)
    page.insert_textbox(pymupdf.Rect(72, 110, 523, 200), "1. " + REC, fontname="helv", fontsize=11)
    page.insert_textbox(pymupdf.Rect(72, 210, 523, 300), BODY, fontname="helv", fontsize=11)


def _scanned(data: bytes, dpi: int = 150, keep_text_pages: frozenset[int] = frozenset()) -> bytes:
    """An image-only copy of a PDF (pages in ``keep_text_pages``, 1-based, stay as they are)."""
    src = pymupdf.open(stream=data, filetype="pdf")
    out = pymupdf.open()
    for page in src:
        if page.number + 1 in keep_text_pages:
            out.insert_pdf(src, from_page=page.number, to_page=page.number)
            continue
        pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
        new = out.new_page(width=page.rect.width, height=page.rect.height)
        new.insert_image(new.rect, pixmap=pix)
    return out.tobytes()


@pytest.fixture(scope="module")
def report_pdf() -> bytes:
    doc = pymupdf.open()
    _text_page(doc)
    return doc.tobytes()


@pytest.fixture(scope="module")
def scanned_pdf(report_pdf: bytes) -> bytes:
    return _scanned(report_pdf)


@pytest.fixture(scope="session")
def engine() -> Any:
    return ocr.get_engine()


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, " ".join(a.lower().split()), " ".join(b.lower().split())).ratio()


# --- the engine -------------------------------------------------------------------------------------------------


def test_models_are_the_bundled_files() -> None:
    import rapidocr

    package = Path(rapidocr.__file__).resolve().parent
    for path in ocr.model_paths().values():
        assert path.is_file() and package in path.parents


def test_engine_loads_once_with_embedded_characters(engine: Any) -> None:
    assert ocr.get_engine() is engine
    assert engine.text_rec.session.have_key()  # no character list to download
    assert engine.cfg.Det.model_path == str(ocr.model_paths()["det"])


# --- reading a scanned PDF --------------------------------------------------------------------------------------


def test_scanned_pdf_is_read_by_ocr(engine: Any, scanned_pdf: bytes) -> None:
    doc = read(scanned_pdf, filename="scan.pdf")
    assert doc.warnings == ["pages read by OCR (check the text): 1"]
    lines = doc.pages[0].lines
    rec_text = " ".join(line.text for line in lines if line.block == lines[1].block)
    assert _similar(rec_text, "1. " + REC) > 0.9, rec_text
    assert _similar(doc.text, "\n".join([HEADING, "1. " + REC, BODY])) > 0.9
    heading = lines[0]
    assert heading.text == HEADING
    assert 60 < heading.x0 < 80 and 70 < heading.y0 < 95  # PDF points, not pixels
    assert heading.size > lines[1].size or heading.bold
    assert 9.5 <= lines[1].size <= 12.5
    # paragraphs hold together: the recommendation's lines share a block, the next paragraph has its own
    blocks = [line.block for line in lines]
    assert len(set(blocks)) == 3, [(ln.block, ln.text) for ln in lines]
    assert doc.tables(1) == []


def test_partly_scanned_pdf_ocrs_only_the_image_pages(engine: Any, report_pdf: bytes) -> None:
    two = pymupdf.open(stream=report_pdf, filetype="pdf")
    two.insert_pdf(pymupdf.open(stream=report_pdf, filetype="pdf"))
    data = _scanned(two.tobytes(), keep_text_pages=frozenset({1}))
    doc = read(data, filename="mixed.pdf")
    assert doc.warnings == ["pages read by OCR (check the text): 2"]
    assert _similar(doc.pages[1].text, doc.pages[0].text) > 0.9


def test_blank_scan_gives_no_text_layer(engine: Any) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 60, 80), False)
    pix.clear_with(230)
    page.insert_image(page.rect, pixmap=pix)
    with pytest.raises(NoTextLayerError, match=r"^blank\.pdf: no text layer: .*OCR found no text"):
        read(doc.tobytes(), filename="blank.pdf")


def test_ocr_off_gives_no_text_layer(scanned_pdf: bytes) -> None:
    with pytest.raises(NoTextLayerError, match=r"^scan\.pdf: no text layer: .*OCR is off \(DHR_OCR=off\)"):
        read(scanned_pdf, filename="scan.pdf", settings=_settings(ocr="off"))


def test_ocr_setting_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DHR_OCR", "off")
    monkeypatch.setenv("DHR_OCR_DPI", "200")
    settings = Settings()
    assert settings.ocr == "off" and settings.ocr_dpi == 200


def test_ocr_unavailable_gives_no_text_layer(monkeypatch: pytest.MonkeyPatch, scanned_pdf: bytes) -> None:
    def broken(*_: Any, **__: Any) -> Any:
        raise ocr.OcrUnavailableError("the OCR engine is not installed or broken (rapidocr: No module)")

    monkeypatch.setattr(ocr, "read_page", broken)
    with pytest.raises(NoTextLayerError, match=r"^scan\.pdf: no text layer: .*OCR is unavailable") as info:
        read(scanned_pdf, filename="scan.pdf")
    assert "\n" not in str(info.value)


def test_engine_failure_skips_the_page_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, report_pdf: bytes
) -> None:
    def fails(*_: Any, **__: Any) -> Any:
        raise RuntimeError("onnxruntime: bad allocation")

    monkeypatch.setattr(ocr, "ocr_image", fails)
    two = pymupdf.open(stream=report_pdf, filetype="pdf")
    two.insert_pdf(pymupdf.open(stream=report_pdf, filetype="pdf"))
    doc = read(_scanned(two.tobytes(), keep_text_pages=frozenset({1})), filename="mixed.pdf")
    assert "pages OCR could not read (skipped): 2" in doc.warnings
    assert REC[:40] in doc.text


def test_engine_failure_on_every_page_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, scanned_pdf: bytes
) -> None:
    def fails(*_: Any, **__: Any) -> Any:
        raise ocr.OcrFailedError("the OCR engine failed (RuntimeError: boom)")

    monkeypatch.setattr(ocr, "read_page", fails)
    with pytest.raises(NoTextLayerError, match=r"OCR found no text on it \(1 page\(s\) failed\)"):
        read(scanned_pdf, filename="scan.pdf")


def test_too_many_scanned_pages_names_the_limit(monkeypatch: pytest.MonkeyPatch, scanned_pdf: bytes) -> None:
    monkeypatch.setattr(ocr, "read_page", lambda *a, **k: pytest.fail("OCR must not run over the limit"))
    two = pymupdf.open(stream=scanned_pdf, filetype="pdf")
    two.insert_pdf(pymupdf.open(stream=scanned_pdf, filetype="pdf"))
    with pytest.raises(
        DocumentTooLargeError, match=r"2 scanned pages .*OCR limit of 1 pages \(DHR_OCR_MAX_PAGES\)"
    ):
        read(two.tobytes(), filename="big.pdf", settings=_settings(ocr_max_pages=1))


def test_deadline_stops_ocr(scanned_pdf: bytes) -> None:
    with ocr.ocr_deadline(0.0), pytest.raises(ProcessingTimeoutError, match="limit"):
        read(scanned_pdf, filename="scan.pdf")
    ocr.check_deadline()  # outside the block: no deadline


def test_small_image_on_blank_page_is_not_ocrd(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "read_page", lambda *a, **k: pytest.fail("a logo page must not be OCR'd"))
    doc = pymupdf.open()
    page = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 20, 20), False)
    pix.clear_with(0)
    page.insert_image(pymupdf.Rect(50, 50, 120, 120), pixmap=pix)
    with pytest.raises(NoTextLayerError, match="too small to be scanned pages"):
        read(doc.tobytes(), filename="logo.pdf")


# --- layout: boxes -> lines -> blocks, tables (no engine) -------------------------------------------------------


def _box(text: str, x0: float, y0: float, x1: float, y1: float) -> ocr.OcrBox:
    return ocr.OcrBox(text=text, score=0.99, x0=x0, y0=y0, x1=x1, y1=y1)


def test_boxes_on_a_baseline_join_and_columns_stay_apart() -> None:
    boxes = [
        _box("world", 220, 101, 300, 130),
        _box("Hello", 100, 100, 200, 130),
        _box("right column", 420, 100, 900, 130),
        _box("next line", 100, 134, 300, 164),
        _box("new paragraph", 100, 200, 300, 230),
    ]
    page = np.full((1700, 1200), 255, np.uint8)
    lines = ocr.boxes_to_lines(boxes, page, 2.0, page_number=3)
    texts = {ln.text: ln for ln in lines}
    assert set(texts) == {"Hello world", "right column", "next line", "new paragraph"}
    hello = texts["Hello world"]
    assert (hello.page, hello.x0, hello.y0, hello.x1, hello.y1) == (3, 50.0, 50.0, 150.0, 65.0)
    assert texts["next line"].block == hello.block
    assert texts["new paragraph"].block != hello.block
    assert texts["right column"].block not in (hello.block, texts["new paragraph"].block)


def test_label_and_value_far_apart_on_a_row_make_one_block() -> None:
    boxes = [
        _box("14/08/2020", 950, 300, 1050, 325),
        _box("Date of death", 150, 302, 280, 327),
        _box("20/08/2020", 950, 340, 1050, 365),
        _box("Date the Partnership was notified", 150, 338, 420, 363),
    ]
    lines = ocr.boxes_to_lines(boxes, np.full((1700, 1200), 255, np.uint8), 2.0, page_number=1)
    by_text = {ln.text: ln for ln in lines}
    assert by_text["Date of death"].block == by_text["14/08/2020"].block
    assert by_text["Date of death"].y0 == by_text["14/08/2020"].y0  # one baseline: read left to right
    assert by_text["20/08/2020"].block != by_text["14/08/2020"].block


def test_ruled_table_is_rebuilt_from_the_image() -> None:
    gray = np.full((400, 800), 255, np.uint8)
    for y in (50, 150, 250, 350):
        gray[y : y + 2, 50:750] = 0
    for x in (50, 300, 750):
        gray[50:352, x : x + 2] = 0
    boxes = [
        _box("Recommendation", 60, 90, 200, 110),
        _box("Action", 310, 90, 400, 110),
        _box("Police should", 60, 180, 200, 200),
        _box("review", 60, 205, 150, 225),
        _box("Update guidance", 310, 180, 500, 200),
        _box("Audit files", 60, 290, 200, 310),
        _box("Dip sample", 310, 290, 450, 310),
    ]
    rulings = ocr.find_rulings(gray, boxes)
    assert ocr.tables_from_rulings(rulings, boxes) == [
        [
            ["Recommendation", "Action"],
            ["Police should review", "Update guidance"],
            ["Audit files", "Dip sample"],
        ]
    ]
    # the column line keeps cells' words apart even when the gap is small
    near = [_box("left", 200, 180, 298, 200), _box("right", 304, 180, 400, 200)]
    assert [ln.text for ln in ocr.boxes_to_lines(near, gray, 1.0, 1, rulings=rulings)] == ["left", "right"]


def test_page_ranges() -> None:
    assert page_ranges([1, 2, 3, 5, 7, 8]) == "1-3, 5, 7-8"
    assert page_ranges([4]) == "4"
