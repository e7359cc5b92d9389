"""What every reader shares: the formats and their suffixes, the limits on a file (size, pages), whitespace
normalising, one-line error text and page lists for messages, and list-label rendering (DOCX and HTML).

The limits are checked here, before any parser runs, so a hostile file costs no more than reading its size.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from dhr.errors import DocumentTooLargeError, InputError
from dhr.settings import Settings

Format = Literal["pdf", "docx", "html", "text"]

#: File suffixes the bulk runner and the CLI consider documents, and the format each suggests.
SUPPORTED_SUFFIXES: dict[str, Format] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
}

#: The formats, in words, for "not a ... document" messages.
SUPPORTED_NAMES = "PDF, DOCX, HTML or plain text"


# ------------------------------------------------------------------------------------------------------ limits


def read_path(path: Path, name: str, settings: Settings) -> bytes:
    """The bytes of the file at ``path``, after checking its size against ``DHR_MAX_FILE_MB``."""
    try:
        if path.is_dir():
            raise InputError(f"{name}: is a directory, not a document")
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    check_size(size, name, settings)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None


def check_size(size: int, name: str, settings: Settings) -> None:
    """Refuse a file over ``DHR_MAX_FILE_MB``."""
    limit = settings.max_file_mb * 1024 * 1024
    if size > limit:
        raise DocumentTooLargeError(
            f"{name}: the file is {size / 1024 / 1024:.1f} MB, over the {settings.max_file_mb:g} MB limit"
            " (DHR_MAX_FILE_MB)"
        )


def check_pages(pages: int, name: str, settings: Settings) -> None:
    """Refuse a document over ``DHR_MAX_PAGES`` pages, before its pages are read."""
    if pages > settings.max_pages:
        raise DocumentTooLargeError(
            f"{name}: has {pages} pages, over the {settings.max_pages}-page limit (DHR_MAX_PAGES)"
        )


# ---------------------------------------------------------------------------------------------------- messages

_WS = re.compile(r"\s+")


def normalise_ws(text: str) -> str:
    """Collapse whitespace (including non-breaking spaces) to single spaces and strip."""
    return _WS.sub(" ", text.replace("\u00a0", " ").replace("\u200b", "")).strip()


def short_error(exc: BaseException, limit: int = 120) -> str:
    """An exception's message on one line, at most ``limit`` characters (for warnings and error messages)."""
    text = normalise_ws(str(exc)) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 3] + "..."


def page_ranges(numbers: list[int]) -> str:
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


def page_list(numbers: list[int]) -> str:
    """The first ten page numbers, and how many more."""
    shown = ", ".join(str(n) for n in numbers[:10])
    return shown + (f" and {len(numbers) - 10} more" if len(numbers) > 10 else "")


# ------------------------------------------------------------------------------------------------- list labels


def format_number(value: int, fmt: str) -> str:
    """A list item's number in a Word numbering format (``decimal``, ``lowerLetter``, ``upperRoman``...)."""
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
