"""Thematic analysis figures of the learning library, computed in the database with SQL aggregates.

The figures are the pilot's dashboards (seed report *Learning from loss*, Dashboards 1, 2 and 4) plus trends and
systemic clusters. Each figure is a :class:`FigureTable` (columns + rows, the CSV behind one chart), keyed by a
stable name in :data:`FIGURES`. Two entry points:

    analysis = run_analysis(store, AnalysisFilters(region="London"))      # every figure + provenance
    table = compute_figure(store, "action_status", AnalysisFilters(year=2024))   # one figure (API route)

Selection: review filters (``csp``, ``region``, ``year``; CSP and region compared case-insensitively) select
reviews; recommendation filters (``level``, ``theme``) select recommendations of those reviews; actions are those
of the selected recommendations. With a recommendation filter, only reviews with at least one selected
recommendation count. Percentages are of all selected rows, 'not recorded' (NULL) included, to one decimal.

Everything is aggregated in SQL (``GROUP BY`` over a temporary table of the selected recommendations), except the
systemic clusters: recommendation texts are normalised in Python (:func:`lesson_key`: lower case, punctuation,
stop words and recommendation boilerplate removed, words sorted) and grouped; a cluster is one lesson made in at
least ``min_areas`` different CSP areas. That is cheap enough for 200k records and needs no embeddings.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import Connection, text

from dhr.errors import InputError, ValidationError
from dhr.schema.common import DEATH_TYPES, Level, Strict, ThemeId
from dhr.spreadsheet import escape_cell
from retrieval.analytics_tables import FLAG_MISADDRESSED, FLAG_NO_DEPARTMENT
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

_SEL_REVIEWS = "dhr_sel_reviews"
_SEL_RECS = "dhr_sel_recs"


def _pct(n: float, total: float) -> float:
    return round(100.0 * n / total, 1) if total else 0.0


def _sql_str(value: str) -> str:
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


def _select(conn: Connection, filters: AnalysisFilters) -> None:
    """(Re)create the temporary tables of the selected reviews and recommendations on this connection."""
    for name in (_SEL_RECS, _SEL_REVIEWS):
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
            f"CREATE TEMP TABLE {_SEL_RECS} AS SELECT r.vec_id AS vec_id, r.review_id AS review_id "
            f"FROM recommendations r JOIN reviews v ON v.id = r.review_id "
            f"WHERE {' AND '.join(where)} AND {' AND '.join(rec_where)}"
        ),
        params,
    )
    conn.execute(text(f"CREATE INDEX {_SEL_RECS}_vec ON {_SEL_RECS} (vec_id)"))
    if filters.level is not None or filters.theme is not None:
        conn.execute(
            text(f"CREATE TEMP TABLE {_SEL_REVIEWS} AS SELECT DISTINCT review_id AS id FROM {_SEL_RECS}")
        )
    else:
        conn.execute(
            text(
                f"CREATE TEMP TABLE {_SEL_REVIEWS} AS SELECT v.id AS id FROM reviews v WHERE {' AND '.join(where)}"
            ),
            params,
        )
    conn.execute(text(f"CREATE INDEX {_SEL_REVIEWS}_id ON {_SEL_REVIEWS} (id)"))


def _drop(conn: Connection) -> None:
    for name in (_SEL_RECS, _SEL_REVIEWS):
        conn.execute(text(f"DROP TABLE IF EXISTS {name}"))


def _rows(conn: Connection, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.execute(text(sql), params)]


def _scalar(conn: Connection, sql: str, **params: Any) -> Any:
    return conn.execute(text(sql), params).scalar()


# --------------------------------------------------------------------------------------------- figures


def _taxonomy() -> Any:
    from classification.taxonomy import load_taxonomy

    return load_taxonomy()


def _count_by(conn: Connection, column: str) -> dict[str | None, int]:
    return {
        k: int(n)
        for k, n in _rows(
            conn,
            f"SELECT a.{column}, count(*) FROM actions a JOIN {_SEL_RECS} s ON s.vec_id = a.vec_id GROUP BY a.{column}",
        )
    }


def _ordered_counts(
    key: str,
    title: str,
    column_name: str,
    counts: dict[str | None, int],
    order: list[str],
    unit: str,
    desc: str,
) -> FigureTable:
    total = sum(counts.values())
    keys = [k for k in order if k in counts] + sorted(
        str(k) for k in counts if k is not None and k not in order
    )
    rows: list[list[Cell]] = [[k, counts[k], _pct(counts[k], total)] for k in keys]
    if None in counts:
        rows.append([NOT_RECORDED, counts[None], _pct(counts[None], total)])
    return FigureTable(
        key=key, title=title, description=desc, columns=[column_name, unit, "percent"], rows=rows
    )


def fig_action_status(conn: Connection) -> FigureTable:
    return _ordered_counts(
        "action_status",
        "Progress status of actions",
        "status",
        _count_by(conn, "status"),
        STATUS_ORDER,
        "actions",
        "Dashboard 1: current status of every action.",
    )


def fig_implementation(conn: Connection) -> FigureTable:
    return _ordered_counts(
        "implementation_level",
        "Implementation assessment",
        "implementation_level",
        _count_by(conn, "implementation_level"),
        IMPLEMENTATION_ORDER,
        "actions",
        "Dashboard 1: level of implementation assessed by the local area (per action).",
    )


def fig_quality(conn: Connection) -> FigureTable:
    return _ordered_counts(
        "quality",
        "Quality assessment",
        "quality",
        _count_by(conn, "quality"),
        QUALITY_ORDER,
        "actions",
        "Dashboard 1: quality of implementation (Gold/Silver/Bronze framework, per action).",
    )


def fig_implementation_by_quality(conn: Connection) -> FigureTable:
    raw = _rows(
        conn,
        f"SELECT a.implementation_level, a.quality, count(*) FROM actions a "
        f"JOIN {_SEL_RECS} s ON s.vec_id = a.vec_id GROUP BY a.implementation_level, a.quality",
    )
    cells = {(i or NOT_RECORDED, q or NOT_RECORDED): int(n) for i, q, n in raw}
    impls = [k for k in [*IMPLEMENTATION_ORDER, NOT_RECORDED] if any(c[0] == k for c in cells)]
    quals = [*QUALITY_ORDER, NOT_RECORDED]
    rows: list[list[Cell]] = [[i, *[cells.get((i, q), 0) for q in quals]] for i in impls]
    return FigureTable(
        key="implementation_by_quality",
        title="Quality relative to implementation level",
        description="Dashboard 1: actions by implementation level (rows) and quality (columns).",
        columns=["implementation_level", *quals],
        rows=rows,
    )


def fig_levels(conn: Connection) -> FigureTable:
    counts = {
        k: int(n)
        for k, n in _rows(
            conn,
            f"SELECT r.level, count(*) FROM recommendations r JOIN {_SEL_RECS} s ON s.vec_id = r.vec_id GROUP BY r.level",
        )
    }
    return _ordered_counts(
        "recommendation_levels",
        "Recommendations by level",
        "level",
        counts,
        LEVEL_ORDER,
        "recommendations",
        "Dashboard 1: who recommendations were for (local, regional, national).",
    )


def fig_death_types(conn: Connection) -> FigureTable:
    """Reviews by how the person died (homicide, suicide, other, unknown): DARDRs cover all of them."""
    counts = {
        k: int(n)
        for k, n in _rows(
            conn,
            f"SELECT coalesce(v.death_type, 'unknown'), count(*) FROM reviews v "
            f"JOIN {_SEL_REVIEWS} s ON s.id = v.id GROUP BY coalesce(v.death_type, 'unknown')",
        )
    }
    return _ordered_counts(
        "death_types",
        "Reviews by death type",
        "death_type",
        counts,
        list(DEATH_TYPES),
        "reviews",
        "How the person died, as each report tells it (Domestic Abuse Related Death Reviews cover suicides and "
        "other deaths as well as homicides); 'unknown' where the report did not say clearly.",
    )


def _agency_actions_sql(conn: Connection) -> str:
    if conn.dialect.name == "postgresql":
        elems = "CROSS JOIN LATERAL json_array_elements_text(a.agencies::json) AS j(value)"
    else:
        elems = ", json_each(a.agencies) AS j"
    return (
        f"SELECT j.value, a.status, count(DISTINCT a.id) FROM actions a "
        f"JOIN {_SEL_RECS} s ON s.vec_id = a.vec_id {elems} GROUP BY j.value, a.status"
    )


def fig_actions_by_agency(conn: Connection) -> FigureTable:
    tax = _taxonomy()
    per: dict[str, dict[str, int]] = defaultdict(dict)
    for agency, status, n in _rows(conn, _agency_actions_sql(conn)):
        per[str(agency)][status or NOT_RECORDED] = int(n)
    statuses = [*STATUS_ORDER, NOT_RECORDED]
    rows: list[list[Cell]] = []
    for agency, counts in per.items():
        label = tax.agency_labels.get(agency, agency)
        sector = tax.sector_of(agency) if agency in tax.agency_labels else "unknown"
        rows.append([agency, label, sector, sum(counts.values()), *[counts.get(s, 0) for s in statuses]])
    rows.sort(key=lambda r: (-int(r[3] or 0), str(r[0])))
    return FigureTable(
        key="actions_by_agency",
        title="Actions per agency",
        description=(
            "Dashboard 1: actions for each agency, by status. An action can be for more than one agency, so the "
            "column sums exceed the number of actions."
        ),
        columns=["agency", "label", "sector", "actions", *statuses],
        rows=rows,
    )


def _pivot_sql() -> str:
    events = sorted({e for _, a, b in STAGES for e in (a, b)})
    cols = ", ".join(f"max(CASE WHEN e.event = '{ev}' THEN e.day END) AS {ev}" for ev in events)
    return (
        f"SELECT e.review_id AS review_id, {cols} FROM review_timeline_events e "
        f"JOIN {_SEL_REVIEWS} sr ON sr.id = e.review_id GROUP BY e.review_id"
    )


def fig_timeline(conn: Connection) -> FigureTable:
    parts = []
    for i, (_label, a, b) in enumerate(STAGES):
        parts.append(f"count(p.{b} - p.{a}) AS n{i}, avg(p.{b} - p.{a}) AS d{i}")
    row = conn.execute(text(f"SELECT {', '.join(parts)} FROM ({_pivot_sql()}) p")).one()
    rows: list[list[Cell]] = []
    for i, (label, a, b) in enumerate(STAGES):
        n, days = int(row[2 * i] or 0), row[2 * i + 1]
        months = round(float(days) / DAYS_PER_MONTH, 2) if days is not None else None
        rows.append([label, a, b, n, months])
    return FigureTable(
        key="timeline_stages",
        title="Average months per stage, death to publication",
        description="Dashboard 1: average months between the dated stages of reviews that have both dates.",
        columns=["stage", "from_event", "to_event", "reviews", "average_months"],
        rows=rows,
    )


def _case(expr: str, mapping: dict[str, str], default: str) -> str:
    whens = " ".join(f"WHEN {_sql_str(k)} THEN {_sql_str(v)}" for k, v in mapping.items())
    return f"CASE {expr} {whens} ELSE {_sql_str(default)} END"


def fig_themes_by_sector(conn: Connection) -> FigureTable:
    from classification.taxonomy import AGENCY_SECTOR

    tax = _taxonomy()
    sector = _case("ag.value", AGENCY_SECTOR, "national_government")
    raw = _rows(
        conn,
        f"SELECT {sector} AS sector, th.value AS theme, count(DISTINCT th.vec_id) FROM recommendation_labels th "
        f"JOIN {_SEL_RECS} s ON s.vec_id = th.vec_id "
        f"JOIN recommendation_labels ag ON ag.vec_id = th.vec_id AND ag.kind = 'agency' "
        f"WHERE th.kind = 'theme' GROUP BY 1, 2",
    )
    order = {k: i for i, k in enumerate(tax.sector_labels)}
    theme_order = {k: i for i, k in enumerate(tax.theme_labels)}
    rows: list[list[Cell]] = [
        [sec, tax.sector_labels.get(sec, sec), th, int(n)]
        for sec, th, n in sorted(raw, key=lambda r: (order.get(r[0], 99), theme_order.get(r[1], 99)))
    ]
    return FigureTable(
        key="themes_by_sector",
        title="Themes by sector",
        description=(
            "Dashboard 2: recommendations by theme for each sector of the agencies they are for "
            "(a recommendation counts once per sector and theme)."
        ),
        columns=["sector", "sector_label", "theme", "recommendations"],
        rows=rows,
    )


def fig_improvement_areas(conn: Connection) -> FigureTable:
    from classification.taxonomy import THEME_IMPROVEMENT_AREA

    tax = _taxonomy()
    area = _case("th.value", THEME_IMPROVEMENT_AREA, "Policy and process")
    counts = {
        str(k): int(n)
        for k, n in _rows(
            conn,
            f"SELECT {area} AS area, count(DISTINCT th.vec_id) FROM recommendation_labels th "
            f"JOIN {_SEL_RECS} s ON s.vec_id = th.vec_id WHERE th.kind = 'theme' GROUP BY 1",
        )
    }
    total = _scalar(conn, f"SELECT count(*) FROM {_SEL_RECS}") or 0
    rows: list[list[Cell]] = [
        [a, counts[a], _pct(counts[a], total)] for a in tax.improvement_areas if a in counts
    ]
    return FigureTable(
        key="improvement_areas",
        title="Improvements DHRs identified as needed",
        description=(
            "Dashboard 2: recommendations by DAC improvement area (from their themes); percent of selected "
            "recommendations (a recommendation with themes in two areas counts in both)."
        ),
        columns=["improvement_area", "recommendations", "percent"],
        rows=rows,
    )


def fig_national_departments(conn: Connection) -> FigureTable:
    tax = _taxonomy()
    raw = _rows(
        conn,
        f"SELECT g.department, count(*), "
        f"sum(CASE WHEN g.flag = '{FLAG_MISADDRESSED}' THEN 1 ELSE 0 END), "
        f"sum(CASE WHEN g.flag = '{FLAG_NO_DEPARTMENT}' THEN 1 ELSE 0 END) "
        f"FROM recommendation_routing g JOIN {_SEL_RECS} s ON s.vec_id = g.vec_id GROUP BY g.department",
    )
    rows: list[list[Cell]] = []
    for dept, n, mis, none in raw:
        n, mis, none = int(n), int(mis or 0), int(none or 0)
        rows.append([dept, tax.department_labels.get(dept, dept), n, mis, none, _pct(mis + none, n)])
    rows.sort(key=lambda r: (-int(r[2] or 0), str(r[0])))
    return FigureTable(
        key="national_departments",
        title="National recommendations by department",
        description=(
            "Dashboard 4: national recommendations by the department they should go to, with routing flags: "
            "'misaddressed' (the text names another department) and 'no department named'."
        ),
        columns=[
            "department",
            "label",
            "recommendations",
            FLAG_MISADDRESSED,
            FLAG_NO_DEPARTMENT,
            "flagged_percent",
        ],
        rows=rows,
    )


def fig_routing_flags(conn: Connection, limit: int = 200) -> FigureTable:
    raw = _rows(
        conn,
        f"SELECT r.id, v.csp, v.year, g.named_department, g.department, g.flag, r.text "
        f"FROM recommendation_routing g JOIN {_SEL_RECS} s ON s.vec_id = g.vec_id "
        f"JOIN recommendations r ON r.vec_id = g.vec_id JOIN reviews v ON v.id = r.review_id "
        f"WHERE g.flag IS NOT NULL ORDER BY v.year DESC, r.id LIMIT :lim",
        lim=limit,
    )
    return FigureTable(
        key="routing_flags",
        title=f"Flagged national recommendations (latest {limit})",
        description="National recommendations whose routing needs attention: to whom they were addressed and "
        "where they should go.",
        columns=["recommendation_id", "csp", "year", "named_department", "routed_department", "flag", "text"],
        rows=[list(r) for r in raw],
    )


def fig_trends(conn: Connection) -> FigureTable:
    reviews = dict(
        _rows(
            conn,
            f"SELECT v.year, count(*) FROM reviews v JOIN {_SEL_REVIEWS} sr ON sr.id = v.id GROUP BY v.year",
        )
    )
    published = dict(
        _rows(
            conn,
            f"SELECT v.year, sum(CASE WHEN v.published THEN 1 ELSE 0 END) FROM reviews v "
            f"JOIN {_SEL_REVIEWS} sr ON sr.id = v.id GROUP BY v.year",
        )
    )
    recs = dict(
        _rows(
            conn,
            f"SELECT v.year, count(*) FROM {_SEL_RECS} s JOIN reviews v ON v.id = s.review_id GROUP BY v.year",
        )
    )
    acts = {
        y: (int(n), int(c or 0))
        for y, n, c in _rows(
            conn,
            f"SELECT v.year, count(*), sum(CASE WHEN a.status = 'completed' THEN 1 ELSE 0 END) FROM actions a "
            f"JOIN {_SEL_RECS} s ON s.vec_id = a.vec_id JOIN reviews v ON v.id = s.review_id GROUP BY v.year",
        )
    }
    months = {
        y: d
        for y, d in _rows(
            conn,
            f"SELECT v.year, avg(p.publication - p.death) FROM ({_pivot_sql()}) p "
            f"JOIN reviews v ON v.id = p.review_id GROUP BY v.year",
        )
    }
    years = sorted({y for y in [*reviews, *recs] if y is not None})
    rows: list[list[Cell]] = []
    for y in years:
        n_act, n_done = acts.get(y, (0, 0))
        d = months.get(y)
        rows.append(
            [
                y,
                int(reviews.get(y, 0)),
                int(published.get(y, 0) or 0),
                int(recs.get(y, 0)),
                n_act,
                n_done,
                _pct(n_done, n_act),
                round(float(d) / DAYS_PER_MONTH, 2) if d is not None else None,
            ]
        )
    return FigureTable(
        key="trends_by_year",
        title="Trends by year",
        description="Reviews, recommendations and actions by review year; share of actions completed; average "
        "months from death to publication of the year's published reviews.",
        columns=[
            "year",
            "reviews",
            "published_reviews",
            "recommendations",
            "actions",
            "completed_actions",
            "completed_percent",
            "months_death_to_publication",
        ],
        rows=rows,
    )


def fig_themes_by_year(conn: Connection) -> FigureTable:
    tax = _taxonomy()
    order = {k: i for i, k in enumerate(tax.theme_labels)}
    raw = _rows(
        conn,
        f"SELECT v.year, l.value, count(*) FROM recommendation_labels l JOIN {_SEL_RECS} s ON s.vec_id = l.vec_id "
        f"JOIN reviews v ON v.id = s.review_id WHERE l.kind = 'theme' GROUP BY v.year, l.value",
    )
    rows: list[list[Cell]] = [
        [y, th, int(n)] for y, th, n in sorted(raw, key=lambda r: (r[0] or 0, order.get(r[1], 99)))
    ]
    return FigureTable(
        key="themes_by_year",
        title="Themes by year",
        description="Recommendations per theme by review year (a recommendation with two themes counts in both).",
        columns=["year", "theme", "recommendations"],
        rows=rows,
    )


# ---------------------------------------------------------------------------------------- clusters

_STOP = frozenset(
    """a an the and or of to for in on at by with from into as is are be been being it its their this that these
    those which who whom should must will shall would could can may might recommendation recommendations
    recommended recommend it's also all any each""".split()
)
_WORD = re.compile(r"[a-z0-9]+")


