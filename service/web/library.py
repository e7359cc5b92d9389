"""The chair's journey: search the library with filters, open a result with how it was implemented, "more like
this", and check a draft recommendation (SMART hints and similar earlier ones).

The pages call the API's own route functions (``search``, ``similar``) with the session's principal, after the
same role check, so a page lists exactly the hits the API would return to that key.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from dhr.errors import InputError, NotFoundError
from dhr.schema.service import SimilarRequest
from service.access import hit_visible
from service.web.auth import check_csrf, page
from service.web.render import WEB_PREFIX, WebRoute, render, vocab

router = APIRouter(prefix=WEB_PREFIX, route_class=WebRoute, include_in_schema=False)

RESULTS_PER_PAGE = 20
FILTERS = ("agency", "theme", "level", "csp", "region", "year", "status")


def _filters(params: dict[str, str]) -> dict[str, object]:
    """The search form's filters, checked as the API checks its query (a bad value: 400 naming it)."""
    v = vocab()
    choices = {
        "agency": v["agencies"],
        "theme": v["themes"],
        "level": v["levels"],
        "status": v["action_status"],
    }
    out: dict[str, object] = {}
    for name in FILTERS:
        value = (params.get(name) or "").strip()
        if not value:
            out[name] = None
        elif name in choices:
            if value not in choices[name]:
                raise InputError(f"{value[:40]!r} is not a {name} of the form's list")
            out[name] = value
        elif name == "year":
            if not value.isdigit() or not 1990 <= int(value) <= 2100:
                raise InputError(f"year {value[:10]!r} is not a year between 1990 and 2100")
            out[name] = int(value)
        else:
            out[name] = value[:200]
    return out


@router.get("/search", response_class=HTMLResponse)
async def search_page(request: Request) -> Response:
    from service.routers.search import search

    ctx = await page(request, "searchers")
    params = {k: v for k, v in request.query_params.items() if k in (*FILTERS, "q")}
    q = (params.get("q") or "").strip()[:5000]
    filters = _filters(params)
    results = None
    if q:
        results = await search(ctx.state, ctx.principal, q, RESULTS_PER_PAGE, **filters)  # type: ignore[arg-type]
    return render(request, "search.html", title="Search recommendations", q=q, params=params, results=results)


@router.get("/recommendations/{rec_id}", response_class=HTMLResponse)
async def result_page(request: Request, rec_id: str) -> Response:
    """One result: what a search hit shows (the review, the recommendation, its actions' status, evidence and
    quality) for a recommendation the caller's search could return, and more like it."""
    from service.routers.search import similar

    ctx = await page(request, "searchers")
    rec = ctx.state.library.store.get_recommendation(rec_id[:300])
    if not hit_visible(ctx.principal, rec.published, rec.csp):  # the search's own visibility rule
        raise NotFoundError(f"no recommendation with id {rec_id[:300]!r}")
    body = SimilarRequest(draft=rec.text[:5000], k=6)
    related = await run_in_threadpool(similar, body, ctx.state, ctx.principal)  # encodes: off the event loop
    more = [hit for hit in related.similar if hit.id != rec.id][:5]
    return render(request, "result.html", title="Recommendation", rec=rec, more=more)


@router.get("/drafting", response_class=HTMLResponse)
async def drafting_page(request: Request) -> Response:
    await page(request, "searchers")
    return render(
        request, "drafting.html", title="Check a draft recommendation", draft="", result=None, error=None
    )


@router.post("/drafting", response_class=HTMLResponse)
async def drafting_check(
    request: Request,
    draft: Annotated[str, Form(max_length=20000)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    from service.routers.search import similar

    ctx = await page(request, "searchers")
    check_csrf(ctx, csrf_token)
    text = draft.strip()
    if not text:
        return render(
            request,
            "drafting.html",
            status_code=400,
            title="Check a draft recommendation",
            draft="",
            result=None,
            error="Enter a draft recommendation",
        )
    if len(text) > 5000:
        return render(
            request,
            "drafting.html",
            status_code=400,
            title="Check a draft recommendation",
            draft=text,
            result=None,
            error="The draft must be 5,000 characters or fewer",
        )
    result = await run_in_threadpool(similar, SimilarRequest(draft=text, k=5), ctx.state, ctx.principal)
    return render(
        request, "drafting.html", title="Check a draft recommendation", draft=text, result=result, error=None
    )
