"""The self-contained HTML report of an analysis run (``dhr analyse``).

One HTML file that needs no network: plotly.js is embedded inline once (plotly is the charting library; its
``get_plotlyjs()`` is the bundled, offline copy of plotly.js), each chart is a ``<div class="dhr-chart">`` drawn by
plotly, and the table behind each chart is embedded twice: as an HTML table in a ``<details>`` block and as a
``data:text/csv`` download link. The same CSVs are written beside the report in ``<stem>_files/<figure>.csv``
(e.g. ``report.html`` -> ``report_files/``), with ``provenance.csv``.

    paths = write_report(analysis, Path("report.html"))
"""

from __future__ import annotations

import base64
import html
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.selection import NOT_RECORDED, Analysis, FigureTable
from dhr.errors import InputError
from dhr.files import atomic_write

ProgressCb = Callable[[str], None]

#: Sections of the report: (heading, intro, [figure keys]).
SECTIONS: list[tuple[str, str, list[str]]] = [
    (
        "Dashboard 1: action plans",
        "Reviews, recommendations and actions; implementation and quality as assessed by local areas; progress "
        "of actions and the agencies they are for; how long reviews take from the death to publication.",
        [
            "death_types",
            "recommendation_levels",
            "implementation_level",
            "quality",
            "implementation_by_quality",
            "action_status",
            "actions_by_agency",
            "timeline_stages",
        ],
    ),
    (
        "Dashboard 2: themes",
        "What the recommendations are about, by the sector of the agencies they are for and by the "
        "Commissioner's improvement areas.",
        ["themes_by_sector", "improvement_areas"],
    ),
    (
        "National recommendations",
        "National recommendations by the department they should go to, and those whose routing needs checking.",
        ["national_departments", "routing_flags"],
    ),
    ("Trends by year", "How the figures move from year to year.", ["trends_by_year", "themes_by_year"]),
    (
        "Systemic clusters",
        "The same lesson recommended in several areas: a sign of a systemic issue that needs a national answer.",
        ["systemic_clusters"],
    ),
]
#: Figures shown as a table only (no chart).
TABLE_ONLY = {"routing_flags"}
STATUS_COLOURS = {
    "completed": "#2e7d32",
    "in_progress": "#1976d2",
    "not_started": "#9e9e9e",
    "incomplete": "#f9a825",
    "abandoned": "#c62828",
    "other": "#6d4c41",
    NOT_RECORDED: "#cfd8dc",
}
QUALITY_COLOURS = {
    "gold": "#d4a017",
    "silver": "#a8a9ad",
    "bronze": "#b0723a",
    "not_met_yet": "#90a4ae",
    "not_met": "#c62828",
    NOT_RECORDED: "#cfd8dc",
}
MAX_TABLE_ROWS = 300


@dataclass
class ReportPaths:
    html: Path
    files_dir: Path
    csv_files: list[Path] = field(default_factory=list)
    charts: list[str] = field(default_factory=list)
    bytes: int = 0


def files_dir_for(out: Path) -> Path:
    return out.with_name(f"{out.stem}_files")


def _label(value: Any) -> str:
    return str(value).replace("_", " ") if value is not None else ""


# --------------------------------------------------------------------------------------------- charts


def _bar(fig_table: FigureTable, x_col: str, y_col: str, colours: dict[str, str] | None = None) -> Any:
    import plotly.graph_objects as go

    xs = [_label(v) for v in fig_table.column(x_col)]
    ys = fig_table.column(y_col)
    colour = [colours.get(str(v), "#5c6bc0") for v in fig_table.column(x_col)] if colours else "#5c6bc0"
    fig = go.Figure(go.Bar(x=xs, y=ys, marker_color=colour, text=ys, textposition="auto"))
    fig.update_layout(yaxis_title=_label(y_col))
    return fig