def lesson_key(text_: str) -> str:
    """Normalised form of a recommendation: same key = same lesson (order, case, punctuation, boilerplate aside)."""
    words = set()
    for w in _WORD.findall(text_.lower()):
        if w in _STOP or len(w) < 2:
            continue
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        words.add(w)
    return " ".join(sorted(words))


def fig_clusters(conn: Connection, *, min_areas: int = 3, top: int = 50) -> FigureTable:
    groups: dict[str, list[tuple[str, str | None, str | None, int | None, str]]] = defaultdict(list)
    result = conn.execute(
        text(
            f"SELECT r.text, v.csp, v.region, v.year, r.themes FROM {_SEL_RECS} s "
            f"JOIN recommendations r ON r.vec_id = s.vec_id JOIN reviews v ON v.id = s.review_id"
        )
    )
    for txt, csp, region, year, themes in result:
        groups[lesson_key(txt)].append((txt, csp, region, year, themes))
    clusters = []
    for members in groups.values():
        areas = {m[1] for m in members if m[1] is not None}
        if len(areas) < min_areas:
            continue
        clusters.append((len(areas), len(members), members, areas))
    clusters.sort(key=lambda c: (-c[0], -c[1], min(m[0] for m in c[2])))
    rows: list[list[Cell]] = []
    for i, (n_areas, n_recs, members, _areas) in enumerate(clusters[:top], start=1):
        texts = Counter(m[0] for m in members)
        rep = min(texts, key=lambda x: (-texts[x], x))
        theme_counts: Counter[str] = Counter()
        for m in members:
            themes = m[4] if isinstance(m[4], list) else json.loads(m[4] or "[]")
            if themes:
                theme_counts[themes[0]] += 1
        main = min(theme_counts, key=lambda x: (-theme_counts[x], x)) if theme_counts else None
        years = [m[3] for m in members if m[3] is not None]
        rows.append(
            [
                i,
                rep,
                n_recs,
                n_areas,
                len({m[2] for m in members if m[2] is not None}),
                min(years) if years else None,
                max(years) if years else None,
                main,
            ]
        )
    return FigureTable(
        key="systemic_clusters",
        title=f"Systemic clusters: the same lesson in {min_areas}+ areas (top {top} of {len(clusters)})",
        description=(
            "Recommendations whose normalised text (case, punctuation, word order, stop words and boilerplate such "
            "as 'It is recommended that' removed) is identical, made in at least "
            f"{min_areas} different CSP areas. {len(clusters)} such lessons in the selection."
        ),
        columns=[
            "cluster",
            "lesson",
            "recommendations",
            "areas",
            "regions",
            "first_year",
            "last_year",
            "main_theme",
        ],
        rows=rows,
        notes={"lessons": len(clusters), "min_areas": min_areas},
    )


