"""Action plans: tables in the Home Office template and its variants, and prose action plans.

Template columns: ``Recommendation | Scope of recommendation | Action to take | Lead Agency | Key milestones
achieved in enacting recommendation | Target Date | Date of completion and outcome``. Variants drop or rename
columns, group rows under theme headings ("Theme 2 - Processes - county wide"), continue a table across pages
(with or without the header repeated) and put several numbered actions in one cell. A small box of fields set
under each recommendation ("Lead agency | Timescale" and one row of values, or labels down the left) gives that
recommendation's lead and target (:func:`_box_under_recommendation`).

The table finder costs ~0.5 s a page, so it runs only on candidate pages: those in an action-plan section or
whose text carries the template's column words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dhr.schema import Action
from extraction.document import Document, TableRows
from extraction.field_labels import LEAD_LABEL_WORDS
from extraction.plan_actions import BULLETS, actions_from_cells, split_actions
from extraction.plan_columns import (
    Column,
    agencies_from_lead,
    agency_heading,
    candidate_pages,
    cell_role,
    classify_header,
    dense_wrapped_number,
    field_box,
    governing_agency,
    printed_headings,
    unlabelled_number,
)
from extraction.plan_continued import NUMBER_IN_CELL, continues_split_row, row_cells
from extraction.plan_prose import PROSE_LABEL_START, implied_action, prose_actions
from extraction.plan_records import record_fields
from extraction.plan_refs import MERGED, action_refs, marked_items, parents_of_refs, sub_numbered
from extraction.plan_table import (
    carry_merged,
    clean_cell,
    compact,
    join_header_rows,
    kept_columns,
    mark_merged,
    plain,
    resolve_merged,
    two_tier_header,
)
from extraction.target_dates import plan_target, reading_plan


@dataclass(slots=True)
class PlanRow:
    """One recommendation of the action plan with its actions."""

    number: str | None
    text: str
    page: int
    group: str | None = None
    scope: str | None = None
    lead_text: str | None = None
    actions: list[Action] = field(default_factory=list)
    #: The page its last row was read on (a row continued on the next page is read there).
    last_page: int = 0
    #: The target-date cell of a table with no action column (:func:`implied_action` makes its action).
    target_text: str | None = None
    #: The agency heading its table sat under (a table with no lead column): the row's printed heading.
    under_heading: str | None = None


def parse_tables(document: Document, pages: list[int]) -> list[PlanRow]:
    """Recommendations with their actions from the action-plan tables on ``pages``."""
    cells: set[str] = set()  # every cell read, so the plan's date is not taken from its own target cells
    with reading_plan(document, pages, cells):
        rows = _parse_tables(document, pages, cells)
        # a summary plan (one row a recommendation, its lead and date) before the full plan with the actions:
        # a recommendation whose actions another table gives is no action of its own
        acted = {row.number for row in rows if row.actions and row.number}
        for row in rows:
            if row.target_text and row.text and not row.actions and row.number not in acted:
                row.actions.append(implied_action(row.text, row.lead_text, row.target_text, row.page))
        return rows


def _parse_tables(document: Document, pages: list[int], cells: set[str]) -> list[PlanRow]:
    rows_out: list[PlanRow] = []
    header: dict[int, Column] | None = None
    ncols = 0
    full_width = 0
    kept: list[int] = []
    group: str | None = None
    printed_header: list[Column] | None = None
    header_cells: list[str] | None = None
    refs = False
    table_lead: str | None = None
    new_agency = False
    for page_number in pages:
        for table_number, table in enumerate(document.tables(page_number)):
            rows = [[mark_merged(c) for c in row] for row in table if any(clean_cell(c) for c in row)]
            if not rows:
                continue
            cells.update(c.lstrip(MERGED) for row in rows for c in row if c)
            if (fields := record_fields(rows)) is not None:
                # one recommendation's record, labels down the left: a plan row of its own
                rows_out.append(_record_row(fields, page_number))
                header = printed_header = header_cells = None  # a plan table read before has ended
                continue
            start = 0
            # under "Recommendation number | 3" the table is one recommendation's fields, label beside value:
            # its "Recommendation | <text>" row is no header, though a page break cut the text to a few words
            # that name a column by chance ("That key agencies gain ...")
            record = next((k for k, row in enumerate(rows[:3]) if _field_record(row)), 2)
            for i, row in enumerate(rows[: record + 1]):
                if not classify_header(plain(row)) and (tiers := two_tier_header(rows, i)):
                    rows = tiers  # "Delivery" over "Lead | Target date": a header printed in two rows
                    row = rows[i]
                if classify_header(plain(row)):
                    rows[: i + 1] = [plain(r) for r in rows[: i + 1]]
                    if rows[i] != header_cells:
                        # a header repeated on the next page exactly as it was read whole is whole: the row
                        # under it is data (the rest of a cut cell, "effectively embedded"), not its wrapped words
                        rows = join_header_rows(rows, i)
                    header_cells = rows[i]
                    # the columns kept of the table as printed: a next page printed with the same columns
                    # keeps the same ones, though a column empty here ("Date of completion") is filled there
                    full_width = max(len(r) for r in rows)
                    # a table under a header of other columns is a new table: its first row is not the rest of
                    # the last row read (a header repeated over the same columns is the same table continued)
                    printed = sorted(filter(None, (cell_role(c) for c in rows[i])))
                    fresh, printed_header = printed_header is not None and printed != printed_header, printed
                    before = rows
                    rows = compact(rows, i)
                    kept = kept_columns(before, rows, i)
                    found = classify_header(rows[i]) or {}
                    dense_wrapped_number(found, rows[i], rows[i + 1 :])
                    unlabelled_number(found, rows[i], rows[i + 1 :])
                    header = found
                    # one table per agency under its name, with no lead column: the name leads its rows
                    under = None
                    if "lead" not in found.values():
                        # (or the agency heading the table sits under, with prose between them)
                        above, headings = getattr(table, "before", []), getattr(table, "headings", None)
                        if headings is None and not agency_heading(above):
                            headings = printed_headings(document, page_number, above)  # a PDF's table
                        under = agency_heading(above) or governing_agency(headings or [])
                    # (the next agency's table starts its own rows, though its numbers restart at 1)
                    new_agency, table_lead = bool(under and under != table_lead), under
                    ncols, start = len(rows[i]), i + 1
                    if not {"rec", "number"} & set(found.values()):
                        # "Recommendation 3" and its text, then a table of its actions naming no recommendation
                        anchor = _anchor_above(getattr(table, "before", []), page_number)
                        if anchor is None and table_number == 0:
                            # at the top of its page: "Recommendation 3" and its text end the page before
                            anchor = _anchor_above(_page_end(document, page_number - 1, cells), page_number)
                        if anchor is not None:
                            rows_out.append(anchor)
                    break
            else:
                if (
                    box := _box_under_recommendation(document, table, page_number, table_number, cells)
                ) is not None:
                    rows_out.append(box)
                    header = printed_header = header_cells = None  # a plan table read before has ended
                    continue
                # a continuation of the previous page's table: no header repeated, same columns once the
                # finder's empty slivers are dropped
                if header is None:
                    continue
                fresh = False
                if len(rows[0]) != ncols:
                    if kept and len(rows[0]) == full_width:
                        rows = [[row[k] for k in kept] for row in rows]
                    else:
                        rows = compact(rows, None)
                    if len(rows[0]) != ncols:
                        continue
            if start:  # a header read: whether its number column holds action refs is known from its rows
                refs = action_refs(rows[start:], header)
            if refs:
                parents_of_refs(rows[start:], header)
            previous: list[str] | None = None
            first_new = len(rows_out)
            new_agency = new_agency and bool(start)
            carried: dict[int, str] = {}
            if (
                rows_out
                and rows_out[-1].actions
                and (rows_out[-1].last_page < page_number or table_number > 0)
            ):
                carried = carry_merged(rows, start, header, rows_out[-1].actions[-1])
            for index, row in enumerate(rows[start:]):
                row = resolve_merged(row, header)
                if row == previous:
                    continue  # the table finder can return a row twice at a page edge
                previous = row
                # the first row of a table on a later page, or of the next part of a table that flows from one
                # column into the next, can be the rest of the last row read
                page_top = (
                    index == 0
                    and bool(rows_out)
                    and (rows_out[-1].last_page < page_number or table_number > 0)
                )
                if (index == 0 and fresh) or not continues_split_row(row, header, rows_out, page_top):
                    if index == 0:
                        # not the rest of a cut row: an action of its own under the merged cells, which it shares
                        row = [carried.get(i, c) if not c else c for i, c in enumerate(row)]
                    group = _consume_row(
                        row, header, page_number, rows_out, group, new=index == 0 and new_agency
                    )
                if rows_out:
                    rows_out[-1].last_page = page_number
            if table_lead:
                _lead_rows(rows_out[first_new:], table_lead)
    return rows_out


def _record_row(fields: dict[Column, str], page: int) -> PlanRow:
    """The plan row of a recommendation's record (:func:`record_fields`): its actions with the record's lead
    and target (a revised target that holds a date over the first)."""
    text = fields.get("rec", "")
    number = fields.get("number")
    if (m := NUMBER_IN_CELL.match(text)) and len(text) > m.end():
        number, text = number or _cell_number(m), text[m.end() :]
    lead = fields.get("lead")
    target = fields.get("revised") if plan_target(fields.get("revised")) else fields.get("target")
    row = PlanRow(number=number, text=text.strip(), page=page, scope=fields.get("scope"), lead_text=lead)
    row.actions = actions_from_cells(sub_numbered(marked_items(fields["action"]), number), lead,
                                     sub_numbered(marked_items(target, dates=True), number), page,
                                     fields.get("milestones"), fields.get("outcome"))  # fmt: skip
    row.last_page = page
    return row


def _lead_rows(rows: list[PlanRow], lead: str) -> None:
    """Rows read under an agency's name with no lead column of their own: that agency leads them."""
    for row in rows:
        row.lead_text, row.under_heading = row.lead_text or lead, lead
        for action in row.actions:
            if not action.lead_text:
                action.lead_text, action.agencies = lead, agencies_from_lead(lead)


