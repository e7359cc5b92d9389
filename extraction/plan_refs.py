"""Numbers of actions under their recommendation's number in an action plan: "1.1 ... 1.2 ..." paragraphs in one
action cell (and their dates numbered alike), and a number column of action refs ("1.1", "1.2", "2.1") that gives
the recommendations' numbers (``extraction.action_plan`` reads the rows)."""

from __future__ import annotations

import re

from extraction.plan_columns import Column

#: Marks a cell that repeats a vertically merged cell above it (``extraction.document.MergedCell``) until the
#: columns are known (``extraction.action_plan`` marks them): invisible, kept by NFKC and whitespace normalisation.
MERGED = "\u2063"
#: "1.1 ", "1.2 " starting a cell and its later paragraphs (not "31.03.23": a space must follow the number).
_SUB_NUMBER = re.compile(r"(?:(?<=\s)|^)(\d{1,3})\.(\d{1,2})\.?\s+")


def sub_numbered(cell: str | None, parent: str | None = None) -> str | None:
    """ "1.1 Write ... 1.2 Train ..." (actions numbered under their recommendation's number: one parent, the
    second numbers counting on by one from the cell's start) -> "1. Write ... 2. Train ...", as a numbered list
    is read; a target cell numbered alike gives a date per action the same way. One such number alone before
    the cell's text, under the recommendation ``parent`` ("2.1 Add a check" in recommendation 2's row), is the
    action's reference, no part of its text or date. Anything else unchanged."""
    marks = list(_SUB_NUMBER.finditer(cell or ""))
    if cell and len(marks) == 1 and marks[0].start() == 0 and parent and marks[0].group(1) == parent:
        return cell[marks[0].end() :]
    if not cell or len(marks) < 2 or marks[0].start() != 0:
        return cell
    # (counting on from where the list left off is Word's way when one list runs through several cells: "1.3",
    # "1.4" in the second recommendation's row)
    first = int(marks[0].group(2))
    if len({m.group(1) for m in marks}) > 1 or [int(m.group(2)) for m in marks] != list(
        range(first, first + len(marks))
    ):
        return cell
    ends = [m.start() for m in marks[1:]] + [len(cell)]
    return " ".join(
        f"{m.group(2)}. {cell[m.end() : end].strip()}" for m, end in zip(marks, ends, strict=True)
    )


_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
#: Marks of a list's items that the action splitter does not read: letters with a full stop ("a."), roman
#: numerals ("i)", "(ii)", "iii."), "Action 1:" labels, and dash, tick, arrow and Word's second-level "o" bullets.
_ITEM_MARKS = [
    ("letter", re.compile(r"(?:(?<=\s)|^)([a-j])\.\s+")),
    ("roman", re.compile(r"(?:(?<=\s)|^)\(?((?:x|ix|iv|v?i{1,3}|v))[.)]\s+")),
    ("label", re.compile(r"(?:(?<=\s)|^)action\s+(\d{1,2}(?:\.\d{1,2})?)\s*[:.\-–]\s+", re.I)),
    ("bullet", re.compile(r"(?:(?<=\s)|^)([–—*✓✔→➔o])\s+")),
]


def _in_turn(kind: str, found: list[str]) -> bool:
    if kind == "bullet":
        return len(set(found)) == 1
    if kind == "letter":
        return found == [chr(ord("a") + k) for k in range(len(found))]
    if kind == "roman":
        return found == _ROMAN[: len(found)]
    if all("." in f for f in found):
        # "Action 1.1: ... Action 1.2: ...": one recommendation's actions, counting on from where they start
        parents = {f.split(".")[0] for f in found}
        subs = [int(f.split(".")[1]) for f in found]
        return len(parents) == 1 and subs == list(range(subs[0], subs[0] + len(subs)))
    return all(f.isdigit() for f in found) and [int(f) for f in found] == list(range(1, len(found) + 1))


