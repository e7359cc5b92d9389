"""The dashboard figures of actions and labels: status, implementation, quality, levels, death types,
agencies, timeliness stages, themes by sector, improvement areas and national routing (SQL aggregates over the
selection of :mod:`analysis.selection`)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, text

from analysis.selection import (
    DAYS_PER_MONTH,
    IMPLEMENTATION_ORDER,
    LEVEL_ORDER,
    NOT_RECORDED,
    QUALITY_ORDER,
    SEL_RECS,
    SEL_REVIEWS,
    STAGES,
    STATUS_ORDER,
    Cell,
    FigureTable,
    fetch_rows,
    fetch_scalar,
    pct,
    sql_str,
)
from dhr.schema.common import DEATH_TYPES
from retrieval.analytics_tables import FLAG_MISADDRESSED, FLAG_NO_DEPARTMENT

# --------------------------------------------------------------------------------------------- figures


def taxonomy() -> Any:
    from dhr.taxonomy import load_taxonomy

    return load_taxonomy()


def _count_by(conn: Connection, column: str) -> dict[str | None, int]:
    return {
        k: int(n)
        for k, n in fetch_rows(
            conn,
            f"SELECT a.{column}, count(*) FROM actions a JOIN {SEL_RECS} s ON s.vec_id = a.vec_id GROUP BY a.{column}",
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
    rows: list[list[Cell]] = [[k, counts[k], pct(counts[k], total)] for k in keys]
    if None in counts:
        rows.append([NOT_RECORDED, counts[None], pct(counts[None], total)])
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
    raw = fetch_rows(
        conn,
        f"SELECT a.implementation_level, a.quality, count(*) FROM actions a "
        f"JOIN {SEL_RECS} s ON s.vec_id = a.vec_id GROUP BY a.implementation_level, a.quality",
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
        for k, n in fetch_rows(
            conn,
            f"SELECT r.level, count(*) FROM recommendations r JOIN {SEL_RECS} s ON s.vec_id = r.vec_id GROUP BY r.level",
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
        for k, n in fetch_rows(
            conn,
            f"SELECT coalesce(v.death_type, 'unknown'), count(*) FROM reviews v "
            f"JOIN {SEL_REVIEWS} s ON s.id = v.id GROUP BY coalesce(v.death_type, 'unknown')",
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
        f"JOIN {SEL_RECS} s ON s.vec_id = a.vec_id {elems} GROUP BY j.value, a.status"
    )


def fig_actions_by_agency(conn: Connection) -> FigureTable:
    tax = taxonomy()
    per: dict[str, dict[str, int]] = defaultdict(dict)
    for agency, status, n in fetch_rows(conn, _agency_actions_sql(conn)):
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


def pivot_sql() -> str:
    events = sorted({e for _, a, b in STAGES for e in (a, b)})
    cols = ", ".join(f"max(CASE WHEN e.event = '{ev}' THEN e.day END) AS {ev}" for ev in events)
    return (
        f"SELECT e.review_id AS review_id, {cols} FROM review_timeline_events e "
        f"JOIN {SEL_REVIEWS} sr ON sr.id = e.review_id GROUP BY e.review_id"
    )


def fig_timeline(conn: Connection) -> FigureTable:
    parts = []
    for i, (_label, a, b) in enumerate(STAGES):
        parts.append(f"count(p.{b} - p.{a}) AS n{i}, avg(p.{b} - p.{a}) AS d{i}")
    row = conn.execute(text(f"SELECT {', '.join(parts)} FROM ({pivot_sql()}) p")).one()
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
    whens = " ".join(f"WHEN {sql_str(k)} THEN {sql_str(v)}" for k, v in mapping.items())
    return f"CASE {expr} {whens} ELSE {sql_str(default)} END"


def fig_themes_by_sector(conn: Connection) -> FigureTable:
    from dhr.taxonomy import AGENCY_SECTOR

    tax = taxonomy()
    sector = _case("ag.value", AGENCY_SECTOR, "national_government")
    raw = fetch_rows(
        conn,
        f"SELECT {sector} AS sector, th.value AS theme, count(DISTINCT th.vec_id) FROM recommendation_labels th "
        f"JOIN {SEL_RECS} s ON s.vec_id = th.vec_id "
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
    from dhr.taxonomy import THEME_IMPROVEMENT_AREA

    tax = taxonomy()
    area = _case("th.value", THEME_IMPROVEMENT_AREA, "Policy and process")
    counts = {
        str(k): int(n)
        for k, n in fetch_rows(
            conn,
            f"SELECT {area} AS area, count(DISTINCT th.vec_id) FROM recommendation_labels th "
            f"JOIN {SEL_RECS} s ON s.vec_id = th.vec_id WHERE th.kind = 'theme' GROUP BY 1",
        )
    }
    total = fetch_scalar(conn, f"SELECT count(*) FROM {SEL_RECS}") or 0
    rows: list[list[Cell]] = [
        [a, counts[a], pct(counts[a], total)] for a in tax.improvement_areas if a in counts
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
    tax = taxonomy()
    raw = fetch_rows(
        conn,
        f"SELECT g.department, count(*), "
        f"sum(CASE WHEN g.flag = '{FLAG_MISADDRESSED}' THEN 1 ELSE 0 END), "
        f"sum(CASE WHEN g.flag = '{FLAG_NO_DEPARTMENT}' THEN 1 ELSE 0 END) "
        f"FROM recommendation_routing g JOIN {SEL_RECS} s ON s.vec_id = g.vec_id GROUP BY g.department",
    )
    rows: list[list[Cell]] = []
    for dept, n, mis, none in raw:
        n, mis, none = int(n), int(mis or 0), int(none or 0)
        rows.append([dept, tax.department_labels.get(dept, dept), n, mis, none, pct(mis + none, n)])
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
    raw = fetch_rows(
        conn,
        f"SELECT r.id, v.csp, v.year, g.named_department, g.department, g.flag, r.text "
        f"FROM recommendation_routing g JOIN {SEL_RECS} s ON s.vec_id = g.vec_id "
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
