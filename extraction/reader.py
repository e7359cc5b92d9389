"""Read a PDF, DOCX, HTML or text file into a :class:`~extraction.document.Document`.

:func:`read_document` sniffs the format from the bytes (magic numbers first, the file name only as a hint),
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
"""

from __future__ import annotations

import hashlib
import io
import logging
import math
import re
import threading
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from dhr.errors import (
    CorruptDocumentError,
    DHRError,
    DocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
    InputError,
    NoTextLayerError,
    NotSupportedFormatError,
    ProcessingTimeoutError,
)
from dhr.schema import SourceInfo
from dhr.settings import Settings, get_settings
from extraction.document import Document, Line, Page, TableRows

log = logging.getLogger(__name__)

Format = Literal["pdf", "docx", "html", "text"]

#: File suffixes the bulk runner and the CLI consider documents, and the format each suggests.
SUPPORTED_SUFFIXES: dict[str, Format] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
}

_SUPPORTED = "PDF, DOCX, HTML or plain text"

#: Fraction of the page height at the top and bottom where running headers and footers sit.
MARGIN_FRACTION = 0.08
#: A margin line whose text (digits normalised) repeats on at least this share of pages is a header/footer.
REPEAT_SHARE = 0.30
#: A PDF page with fewer non-space characters than this counts as having no text.
MIN_PAGE_CHARS = 20
#: Unpacked DOCX parts larger than this many times the size limit are refused (zip bombs).
_DOCX_INFLATE_FACTOR = 20


def read_document(
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
        data = _read_path(path, name, settings)
    elif isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        name = filename or "upload"
        _check_size(len(data), name, settings)
    else:
        raise InputError(f"cannot read a document from a {type(source).__name__}: give a path or bytes")

    if not data:
        raise EmptyDocumentError(f"{name}: the file is empty (0 bytes)")
    fmt = sniff_format(data, name)
    sha256 = hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        pages, finder, warnings = _read_pdf(data, name, settings)
    elif fmt == "docx":
        pages, warnings = _read_docx(data, name, settings)
        finder = None
    elif fmt == "html":
        pages, warnings = _read_html(data, name)
        finder = None
    else:
        pages, warnings = _read_text(data, name, settings)
        finder = None
    if not any(page.lines or page.native_tables for page in pages):
        raise EmptyDocumentError(f"{name}: the document contains no text")
    named = SUPPORTED_SUFFIXES.get(Path(name).suffix.lower())
    if named is not None and named != fmt:
        warnings.insert(
            0, f"the file is named {Path(name).suffix} but holds {fmt.upper()} content; read as {fmt}"
        )
    source_info = SourceInfo(filename=name, sha256=sha256, pages=len(pages), format=fmt)
    return Document(source=source_info, pages=pages, table_finder=finder, warnings=warnings)


def _read_path(path: Path, name: str, settings: Settings) -> bytes:
    try:
        if path.is_dir():
            raise InputError(f"{name}: is a directory, not a document")
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    _check_size(size, name, settings)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None


def _check_size(size: int, name: str, settings: Settings) -> None:
    limit = settings.max_file_mb * 1024 * 1024
    if size > limit:
        raise DocumentTooLargeError(
            f"{name}: the file is {size / 1024 / 1024:.1f} MB, over the {settings.max_file_mb:g} MB limit"
            " (DHR_MAX_FILE_MB)"
        )


# --------------------------------------------------------------------------------------------------------------
# Format sniffing
# --------------------------------------------------------------------------------------------------------------

_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a BMP image"),
    (b"RIFF", "a RIFF (WebP image or audio/video) file"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "a legacy Microsoft Office file (.doc/.xls); save it as .docx or PDF",
    ),
    (b"{\\rtf", "an RTF document; save it as .docx or PDF"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable program"),
    (b"MZ", "a Windows executable"),
    (b"%!PS", "a PostScript file; convert it to PDF"),
    (b"AT&TFORM", "a DjVu document; convert it to PDF"),
    (b"\x00\x00\x00\x0cjP  ", "a JPEG 2000 image"),
]


_PDF_SYNTAX = re.compile(
    rb"\d+\s+\d+\s+obj\b|\bendobj\b|\bstartxref\b|\btrailer\s*<<|/Type\s*/(?:Catalog|Pages?)\b"
)


def sniff_format(data: bytes, name: str = "upload") -> Format:
    """The format of ``data``, judged by content (the name's suffix only breaks ties).

    Raises :class:`NotSupportedFormatError` saying what the bytes look like when they are none of ours.
    """
    head = data[:1024]
    suffix = Path(name).suffix.lower()
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(data, name, suffix)
    for magic, what in _MAGIC:
        if head.startswith(magic):
            if magic == b"MZ" and suffix not in (".exe", ".dll"):
                continue  # two letters are too weak a signature on their own
            raise NotSupportedFormatError(f"{name}: is {what}, not a {_SUPPORTED} document")
    if head[4:8] == b"ftyp":
        raise NotSupportedFormatError(f"{name}: is a video or HEIC image file, not a {_SUPPORTED} document")
    if _PDF_SYNTAX.search(data[:65536]) and (suffix == ".pdf" or b"endobj" in data[:65536]):
        # PDF objects without a (readable) header: a damaged PDF, which the PDF reader may repair.
        return "pdf"
    if suffix == ".pdf" and not _looks_like_text(head):
        # Damaged PDFs can lose their header; let the PDF reader try (it repairs many) and report corruption.
        return "pdf"
    text = _decode_head(head)
    if text is None:
        if suffix == ".docx":
            raise CorruptDocumentError(
                f"{name}: is damaged: a .docx file must be a ZIP archive and this is not"
            )
        if suffix == ".pdf":
            return "pdf"
        raise NotSupportedFormatError(f"{name}: is unrecognised binary data, not a {_SUPPORTED} document")
    if _looks_like_html(text, suffix):
        return "html"
    if suffix == ".docx":
        raise CorruptDocumentError(f"{name}: is damaged: a .docx file must be a ZIP archive and this is text")
    stripped = text.lstrip()
    if stripped.startswith("<?xml") or stripped.startswith("<"):
        if "<w:document" in text or "<pkg:package" in text:
            raise NotSupportedFormatError(
                f"{name}: is a Word XML (flat .xml) document; save it as .docx or PDF"
            )
        if stripped.startswith("<?xml") and suffix not in (".txt",):
            raise NotSupportedFormatError(f"{name}: is an XML file, not a {_SUPPORTED} document")
    return "text"


def _sniff_zip(data: bytes, name: str, suffix: str) -> Format:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = (
                archive.read("mimetype")[:100].decode("ascii", "replace") if "mimetype" in names else ""
            )
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError, NotImplementedError) as exc:
        if suffix == ".docx":
            raise CorruptDocumentError(
                f"{name}: is damaged: the .docx (ZIP) container is broken ({exc})"
            ) from None
        raise NotSupportedFormatError(
            f"{name}: is a damaged ZIP archive, not a {_SUPPORTED} document"
        ) from None
    if any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        what = "an Excel workbook (.xlsx); save the action plan as .docx or PDF"
    elif any(n.startswith("ppt/") for n in names):
        what = "a PowerPoint presentation (.pptx)"
    elif "opendocument.text" in mimetype:
        what = "an OpenDocument text (.odt); save it as .docx or PDF"
    elif "opendocument" in mimetype:
        what = "an OpenDocument file"
    elif "epub" in mimetype:
        what = "an EPUB e-book"
    else:
        what = "a ZIP archive"
    raise NotSupportedFormatError(f"{name}: is {what}, not a {_SUPPORTED} document")


def _looks_like_text(head: bytes) -> bool:
    return _decode_head(head) is not None