def marked_items(cell: str | None, *, dates: bool = False) -> str | None:
    """A cell of several items under marks the action splitter does not know ("a. Write ... b. Train ...",
    "i) ... ii) ...", "Action 1: ... Action 2: ...", "– ... – ...", "o ... o ...") written as the numbered list it
    reads ("1. Write ... 2. Train ..."). The first mark opens the cell, the marks count on in turn (a bullet is
    the same glyph each time) and each action starts with a capital; a date cell (``dates``) numbered alike takes
    any item ("a. June 2023 b. Ongoing"). Anything else unchanged."""
    if not cell:
        return cell
    label = _ITEM_MARKS[2][1]
    if (
        (one := label.match(cell))
        and len(label.findall(cell)) == 1
        and (dates or cell[one.end() :][:1].isupper())
    ):
        return cell[
            one.end() :
        ]  # one action under its label ("Action 2.1: Add ..."): the label is no part of it
    for kind, pattern in _ITEM_MARKS:
        marks = [m for m in pattern.finditer(cell) if dates or cell[m.end() : m.end() + 1].isupper()]
        if len(marks) < 2 or marks[0].start() != 0 or not _in_turn(kind, [m.group(1).lower() for m in marks]):
            continue
        ends = [m.start() for m in marks[1:]] + [len(cell)]
        return " ".join(
            f"{k}. {cell[m.end() : end].strip()}"
            for k, (m, end) in enumerate(zip(marks, ends, strict=True), 1)
        )
    return cell


#: An action's reference, its recommendation's number, a dot and its own ("2.1"), or a recommendation's bare number
#: over the references of its actions ("2" over "2.1", "2.2"); a plan can print them after a letter for
#: "recommendation" ("R2.1", "Rec 2.1").
_REF = re.compile(r"^(?:R(?:ec)?\.?\s*)?(\d{1,3})(?:\.(\d{1,2}))?\.?$", re.I)


def _refs(rows: list[list[str]], column: int) -> list[tuple[int, tuple[int, int]]]:
    """(row index, (first part, second part or 0)) of each numbered row; [] when a number is of another shape."""
    out = []
    for k, row in enumerate(rows):
        ref = " ".join(row[column].lstrip(MERGED).split()) if column < len(row) else ""
        if not ref or len({c for c in row if c}) == 1 and len(ref) > 8:
            continue  # (a theme row across the table)
        if (m := _REF.match(ref)) is None:
            return []
        out.append((k, (int(m.group(1)), int(m.group(2) or 0))))
    return out


def action_refs(rows: list[list[str]], header: dict[int, Column]) -> bool:
    """A number column, beside no recommendation column, of action references ("1.1", "1.2", "2.1"), maybe each
    recommendation's bare number on a row over them ("1", "1.1", "1.2", "2", "2.1"): the second part starts again
    at 1 under each new first part, and there are two first parts at least, or a bare number over its ".1"
    (section numbers of recommendations, "3.1", "3.2", "3.3", share one first part and no bare number)."""
    column = next((i for i, c in header.items() if c == "number"), None)
    if column is None or "rec" in header.values():
        return False
    refs = [ref for _, ref in _refs(rows, column)]
    if len(refs) < 2 or not any(child for _, child in refs):
        return False
    last: tuple[int, int] | None = None
    for parent, child in refs:
        if last is None:
            ok = child in (0, 1)
        elif parent == last[0]:
            ok = child == last[1] + 1
        else:
            ok = parent > last[0] and child in (0, 1)
        if not ok:
            return False
        last = (parent, child)
    bare_over_first = any(a == (b[0], 0) and b[1] == 1 for a, b in zip(refs, refs[1:], strict=False))
    return len({parent for parent, _ in refs}) >= 2 or bare_over_first


def parents_of_refs(rows: list[list[str]], header: dict[int, Column]) -> None:
    """Each action reference of the number column replaced by its recommendation's number ("2.1" -> "2"), so the
    actions of one recommendation are read as its rows; a bare number's row over its actions' references is the
    recommendation: its text (printed in the action column) moves to the number cell, "2. <text>", as a number
    column holding the recommendation itself is read."""
    column = next(i for i, c in header.items() if c == "number")
    action = next((i for i, c in header.items() if c == "action"), None)
    refs = _refs(rows, column)
    for (k, (parent, child)), following in zip(refs, [*refs[1:], None], strict=True):
        row = rows[k]
        if child:
            row[column] = str(parent)
            continue
        if action is None or action >= len(row) or not (text := row[action].lstrip(MERGED).strip()):
            continue
        if following is not None and following[1] == (parent, 1):
            row[column], row[action] = f"{parent}. {text}", ""


__all__ = ["action_refs", "marked_items", "parents_of_refs", "sub_numbered"]
