"""Read a PDF, DOCX, HTML or text file into a :class:`~extraction.document.Document`.

:func:`read` (a path or bytes) sniffs the format from the bytes (magic numbers first, the file name only as a hint),
refuses what it cannot read with a specific :class:`~dhr.errors.DocumentError` that names the file, and returns
pages of cleaned lines in reading order:

* PDF (PyMuPDF): lines with bbox, dominant font size, bold flag and block index; two-column pages read left
  column then right column; repeated headers/footers, page numbers and protective markings dropped; end-of-line
  hyphenation undone (compound hyphens such as "multi-" kept); raised ordinal superscripts joined ("10th").
  Tables are found on demand by ``Document.table_finder`` (PyMuPDF's table finder, cells read with a clip).
* DOCX (python-docx): one line per paragraph (and per soft line break), heading levels from "Heading N" styles
  and outline levels, list items from numbering, auto-numbering rendered ("1.", "a)", "2.1"), tables in
  ``Page.native_tables``; pages split at explicit and Word-rendered page breaks.
* HTML (BeautifulSoup): navigation/header/footer/script chrome stripped, h1-h6 -> heading levels, li -> list
  items, data tables -> native tables; one page.
* Text: pages split at form feeds, one line per text line.

One module per format (``pdf`` with ``layout``, ``pdf_tables`` and ``scanned`` -> ``ocr`` for image-only pages;
``docx``; ``html``; ``text``), ``sniff`` for the format, ``cleanup`` for the line cleaning they share and
``common`` for limits and messages. To add a format: a ``read_<format>(data, name, settings)`` module returning
``(pages, warnings)``, a branch in :func:`sniff_format`, and one line in :func:`read`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from dhr.errors import EmptyDocumentError, InputError
from dhr.schema import SourceInfo
from dhr.settings import Settings, get_settings
from extraction.document import Document
from extraction.readers.common import SUPPORTED_SUFFIXES, Format, check_size, read_path
from extraction.readers.docx import read_docx
from extraction.readers.html import read_html
from extraction.readers.pdf import read_pdf
from extraction.readers.sniff import sniff_format
from extraction.readers.text import read_text


def read(
    source: Path | str | bytes,
    *,
    filename: str | None = None,
    settings: Settings | None = None,
) -> Document:
    """Read a document from a path or from bytes; raise a :class:`DocumentError` subclass if it cannot be read.

    ``filename`` names the document in messages and in ``SourceInfo`` (default: the path's name, or
    ``"upload"`` for bytes). The caller should ``close()`` the document when done with its tables.
    """
    settings = settings or get_settings()
    if isinstance(source, str | Path):
        path = Path(source)
        name = filename or path.name
        data = read_path(path, name, settings)
    elif isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        name = filename or "upload"
        check_size(len(data), name, settings)
    else:
        raise InputError(f"cannot read a document from a {type(source).__name__}: give a path or bytes")

    if not data:
        raise EmptyDocumentError(f"{name}: the file is empty (0 bytes)")
    fmt = sniff_format(data, name)
    sha256 = hashlib.sha256(data).hexdigest()
    notes: list[str] = []
    running: list[str] = []
    if fmt == "pdf":
        pages, finder, warnings = read_pdf(data, name, settings, notes, running)
    elif fmt == "docx":
        pages, warnings = read_docx(data, name, settings, notes, running)
        finder = None
    elif fmt == "html":
        pages, warnings = read_html(data, name)
        finder = None
    else:
        pages, warnings = read_text(data, name, settings, running)
        finder = None
    if not any(page.lines or page.native_tables for page in pages):
        raise EmptyDocumentError(f"{name}: the document contains no text")
    named = SUPPORTED_SUFFIXES.get(Path(name).suffix.lower())
    if named is not None and named != fmt:
        warnings.insert(
            0, f"the file is named {Path(name).suffix} but holds {fmt.upper()} content; read as {fmt}"
        )
    source_info = SourceInfo(filename=name, sha256=sha256, pages=len(pages), format=fmt)
    return Document(
        source=source_info,
        pages=pages,
        table_finder=finder,
        warnings=warnings,
        notes=notes,
        running_text=running,
    )


__all__ = ["SUPPORTED_SUFFIXES", "Format", "read", "sniff_format"]