def _chart(key: str, table: FigureTable) -> Any:  # noqa: C901 - one branch per figure
    import plotly.graph_objects as go

    if key == "action_status":
        return _bar(table, "status", "actions", STATUS_COLOURS)
    if key == "implementation_level":
        return _bar(table, "implementation_level", "actions")
    if key == "quality":
        return _bar(table, "quality", "actions", QUALITY_COLOURS)
    if key == "recommendation_levels":
        return _bar(table, "level", "recommendations")
    if key == "death_types":
        return _bar(table, "death_type", "reviews")
    if key == "improvement_areas":
        return _bar(table, "improvement_area", "recommendations")
    if key == "implementation_by_quality":
        quals = table.columns[1:]
        z = [row[1:] for row in table.rows]
        fig = go.Figure(
            go.Heatmap(
                z=z,
                x=[_label(q) for q in quals],
                y=[_label(r[0]) for r in table.rows],
                colorscale="Blues",
                text=z,
                texttemplate="%{text}",
            )
        )
        fig.update_layout(xaxis_title="quality", yaxis_title="implementation level")
        return fig
    if key == "actions_by_agency":
        rows = table.rows[:25][::-1]
        fig = go.Figure()
        for status in table.columns[4:]:
            i = table.columns.index(status)
            fig.add_trace(
                go.Bar(
                    y=[str(r[1]) for r in rows],
                    x=[r[i] for r in rows],
                    name=_label(status),
                    orientation="h",
                    marker_color=STATUS_COLOURS.get(status),
                )
            )
        fig.update_layout(barmode="stack", height=max(420, 24 * len(rows) + 120), xaxis_title="actions")
        return fig
    if key == "timeline_stages":
        fig = go.Figure(
            go.Bar(
                y=[str(r[0]) for r in table.rows][::-1],
                x=[r[4] for r in table.rows][::-1],
                orientation="h",
                text=[r[4] for r in table.rows][::-1],
                textposition="auto",
                marker_color=["#8e24aa"] + ["#5c6bc0"] * (len(table.rows) - 1),
            )
        )
        fig.update_layout(xaxis_title="average months")
        return fig
    if key == "themes_by_sector":
        by_theme: dict[str, dict[str, int]] = defaultdict(dict)
        sectors: list[str] = []
        for _sec, label, theme, n in table.rows:
            by_theme[str(theme)][str(label)] = int(n or 0)
            if label not in sectors:
                sectors.append(str(label))
        fig = go.Figure()
        for theme, counts in by_theme.items():
            fig.add_trace(go.Bar(x=sectors, y=[counts.get(s, 0) for s in sectors], name=_label(theme)))
        fig.update_layout(barmode="stack", yaxis_title="recommendations", height=520)
        return fig
    if key == "national_departments":
        rows = table.rows
        labels = [str(r[1]) for r in rows]
        ok = [int(r[2] or 0) - int(r[3] or 0) - int(r[4] or 0) for r in rows]
        fig = go.Figure(
            [
                go.Bar(x=labels, y=ok, name="routed as named", marker_color="#2e7d32"),
                go.Bar(x=labels, y=[r[3] for r in rows], name="misaddressed", marker_color="#c62828"),
                go.Bar(x=labels, y=[r[4] for r in rows], name="no department named", marker_color="#f9a825"),
            ]
        )
        fig.update_layout(barmode="stack", yaxis_title="national recommendations", height=520)
        return fig
    if key == "trends_by_year":
        years = [str(y) for y in table.column("year")]
        fig = go.Figure()
        for col in ("reviews", "recommendations", "actions"):
            fig.add_trace(go.Scatter(x=years, y=table.column(col), name=col, mode="lines+markers"))
        fig.add_trace(
            go.Scatter(
                x=years,
                y=table.column("completed_percent"),
                name="% actions completed",
                mode="lines+markers",
                yaxis="y2",
                line={"dash": "dot"},
            )
        )
        fig.update_layout(
            yaxis={"title": "count"},
            yaxis2={"title": "% completed", "overlaying": "y", "side": "right", "range": [0, 100]},
        )
        return fig
    if key == "themes_by_year":
        series: dict[str, dict[str, int]] = defaultdict(dict)
        years_seen: list[str] = []
        for y, theme, n in table.rows:
            series[str(theme)][str(y)] = int(n or 0)
            if str(y) not in years_seen:
                years_seen.append(str(y))
        fig = go.Figure(
            [
                go.Scatter(
                    x=years_seen, y=[c.get(y, 0) for y in years_seen], name=_label(t), mode="lines+markers"
                )
                for t, c in series.items()
            ]
        )
        fig.update_layout(yaxis_title="recommendations")
        return fig
    if key == "systemic_clusters":
        rows = table.rows[:20][::-1]
        labels = [f"#{r[0]} {str(r[1])[:70]}{'...' if len(str(r[1])) > 70 else ''}" for r in rows]
        fig = go.Figure(
            go.Bar(
                y=labels,
                x=[r[3] for r in rows],
                orientation="h",
                marker_color="#00838f",
                hovertext=[str(r[1]) for r in rows],
                text=[f"{r[2]} recs" for r in rows],
                textposition="auto",
            )
        )
        fig.update_layout(xaxis_title="areas (CSPs)", height=max(420, 26 * len(rows) + 120))
        return fig
    raise KeyError(key)


