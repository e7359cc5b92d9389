"""Read an HTML page with BeautifulSoup: chrome (navigation, header, footer, scripts, an export's page header and
footer) stripped, h1-h6 (and paragraphs marked as headings) as heading levels, li as list items indented by
level, ordered lists numbered as printed (:mod:`extraction.readers.html_lists`: outline numbers '4.2.1', note
marks dropped), data tables as native tables with row spans repeated and the paragraphs before them; layout
grids, label/value templates and Welsh/English tables read in the flow as the DOCX reader reads them; one page."""

from __future__ import annotations

import re
from typing import Any

from dhr.errors import (
    CorruptDocumentError,
)
from extraction.document import Line, LocatedTable, Page, TableRows
from extraction.readers.bilingual import english_column
from extraction.readers.cleanup import (
    dehyphenate,
)
from extraction.readers.common import (
    normalise_ws,
    short_error,
)
from extraction.readers.docx_grid import numbered_grid_lines, recommendation_column_lines, side_heading_shape
from extraction.readers.docx_parts import recommendation_record
from extraction.readers.html_lists import drop_note_marks, write_list_numbers

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
_PAGE_PARTS = {"header", "footer", "first page header", "first page footer"}
#: A browser's indent of each list level (40 CSS pixels), in points: a bullet under a numbered item stands
#: further in, as the word processor's indents show it.
_INDENT = 30.0
_HEADING_CLASS = re.compile(r"(?:heading|h)[-_ ]?([1-6])", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "footer", "blockquote", "pre", "address", "figure",
    "figcaption", "dl", "dt", "dd", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td",
    "th", "caption", "hr", "body", "html", "details", "summary", "center", "fieldset", "legend",
}  # fmt: skip