# ------------------------------------------------------------------------------------------- headline


def fig_headline(conn: Connection, figures: dict[str, FigureTable]) -> FigureTable:
    reviews = int(_scalar(conn, f"SELECT count(*) FROM {_SEL_REVIEWS}") or 0)
    published = int(
        _scalar(
            conn,
            f"SELECT count(*) FROM reviews v JOIN {_SEL_REVIEWS} sr ON sr.id = v.id WHERE v.published = :t",
            t=True,
        )
        or 0
    )
    recs = int(_scalar(conn, f"SELECT count(*) FROM {_SEL_RECS}") or 0)
    for_csp = int(
        _scalar(
            conn,
            f"SELECT count(DISTINCT l.vec_id) FROM recommendation_labels l JOIN {_SEL_RECS} s ON s.vec_id = l.vec_id "
            f"WHERE l.kind = 'agency' AND l.value = 'community_safety_partnership'",
        )
        or 0
    )
    status = figures["action_status"].as_dict("status", "actions")
    actions = sum(int(v or 0) for v in status.values())
    levels = figures["recommendation_levels"].as_dict("level", "recommendations")
    impl = figures["implementation_level"].as_dict("implementation_level", "actions")
    cross = figures["implementation_by_quality"]
    fully_row = next((r for r in cross.rows if r[0] == "fully"), None)
    fully_gold = int(fully_row[cross.columns.index("gold")] or 0) if fully_row else 0
    fully = int(impl.get("fully", 0) or 0)
    months = next(r[4] for r in figures["timeline_stages"].rows if r[1] == "death" and r[2] == "publication")
    lessons = figures["systemic_clusters"].notes.get("lessons", 0)
    rows: list[list[Cell]] = [
        ["reviews", reviews],
        ["published_reviews", published],
        ["published_percent", _pct(published, reviews)],
        ["recommendations", recs],
        ["recommendations_per_review", round(recs / reviews, 1) if reviews else 0.0],
        ["recommendations_for_csp", for_csp],
        ["recommendations_for_csp_percent", _pct(for_csp, recs)],
        ["local_level_percent", _pct(int(levels.get("local", 0) or 0), recs)],
        ["national_recommendations", int(levels.get("national", 0) or 0)],
        ["actions", actions],
        ["actions_per_review", round(actions / reviews, 1) if reviews else 0.0],
        ["actions_completed_percent", _pct(int(status.get("completed", 0) or 0), actions)],
        ["actions_in_progress_percent", _pct(int(status.get("in_progress", 0) or 0), actions)],
        ["actions_fully_implemented_percent", _pct(fully, actions)],
        ["fully_implemented_gold_percent", _pct(fully_gold, fully)],
        ["average_months_death_to_publication", months],
        ["systemic_lessons", lessons],
    ]
    return FigureTable(
        key="headline",
        title="Headline figures",
        description="Dashboard 1's headline numbers for the selection.",
        columns=["metric", "value"],
        rows=rows,
    )


