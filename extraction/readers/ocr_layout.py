"""OCR boxes -> lines and blocks, and ruled tables rebuilt from the page image.

The engine (:mod:`.ocr`) gives text boxes in pixels; here they become :class:`~extraction.document.Line`
objects in PDF points (``size`` and ``bold`` estimated from the ink, blocks grouped as a digital page's are),
and the rulings drawn on the page give the rows and columns of its tables.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from extraction.document import Line


@dataclass(slots=True)
class OcrBox:
    """One text box as the engine gives it, in pixels of the rendered image."""

    text: str
    score: float
    x0: float
    y0: float
    x1: float
    y1: float
    #: The engine's quadrilateral (4 x 2, clockwise from top-left), for the page's skew.
    quad: np.ndarray | None = None

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


# --------------------------------------------------------------------------------------------------------------
# Boxes -> lines -> blocks
# --------------------------------------------------------------------------------------------------------------

#: Boxes on one row further apart than this many line heights stay separate lines (columns, table cells).
JOIN_GAP = 1.2
#: Segments of one row further apart than this share of the page width make a table row (one block).
ROW_TABLE_GAP = 0.12
#: A line continues the block above when the white gap between them is under this many line heights.
BLOCK_GAP = 0.45
#: Ink-based size: the x-height band (rows with at least ``BAND_SHARE`` of the densest row's ink) is about this
#: share of the font size (measured on the gold PDFs at 150 dpi: 11.5 pt body -> 5.76 pt band).
X_HEIGHT_EM = 0.5
BAND_SHARE = 0.4
#: A line is bold when its stroke width / x-height exceeds the page's body lines' by this factor (measured:
#: regular body 0.262-0.276, bold 12-13 pt 0.29-0.37).
BOLD_REL = 1.15
#: Lines at least this long set the page's body stroke ratio.
BODY_CHARS = 30


def _rows(boxes: list[OcrBox]) -> list[list[OcrBox]]:
    """Boxes grouped into rows (one baseline), each row left to right."""
    rows: list[list[OcrBox]] = []
    for box in sorted(boxes, key=lambda b: b.cy):
        placed = False
        for row in reversed(rows[-4:]):
            ref = row[-1]
            h = min(ref.height, box.height)
            overlap = min(ref.y1, box.y1) - max(ref.y0, box.y0)
            if abs(ref.cy - box.cy) < 0.4 * h and overlap > 0.5 * h:
                row.append(box)
                placed = True
                break
        if not placed:
            rows.append([box])
    return [sorted(row, key=lambda b: b.x0) for row in rows]


def _ink_metrics(
    gray: np.ndarray, x0: float, y0: float, x1: float, y1: float, rulings: Rulings | None = None
) -> tuple[float, float] | None:
    """(x-height band in pixels, mean horizontal stroke width in pixels) of the ink inside a box, or None.

    Table lines (``rulings``) crossing the box are not ink of the text.
    """
    h, w = gray.shape
    a, b = max(int(y0), 0), min(int(np.ceil(y1)), h)
    c, d = max(int(x0), 0), min(int(np.ceil(x1)), w)
    if b - a < 4 or d - c < 4:
        return None
    crop = gray[a:b, c:d]
    ink = crop < min(160, int(crop.mean()) - 10)
    if rulings is not None:
        ink &= ~(rulings.horizontal[a:b, c:d] | rulings.vertical[a:b, c:d])
    rows = ink.sum(axis=1)
    if rows.max() == 0:
        return None
    band = rows >= BAND_SHARE * rows.max()
    xh = float(band.sum())
    core = ink[band]
    starts = np.count_nonzero(core[:, 1:] & ~core[:, :-1]) + np.count_nonzero(core[:, 0])
    if starts == 0 or xh < 2:
        return None
    stroke = float(core.sum()) / starts
    return xh, stroke


def boxes_to_lines(
    boxes: list[OcrBox],
    gray: np.ndarray | None,
    zoom: float,
    page_number: int,
    *,
    rulings: Rulings | None = None,
) -> list[Line]:
    """Join boxes into lines and group the lines into blocks; coordinates scaled back to points.

    Boxes separated by a vertical ruling (a table's column line) are never joined.
    """
    lines: list[Line] = []
    metrics: list[tuple[float, float] | None] = []
    row_of: list[int] = []  # per line: its row's id when the row is a table row (wide gaps), else -1
    for row in _rows(boxes):
        segments: list[list[OcrBox]] = [[row[0]]]
        for box in row[1:]:
            prev = segments[-1][-1]
            if box.x0 - prev.x1 > JOIN_GAP * max(min(prev.height, box.height), 1.0) or (
                rulings is not None and rulings.ruled_between(prev, box)
            ):
                segments.append([box])
            else:
                segments[-1].append(box)
        page_w = gray.shape[1] if gray is not None else max(b.x1 for b in boxes)
        wide = len(segments) > 1 and any(
            b[0].x0 - a[-1].x1 > ROW_TABLE_GAP * page_w for a, b in zip(segments, segments[1:], strict=False)
        )
        row_id = len(row_of)
        for seg in segments:
            row_of.append(row_id if wide else -1)
            x0 = min(b.x0 for b in seg)
            y0 = min(b.y0 for b in seg)
            x1 = max(b.x1 for b in seg)
            y1 = max(b.y1 for b in seg)
            m = _ink_metrics(gray, x0, y0, x1, y1, rulings) if gray is not None else None
            metrics.append(m)
            height_pt = (y1 - y0) / zoom
            if m is not None and m[0] >= 3:
                # an all-caps line's band is its cap height: keep the estimate within the box's bounds
                size = min(max((m[0] / zoom) / X_HEIGHT_EM, 0.5 * height_pt), height_pt)
            else:
                size = 0.75 * height_pt
            lines.append(
                Line(
                    text=" ".join(b.text for b in seg),
                    page=page_number,
                    x0=x0 / zoom,
                    y0=y0 / zoom,
                    x1=x1 / zoom,
                    y1=y1 / zoom,
                    size=round(size * 2) / 2,
                )
            )
    ratios = [m[1] / m[0] for m, ln in zip(metrics, lines, strict=True) if m and len(ln.text) >= BODY_CHARS]
    if not ratios:
        ratios = [m[1] / m[0] for m in metrics if m]
    if ratios:
        body = float(np.median(ratios))
        for m, line in zip(metrics, lines, strict=True):
            line.bold = bool(m is not None and m[0] >= 5 and m[1] / m[0] >= BOLD_REL * body)
    for row_id in set(row_of) - {-1}:  # one baseline: the same top and bottom, so reading goes left to right
        members = [ln for ln, r in zip(lines, row_of, strict=True) if r == row_id]
        top, bottom = min(ln.y0 for ln in members), max(ln.y1 for ln in members)
        for ln in members:
            ln.y0, ln.y1 = top, bottom
    _assign_blocks(lines, row_of)
    _smooth_short_lines(lines)
    return lines


def _smooth_short_lines(lines: list[Line]) -> None:
    """A short line in a paragraph ("Lee.") has too little ink to measure: it takes its block's long lines'."""
    by_block: dict[int, list[Line]] = {}
    for line in lines:
        by_block.setdefault(line.block, []).append(line)
    for members in by_block.values():
        long_lines = [ln for ln in members if len(ln.text) >= BODY_CHARS]
        if not long_lines or len(long_lines) == len(members):
            continue
        size = float(np.median([ln.size for ln in long_lines]))
        bold = sum(ln.bold for ln in long_lines) * 2 > len(long_lines)
        for line in members:
            if len(line.text) < BODY_CHARS:
                line.size, line.bold = round(size * 2) / 2, bold


def _assign_blocks(lines: list[Line], row_of: list[int] | None = None) -> None:
    """Set ``block``: a line joins the block whose last line sits just above it in the same column.

    The segments of a table row (``row_of[i] >= 0``: far apart on one baseline, "Date of death ... 14/08/2020")
    form a block of their own, as MuPDF gives them, so a label stays with its value.
    """
    order = sorted(range(len(lines)), key=lambda i: (lines[i].y0, lines[i].x0))
    tails: list[Line | None] = []  # last line of each block, by block index (None: a closed table-row block)
    row_block: dict[int, int] = {}
    for i in order:
        line = lines[i]
        row = row_of[i] if row_of is not None else -1
        if row >= 0:
            if row not in row_block:
                row_block[row] = len(tails)
                tails.append(None)
            line.block = row_block[row]
            continue
        h = line.y1 - line.y0
        best = -1
        for index, tail in enumerate(tails):
            if tail is None:
                continue
            th = tail.y1 - tail.y0
            gap = line.y0 - tail.y1
            overlap = min(line.x1, tail.x1) - max(line.x0, tail.x0)
            if (
                -0.5 * min(h, th) < gap < BLOCK_GAP * max(h, th)
                and overlap > 0
                and 0.7 < h / max(th, 1e-6) < 1.45
                and abs(line.x0 - tail.x0) < 0.35 * max(tail.x1 - tail.x0, 1.0)  # same left edge-ish
            ):
                best = index
        if best < 0:
            tails.append(line)
            line.block = len(tails) - 1
        else:
            tails[best] = line
            line.block = best


# --------------------------------------------------------------------------------------------------------------
# Ruled tables
# --------------------------------------------------------------------------------------------------------------

#: Pixels darker than this count as ruling ink (table lines are often printed light grey).
RULING_INK = 200


@dataclass(slots=True)
class Rulings:
    """Horizontal and vertical ruling lines of a page image (boolean masks, pixels)."""

    horizontal: np.ndarray
    vertical: np.ndarray

    def ruled_between(self, left: OcrBox, right: OcrBox) -> bool:
        """Is there a vertical line between two boxes on one row?"""
        a, b = int(max(left.x1 - 2, 0)), int(right.x0 + 2)
        if b <= a:
            return False
        y0, y1 = int(max(left.y0, right.y0)), int(min(left.y1, right.y1))
        if y1 <= y0:
            return False
        column = self.vertical[y0:y1, a:b]
        return bool(column.size) and bool((column.mean(axis=0) > 0.6).any())


def find_rulings(gray: np.ndarray, boxes: list[OcrBox]) -> Rulings:
    """Long straight lines of ink: horizontal ones >= 1/25 of the page width, vertical ones taller than text."""
    import cv2

    ink = (gray < RULING_INK).astype(np.uint8)
    h, w = gray.shape
    text_h = float(np.median([b.height for b in boxes])) if boxes else 0.02 * h
    hk = cv2.getStructuringElement(cv2.MORPH_RECT, (max(25, w // 25), 1))
    vk = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(15, int(1.6 * text_h))))
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, hk) > 0
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, vk) > 0
    return Rulings(horizontal=horizontal, vertical=vertical)


def _line_positions(profile: np.ndarray, threshold: float) -> list[int]:
    """Centres of the runs where ``profile`` >= threshold (a thick line gives one position)."""
    on = profile >= threshold
    positions: list[int] = []
    start = -1
    for i, flag in enumerate(np.append(on, False)):
        if flag and start < 0:
            start = i
        elif not flag and start >= 0:
            positions.append((start + i - 1) // 2)
            start = -1
    return positions


def tables_from_rulings(rulings: Rulings, boxes: list[OcrBox]) -> list[list[list[str]]]:
    """Ruled tables on the page as rows of cell texts (a cell's boxes in reading order, joined by spaces)."""
    import cv2

    grid = (rulings.horizontal | rulings.vertical).astype(np.uint8)
    if not grid.any():
        return []
    grid = cv2.dilate(grid, np.ones((5, 5), np.uint8))
    count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(grid, connectivity=8)
    page_h, page_w = grid.shape
    tables: list[tuple[int, list[list[str]]]] = []
    for index in range(1, count):
        x, y, w, h = (int(v) for v in stats[index][:4])
        if w < 0.25 * page_w or h < 0.03 * page_h:
            continue
        region_h = rulings.horizontal[y : y + h, x : x + w]
        region_v = rulings.vertical[y : y + h, x : x + w]
        rows_at = [y + p for p in _line_positions(region_h.sum(axis=1), 0.3 * w)]
        cols_at = [x + p for p in _line_positions(region_v.sum(axis=0), 0.3 * h)]
        if len(cols_at) < 2 or len(rows_at) < 2:
            continue
        if cols_at[0] - x > 10:
            cols_at.insert(0, x)
        if x + w - cols_at[-1] > 10:
            cols_at.append(x + w)
        if rows_at[0] > y + 10:  # a table continued from the page before has no top line
            rows_at.insert(0, y)
        if rows_at[-1] < y + h - 10:
            rows_at.append(y + h)
        table = _fill_cells(rulings, boxes, rows_at, cols_at)
        if len(table) >= 2 and len(table[0]) >= 2:
            tables.append((y, table))
    return [table for _, table in sorted(tables, key=lambda t: t[0])]


def _fill_cells(
    rulings: Rulings, boxes: list[OcrBox], rows_at: list[int], cols_at: list[int]
) -> list[list[str]]:
    n_rows, n_cols = len(rows_at) - 1, len(cols_at) - 1
    cells: list[list[list[OcrBox]]] = [[[] for _ in range(n_cols)] for _ in range(n_rows)]
    for box in boxes:
        px, py = box.x0 + min(6.0, (box.x1 - box.x0) / 4), box.cy
        r = int(np.searchsorted(rows_at, py)) - 1
        c = int(np.searchsorted(cols_at, px)) - 1
        if 0 <= r < n_rows and 0 <= c < n_cols:
            cells[r][c].append(box)
    table: list[list[str]] = []
    for r in range(n_rows):
        a, b = rows_at[r], rows_at[r + 1]
        if b - a < 6:
            continue
        row: list[str] = []
        span_start = 0
        for c in range(n_cols):
            text = " ".join(" ".join(bx.text for bx in line) for line in _rows(cells[r][c]))
            # no column line inside this row: the cell spans on from the previous one (merged), like PyMuPDF
            if c > 0 and not _has_vertical(rulings, cols_at[c], a, b):
                row[span_start] = " ".join(t for t in (row[span_start], text) if t)
                row.append("")
                continue
            span_start = c
            row.append(text)
        if any(row):
            table.append(row)
    return table


def _has_vertical(rulings: Rulings, x: int, y0: int, y1: int) -> bool:
    pad = max(2, (y1 - y0) // 6)
    strip = rulings.vertical[y0 + pad : max(y0 + pad + 1, y1 - pad), max(x - 3, 0) : x + 4]
    return bool(strip.size) and bool((strip.mean(axis=0) > 0.5).any())
