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

import re
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
    #: (column, role) of the header (``plan_columns.classify_header``), for reading the rest's rows.
    roles: tuple[tuple[int, str], ...] = ()


@dataclass(slots=True)
class BuiltRow:
    bbox: tuple[float, float, float, float]
    cells: list[tuple[float, float, float, float] | None]


@dataclass(slots=True)
class BuiltTable:
    """A table built here rather than by MuPDF's finder, from word positions or (``pdf_tables``) from row rules:
    the shape of a finder table that ``_table_rows`` reads."""

    bbox: tuple[float, float, float, float]
    rows: list[BuiltRow]


#: Tables with more lines than this are not grouped (a page of text read as a table): bounded work per page.
_MAX_LINES = 400


def borderless_plan_tables(
    page: Any, words: list[tuple], previous: Columns | None
) -> tuple[list[BuiltTable], Columns | None]:
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
    out: list[BuiltTable] = []
    carry: Columns | None = None
    start = 0
    if previous is not None and previous.runs_on:
        first_header = next(
            (i for i, line in enumerate(printed) if _header_edges(line, classify_header)), None
        )
        upto = len(printed) if first_header is None else first_header
        table = _table(printed[:upto], list(previous.edges), None, dict(previous.roles))
        if table is not None:
            out.append(table)
            carry = Columns(previous.edges, table.bbox[3] > 0.8 * height, previous.roles)
            start = upto
    i = start
    while i < len(printed):
        edges = _header_edges(printed[i], classify_header)
        if edges is None or _sentence_runs_on(printed[i], printed[i + 1 : i + 2]):
            i += 1
            continue
        edges = _refine_edges(edges, printed[i], printed[i + 1 : i + 40], classify_header)
        roles: dict[int, str] = {}
        table = _table(printed[i:], edges, classify_header, roles)
        if table is None:
            i += 1
            continue
        out.append(table)
        carry = Columns(tuple(edges), table.bbox[3] > 0.8 * height, tuple(sorted(roles.items())))
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


def _header_cells(line: list[tuple]) -> list[list[tuple]]:
    """A header line's words grouped into cells (a gap wider than :data:`_CELL_GAP` between two cells)."""
    cells: list[list[tuple]] = []
    for w in line:
        if cells and w[0] - cells[-1][-1][2] <= _CELL_GAP:
            cells[-1].append(w)
        else:
            cells.append([w])
    return cells


def _header_edges(line: list[tuple], classify: Any) -> list[float] | None:
    """The column edges a plan header line sets (each cell's left edge, then the line's right end), or None when
    the line is not a plan's header."""
    cells = _header_cells(line)
    texts = [" ".join(w[4] for w in cell) for cell in cells]
    # a cell running from one sentence into the next is prose: a two-column page's heading ("Recommendations")
    # printed level with the other column's text ("recorded. The agency most familiar with") is no header
    if len(cells) < 2 or any(_PROSE_CELL.search(t) for t in texts) or not classify(texts):
        return None
    return [cell[0][0] - 1 for cell in cells] + [max(w[2] for w in line) + 1]


def _sentence_runs_on(line: list[tuple], below: list[list[tuple]]) -> bool:
    """Is a cell of ``line`` a sentence's line going on under it (two columns of prose, not a header): six
    words or more on one line, and the next printed line goes on below it, from its left edge, in lower case?
    A header names its column in a few words, or wraps them in a narrow column ("Action to be" / "taken")."""
    if not below:
        return False
    for cell in _header_cells(line):
        if len(cell) < 6:
            continue
        left, right = cell[0][0], cell[-1][2]
        under = [w for w in below[0] if abs(w[0] - left) <= 3.0 or left < w[0] < right]
        if under and abs(under[0][0] - left) <= 3.0 and under[0][4][:1].islower():
            return True
    return False


_PROSE_CELL = re.compile(
    r"\b[a-z]{3,}[.;]\s+[A-Z][a-z]*\s+\w+\s+\w+"
    # a line of a two-column page's prose: a header cell starts in capitals (or a number), and names its column
    # (a wrapped one may break after "to be" or "by", not after "were" or "the": a sentence going on)
    r"|^[a-z]"
    r"|\s(?:were|was|is|are|has|have|had|been|the|an|that|which|its|their|his|her)$"
)


