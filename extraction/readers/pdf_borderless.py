"""Action-plan tables printed with no ruling lines (or only a rule under the header): columns only by the
x-position of their words.

Why not PyMuPDF's ``find_tables(strategy="text")``: it was tried first. Without the ``pymupdf.layout`` package
(which the readers keep out: an ONNX model, ~0.45 s an import, see ``dhr.lazy``) the text strategy is the classic
word-alignment one: it takes the whole page's text as one table (the paragraphs above and below included) and cuts
columns wherever a few words happen to line up (7-21 columns for tables of 4-7), and even clipped to the table it
split columns at chance alignments. A plan's header is more reliable: each header cell starts its column (the
same rule ``pdf_tables._ruled_plan_tables`` uses for tables ruled only between rows). So the columns come from the
header's words, and what the finder would not do anyway is done here: grouping printed lines into rows (with no
rules each line would be a row: a wider gap between lines, or a column whose cell had ended starting again, starts
a new row). A table that runs on to the next page with no header repeated is read there with the columns of the
page before (:class:`Columns`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: A line's words, by column.
Line = list[list[tuple]]


@dataclass(frozen=True, slots=True)
class Columns:
    """The column edges of a borderless plan table, carried to the next page of a table that runs on."""

    edges: tuple[float, ...]  # left edge of each column, then the table's right edge
    #: The table reached the page's foot: the next page's table (with no header) may be its rest.
    runs_on: bool


@dataclass(slots=True)
class _Row:
    bbox: tuple[float, float, float, float]
    cells: list[tuple[float, float, float, float] | None]


@dataclass(slots=True)
class BorderlessTable:
    """A table read from word positions (the shape of a finder table that ``_table_rows`` reads)."""

    bbox: tuple[float, float, float, float]
    rows: list[_Row]


#: Tables with more lines than this are not grouped (a page of text read as a table): bounded work per page.
_MAX_LINES = 400


def borderless_plan_tables(
    page: Any, words: list[tuple], previous: Columns | None
) -> tuple[list[BorderlessTable], Columns | None]:
    """The borderless action-plan tables of ``page`` and the columns to carry to the next page.

    ``previous``: the columns of the table on the page before, when it ran to that page's foot; lines at the top
    of this page before any header are read with them (the rest of the plan, its header not repeated)."""
    from extraction.plan_columns import classify_header

    height = page.rect.height
    # running headers and footers ("Page 3 of 9", "OFFICIAL") are no part of a table
    body = [w for w in words if 0.05 * height < (w[1] + w[3]) / 2 < 0.95 * height and w[4].strip()]
    printed = _printed_lines(body)
    if len(printed) > _MAX_LINES:
        return [], None
    out: list[BorderlessTable] = []
    carry: Columns | None = None
    start = 0
    if previous is not None and previous.runs_on:
        first_header = next(
            (i for i, line in enumerate(printed) if _header_edges(line, classify_header)), None
        )
        upto = len(printed) if first_header is None else first_header
        table = _table(printed[:upto], list(previous.edges), None)
        if table is not None:
            out.append(table)
            carry = Columns(previous.edges, runs_on=table.bbox[3] > 0.8 * height)
            start = upto
    i = start
    while i < len(printed):
        edges = _header_edges(printed[i], classify_header)
        if edges is None:
            i += 1
            continue
        table = _table(printed[i:], edges, classify_header)
        if table is None:
            i += 1
            continue
        out.append(table)
        carry = Columns(tuple(edges), runs_on=table.bbox[3] > 0.8 * height)
        i = next((k for k in range(i + 1, len(printed)) if _top_of(printed[k]) > table.bbox[3]), len(printed))
    return out, carry


#: A gap between two words wider than this (points) separates two header cells (a space is ~2-3 points).
_CELL_GAP = 6.0


def _printed_lines(words: list[tuple]) -> list[list[tuple]]:
    """Words grouped into printed lines (by the middle of their height), top to bottom, each left to right."""
    ordered = sorted(words, key=lambda w: ((w[1] + w[3]) / 2, w[0]))
    lines: list[list[tuple]] = []
    for w in ordered:
        middle = (w[1] + w[3]) / 2
        if lines and abs(middle - (lines[-1][0][1] + lines[-1][0][3]) / 2) <= 0.35 * (w[3] - w[1]):
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w[0]) for line in lines]


def _top_of(line: list[tuple]) -> float:
    return min(w[1] for w in line)


def _header_edges(line: list[tuple], classify: Any) -> list[float] | None:
    """The column edges a plan header line sets (each cell's left edge, then the line's right end), or None when
    the line is not a plan's header."""
    cells: list[list[tuple]] = []
    for w in line:
        if cells and w[0] - cells[-1][-1][2] <= _CELL_GAP:
            cells[-1].append(w)
        else:
            cells.append([w])
    if len(cells) < 2 or not classify([" ".join(w[4] for w in cell) for cell in cells]):
        return None
    return [cell[0][0] - 1 for cell in cells] + [max(w[2] for w in line) + 1]


def _table(printed: list[list[tuple]], edges: list[float], classify: Any | None) -> BorderlessTable | None:
    """The table whose header (when ``classify``) is the first of ``printed``, read down to its end: the last
    line before a wide gap or a paragraph. A line running across the columns is a theme row merged across the
    width ("Theme 2 - Processes - county wide") when a line of cells follows it; else the text after the table."""
    lines: list[Line] = []
    for k, line in enumerate(printed):
        if lines and _top_of(line) - _top_of(printed[k - 1]) > 4 * (line[0][3] - line[0][1]):
            break  # a wide gap: the table has ended
        split = _split(line, edges)
        if split is None:
            break
        if _spans(line, edges):
            nxt = printed[k + 1] if k + 1 < len(printed) else None
            cells_follow = (
                nxt is not None
                and not _spans(nxt, edges)
                and (split_next := _split(nxt, edges)) is not None
                and sum(1 for cell in split_next if cell) >= 2
                and (classify is None or _header_edges(nxt, classify) is None)
            )
            if not lines or not cells_follow:
                break
            split = _ThemeLine([list(line)] + [[] for _ in edges[:-2]])
        lines.append(split)
    if not lines:
        return None
    return _build(lines, edges, classify)


