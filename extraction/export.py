"""The draft action plan as CSV or XLSX, in the shape of the oversight form (seed report, Appendix C).

One row per action (a recommendation with no action yet gets one row with the action columns empty), with the
review fields repeated on each row so that the sheet can be filtered and pasted as it is. Status,
implementation and quality columns are left blank for the CSP to fill in.
"""

from __future__ import annotations

import csv
import io

from dhr.schema import ExtractionResult
from dhr.spreadsheet import escape_cell, is_formula_like

REVIEW_COLUMNS = [
    "DHR reference",
    "Review title",
    "CSP area",
    "Review type",
    "Death type",
    "Name of chair",
    "Name of author",
    "Date of death",
    "Date of first DHR panel meeting",
    "Date sent to QA panel",
    "Date first heard by QA panel",
    "Date signed off by QA panel",
    "Date of publication",
]
PLAN_COLUMNS = [
    "Recommendation id",
    "Recommendation number",
    "Recommendation",
    "Section",
    "Is this a recommendation for the CSP?",
    "Recommendation level",
    "Recommendation agencies",
    "Themes",
    "Recommendation target date",
    "Action number",
    "Action",
    "Action agencies",
    "Action target date",
    "Lead agency (as printed)",
    "Progress status of this action",
    "Progress details",
    "Status of implementation of this recommendation",
    "Rationale/evidence for implementation status",
    "Quality of implementation",
    "Rationale/evidence for quality",
    "Agreed by the partnership?",
    "Concerns about implementation",
    "Source page",
]
COLUMNS = REVIEW_COLUMNS + PLAN_COLUMNS

_EVENT_COLUMN = {
    "death": "Date of death",
    "first_panel": "Date of first DHR panel meeting",
    "sent_to_qap": "Date sent to QA panel",
    "qap_first_heard": "Date first heard by QA panel",
    "qap_signed_off": "Date signed off by QA panel",
    "publication": "Date of publication",
}


#: The review's statutory name as the form writes it (DARDR: the name since the Victims and Prisoners Act 2024).
_REVIEW_KIND = {"dhr": "DHR", "dardr": "DARDR"}


def rows(result: ExtractionResult) -> list[dict[str, str]]:
    """The draft action plan as rows keyed by :data:`COLUMNS`."""
    review = {
        "DHR reference": result.review.reference or "",
        "Review title": result.review.title or "",
        "CSP area": result.review.csp or "",
        "Review type": _REVIEW_KIND.get(result.review.review_kind, ""),
        "Death type": result.review.death_type if result.review.death_type != "unknown" else "",
        "Name of chair": result.review.chair or "",
        "Name of author": result.review.author or "",
    }
    for event in result.timeline:
        if event.event in _EVENT_COLUMN:
            review[_EVENT_COLUMN[event.event]] = event.date
    out: list[dict[str, str]] = []
    for rec in result.recommendations:
        base = {
            **{c: review.get(c, "") for c in REVIEW_COLUMNS},
            "Recommendation id": rec.id,
            "Recommendation number": rec.number or "",
            "Recommendation": rec.text,
            "Section": rec.section,
            "Is this a recommendation for the CSP?": "Yes"
            if "community_safety_partnership" in rec.agencies
            else "No",
            "Recommendation level": rec.level,
            "Recommendation agencies": "; ".join(rec.agencies),
            "Themes": "; ".join(rec.themes),
            "Recommendation target date": rec.target_date or "",
            "Source page": str(rec.page or ""),
        }
        if rec.written_as_done:  # evidence for the officer; the status itself stays theirs to set
            page = f" (page {rec.page})" if rec.page else ""
            base["Rationale/evidence for implementation status"] = (
                f"The report states this as already done{page}: check and set the status."
            )
        actions = rec.actions or [None]
        for n, action in enumerate(actions, start=1):
            row = {c: "" for c in COLUMNS} | base
            if action is not None:
                row |= {
                    "Action number": str(n),
                    "Action": action.text,
                    "Action agencies": "; ".join(action.agencies),
                    "Action target date": action.target_date or "",
                    "Lead agency (as printed)": action.lead_text or "",
                    "Source page": str(action.page or rec.page or ""),
                }
            out.append(row)
    return out


