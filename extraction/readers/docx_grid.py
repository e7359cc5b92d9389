"""DOCX tables that are layout grids rather than tables of data, read in the flow as the PDF prints them.

Split out of :mod:`extraction.readers.docx` (kept under its size limit): an agency's name in a narrow cell
beside its Word-numbered recommendations (side headings), and a grid whose first column holds only each row's
number or label ("6.1", "Recommendation 3") beside the text (a hanging number set in a column of its own).
"""

from __future__ import annotations

import re
from typing import Any

from extraction.document import TableRows

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def side_heading_shape(rows: TableRows) -> bool:
    """The shape of a side-heading grid, whatever the format: no header row, two or three columns, short labels
    in the first column (the caller then asks for numbered list items in the others)."""
    from extraction.plan_columns import classify_header

    if not rows or not 2 <= max(len(r) for r in rows) <= 3:
        return False
    if any(classify_header(list(row)) for row in rows[:2]):
        return False
    return not any(len(row[0].split()) > 12 for row in rows if row)


def layout_grid(reader: Any, table: Any, rows: TableRows) -> bool:
    """A table laid out as side headings, not a table of data: no header row, two or three columns, short
    labels in the first column, and Word-numbered paragraphs in the others (a data table's cells hold plain
    text; a recommendations table with a "No. | Recommendation" header is read as a table)."""
    from docx.text.paragraph import Paragraph

    if not side_heading_shape(rows):
        return False
    numbered = 0
    for tr in table._tbl.findall(f"{_W}tr"):
        for tc in tr.findall(f"{_W}tc")[1:]:
            for p in tc.iter(f"{_W}p"):
                num_id, _ilvl = reader._num_props(Paragraph(p, reader.document.part))
                numbered += num_id not in (None, "0")
    return numbered >= 2


def numbered_grid_lines(rows: TableRows) -> list[str] | None:
    """A grid of two columns with no header row whose first cell in every row is only a number or a label
    ("6.1", "1.", "R2", "Recommendation 3") and whose second is the text: its rows as the paragraphs the PDF
    shows ("6.1 That the police ..."), or None for any other table (a data table has a header row, or
    first cells that are not all numbers)."""
    from extraction.plan_columns import classify_header
    from extraction.recommendation_marks import match_marker

    if len(rows) < 2 or any(len(row) != 2 for row in rows) or classify_header(list(rows[0])):
        return None
    for first, text in rows:
        marker = match_marker(first.strip())
        if marker is None or marker[0] == "bullet" or first.strip()[marker[3] :].strip():
            return None
        if len(text.split()) < 4 or match_marker(text.strip()) is not None:
            return None
    return [f"{first.strip()} {text.strip()}" for first, text in rows]


def recommendation_column_lines(rows: TableRows) -> list[str] | None:
    """A table whose header names a "Recommendation(s)" column beside columns no action plan has ("Rationale",
    "Why", "Comments"): that column's cells as the paragraphs the PDF shows, or None (an action plan's or a
    recommendations table's header is read by the plan reader; a table of no such header is not read here)."""
    from extraction.plan_columns import classify_header

    if len(rows) < 2 or classify_header(list(rows[0])):
        return None
    named = [
        i for i, cell in enumerate(rows[0]) if re.fullmatch(r"recommendations?", cell.strip(), re.IGNORECASE)
    ]
    if len(named) != 1 or len(rows[0]) < 2:
        return None
    column = named[0]
    cells = [row[column].strip() for row in rows[1:] if column < len(row) and row[column].strip()]
    return cells if cells and all(len(cell.split()) >= 4 for cell in cells) else None


#: The heading a recommendations section opens with ("Recommendations", "7. Recommendations"), printed just
#: before a table that is then the section's whole list.
_RECOMMENDATIONS_HEADING = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?recommendations?:?$", re.IGNORECASE)


def action_column_lines(rows: TableRows, before: list[str]) -> list[str] | None:
    """A table printed straight under a "Recommendations" heading whose text column is headed "Action"
    ("Ref | Action | Responsible agency | Completion"): the section's recommendations are its rows, which the
    plan reader takes for an action plan's actions (with no recommendation to attach them to). Its rows as the
    paragraphs the PDF shows: the number and the text, then the lead and the date as labelled lines ("Responsible
    agency: X", "Target date: Y") that the item reader reads as the recommendation's own. None for any other
    table (a plan under its own heading, or a table with a "Recommendation" column of its own)."""
    from extraction.plan_columns import classify_header

    if len(rows) < 2 or not before or not _RECOMMENDATIONS_HEADING.match(before[-1].strip()):
        return None
    roles = classify_header(list(rows[0])) or {}
    if "rec" in roles.values() or not {"number", "action"} <= set(roles.values()):
        return None
    column = {role: i for i, role in sorted(roles.items(), reverse=True)}
    out: list[str] = []
    for row in rows[1:]:
        cell = {role: row[i].strip() if i < len(row) else "" for role, i in column.items()}
        if not cell["action"]:
            continue
        out.append(f"{cell['number']} {cell['action']}".strip())
        if cell.get("lead"):
            out.append(f"Responsible agency: {cell['lead']}")
        if cell.get("target"):
            out.append(f"Target date: {cell['target']}")
    return out or None


def grid_lines_of(rows: TableRows, before: list[str]) -> list[str] | None:
    """The lines a table's cells are read as in the flow, when it is one of the grids above (else None)."""
    return numbered_grid_lines(rows) or recommendation_column_lines(rows) or action_column_lines(rows, before)