def _decode_head(head: bytes) -> str | None:
    """Decode the start of a file if it is text, else None."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "replace")
    if b"\x00" in head:
        return None
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:  # a multibyte character cut at the end of the sample
            text = head[: exc.start].decode("utf-8", "replace")
        else:
            text = head.decode("cp1252", "replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > max(2, len(text) // 50):
        return None
    return text


_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S
)
_HTML_TAG = re.compile(r"<(?:p|div|h[1-6]|table|ul|ol|li|br|span|a)\b[^>]*>", re.I)


def _looks_like_html(text: str, suffix: str) -> bool:
    sample = text.lstrip("\ufeff")
    if _HTML_START.match(sample):
        return True
    return suffix in (".html", ".htm") and bool(_HTML_TAG.search(sample))


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

_WS = re.compile(r"\s+")


def normalise_ws(text: str) -> str:
    """Collapse whitespace (including non-breaking spaces) to single spaces and strip."""
    return _WS.sub(" ", text.replace("\u00a0", " ").replace("\u200b", "")).strip()


_PAGE_NUMBER = re.compile(
    r"^(?:"
    r"(?:page|pg\.?|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"  # Page 12, Page 12 of 57
    r"|\d{1,4}\s*(?:of|/)\s*\d{1,4}"  # 12 of 57, 12/57
    r"|[-–—|\[(\s]*\d{1,4}[-–—|\])\s]*"  # 12, - 12 -, [12], | 12
    r"|\d{1,4}\s*\|\s*page|page\s*\|\s*\d{1,4}"  # 12 | Page
    r"|[ivxlc]{1,7}"  # roman page numbers in front matter
    r")$",
    re.I,
)
_MARKING = re.compile(
    r"^(?:(?:government\s+)?protective(?:ly)?\s+mark(?:ing|ed)\b.*"
    r"|not\s+protectively\s+marked"
    r"|(?:security\s+)?classification\s*:.*"
    r"|official(?:\s*[-–—:]?\s*sensitive)?(?:\s*[-–—:].*)?"
    r"|restricted|confidential|unclassified|secret|draft|sensitive"
    r")$",
    re.I,
)
_MARKING_BODY = re.compile(
    r"^(?:OFFICIAL(?:\s*[-–—:]?\s*SENSITIVE)?|NOT PROTECTIVELY MARKED|PROTECTIVE MARKING\b.*|"
    r"(?:Government\s+)?Protective\s+Marking\s*:.*|RESTRICTED|CONFIDENTIAL)$"
)
_DIGITS = re.compile(r"\d+")


def is_page_chrome(text: str) -> bool:
    """A page number or protective marking line ("Page 3 of 40", "- 3 -", "OFFICIAL", "Protective marking: ...")."""
    t = text.strip()
    return bool(t) and (_PAGE_NUMBER.match(t) is not None or _MARKING.match(t) is not None)


def _chrome_key(text: str) -> str:
    return _DIGITS.sub("#", normalise_ws(text).lower())


def drop_headers_footers(pages: list[Page], in_margin: Callable[[Page, Line], bool]) -> int:
    """Drop running headers/footers, page numbers and markings from ``pages`` in place; return how many went.

    A line in the margin zone (``in_margin``) goes when it is a page number or marking, or when its text with
    digits normalised repeats in the margins of at least ``REPEAT_SHARE`` of the pages (and on two or more).
    A whole-line upper-case marking ("OFFICIAL") goes wherever it sits.
    """
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_chrome_key(line.text) for line in page.lines if in_margin(page, line)})
    threshold = max(2, math.ceil(REPEAT_SHARE * len(pages)))
    repeated = {key for key, n in counts.items() if n >= threshold and key}
    dropped = 0
    for page in pages:
        kept = []
        for line in page.lines:
            text = line.text.strip()
            if in_margin(page, line):
                if is_page_chrome(text) or _chrome_key(text) in repeated:
                    dropped += 1
                    continue
            elif _MARKING_BODY.match(text):
                dropped += 1
                continue
            kept.append(line)
        page.lines = kept
    return dropped


#: Prefixes whose line-end hyphen is a compound's, kept: "multi-\nagency" -> "multi-agency".
COMPOUND_PREFIXES = frozenset(
    {"multi", "inter", "cross", "co", "self", "well", "non", "anti", "ex", "semi", "sub", "pan", "cyber"}
)
#: Words that a compound prefix often starts and that a line-end break splits: joined without the hyphen.
_JOINED_WORDS = re.compile(
    r"^(?:inter(?:vention|view|nal|est|pret|im|val|rupt|cept|national|action|act|ested|ests|esting)"
    r"|co(?:ercive|ercion|urt|uld|uncil|ntact|mmunity|mmissioned|ntrol|nsider|mplete|ncern|unsel)"
    r"|sub(?:stance|sequent|mit|stantial|ject))",
    re.I,
)
#: Hyphenated words common in DHRs whose hyphen is part of the word even when it falls at a line end.
COMMON_COMPOUNDS = frozenset(
    {
        "case-management", "information-sharing", "decision-making", "follow-up", "long-term", "short-term",
        "high-risk", "medium-risk", "low-risk", "face-to-face", "non-fatal", "record-keeping", "evidence-based",
        "trauma-informed", "so-called", "honour-based", "seven-minute", "re-referral", "re-referred",
        "child-focused", "day-to-day", "one-off", "follow-on", "risk-led", "front-line", "well-being",
    }
)  # fmt: skip
_COMPOUND_IN_LINE = re.compile(r"\b[A-Za-z]+-[A-Za-z]+\b")
_HYPHEN_END = re.compile(r"(?<=[A-Za-z])[-\u00ad\u2010]$")
_LAST_WORD = re.compile(r"(\S+)$")
_FIRST_WORD = re.compile(r"^(\S+)\s*")


def known_compounds(lines: Iterable[Line]) -> set[str]:
    """Hyphenated words the document prints whole within a line: their hyphen is real at a line end too."""
    return {m.group(0).lower() for line in lines for m in _COMPOUND_IN_LINE.finditer(line.text)}


def dehyphenate(lines: list[Line], known: set[str] | frozenset[str] = frozenset()) -> list[Line]:
    """Undo end-of-line hyphenation across consecutive lines (in reading order); returns the new list.

    "recom-" + "mendation was" becomes "recommendation" + "was" (the rest of the word moves up, so words stay
    whole within a line). Kept as a hyphen: a compound prefix ("multi-", "inter-", "co-", "self-", "well-"...),
    a next line starting with an upper-case letter or digit ("Covid-" + "19"), and a dash after a space.
    """
    out: list[Line] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        while i + 1 < n and _HYPHEN_END.search(line.text):
            nxt = lines[i + 1]
            first = _FIRST_WORD.match(nxt.text.lstrip())
            if first is None or not first.group(1)[0].islower():
                break
            last = _LAST_WORD.search(line.text)
            fragment = last.group(1)[:-1] if last else ""
            rest_word = first.group(1)
            soft = line.text.endswith("\u00ad")
            prefix = fragment.rsplit("-", 1)[-1].lower()
            whole = f"{prefix}-{rest_word.rstrip('.,;:)').lower()}"
            keep = not soft and (
                whole in known
                or whole in COMMON_COMPOUNDS
                or (
                    prefix in COMPOUND_PREFIXES
                    and not _JOINED_WORDS.match(prefix + rest_word.rstrip(".,;:)"))
                )
            )
            joined = line.text[:-1] + ("-" if keep else "") + rest_word
            remainder = nxt.text.lstrip()[first.end() :]
            line.text = joined
            if remainder:
                nxt.text = remainder
                break
            # The next line was only the rest of the word: absorb it and look at the one after.
            i += 1
        out.append(line)
        i += 1
    return out


def dehyphenate_pages(pages: list[Page]) -> None:
    """:func:`dehyphenate` each page in place, and across page breaks (the word's end moves to the earlier page)."""
    known = known_compounds(line for page in pages for line in page.lines)
    for page in pages:
        page.lines = dehyphenate(page.lines, known)
    for before, after in zip(pages, pages[1:], strict=False):
        if before.lines and after.lines:
            first = after.lines[0]
            joined = dehyphenate([before.lines[-1], first], known)
            if len(joined) == 1:  # the next page's first line was only the rest of the word
                after.lines.pop(0)


# --------------------------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------------------------

_pymupdf_lock = threading.Lock()
_pymupdf_ready = False


def _pymupdf() -> Any:
    """Import PyMuPDF once (it is slow to import) with MuPDF's own stderr chatter silenced."""
    global _pymupdf_ready
    import pymupdf

    if not _pymupdf_ready:
        with _pymupdf_lock:
            pymupdf.TOOLS.mupdf_display_errors(False)
            pymupdf.TOOLS.mupdf_display_warnings(False)
            _pymupdf_ready = True
    return pymupdf


_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demibold|-bd\b|,bd\b", re.I)
_ORDINAL = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
_FOOTNOTE_MARK = re.compile(r"^\d{1,3}[,\s]*$|^[*†‡]$")
_TEXT_FLAGS = 64  # TEXT_MEDIABOX_CLIP: ligatures expanded, whitespace normalised, no images


@dataclass(slots=True)
class _Block:
    x0: float
    y0: float
    x1: float
    y1: float
    lines: list[Line]

    @classmethod
    def of(cls, lines: list[Line]) -> _Block:
        return cls(
            x0=min(ln.x0 for ln in lines),
            y0=min(ln.y0 for ln in lines),
            x1=max(ln.x1 for ln in lines),
            y1=max(ln.y1 for ln in lines),
            lines=lines,
        )

    @property
    def chars(self) -> int:
        return sum(len(line.text) for line in self.lines)


def _read_pdf(data: bytes, name: str, settings: Settings) -> tuple[list[Page], PdfTableFinder, list[str]]:
    pymupdf = _pymupdf()
    pymupdf.TOOLS.mupdf_warnings(reset=True)
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:  # noqa: BLE001 - any failure to open is a damaged file
        raise CorruptDocumentError(
            f"{name}: is damaged and cannot be opened as a PDF ({short_error(exc)})"
        ) from None
    try:
        return _read_open_pdf(doc, data, name, settings)
    except DHRError:
        raise
    except MemoryError:
        raise DocumentTooLargeError(f"{name}: ran out of memory while reading the PDF") from None
    except Exception as exc:  # noqa: BLE001 - MuPDF raises many types on damaged input
        raise CorruptDocumentError(
            f"{name}: is damaged and cannot be read as a PDF ({short_error(exc)})"
        ) from None
    finally:
        doc.close()


def _read_open_pdf(doc: Any, data: bytes, name: str, settings: Settings) -> tuple[list[Page], Any, list[str]]:
    pymupdf = _pymupdf()
    warnings: list[str] = []
    if doc.needs_pass and not doc.authenticate(""):
        raise EncryptedDocumentError(
            f"{name}: is an encrypted PDF that needs a password to open; ask the sender for an unprotected copy"
        )
    if doc.is_encrypted:
        warnings.append("the PDF is encrypted without a user password; it was read with the empty password")
    repaired = bool(doc.is_repaired)
    n_pages = doc.page_count
    if n_pages == 0:
        if repaired:
            raise CorruptDocumentError(f"{name}: is damaged: no pages could be recovered from the PDF")
        raise EmptyDocumentError(f"{name}: the PDF has no pages")
    if n_pages > settings.max_pages:
        raise DocumentTooLargeError(
            f"{name}: has {n_pages} pages, over the {settings.max_pages}-page limit (DHR_MAX_PAGES)"
        )

    pages: list[Page] = []
    unreadable: list[int] = []
    imaged_no_text: list[int] = []
    text_pages = 0
    replacement_chars = 0
    total_chars = 0
    for index in range(n_pages):
        number = index + 1
        try:
            pdf_page = _upright(doc.load_page(index))
            rect = pdf_page.rect
            page = Page(number=number, width=float(rect.width) or 595.0, height=float(rect.height) or 842.0)
            raw = pdf_page.get_text("dict", sort=False, flags=_TEXT_FLAGS)
            blocks = _pdf_blocks(raw, number)
            page.lines = _order_blocks(blocks, page.width)
            page.lines = _drop_footnotes(pdf_page, page)
        except DHRError:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad page must not lose the others
            log.debug("page %d of %s unreadable: %s", number, name, exc)
            unreadable.append(number)
            pages.append(Page(number=number))
            continue
        chars = _text_chars(page)
        total_chars += chars
        replacement_chars += sum(line.text.count("\ufffd") for line in page.lines)
        if chars >= MIN_PAGE_CHARS:
            text_pages += 1
        elif _has_images(pdf_page):
            imaged_no_text.append(number)
        pages.append(page)

    if len(unreadable) == n_pages:
        raise CorruptDocumentError(f"{name}: is damaged: none of its {n_pages} pages could be read")
    scanned = _OcrOutcome()
    if imaged_no_text:
        scanned = _ocr_scanned_pages(doc, pages, imaged_no_text, name, settings, scanned_only=text_pages == 0)
        for number in scanned.read:
            chars = _text_chars(pages[number - 1])
            total_chars += chars
            text_pages += chars >= MIN_PAGE_CHARS
        read = set(scanned.read)
        imaged_no_text = [n for n in imaged_no_text if n not in read]
    if text_pages == 0 and total_chars < MIN_PAGE_CHARS:
        if imaged_no_text:
            raise NoTextLayerError(
                f"{name}: no text layer: this looks like a scanned PDF{scanned.why_not}, run OCR (e.g. ocrmypdf) first"
            )
        if repaired:
            raise CorruptDocumentError(f"{name}: is damaged: no text could be recovered from the PDF")
        raise EmptyDocumentError(f"{name}: the PDF's {n_pages} page(s) contain no text")

    if repaired:
        warnings.append("the PDF was damaged and has been repaired by the reader: check the text against it")
        mupdf_messages = [m for m in pymupdf.TOOLS.mupdf_warnings(reset=True).splitlines() if m.strip()]
        warnings.extend(f"PDF reader: {m}" for m in list(dict.fromkeys(mupdf_messages))[:3])
    if unreadable:
        warnings.append(f"pages that could not be read (damaged): {_page_list(unreadable)}")
    if scanned.read:
        warnings.append(f"pages read by OCR (check the text): {_page_ranges(scanned.read)}")
    warnings.extend(scanned.warnings)
    if imaged_no_text:
        warnings.append(f"pages with images but no text (scanned? run OCR): {_page_list(imaged_no_text)}")
    if total_chars and replacement_chars > 0.05 * total_chars:
        warnings.append(
            "much of the text is unreadable (fonts without a Unicode map); OCR may give better text"
        )

    if drop_headers_footers(pages, _pdf_in_margin) and not any(page.lines for page in pages):
        raise EmptyDocumentError(
            f"{name}: the PDF holds only running headers, footers or page numbers, no body text"
        )
    dehyphenate_pages(pages)
    return pages, PdfTableFinder(data, ocr_tables=scanned.tables), warnings


@dataclass(slots=True)
class _OcrOutcome:
    """What OCR did for a PDF's scanned pages."""

    read: list[int] = field(default_factory=list)  # pages whose lines now come from OCR
    tables: dict[int, list[TableRows]] = field(default_factory=dict)  # ruled tables OCR found, by page
    warnings: list[str] = field(default_factory=list)
    why_not: str = ""  # for the 'no text layer' error: why OCR did not give text


def _ocr_scanned_pages(
    doc: Any, pages: list[Page], numbers: list[int], name: str, settings: Settings, *, scanned_only: bool
) -> _OcrOutcome:
    """OCR the image-only pages ``numbers`` (1-based) in place when OCR is on; what happened, for messages.

    A page the engine fails on is skipped with a warning; the OCR deadline (:func:`extraction.ocr.ocr_deadline`)
    raises :class:`ProcessingTimeoutError`.
    """
    out = _OcrOutcome()
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
        from extraction import ocr
    except Exception as exc:  # noqa: BLE001 - a broken install must not break digital PDFs
        out.why_not = f" and OCR is unavailable ({short_error(exc)})"
        return out
    failed: list[int] = []
    small: list[int] = []
    for number in numbers:
        try:
            pdf_page = doc.load_page(number - 1)
            if _image_cover(pdf_page) < OCR_MIN_IMAGE_COVER:
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
        page.lines = _order_blocks([_Block.of(b) for b in blocks.values()], page.width)
        out.read.append(number)
        out.tables[number] = read.tables
    if failed:
        out.warnings.append(f"pages OCR could not read (skipped): {_page_list(failed)}")
    if not out.read and not out.why_not:
        if len(small) == len(numbers):
            out.why_not = " (its images are too small to be scanned pages, so OCR did not read them)"
        else:
            out.why_not = " and OCR found no text on it" + (
                f" ({len(failed)} page(s) failed)" if failed else ""
            )
    return out


#: A page is OCR'd when its images cover at least this share of it (a scan covers the page; a logo does not).
OCR_MIN_IMAGE_COVER = 0.25


def _image_cover(pdf_page: Any) -> float:
    """Share of the page's area that its images cover (overlaps counted twice; capped at 1)."""
    try:
        rect = pdf_page.rect
        area = float(rect.width * rect.height)
        if area <= 0:
            return 0.0
        covered = 0.0
        for info in pdf_page.get_image_info():
            box = _pymupdf().Rect(info.get("bbox", (0, 0, 0, 0))) & rect
            if not box.is_empty:
                covered += float(box.width * box.height)
        return min(covered / area, 1.0)
    except Exception:  # noqa: BLE001 - damaged image data: let OCR try
        return 1.0


def _page_ranges(numbers: list[int]) -> str:
    """1, 2, 3, 5, 7, 8 -> '1-3, 5, 7-8'."""
    parts: list[str] = []
    start = prev = numbers[0]
    for n in numbers[1:] + [0]:
        if n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        start = prev = n
    return ", ".join(parts)


def short_error(exc: BaseException, limit: int = 120) -> str:
    """An exception's message on one line, at most ``limit`` characters (for warnings and error messages)."""
    text = normalise_ws(str(exc)) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _text_chars(page: Page) -> int:
    """Characters of the page's text, spaces left out (what decides whether a page has a text layer)."""
    return sum(len(line.text.replace(" ", "")) for line in page.lines)


def _page_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    return shown + (f" and {len(numbers) - 10} more" if len(numbers) > 10 else "")


def _has_images(pdf_page: Any) -> bool:
    try:
        if pdf_page.get_images(full=False):
            return True
        return bool(pdf_page.get_image_info())
    except Exception:  # noqa: BLE001
        return False


def _upright(pdf_page: Any) -> Any:
    """The page as displayed: a landscape action plan stored as a portrait page turned by /Rotate reads
    sideways (every line vertical, dropped as a margin stamp; tables found across the wrong axis)."""
    if pdf_page.rotation:
        try:
            pdf_page.remove_rotation()  # rewrites the page's content in the displayed orientation (in memory)
        except Exception as exc:  # noqa: BLE001 - keep the page as stored rather than lose it
            log.debug("could not turn page %d upright: %s", pdf_page.number + 1, exc)
    return pdf_page


_FOOTNOTE_START = re.compile(r"^(?:\d{1,3}|[*†‡])(?:\s|[A-Z])")


def _drop_footnotes(pdf_page: Any, page: Page) -> list[Line]:
    """The page's lines without its footnotes (word processors print them under a short rule at the page foot).

    Footnotes are glossary entries and sources ("3 GP - General Practitioner."): read in the flow, a numbered
    one inside a recommendations block becomes a recommendation, or splits one that runs on to the next page.
    They are recognised by what Word and LibreOffice print: a short horizontal separator rule from the left
    text margin (under half the page width, no other drawing on its band), then only lines smaller than the
    page's body text, the first starting with the note's number. Tables never qualify: their cell rules come
    with vertical rules and full-size or repeated rows beside them.
    """
    lines = page.lines
    weights: Counter[float] = Counter()
    for line in lines:
        if len(line.text) >= 40:
            weights[round(line.size * 2) / 2] += len(line.text)
    if not weights:
        return lines
    body = weights.most_common(1)[0][0]
    foot_zone = page.height * 0.45
    small = [
        ln for ln in lines if ln.y0 > foot_zone and ln.size <= body - 0.9 and _FOOTNOTE_START.match(ln.text)
    ]
    if not small:
        return lines
    try:
        drawings = pdf_page.get_drawings()
    except Exception:  # noqa: BLE001 - a page whose vector graphics cannot be read keeps its text
        return lines
    left = min(ln.x0 for ln in lines)
    rules = []
    for drawing in drawings:
        rect = drawing.get("rect")
        if rect is None or rect.height > 2.0 or rect.y0 < foot_zone:
            continue
        if not (0.08 * page.width <= rect.width <= 0.5 * page.width) or abs(rect.x0 - left) > 12:
            continue
        # nothing else drawn on the rule's band: a table's cell edge has neighbours (other cells, verticals)
        band = [
            d
            for d in drawings
            if d.get("rect") is not None and d["rect"].y0 <= rect.y1 + 1 and d["rect"].y1 >= rect.y0 - 1
            and d["rect"] != rect
            and not (abs(d["rect"].x0 - rect.x0) < 1 and abs(d["rect"].x1 - rect.x1) < 1)
        ]  # fmt: skip
        if not band:
            rules.append(rect)
    for rule in sorted(rules, key=lambda r: r.y0):
        below = [ln for ln in lines if ln.y0 >= rule.y1 - 1]
        if not below:
            continue
        first = min(below, key=lambda ln: (ln.y0, ln.x0))
        notes = [ln for ln in below if not is_page_chrome(ln.text)]
        if (
            first.y0 - rule.y1 < 24
            and _FOOTNOTE_START.match(first.text)
            and all(ln.size <= body - 0.9 or _FOOTNOTE_START.match(ln.text) for ln in notes)
        ):
            drop = {
                id(ln)
                for ln in notes
                if ln.y1 <= page.height * (1 - MARGIN_FRACTION) or ln.size <= body - 0.9
            }
            return [ln for ln in lines if id(ln) not in drop]
    return lines


def _pdf_in_margin(page: Page, line: Line) -> bool:
    zone = MARGIN_FRACTION * page.height
    return line.y0 < zone or line.y1 > page.height - zone


def _pdf_blocks(raw: dict[str, Any], page_number: int) -> list[_Block]:
    blocks: list[_Block] = []
    for block in raw.get("blocks", ()):
        if block.get("type", 0) != 0:
            continue
        lines: list[Line] = []
        for raw_line in block.get("lines", ()):
            direction = raw_line.get("dir", (1.0, 0.0))
            if abs(direction[1]) > 0.2 or direction[0] < 0:  # rotated text: watermarks, margin stamps
                continue
            line = _pdf_line(raw_line, page_number)
            if line is not None:
                lines.append(line)
        if lines:
            blocks.append(_Block.of(lines))
    return blocks


def _pdf_line(raw_line: dict[str, Any], page_number: int) -> Line | None:
    spans = [s for s in raw_line.get("spans", ()) if s.get("text")]
    if not spans:
        return None
    sizes: Counter[float] = Counter()
    bold_chars = 0
    all_chars = 0
    for span in spans:
        n = len(span["text"].strip())
        sizes[round(float(span.get("size", 11.0)), 1)] += n
        all_chars += n
        if n and (int(span.get("flags", 0)) & 16 or _BOLD_NAME.search(span.get("font", ""))):
            bold_chars += n
    size = sizes.most_common(1)[0][0] if sizes else 11.0
    parts: list[str] = []
    base_y = max(float(s.get("origin", (0, 0))[1]) for s in spans)
    for span in spans:
        text = span["text"]
        raised = int(span.get("flags", 0)) & 1 or (
            float(span.get("size", size)) < 0.85 * size
            and float(span.get("origin", (0, base_y))[1]) < base_y - 1
        )
        if raised and parts and _ORDINAL.match(text.strip()):
            previous = "".join(parts).rstrip()
            if previous[-1:].isdigit():
                parts = [previous]
                text = text.strip() + (" " if text.endswith(" ") else "")
        elif raised and parts and _FOOTNOTE_MARK.match(text) and re.search(r"[^\d\s]$", "".join(parts)):
            # a footnote reference ("the GP³ visited"): not part of the words, and "GP3" would change them
            text = " " if text.endswith(" ") else ""
        parts.append(text)
    text = normalise_ws("".join(parts))
    if not text:
        return None
    x0, y0, x1, y1 = (float(v) for v in raw_line.get("bbox", (0, 0, 0, 0)))
    return Line(
        text=text,
        page=page_number,
        x0=x0,
        y0=y0,
        x1=x1,
        y1=y1,
        size=float(size),
        bold=all_chars > 0 and bold_chars * 2 > all_chars,
    )


def _order_blocks(blocks: list[_Block], width: float) -> list[Line]:
    """Lines in reading order: rows top-to-bottom (left-to-right within a row); two-column runs column by column."""
    ordered = _reading_order(blocks, width)
    lines: list[Line] = []
    for index, block in enumerate(ordered):
        block.lines.sort(key=lambda ln: (round(ln.y0 / 2), ln.x0))
        for line in block.lines:
            line.block = index
            lines.append(line)
    return lines


def _rows(blocks: list[_Block], tolerance: float = 3.0) -> list[_Block]:
    """Sort top-to-bottom, treating blocks whose tops are within ``tolerance`` as one row (left to right)."""
    ordered = sorted(blocks, key=lambda b: (b.y0, b.x0))
    result: list[_Block] = []
    row: list[_Block] = []
    for block in ordered:
        if row and block.y0 - row[0].y0 > tolerance:
            result.extend(sorted(row, key=lambda b: b.x0))
            row = []
        row.append(block)
    result.extend(sorted(row, key=lambda b: b.x0))
    return result


def _reading_order(blocks: list[_Block], width: float) -> list[_Block]:
    if not blocks:
        return blocks
    centre = width / 2
    slack = 0.02 * width

    def is_left(item: Line | _Block) -> bool:
        return item.x1 <= centre + slack

    def is_right(item: Line | _Block) -> bool:
        return item.x0 >= centre - slack and item.x1 > centre + slack

    # MuPDF can put side-by-side lines of both columns into one block: split such blocks at the centre.
    split: list[_Block] = []
    for block in blocks:
        left_lines = [ln for ln in block.lines if is_left(ln)]
        right_lines = [ln for ln in block.lines if is_right(ln)]
        if left_lines and right_lines and len(left_lines) + len(right_lines) == len(block.lines):
            split.extend((_Block.of(left_lines), _Block.of(right_lines)))
        else:
            split.append(block)
    left = [b for b in split if is_left(b)]
    right = [b for b in split if is_right(b)]
    if not _is_two_column(left, right, split, width):
        return _rows(blocks)
    blocks = split
    # Split at full-width (spanning) blocks: each run between them is read left column, then right column.
    column_ids = {id(b) for b in left} | {id(b) for b in right}
    right_ids = {id(b) for b in right}
    result: list[_Block] = []
    segment: list[_Block] = []

    def flush() -> None:
        result.extend(_rows([b for b in segment if id(b) not in right_ids]))
        result.extend(_rows([b for b in segment if id(b) in right_ids]))
        segment.clear()

    for block in sorted(blocks, key=lambda b: (b.y0, b.x0)):
        if id(block) in column_ids:
            segment.append(block)
        else:
            flush()
            result.append(block)
    flush()
    return result


def _is_two_column(left: list[_Block], right: list[_Block], blocks: list[_Block], width: float) -> bool:
    if not left or not right:
        return False
    left_chars = sum(b.chars for b in left)
    right_chars = sum(b.chars for b in right)
    total = sum(b.chars for b in blocks)
    # One column may be short (the page where a section ends), but together they hold the page's text.
    if min(left_chars, right_chars) < 0.03 * total or left_chars + right_chars < 0.6 * total:
        return False
    if max(left_chars, right_chars) < 0.2 * total:
        return False
    if sum(len(b.lines) for b in left) < 2 or sum(len(b.lines) for b in right) < 2:
        return False
    # A gutter: nothing of the left column reaches into the right column.
    if max(b.x1 for b in left) >= min(b.x0 for b in right):
        return False
    # The columns must sit side by side (overlap vertically), not one above the other.
    overlap = min(max(b.y1 for b in left), max(b.y1 for b in right)) - max(
        min(b.y0 for b in left), min(b.y0 for b in right)
    )
    if overlap <= 0:
        return False
    # Prose columns are wide and their lines fill them; a label/value table's short cells do not.
    for side in (left, right):
        x0 = min(b.x0 for b in side)
        column_width = max(b.x1 for b in side) - x0
        if column_width < 0.25 * width:
            return False
        widths = sorted(ln.x1 - ln.x0 for b in side for ln in b.lines)
        if widths[len(widths) // 2] < 0.6 * column_width:
            return False
    # Tables look like columns too, but their cells pair up row by row; prose columns do not.
    right_tops = [b.y0 for b in right]
    paired = sum(1 for b in left if any(abs(b.y0 - y) < 2.0 for y in right_tops))
    if len(left) >= 2 and paired > 0.5 * len(left):
        return False
    return True


class PdfTableFinder:
    """Finds tables on one PDF page on demand (``finder(page_number) -> list[TableRows]``).

    Holds the PDF's bytes and opens them on first use; :meth:`close` releases the open document (a later call
    reopens it). Cells are read with ``page.get_text("text", clip=cell)``, which keeps the spaces that
    ``Table.extract()`` drops. A page whose table finding fails gives no tables rather than an error.
    """

    def __init__(self, data: bytes, ocr_tables: dict[int, list[TableRows]] | None = None) -> None:
        self._data = data
        self._doc: Any = None
        self._lock = threading.Lock()
        #: Pages read by OCR have no text layer to find tables in: their tables come from the OCR stage.
        self._ocr_tables = ocr_tables or {}

    def __call__(self, page_number: int) -> list[TableRows]:
        if page_number in self._ocr_tables:
            return self._ocr_tables[page_number]
        with self._lock:
            try:
                if self._doc is None:
                    pymupdf = _pymupdf()
                    self._doc = pymupdf.open(stream=self._data, filetype="pdf")
                    if self._doc.needs_pass:
                        self._doc.authenticate("")
                if not 1 <= page_number <= self._doc.page_count:
                    return []
                page = _upright(self._doc.load_page(page_number - 1))
                tables = _reading_order_tables(page.find_tables(use_layout=False).tables, page.rect.width)
                words = page.get_text("words", sort=False) if tables else []
                return [_table_rows(page, table, words) for table in tables]
            except Exception as exc:  # noqa: BLE001 - damaged pages give no tables
                log.debug("table finding failed on page %d: %s", page_number, exc)
                return []

    def close(self) -> None:
        with self._lock:
            if self._doc is not None:
                self._doc.close()
                self._doc = None


class MergedCell(str):
    """The text of a vertically merged cell, given again in a row the merge spans (Word ``w:vMerge``, or a PDF
    cell whose box runs down over several rows). A plain ``str`` to every caller; the action-plan parser
    uses the flag to apply a merged Lead or Target Date cell to each action row it spans, not to repeat a
    merged Recommendation cell as a new recommendation."""

    __slots__ = ()


def _reading_order_tables(tables: list[Any], width: float) -> list[Any]:
    """Tables in reading order: on a two-column page a table that flows from the left column into the right
    one is read left part first (the finder orders by height, and the right part can start higher)."""
    if len(tables) < 2 or any(t.bbox[2] - t.bbox[0] > 0.55 * width for t in tables):
        return list(tables)
    return sorted(tables, key=lambda t: (t.bbox[0] >= 0.45 * width, t.bbox[1]))


def _table_rows(page: Any, table: Any, words: list[tuple] | None = None) -> TableRows:
    """Cell texts of a table, from the page's words (one text extraction per page, not one per cell).

    ``Table.extract()`` can drop spaces inside cells; reading words and assigning each to the cell that holds
    its centre keeps them, and costs one ``get_text("words")`` per page instead of one clip per cell.
    """
    if words is None:
        words = page.get_text("words", sort=False)
    rows: TableRows = []
    # column -> (box, text) of the last cell read in it
    above: dict[int, tuple[tuple[float, float, float, float], str]] = {}
    for row in table.rows:
        cells: list[str] = []
        row_y = (row.bbox[1] + row.bbox[3]) / 2 if getattr(row, "bbox", None) else None
        for column, cell in enumerate(row.cells):
            if cell is None:
                # a cell merged down from a row above (its box reaches into this row) repeats that text as
                # MergedCell; one merged across from the left (a theme row) stays empty
                over = above.get(column)
                if over is not None and row_y is not None and over[0][1] < row_y < over[0][3]:
                    cells.append(MergedCell(over[1]))
                else:
                    cells.append("")
                continue
            x0, y0, x1, y1 = cell
            inside = [w for w in words if x0 <= (w[0] + w[2]) / 2 <= x1 and y0 <= (w[1] + w[3]) / 2 <= y1]
            inside.sort(key=lambda w: (w[5], w[6], w[7]))
            text = normalise_ws(" ".join(w[4] for w in inside))
            above[column] = ((x0, y0, x1, y1), text)
            cells.append(text)
        rows.append(cells)
    return rows


# --------------------------------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.I)


#: Paragraph openings in WordprocessingML: ``<w:p>``, ``<w:p w:rsidR=...>`` and the empty ``<w:p/>``.
_DOCX_PARAGRAPH = re.compile(rb"<w:p[\s/>]")


def _docx_paragraphs(archive: zipfile.ZipFile, part: str, stop_after: int) -> int:
    """Paragraphs in one XML part, counted on the compressed stream in 1 MB chunks (constant memory), stopping
    once past ``stop_after`` so that a bomb costs no more than reading that far."""
    count = 0
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(1 << 20):
            buffer = tail + chunk
            count += len(_DOCX_PARAGRAPH.findall(buffer))
            tail = buffer[-4:]
            count -= len(_DOCX_PARAGRAPH.findall(tail))  # a match inside the tail is counted again next time
            if count > stop_after:
                break
    return count + len(_DOCX_PARAGRAPH.findall(tail))


def _check_docx_bounds(data: bytes, name: str, settings: Settings) -> None:
    """Refuse a DOCX whose unpacked size or paragraph count would make parsing take minutes and gigabytes
    (a zip 'paragraph bomb'), before python-docx builds its tree."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            unpacked = sum(info.file_size for info in infos)
            limit = _DOCX_INFLATE_FACTOR * settings.max_file_mb * 1024 * 1024
            if unpacked > limit:
                raise DocumentTooLargeError(
                    f"{name}: unpacks to {unpacked / 1024 / 1024:.0f} MB, over the limit for a .docx"
                    f" ({limit / 1024 / 1024:.0f} MB)"
                )
            xml = sum(i.file_size for i in infos if i.filename.lower().endswith((".xml", ".rels")))
            xml_limit = settings.max_docx_xml_mb * 1024 * 1024
            if xml > xml_limit:
                raise DocumentTooLargeError(
                    f"{name}: its text and layout (XML) unpack to {xml / 1024 / 1024:.0f} MB, over the "
                    f"{settings.max_docx_xml_mb:g} MB limit for a .docx (DHR_MAX_DOCX_XML_MB)"
                )
            parts = [i.filename for i in infos if i.filename.startswith("word/") and i.filename.endswith(".xml")]
            paragraphs = 0
            for part in parts:
                paragraphs += _docx_paragraphs(archive, part, settings.max_docx_paragraphs - paragraphs)
                if paragraphs > settings.max_docx_paragraphs:
                    raise DocumentTooLargeError(
                        f"{name}: has over {settings.max_docx_paragraphs:,} paragraphs, over the limit for a "
                        f".docx (DHR_MAX_DOCX_PARAGRAPHS)"
                    )
    except DHRError:
        raise
    except Exception as exc:  # noqa: BLE001 - zipfile raises BadZipFile, zlib.error, EOFError, ... on damage
        raise CorruptDocumentError(
            f"{name}: is damaged: the .docx (ZIP) container is broken ({short_error(exc)})"
        ) from None


def _read_docx(data: bytes, name: str, settings: Settings) -> tuple[list[Page], list[str]]:
    _check_docx_bounds(data, name, settings)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        return _DocxReader(document, name, settings).read()
    except DHRError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx raises KeyError/ValueError/lxml errors on damage
        raise CorruptDocumentError(
            f"{name}: is damaged and cannot be read as a .docx ({short_error(exc)})"
        ) from None


class _DocxNumbering:
    """Renders Word auto-numbering ("1.", "a)", "2.1") that python-docx does not expose."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, dict[str, Any]]] = {}  # abstractNumId -> ilvl -> level spec
        self.num_abstract: dict[str, str] = {}
        self.start_overrides: dict[str, dict[int, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.seen_nums: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except Exception:  # noqa: BLE001 - no numbering part
            return
        for abstract in root.findall(f"{_W}abstractNum"):
            aid = abstract.get(f"{_W}abstractNumId", "")
            levels: dict[int, dict[str, Any]] = {}
            for lvl in abstract.findall(f"{_W}lvl"):
                ilvl = int(lvl.get(f"{_W}ilvl", "0") or 0)
                levels[ilvl] = {
                    "start": int(_val(lvl.find(f"{_W}start")) or 1),
                    "fmt": _val(lvl.find(f"{_W}numFmt")) or "decimal",
                    "text": _val(lvl.find(f"{_W}lvlText")) or "",
                    # "legal numbering": every level this label shows is printed as a decimal (I.a -> 1.1)
                    "legal": lvl.find(f"{_W}isLgl") is not None
                    and _val(lvl.find(f"{_W}isLgl")) not in ("0", "false"),
                }
            self.levels[aid] = levels
        for num in root.findall(f"{_W}num"):
            nid = num.get(f"{_W}numId", "")
            abstract_ref = num.find(f"{_W}abstractNumId")
            self.num_abstract[nid] = _val(abstract_ref) or ""
            overrides: dict[int, int] = {}
            for override in num.findall(f"{_W}lvlOverride"):
                start = override.find(f"{_W}startOverride")
                if start is not None:
                    overrides[int(override.get(f"{_W}ilvl", "0") or 0)] = int(_val(start) or 1)
            self.start_overrides[nid] = overrides

    def label(self, num_id: str, ilvl: int) -> tuple[str, bool]:
        """The rendered label for the next paragraph of list ``num_id`` at level ``ilvl``, and is-bullet."""
        aid = self.num_abstract.get(num_id)
        if aid is None or aid not in self.levels or num_id == "0":
            return "", False
        levels = self.levels[aid]
        spec = levels.get(ilvl)
        if spec is None:
            return "", False
        counters = self.counters.setdefault(aid, {})
        if num_id not in self.seen_nums:
            self.seen_nums.add(num_id)
            for level, start in self.start_overrides.get(num_id, {}).items():
                counters[level] = start - 1
        counters[ilvl] = counters.get(ilvl, levels[ilvl]["start"] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if spec["fmt"] in ("bullet", "none"):
            return "", spec["fmt"] == "bullet"

        def render(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            level_spec = levels.get(level, {"start": 1, "fmt": "decimal"})
            value = counters.get(level, level_spec["start"])
            return _format_number(value, "decimal" if spec.get("legal") else level_spec["fmt"])

        return re.sub(r"%(\d)", render, spec["text"]).strip(), False


def _val(element: Any) -> str | None:
    return None if element is None else element.get(f"{_W}val")


def _format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        n = max(value, 1)
        while n:
            n, rem = divmod(n - 1, 26)
            letters = chr(ord("a") + rem) + letters
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman if fmt == "lowerRoman" else roman.upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    pairs = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl")]
    pairs += [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for number, letters in pairs:
        while value >= number:
            out += letters
            value -= number
    return out


class _DocxReader:
    def __init__(self, document: Any, name: str, settings: Settings) -> None:
        self.document = document
        self.name = name
        self.settings = settings
        self.numbering = _DocxNumbering(document)
        self.pages: list[Page] = [Page(number=1)]
        self.block = 0
        self.warnings: list[str] = []
        self._style_cache: dict[str, tuple[int | None, bool, bool, float | None, str | None]] = {}

    def read(self) -> tuple[list[Page], list[str]]:
        self._walk(self.document.element.body)
        pages = [p for p in self.pages if p.lines or p.native_tables] or self.pages[:1]
        for number, page in enumerate(pages, start=1):
            page.number = number
            for line in page.lines:
                line.page = number
            page.lines = dehyphenate(page.lines)
        if len(pages) > self.settings.max_pages:
            raise DocumentTooLargeError(
                f"{self.name}: has {len(pages)} pages, over the {self.settings.max_pages}-page limit (DHR_MAX_PAGES)"
            )
        return pages, self.warnings

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def _new_page(self) -> None:
        if self.page.lines or self.page.native_tables:
            self.pages.append(Page(number=len(self.pages) + 1))
            self.block = 0

    def _walk(self, container: Any) -> None:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        for child in container.iterchildren():
            tag = child.tag
            if tag == f"{_W}p":
                self._paragraph(Paragraph(child, self.document.part))
            elif tag == f"{_W}tbl":
                self._table(Table(child, self.document.part))
            elif tag in (f"{_W}sdt", f"{_W}customXml", f"{_W}sdtContent"):
                content = child.find(f"{_W}sdtContent") if tag == f"{_W}sdt" else child
                if content is not None:
                    self._walk(content)

    def _breaks(self, element: Any) -> tuple[bool, int]:
        """(page break before any text, number of page breaks after text started) in a paragraph."""
        before = False
        after = 0
        seen_text = False
        ppr = element.find(f"{_W}pPr")
        if ppr is not None and ppr.find(f"{_W}pageBreakBefore") is not None:
            before = _val(ppr.find(f"{_W}pageBreakBefore")) not in ("0", "false")
        for node in element.iter(f"{_W}t", f"{_W}br", f"{_W}lastRenderedPageBreak"):
            if node.tag == f"{_W}t":
                if node.text and node.text.strip():
                    seen_text = True
                continue
            if node.tag == f"{_W}br" and node.get(f"{_W}type") != "page":
                continue
            if seen_text:
                after += 1
            else:
                before = True
        return before, after

    def _style_info(self, style: Any) -> tuple[int | None, bool, bool, float | None, str | None]:
        """(heading level, list style, bold, size, name) of a paragraph style, following based-on styles."""
        if style is None:
            return None, False, False, None, None
        key = style.style_id or style.name or ""
        cached = self._style_cache.get(key)
        if cached is not None:
            return cached
        level: int | None = None
        is_list = False
        bold: bool | None = None
        size: float | None = None
        current = style
        depth = 0
        while current is not None and depth < 10:
            style_name = (current.name or "").strip()
            match = _HEADING_STYLE.match(style_name)
            if level is None and match:
                level = int(match.group(1))
            elif level is None and style_name.lower() == "title":
                level = 1
            if level is None:
                ppr = current.element.find(f"{_W}pPr")
                outline = ppr.find(f"{_W}outlineLvl") if ppr is not None else None
                if outline is not None and (_val(outline) or "9").isdigit() and int(_val(outline) or 9) < 9:
                    level = int(_val(outline) or 0) + 1
            if "list" in style_name.lower():
                is_list = True
            ppr = current.element.find(f"{_W}pPr")
            if ppr is not None and ppr.find(f"{_W}numPr") is not None:
                is_list = True
            if bold is None and current.font.bold is not None:
                bold = bool(current.font.bold)
            if size is None and current.font.size is not None:
                size = float(current.font.size.pt)
            current = current.base_style
            depth += 1
        info = (level, is_list, bool(bold), size, style.name)
        self._style_cache[key] = info
        return info

    def _num_props(self, paragraph: Any) -> tuple[str | None, int]:
        ppr = paragraph._p.pPr
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        current = paragraph.style
        depth = 0
        while num_pr is None and current is not None and depth < 10:
            style_ppr = current.element.find(f"{_W}pPr")
            num_pr = style_ppr.find(f"{_W}numPr") if style_ppr is not None else None
            current = current.base_style
            depth += 1
        if num_pr is None:
            return None, 0
        num_id = _val(num_pr.find(f"{_W}numId"))
        ilvl = _val(num_pr.find(f"{_W}ilvl"))
        return num_id, int(ilvl) if ilvl and ilvl.isdigit() else 0

    def _paragraph_text(self, paragraph: Any) -> tuple[str, bool, float | None, str, bool]:
        """(text, bold, size, numbering label, is-list) for a paragraph, numbering counters advanced."""
        try:
            style = paragraph.style
        except Exception:  # noqa: BLE001 - dangling style ids
            style = None
        level, style_list, style_bold, style_size, _ = self._style_info(style)
        del level
        bold_chars = 0
        all_chars = 0
        size: float | None = None
        for run in paragraph.runs:
            n = len(run.text.strip())
            if not n:
                continue
            all_chars += n
            run_bold = run.bold if run.bold is not None else style_bold
            if run_bold:
                bold_chars += n
            if size is None and run.font.size is not None:
                size = float(run.font.size.pt)
        text = paragraph.text
        num_id, ilvl = self._num_props(paragraph)
        label = ""
        is_list = style_list
        if num_id is not None and num_id != "0":
            is_list = True
            # Word numbers an empty list paragraph too (a table's "No." cell holding only its number): the
            # counter moves and the label shows whether or not the paragraph has text
            label, _bullet = self.numbering.label(num_id, ilvl)
        return text, all_chars > 0 and bold_chars * 2 > all_chars, size or style_size, label, is_list

    def _paragraph(self, paragraph: Any) -> None:
        before, after = self._breaks(paragraph._p)
        if before:
            self._new_page()
        text, bold, size, label, is_list = self._paragraph_text(paragraph)
        try:
            level = self._style_info(paragraph.style)[0]
        except Exception:  # noqa: BLE001
            level = None
        pieces = [normalise_ws(part) for part in text.split("\n")]
        pieces = [p for p in pieces if p]
        if pieces:
            if label:
                pieces[0] = f"{label} {pieces[0]}"
            for piece in pieces:
                self.page.lines.append(
                    Line(
                        text=piece,
                        page=self.page.number,
                        size=size or 11.0,
                        bold=bold,
                        block=self.block,
                        heading_level=level,
                        list_item=is_list,
                    )
                )
            self.block += 1
        for _ in range(after):
            self._new_page()

    def _cell_text(self, cell_element: Any) -> str:
        from docx.text.paragraph import Paragraph

        parts: list[str] = []
        for p in cell_element.iter(f"{_W}p"):
            paragraph = Paragraph(p, self.document.part)
            text, _bold, _size, label, _is_list = self._paragraph_text(paragraph)
            text = normalise_ws(text)
            if text or label:
                parts.append(f"{label} {text}".strip())
        return " ".join(parts)

    def _table(self, table: Any) -> None:
        rows: TableRows = []
        above: dict[int, str] = {}  # grid column -> text of the cell that a vertical merge continues
        for tr in table._tbl.findall(f"{_W}tr"):
            cells: list[str] = []
            for tc in tr.findall(f"{_W}tc"):
                tcpr = tc.find(f"{_W}tcPr")
                span = 1
                continued = False
                if tcpr is not None:
                    grid_span = tcpr.find(f"{_W}gridSpan")
                    if grid_span is not None and (_val(grid_span) or "1").isdigit():
                        span = max(1, int(_val(grid_span) or 1))
                    v_merge = tcpr.find(f"{_W}vMerge")
                    continued = v_merge is not None and _val(v_merge) in (None, "continue")
                column = len(cells)
                if continued:
                    cells.append(MergedCell(above.get(column, "")))
                else:
                    text = self._cell_text(tc)
                    above[column] = text
                    cells.append(text)
                cells.extend([""] * (span - 1))
            rows.append(cells)
        if any(any(cell for cell in row) for row in rows):
            self.page.native_tables.append(rows)


# --------------------------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------------------------

_CHROME_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "aside",
    "form",
    "iframe",
    "button",
    "select",
    "input",
    "textarea",
    "dialog",
    "object",
    "embed",
)
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary"}
_CHROME_CLASS = re.compile(
    r"(?:^|[\s_-])(?:breadcrumbs?|cookie[\w-]*|skip-?link|site-?header|site-?footer|navbar|nav|menu|sidebar|"
    r"share|social|banner)(?:$|[\s_-])",
    re.I,
)
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "footer", "blockquote", "pre", "address", "figure",
    "figcaption", "dl", "dt", "dd", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td",
    "th", "caption", "hr", "body", "html", "details", "summary", "center", "fieldset", "legend",
}  # fmt: skip


def _read_html(data: bytes, name: str) -> tuple[list[Page], list[str]]:
    from bs4 import BeautifulSoup

    try:
        soup = BeautifulSoup(data, "lxml")
    except Exception as exc:  # noqa: BLE001
        raise CorruptDocumentError(f"{name}: cannot be parsed as HTML ({short_error(exc)})") from None
    for tag in soup.find_all(_CHROME_TAGS):
        tag.decompose()
    for tag in soup.find_all(attrs={"role": True}):
        if not tag.decomposed and str(tag.get("role", "")).lower() in _CHROME_ROLES:
            tag.decompose()
    for tag in soup.find_all(attrs={"aria-hidden": "true"}):
        if not tag.decomposed:
            tag.decompose()
    for tag in soup.find_all(["header", "footer"]):
        # Page chrome; a header inside an article or main holds that article's title and stays.
        if not tag.decomposed and tag.find_parent(["article", "main"]) is None:
            tag.decompose()
    for tag in soup.find_all(True, attrs={"class": True}):
        if tag.decomposed or tag.name in ("body", "html", "main", "article"):
            continue
        classes = " ".join(tag.get("class") or [])
        if _CHROME_CLASS.search(classes) and not tag.find(["h1", "main", "article"]):
            tag.decompose()
    root = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.body or soup
    articles = root.find_all("article") if root is not None else []
    if len(articles) == 1:
        root = articles[0]
    walker = _HtmlWalker()
    if root is not None:
        walker.walk(root)
        walker.flush()
    page = Page(number=1, lines=dehyphenate(walker.lines), native_tables=walker.tables)
    return [page], []


class _HtmlWalker:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.tables: list[TableRows] = []
        self.buffer: list[str] = []
        self.block = 0
        self.heading: int | None = None
        self.list_item = False
        self.bold_depth = 0
        self.pre = False

    def flush(self) -> None:
        raw = "".join(self.buffer)
        self.buffer = []
        pieces = raw.split("\n") if self.pre else [raw]
        added = False
        for piece in pieces:
            text = normalise_ws(piece)
            if text:
                self.lines.append(
                    Line(
                        text=text,
                        page=1,
                        size=11.0 + (2 * (7 - self.heading) if self.heading else 0),
                        bold=self.heading is not None or self.bold_depth > 0,
                        block=self.block,
                        heading_level=self.heading,
                        list_item=self.list_item,
                    )
                )
                added = True
        if added:
            self.block += 1

    def walk(self, node: Any) -> None:
        from bs4 import NavigableString, Tag
        from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

        for child in node.children:
            if isinstance(child, Comment | Doctype | Declaration | ProcessingInstruction):
                continue
            if isinstance(child, NavigableString):
                self.buffer.append(str(child) if self.pre else str(child).replace("\n", " "))
                continue
            if not isinstance(child, Tag):
                continue
            tag = child.name.lower()
            if tag == "br":
                if self.pre:
                    self.buffer.append("\n")
                else:
                    self.flush()
                continue
            if tag == "table" and _is_data_table(child):
                self.flush()
                rows = _html_table_rows(child)
                if rows:
                    self.tables.append(rows)
                continue
            if tag not in _BLOCK_TAGS:
                bold = tag in ("b", "strong")
                self.bold_depth += bold
                self.walk(child)
                self.bold_depth -= bold
                continue
            self.flush()
            saved = (self.heading, self.list_item, self.pre)
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.heading = int(tag[1])
            elif tag == "li":
                self.list_item = True
                label = _ol_label(child)
                if label:
                    self.buffer.append(label + " ")
            elif tag == "pre":
                self.pre = True
            self.walk(child)
            self.flush()
            self.heading, self.list_item, self.pre = saved


def _ol_label(li: Any) -> str:
    parent = li.parent
    if parent is None or parent.name != "ol":
        return ""
    try:
        start = int(str(parent.get("start", "1")))
    except ValueError:
        start = 1
    siblings = [c for c in parent.find_all("li", recursive=False)]
    try:
        value = int(str(li.get("value"))) if li.get("value") else start + siblings.index(li)
    except ValueError:
        value = start + siblings.index(li)
    kind = str(parent.get("type", "1"))
    fmt = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}.get(kind, "decimal")
    return _format_number(value, fmt) + ("." if fmt == "decimal" else ")")


def _is_data_table(table: Any) -> bool:
    """A data table (rows of cells) rather than a layout table wrapping the page's content."""
    if str(table.get("role", "")).lower() in ("presentation", "none"):
        return False
    if table.find(["table", "h1", "h2", "h3", "article", "main"]) is not None:
        return False
    rows = table.find_all("tr")
    widest = max((len(r.find_all(["td", "th"], recursive=False)) for r in rows), default=0)
    return widest >= 2


def _html_table_rows(table: Any) -> TableRows:
    rows: TableRows = []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        cells: list[str] = []
        for cell in tr.find_all(["td", "th"], recursive=False):
            cells.append(normalise_ws(cell.get_text(" ")))
            try:
                span = int(str(cell.get("colspan", "1")))
            except ValueError:
                span = 1
            cells.extend([""] * (min(max(span, 1), 50) - 1))
        if any(cells):
            rows.append(cells)
    return rows


# --------------------------------------------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------------------------------------------


def _read_text(data: bytes, name: str, settings: Settings) -> tuple[list[Page], list[str]]:
    text = _decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(
        ch for ch in text if ch in "\n\f\t" or unicodedata.category(ch)[0] != "C" or ch == "\u00ad"
    )
    chunks = text.split("\f")
    if chunks and not chunks[-1].strip() and len(chunks) > 1:
        chunks.pop()
    if len(chunks) > settings.max_pages:
        raise DocumentTooLargeError(
            f"{name}: has {len(chunks)} pages, over the {settings.max_pages}-page limit (DHR_MAX_PAGES)"
        )
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
        drop_headers_footers(pages, lambda _page, line: id(line) in margin_ids)
    dehyphenate_pages(pages)
    return pages, []


__all__ = [
    "COMPOUND_PREFIXES",
    "DocumentError",
    "PdfTableFinder",
    "SUPPORTED_SUFFIXES",
    "dehyphenate",
    "dehyphenate_pages",
    "drop_headers_footers",
    "is_page_chrome",
    "normalise_ws",
    "read_document",
    "sniff_format",
]