#: Figure key -> function of the selection connection (the headline is built from the others).
FIGURES: dict[str, Callable[[Connection], FigureTable]] = {
    "action_status": fig_action_status,
    "implementation_level": fig_implementation,
    "quality": fig_quality,
    "implementation_by_quality": fig_implementation_by_quality,
    "recommendation_levels": fig_levels,
    "death_types": fig_death_types,
    "actions_by_agency": fig_actions_by_agency,
    "timeline_stages": fig_timeline,
    "themes_by_sector": fig_themes_by_sector,
    "improvement_areas": fig_improvement_areas,
    "national_departments": fig_national_departments,
    "routing_flags": fig_routing_flags,
    "trends_by_year": fig_trends,
    "themes_by_year": fig_themes_by_year,
    "systemic_clusters": fig_clusters,
}
FIGURE_KEYS = ["headline", *FIGURES]


def _provenance(store: LibraryStore, conn: Connection, filters: AnalysisFilters) -> Provenance:
    from sqlalchemy.engine import make_url

    from retrieval.demo_library import demo_info

    meta = {k: int(v) for k, v in _rows(conn, "SELECT key, value FROM library_meta")}
    try:
        revision = _scalar(conn, "SELECT version_num FROM alembic_version")
    except Exception:  # noqa: BLE001 - provenance is best effort
        revision = None
    try:
        from importlib.metadata import version

        software = f"dhr-learning {version('dhr-learning')}"
    except Exception:  # noqa: BLE001
        software = "dhr-learning"
    info = demo_info(store.engine)
    return Provenance(
        generated_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
        library=make_url(store.url).render_as_string(hide_password=True),
        generation=int(meta.get("generation", 0)),
        schema_revision=str(revision) if revision is not None else None,
        taxonomy_version=_taxonomy().version,
        synthetic=info is not None,
        demo=info,
        filters=filters.active(),
        filters_text=filters.describe(),
        software=software,
    )


