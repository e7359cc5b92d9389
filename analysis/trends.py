"""Figures across years and areas: trends, themes by year, systemic lesson clusters, and the headline numbers
built from the other figures."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict

from sqlalchemy import Connection, text

from analysis.figures import pivot_sql, taxonomy
from analysis.selection import (
    DAYS_PER_MONTH,
    SEL_RECS,
    SEL_REVIEWS,
    Cell,
    FigureTable,
    fetch_rows,
    fetch_scalar,
    pct,
)


def fig_trends(conn: Connection) -> FigureTable:
    reviews = dict(
        fetch_rows(
            conn,
            f"SELECT v.year, count(*) FROM reviews v JOIN {SEL_REVIEWS} sr ON sr.id = v.id GROUP BY v.year",
        )
    )
    published = dict(
        fetch_rows(
            conn,
            f"SELECT v.year, sum(CASE WHEN v.published THEN 1 ELSE 0 END) FROM reviews v "
            f"JOIN {SEL_REVIEWS} sr ON sr.id = v.id GROUP BY v.year",
        )
    )
    recs = dict(
        fetch_rows(
            conn,
            f"SELECT v.year, count(*) FROM {SEL_RECS} s JOIN reviews v ON v.id = s.review_id GROUP BY v.year",
        )
    )
    acts = {
        y: (int(n), int(c or 0))
        for y, n, c in fetch_rows(
            conn,
            f"SELECT v.year, count(*), sum(CASE WHEN a.status = 'completed' THEN 1 ELSE 0 END) FROM actions a "
            f"JOIN {SEL_RECS} s ON s.vec_id = a.vec_id JOIN reviews v ON v.id = s.review_id GROUP BY v.year",
        )
    }
    months = {
        y: d
        for y, d in fetch_rows(
            conn,
            f"SELECT v.year, avg(p.publication - p.death) FROM ({pivot_sql()}) p "
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
                pct(n_done, n_act),
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
    tax = taxonomy()
    order = {k: i for i, k in enumerate(tax.theme_labels)}
    raw = fetch_rows(
        conn,
        f"SELECT v.year, l.value, count(*) FROM recommendation_labels l JOIN {SEL_RECS} s ON s.vec_id = l.vec_id "
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
            f"SELECT r.text, v.csp, v.region, v.year, r.themes FROM {SEL_RECS} s "
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
    reviews = int(fetch_scalar(conn, f"SELECT count(*) FROM {SEL_REVIEWS}") or 0)
    published = int(
        fetch_scalar(
            conn,
            f"SELECT count(*) FROM reviews v JOIN {SEL_REVIEWS} sr ON sr.id = v.id WHERE v.published = :t",
            t=True,
        )
        or 0
    )
    recs = int(fetch_scalar(conn, f"SELECT count(*) FROM {SEL_RECS}") or 0)
    for_csp = int(
        fetch_scalar(
            conn,
            f"SELECT count(DISTINCT l.vec_id) FROM recommendation_labels l JOIN {SEL_RECS} s ON s.vec_id = l.vec_id "
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
        ["published_percent", pct(published, reviews)],
        ["recommendations", recs],
        ["recommendations_per_review", round(recs / reviews, 1) if reviews else 0.0],
        ["recommendations_for_csp", for_csp],
        ["recommendations_for_csp_percent", pct(for_csp, recs)],
        ["local_level_percent", pct(int(levels.get("local", 0) or 0), recs)],
        ["national_recommendations", int(levels.get("national", 0) or 0)],
        ["actions", actions],
        ["actions_per_review", round(actions / reviews, 1) if reviews else 0.0],
        ["actions_completed_percent", pct(int(status.get("completed", 0) or 0), actions)],
        ["actions_in_progress_percent", pct(int(status.get("in_progress", 0) or 0), actions)],
        ["actions_fully_implemented_percent", pct(fully, actions)],
        ["fully_implemented_gold_percent", pct(fully_gold, fully)],
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
