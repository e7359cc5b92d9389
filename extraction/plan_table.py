"""The action-plan table as the table finder gives it, made into rows the plan reader can take: cells cleaned,
merged cells marked and resolved (a Lead or Target cell merged down over several actions is each action's, one
cut by a page break is carried over), header rows wrapped over several rows folded into one, and the finder's
empty slivers of columns dropped (:func:`compact`), remembering which were kept (:func:`kept_columns`) so a page
printed with the slivers again reads with the same columns."""

from __future__ import annotations

import re
import unicodedata

from dhr.schema import Action
from extraction.plan_columns import Column, cell_role, classify_header
from extraction.plan_refs import MERGED


def clean_cell(cell: str | None) -> str:
    text = unicodedata.normalize("NFKC", " ".join((cell or "").split()))
    # a word hyphenated at a cell's line end comes out as "information- sharing"
    return re.sub(r"(?<=[a-z])- (?=[a-z])", "-", text)


def mark_merged(cell: str | None) -> str:
    from extraction.document import MergedCell

    text = clean_cell(cell)
    # an empty merged cell is marked too: a Lead or Target cell merged over actions across a page break is
    # printed on the first page only, its span on the next page empty (see carry_merged)
    return MERGED + text if isinstance(cell, MergedCell) else text


def carry_merged(
    rows: list[list[str]], start: int, header: dict[int, Column], last: Action
) -> dict[int, str]:
    """A Lead or Target cell merged down over actions that a page break cut: its text is printed above the
    break, and the continued span on the next page is empty (an empty cell over empty merged ones). Those rows
    take the last action's lead and date; the first row (the rest of a cut row, if any) keeps its own cells:
    returned are the values it takes by column if it is an action of its own."""
    data = rows[start:]
    first: dict[int, str] = {}
    for i, column in header.items():
        if column not in ("lead", "target") or len(data) < 2 or i >= len(data[0]) or i >= len(data[1]):
            continue
        if data[0][i] != "" or data[1][i] != MERGED:
            continue
        value = last.lead_text if column == "lead" else last.target_date_text
        if not value:
            continue
        first[i] = value
        for row in data[1:]:
            if i >= len(row) or row[i] != MERGED:
                break
            row[i] = MERGED + value
    return first


def plain(row: list[str]) -> list[str]:
    """The row with merged-from-above cells empty, as printed (for headers)."""
    return ["" if c.startswith(MERGED) else c for c in row]


def resolve_merged(row: list[str], header: dict[int, Column]) -> list[str]:
    """A data row as the plan means it: a Lead or Target Date cell merged down over several action rows is
    each row's lead or date; a merged Recommendation, number, scope or action cell belongs to its first row
    only (repeated, it would read as a new recommendation or action)."""
    out = []
    for i, cell in enumerate(row):
        if cell.startswith(MERGED):
            cell = cell[len(MERGED) :] if header.get(i) in ("lead", "target", "revised") else ""
        out.append(cell)
    return out


def join_header_rows(rows: list[list[str]], header_index: int) -> list[list[str]]:
    """Fold the rows under a header that carry only its wrapped words ("(i.e. local or regional)")."""
    header = list(rows[header_index])
    end = header_index + 1
    while end < len(rows):
        row = rows[end]
        cells = [c for c in row if c]
        if not cells or row[0] or any(len(c) > 30 or re.search(r"\d", c) for c in cells):
            break
        header = [
            f"{h} {c}".strip() if c else h for h, c in zip(header, row + [""] * len(header), strict=False)
        ]
        end += 1
    if end == header_index + 1:
        return rows
    return [*rows[:header_index], header, *rows[end:]]


def compact(rows: list[list[str]], header_index: int | None) -> list[list[str]]:
    """Drop columns that hold no data: the table finder can cut a wrapped header into extra slivers.

    A header fragment over a dropped column joins the nearest kept column, so "Scope | of | recommendation"
    still reads as one header; ``header_index`` is the header row (None when the table has none).
    """
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    data = rows[header_index + 1 :] if header_index is not None else rows
    keep = [j for j in range(width) if any(r[j] for r in data)]
    if len(keep) == width or len(keep) < 2:
        return rows
    nearest = {j: min(keep, key=lambda k: (abs(k - j), k > j)) for j in range(width)}
    out: list[list[str]] = []
    for i, row in enumerate(rows):
        if i == header_index or (header_index is not None and i < header_index):
            merged = {k: [] for k in keep}
            for j, cell in enumerate(row):
                # a dropped column's header joins its neighbour if it is a fragment ("of", "(i.e.") or the
                # neighbour's own header is one ("Scope" beside the "of" over the data); a header of its own
                # ("Key milestones") over an empty column beside a headed one is just an empty column
                if cell and (j in merged or cell_role(cell) is None or cell_role(row[nearest[j]]) is None):
                    merged[nearest[j]].append(cell)
            out.append([" ".join(merged[k]) for k in keep])
        else:
            out.append([row[k] for k in keep])
    return out


def kept_columns(before: list[list[str]], after: list[list[str]], header_index: int) -> list[int]:
    """Which columns of ``before`` :func:`compact` kept in ``after`` (by the data rows, in order)."""
    width = max(len(r) for r in before)
    if len(after[header_index]) == width:
        return list(range(width))
    data = [r + [""] * (width - len(r)) for r in before[header_index + 1 :]]
    return [j for j in range(width) if any(r[j] for r in data)]


def two_tier_header(rows: list[list[str]], i: int) -> list[list[str]] | None:
    """``rows`` with rows ``i`` and ``i + 1`` joined cell by cell when they are a header printed in two tiers
    (a group's name over its columns: "Recommendation | Action | Delivery" over " | | Lead | Target date"): the
    pair names the plan's columns and neither row does alone. None otherwise (a title row over a whole header is
    not joined: the header row alone reads as one)."""
    if i + 1 >= len(rows) or classify_header(plain(rows[i + 1])):
        return None
    upper, lower = plain(rows[i]), plain(rows[i + 1])
    if not any(upper) or not any(lower) or any(len(c) > 40 for c in lower):
        return None
    width = max(len(upper), len(lower))
    upper, lower = upper + [""] * (width - len(upper)), lower + [""] * (width - len(lower))
    joined = [" ".join(filter(None, (a, b))) for a, b in zip(upper, lower, strict=True)]
    if not classify_header(joined):
        return None
    return [*rows[:i], joined, *rows[i + 2 :]]
