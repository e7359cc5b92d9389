"""Reading order of positioned text blocks (PDF text layer and OCR): rows, and two-column runs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.document import Line


@dataclass(slots=True)
class Block:
    x0: float
    y0: float
    x1: float
    y1: float
    lines: list[Line]

    @classmethod
    def of(cls, lines: list[Line]) -> Block:
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


def order_blocks(blocks: list[Block], width: float) -> list[Line]:
    """Lines in reading order: rows top-to-bottom (left-to-right within a row); two-column runs column by column."""
    ordered = _reading_order(blocks, width)
    lines: list[Line] = []
    for index, block in enumerate(ordered):
        block.lines = _in_rows(block.lines)
        for line in block.lines:
            line.block = index
            lines.append(line)
    _regroup_single_lines(ordered, lines)
    return lines


def _in_rows(lines: list[Line]) -> list[Line]:
    """Top to bottom, left to right within a row. A row is lines whose tops lie within 2 pt of its first line's:
    a table's number cell in a larger print sits a fraction lower than its text cell, and rounding the tops to
    bins could put the two on either side of a bin's edge (the text first, the number after it)."""
    return [line for row in _printed_rows(lines) for line in sorted(row, key=lambda ln: ln.x0)]


def _printed_rows(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into printed rows: a row is lines whose tops lie within 2 pt of its first line's, and
    lines in smaller print set on its baseline (a list number printed small sits lower than its text's top:
    its middle is inside the row's first line)."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: (ln.y0, ln.x0)):
        if rows and (line.y0 - rows[-1][0].y0 <= 2.0 or _on_baseline_of(line, rows[-1][0])):
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _on_baseline_of(line: Line, first: Line) -> bool:
    """Is ``line`` in smaller print than ``first`` and level with it (its middle within ``first``'s height)?"""
    return line.size < first.size - 1.0 and first.y0 < (line.y0 + line.y1) / 2 < first.y1


def _regroup_single_lines(ordered: list[Block], lines: list[Line]) -> None:
    """Put the lines of one paragraph back into one block where the text layer gave each line a block of its
    own (wide line spacing, 1.5 or double, makes MuPDF do so): later stages read a new block as a new paragraph.

    Only on pages where most blocks are single rows. A line joins the block of the line before it when both are
    in the same column, size and weight, it sits one line pitch (the page's usual distance between consecutive
    lines) below it, and the line before it runs most of the column's width (a short line ends a paragraph, or
    is a heading or a number on its own).
    """
    # a block of one printed row: one line, or a list number and its text side by side
    one_row = sum(len(_row_widths(b.lines)) == 1 for b in ordered)
    if len(ordered) < 8 or one_row < 0.7 * len(ordered):
        return
    steps = [
        round(b.y0 - a.y0)
        for a, b in zip(lines, lines[1:], strict=False)
        if 0 < b.y0 - a.y0 < 3 * max(a.size, 1.0) and abs(a.x0 - b.x0) < 3 and abs(a.size - b.size) < 0.3
    ]
    if len(steps) < 4:
        return
    pitch = max(set(steps), key=steps.count)
    rights: dict[int, float] = {}  # the right edge of the column starting near x (cached per 3 pt)

    def right_edge(left: float) -> float:
        key = round(left / 3)
        if key not in rights:
            # the furthest any line starting near the column's left edge reaches
            rights[key] = max(ln.x1 for ln in lines if abs(ln.x0 - left) < 60)
        return rights[key]

    merged: dict[int, int] = {}  # block -> the block it joins (blocks are contiguous in reading order)
    for a, b in zip(lines, lines[1:], strict=False):
        a_block = merged.get(a.block, a.block)
        if a_block == merged.get(b.block, b.block):
            continue
        column_left = min(a.x0, b.x0)
        same_column = abs(a.x0 - b.x0) < 3 or (b.x0 < a.x0 and a.x0 - b.x0 < 60)  # hanging indent
        long_line = a.x1 - column_left >= 0.8 * (right_edge(column_left) - column_left)
        if (
            same_column
            and long_line
            and abs(a.size - b.size) < 0.3
            and a.bold == b.bold
            and 0 < b.y0 - a.y0 <= pitch * 1.15
        ):
            merged[b.block] = a_block
    for line in lines:
        line.block = merged.get(line.block, line.block)


def _rows(blocks: list[Block], tolerance: float = 3.0) -> list[Block]:
    """Sort top-to-bottom, treating blocks whose tops are within ``tolerance`` as one row (left to right)."""
    ordered = sorted(blocks, key=lambda b: (b.y0, b.x0))
    result: list[Block] = []
    row: list[Block] = []
    for block in ordered:
        if row and block.y0 - row[0].y0 > tolerance:
            result.extend(sorted(row, key=lambda b: b.x0))
            row = []
        row.append(block)
    result.extend(sorted(row, key=lambda b: b.x0))
    return result


def _reading_order(blocks: list[Block], width: float) -> list[Block]:
    if not blocks:
        return blocks
    columns = _three_or_more_columns(blocks, width)
    if columns is not None:
        return _column_runs(blocks, columns)
    centre = width / 2
    slack = 0.02 * width

    def is_left(item: Line | Block) -> bool:
        return item.x1 <= centre + slack

    def is_right(item: Line | Block) -> bool:
        return item.x0 >= centre - slack and item.x1 > centre + slack

    # MuPDF can put side-by-side lines of both columns into one block: split such blocks at the centre. A short
    # line starting at the centre (a list number of the right column, or of a text frame set beside the text)
    # belongs to the right column though it ends before the centre's slack.
    # So does a list number printed just before the centre, level with and close to its text in the right column
    # (a frame's hanging number on a narrower page).
    def right_line(line: Line, block: Block) -> bool:
        return (
            is_right(line)
            or line.x0 >= centre - slack
            or (
                len(line.text) <= 6
                and any(
                    is_right(o) and abs(o.y0 - line.y0) <= 3 and 0 <= o.x0 - line.x1 < 40 for o in block.lines
                )
            )
        )

    split: list[Block] = []
    for block in blocks:
        left_lines = [ln for ln in block.lines if is_left(ln) and not right_line(ln, block)]
        right_lines = [ln for ln in block.lines if right_line(ln, block)]
        if left_lines and right_lines and len(left_lines) + len(right_lines) == len(block.lines):
            split.extend((Block.of(left_lines), Block.of(right_lines)))
        else:
            split.append(block)
    left = [b for b in split if is_left(b)]
    right = [b for b in split if is_right(b)]
    if left and right and _welsh_beside_english(left, right):
        # one text in two languages side by side (a bilingual table): row by row, each paragraph beside its
        # twin, a paragraph's lines kept together however wide the line spacing
        rest = [b for b in split if not is_left(b) and not is_right(b)]
        return _rows([*_join_lines(left), *_join_lines(right), *rest])
    if not _is_two_column(left, right, split, width):
        above = _columns_above_table(blocks, width)
        if above is not None:
            return above
        beside = _box_beside_text(right, split, width)
        if beside is None:
            return _rows(blocks)
        left = beside
    else:
        # two columns over a table whose Lead / Target cells sit right of the centre: the table's cells joined
        # the columns, so its left cells were read before the right column's text (the columns are cut off at
        # the table's first row, as for a page that does not read as two columns, where the table below it
        # reads row by row)
        above = _columns_above_table(blocks, width, below_in_rows=True)
        if above is not None:
            return above
        left = _above_single_column_tail(left, right)
    # Split at full-width (spanning) blocks: each run between them is read left column, then right column (a
    # block in both lists is the right column's)
    return _column_runs(split, [left, right])


_NUMBER_ONLY = re.compile(r"^\(?\w{1,3}[.)]?$")


def _columns_above_table(
    blocks: list[Block], width: float, below_in_rows: bool = False
) -> list[Block] | None:
    """A two-column section ended mid-page by a continuous section break, with a table below it (an action plan
    after a recommendations chapter set in two columns): the table's cells, which pair up row by row across the
    page's centre, keep the whole page from reading as two columns. Cut the page at the table's first row (three
    cells or more level with each other on both sides of the centre) and read what is above it on its own;
    return None unless that part reads as columns (the table and what follows it are read row by row).
    ``below_in_rows`` (the page reads as two columns as a whole): only where two such rows or more are found
    and what is below the cut does not read as two columns on its own (a table, not more of the columns)."""
    centre = width / 2
    # (a list number is no cell: two columns' numbered items can print level with each other)
    cells = [ln for b in blocks for ln in b.lines if not _NUMBER_ONLY.match(ln.text.strip())]
    across = [
        min(ln.y0 for ln in row)
        for row in _printed_rows(cells)
        if len(row) >= 3 and any(ln.x1 <= centre for ln in row) and any(ln.x0 >= centre for ln in row)
    ]
    if not across or (below_in_rows and len(across) < 2):
        return None
    cut = min(across)
    ordered = sorted(blocks, key=lambda b: (b.y0, b.x0))
    upper = [b for b in ordered if b.y0 < cut - 1.0]
    lower = [b for b in ordered if b.y0 >= cut - 1.0]
    if len(upper) < 4 or not lower:
        return None
    if below_in_rows:
        # what is below the cut is a table (its cells pair up across the centre), not more of the columns
        slack = 0.02 * width
        lower_left = [b for b in lower if b.x1 <= centre + slack]
        lower_right = [b for b in lower if b.x0 >= centre - slack and b.x1 > centre + slack]
        if _is_two_column(lower_left, lower_right, lower, width):
            return None
    read = _reading_order(upper, width)
    plain = _rows(upper)
    if [id(ln) for b in read for ln in b.lines] == [id(ln) for b in plain for ln in b.lines]:
        return None
    return [*read, *_rows(lower)]


def _three_or_more_columns(blocks: list[Block], width: float) -> list[list[Block]] | None:
    """The columns of a page set in three or more (a newsletter-style summary page), left to right, or None.
    Blocks narrower than 0.3 of the page fall into columns where their spans overlap; a column needs a gutter
    on each side, two lines or more and a fifth of the page's width at most a column apart; a block below the
    other columns' ends (a page number at the foot) is not in the run. Table cells, whose tops pair up row by
    row across the columns, are no columns."""
    narrow = sorted((b for b in blocks if b.x1 - b.x0 < 0.3 * width), key=lambda b: b.x0)
    columns = _columns_of(_overlapping(narrow), blocks, width)
    if columns is None:
        # a line of its own wider than a column (a heading over the run, half the text's width) joins two
        # columns it overlaps: the columns are the paragraphs' (two lines or more), and a line of its own is
        # in one where it lies within its span (else it is read where it stands, as a heading)
        paragraphs = _overlapping([b for b in narrow if len(b.lines) >= 2])
        spans = [(min(b.x0 for b in g) - 3.0, max(b.x1 for b in g) + 3.0) for g in paragraphs]
        for block in narrow:
            if len(block.lines) < 2:
                for group, (left, right) in zip(paragraphs, spans, strict=True):
                    if left <= block.x0 and block.x1 <= right:
                        group.append(block)
                        break
        columns = _columns_of(paragraphs, blocks, width)
    return columns


def _overlapping(narrow: list[Block]) -> list[list[Block]]:
    """Blocks (sorted by their left edge) grouped where their spans overlap, left to right."""
    groups: list[list[Block]] = []
    for block in narrow:
        if groups and block.x0 < max(b.x1 for b in groups[-1]):
            groups[-1].append(block)
        else:
            groups.append([block])
    return groups


def _columns_of(groups: list[list[Block]], blocks: list[Block], width: float) -> list[list[Block]] | None:
    """The groups of narrow blocks as the columns of a run of three or more, or None (see
    :func:`_three_or_more_columns`)."""
    if len(groups) < 3:
        return None
    bottoms = [max(b.y1 for b in group) for group in groups]
    kept: list[list[Block]] = []
    for k, group in enumerate(groups):
        others = max(bottom for j, bottom in enumerate(bottoms) if j != k)
        kept.append([b for b in group if b.y0 <= others + 2.0])
    kept = [group for group in kept if group]
    if len(kept) < 3 or any(sum(len(b.lines) for b in group) < 2 for group in kept):
        return None
    spans = [(min(b.x0 for b in g), max(b.x1 for b in g)) for g in kept]
    # (a column is 0.15 of the page wide at least, or of the span of the text where wide margins narrow it)
    text_span = max(b.x1 for b in blocks) - min(b.x0 for b in blocks)
    if any(right - left < 0.15 * min(width, text_span) for left, right in spans):
        return None
    if any(nxt[0] - cur[1] > 0.2 * width for cur, nxt in zip(spans, spans[1:], strict=False)):
        return None
    # side by side: every column overlaps the first one's height
    top, bottom = min(b.y0 for b in kept[0]), max(b.y1 for b in kept[0])
    if any(min(b.y0 for b in g) >= bottom or max(b.y1 for b in g) <= top for g in kept[1:]):
        return None
    tops = [[b.y0 for b in g] for g in kept]
    paired = sum(1 for y in tops[0] if any(abs(y - other) < 2.0 for g in tops[1:] for other in g))
    if len(tops[0]) >= 2 and paired > 0.5 * len(tops[0]) and not _flows_on(kept):
        return None
    return kept


def _flows_on(columns: list[list[Block]]) -> bool:
    """Does a sentence cut at the foot of one column go on at the head of the next (its last line unpunctuated,
    the next column's first line in lower case)? Newspaper columns do; a table's cells, whose paragraphs can
    start level with each other as the columns' do, do not."""
    for column, nxt in zip(columns, columns[1:], strict=False):
        last = max((ln for b in column for ln in b.lines), key=lambda ln: ln.y1)
        first = min((ln for b in nxt for ln in b.lines), key=lambda ln: (ln.y0, ln.x0))
        if not re.search(r"[.:;!?]$", last.text.rstrip()) and first.text.strip()[:1].islower():
            return True
    return False


def _column_runs(blocks: list[Block], columns: list[list[Block]]) -> list[Block]:
    """Blocks in reading order where ``columns`` hold the page's columns, left to right (two, or a run of three
    or more): spanning blocks split the page into runs, each run read column by column, left to right; a block
    in more than one column is read in the last."""
    column_of = {id(b): k for k, column in enumerate(columns) for b in column}
    result: list[Block] = []
    segment: list[Block] = []

    def flush() -> None:
        for k in range(len(columns)):
            result.extend(_rows([b for b in segment if column_of[id(b)] == k]))
        segment.clear()

    for block in sorted(blocks, key=lambda b: (b.y0, b.x0)):
        if id(block) in column_of:
            segment.append(block)
        else:
            flush()
            result.append(block)
    flush()
    return result


def _above_single_column_tail(left: list[Block], right: list[Block]) -> list[Block]:
    """The left column's blocks without a one-column tail printed below both columns: a two-column section
    ended mid-page by a continuous section break is balanced (both columns end level), and what follows in one
    column (a heading and its short lines) sits at the left margin below them. Read as the left column, it
    would come before the right column's text. The tail starts with a heading (print larger than the columns',
    or bold) at least a line below the right column's end, and the left column above it ends level with the
    right one or above its end."""
    right_bottom = max(b.y1 for b in right)
    pitch = max(ln.y1 - ln.y0 for b in right for ln in b.lines[-1:])
    body = sorted(ln.size for b in right for ln in b.lines)[sum(len(b.lines) for b in right) // 2]
    above = [b for b in left if b.y0 < right_bottom + pitch]
    tail = sorted((b for b in left if b.y0 >= right_bottom + pitch), key=lambda b: b.y0)
    if not tail or not above:
        return left
    first = tail[0].lines[0]
    heading = first.size >= body + 1.0 or (first.bold and len(first.text.split()) <= 8)
    # (or the left column ends short of the right one: a column break ended it early, as a browser's print
    # of a two-column section leaves it, so what lies below both columns follows both)
    balanced = abs(max(b.y1 for b in above) - right_bottom) <= 1.5 * pitch or (
        max(b.y1 for b in above) < right_bottom - pitch
    )
    # a sentence cut at the foot of the left column and going on at the head of the right one: the columns
    # flow left to right (a short right column that happens to end level with a heading lower down the left)
    # (the left column above the heading ends its paragraph: what the right column goes on with is the
    # lower part's sentence, not the upper part's)
    last = max((ln for b in tail for ln in b.lines), key=lambda ln: ln.y1)
    upper = max((ln for b in above for ln in b.lines), key=lambda ln: ln.y1)
    top = min((ln for b in right for ln in b.lines), key=lambda ln: ln.y0)
    flows = (
        not re.search(r"[.:;!?]$", last.text.rstrip())
        and re.search(r"[.:;!?]$", upper.text.rstrip()) is not None
        and top.text.strip()[:1].islower()
    )
    return above if heading and balanced and not flows else left


def _row_widths(lines: list[Line]) -> list[float]:
    """The width of each printed row: lines whose tops lie within 2 pt are one row (a list number and its text,
    a heading's number and its words are separate lines of one row)."""
    return [max(ln.x1 for ln in row) - min(ln.x0 for ln in row) for row in _printed_rows(lines)]


def _join_lines(blocks: list[Block]) -> list[Block]:
    """Blocks of one column joined where the next starts at the same indent less than a line's height below
    (the lines of one paragraph, each a block of its own at wide line spacing)."""
    out: list[Block] = []
    for block in sorted(blocks, key=lambda b: b.y0):
        if out:
            last = out[-1]
            height = min(last.lines[-1].y1 - last.lines[-1].y0, block.lines[0].y1 - block.lines[0].y0)
            if abs(block.x0 - last.x0) < 3.0 and 0 <= block.y0 - last.y1 < 0.9 * height:
                out[-1] = Block.of([*last.lines, *block.lines])
                continue
        out.append(block)
    return out


def _welsh_beside_english(left: list[Block], right: list[Block]) -> bool:
    from extraction.readers.bilingual import language

    sides = {language(" ".join(ln.text for b in side for ln in b.lines)) for side in (left, right)}
    return sides == {"cy", "en"}


def _least_column(blocks: list[Block], width: float) -> float:
    """The least width a column of prose has: a quarter of the page, or a third of the width the page's text
    spans where wide margins make that less (a narrow text area's two columns are each under a quarter of
    the page)."""
    span = max(b.x1 for b in blocks) - min(b.x0 for b in blocks) if blocks else width
    return min(0.25 * width, 0.33 * span)


def _is_two_column(left: list[Block], right: list[Block], blocks: list[Block], width: float) -> bool:
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
    # Prose columns are wide and their lines fill them; a label/value table's short cells do not. A column
    # where a section ends can be a few short rows (a paragraph's last lines, a numbered heading): it passes
    # beside a column of prose many times its length, which a label/value table (as many rows a side) is not.
    filled: list[bool] = []
    row_counts: list[int] = []
    least = _least_column(blocks, width)
    for side in (left, right):
        x0 = min(b.x0 for b in side)
        column_width = max(b.x1 for b in side) - x0
        if column_width < least:
            return False
        widths = sorted(_row_widths([ln for b in side for ln in b.lines]))
        median = widths[len(widths) // 2]
        if median < 0.3 * column_width:
            return False
        filled.append(median >= 0.6 * column_width)
        row_counts.append(len(widths))
    if not all(filled):
        prose = 0 if filled[0] else 1
        if not filled[prose] or row_counts[1 - prose] > 8 or row_counts[prose] < 3 * row_counts[1 - prose]:
            return False
    # Tables look like columns too, but their cells pair up row by row; prose columns do not.
    right_tops = [b.y0 for b in right]
    paired = sum(1 for b in left if any(abs(b.y0 - y) < 2.0 for y in right_tops))
    if len(left) >= 2 and paired > 0.5 * len(left):
        return False
    return True


def _box_beside_text(right: list[Block], blocks: list[Block], width: float) -> list[Block] | None:
    """A text box or frame set on the right of a page of full-width prose, the text wrapping beside it: the
    page is not in two columns, but over the box's height it is. Returns the left blocks beside the box (read
    before it, as a column) or None. Only a clean run: the box's lines are prose, nothing full-width prints
    level with it, a gutter parts the two, and their lines do not pair up row by row (a table)."""
    if not right or sum(len(b.lines) for b in right) < 2 or sum(b.chars for b in right) < 80:
        return None
    top, bottom = min(b.y0 for b in right), max(b.y1 for b in right)
    gutter = min(b.x0 for b in right)
    right_ids = {id(b) for b in right}
    # the text wrapped beside the box ends short of it, not of the page's centre
    beside = [b for b in blocks if id(b) not in right_ids and b.x1 < gutter and b.y0 < bottom and b.y1 > top]
    if sum(len(b.lines) for b in beside) < 2:
        return None
    sides = {id(b) for b in beside} | {id(b) for b in right}
    others = (ln for b in blocks if id(b) not in sides and b.chars > 3 for ln in b.lines)
    if any(top < (ln.y0 + ln.y1) / 2 < bottom for ln in others):
        # a full-width line level with the box: not a run of two columns (a paragraph whose first line starts
        # level with the box's last one, below its middle, is below it)
        return None
    if max(b.x1 for b in beside) >= min(b.x0 for b in right):
        return None
    least = _least_column(blocks, width)
    for side in (beside, right):
        x0 = min(b.x0 for b in side)
        column_width = max(b.x1 for b in side) - x0
        widths = sorted(_row_widths([ln for b in side for ln in b.lines]))
        if column_width < least or widths[len(widths) // 2] < 0.5 * column_width:
            return None
    right_tops = [b.y0 for b in right]
    paired = sum(1 for b in beside if any(abs(b.y0 - y) < 2.0 for y in right_tops))
    if len(beside) >= 2 and paired > 0.5 * len(beside):
        return None
    return beside
