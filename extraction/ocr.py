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
from extraction.reader import short_error

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


@dataclass(slots=True)
class OcrBox:
    """One text box as the engine gives it, in pixels of the rendered image."""

    text: str
    score: float
    x0: float
    y0: float
    x1: float
    y1: float
    #: The engine's quadrilateral (4 x 2, clockwise from top-left), for the page's skew.
    quad: np.ndarray | None = None

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


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


# --------------------------------------------------------------------------------------------------------------
# Boxes -> lines -> blocks
# --------------------------------------------------------------------------------------------------------------

#: Boxes on one row further apart than this many line heights stay separate lines (columns, table cells).
JOIN_GAP = 1.2
#: Segments of one row further apart than this share of the page width make a table row (one block).
ROW_TABLE_GAP = 0.12
#: A line continues the block above when the white gap between them is under this many line heights.
BLOCK_GAP = 0.45
#: Ink-based size: the x-height band (rows with at least ``BAND_SHARE`` of the densest row's ink) is about this
#: share of the font size (measured on the gold PDFs at 150 dpi: 11.5 pt body -> 5.76 pt band).
X_HEIGHT_EM = 0.5
BAND_SHARE = 0.4
#: A line is bold when its stroke width / x-height exceeds the page's body lines' by this factor (measured:
#: regular body 0.262-0.276, bold 12-13 pt 0.29-0.37).
BOLD_REL = 1.15
#: Lines at least this long set the page's body stroke ratio.
BODY_CHARS = 30


def _rows(boxes: list[OcrBox]) -> list[list[OcrBox]]:
    """Boxes grouped into rows (one baseline), each row left to right."""
    rows: list[list[OcrBox]] = []
    for box in sorted(boxes, key=lambda b: b.cy):
        placed = False
        for row in reversed(rows[-4:]):
            ref = row[-1]
            h = min(ref.height, box.height)
            overlap = min(ref.y1, box.y1) - max(ref.y0, box.y0)
            if abs(ref.cy - box.cy) < 0.4 * h and overlap > 0.5 * h:
                row.append(box)
                placed = True
                break
        if not placed:
            rows.append([box])
    return [sorted(row, key=lambda b: b.x0) for row in rows]


def _ink_metrics(
    gray: np.ndarray, x0: float, y0: float, x1: float, y1: float, rulings: Rulings | None = None
) -> tuple[float, float] | None:
    """(x-height band in pixels, mean horizontal stroke width in pixels) of the ink inside a box, or None.

    Table lines (``rulings``) crossing the box are not ink of the text.
    """
    h, w = gray.shape
    a, b = max(int(y0), 0), min(int(np.ceil(y1)), h)
    c, d = max(int(x0), 0), min(int(np.ceil(x1)), w)
    if b - a < 4 or d - c < 4:
        return None
    crop = gray[a:b, c:d]
    ink = crop < min(160, int(crop.mean()) - 10)
    if rulings is not None:
        ink &= ~(rulings.horizontal[a:b, c:d] | rulings.vertical[a:b, c:d])
    rows = ink.sum(axis=1)
    if rows.max() == 0:
        return None
    band = rows >= BAND_SHARE * rows.max()
    xh = float(band.sum())
    core = ink[band]
    starts = np.count_nonzero(core[:, 1:] & ~core[:, :-1]) + np.count_nonzero(core[:, 0])
    if starts == 0 or xh < 2:
        return None
    stroke = float(core.sum()) / starts
    return xh, stroke