class _ThemeLine(list):  # type: ignore[type-arg]
    """A line read as one cell merged across the table's width (a theme row)."""


#: Two words closer than this (points) are one run of text (a space is ~2-3 points); a column gap is wider.
_WORD_GAP = 4.5


def _spans(line: list[tuple], edges: list[float]) -> bool:
    """The line runs across a column edge as one run of text: a word that crosses an edge, or two words on either
    side of one no further apart than a space (cells keep a margin on each side of an edge)."""
    inner = edges[1:-1]
    for w, nxt in zip(line, [*line[1:], None], strict=True):
        if any(w[0] < edge - 1 and w[2] > edge + 2 for edge in inner):
            return True
        if nxt is not None and nxt[0] - w[2] <= _WORD_GAP and _column(w[0], edges) != _column(nxt[0], edges):
            return True
    return False


def _split(line: list[tuple], edges: list[float]) -> Line | None:
    """A printed line's words by column; None when a word starts well left of the table."""
    cells: Line = [[] for _ in edges[:-1]]
    for w in line:
        # (the last column's header can be narrower than its cells: nothing bounds it on the right)
        if w[0] < edges[0] - 20:
            return None
        cells[_column(w[0], edges)].append(w)
    return cells


def _column(x: float, edges: list[float]) -> int:
    k = 0
    for j, left in enumerate(edges[:-1]):
        if x >= left - 1:
            k = j
    return k


def _top(line: Line) -> float:
    return min(w[1] for cell in line for w in cell)


def _bottom(line: Line) -> float:
    return max(w[3] for cell in line for w in cell)


def _texts(lines: list[Line]) -> list[str]:
    return [" ".join(w[4] for line in lines for w in sorted(line[j], key=lambda w: w[0])) for j in
            range(len(lines[0]))]  # fmt: skip


def _pitch(lines: list[Line]) -> float:
    """The distance between two lines of one cell: the smallest between consecutive lines."""
    steps = [_top(b) - _top(a) for a, b in zip(lines, lines[1:], strict=False) if _top(b) > _top(a)]
    return min(steps) if steps else 0.0


def _groups(lines: list[Line]) -> list[list[Line]]:
    """Printed lines grouped into the table's rows (:func:`_starts_row`)."""
    pitch = _pitch(lines)
    groups: list[list[Line]] = []
    for line in lines:
        theme = bool(groups) and (_theme_line(line) or _theme_line(groups[-1][-1]))
        if not groups or theme or _starts_row(groups[-1], line, pitch):
            groups.append([])
        groups[-1].append(line)
    return groups


def _build(lines: list[Line], edges: list[float], classify: Any | None) -> BorderlessTable | None:
    """The table's rows from its printed lines. With ``classify`` (a plan header test), the table starts at the
    first of its first three rows that is a plan's header (None when there is none); without, at its top."""
    groups = _groups(lines)
    if classify is not None:
        start = next((i for i, g in enumerate(groups[:3]) if classify(_texts(g))), None)
        if start is None or len(groups) - start < 2:
            return None
        groups = groups[start:]
    x0 = edges[0] - 2
    x1 = max(edges[-1], *(w[2] for line in lines for cell in line for w in cell)) + 2
    bounds = [_top(g[0]) - 1 for g in groups] + [_bottom(groups[-1][-1]) + 1]
    columns = list(zip(edges[:-1], edges[1:], strict=True))
    rows = []
    for group, top, bottom in zip(groups, bounds, bounds[1:], strict=False):
        if _merged_across(group, edges):
            # a theme row: one cell the table's width (the finder's shape for a cell merged across)
            cells: list[tuple[float, float, float, float] | None] = [(x0, top, x1, bottom)]
            rows.append(_Row((x0, top, x1, bottom), cells + [None] * (len(columns) - 1)))
            continue
        boxes = [(a - 1, top, b - 1 if b < edges[-1] else x1, bottom) for a, b in columns]
        rows.append(_Row((x0, top, x1, bottom), list(boxes)))
    return BorderlessTable((x0, bounds[0], x1, bounds[-1]), rows)


def _theme_line(line: Line) -> bool:
    """A line :func:`_table` made one cell (a theme row): a row of its own, never part of the row around it."""
    return isinstance(line, _ThemeLine)


def _merged_across(group: list[Line], edges: list[float]) -> bool:
    """A row whose words all sit in its first cell and run past the next column's edge (see :func:`_table`)."""
    return all(not any(line[1:]) and line[0] and max(w[2] for w in line[0]) > edges[1] + 2 for line in group)


def _starts_row(current: list[Line], line: Line, pitch: float) -> bool:
    """A line starts a new row after a wider gap than the lines of one cell have, or where a column whose cell
    had ended (empty on the line above, after text) has text again: a cell's wrapped lines run on unbroken."""
    gap = _top(line) - _top(current[-1])
    if pitch and gap > 1.35 * pitch:
        return True
    above = current[-1]
    for j, cell in enumerate(line):
        if cell and not above[j] and any(earlier[j] for earlier in current[:-1]):
            return True
    return False