def _refine_edges(
    edges: list[float], header: list[tuple], below: list[list[tuple]], classify: Any
) -> list[float]:
    """Move a column's left edge to where its cells start when the header word is centred over the column: the
    leftmost word that starts a cell (first on its line, or after a column gap) between the header cell to its
    left and its own header word. With left-aligned headers the cells start under the header word: no change."""
    cells = _header_cells(header)
    if len(cells) != len(edges) - 1:
        return edges
    starts: list[float] = []
    used: list[list[tuple]] = []
    single = False
    for line in below:
        line_starts = [w[0] for k, w in enumerate(line) if k == 0 or w[0] - line[k - 1][2] > _CELL_GAP]
        if len(line_starts) < 2:
            if len(edges) > 2 and line[0][0] >= edges[1] - 2:
                used.append(line)  # a cell's line in a later column: no edge runs through its words either
            if single:
                break  # two lines of running text: a paragraph, the table has ended
            single = True
            continue  # one run of words (a theme row, a paragraph's last line)
        single = False
        if _header_edges(line, classify):
            break  # the next table's header
        if line[0][0] >= edges[0] - 20:
            starts.extend(line_starts)
            used.append(line)
    # a column's cells start where no word of the rows runs across: a wide space of justified text is no edge
    starts = [x for x in starts if not any(w[0] < x - 1 and w[2] > x + 1 for line in used for w in line)]
    out = list(edges)
    first = [x for x in starts if x < edges[0] and x < max(w[2] for w in cells[0])]
    if first:
        out[0] = min(first) - 1
    for j in range(1, len(cells)):
        low = max(w[2] for w in cells[j - 1]) + 2
        inside = [x for x in starts if low < x < edges[j]]
        if inside:
            out[j] = min(inside) - 1
    return out


def _table(
    printed: list[list[tuple]], edges: list[float], classify: Any | None, roles: dict[int, str]
) -> BuiltTable | None:
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
    return _build(lines, edges, classify, roles)


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


def _groups(lines: list[Line], roles: dict[int, str]) -> list[list[Line]]:
    """Printed lines grouped into the table's rows (:func:`_starts_row`)."""
    pitch = _pitch(lines)
    groups: list[list[Line]] = []
    for line in lines:
        theme = bool(groups) and (_theme_line(line) or _theme_line(groups[-1][-1]))
        if not groups or theme or _starts_row(groups[-1], line, pitch, roles):
            groups.append([])
        groups[-1].append(line)
    return groups


def _header_wrap(line: Line, header: Line) -> bool:
    """A line under the header that holds only its wrapped words ("completion and" under "Date of"): no figure,
    short cells, fewer of them than the header's first line."""
    texts = [" ".join(w[4] for w in cell) for cell in line]
    filled = [t for t in texts if t]
    return (
        not _theme_line(line)
        and bool(filled)
        and len(filled) < sum(1 for cell in header if cell)
        and all(len(t) <= 30 and not any(ch.isdigit() for ch in t) for t in filled)
    )


def _build(
    lines: list[Line], edges: list[float], classify: Any | None, roles: dict[int, str]
) -> BuiltTable | None:
    """The table's rows from its printed lines. With ``classify`` (a plan header test) the first line is the
    header (with the lines of its wrapped words under it) and ``roles`` is filled with its columns' roles; without,
    the lines are the rest of a table whose header (``roles``) was on the page before."""
    if classify is not None:
        k = 1
        while k < len(lines) and _header_wrap(lines[k], lines[0]):
            k += 1
        found = classify(_texts(lines[:k]))
        if not found or len(lines) == k:
            return None
        roles.update(found)
        groups = [lines[:k], *_groups(lines[k:], roles)]
    else:
        groups = _groups(lines, roles)
    x0 = edges[0] - 2
    x1 = max(edges[-1], *(w[2] for line in lines for cell in line for w in cell)) + 2
    bounds = [_top(g[0]) - 1 for g in groups] + [_bottom(groups[-1][-1]) + 1]
    columns = list(zip(edges[:-1], edges[1:], strict=True))
    rows = []
    for group, top, bottom in zip(groups, bounds, bounds[1:], strict=False):
        if _merged_across(group, edges):
            # a theme row: one cell the table's width (the finder's shape for a cell merged across)
            cells: list[tuple[float, float, float, float] | None] = [(x0, top, x1, bottom)]
            rows.append(BuiltRow((x0, top, x1, bottom), cells + [None] * (len(columns) - 1)))
            continue
        boxes = [(a - 1, top, b - 1 if b < edges[-1] else x1, bottom) for a, b in columns]
        rows.append(BuiltRow((x0, top, x1, bottom), list(boxes)))
    return BuiltTable((x0, bounds[0], x1, bounds[-1]), rows)