def to_csv(result: ExtractionResult) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    # Report text that starts like a formula is escaped (OWASP): a leading quote, the words unchanged.
    writer.writerows({c: escape_cell(v) for c, v in row.items()} for row in rows(result))
    return buffer.getvalue()


#: XLSX columns that hold taxonomy ids in :func:`rows`: shown as the form's labels, with the ids kept in a hidden
#: column of their own at the end (for a machine reading the sheet back).
_LABELLED = {
    "Recommendation level": "levels",
    "Recommendation agencies": "agencies",
    "Themes": "themes",
    "Action agencies": "agencies",
}
_DATE_COLUMNS = {*_EVENT_COLUMN.values(), "Recommendation target date", "Action target date"}
#: Columns an officer fills in, and the pick-list (a column of the hidden 'Lists' sheet) offered in each. Strict
#: lists refuse other values; the agency and theme columns may hold several ('; '), so their list only informs.
_PICK_LISTS: dict[str, tuple[str, bool]] = {
    "Progress status of this action": ("action_status", True),
    "Status of implementation of this recommendation": ("implementation_level", True),
    "Quality of implementation": ("quality", True),
    "Recommendation level": ("levels", True),
    "Is this a recommendation for the CSP?": ("yes_no", True),
    "Agreed by the partnership?": ("yes_no", True),
    "Lead agency (as printed)": ("agencies", False),
    "Recommendation agencies": ("agencies", False),
    "Action agencies": ("agencies", False),
    "Themes": ("themes", False),
}
#: Rows below the data that still get the pick-lists (an officer adding actions).
_SPARE_ROWS = 200
_DATE_FORMATS = {10: "dd/mm/yyyy", 7: "mmm yyyy", 4: "yyyy"}


def _vocabularies() -> dict[str, dict[str, str]]:
    """The form's pick-lists from the taxonomy: id -> label."""
    from dhr.taxonomy import pick_lists

    names = ("agencies", "themes", "levels", "action_status", "implementation_level", "quality")
    out = {name: dict(pick_lists()[name]) for name in names}
    out["yes_no"] = {"yes": "Yes", "no": "No"}
    return out


def _labels(value: str, table: dict[str, str]) -> str:
    return "; ".join(table.get(part, part) for part in value.split("; ") if part)


def _date_cell(value: str) -> tuple[object, str | None]:
    """An ISO date at its precision as a real date (shown at that precision), else the text unchanged."""
    import datetime as dt

    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value), _DATE_FORMATS[10]
        if len(value) == 7:
            return dt.date(int(value[:4]), int(value[5:7]), 1), _DATE_FORMATS[7]
        if len(value) == 4 and value.isdigit():
            return dt.date(int(value), 1, 1), _DATE_FORMATS[4]
    except ValueError:
        pass
    return value, None


