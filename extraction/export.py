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


def to_xlsx(result: ExtractionResult) -> bytes:
    """An XLSX workbook: 'Action plan' (the rows) and 'Timeline' sheets."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    sheet = wb.active
    sheet.title = "Action plan"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows(result):
        sheet.append([row[c] for c in COLUMNS])
        _as_text(sheet[sheet.max_row])
    for i, column in enumerate(COLUMNS, start=1):
        width = 60 if column in ("Recommendation", "Action") else max(12, min(30, len(column)))
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    timeline = wb.create_sheet("Timeline")
    timeline.append(["Event", "Date", "Page", "Text"])
    for event in result.timeline:
        timeline.append([event.event, event.date, event.page, event.text])
        _as_text(timeline[timeline.max_row])
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
