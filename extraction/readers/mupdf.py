"""PyMuPDF, loaded once and quietly, and the page helpers the PDF reader, its tables and OCR share."""

from __future__ import annotations

import logging
import threading
from typing import Any

log = logging.getLogger(__name__)

_pymupdf_lock = threading.Lock()
_pymupdf_ready = False


def load_pymupdf() -> Any:
    """Import PyMuPDF once (it is slow to import) with MuPDF's own stderr chatter silenced."""
    global _pymupdf_ready
    from dhr.lazy import pymupdf  # without pymupdf.layout, which it would import (~0.45 s) and we never use

    if not _pymupdf_ready:
        with _pymupdf_lock:
            pymupdf.TOOLS.mupdf_display_errors(False)
            pymupdf.TOOLS.mupdf_display_warnings(False)
            _pymupdf_ready = True
    return pymupdf


def has_images(pdf_page: Any) -> bool:
    try:
        if pdf_page.get_images(full=False):
            return True
        return bool(pdf_page.get_image_info())
    except Exception:  # noqa: BLE001
        return False


def upright(pdf_page: Any) -> Any:
    """The page as displayed: a landscape action plan stored as a portrait page turned by /Rotate reads
    sideways (every line vertical, dropped as a margin stamp; tables found across the wrong axis)."""
    if pdf_page.rotation:
        try:
            pdf_page.remove_rotation()  # rewrites the page's content in the displayed orientation (in memory)
        except Exception as exc:  # noqa: BLE001 - keep the page as stored rather than lose it
            log.debug("could not turn page %d upright: %s", pdf_page.number + 1, exc)
    return pdf_page


def image_cover(pdf_page: Any) -> float:
    """Share of the page's area that its images cover (overlaps counted twice; capped at 1)."""
    try:
        rect = pdf_page.rect
        area = float(rect.width * rect.height)
        if area <= 0:
            return 0.0
        covered = 0.0
        for info in pdf_page.get_image_info():
            box = load_pymupdf().Rect(info.get("bbox", (0, 0, 0, 0))) & rect
            if not box.is_empty:
                covered += float(box.width * box.height)
        return min(covered / area, 1.0)
    except Exception:  # noqa: BLE001 - damaged image data: let OCR try
        return 1.0
