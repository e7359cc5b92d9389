"""OCR of scanned (image-only) PDF pages, offline: rapidocr on onnxruntime with the ONNX models in its wheel.

:func:`ocr_page` renders a PyMuPDF page at ``dpi``, runs text detection + recognition (PP-OCRv6 small models
bundled inside the ``rapidocr`` wheel; the model paths are set explicitly, so nothing is ever downloaded) and
returns :class:`~extraction.document.Line` objects in PDF points, like the digital reader's:

* boxes on one baseline are joined left to right into a line (a wide gap, such as a column gutter, splits them);
* lines that follow each other closely in the same column form a block (``Line.block``), so paragraphs hold
  together as they do on a digital page and the reader's reading-order logic applies;
* ``Line.size`` is estimated from the ink: the x-height band of the line's pixels (x-height ~ 0.5 em), and
  ``Line.bold`` from the stroke width relative to that band, against the page's body lines, so the heading
  logic (bold / larger than the body) still sees headings.

The box-to-line layout and the ruled-table rebuild live in :mod:`.ocr_layout`; this module is the engine.

The engine is loaded lazily, once per process, and calls are serialised (the engine keeps per-call state and
onnxruntime already uses every core). :func:`ocr_deadline` bounds the OCR work of a thread (the API wraps an
upload's extraction in it): past the deadline the next page raises :class:`ProcessingTimeoutError`.
"""

from __future__ import annotations

import contextvars
import logging
import threading
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from dhr.errors import DHRError, ModelNotAvailableError, ProcessingTimeoutError
from extraction.document import Line
from extraction.readers.common import short_error
from extraction.readers.ocr_layout import OcrBox, boxes_to_lines, find_rulings, tables_from_rulings

log = logging.getLogger(__name__)

#: Rendering resolution for OCR (``DHR_OCR_DPI``; evaluation/scanned.py measured 100/150/200 dpi: 200 reads
#: the gold PDFs' scanned copies best, clean and noisy, for ~10% more time than 150).
DEFAULT_DPI = 200
#: Rendered pages are capped at this many pixels on the longer side (huge page boxes in hostile PDFs).
MAX_SIDE_PX = 4000
#: Recognised text below this confidence is dropped.
MIN_SCORE = 0.5
#: The model files inside the rapidocr wheel (detection, recognition with its character list embedded).
DET_MODEL = "PP-OCRv6_det_small.onnx"
REC_MODEL = "PP-OCRv6_rec_small.onnx"
CLS_MODEL = "ch_ppocr_mobile_v2.0_cls_mobile.onnx"


class OcrUnavailableError(ModelNotAvailableError):
    """The OCR engine (rapidocr / onnxruntime / its bundled models) cannot be loaded."""


class OcrFailedError(DHRError):
    """The OCR engine failed on one page."""


# --------------------------------------------------------------------------------------------------------------
# Engine
# --------------------------------------------------------------------------------------------------------------

_engine: Any = None
_engine_error: str | None = None
_load_lock = threading.Lock()
_run_lock = threading.Lock()


def model_paths() -> dict[str, Path]:
    """The bundled model files (raises :class:`OcrUnavailableError` when rapidocr or a file is missing)."""
    try:
        import rapidocr
    except Exception as exc:  # noqa: BLE001 - ImportError, or a broken dependency (cv2, onnxruntime)
        raise OcrUnavailableError(f"the OCR engine is not installed or broken (rapidocr: {exc})") from None
    root = Path(rapidocr.__file__).resolve().parent / "models"
    paths = {"det": root / DET_MODEL, "rec": root / REC_MODEL, "cls": root / CLS_MODEL}
    missing = [p.name for p in paths.values() if not p.is_file()]
    if missing:
        raise OcrUnavailableError(
            f"the OCR models are missing from the rapidocr package: {', '.join(missing)}"
        )
    return paths