def _sheet_setup(sheet: object, columns: list[str], widths: dict[str, float]) -> None:
    """Bold, frozen header row and column widths."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    for cell in sheet[1]:  # type: ignore[index]
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = widths.get(column, 14)  # type: ignore[attr-defined]
    sheet.freeze_panes = "A2"  # type: ignore[attr-defined]


def to_xlsx(result: ExtractionResult) -> bytes:
    """An XLSX workbook people can use: 'Action plan' (the rows, with the form's labels, real dates and the
    form's pick-lists on the columns an officer fills in), 'Timeline', and the hidden 'Lists' the pick-lists
    read. The taxonomy ids are in hidden columns at the end of 'Action plan'."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    vocab = _vocabularies()
    id_columns = [f"{c} (ids)" for c in _LABELLED]
    header = COLUMNS + id_columns
    wb = Workbook()
    sheet = wb.active
    sheet.title = "Action plan"
    sheet.append(header)
    for row in rows(result):
        values: list[object] = []
        formats: dict[int, str] = {}
        for i, column in enumerate(COLUMNS):
            value: object = row[column]
            if column in _LABELLED:
                value = _labels(row[column], vocab[_LABELLED[column]])
            elif column in _DATE_COLUMNS and row[column]:
                value, fmt = _date_cell(row[column])
                if fmt:
                    formats[i] = fmt
            values.append(value)
        values += [row[c] for c in _LABELLED]
        sheet.append(values)
        cells = sheet[sheet.max_row]
        for i, fmt in formats.items():
            cells[i].number_format = fmt
        _as_text(cells)
    widths = {c: 14.0 for c in COLUMNS} | {"Recommendation": 60, "Action": 60, "Review title": 30}
    widths |= {c: 13 for c in _DATE_COLUMNS} | {c: 36 for c in _LABELLED} | {c: 22 for c in id_columns}
    widths |= {c: 24 for c in _PICK_LISTS if c not in _LABELLED}
    _sheet_setup(sheet, header, widths)
    for i, column in enumerate(header, start=1):
        if column in id_columns:
            sheet.column_dimensions[get_column_letter(i)].hidden = True
    lists = wb.create_sheet("Lists")
    names = list(dict.fromkeys(name for name, _ in _PICK_LISTS.values()))
    for n, name in enumerate(names, start=1):
        letter = get_column_letter(n)
        lists.cell(row=1, column=n, value=name)
        for r, text in enumerate(vocab[name].values(), start=2):
            lists.cell(row=r, column=n, value=text)
        last = len(vocab[name]) + 1
        for column, (list_name, strict) in _PICK_LISTS.items():
            if list_name != name:
                continue
            target = get_column_letter(header.index(column) + 1)
            validation = DataValidation(
                type="list",
                formula1=f"Lists!${letter}$2:${letter}${last}",
                allow_blank=True,
                showErrorMessage=True,
                errorStyle="stop" if strict else "information",
                errorTitle=column[:32],
                error="Choose a value from the list."
                if strict
                else "Not one of the form's values (several may be given, separated by '; ').",
            )
            validation.add(f"{target}2:{target}{sheet.max_row + _SPARE_ROWS}")
            sheet.add_data_validation(validation)
    lists.sheet_state = "hidden"
    timeline = wb.create_sheet("Timeline", 1)
    timeline.append(["Event", "Date", "Page", "Text", "Event (id)"])
    events = _event_labels()
    for event in result.timeline:
        value, fmt = _date_cell(event.date)
        timeline.append([events.get(event.event, event.event), value, event.page, event.text, event.event])
        cells = timeline[timeline.max_row]
        if fmt:
            cells[1].number_format = fmt
        _as_text(cells)
    _sheet_setup(
        timeline, ["Event", "Date", "Page", "Text", "Event (id)"], {"Event": 40, "Text": 80, "Date": 13}
    )
    timeline.column_dimensions["E"].hidden = True
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _event_labels() -> dict[str, str]:
    from dhr.taxonomy import pick_lists

    return dict(pick_lists()["timeline_events"])


_BAD_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


def tables_to_xlsx(tables: list[tuple[str, list[str], list[list[object]]]]) -> bytes:
    """Tables (title, columns, rows) as one workbook, a sheet each: bold frozen header, widths from the
    content, and no text cell that a spreadsheet would run as a formula."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for title, columns, table_rows in tables:
        name = title.translate(_BAD_SHEET_CHARS).strip()[:28] or "Sheet"
        base, n = name, 2
        while name.lower() in used:
            name, n = f"{base[:25]} {n}", n + 1
        used.add(name.lower())
        sheet = wb.create_sheet(name)
        sheet.append(columns)
        for table_row in table_rows:
            sheet.append(list(table_row))
            _as_text(sheet[sheet.max_row])
        widths = {
            c: float(min(60, max(10, len(c), *(len(str(r[i])) for r in table_rows[:500] if i < len(r)))))
            for i, c in enumerate(columns)
        }
        _sheet_setup(sheet, columns, widths)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _as_text(cells: tuple) -> None:  # type: ignore[type-arg]
    """Keep report text that starts like a formula a string: openpyxl would store ``=...`` as a live formula,
    and the quote prefix keeps Excel from turning ``+``/``-``/``@`` text into one when the cell is edited."""
    for cell in cells:
        if isinstance(cell.value, str) and is_formula_like(cell.value):
            cell.data_type = "s"
            cell.quotePrefix = True
