"""Bulk import of existing action plans from CSV (the oversight form's columns, as ``dhr extract --format csv``).

Every row is validated first and each problem reported with its row and column; nothing is written unless all
rows are valid, or ``partial`` is asked for (then valid rows are written and invalid ones skipped). Rows are
grouped into reviews (by CSP area + DHR reference or title) and recommendations (by recommendation id, number
or text); each row with an action text adds one action.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import get_args

from pydantic import TypeAdapter
from pydantic import ValidationError as PydanticValidationError

from dhr.dates import iso_from_cell
from dhr.errors import InputError
from dhr.schema import ActionStatus, DeathType, ImplementationLevel, Level, Quality, ReviewKind, ThemeId
from dhr.schema.common import CalendarDate, LongText, NameText, NumberText, TitleText
from dhr.schema.service import ImportRowError
from dhr.spreadsheet import unescape_cell
from extraction.export import COLUMNS
from retrieval.store import ActionWrite, RecommendationWrite, ReviewWrite

MAX_ROWS = 50_000
REQUIRED = ("CSP area", "Recommendation")
TIMELINE_COLUMNS = {
    "Date of death": "death",
    "Date of first DHR panel meeting": "first_panel",
    "Date sent to QA panel": "sent_to_qap",
    "Date first heard by QA panel": "qap_first_heard",
    "Date signed off by QA panel": "qap_signed_off",
    "Date of publication": "publication",
}
_SAFE = re.compile(r"[^A-Za-z0-9_.:\-]+")

#: Free-text columns and the schema's constrained type for each (the same bounds as the API's draft).
_TEXT_COLUMNS: dict[str, TypeAdapter[str]] = {
    "CSP area": TypeAdapter(NameText),
    "DHR reference": TypeAdapter(NameText),
    "Review title": TypeAdapter(TitleText),
    "Recommendation id": TypeAdapter(NameText),
    "Recommendation number": TypeAdapter(NumberText),
    "Recommendation": TypeAdapter(LongText),
    "Action": TypeAdapter(LongText),
    "Progress details": TypeAdapter(LongText),
    "Rationale/evidence for implementation status": TypeAdapter(LongText),
    "Rationale/evidence for quality": TypeAdapter(LongText),
}
_CALENDAR_DATE: TypeAdapter[str] = TypeAdapter(CalendarDate)


def _key(text: str) -> str:
    return "_".join(re.findall(r"[a-z0-9]+", text.lower()))


def _vocab(values: tuple[str, ...]) -> dict[str, str]:
    return {_key(v): v for v in values}


_STATUS = _vocab(get_args(ActionStatus))
_IMPL = _vocab(get_args(ImplementationLevel)) | {"fully_implemented": "fully", "partly_implemented": "partly"}
_QUALITY = _vocab(get_args(Quality))
_LEVEL = _vocab(get_args(Level))
_THEMES = _vocab(get_args(ThemeId))
_DEATH_TYPES = _vocab(get_args(DeathType))
_REVIEW_KINDS = _vocab(get_args(ReviewKind)) | {
    "domestic_homicide_review": "dhr",
    "domestic_abuse_related_death_review": "dardr",
}


@dataclass
class ParsedImport:
    reviews: list[ReviewWrite]
    timelines: dict[str, dict[str, str]]
    errors: list[ImportRowError]
    rows: int
    valid_rows: int


@dataclass
class _Rec:
    write: RecommendationWrite
    rows: list[int] = field(default_factory=list)


def _agency_lookup() -> dict[str, str]:
    from dhr.taxonomy import load_taxonomy

    tax = load_taxonomy()
    out = {_key(k): k for k in tax.agency_labels}
    out.update({_key(label): k for k, label in tax.agency_labels.items()})
    return out


def _date(value: str) -> str:
    iso = iso_from_cell(value)  # the shape; the calendar and the years are the schema's check
    try:  # a real calendar date in the schema's range of years (no 31/02, no year 0)
        return _CALENDAR_DATE.validate_python(iso)
    except PydanticValidationError as exc:
        raise ValueError(_message(exc)) from None


def _message(exc: PydanticValidationError) -> str:
    msg = str(exc.errors()[0]["msg"])
    return msg.removeprefix("Value error, ")


class _RowCheck:
    """Validates the cells of one row, collecting errors that name the row and column."""

    def __init__(self, n: int, row: dict[str, str], agencies: dict[str, str]) -> None:
        self.n = n
        self.row = row
        self.agencies = agencies
        self.errors: list[ImportRowError] = []

    def err(self, column: str | None, message: str) -> None:
        self.errors.append(ImportRowError(row=self.n, column=column, message=message))

    def vocab(self, column: str, table: dict[str, str]) -> str | None:
        value = self.row.get(column, "")
        if not value:
            return None
        hit = table.get(_key(value))
        if hit is None:
            self.err(column, f"{value!r} is not one of: {', '.join(sorted(set(table.values())))}")
        return hit

    def id_list(self, column: str, table: dict[str, str], what: str) -> list[str]:
        out = []
        for part in re.split(r"[;,]", self.row.get(column, "")):
            if not part.strip():
                continue
            hit = table.get(_key(part))
            if hit is None:
                self.err(column, f"unknown {what} {part.strip()!r}")
            else:
                out.append(hit)
        return list(dict.fromkeys(out))

    def text(self, column: str) -> None:
        value = self.row.get(column, "")
        if not value:
            return
        try:
            _TEXT_COLUMNS[column].validate_python(value)
        except PydanticValidationError as exc:
            self.err(column, f"'{column}': {_message(exc)}")

    def date(self, column: str) -> str | None:
        value = self.row.get(column, "")
        if not value:
            return None
        try:
            return _date(value)
        except ValueError as exc:
            self.err(column, str(exc))
            return None


def parse_action_plan_csv(data: bytes, *, allowed_csp: Callable[[str], bool] | None = None) -> ParsedImport:
    """Validate and group a CSV of action-plan rows.

    Args:
        data: the CSV file (UTF-8, optional BOM).
        allowed_csp: when given, rows whose 'CSP area' it rejects are errors (a csp key imports its own only).
    Raises:
        InputError: the file is not UTF-8 CSV, has no header, misses required columns or has too many rows.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"the CSV is not UTF-8 text (byte {exc.start} is invalid)") from None
    if "\x00" in text:
        raise InputError("the CSV contains NUL bytes: it is not a text file")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in (reader.fieldnames or [])]
    except csv.Error as exc:
        raise InputError(f"the CSV header cannot be read: {exc}") from None
    if not header:
        raise InputError("the CSV is empty: expected a header row with the oversight form's columns")
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InputError(
            f"the CSV lacks required column(s) {', '.join(repr(c) for c in missing)}; expected the columns of "
            f"'dhr extract --format csv' (e.g. {', '.join(repr(c) for c in COLUMNS[:3])}, ...)"
        )
    unknown = [h for h in header if h and h not in COLUMNS]
    errors: list[ImportRowError] = []
    if unknown:
        errors.append(
            ImportRowError(row=0, column=unknown[0], message=f"unknown column(s): {', '.join(unknown)}")
        )
    agencies = _agency_lookup()
    reviews: dict[str, ReviewWrite] = {}
    timelines: dict[str, dict[str, str]] = {}
    recs: dict[tuple[str, str], _Rec] = {}
    n_rows = 0
    valid = 0
    try:
        for n, raw in enumerate(reader, start=1):
            n_rows = n
            if n > MAX_ROWS:
                raise InputError(f"the CSV has more than {MAX_ROWS} rows; split it")
            # cells 'dhr extract' escaped against formula injection ('=...) are read back as written
            row = {
                (k or "").strip(): unescape_cell((v if isinstance(v, str) else "").strip()).strip()
                for k, v in raw.items()
            }
            if None in raw:
                errors.append(ImportRowError(row=n, column=None, message="more cells than header columns"))
                continue
            check = _RowCheck(n, row, agencies)
            for c in REQUIRED:
                if not row.get(c):
                    check.err(c, f"'{c}' is empty")
            csp = row.get("CSP area", "")
            if csp and allowed_csp is not None and not allowed_csp(csp):
                check.err("CSP area", f"CSP area {csp!r} is not this key's CSP")
            for column in _TEXT_COLUMNS:
                check.text(column)
            status = check.vocab("Progress status of this action", _STATUS)
            impl = check.vocab("Status of implementation of this recommendation", _IMPL)
            quality = check.vocab("Quality of implementation", _QUALITY)
            level = check.vocab("Recommendation level", _LEVEL) or "local"
            rec_agencies = check.id_list("Recommendation agencies", agencies, "agency")
            act_agencies = check.id_list("Action agencies", agencies, "agency")
            themes = check.id_list("Themes", _THEMES, "theme")
            rec_target = check.date("Recommendation target date")
            act_target = check.date("Action target date")
            events = {ev: check.date(col) for col, ev in TIMELINE_COLUMNS.items()}
            death_type = check.vocab("Death type", _DEATH_TYPES)
            review_kind = check.vocab("Review type", _REVIEW_KINDS)
            if check.errors:
                errors.extend(check.errors)
                continue
            valid += 1
            reference = row.get("DHR reference", "")
            title = row.get("Review title", "")
            review_key = hashlib.sha256(f"{csp.lower()}|{reference}|{title}".encode()).hexdigest()[:16]
            review_id = f"rv-imp-{review_key}"
            review = reviews.get(review_id)
            if review is None:
                review = ReviewWrite(
                    id=review_id,
                    title=title or None,
                    reference=reference or None,
                    csp=csp,
                    owner_csp=csp,
                    year=int(events["publication"][:4]) if events.get("publication") else None,
                    review_kind=review_kind,
                    death_type=death_type,
                )
                reviews[review_id] = review
            timeline = timelines.setdefault(review_id, {})
            for ev, value in events.items():
                if value and ev not in timeline:
                    timeline[ev] = value
            rec_text = " ".join(row["Recommendation"].split())
            local_id = row.get("Recommendation id") or row.get("Recommendation number") or ""
            local_id = local_id or "t" + hashlib.sha256(rec_text.encode()).hexdigest()[:10]
            rec_id = f"{review_id}-{_SAFE.sub('_', local_id)}"
            entry = recs.get((review_id, rec_id))
            if entry is None:
                entry = _Rec(
                    RecommendationWrite(
                        id=rec_id,
                        text=rec_text,
                        number=row.get("Recommendation number") or None,
                        agencies=rec_agencies,
                        themes=themes,
                        level=level,  # type: ignore[arg-type]
                        target_date=rec_target,
                        content_sha="",
                    )
                )
                recs[(review_id, rec_id)] = entry
                review.recommendations.append(entry.write)
            entry.rows.append(n)
            action_text = " ".join(row.get("Action", "").split())
            if action_text:
                evidence = "; ".join(
                    v
                    for v in (
                        row.get("Progress details", ""),
                        row.get("Rationale/evidence for implementation status", ""),
                        row.get("Rationale/evidence for quality", ""),
                    )
                    if v
                )
                entry.write.actions.append(
                    ActionWrite(
                        text=action_text,
                        agencies=act_agencies,
                        target_date=act_target,
                        status=status,  # type: ignore[arg-type]
                        implementation_level=impl,  # type: ignore[arg-type]
                        quality=quality,  # type: ignore[arg-type]
                        evidence=evidence or None,
                    )
                )
    except csv.Error as exc:
        raise InputError(f"the CSV cannot be parsed at row {n_rows + 1}: {exc}") from None
    for entry in recs.values():
        body = entry.write.model_dump_json(exclude={"content_sha"})
        entry.write.content_sha = hashlib.sha256(body.encode()).hexdigest()
    return ParsedImport(
        reviews=list(reviews.values()), timelines=timelines, errors=errors, rows=n_rows, valid_rows=valid
    )
