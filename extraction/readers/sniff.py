"""Tell a document's format from its bytes (magic numbers first, the file name only as a hint)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from dhr.errors import (
    CorruptDocumentError,
    NotSupportedFormatError,
)
from extraction.readers.common import (
    SUPPORTED_NAMES,
    Format,
)

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
            raise NotSupportedFormatError(f"{name}: is {what}, not a {SUPPORTED_NAMES} document")
    if head[4:8] == b"ftyp":
        raise NotSupportedFormatError(
            f"{name}: is a video or HEIC image file, not a {SUPPORTED_NAMES} document"
        )
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
        raise NotSupportedFormatError(
            f"{name}: is unrecognised binary data, not a {SUPPORTED_NAMES} document"
        )
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
            raise NotSupportedFormatError(f"{name}: is an XML file, not a {SUPPORTED_NAMES} document")
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
            f"{name}: is a damaged ZIP archive, not a {SUPPORTED_NAMES} document"
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
    raise NotSupportedFormatError(f"{name}: is {what}, not a {SUPPORTED_NAMES} document")


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