def get_engine() -> Any:
    """The rapidocr engine, built once per process (thread-safe); :class:`OcrUnavailableError` if it cannot be."""
    global _engine, _engine_error
    if _engine is not None:
        return _engine
    with _load_lock:
        if _engine is not None:
            return _engine
        if _engine_error is not None:
            raise OcrUnavailableError(_engine_error)
        try:
            paths = model_paths()
            from rapidocr import RapidOCR

            _quiet_rapidocr_logger()
            engine = RapidOCR(
                params={
                    "Global.log_level": "warning",
                    "Global.use_cls": False,  # pages are rendered upright; the angle classifier costs time
                    "Global.text_score": MIN_SCORE,
                    "Det.model_path": str(paths["det"]),
                    "Cls.model_path": str(paths["cls"]),
                    "Rec.model_path": str(paths["rec"]),
                }
            )
            _quiet_rapidocr_logger()
            # Load the sessions now (rapidocr loads them on first use): a broken model fails here, once.
            engine._load_det_model()
            rec = engine._load_rec_model()
            if not rec.session.have_key():  # the character list must come from the model, never a download
                raise OcrUnavailableError("the OCR recognition model has no embedded character list")
        except OcrUnavailableError as exc:
            _engine_error = str(exc)
            raise
        except Exception as exc:  # noqa: BLE001 - onnxruntime/opencv failures of any type
            _engine_error = (
                f"the OCR engine failed to load ({type(exc).__name__}: {short_error(exc, limit=160)})"
            )
            raise OcrUnavailableError(_engine_error) from None
        _engine = engine
        return engine


def ocr_available() -> bool:
    """True when the engine loads (loading it if needed)."""
    try:
        get_engine()
    except OcrUnavailableError:
        return False
    return True


def _quiet_rapidocr_logger() -> None:
    """rapidocr writes to stderr through its own handler: send its errors through the application's logging."""
    rlog = logging.getLogger("RapidOCR")
    for handler in list(rlog.handlers):
        rlog.removeHandler(handler)
    rlog.addHandler(logging.NullHandler())  # no stderr fallback when the application configured no logging
    rlog.propagate = True
    rlog.setLevel(logging.ERROR)  # its warnings ("The text detection result is empty") are routine


# --------------------------------------------------------------------------------------------------------------
# Deadline (cooperative: checked before each page)
# --------------------------------------------------------------------------------------------------------------

_deadline: contextvars.ContextVar[tuple[float, float] | None] = contextvars.ContextVar(
    "dhr_ocr_deadline", default=None
)


