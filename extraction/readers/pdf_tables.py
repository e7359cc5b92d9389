"""Tables of a PDF page, found on demand by PyMuPDF's table finder (``Document.table_finder``)."""

from __future__ import annotations

import logging
import threading
from typing import Any

from extraction.document import LocatedTable, MergedCell, TableRows
from extraction.readers.common import (
    normalise_ws,
)
from extraction.readers.mupdf import load_pymupdf, upright
from extraction.readers.pdf_borderless import BuiltRow, BuiltTable, Columns, borderless_plan_tables
from extraction.readers.pdf_marks import footnote_marks, strip_marks
from extraction.readers.pdf_tables_bands import band_edges

log = logging.getLogger(__name__)


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
        #: page -> the columns of its borderless plan table, for the next page's rest of it (no header there)
        self._borderless: dict[int, Columns | None] = {}

    def __call__(self, page_number: int) -> list[TableRows]:
        if page_number in self._ocr_tables:
            return self._ocr_tables[page_number]
        with self._lock:
            try:
                if self._doc is None:
                    pymupdf = load_pymupdf()
                    self._doc = pymupdf.open(stream=self._data, filetype="pdf")
                    if self._doc.needs_pass:
                        self._doc.authenticate("")
                if not 1 <= page_number <= self._doc.page_count:
                    return []
                page = upright(self._doc.load_page(page_number - 1))
                tables = page.find_tables(use_layout=False).tables
                words = page.get_text("words", sort=False)
                boxes = _drawn_boxes(page) if tables else []
                # rows cut by a page break, and rows of a shaded style whose column lines are not drawn
                edges = _open_edges(tables, boxes) + band_edges(tables, words, boxes)
                if edges:
                    tables = page.find_tables(use_layout=False, add_lines=edges).tables
                if tables:
                    # a footnote mark glued to a word in a cell ("initial¹") is no part of the cell's words
                    words = strip_marks(words, footnote_marks(page))
                if not tables:
                    tables = _ruled_plan_tables(page, words)
                if not tables:
                    # no ruling lines at all: PyMuPDF's text strategy finds the columns from the words' x
                    # positions (pdf_borderless groups its one-line rows into the table's rows)
                    tables, self._borderless[page_number] = borderless_plan_tables(
                        page, words, self._borderless.get(page_number - 1)
                    )
                tables = _reading_order_tables(tables, page.rect.width)
                boxes = [t.bbox for t in tables]
                return [
                    LocatedTable(_table_rows(page, table, words), _paragraphs_above(table.bbox, boxes, words))
                    for table in tables
                ]
            except Exception as exc:  # noqa: BLE001 - damaged pages give no tables
                log.debug("table finding failed on page %d: %s", page_number, exc)
                return []

    def close(self) -> None:
        with self._lock:
            if self._doc is not None:
                self._doc.close()
                self._doc = None


Segment = tuple[tuple[float, float], tuple[float, float]]
#: Pages drawn with more paths than this (maps, charts, hostile files) are not searched for ruled rows.
_MAX_DRAWINGS = 20_000


def _drawn_boxes(page: Any) -> list[tuple[float, float, float, float]]:
    """The boxes of the page's vector paths (rules are thin boxes), bounded in number; [] when unreadable."""
    try:
        drawings = page.get_cdrawings()
    except Exception:  # noqa: BLE001 - unreadable drawings: the tables as found
        return []
    if len(drawings) > _MAX_DRAWINGS:
        return []
    return [tuple(d["rect"]) for d in drawings if d.get("rect")]