_BARE_NUMBER = re.compile(r"^(?:[A-Z]{0,3}\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)\.?$")


def _field_record(row: list[str]) -> bool:
    """A label beside a bare number ("Recommendation number | 3", "Ref | R2"): a row of a table of one item's
    fields, never a plan's header or a title above one."""
    cells = [clean_cell(c.lstrip(MERGED)) for c in row]
    filled = [c for c in cells if c]
    return len(filled) == 2 and cell_role(filled[0]) is not None and bool(_BARE_NUMBER.match(filled[1]))


_LABEL_END = re.compile(
    r"\brecommendation\s*(?:number|no\.?)?\s*(\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)[.:]?$", re.I
)
_LABEL = re.compile(
    # a narrow number cell can break the word without a hyphen ("Recommendati" / "on number 1")
    r"^"
    + r"\s?".join("recommendation")
    + r"\s*(?:number|no\.?)?\s*(\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)\b[.:)\-–]?\s*(.*)$",
    re.I,
)
#: (a typed reference with its letter prefix, "R1<tab>South Yorkshire Police to ...", "Rec 2 ...", numbers the
#: paragraph as "1." does: the plan's rows meet the body's number through ``pipeline._number_key``)
_NUMBERED = re.compile(r"^((?:R|Rec\.?\s?|REC\s?)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)[.)]?\s+(?=[A-Z])(.*)$")
#: The recommendation's own lead line printed between its text and the table ("Lead: Adult Social Care",
#: "Agency - KMPT"): passed over on the way up to the recommendation.
_LEAD_FIELD = re.compile(rf"^(?:{LEAD_LABEL_WORDS})\s*[:\-\u2013]\s*\S", re.I)