def _theme_line(line: Line) -> bool:
    """A line :func:`_table` made one cell (a theme row): a row of its own, never part of the row around it."""
    return isinstance(line, _ThemeLine)


def _merged_across(group: list[Line], edges: list[float]) -> bool:
    """A row whose words all sit in its first cell and run past the next column's edge (see :func:`_table`)."""
    return all(not any(line[1:]) and line[0] and max(w[2] for w in line[0]) > edges[1] + 2 for line in group)


def _starts_row(current: list[Line], line: Line, pitch: float, roles: dict[int, str]) -> bool:
    """A line starts a new row after a wider gap than the lines of one cell have, or where a column whose cell
    had ended (empty on the line above, after text) has text again: a cell's wrapped lines run on unbroken.
    In a table whose rows sit as close as a cell's lines (no spacing), the cells themselves tell: a number in
    the number column, a numbered recommendation, a whole target date under a whole one ("Sept 2018" over
    "Oct 2018", not "31st" over "March 2018"), the lead of the row's first line printed again."""
    gap = _top(line) - _top(current[-1])
    if pitch and gap > 1.35 * pitch:
        return True
    above = current[-1]
    for j, cell in enumerate(line):
        if cell and not above[j] and any(earlier[j] for earlier in current[:-1]):
            return True
    for j, role in roles.items():
        if j >= len(line) or not line[j]:
            continue
        text = _cell(line, j)
        if role == "number" and _NUMBER.match(text):
            return True
        if role == "rec" and _NUMBERED_REC.match(text):
            return True
        if role == "target" and _two_targets(_cell(above, j), text):
            return True
        if role == "lead" and _cell(above, j) and text == _cell(current[0], j):
            return True
    return False


def _cell(line: Line, j: int) -> str:
    return " ".join(w[4] for w in line[j]) if j < len(line) else ""


#: A number cell's whole text ("3", "2a", "4.1", "(b)", "c)"); a numbered recommendation's start.
_NUMBER = re.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,3})*[a-z]?|[a-z])[.):]?$")
_NUMBERED_REC = re.compile(r"^(?:recommendation\s+\d{1,3}\b|\d{1,3}(?:\.\d{1,3})*[a-z]?[.)]\s+[A-Z])", re.I)
#: Target cells that are whole though they are no date.
_TARGET_WORDS = {
    "ongoing", "tbc", "tbd", "complete", "completed", "immediate", "immediately", "n/a", "annually", "quarterly",
    "monthly", "now", "done",
}  # fmt: skip


def _whole_target(text: str) -> bool:
    from extraction.target_dates import target_date

    text = text.strip()
    return bool(text) and (text.lower().strip(" .") in _TARGET_WORDS or target_date(text) is not None)


#: The end of a line that a target cell continues after: a list label ("1. June 2019 2."), a joining word.
_OPEN_END = re.compile(
    r"(?:\b\d{1,2}[.)]|\b[a-z]\)|[-–(,/]|\b(?:to|and|by|from|of|or|end|the|within))$", re.I
)
#: A status that the day it came about follows ("Completed" over "12/01/23", "Revised to" over "June 2023").
_STATUS_END = re.compile(r"\b(?:completed?|achieved|done|closed|revised(?:\s+to)?)[:\s–-]*$", re.I)
_LABEL_START = re.compile(r"^(?:\d{1,2}[.)]|\d{1,3}\.\d{1,2}\.?|[a-z]\)|\([a-z]\))\s")


def _two_targets(above: str, text: str) -> bool:
    """Two target cells, one over the other, not one cell on two lines: each is whole, neither line is part of a
    numbered list in the cell, and read together they give the same dates as apart ("a) Sept 2017 b) Q3" over
    "2017/18" gives Q3 2017/18 together)."""
    from extraction.target_dates import target_date, target_dates

    if not (_whole_target(above) and _whole_target(text)):
        return False
    if _OPEN_END.search(above.strip()) or _LABEL_START.match(text) or _LABEL_START.match(above):
        return False
    if _STATUS_END.search(above.strip()) and target_date(text) is not None:
        return False  # (a status over a word, "Complete" over "Ongoing", is two cells)
    apart = [t.iso for t in target_dates(above)] + [t.iso for t in target_dates(text)]
    return [t.iso for t in target_dates(f"{above} {text}")] == apart