def _open_edges(tables: list[Any], boxes: list[tuple[float, float, float, float]]) -> list[Segment]:
    """The missing top or bottom rule of a row cut by a page break: a word processor draws the row's column
    lines but no rule where the page cut it, so the finder leaves that row out (the rest of a row at the top of
    a continuation page, the start of one at a page foot). Returns the rules that close such rows: where at
    least two of the table's column lines run on past its top (or bottom) edge."""
    if not tables:
        return []
    vertical = [(x0, y0, y1) for x0, y0, x1, y1 in boxes if x1 - x0 < 2.5 and y1 - y0 > 4]
    edges: list[Segment] = []
    for table in tables:
        x0, top, x1, bottom = table.bbox
        columns = {round(c[0]) for c in table.cells if c} | {round(c[2]) for c in table.cells if c}
        near = [v for v in vertical if any(abs(v[0] - x) <= 2.5 for x in columns)]
        # a line drawn per row ends at the table's edge; one drawn down the whole column passes it
        above = [v for v in near if v[2] >= top - 2.5 and v[1] < top - 4]
        below = [v for v in near if v[1] <= bottom + 2.5 and v[2] > bottom + 4]
        # most of the table's column lines, not one stray rule that happens to line up with an edge
        enough = max(2, (len(columns) + 1) // 2)
        if len({round(v[0]) for v in above}) >= enough:
            y = min(v[1] for v in above)
            edges.append(((x0, y), (x1, y)))
        if len({round(v[0]) for v in below}) >= enough:
            y = max(v[2] for v in below)
            edges.append(((x0, y), (x1, y)))
    return edges


def _ruled_plan_tables(page: Any, words: list[tuple]) -> list[Any]:
    """Tables ruled only between rows (no column lines, a common Word table style), which the line finder
    cannot see: rows from the rules, columns from the header row's words (a gap of a few points between two
    header cells), kept only when that first row is an action plan's header."""
    from extraction.plan_columns import classify_header

    width = page.rect.width
    rules = [b for b in _drawn_boxes(page) if b[3] - b[1] < 2.5 and b[2] - b[0] > 0.3 * width]
    spans: dict[tuple[int, int], list[float]] = {}
    for x0, y0, x1, y1 in rules:  # rules of one table share their left and right ends
        spans.setdefault((round(x0 / 3), round(x1 / 3)), []).append((y0 + y1) / 2)
    tables: list[Any] = []
    for (a, b), ys in spans.items():
        ys = sorted({round(y, 1) for y in ys})
        if len(ys) < 3:
            continue
        x0, x1 = a * 3.0 - 3, b * 3.0 + 3
        head = [w for w in words if x0 <= w[0] and w[2] <= x1 and ys[0] < (w[1] + w[3]) / 2 < ys[1]]
        lefts: list[float] = []
        for w in sorted(head, key=lambda w: w[0]):
            if not lefts or w[0] - max(v[2] for v in head if v[0] < w[0]) > 6:
                lefts.append(w[0] - 1)
        if len(lefts) < 2:
            continue
        bounds = [*lefts[1:], x1]
        columns = [(max(x0, left), right) for left, right in zip([x0, *lefts[1:]], bounds, strict=True)]
        rows = [
            BuiltRow((x0, top, x1, bottom), [(c0, top, c1, bottom) for c0, c1 in columns])
            for top, bottom in zip(ys, ys[1:], strict=False)
        ]
        table = BuiltTable((x0, ys[0], x1, ys[-1]), rows)
        if classify_header(_table_rows(page, table, words)[0]):
            tables.append(table)
    return tables


def _reading_order_tables(tables: list[Any], width: float) -> list[Any]:
    """Tables in reading order: on a two-column page a table that flows from the left column into the right
    one is read left part first (the finder orders by height, and the right part can start higher)."""
    if len(tables) < 2 or any(t.bbox[2] - t.bbox[0] > 0.55 * width for t in tables):
        return list(tables)
    return sorted(tables, key=lambda t: (t.bbox[0] >= 0.45 * width, t.bbox[1]))


def _paragraphs_above(
    box: tuple[float, float, float, float], tables: list[Any], words: list[tuple], n: int = 3
) -> list[str]:
    """The last ``n`` text blocks printed above a table in its column, nearest last (outside every table)."""
    x0, top, x1, _ = box

    def in_a_table(w: tuple) -> bool:
        cx, cy = (w[0] + w[2]) / 2, (w[1] + w[3]) / 2
        return any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in tables)

    above = [w for w in words if w[3] <= top + 1 and w[2] > x0 and w[0] < x1 and not in_a_table(w)]
    blocks: dict[int, list[tuple]] = {}
    for w in above:
        blocks.setdefault(w[5], []).append(w)
    ordered = sorted(blocks.values(), key=lambda ws: max(w[3] for w in ws))[-n:]
    return [normalise_ws(" ".join(w[4] for w in sorted(ws, key=lambda w: (w[6], w[7])))) for ws in ordered]


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
    columns = _column_edges(table, words)
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
        rows.append(_in_its_column(row.cells, cells, words, columns))
    return rows


def _in_its_column(
    boxes: list[Any], cells: list[str], words: list[tuple], columns: list[tuple[float, float, float]]
) -> list[str]:
    """``cells`` with the text of a row the finder read as one cell across the table moved to the column its
    words sit in. A row cut by a page break can be printed at the next page's top without the rules between
    its cells (LibreOffice, a shaded table), so the finder gives one cell spanning every column, its text all
    in (say) the Recommendation column: read as the first column's, the rest of the cut cell is lost. Only
    when every word lies in one later column and starts where that column's text starts in the other rows (a
    theme row's title across the table starts at the first column, or is centred: left as it is)."""
    if (
        len(boxes) < 2
        or boxes[0] is None
        or any(b is not None for b in boxes[1:])
        or len(columns) != len(boxes)
    ):
        return cells
    x0, y0, x1, y1 = boxes[0]
    inside = [w for w in words if x0 <= (w[0] + w[2]) / 2 <= x1 and y0 <= (w[1] + w[3]) / 2 <= y1]
    if not inside:
        return cells
    homes = {
        next((k for k, c in enumerate(columns) if c[0] <= (w[0] + w[2]) / 2 <= c[1]), -1) for w in inside
    }
    if len(homes) != 1 or (home := homes.pop()) <= 0:
        return cells
    if abs(min(w[0] for w in inside) - columns[home][2]) > 3.0:
        return cells
    moved = [""] * len(cells)
    moved[home] = cells[0]
    return moved


def _column_edges(table: Any, words: list[tuple]) -> list[tuple[float, float, float]]:
    """Each column's (left, right, text start) from the table's rows of whole cells: its box's edges and where
    its cells' words start (the cell's left edge plus its padding); empty where no row has every cell."""
    edges: list[tuple[float, float, float]] = []
    if not any(
        row.cells and row.cells[0] is not None and all(c is None for c in row.cells[1:]) for row in table.rows
    ):
        return edges  # no row across the table: nothing to place (the common case, read no further)
    bx0, by0, bx1, by1 = table.bbox
    words = [w for w in words if bx0 <= (w[0] + w[2]) / 2 <= bx1 and by0 <= (w[1] + w[3]) / 2 <= by1]
    for row in table.rows:
        if len(row.cells) < 2 or any(c is None for c in row.cells):
            continue
        if not edges:
            edges = [(c[0], c[2], c[2]) for c in row.cells]
        if len(row.cells) != len(edges):
            continue
        for k, (x0, y0, x1, y1) in enumerate(row.cells):
            starts = [w[0] for w in words if x0 <= (w[0] + w[2]) / 2 <= x1 and y0 <= (w[1] + w[3]) / 2 <= y1]
            if starts:
                edges[k] = (edges[k][0], edges[k][1], min(edges[k][2], min(starts)))
    return edges


# --------------------------------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------------------------------