def _box_under_recommendation(
    document: Document, table: TableRows, page: int, table_number: int, cells: set[str]
) -> PlanRow | None:
    """A small "Lead agency | Timescale" box (:func:`field_box`) set just under a recommendation: that
    recommendation with its lead and, when the box gives a target or an outcome, one implied action (the
    recommendation itself, as a plan with no action column has). None for any other table, and for a box with no
    recommendation just above it (it is then tied to no guess)."""
    fields = field_box([[clean_cell(c) for c in row] for row in table])
    if fields is None:
        return None
    anchor = _anchor_above(getattr(table, "before", []), page)
    if anchor is None and table_number == 0:
        anchor = _anchor_above(_page_end(document, page - 1, cells), page)
    if anchor is None:
        return None
    anchor.lead_text = fields.get("lead")
    if anchor.text and ("target" in fields or "outcome" in fields):
        action = implied_action(anchor.text, anchor.lead_text, fields.get("target", ""), page)
        action.target_date_text = fields.get("target")
        action.outcome = fields.get("outcome")
        action.milestones = fields.get("milestones")
        anchor.actions.append(action)
    anchor.last_page = page
    return anchor


def _anchor_above(before: list[str], page: int) -> PlanRow | None:
    """The recommendation printed just above a table of actions that names none: a "Recommendation N" label
    (with its text, or over the next paragraph) or a numbered paragraph, past lead-ins ("Actions agreed:").
    None when the nearest paragraph is unnumbered prose: the actions are then not tied to a guess."""
    texts = [t.strip() for t in before if t.strip()]
    for k in range(len(texts) - 1, -1, -1):
        # (a "Recommendation(s)" heading and the label under it read as one paragraph in a PDF's block)
        text = re.sub(r"^recommendations?\s+(?=recommendation\b)", "", texts[k], flags=re.I)
        if m := _LABEL.match(text):
            return PlanRow(number=m.group(1), text=m.group(2) if len(m.group(2)) > 30 else "", page=page)
        if m := _LABEL_END.search(
            text
        ):  # "Action plan Recommendation 1": a heading and the label read as one
            return PlanRow(number=m.group(1), text="", page=page)
        if (m := _NUMBERED.match(text)) and len(m.group(2)) > 30:
            return PlanRow(number=m.group(1), text=m.group(2), page=page)
        label = _LABEL.match(texts[k - 1]) if k > 0 else None
        if label and not label.group(2) and len(text) > 30:
            return PlanRow(number=label.group(1), text=text, page=page)
        if not (text.endswith(":") or len(text) <= 30 or _LEAD_FIELD.match(text)):
            return None
    return None