def boxes_to_lines(
    boxes: list[OcrBox],
    gray: np.ndarray | None,
    zoom: float,
    page_number: int,
    *,
    rulings: Rulings | None = None,
) -> list[Line]:
    """Join boxes into lines and group the lines into blocks; coordinates scaled back to points.

    Boxes separated by a vertical ruling (a table's column line) are never joined.
    """
    lines: list[Line] = []
    metrics: list[tuple[float, float] | None] = []
    row_of: list[int] = []  # per line: its row's id when the row is a table row (wide gaps), else -1
    for row in _rows(boxes):
        segments: list[list[OcrBox]] = [[row[0]]]
        for box in row[1:]:
            prev = segments[-1][-1]
            if box.x0 - prev.x1 > JOIN_GAP * max(min(prev.height, box.height), 1.0) or (
                rulings is not None and rulings.ruled_between(prev, box)
            ):
                segments.append([box])
            else:
                segments[-1].append(box)
        page_w = gray.shape[1] if gray is not None else max(b.x1 for b in boxes)
        wide = len(segments) > 1 and any(
            b[0].x0 - a[-1].x1 > ROW_TABLE_GAP * page_w for a, b in zip(segments, segments[1:], strict=False)
        )
        row_id = len(row_of)
        for seg in segments:
            row_of.append(row_id if wide else -1)
            x0 = min(b.x0 for b in seg)
            y0 = min(b.y0 for b in seg)
            x1 = max(b.x1 for b in seg)
            y1 = max(b.y1 for b in seg)
            m = _ink_metrics(gray, x0, y0, x1, y1, rulings) if gray is not None else None
            metrics.append(m)
            height_pt = (y1 - y0) / zoom
            if m is not None and m[0] >= 3:
                # an all-caps line's band is its cap height: keep the estimate within the box's bounds
                size = min(max((m[0] / zoom) / X_HEIGHT_EM, 0.5 * height_pt), height_pt)
            else:
                size = 0.75 * height_pt
            lines.append(
                Line(
                    text=" ".join(b.text for b in seg),
                    page=page_number,
                    x0=x0 / zoom,
                    y0=y0 / zoom,
                    x1=x1 / zoom,
                    y1=y1 / zoom,
                    size=round(size * 2) / 2,
                )
            )
    ratios = [m[1] / m[0] for m, ln in zip(metrics, lines, strict=True) if m and len(ln.text) >= BODY_CHARS]
    if not ratios:
        ratios = [m[1] / m[0] for m in metrics if m]
    if ratios:
        body = float(np.median(ratios))
        for m, line in zip(metrics, lines, strict=True):
            line.bold = bool(m is not None and m[0] >= 5 and m[1] / m[0] >= BOLD_REL * body)
    for row_id in set(row_of) - {-1}:  # one baseline: the same top and bottom, so reading goes left to right
        members = [ln for ln, r in zip(lines, row_of, strict=True) if r == row_id]
        top, bottom = min(ln.y0 for ln in members), max(ln.y1 for ln in members)
        for ln in members:
            ln.y0, ln.y1 = top, bottom
    _assign_blocks(lines, row_of)
    _smooth_short_lines(lines)
    return lines


def _smooth_short_lines(lines: list[Line]) -> None:
    """A short line in a paragraph ("Lee.") has too little ink to measure: it takes its block's long lines'."""
    by_block: dict[int, list[Line]] = {}
    for line in lines:
        by_block.setdefault(line.block, []).append(line)
    for members in by_block.values():
        long_lines = [ln for ln in members if len(ln.text) >= BODY_CHARS]
        if not long_lines or len(long_lines) == len(members):
            continue
        size = float(np.median([ln.size for ln in long_lines]))
        bold = sum(ln.bold for ln in long_lines) * 2 > len(long_lines)
        for line in members:
            if len(line.text) < BODY_CHARS:
                line.size, line.bold = round(size * 2) / 2, bold


def _assign_blocks(lines: list[Line], row_of: list[int] | None = None) -> None:
    """Set ``block``: a line joins the block whose last line sits just above it in the same column.

    The segments of a table row (``row_of[i] >= 0``: far apart on one baseline, "Date of death ... 14/08/2020")
    form a block of their own, as MuPDF gives them, so a label stays with its value.
    """
    order = sorted(range(len(lines)), key=lambda i: (lines[i].y0, lines[i].x0))
    tails: list[Line | None] = []  # last line of each block, by block index (None: a closed table-row block)
    row_block: dict[int, int] = {}
    for i in order:
        line = lines[i]
        row = row_of[i] if row_of is not None else -1
        if row >= 0:
            if row not in row_block:
                row_block[row] = len(tails)
                tails.append(None)
            line.block = row_block[row]
            continue
        h = line.y1 - line.y0
        best = -1
        for index, tail in enumerate(tails):
            if tail is None:
                continue
            th = tail.y1 - tail.y0
            gap = line.y0 - tail.y1
            overlap = min(line.x1, tail.x1) - max(line.x0, tail.x0)
            if (
                -0.5 * min(h, th) < gap < BLOCK_GAP * max(h, th)
                and overlap > 0
                and 0.7 < h / max(th, 1e-6) < 1.45
                and abs(line.x0 - tail.x0) < 0.35 * max(tail.x1 - tail.x0, 1.0)  # same left edge-ish
            ):
                best = index
        if best < 0:
            tails.append(line)
            line.block = len(tails) - 1
        else:
            tails[best] = line
            line.block = best


# --------------------------------------------------------------------------------------------------------------
# Ruled tables
# --------------------------------------------------------------------------------------------------------------

#: Pixels darker than this count as ruling ink (table lines are often printed light grey).
RULING_INK = 200


@dataclass(slots=True)
class Rulings:
    """Horizontal and vertical ruling lines of a page image (boolean masks, pixels)."""

    horizontal: np.ndarray
    vertical: np.ndarray

    def ruled_between(self, left: OcrBox, right: OcrBox) -> bool:
        """Is there a vertical line between two boxes on one row?"""
        a, b = int(max(left.x1 - 2, 0)), int(right.x0 + 2)
        if b <= a:
            return False
        y0, y1 = int(max(left.y0, right.y0)), int(min(left.y1, right.y1))
        if y1 <= y0:
            return False
        column = self.vertical[y0:y1, a:b]
        return bool(column.size) and bool((column.mean(axis=0) > 0.6).any())