@contextmanager
def ocr_deadline(seconds: float) -> Iterator[None]:
    """OCR started inside this block stops (``ProcessingTimeoutError``) once ``seconds`` have passed."""
    token = _deadline.set((time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _deadline.reset(token)


def check_deadline(what: str = "OCR") -> None:
    limit = _deadline.get()
    if limit is not None and time.monotonic() > limit[0]:
        raise ProcessingTimeoutError(f"{what} took longer than the {limit[1]:g} s limit")


# --------------------------------------------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------------------------------------------


def render_page(pdf_page: Any, dpi: int = DEFAULT_DPI) -> tuple[np.ndarray, float]:
    """The page as a grey image (H x W, uint8) and its zoom (pixels per point), capped at ``MAX_SIDE_PX``."""
    import pymupdf

    rect = pdf_page.rect
    zoom = dpi / 72.0
    longest = max(float(rect.width), float(rect.height), 1.0)
    if longest * zoom > MAX_SIDE_PX:
        zoom = MAX_SIDE_PX / longest
    pix = pdf_page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY, alpha=False)
    gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
    return np.ascontiguousarray(gray), zoom


def ocr_image(gray: np.ndarray) -> list[OcrBox]:
    """Text boxes of a grey image (pixels). Raises :class:`OcrFailedError` when the engine fails."""
    engine = get_engine()
    if gray.ndim != 2 or min(gray.shape) < 8:
        return []
    bgr = np.repeat(gray[:, :, None], 3, axis=2)
    try:
        with _run_lock:
            result = engine(bgr)
    except Exception as exc:  # noqa: BLE001 - onnxruntime/opencv raise many types
        raise OcrFailedError(
            f"the OCR engine failed ({type(exc).__name__}: {short_error(exc, limit=160)})"
        ) from None
    boxes = getattr(result, "boxes", None)
    txts = getattr(result, "txts", None)
    scores = getattr(result, "scores", None)
    if boxes is None or txts is None:
        return []
    out: list[OcrBox] = []
    for quad, text, score in zip(boxes, txts, scores or [1.0] * len(txts), strict=False):
        q = np.asarray(quad, dtype=float).reshape(-1, 2)
        text = " ".join(unicodedata.normalize("NFKC", str(text)).split())
        if not text or float(score) < MIN_SCORE or q.shape[0] < 4:
            continue
        (tlx, tly), (trx, try_) = q[0], q[1]
        if abs(try_ - tly) > 0.35 * max(abs(trx - tlx), 1.0):  # steeply slanted or vertical: stamps, margins
            continue
        x0, y0 = q.min(axis=0)
        x1, y1 = q.max(axis=0)
        if y1 - y0 > 2.5 * (x1 - x0) and len(text) > 2:  # vertical text
            continue
        out.append(OcrBox(text=text, score=float(score), x0=x0, y0=y0, x1=x1, y1=y1, quad=q))
    return out


def denoise(gray: np.ndarray) -> np.ndarray:
    """A 3x3 median filter: takes scan grain, specks and JPEG noise off (measured on the gold PDFs' scanned
    copies at 200 dpi: noisy hand-written set recommendations F1 0.786 -> 1.000; clean copies do not lose)."""
    import cv2

    return cv2.medianBlur(gray, 3)


#: Skew (degrees) below which a page is left as it is, and above which it is not a slightly rotated scan.
MIN_SKEW, MAX_SKEW = 0.08, 5.0


def page_skew(boxes: list[OcrBox]) -> float:
    """The page's skew in degrees (positive: lines run down to the right), from the long boxes' top edges."""
    angles = [
        float(np.degrees(np.arctan2(b.quad[1][1] - b.quad[0][1], b.quad[1][0] - b.quad[0][0])))
        for b in boxes
        if b.quad is not None and (b.x1 - b.x0) >= 4 * max(b.height, 1.0)
    ]
    return float(np.median(angles)) if len(angles) >= 3 else 0.0


def deskew(gray: np.ndarray, boxes: list[OcrBox]) -> tuple[np.ndarray, list[OcrBox]]:
    """Rotate a slightly skewed scan (and its boxes) level, so rows, table lines and ink measures line up."""
    import cv2

    angle = page_skew(boxes)
    if not MIN_SKEW <= abs(angle) <= MAX_SKEW:
        return gray, boxes
    h, w = gray.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    level = cv2.warpAffine(gray, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    out: list[OcrBox] = []
    for b in boxes:
        q = (
            b.quad
            if b.quad is not None
            else np.array([[b.x0, b.y0], [b.x1, b.y0], [b.x1, b.y1], [b.x0, b.y1]])
        )
        r = q @ matrix[:, :2].T + matrix[:, 2]
        (x0, y0), (x1, y1) = r.min(axis=0), r.max(axis=0)
        out.append(OcrBox(text=b.text, score=b.score, x0=x0, y0=y0, x1=x1, y1=y1, quad=r))
    return level, out


@dataclass(slots=True)
class OcrPage:
    """One page read by OCR: its lines (points, blocks set) and the ruled tables found on it."""

    lines: list[Line]
    tables: list[list[list[str]]]


def ocr_page(pdf_page: Any, page_number: int, dpi: int = DEFAULT_DPI) -> list[Line]:
    """OCR one PyMuPDF page: lines in PDF points with ``block``, ``size`` and ``bold`` set (unordered blocks)."""
    return read_page(pdf_page, page_number, dpi).lines


def read_page(pdf_page: Any, page_number: int, dpi: int = DEFAULT_DPI) -> OcrPage:
    """OCR one PyMuPDF page: its lines and its ruled tables (rows of cell texts, as the PDF table finder gives).

    Raises :class:`OcrUnavailableError` (engine missing), :class:`OcrFailedError` (engine failed on the page),
    :class:`ProcessingTimeoutError` (past an :func:`ocr_deadline`).
    """
    check_deadline()
    get_engine()
    t0 = time.perf_counter()
    gray, zoom = render_page(pdf_page, dpi)
    gray = denoise(gray)
    boxes = ocr_image(gray)
    gray, boxes = deskew(gray, boxes)
    rulings = find_rulings(gray, boxes)
    lines = boxes_to_lines(boxes, gray, zoom, page_number, rulings=rulings)
    tables = tables_from_rulings(rulings, boxes)
    with _stats_lock:
        _stats["pages"] += 1
        _stats["seconds"] += time.perf_counter() - t0
    return OcrPage(lines=lines, tables=tables)


_stats_lock = threading.Lock()
_stats: dict[str, float] = {"pages": 0, "seconds": 0.0}


def ocr_stats(reset: bool = False) -> dict[str, float]:
    """Pages OCR'd by :func:`ocr_page` in this process and the seconds spent (render + engine + layout)."""
    with _stats_lock:
        out = dict(_stats)
        if reset:
            _stats.update(pages=0, seconds=0.0)
    return out