def read_html(data: bytes, name: str) -> tuple[list[Page], list[str]]:
    try:
        return _read_html(data, name)
    except RecursionError:
        # thousands of nested elements (a fuzzed or generated page) exhaust the tree walks of BeautifulSoup and
        # of this reader: a clear error naming the problem, not a traceback
        raise CorruptDocumentError(f"{name}: the HTML is nested too deeply to read") from None


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
    for tag in soup.find_all(attrs={"title": True}):
        # A word processor's export writes its page header and footer as <div title="header|footer">.
        if not tag.decomposed and tag.name == "div" and str(tag.get("title", "")).lower() in _PAGE_PARTS:
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
        drop_note_marks(root)
        write_list_numbers(root)
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
        self.list_depth = 0  # ol/ul levels around the text: its indent, as a browser sets it

    def flush(self) -> None:
        raw = "".join(self.buffer)
        self.buffer = []
        pieces = raw.split("\n") if self.pre else [raw]
        added = False
        for piece in pieces:
            text = normalise_ws(_CONTROL.sub("", piece))
            if text:
                self.lines.append(
                    Line(
                        text=text,
                        page=1,
                        x0=_INDENT * self.list_depth,
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

    def _paragraphs_before(self, n: int = 3) -> list[str]:
        """The last ``n`` paragraphs read (nearest last), each its lines joined."""
        blocks: list[tuple[int, list[str]]] = []
        for line in reversed(self.lines):
            if blocks and blocks[-1][0] == line.block:
                blocks[-1][1].insert(0, line.text)
            elif len(blocks) < n:
                blocks.append((line.block, [line.text]))
            else:
                break
        return [" ".join(texts) for _, texts in reversed(blocks)]

    def _walk_cell(self, cell: Any) -> None:
        self.flush()
        self.walk(cell)
        self.flush()

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
                english = english_column(rows)
                if english is not None:  # Welsh and English side by side: the English read in the flow, once
                    for cell in _column_cells(child, english):
                        self._walk_cell(cell)
                    continue
                # A template's label/value table of one recommendation reads as the paragraphs it stands for.
                for text in recommendation_record(rows) or []:
                    self.lines.append(Line(text=text, page=1, block=self.block))
                    self.block += 1
                # Numbers (or labels) in a column of their own, or a recommendations column beside a rationale:
                # read in the flow as a browser shows them ('6.1 That the police ...'), as the DOCX reader does;
                # the table stays for the plan reader.
                for text in numbered_grid_lines(rows) or recommendation_column_lines(rows) or []:
                    self.lines.append(Line(text=text, page=1, block=self.block))
                    self.block += 1
                if _layout_grid(child, rows):
                    # an agency's name in a narrow cell beside its numbered recommendations: read in the flow
                    # (the name, then the items); the table stays for other readers
                    for tr in _own_rows(child):
                        for cell in tr.find_all(["td", "th"], recursive=False):
                            self._walk_cell(cell)
                if rows:
                    # with the paragraphs before it: a table naming no recommendation belongs to the one above
                    self.tables.append(LocatedTable(rows, self._paragraphs_before()))
                continue
            if tag not in _BLOCK_TAGS:
                bold = tag in ("b", "strong")
                self.bold_depth += bold
                self.walk(child)
                self.bold_depth -= bold
                continue
            self.flush()
            saved = (self.heading, self.list_item, self.pre, self.list_depth)
            if tag in ("ol", "ul"):
                self.list_depth += 1
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.heading = int(tag[1])
            elif tag in ("p", "div") and _styled_heading(child) is not None:
                self.heading = _styled_heading(child)
            elif tag == "li":
                self.list_item = True
            elif tag == "pre":
                self.pre = True
            self.walk(child)
            self.flush()
            self.heading, self.list_item, self.pre, self.list_depth = saved


def _styled_heading(tag: Any) -> int | None:
    """The level of a paragraph a page marks as a heading without an h-tag: ``role="heading"
    aria-level="2"`` (accessible CMS templates) or a heading style's class ('Heading2', 'heading-3', 'h2',
    as word-processor and CMS exports name them)."""
    if str(tag.get("role", "")).lower() == "heading":
        level = str(tag.get("aria-level", "2")).strip()
        return min(int(level), 6) if level.isdigit() and int(level) >= 1 else 2
    for name in tag.get("class") or []:
        found = _HEADING_CLASS.fullmatch(str(name))
        if found:
            return int(found.group(1))
    return None


def _is_data_table(table: Any) -> bool:
    """A data table (rows of cells) rather than a layout table wrapping the page's content."""
    if str(table.get("role", "")).lower() in ("presentation", "none"):
        return False
    if table.find(["table", "h1", "h2", "h3", "article", "main"]) is not None:
        return False
    rows = table.find_all("tr")
    widest = max((len(r.find_all(["td", "th"], recursive=False)) for r in rows), default=0)
    return widest >= 2


def _own_rows(table: Any) -> list[Any]:
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


def _column_cells(table: Any, column: int) -> list[Any]:
    """The cells starting at grid column ``column`` (column spans counted), one a row."""
    found = []
    for tr in _own_rows(table):
        at = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            if at == column:
                found.append(cell)
                break
            at += _span(cell.get("colspan"), 50)
    return found


def _layout_grid(table: Any, rows: TableRows) -> bool:
    """Side headings rather than data (the DOCX reader's rule): no header row, two or three columns, short
    labels in the first column, and numbered list items in the others."""
    if not side_heading_shape(rows):
        return False
    numbered = sum(
        len(ol.find_all("li", recursive=False))
        for tr in _own_rows(table)
        for cell in tr.find_all(["td", "th"], recursive=False)[1:]
        for ol in cell.find_all("ol")
    )
    return numbered >= 2


def _html_table_rows(table: Any) -> TableRows:
    """The table's rows of cell texts; a cell spanning rows (``rowspan``) is repeated in each row it covers, as
    the DOCX reader repeats a vertically merged cell, so a plan's recommendation cell spanning its actions'
    rows stays beside each action; a cell spanning columns is followed by empty cells."""
    rows: TableRows = []
    pending: dict[int, tuple[str, int]] = {}  # column -> (text, rows it still covers)
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        cells: list[str] = []
        for cell in tr.find_all(["td", "th"], recursive=False):
            _fill_spans(cells, pending)
            text = normalise_ws(_CONTROL.sub("", cell.get_text(" ")))
            down = _span(cell.get("rowspan"), 500)
            if down > 1:
                pending[len(cells)] = (text, down - 1)
            cells.append(text)
            cells.extend([""] * (_span(cell.get("colspan"), 50) - 1))
        _fill_spans(cells, pending)
        if any(cells):
            rows.append(cells)
    return rows


def _span(value: Any, limit: int) -> int:
    try:
        span = int(str(value if value is not None else "1").strip())
    except ValueError:
        return 1
    return limit if span == 0 else min(max(span, 1), limit)  # rowspan=0 runs to the table's end


def _fill_spans(cells: list[str], pending: dict[int, tuple[str, int]]) -> None:
    """Put the texts of cells spanning down from rows above at the columns they cover."""
    while len(cells) in pending:
        text, left = pending.pop(len(cells))
        cells.append(text)
        if left > 1:
            pending[len(cells) - 1] = (text, left - 1)


# --------------------------------------------------------------------------------------------------------------