def _page_end(document: Document, page_number: int, cells: set[str]) -> list[str]:
    """The paragraphs that end page ``page_number`` after its last table (its lines joined by text block); []
    when the page ends inside a table (the next page's table goes on from it, anchored to nothing new)."""
    if not 1 <= page_number <= len(document.pages):
        return []
    paragraphs: list[str] = []
    block: int | None = None
    for line in document.pages[page_number - 1].lines:
        text = " ".join(line.text.split())
        if not text:
            continue
        if any(text in cell for cell in cells):
            paragraphs, block = [], None  # a table's cell: what came before it is no anchor of the next table
            continue
        if paragraphs and line.block == block:
            paragraphs[-1] = f"{paragraphs[-1]} {text}"
        else:
            paragraphs.append(text)
        block = line.block
    return paragraphs


#: A Lead or Target cell that points at the row above ("As above", "Ditto", "Same as above", a ditto mark).
_AS_ABOVE = re.compile(
    r"(?:as\s+(?:per\s+)?above|same\s+as\s+above|ditto|see\s+above|[\"“”〃]{1,2})\.?", re.I
)


def _as_above(cells: dict[Column, str], out: list[PlanRow]) -> None:
    """ "As above" in a Lead or Target Date cell is the last action's lead or date cell, as printed above it."""
    last = next((row.actions[-1] for row in reversed(out) if row.actions), None)
    if last is None:
        return
    for column, value in (("lead", last.lead_text), ("target", last.target_date_text)):
        if value and cells.get(column) and _AS_ABOVE.fullmatch(cells[column].strip()):
            cells[column] = value


#: "1a", "1b": an action's letter under its recommendation's number (beside a merged Recommendation cell).
_LETTERED = re.compile(r"^\d{1,3}[a-z]$")


def _parent(number: str) -> str:
    return number[:-1] if _LETTERED.match(number) else number.rsplit(".", 1)[0]


def _same_parent(number: str, previous: str) -> bool:
    """ "1.2" after "1.1" (or after "1", read from the recommendation cell), "1b" after "1a": numbers of two
    actions of one recommendation."""
    if _LETTERED.match(number):
        return _parent(number) == previous or (
            bool(_LETTERED.match(previous)) and _parent(number) == _parent(previous)
        )
    return "." in number and (
        _parent(number) == previous or ("." in previous and _parent(number) == _parent(previous))
    )


