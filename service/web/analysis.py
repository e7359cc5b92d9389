"""The analyst's journey: the analysis dashboard (the tables behind ``dhr analyse``'s charts) with filters, and
downloads of the HTML report (charts included, self-contained) and of the data as CSV or XLSX.

Who may see what is the API's ``/v1/analytics/figures`` rule: the DAC any selection, a CSP key its own area
only (asking for another area's figures is refused, 403, as in the API).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from dhr.errors import InputError, PermissionDeniedError
from service.access import same_csp
from service.keys import Principal
from service.sheets import SHEET_MEDIA
from service.web.auth import page
from service.web.render import WEB_PREFIX, WebRoute, render, vocab

router = APIRouter(prefix=WEB_PREFIX, route_class=WebRoute, include_in_schema=False)
FILTERS = ("csp", "region", "year", "level", "theme")
#: Rows of a figure shown on the page (the downloads have them all).
PAGE_ROWS = 25


def scoped_filters(principal: Principal, params: dict[str, str]) -> Any:
    """The selection, as the API's figures route scopes it: a CSP key sees its own area only."""
    from analysis.selection import AnalysisFilters

    v = vocab()
    values: dict[str, Any] = {}
    for name in FILTERS:
        value = (params.get(name) or "").strip()[:200]
        if not value:
            continue
        if name == "year":
            if not value.isdigit() or not 1900 <= int(value) <= 2100:
                raise InputError(f"year {value[:10]!r} is not a year")
            values[name] = int(value)
        elif name == "level" and value not in v["levels"] or name == "theme" and value not in v["themes"]:
            raise InputError(f"{value[:40]!r} is not a {name} of the form's list")
        else:
            values[name] = value
    if principal.role == "csp":
        if values.get("csp") and not same_csp(values["csp"], principal.csp):
            raise PermissionDeniedError(f"a key of {principal.csp!r} may see only its own area's figures")
        values["csp"] = principal.csp
    return AnalysisFilters(**values)


async def _analysis(request: Request) -> tuple[Any, Any, dict[str, str]]:
    ctx = await page(request, "csp_or_dac")
    params = {k: v for k, v in request.query_params.items() if k in FILTERS}
    filters = scoped_filters(ctx.principal, params)
    from analysis.analytics import run_analysis

    result = await ctx.state.run_bounded(run_analysis, ctx.state.library.store, filters)
    return ctx, result, params


@router.get("/analysis", response_class=HTMLResponse)
async def analysis_page(request: Request) -> Response:
    ctx = await page(request, "csp_or_dac")
    params = {k: v for k, v in request.query_params.items() if k in FILTERS}
    filters = scoped_filters(ctx.principal, params)
    from analysis.analytics import run_analysis

    try:
        result = await ctx.state.run_bounded(run_analysis, ctx.state.library.store, filters)
    except InputError as exc:  # nothing matches: say so on the page, with the filters to change
        result, message = None, str(exc)
    else:
        message = None
    query = request.url.query
    return render(
        request,
        "analysis.html",
        title="Analysis",
        result=result,
        message=message,
        params=params,
        query=f"?{query}" if query else "",
        page_rows=PAGE_ROWS,
        csp_locked=ctx.principal.role == "csp",
    )


@router.get("/analysis/report.html")
async def report_download(request: Request) -> Response:
    _, result, _ = await _analysis(request)
    from analysis.report import render_html

    html, _ = render_html(result)
    view = request.query_params.get("view") == "1"
    return Response(
        html,
        media_type="text/html; charset=utf-8",
        headers={
            "Content-Disposition": "inline" if view else 'attachment; filename="dhr-analysis.html"',
            "Cache-Control": "no-store",
            # The report is one self-contained file whose charts are inline scripts (plotly.js embedded): they
            # may run, but nothing may be loaded from, or sent to, anywhere.
            "Content-Security-Policy": REPORT_CSP,
            "X-Content-Type-Options": "nosniff",
        },
    )


REPORT_CSP = (
    "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
    "img-src data: blob:; font-src data:; connect-src 'none'; form-action 'none'; frame-ancestors 'self'; "
    "base-uri 'none'"
)


@router.get("/analysis/figures/{key}.csv")
async def figure_csv(request: Request, key: str) -> Response:
    _, result, _ = await _analysis(request)
    if key not in result.figures:
        raise InputError(f"no figure {key[:40]!r}")
    return Response(
        result.figures[key].to_csv(),
        media_type=SHEET_MEDIA["csv"],
        headers={"Content-Disposition": f'attachment; filename="{key}.csv"', "Cache-Control": "no-store"},
    )


@router.get("/analysis/data.xlsx")
async def data_xlsx(request: Request) -> Response:
    from extraction.export import tables_to_xlsx

    ctx, result, _ = await _analysis(request)
    sheets = [(fig.title, fig.columns, fig.rows) for fig in result.figures.values()]
    payload = await ctx.state.run_bounded(tables_to_xlsx, sheets)
    return Response(
        payload,
        media_type=SHEET_MEDIA["xlsx"],
        headers={
            "Content-Disposition": 'attachment; filename="dhr-analysis.xlsx"',
            "Cache-Control": "no-store",
        },
    )
