"""Every figure (SQL aggregates) equals an independent recomputation in pure Python over the store's rows.

The recomputation reads the raw rows (no GROUP BY, no SQL arithmetic) and counts them itself. It is checked against
``run_analysis`` for several filter combinations, and against what the written report holds: the CSV files beside
it and the CSVs embedded in the HTML.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from analysis.analytics import (
    FIGURE_KEYS,
    AnalysisFilters,
    FigureTable,
    compute_figure,
    run_analysis,
)
from analysis.report import write_report
from analysis.trends import lesson_key
from demo.library import DemoSpec, build_demo_library
from dhr.errors import InputError, ValidationError
from dhr.taxonomy import AGENCY_SECTOR, THEME_IMPROVEMENT_AREA
from retrieval.store import LibraryStore

NR = "not recorded"
MONTH = 30.4375


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    directory = tmp_path_factory.mktemp("analytics") / "lib"
    build_demo_library(directory, DemoSpec(csps=10, years=3, seed=11))
    s = LibraryStore.open(directory)
    yield s
    s.close()


# ----------------------------------------------------------------------------------- recomputation


def _load(store: LibraryStore) -> dict[str, list[dict]]:
    out = {}
    queries = {
        "reviews": "SELECT id, csp, region, year, published FROM reviews",
        "recs": "SELECT vec_id, id, review_id, level, text, themes FROM recommendations",
        "labels": "SELECT vec_id, kind, value FROM recommendation_labels",
        "actions": "SELECT id, vec_id, status, implementation_level, quality, agencies FROM actions",
        "timeline": "SELECT review_id, event, day FROM review_timeline_events",
        "routing": "SELECT vec_id, department, named_department, flag FROM recommendation_routing",
    }
    with store.engine.connect() as conn:
        for name, sql in queries.items():
            out[name] = [dict(r._mapping) for r in conn.execute(text(sql))]
    return out


def _pct(n: float, d: float) -> float:
    return round(100.0 * n / d, 1) if d else 0.0


def recompute(data: dict[str, list[dict]], f: AnalysisFilters) -> dict[str, Any]:  # noqa: C901
    """Expected figures, computed by hand from the rows."""
    reviews = {
        r["id"]: r
        for r in data["reviews"]
        if (f.csp is None or (r["csp"] or "").lower() == f.csp.lower())
        and (f.region is None or (r["region"] or "").lower() == f.region.lower())
        and (f.year is None or r["year"] == f.year)
    }
    themes_of: dict[int, set[str]] = defaultdict(set)
    agencies_of: dict[int, set[str]] = defaultdict(set)
    for lab in data["labels"]:
        (themes_of if lab["kind"] == "theme" else agencies_of)[lab["vec_id"]].add(lab["value"])
    recs = {
        r["vec_id"]: r
        for r in data["recs"]
        if r["review_id"] in reviews
        and (f.level is None or r["level"] == f.level)
        and (f.theme is None or f.theme in themes_of[r["vec_id"]])
    }
    if f.level is not None or f.theme is not None:
        reviews = {k: v for k, v in reviews.items() if any(r["review_id"] == k for r in recs.values())}
    actions = [a for a in data["actions"] if a["vec_id"] in recs]
    exp: dict[str, Any] = {}

    def counts(values: list[Any]) -> dict[str, tuple[int, float]]:
        c = Counter(NR if v is None else v for v in values)
        return {k: (n, _pct(n, len(values))) for k, n in c.items()}

    exp["action_status"] = counts([a["status"] for a in actions])
    exp["implementation_level"] = counts([a["implementation_level"] for a in actions])
    exp["quality"] = counts([a["quality"] for a in actions])
    exp["recommendation_levels"] = counts([r["level"] for r in recs.values()])
    exp["implementation_by_quality"] = Counter(
        (a["implementation_level"] or NR, a["quality"] or NR) for a in actions
    )
    per_agency: dict[str, Counter] = defaultdict(Counter)
    for a in actions:
        for ag in set(json.loads(a["agencies"])):
            per_agency[ag][a["status"] or NR] += 1
    exp["actions_by_agency"] = per_agency
    # timeline
    days: dict[str, dict[str, int]] = defaultdict(dict)
    for e in data["timeline"]:
        if e["review_id"] in reviews:
            days[e["review_id"]][e["event"]] = e["day"]
    pairs = [
        ("death", "first_panel"),
        ("first_panel", "sent_to_qap"),
        ("sent_to_qap", "qap_first_heard"),
        ("qap_first_heard", "qap_signed_off"),
        ("qap_signed_off", "publication"),
        ("death", "publication"),
    ]
    stages = {}
    for a, b in pairs:
        diffs = [d[b] - d[a] for d in days.values() if a in d and b in d]
        stages[(a, b)] = (len(diffs), sum(diffs) / len(diffs) / MONTH if diffs else None)
    exp["timeline_stages"] = stages
    # themes by sector / improvement area
    by_sector: dict[tuple[str, str], set[int]] = defaultdict(set)
    by_area: dict[str, set[int]] = defaultdict(set)
    for v in recs:
        for th in themes_of[v]:
            by_area[THEME_IMPROVEMENT_AREA[th]].add(v)
            for ag in agencies_of[v]:
                by_sector[(AGENCY_SECTOR.get(ag, "national_government"), th)].add(v)
    exp["themes_by_sector"] = {k: len(v) for k, v in by_sector.items()}
    exp["improvement_areas"] = {k: (len(v), _pct(len(v), len(recs))) for k, v in by_area.items()}
    # national routing
    dept: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    flagged = set()
    for g in data["routing"]:
        if g["vec_id"] in recs:
            dept[g["department"]][0] += 1
            dept[g["department"]][1] += g["flag"] == "misaddressed"
            dept[g["department"]][2] += g["flag"] == "no_department_named"
            if g["flag"]:
                flagged.add(recs[g["vec_id"]]["id"])
    exp["national_departments"] = {k: (*v, _pct(v[1] + v[2], v[0])) for k, v in dept.items()}
    exp["routing_flags"] = flagged
    # trends
    year_of_rec = {v: reviews[r["review_id"]]["year"] for v, r in recs.items()}
    trends: dict[int, dict[str, Any]] = defaultdict(lambda: Counter())
    for r in reviews.values():
        trends[r["year"]]["reviews"] += 1
        trends[r["year"]]["published_reviews"] += bool(r["published"])
    for v in recs:
        trends[year_of_rec[v]]["recommendations"] += 1
    for a in actions:
        trends[year_of_rec[a["vec_id"]]]["actions"] += 1
        trends[year_of_rec[a["vec_id"]]]["completed_actions"] += a["status"] == "completed"
    pub: dict[int, list[int]] = defaultdict(list)
    for rid, d in days.items():
        if "death" in d and "publication" in d:
            pub[reviews[rid]["year"]].append(d["publication"] - d["death"])
    exp["trends_by_year"] = {
        y: {
            **c,
            "completed_percent": _pct(c["completed_actions"], c["actions"]),
            "months_death_to_publication": sum(pub[y]) / len(pub[y]) / MONTH if pub[y] else None,
        }
        for y, c in trends.items()
    }
    tby: Counter = Counter()
    for v in recs:
        for th in themes_of[v]:
            tby[(year_of_rec[v], th)] += 1
    exp["themes_by_year"] = tby
    # clusters (grouping and counting done here; the normalisation is the documented lesson_key)
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in recs.values():
        groups[lesson_key(r["text"])].append({**r, **reviews[r["review_id"]]})
    clusters = []
    for members in groups.values():
        areas = {m["csp"] for m in members}
        if len(areas) >= 3:
            texts = Counter(m["text"] for m in members)
            rep = sorted(texts, key=lambda x: (-texts[x], x))[0]
            clusters.append((rep, len(members), len(areas), len({m["region"] for m in members})))
    exp["systemic_clusters"] = clusters
    # headline
    n_act = len(actions)
    status_c = Counter(a["status"] for a in actions)
    fully = [a for a in actions if a["implementation_level"] == "fully"]
    for_csp = sum(1 for v in recs if "community_safety_partnership" in agencies_of[v])
    total_months = stages[("death", "publication")][1]
    exp["headline"] = {
        "reviews": len(reviews),
        "published_reviews": sum(1 for r in reviews.values() if r["published"]),
        "published_percent": _pct(sum(1 for r in reviews.values() if r["published"]), len(reviews)),
        "recommendations": len(recs),
        "recommendations_per_review": round(len(recs) / len(reviews), 1),
        "recommendations_for_csp": for_csp,
        "recommendations_for_csp_percent": _pct(for_csp, len(recs)),
        "local_level_percent": _pct(sum(1 for r in recs.values() if r["level"] == "local"), len(recs)),
        "national_recommendations": sum(1 for r in recs.values() if r["level"] == "national"),
        "actions": n_act,
        "actions_per_review": round(n_act / len(reviews), 1),
        "actions_completed_percent": _pct(status_c["completed"], n_act),
        "actions_in_progress_percent": _pct(status_c["in_progress"], n_act),
        "actions_fully_implemented_percent": _pct(len(fully), n_act),
        "fully_implemented_gold_percent": _pct(sum(1 for a in fully if a["quality"] == "gold"), len(fully)),
        "average_months_death_to_publication": total_months,
        "systemic_lessons": len(clusters),
    }
    return exp


# --------------------------------------------------------------------------------------- comparison


def _num(v: Any) -> Any:
    """Cells from a FigureTable or a CSV, as numbers where they look like numbers."""
    if v is None or v == "":
        return None
    if isinstance(v, int | float):
        return v
    if re.fullmatch(r"-?\d+", v):
        return int(v)
    if re.fullmatch(r"-?\d+\.\d*", v):
        return float(v)
    return v


def _close(a: Any, b: Any, tol: float = 0.011) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= tol


def check_against(tables: dict[str, tuple[list[str], list[list[Any]]]], exp: dict[str, Any]) -> None:
    """Assert every table (columns, rows) equals the recomputation ``exp``."""

    def rows_of(key: str) -> tuple[list[str], list[list[Any]]]:
        cols, rows = tables[key]
        return cols, [[_num(v) for v in r] for r in rows]

    for key in ("action_status", "implementation_level", "quality", "recommendation_levels"):
        cols, rows = rows_of(key)
        assert {r[0]: (r[1], r[2]) for r in rows} == exp[key], key
    cols, rows = rows_of("implementation_by_quality")
    got = {(r[0], q): r[i] for r in rows for i, q in enumerate(cols) if i > 0 and r[i]}
    assert got == {k: v for k, v in exp["implementation_by_quality"].items() if v}
    cols, rows = rows_of("actions_by_agency")
    got_agency = {r[0]: {c: r[i] for i, c in enumerate(cols) if i >= 4 and r[i]} for r in rows}
    assert got_agency == {k: dict(v) for k, v in exp["actions_by_agency"].items()}
    assert all(r[3] == sum(v for v in r[4:]) for r in rows)
    cols, rows = rows_of("timeline_stages")
    for r in rows:
        n, months = exp["timeline_stages"][(r[1], r[2])]
        assert r[3] == n and _close(r[4], months), r
    cols, rows = rows_of("themes_by_sector")
    assert {(r[0], r[2]): r[3] for r in rows} == exp["themes_by_sector"]
    cols, rows = rows_of("improvement_areas")
    assert {r[0]: (r[1], r[2]) for r in rows} == exp["improvement_areas"]
    cols, rows = rows_of("national_departments")
    assert {r[0]: (r[2], r[3], r[4], r[5]) for r in rows} == exp["national_departments"]
    cols, rows = rows_of("routing_flags")
    assert {r[0] for r in rows} == exp["routing_flags"]
    cols, rows = rows_of("trends_by_year")
    assert {r[0] for r in rows} == set(exp["trends_by_year"])
    for r in rows:
        e = exp["trends_by_year"][r[0]]
        for i, c in enumerate(cols[1:-1], start=1):
            assert r[i] == e[c], (r[0], c)
        assert _close(r[-1], e["months_death_to_publication"])
    cols, rows = rows_of("themes_by_year")
    assert {(r[0], r[1]): r[2] for r in rows} == dict(exp["themes_by_year"])
    cols, rows = rows_of("systemic_clusters")
    expected_clusters = {(c[0], c[1], c[2], c[3]) for c in exp["systemic_clusters"]}
    got_clusters = {(r[1], r[2], r[3], r[4]) for r in rows}
    assert got_clusters <= expected_clusters
    assert len(got_clusters) == min(50, len(expected_clusters))
    top_areas = sorted((c[2] for c in exp["systemic_clusters"]), reverse=True)[: len(rows)]
    assert [r[3] for r in rows] == top_areas
    cols, rows = rows_of("headline")
    got_head = {r[0]: r[1] for r in rows}
    assert set(got_head) == set(exp["headline"])
    for k, v in exp["headline"].items():
        if k == "average_months_death_to_publication":
            assert _close(got_head[k], v), k
        else:
            assert got_head[k] == v, k


def _tables_of(analysis: Any) -> dict[str, tuple[list[str], list[list[Any]]]]:
    return {k: (t.columns, t.rows) for k, t in analysis.figures.items()}


FILTERS = [
    AnalysisFilters(),
    AnalysisFilters(year=2022),
    AnalysisFilters(level="national"),
    AnalysisFilters(theme="training"),
    AnalysisFilters(level="local", theme="policy", year=2021),
]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: f.describe())
def test_figures_equal_recomputation(store: LibraryStore, filters: AnalysisFilters) -> None:
    analysis = run_analysis(store, filters)
    assert list(analysis.figures) == FIGURE_KEYS
    check_against(_tables_of(analysis), recompute(_load(store), filters))


def test_csp_and_region_filters_case_insensitive(store: LibraryStore) -> None:
    data = _load(store)
    csp = sorted({r["csp"] for r in data["reviews"]})[0]
    region = sorted({r["region"] for r in data["reviews"]})[0]
    for filters in (AnalysisFilters(csp=csp.upper()), AnalysisFilters(region=region.lower())):
        analysis = run_analysis(store, filters)
        check_against(_tables_of(analysis), recompute(data, filters))
        head = dict(analysis.figures["headline"].rows)
        assert 0 < head["reviews"] < len(data["reviews"])


def test_report_files_and_embedded_csv_equal_recomputation(store: LibraryStore, tmp_path: Path) -> None:
    filters = AnalysisFilters(year=2023)
    analysis = run_analysis(store, filters)
    paths = write_report(analysis, tmp_path / "report.html")
    exp = recompute(_load(store), filters)

    def parse(csv_text: str) -> tuple[list[str], list[list[Any]]]:
        rows = list(csv.reader(io.StringIO(csv_text)))
        return rows[0], rows[1:]

    from_files = {p.stem: parse(p.read_text(encoding="utf-8")) for p in paths.csv_files}
    check_against(from_files, exp)
    html_text = paths.html.read_text(encoding="utf-8")
    embedded = {
        m.group(1): parse(base64.b64decode(m.group(2)).decode("utf-8"))
        for m in re.finditer(
            r'download="([a-z_]+)\.csv" href="data:text/csv;charset=utf-8;base64,([A-Za-z0-9+/=]+)"',
            html_text,
        )
    }
    assert set(embedded) >= set(FIGURE_KEYS)
    check_against(embedded, exp)


def test_unknown_filter_values_are_clear_errors(store: LibraryStore) -> None:
    with pytest.raises(ValidationError, match="no CSP 'Nowhere CSP'"):
        run_analysis(store, AnalysisFilters(csp="Nowhere CSP"))
    with pytest.raises(ValidationError, match="no region 'Atlantis'"):
        run_analysis(store, AnalysisFilters(region="Atlantis"))
    with pytest.raises(ValidationError, match="no reviews in year 1999"):
        run_analysis(store, AnalysisFilters(year=1999))
    with pytest.raises(ValidationError, match="unknown figure"):
        compute_figure(store, "nope")


def test_empty_selection_is_an_input_error(tmp_path: Path) -> None:
    s = LibraryStore.open(tmp_path / "empty")
    try:
        with pytest.raises(InputError, match="no reviews match"):
            run_analysis(s)
    finally:
        s.close()


def test_compute_figure_matches_run_analysis(store: LibraryStore) -> None:
    filters = AnalysisFilters(theme="multi_agency_working")
    full = run_analysis(store, filters)
    for key in ("action_status", "themes_by_sector", "headline"):
        assert compute_figure(store, key, filters).rows == full.figures[key].rows


def test_lesson_key_ignores_wording_boilerplate() -> None:
    a = lesson_key("The police should refer high-risk victims to the MARAC when stalking is reported.")
    b = lesson_key(
        "It is recommended that the police refer high-risk victims to the MARAC when stalking is reported"
    )
    c = lesson_key(
        "Recommendation: The police to refer high-risk victims to the MARAC when stalking is reported."
    )
    assert a == b == c
    assert a != lesson_key("The police should refer victims to the MARAC when strangulation is reported.")


def test_provenance(store: LibraryStore) -> None:
    analysis = run_analysis(store, AnalysisFilters(year=2021))
    p = analysis.provenance
    assert p.synthetic and p.demo and p.demo["demo_seed"] == 11
    from alembic.script import ScriptDirectory

    from retrieval.store import MIGRATIONS_DIR

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()  # the newest migration, whichever it is
    assert p.filters == {"year": 2021} and p.schema_revision == head and p.generation >= 1


def test_figure_csv_escapes_formula_like_text() -> None:
    """A CSP or region name from a caller that starts like a formula is written as text (OWASP)."""
    table = FigureTable(key="k", title="t", columns=["csp", "n"], rows=[['=HYPERLINK("x")', -3], ["Ok", 1]])
    rows = list(csv.reader(io.StringIO(table.to_csv())))
    assert rows[1] == ['\'=HYPERLINK("x")', "-3"] and rows[2] == ["Ok", "1"]  # numbers stay numbers