def _cell_number(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    number = m.group("n") or m.group("l1") or m.group("l2") or m.group("r1") or m.group("r2")
    return re.sub(r"\s+", "", number) if number else None


def _consume_row(
    row: TableRows | list[str],
    header: dict[int, Column],
    page: int,
    out: list[PlanRow],
    group: str | None,
    new: bool = False,
) -> str | None:
    cells = row_cells(row, header)
    _as_above(cells, out)
    non_empty = [c for c in row if c]
    if len(set(non_empty)) == 1 and not {"rec", "number"} & set(header.values()):
        # a row across the table that names its recommendation ("Recommendation 2: Lynford Council should ..."),
        # over the rows of its actions, in a plan with no Recommendation column: the recommendation, not an action
        if (labelled := _LABEL.match(non_empty[0])) and (
            len(labelled.group(2)) > 30 or not labelled.group(2)
        ):
            out.append(PlanRow(number=labelled.group(1), text=labelled.group(2), page=page, group=group))
            return group
    if (
        len(set(non_empty)) == 1
        and "rec" in header.values()
        and (labelled := _LABEL.match(non_empty[0]))
        and not labelled.group(2)
    ):
        # "Recommendation 2" alone across the table, over a row whose Recommendation cell has the text with no
        # number: that row's number (its text fills this row, :func:`_numbered_above`)
        out.append(PlanRow(number=labelled.group(1), text="", page=page, group=group))
        return group
    # a theme/group row: one cell of text (merged across the row) and nothing else
    if len(set(non_empty)) == 1 and len(non_empty[0]) < 140 and not cells.get("action"):
        only = non_empty[0]
        if not NUMBER_IN_CELL.match(only) or re.match(r"theme|section|part", only, re.I):
            return only
    if (found := classify_header(row)) and _names_same_columns(found, header):
        return group  # header repeated on a continuation page
    rec_cell = cells.get("rec", "")
    number = None
    if cells.get("number") and not rec_cell and len(cells["number"]) > 15:
        rec_cell = cells["number"]  # a "Rec" column holding the recommendation itself
    elif cells.get("number"):
        number = cells["number"].strip().strip("().:")
        if labelled := _LABEL.match(number):
            number = labelled.group(1)  # "Recommendation number 2" in the number column
    if rec_cell:
        m = NUMBER_IN_CELL.match(rec_cell)
        cell_number = _cell_number(m)
        if cell_number and number and number.startswith(f"{cell_number}."):
            number = None  # "1. Pellow GP ..." beside a "Ref" of "1.1": the action's number, not the recommendation's
        if cell_number and len(rec_cell) > m.end():
            number = number or cell_number
            rec_cell = rec_cell[m.end() :]
        elif cell_number and len(rec_cell) <= m.end() + 1:
            number = number or cell_number
            rec_cell = ""
    elif (
        number
        and out
        and out[-1].number
        and "rec" in header.values()
        and _same_parent(number, out[-1].number)
    ):
        # the next action's "Ref" (1.2) beside a Recommendation cell merged down from its first row (1.1): the same
        # recommendation, whose number is what the action numbers share
        out[-1].number = _parent(out[-1].number) if out[-1].number != _parent(number) else out[-1].number
        number = out[-1].number
    if rec_cell and number is not None and number == cell_number and not cells.get("action"):
        # Word numbering counting on through one cell ("1. ... 2. ... 3. ...", as an Agency | Recommendations
        # table prints each agency's recommendations): each numbered paragraph is a recommendation of its own,
        # led by the row's lead (in a plan row with its actions the cell stays one recommendation)
        *earlier, (number, rec_cell) = _numbered_paragraphs(number, rec_cell)
        for part_number, part in earlier:
            out.append(
                PlanRow(number=part_number, text=part, page=page, group=group, lead_text=cells.get("lead"))
            )
    bulleted = _CELL_BULLETS.split(rec_cell) if _CELL_BULLETS.match(rec_cell) else []
    parts = [b.strip() for b in bulleted if b.strip()]
    if len(parts) > 1 and not cells.get("action"):
        # a Recommendation cell of Word bullets beside one number: each bullet is a recommendation of that
        # number ("Recommendation number 1" | "• ... • ..."), as under a "Recommendation number N" title (in a
        # plan row with its actions the bullets stay one recommendation: the actions are for all of it)
        for part in parts[:-1]:
            out.append(PlanRow(number=number, text=part, page=page, group=group, lead_text=cells.get("lead")))
        rec_cell = parts[-1]
    elif parts:
        rec_cell = " ".join(parts) if len(parts) > 1 else parts[0]
    starts_new = bool(rec_cell) or (
        number is not None
        and (new or not out or out[-1].number != number or _other_lead(cells, header, out[-1]))
    )
    if starts_new and number is None and _numbered_above(out):
        # a label row with a Lead cell of its own is the first part of a row a page break cut after the label
        # ("Recommendation 2" | "Kent and Medway" | "Q1 2018/19" over "That someone ..." | "CCG"): the Lead
        # cell goes on here (a label row across the table has no Lead cell)
        lead = " ".join(filter(None, [out[-1].lead_text, cells.get("lead")])) or None
        out[-1].text, out[-1].scope, out[-1].lead_text = rec_cell, cells.get("scope"), lead
    elif starts_new:
        out.append(
            PlanRow(
                number=number,
                text=rec_cell,
                page=page,
                group=group,
                scope=cells.get("scope"),
                lead_text=cells.get("lead"),
            )
        )
    if not out:
        return group
    current = out[-1]
    if cells.get("target") and "action" not in header.values():
        # "No. | Recommendation | Lead agency | Target date": the date is the recommendation's own
        current.target_text = " ".join(filter(None, [current.target_text, cells["target"]]))
    if cells.get("action"):
        refs = current.number
        current.actions.extend(
            actions_from_cells(sub_numbered(marked_items(cells["action"]), refs),
                               cells.get("lead") or current.lead_text,
                               sub_numbered(marked_items(cells.get("target"), dates=True), refs), page,
                               cells.get("milestones"),
                               cells.get("outcome"))
        )  # fmt: skip
    elif not starts_new and rec_cell == "" and cells.get("lead") and current.actions:
        pass
    return group


def _names_same_columns(found: dict[int, Column], header: dict[int, Column]) -> bool:
    """A row read as a header that names the table's columns as its header did: the header repeated. A data row
    can hold column words by chance ("Nominate a named lead ..." | "Audit shows ..." | "No" in a Completed
    column, read as Lead | Action | No.; "Recommendation 7" | "Monitor compliance ..." | "DHR Policy Lead",
    read as Recommendation | Monitoring | Lead), where the header named other columns."""
    same = sum(1 for i, role in found.items() if header.get(i) == role)
    other = sum(1 for i, role in found.items() if header.get(i) not in (None, role))
    return same > 0 and other == 0


def _other_lead(cells: dict[Column, str], header: dict[int, Column], last: PlanRow) -> bool:
    """A number printed again beside another agency, in a plan with no Recommendation column ("Agency | Rec |
    Action"): numbering that restarts in each agency's block repeats a number for another recommendation, so the
    row is its own (matched to its recommendation by number and agency; a recommendation shared by two agencies
    still gets both rows' actions by its number)."""
    number, lead = cells.get("number", ""), cells.get("lead", "")
    return (
        "rec" not in header.values()
        and bool(lead and last.lead_text)
        and not number.startswith(MERGED)
        and not lead.startswith(MERGED)
        and " ".join(lead.split()).casefold() != " ".join((last.lead_text or "").split()).casefold()
    )


def _numbered_above(out: list[PlanRow]) -> bool:
    """The last row read is a bare "Recommendation N" label row across the table, still waiting for its text."""
    return bool(out) and bool(out[-1].number) and not out[-1].text and not out[-1].actions


def _numbered_paragraphs(number: str, text: str) -> list[tuple[str, str]]:
    """``text`` (the cell after its number ``number``) cut where the next numbers follow on in turn, each after
    a sentence's end and before a capital ("... incorporated. 2. Kent Police ..."): [(number, text), ...]. One
    part when ``number`` is no whole number or the cell holds no next number."""
    if not number.isdigit():
        return [(number, text)]
    parts: list[tuple[str, str]] = []
    current, rest = int(number), text
    while m := re.search(rf"(?<=[.?!])\s+{current + 1}[.)]\s+(?=[A-Z])", rest):
        parts.append((str(current), rest[: m.start()].strip()))
        current, rest = current + 1, rest[m.end() :]
    parts.append((str(current), rest.strip()))
    return parts


#: A bullet glyph starting a cell or one of its paragraphs (Word's bullets as DOCX and PDF give them).
_CELL_BULLETS = re.compile(rf"(?:^|\s)[{BULLETS}]\s+")


__all__ = [
    "PROSE_LABEL_START",
    "PlanRow",
    "actions_from_cells",
    "agencies_from_lead",
    "candidate_pages",
    "parse_tables",
    "prose_actions",
    "split_actions",
]
