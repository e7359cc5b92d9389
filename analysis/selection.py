"""What an analysis selects: its filters, the figure and report models, and the temporary selection tables.

Review filters (``csp``, ``region``, ``year``) select reviews, recommendation filters (``level``, ``theme``)
select recommendations of those reviews, into two temporary tables that every figure joins with
(:func:`select`); :func:`check_filters` first rejects values the library does not hold.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import Connection, text

from dhr.errors import ValidationError
from dhr.schema.common import Level, Strict, ThemeId
from dhr.spreadsheet import escape_cell
from retrieval.store import LibraryStore

Cell = str | int | float | None
ProgressCb = Callable[[str], None]

NOT_RECORDED = "not recorded"
DAYS_PER_MONTH = 30.4375
#: (stage label, from event, to event) of Dashboard 1's average months, and the total.
STAGES: list[tuple[str, str, str]] = [
    ("Death to first panel", "death", "first_panel"),
    ("First panel to sent to QA panel", "first_panel", "sent_to_qap"),
    ("Sent to QA panel to first heard", "sent_to_qap", "qap_first_heard"),
    ("First heard to signed off by QA panel", "qap_first_heard", "qap_signed_off"),
    ("QA panel sign-off to publication", "qap_signed_off", "publication"),
    ("Death to publication (total)", "death", "publication"),
]
STATUS_ORDER = ["completed", "in_progress", "not_started", "incomplete", "abandoned", "other"]
IMPLEMENTATION_ORDER = ["fully", "partly", "somewhat", "not_yet"]
QUALITY_ORDER = ["gold", "silver", "bronze", "not_met_yet", "not_met"]
LEVEL_ORDER = ["local", "regional", "national"]


class AnalysisFilters(Strict):
    """Which part of the library to analyse (all optional)."""

    csp: str | None = Field(default=None, description="Community Safety Partnership (case-insensitive).")
    region: str | None = Field(default=None, description="Region (case-insensitive).")
    year: int | None = Field(default=None, ge=1900, le=2100, description="Review year.")
    level: Level | None = Field(default=None, description="Recommendation level.")
    theme: ThemeId | None = Field(default=None, description="Recommendation theme id.")

    def active(self) -> dict[str, Any]:
        return {k: v for k, v in self.model_dump().items() if v is not None}

    def describe(self) -> str:
        act = self.active()
        return ", ".join(f"{k}={v}" for k, v in act.items()) if act else "none (whole library)"


class FigureTable(BaseModel):
    """One figure: the table behind one chart (what its CSV holds)."""

    key: str
    title: str
    description: str = ""
    columns: list[str]
    rows: list[list[Cell]]
    notes: dict[str, Cell] = Field(
        default_factory=dict, description="Scalars about the figure (e.g. totals)."
    )

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(self.columns)
        # CSP, region and theme names come from callers: text that starts like a formula is escaped (OWASP)
        writer.writerows([escape_cell(c) if isinstance(c, str) else c for c in row] for row in self.rows)
        return buf.getvalue()

    def column(self, name: str) -> list[Cell]:
        i = self.columns.index(name)
        return [r[i] for r in self.rows]

    def as_dict(self, key_col: str, value_col: str) -> dict[Cell, Cell]:
        i, j = self.columns.index(key_col), self.columns.index(value_col)
        return {r[i]: r[j] for r in self.rows}


class Provenance(BaseModel):
    generated_at: str
    library: str
    generation: int
    schema_revision: str | None
    taxonomy_version: str
    synthetic: bool
    demo: dict[str, int] | None = None
    filters: dict[str, Any]
    filters_text: str
    software: str


class Analysis(BaseModel):
    provenance: Provenance
    figures: dict[str, FigureTable]
    seconds: dict[str, float] = Field(default_factory=dict, description="Time per figure (for benchmarks).")


# ------------------------------------------------------------------------------------------- selection

SEL_REVIEWS = "dhr_sel_reviews"
SEL_RECS = "dhr_sel_recs"


def pct(n: float, total: float) -> float:
    return round(100.0 * n / total, 1) if total else 0.0


def sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def check_filters(store: LibraryStore, filters: AnalysisFilters) -> None:
    """Raise ValidationError naming the CSP, region or year of the selection that matches no review.

    Each filter is checked within the ones before it (a region within the CSP asked for, a year within both),
    and the message names only what was asked. It never lists what else the library holds: through the API
    the other CSPs (some with drafts only), their regions and the years covered are not the caller's to learn
    from an error (issue 14, finding 8).
    """
    where: list[str] = []
    params: dict[str, object] = {}
    within: list[str] = []
    with store.engine.connect() as conn:
        for name, label in (("csp", "CSP"), ("region", "region"), ("year", "year")):
            value = getattr(filters, name)
            if value is None:
                continue
            # column names from the fixed tuple above, values bound
            where.append(f"{name} = :{name}" if name == "year" else f"lower({name}) = lower(:{name})")
            params[name] = value
            found = conn.execute(
                text(f"SELECT 1 FROM reviews WHERE {' AND '.join(where)} LIMIT 1"), params
            ).first()
            scope = f" of {' and '.join(within)}" if within else ""
            if found is None:
                if name == "year":
                    raise ValidationError(f"no reviews in year {value}{scope}")
                place = f"among the reviews{scope}" if within else "in the library"
                raise ValidationError(f"no {label} {value!r} {place}")
            within.append(f"{label} {value!r}")


def create_selection(conn: Connection, filters: AnalysisFilters) -> None:
    """(Re)create the temporary tables of the selected reviews and recommendations on this connection."""
    for name in (SEL_RECS, SEL_REVIEWS):
        conn.execute(text(f"DROP TABLE IF EXISTS {name}"))
    where, params = ["1=1"], {}
    if filters.csp is not None:
        where.append("lower(v.csp) = lower(:csp)")
        params["csp"] = filters.csp
    if filters.region is not None:
        where.append("lower(v.region) = lower(:region)")
        params["region"] = filters.region
    if filters.year is not None:
        where.append("v.year = :year")
        params["year"] = filters.year
    rec_where = ["1=1"]
    if filters.level is not None:
        rec_where.append("r.level = :level")
        params["level"] = filters.level
    if filters.theme is not None:
        rec_where.append(
            "r.vec_id IN (SELECT l.vec_id FROM recommendation_labels l WHERE l.kind = 'theme' AND l.value = :theme)"
        )
        params["theme"] = filters.theme
    conn.execute(
        text(
            f"CREATE TEMP TABLE {SEL_RECS} AS SELECT r.vec_id AS vec_id, r.review_id AS review_id "
            f"FROM recommendations r JOIN reviews v ON v.id = r.review_id "
            f"WHERE {' AND '.join(where)} AND {' AND '.join(rec_where)}"
        ),
        params,
    )
    conn.execute(text(f"CREATE INDEX {SEL_RECS}_vec ON {SEL_RECS} (vec_id)"))
    if filters.level is not None or filters.theme is not None:
        conn.execute(
            text(f"CREATE TEMP TABLE {SEL_REVIEWS} AS SELECT DISTINCT review_id AS id FROM {SEL_RECS}")
        )
    else:
        conn.execute(
            text(
                f"CREATE TEMP TABLE {SEL_REVIEWS} AS SELECT v.id AS id FROM reviews v WHERE {' AND '.join(where)}"
            ),
            params,
        )
    conn.execute(text(f"CREATE INDEX {SEL_REVIEWS}_id ON {SEL_REVIEWS} (id)"))


def drop_selection(conn: Connection) -> None:
    for name in (SEL_RECS, SEL_REVIEWS):
        conn.execute(text(f"DROP TABLE IF EXISTS {name}"))


def fetch_rows(conn: Connection, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.execute(text(sql), params)]


def fetch_scalar(conn: Connection, sql: str, **params: Any) -> Any:
    return conn.execute(text(sql), params).scalar()
