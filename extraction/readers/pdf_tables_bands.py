"""Column lines a shaded Word table style leaves undrawn, for PyMuPDF's table finder (``add_lines``).

Word's shaded styles (Medium Shading, Light Shading, banded grids) draw no vertical rules: each cell of a
shaded row is a filled box, and the finder reads those boxes' edges as the table's lines. A row left unfilled
by the banding (every other row) then has no column edges at all and is read as one cell that holds the whole
row ("9.3 Include the learning ... All agencies 30/06/2016 ..."), and an unfilled header row between the two
rules of a Light Shading style is left out of the table. The other rows' cell edges are the table's columns:
this module carries them down (and up) into such rows where the row's words show the same columns.
"""

from __future__ import annotations

from typing import Any

Segment = tuple[tuple[float, float], tuple[float, float]]
Box = tuple[float, float, float, float]

#: A word processor pads a cell's text a few points inside its edges: words nearer a column edge than this
#: run across it (one cell's text), farther from it on both sides they sit in the cells either side.
_CLEARANCE = 3.0
#: A row band outside the found table taller than this (several lines of header) is not read as one of its rows.
_MAX_BAND = 64.0
#: An unfilled row between two filled ones taller than this (a third of a page) is not read as one row.
_MAX_ROW = 250.0
#: Cells merged across columns looked at per table (a hostile page's thousands are not each searched).
_MAX_SPANNING = 200


def band_edges(tables: list[Any], words: list[tuple], boxes: list[Box]) -> list[Segment]:
    """Vertical segments that split the table's merged-looking rows at its columns, and close the unfilled rows
    just outside it: between its edge and a full-width rule (an unfilled header row, a last unfilled band), or
    between two found tables of the same columns (with no outer border, each filled row is a table of its own
    and the unfilled row between two of them belongs to neither).

    A cell spanning several of the table's column edges is split only when none of its words comes within
    :data:`_CLEARANCE` of an edge and its words sit on both sides of at least one: a cell truly merged across
    (a theme row, a long recommendation) runs its words over the edges, a short title sits in the first slot.
    """
    edges: list[Segment] = []
    shaped = [(table, _columns(table)) for table in tables]
    for table, columns in shaped:
        if len(columns) < 3:
            continue
        # cells spanning a column edge, bounded in number: each is checked against the page's words
        cells = sorted({c for c in table.cells if c})
        spanning = [c for c in cells if any(c[0] + _CLEARANCE < x < c[2] - _CLEARANCE for x in columns)]
        for cell in spanning[:_MAX_SPANNING]:
            edges += _split(cell, columns, words)
        alike = [t.bbox for t, c in shaped if t is not table and _same_columns(c, columns)]
        edges += _outer_rows(table.bbox, columns, words, boxes, alike)
    return edges


def _same_columns(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= 2.0 for x, y in zip(a, b, strict=True))


def _columns(table: Any) -> list[float]:
    """The x of the table's column edges (every cell's left and right, near ones taken as one)."""
    xs = sorted({c[0] for c in table.cells if c} | {c[2] for c in table.cells if c})
    out: list[float] = []
    for x in xs:
        if not out or x - out[-1] > 2.0:
            out.append(x)
    return out


def _split(cell: Box, columns: list[float], words: list[tuple]) -> list[Segment]:
    x0, y0, x1, y1 = cell
    inner = [x for x in columns if x0 + _CLEARANCE < x < x1 - _CLEARANCE]
    if not inner:
        return []
    inside = [w for w in words if x0 <= (w[0] + w[2]) / 2 <= x1 and y0 <= (w[1] + w[3]) / 2 <= y1]
    if not _shows_columns(inside, inner):
        return []
    return [((x, y0), (x, y1)) for x in inner]


def _shows_columns(words: list[tuple], inner: list[float]) -> bool:
    """True when no word comes near an inner edge and words lie on both sides of at least one of them."""
    if any(w[0] - _CLEARANCE < x < w[2] + _CLEARANCE for w in words for x in inner):
        return False
    return any(any(w[2] < x for w in words) and any(w[0] > x for w in words) for x in inner)


def _outer_rows(
    table_box: Box, columns: list[float], words: list[tuple], boxes: list[Box], alike: list[Box]
) -> list[Segment]:
    """Columns drawn into the band between the table's top (bottom) edge and the nearest rule across the
    table's width, or table of the same columns, just above (below) it, when that band's words are a row of the
    table's columns."""
    left, top, right, bottom = table_box
    rules = [
        (y0 + y1) / 2
        for x0, y0, x1, y1 in boxes
        if y1 - y0 < 2.5 and x0 <= left + _CLEARANCE and x1 >= right - _CLEARANCE
    ]
    above = [y for y in rules if top - _MAX_BAND <= y < top - 6]
    above += [b[3] for b in alike if top - _MAX_ROW <= b[3] < top - 6]
    below = [y for y in rules if bottom + 6 < y <= bottom + _MAX_BAND]
    below += [b[1] for b in alike if bottom + 6 < b[1] <= bottom + _MAX_ROW]
    out: list[Segment] = []
    if above:
        out += _band((max(above), top), left, right, columns, words)
    if below:
        out += _band((bottom, min(below)), left, right, columns, words)
    return out


def _band(
    band: tuple[float, float], left: float, right: float, columns: list[float], words: list[tuple]
) -> list[Segment]:
    y0, y1 = band
    inside = [w for w in words if y0 < (w[1] + w[3]) / 2 < y1 and w[4].strip()]
    # words beside the table in the band: body text that runs past it, not a row of it
    if not inside or any(w[0] < left - _CLEARANCE or w[2] > right + _CLEARANCE for w in inside):
        return []
    inner = [x for x in columns if left + _CLEARANCE < x < right - _CLEARANCE]
    if not _shows_columns(inside, inner):
        return []
    return [((x, y0), (x, y1)) for x in columns]