# --------------------------------------------------------------------------------------------- html


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1f2933;background:#f5f7fa}
header{background:#4a148c;color:#fff;padding:18px 32px}
header h1{margin:0 0 4px 0;font-size:1.6em}
.synthetic{background:#ffecb3;color:#5d4037;border:2px solid #ff8f00;padding:10px 16px;margin:16px 32px;
 font-weight:600;border-radius:6px}
main{padding:0 32px 40px 32px}
section{background:#fff;border-radius:8px;padding:16px 24px;margin:20px 0;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{background:#ede7f6;border-radius:8px;padding:10px 16px;min-width:150px}
.card .v{font-size:1.6em;font-weight:700;color:#4a148c}
.card .k{font-size:.85em}
.figure{margin:18px 0 28px 0}
.dhr-chart{min-height:380px}
table{border-collapse:collapse;font-size:.85em;margin:8px 0}
td,th{border:1px solid #d9e2ec;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f0f4f8}
details summary{cursor:pointer;color:#283593}
.desc{color:#52606d;font-size:.92em}
"""

_ERROR_HOOK = """
window.__dhrErrors = [];
window.addEventListener('error', function (e) {
  window.__dhrErrors.push(String(e.message || e));
  var box = document.getElementById('dhr-errors');
  if (box) { box.textContent = window.__dhrErrors.join('\\n'); box.hidden = false; }
});
"""

_RENDER_CHECK = """
window.addEventListener('load', function () {
  var charts = document.querySelectorAll('.dhr-chart');
  var done = 0;
  charts.forEach(function (c) { if (c.querySelector('svg.main-svg')) { done += 1; } });
  document.body.setAttribute('data-charts-rendered', String(done) + '/' + String(charts.length));
});
"""


def _table_html(table: FigureTable, limit: int = MAX_TABLE_ROWS) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in table.columns)
    body = []
    for row in table.rows[:limit]:
        body.append(
            "<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in row) + "</tr>"
        )
    more = (
        f"<p class='desc'>First {limit} of {len(table.rows)} rows; the CSV has them all.</p>"
        if len(table.rows) > limit
        else ""
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{more}"


def _csv_link(key: str, csv_text: str) -> str:
    b64 = base64.b64encode(csv_text.encode("utf-8")).decode("ascii")
    return f'<a download="{html.escape(key)}.csv" href="data:text/csv;charset=utf-8;base64,{b64}">Download {html.escape(key)}.csv</a>'


def _cards(headline: FigureTable) -> str:
    parts = []
    for metric, value in headline.rows:
        parts.append(
            f"<div class='card'><div class='v'>{html.escape(str(value))}</div>"
            f"<div class='k'>{html.escape(_label(metric))}</div></div>"
        )
    return "<div class='cards'>" + "".join(parts) + "</div>"


def _figure_html(key: str, table: FigureTable, chart_html: str | None) -> str:
    csv_text = table.to_csv()
    chart = f"<div class='dhr-chart-wrap'>{chart_html}</div>" if chart_html else ""
    open_attr = " open" if chart_html is None and len(table.rows) <= 20 else ""
    return (
        f"<div class='figure' id='figure-{html.escape(key)}'><h3>{html.escape(table.title)}</h3>"
        f"<p class='desc'>{html.escape(table.description)}</p>{chart}"
        f"<details{open_attr}><summary>Data behind this {'chart' if chart_html else 'table'} "
        f"({len(table.rows)} rows)</summary><p>{_csv_link(key, csv_text)} &middot; also "
        f"<code>{html.escape(key)}.csv</code> beside this report</p>{_table_html(table)}</details></div>"
    )


def _provenance_table(analysis: Analysis) -> FigureTable:
    p = analysis.provenance
    rows: list[list[Any]] = [
        ["generated_at", p.generated_at],
        ["library", p.library],
        ["library_generation", p.generation],
        ["schema_revision", p.schema_revision],
        ["taxonomy_version", p.taxonomy_version],
        ["synthetic", "yes (generated demo data)" if p.synthetic else "no"],
        ["filters", p.filters_text],
        ["software", p.software],
    ]
    if p.demo:
        rows.extend([[f"demo.{k}", v] for k, v in sorted(p.demo.items())])
    return FigureTable(
        key="provenance",
        title="Provenance",
        description="Where these figures come from.",
        columns=["field", "value"],
        rows=rows,
    )


def render_html(analysis: Analysis, *, progress: ProgressCb | None = None) -> tuple[str, list[str]]:
    """The report as one HTML string, and the ids of its chart divs."""
    import plotly.io as pio
    from plotly.offline import get_plotlyjs

    p = analysis.provenance
    charts: list[str] = []
    sections_html = []
    for heading, intro, keys in SECTIONS:
        blocks = []
        for key in keys:
            table = analysis.figures.get(key)
            if table is None:
                continue
            if progress is not None:
                progress(key)
            chart_html = None
            if key not in TABLE_ONLY and table.rows:
                fig = _chart(key, table)
                fig.update_layout(
                    template="plotly_white",
                    margin={"l": 60, "r": 30, "t": 50, "b": 60},
                    legend={"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"},
                )
                fig.update_xaxes(automargin=True)
                fig.update_yaxes(automargin=True)
                div_id = f"chart-{key}"
                inner = pio.to_html(
                    fig,
                    include_plotlyjs=False,
                    full_html=False,
                    div_id=div_id,
                    config={"displaylogo": False, "responsive": True},
                )
                chart_html = f"<div class='dhr-chart' data-figure='{html.escape(key)}'>{inner}</div>"
                charts.append(div_id)
            blocks.append(_figure_html(key, table, chart_html))
        sections_html.append(
            f"<section><h2>{html.escape(heading)}</h2><p class='desc'>{html.escape(intro)}</p>{''.join(blocks)}</section>"
        )
    prov = _provenance_table(analysis)
    banner = (
        "<div class='synthetic' id='synthetic-banner'>SYNTHETIC DATA: this library was generated for demonstration "
        "and benchmarking. No figure in this report describes real reviews.</div>"
        if p.synthetic
        else ""
    )
    headline = analysis.figures["headline"]
    doc = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="dhr-charts" content="{",".join(charts)}">
<meta name="dhr-synthetic" content="{"yes" if p.synthetic else "no"}">
<title>DHR thematic analysis{" (SYNTHETIC)" if p.synthetic else ""}: {html.escape(p.filters_text)}</title>
<style>{_CSS}</style>
<script>{_ERROR_HOOK}</script>
<script type="text/javascript">{get_plotlyjs()}</script>
</head><body>
<header><h1>Domestic Homicide Reviews: thematic analysis{" (SYNTHETIC)" if p.synthetic else ""}</h1>
<div>Filters: {html.escape(p.filters_text)} &middot; generated {html.escape(p.generated_at)} &middot;
library generation {p.generation}</div></header>
{banner}
<pre id="dhr-errors" hidden></pre>
<main>
<section id="headline"><h2>{html.escape(headline.title)}</h2>{_cards(headline)}
{_figure_html("headline", headline, None).replace("<details open>", "<details>")}</section>
{"".join(sections_html)}
<section id="provenance"><h2>Provenance</h2>{_figure_html("provenance", prov, None)}</section>
</main>
<script>{_RENDER_CHECK}</script>
</body></html>
"""
    return doc, charts


def write_report(analysis: Analysis, out: Path, *, progress: ProgressCb | None = None) -> ReportPaths:
    """Write the HTML report to ``out`` and every figure's CSV to ``<stem>_files/`` beside it."""
    out = Path(out)
    if out.exists() and out.is_dir():
        raise InputError(f"--out {str(out)!r} is a directory; give a file name such as report.html")
    if out.suffix.lower() not in (".html", ".htm"):
        raise InputError(f"--out {str(out)!r} must end in .html")
    out.parent.mkdir(parents=True, exist_ok=True)
    doc, charts = render_html(analysis, progress=progress)
    files_dir = files_dir_for(out)
    files_dir.mkdir(parents=True, exist_ok=True)
    paths = ReportPaths(html=out, files_dir=files_dir, charts=charts)
    for key, table in [*analysis.figures.items(), ("provenance", _provenance_table(analysis))]:
        path = files_dir / f"{key}.csv"
        path.write_text(table.to_csv(), encoding="utf-8")
        paths.csv_files.append(path)
    atomic_write(out, doc)
    paths.bytes = out.stat().st_size
    return paths
