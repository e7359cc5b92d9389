"""Numbers of actions under their recommendation's number in an action plan: "1.1 ... 1.2 ..." paragraphs in one
action cell (and their dates numbered alike), and a number column of action refs ("1.1", "1.2", "2.1") that gives
the recommendations' numbers (``extraction.action_plan`` reads the rows)."""

from __future__ import annotations

import re

from extraction.plan_columns import Column

#: Marks a cell that repeats a vertically merged cell above it (as ``extraction.action_plan`` marks them).
MERGED = "\u2063"
#: "1.1 ", "1.2 " starting a cell and its later paragraphs (not "31.03.23": a space must follow the number).
_SUB_NUMBER = re.compile(r"(?:(?<=\s)|^)(\d{1,3})\.(\d{1,2})\.?\s+")


def sub_numbered(cell: str | None) -> str | None:
    """ "1.1 Write ... 1.2 Train ..." (actions numbered under their recommendation's number: one parent, the
    second numbers counting 1, 2, ... from the cell's start) -> "1. Write ... 2. Train ...", as a numbered list
    is read; a target cell numbered alike gives a date per action the same way. Anything else unchanged."""
    marks = list(_SUB_NUMBER.finditer(cell or ""))
    if not cell or len(marks) < 2 or marks[0].start() != 0:
        return cell
    if len({m.group(1) for m in marks}) > 1 or [int(m.group(2)) for m in marks] != list(
        range(1, len(marks) + 1)
    ):
        return cell
    ends = [m.start() for m in marks[1:]] + [len(cell)]
    return " ".join(
        f"{m.group(2)}. {cell[m.end() : end].strip()}" for m, end in zip(marks, ends, strict=True)
    )


#: An action's reference: its recommendation's number, a dot and its own ("2.1").
_REF = re.compile(r"^(\d{1,3})\.(\d{1,2})\.?$")


def action_refs(rows: list[list[str]], header: dict[int, Column]) -> bool:
    """A number column, beside no recommendation column, of action references ("1.1", "1.2", "2.1"): every
    number is two-part, the second part starts again at 1 under each new first part, and there are two first
    parts at least (section numbers of recommendations, "3.1", "3.2", "3.3", share one first part)."""
    column = next((i for i, c in header.items() if c == "number"), None)
    if column is None or "rec" in header.values():
        return False
    refs = [" ".join(row[column].lstrip(MERGED).split()) for row in rows if column < len(row)]
    found = [m for ref in refs if ref and (m := _REF.match(ref))]
    if len(found) < 2 or len(found) != sum(1 for ref in refs if ref):
        return False
    last: tuple[int, int] | None = None
    for m in found:
        parent, child = int(m.group(1)), int(m.group(2))
        if last is not None and not (
            parent == last[0] and child == last[1] + 1 or parent > last[0] and child == 1
        ):
            return False
        if last is None and child != 1:
            return False
        last = (parent, child)
    return len({m.group(1) for m in found}) >= 2


def parents_of_refs(rows: list[list[str]], header: dict[int, Column]) -> None:
    """Each action reference of the number column replaced by its recommendation's number ("2.1" -> "2"), so the
    actions of one recommendation are read as its rows."""
    column = next(i for i, c in header.items() if c == "number")
    for row in rows:
        if column < len(row) and (m := _REF.match(" ".join(row[column].lstrip(MERGED).split()))):
            row[column] = m.group(1)


__all__ = ["action_refs", "parents_of_refs", "sub_numbered"]