def find_rulings(gray: np.ndarray, boxes: list[OcrBox]) -> Rulings:
    """Long straight lines of ink: horizontal ones >= 1/25 of the page width, vertical ones taller than text."""
    import cv2

    ink = (gray < RULING_INK).astype(np.uint8)
    h, w = gray.shape
    text_h = float(np.median([b.height for b in boxes])) if boxes else 0.02 * h
    hk = cv2.getStructuringElement(cv2.MORPH_RECT, (max(25, w // 25), 1))
    vk = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(15, int(1.6 * text_h))))
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, hk) > 0
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, vk) > 0
    return Rulings(horizontal=horizontal, vertical=vertical)


def _line_positions(profile: np.ndarray, threshold: float) -> list[int]:
    """Centres of the runs where ``profile`` >= threshold (a thick line gives one position)."""
    on = profile >= threshold
    positions: list[int] = []
    start = -1
    for i, flag in enumerate(np.append(on, False)):
        if flag and start < 0:
            start = i
        elif not flag and start >= 0:
            positions.append((start + i - 1) // 2)
            start = -1
    return positions


def tables_from_rulings(rulings: Rulings, boxes: list[OcrBox]) -> list[list[list[str]]]:
    """Ruled tables on the page as rows of cell texts (a cell's boxes in reading order, joined by spaces)."""
    import cv2

    grid = (rulings.horizontal | rulings.vertical).astype(np.uint8)
    if not grid.any():
        return []
    grid = cv2.dilate(grid, np.ones((5, 5), np.uint8))
    count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(grid, connectivity=8)
    page_h, page_w = grid.shape
    tables: list[tuple[int, list[list[str]]]] = []
    for index in range(1, count):
        x, y, w, h = (int(v) for v in stats[index][:4])
        if w < 0.25 * page_w or h < 0.03 * page_h:
            continue
        region_h = rulings.horizontal[y : y + h, x : x + w]
        region_v = rulings.vertical[y : y + h, x : x + w]
        rows_at = [y + p for p in _line_positions(region_h.sum(axis=1), 0.3 * w)]
        cols_at = [x + p for p in _line_positions(region_v.sum(axis=0), 0.3 * h)]
        if len(cols_at) < 2 or len(rows_at) < 2:
            continue
        if cols_at[0] - x > 10:
            cols_at.insert(0, x)
        if x + w - cols_at[-1] > 10:
            cols_at.append(x + w)
        if rows_at[0] > y + 10:  # a table continued from the page before has no top line
            rows_at.insert(0, y)
        if rows_at[-1] < y + h - 10:
            rows_at.append(y + h)
        table = _fill_cells(rulings, boxes, rows_at, cols_at)
        if len(table) >= 2 and len(table[0]) >= 2:
            tables.append((y, table))
    return [table for _, table in sorted(tables, key=lambda t: t[0])]


def _fill_cells(
    rulings: Rulings, boxes: list[OcrBox], rows_at: list[int], cols_at: list[int]
) -> list[list[str]]:
    n_rows, n_cols = len(rows_at) - 1, len(cols_at) - 1
    cells: list[list[list[OcrBox]]] = [[[] for _ in range(n_cols)] for _ in range(n_rows)]
    for box in boxes:
        px, py = box.x0 + min(6.0, (box.x1 - box.x0) / 4), box.cy
        r = int(np.searchsorted(rows_at, py)) - 1
        c = int(np.searchsorted(cols_at, px)) - 1
        if 0 <= r < n_rows and 0 <= c < n_cols:
            cells[r][c].append(box)
    table: list[list[str]] = []
    for r in range(n_rows):
        a, b = rows_at[r], rows_at[r + 1]
        if b - a < 6:
            continue
        row: list[str] = []
        span_start = 0
        for c in range(n_cols):
            text = " ".join(" ".join(bx.text for bx in line) for line in _rows(cells[r][c]))
            # no column line inside this row: the cell spans on from the previous one (merged), like PyMuPDF
            if c > 0 and not _has_vertical(rulings, cols_at[c], a, b):
                row[span_start] = " ".join(t for t in (row[span_start], text) if t)
                row.append("")
                continue
            span_start = c
            row.append(text)
        if any(row):
            table.append(row)
    return table


def _has_vertical(rulings: Rulings, x: int, y0: int, y1: int) -> bool:
    pad = max(2, (y1 - y0) // 6)
    strip = rulings.vertical[y0 + pad : max(y0 + pad + 1, y1 - pad), max(x - 3, 0) : x + 4]
    return bool(strip.size) and bool((strip.mean(axis=0) > 0.5).any())
