"""The PDF reader's use of OCR: read its image-only pages with :mod:`.ocr`, within the page limit, and say why not.

The OCR engine is imported here lazily (its dependencies are heavy and a broken install must not break digital
PDFs); :mod:`.ocr` never imports the readers back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from dhr.errors import (
    DocumentTooLargeError,
    ProcessingTimeoutError,
)
from dhr.settings import Settings
from extraction.document import Line, Page, TableRows
from extraction.readers.common import (
    page_list,
    short_error,
)
from extraction.readers.layout import Block, order_blocks
from extraction.readers.mupdf import image_cover

log = logging.getLogger(__name__)

#: A page is OCR'd when its images cover at least this share of it (a scan covers the page; a logo does not).
OCR_MIN_IMAGE_COVER = 0.25


@dataclass(slots=True)
class OcrOutcome:
    """What OCR did for a PDF's scanned pages."""

    read: list[int] = field(default_factory=list)  # pages whose lines now come from OCR
    tables: dict[int, list[TableRows]] = field(default_factory=dict)  # ruled tables OCR found, by page
    warnings: list[str] = field(default_factory=list)
    why_not: str = ""  # for the 'no text layer' error: why OCR did not give text


def ocr_scanned_pages(
    doc: Any, pages: list[Page], numbers: list[int], name: str, settings: Settings, *, scanned_only: bool
) -> OcrOutcome:
    """OCR the image-only pages ``numbers`` (1-based) in place when OCR is on; what happened, for messages.

    A page the engine fails on is skipped with a warning; the OCR deadline (:func:`extraction.readers.ocr.ocr_deadline`)
    raises :class:`ProcessingTimeoutError`.
    """
    out = OcrOutcome()
    if settings.ocr == "off":
        out.why_not = " and OCR is off (DHR_OCR=off)"
        return out
    if len(numbers) > settings.ocr_max_pages:
        if scanned_only:
            raise DocumentTooLargeError(
                f"{name}: has {len(numbers)} scanned pages (no text layer), over the OCR limit of "
                f"{settings.ocr_max_pages} pages (DHR_OCR_MAX_PAGES); split the file or run OCR (e.g. ocrmypdf) first"
            )
        out.warnings.append(
            f"{len(numbers)} scanned pages were not read by OCR: over the {settings.ocr_max_pages}-page "
            "OCR limit (DHR_OCR_MAX_PAGES)"
        )
        return out
    try:
        from extraction.readers import ocr
    except Exception as exc:  # noqa: BLE001 - a broken install must not break digital PDFs
        out.why_not = f" and OCR is unavailable ({short_error(exc)})"
        return out
    failed: list[int] = []
    small: list[int] = []
    for number in numbers:
        try:
            pdf_page = doc.load_page(number - 1)
            if image_cover(pdf_page) < OCR_MIN_IMAGE_COVER:
                small.append(number)  # a logo or a small picture on a blank page, not a scanned page
                continue
            read = ocr.read_page(pdf_page, number, dpi=settings.ocr_dpi)
        except ocr.OcrUnavailableError as exc:
            out.why_not = f" and OCR is unavailable ({exc})"
            out.warnings.append(f"scanned pages not read: OCR is unavailable ({exc})")
            break
        except ProcessingTimeoutError:
            raise  # past the OCR deadline
        except MemoryError:
            failed.append(number)
            continue
        except Exception as exc:  # noqa: BLE001 - the engine or the renderer failing on one page
            log.debug("OCR failed on page %d of %s: %s", number, name, exc)
            failed.append(number)
            continue
        if not read.lines:
            continue
        blocks: dict[int, list[Line]] = {}
        for line in read.lines:
            blocks.setdefault(line.block, []).append(line)
        page = pages[number - 1]
        page.lines = order_blocks([Block.of(b) for b in blocks.values()], page.width)
        out.read.append(number)
        out.tables[number] = read.tables
    if failed:
        out.warnings.append(f"pages OCR could not read (skipped): {page_list(failed)}")
    if not out.read and not out.why_not:
        if len(small) == len(numbers):
            out.why_not = " (its images are too small to be scanned pages, so OCR did not read them)"
        else:
            out.why_not = " and OCR found no text on it" + (
                f" ({len(failed)} page(s) failed)" if failed else ""
            )
    return out
