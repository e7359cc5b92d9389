"""The in-memory form of a read document: pages of positioned lines, in reading order.

Readers (``extraction.readers``) turn PDF, DOCX, HTML or text into a :class:`Document`; every later stage
works on its lines, whatever the source format. Lines are already cleaned: repeated headers and footers and
page numbers dropped, hyphenation at line ends undone, two-column pages in reading order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from dhr.schema import SourceInfo

#: Bounds on :attr:`Document.notes` and :attr:`Document.running_text` (a hostile file cannot grow them).
SIDE_TEXT_ENTRIES = 200
SIDE_TEXT_CHARS = 500

#: A table as rows of cell strings (whitespace normalised, "" for empty cells).
TableRows = list[list[str]]


class MergedCell(str):
    """The text of a vertically merged cell, given again in a row the merge spans (Word ``w:vMerge``, or a PDF
    cell whose box runs down over several rows). A plain ``str`` to every caller; the action-plan parser
    uses the flag to apply a merged Lead or Target Date cell to each action row it spans, not to repeat a
    merged Recommendation cell as a new recommendation."""

    __slots__ = ()


class LocatedTable(list):  # type: ignore[type-arg]
    """A table's rows (:data:`TableRows`) with the paragraphs printed just before it, nearest last: a table that
    names no recommendation ("Action | Lead | Target date" under "Recommendation 3" and its text) belongs to
    the one above it. Readers that know where a table sits give it; a plain list of rows is the same without.
    ``headings``: the headings the table sits under, outermost first, where the print has heading levels (a
    DOCX reader gives them); None where it has none (a PDF), so the action-plan parser reads them off the page."""

    def __init__(self, rows: TableRows, before: list[str] | None = None) -> None:
        super().__init__(rows)
        self.before: list[str] = before or []
        self.headings: list[str] | None = None


#: How much further right (in points) a line must start than another to be indented under it, not the same
#: margin: more than the few points a PDF's glyph positions wander, less than Word's default list indent step
#: (a quarter inch, 18 pt).
INDENT_STEP = 9.0


@dataclass(slots=True)
class Line:
    """One line of text with where and how it was printed."""

    text: str
    page: int  # 1-based
    x0: float = 0.0
    y0: float = 0.0
    x1: float = 0.0
    y1: float = 0.0
    size: float = 11.0  # font size of the line's dominant span
    bold: bool = False
    #: Block (paragraph) index within the page; lines of one block share it. -1 when unknown.
    block: int = -1
    #: Heading level when the source says so (DOCX/HTML heading styles), else None.
    heading_level: int | None = None
    #: List/bullet item when the source says so (DOCX list paragraph, HTML <li>), else False.
    list_item: bool = False
    #: The line ended in a word hyphenated across the line end, joined up by the reader: the print broke a word
    #: there, so the line was full (no paragraph ends on it, whatever its length).
    broke_word: bool = False
    #: Most of the line's characters are set in italic (PDF spans; DOCX runs where the reader sets it): the
    #: panel's commentary or a note printed in italic after a recommendation in upright print is no more of it.
    italic: bool = False
    #: A table the reader kept out of the lines (a DOCX's native table: an action plan, a Lead | By when box) was
    #: printed between this line and the one before it: the paragraph before ended there, however it ends.
    after_table: bool = False


@dataclass(slots=True)
class Page:
    number: int  # 1-based
    width: float = 595.0
    height: float = 842.0
    lines: list[Line] = field(default_factory=list)
    #: Tables the source gives natively (DOCX, HTML). PDF tables are found on demand (see Document.tables).
    native_tables: list[TableRows] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(slots=True)
class Document:
    source: SourceInfo
    pages: list[Page]
    #: Finds tables on one page (1-based) on demand. PDF readers set it (PyMuPDF's table finder costs ~0.5 s a
    #: page, so callers only ask for candidate pages); other formats return their native tables.
    table_finder: Callable[[int], list[TableRows]] | None = None
    warnings: list[str] = field(default_factory=list)
    #: Footnote and endnote texts the reader kept out of the lines (DOCX footnotes.xml/endnotes.xml, a PDF's
    #: notes under the rule at a page foot): a glossary written only as notes ("GDASS - Gloucestershire ...")
    #: still defines its initials. At most ``SIDE_TEXT_ENTRIES`` of ``SIDE_TEXT_CHARS`` each.
    notes: list[str] = field(default_factory=list)
    #: Distinct running header/footer lines the reader removed ("Safer Northshire Partnership - DHR Adult A"):
    #: a report may name its CSP only there. Bounded like ``notes``.
    running_text: list[str] = field(default_factory=list)

    def lines(self) -> Iterator[Line]:
        for page in self.pages:
            yield from page.lines

    @property
    def text(self) -> str:
        return "\n".join(page.text for page in self.pages)

    def tables(self, page_number: int) -> list[TableRows]:
        """Tables on a page: native ones when the format has them, else the PDF table finder's."""
        page = self.pages[page_number - 1]
        if page.native_tables:
            return page.native_tables
        if self.table_finder is None:
            return []
        return self.table_finder(page_number)

    def close(self) -> None:
        """Release the underlying file handle, if any (readers may set ``table_finder`` over an open PDF)."""
        closer = getattr(self.table_finder, "close", None)
        if callable(closer):
            closer()


def keep_side_text(into: list[str], text: str) -> None:
    """Add one note or running line to ``into``: whitespace normalised, cut to ``SIDE_TEXT_CHARS``, distinct,
    and nothing past ``SIDE_TEXT_ENTRIES`` (the bounds keep a file of a million notes from costing memory)."""
    if len(into) >= SIDE_TEXT_ENTRIES:
        return
    clean = " ".join(text.split())[:SIDE_TEXT_CHARS]
    if clean and clean not in into:
        into.append(clean)
