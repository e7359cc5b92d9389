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

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection

from analysis.figures import (
    fig_action_status,
    fig_actions_by_agency,
    fig_death_types,
    fig_implementation,
    fig_implementation_by_quality,
    fig_improvement_areas,
    fig_levels,
    fig_national_departments,
    fig_quality,
    fig_routing_flags,
    fig_themes_by_sector,
    fig_timeline,
    taxonomy,
)
from analysis.selection import (
    SEL_REVIEWS,
    Analysis,
    AnalysisFilters,
    FigureTable,
    ProgressCb,
    Provenance,
    check_filters,
    create_selection,
    drop_selection,
    fetch_rows,
    fetch_scalar,
)
from analysis.trends import fig_clusters, fig_headline, fig_themes_by_year, fig_trends
from dhr.errors import InputError, ValidationError
from retrieval.store import LibraryStore

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

    from retrieval.repository_meta import demo_info

    meta = {k: int(v) for k, v in fetch_rows(conn, "SELECT key, value FROM library_meta")}
    try:
        revision = fetch_scalar(conn, "SELECT version_num FROM alembic_version")
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
        taxonomy_version=taxonomy().version,
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
        create_selection(conn, filters)
        seconds["selection"] = round(time.perf_counter() - started, 3)
        try:
            if not fetch_scalar(conn, f"SELECT count(*) FROM {SEL_REVIEWS}"):
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
            drop_selection(conn)
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
        create_selection(conn, filters)
        try:
            return FIGURES[key](conn)
        finally:
            drop_selection(conn)
            conn.rollback()
