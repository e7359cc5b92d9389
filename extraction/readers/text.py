"""Read plain text: decoded by its BOM, else UTF-8, else cp1252; pages split at form feeds, one line per text
line, blank lines between blocks."""

from __future__ import annotations

import unicodedata

from dhr.settings import Settings
from extraction.document import Line, Page
from extraction.readers.cleanup import (
    dehyphenate_pages,
    drop_headers_footers,
)
from extraction.readers.common import (
    check_pages,
    normalise_ws,
)


def _decode_text(data: bytes) -> str:
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


# --------------------------------------------------------------------------------------------------------------
# Shared line cleaning: headers/footers, page numbers, markings, hyphenation
# --------------------------------------------------------------------------------------------------------------


def read_text(
    data: bytes, name: str, settings: Settings, running: list[str] | None = None
) -> tuple[list[Page], list[str]]:
    """Pages and warnings; ``running``, when given, gets the distinct running header and footer lines dropped
    (as the PDF and DOCX readers fill it: a report may name its partnership only in its running header)."""
    text = _decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(
        ch for ch in text if ch in "\n\f\t" or unicodedata.category(ch)[0] != "C" or ch == "\u00ad"
    )
    chunks = text.split("\f")
    if chunks and not chunks[-1].strip() and len(chunks) > 1:
        chunks.pop()
    check_pages(len(chunks), name, settings)
    pages: list[Page] = []
    for number, chunk in enumerate(chunks, start=1):
        page = Page(number=number)
        block = 0
        previous_blank = False
        for raw in chunk.split("\n"):
            line_text = normalise_ws(raw)
            if not line_text:
                if page.lines and not previous_blank:
                    block += 1
                previous_blank = True
                continue
            previous_blank = False
            page.lines.append(Line(text=line_text, page=number, block=block))
        pages.append(page)

    if len(pages) > 1:
        margin_ids = {id(line) for page in pages for line in page.lines[:2] + page.lines[-2:]}
        drop_headers_footers(pages, lambda _page, line: id(line) in margin_ids, running)
    dehyphenate_pages(pages)
    return pages, []