def run_analysis(
    store: LibraryStore,
    filters: AnalysisFilters | None = None,
    *,
    min_areas: int = 3,
    top_clusters: int = 50,
    progress: ProgressCb | None = None,
) -> Analysis:
    """Every figure of the report for the selection, plus provenance. Raises ValidationError for unknown
    CSP/region/year values and InputError when nothing matches."""
    import time

    filters = filters or AnalysisFilters()
    if min_areas < 2:
        raise ValidationError(f"min_areas must be at least 2, got {min_areas}")
    check_filters(store, filters)
    figures: dict[str, FigureTable] = {}
    seconds: dict[str, float] = {}
    with store.engine.connect() as conn:
        started = time.perf_counter()
        _select(conn, filters)
        seconds["selection"] = round(time.perf_counter() - started, 3)
        try:
            if not _scalar(conn, f"SELECT count(*) FROM {_SEL_REVIEWS}"):
                raise InputError(f"no reviews match the filters ({filters.describe()})")
            for key, fn in FIGURES.items():
                if progress is not None:
                    progress(key)
                started = time.perf_counter()
                if key == "systemic_clusters":
                    figures[key] = fig_clusters(conn, min_areas=min_areas, top=top_clusters)
                else:
                    figures[key] = fn(conn)
                seconds[key] = round(time.perf_counter() - started, 3)
            if progress is not None:
                progress("headline")
            headline = fig_headline(conn, figures)
            provenance = _provenance(store, conn, filters)
        finally:
            _drop(conn)
            conn.rollback()
    ordered = {"headline": headline, **figures}
    return Analysis(provenance=provenance, figures=ordered, seconds=seconds)


def compute_figure(store: LibraryStore, key: str, filters: AnalysisFilters | None = None) -> FigureTable:
    """One figure (for an API route). ``key`` is one of :data:`FIGURE_KEYS`."""
    if key not in FIGURE_KEYS:
        raise ValidationError(f"unknown figure {key!r}; valid figures: {', '.join(FIGURE_KEYS)}")
    if key == "headline":
        return run_analysis(store, filters).figures["headline"]
    filters = filters or AnalysisFilters()
    check_filters(store, filters)
    with store.engine.connect() as conn:
        _select(conn, filters)
        try:
            return FIGURES[key](conn)
        finally:
            _drop(conn)
            conn.rollback()
