"""Search, similar (draft -> similar recommendations + SMART check) and clusters of systemic issues."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from dhr.schema import ActionStatus, Level, ThemeId
from dhr.schema.library import SearchFilters, SearchHit, SimilarResult, SystemicIssues
from dhr.schema.service import SearchResults, SimilarRequest
from drafting.similar import find_similar
from service.access import search_scopes
from service.deps import DacOnly, Searchers, State
from service.errors import problem_responses

router = APIRouter(tags=["search"], responses=problem_responses(401, 403, 422, 429))


@router.get("/search", response_model=SearchResults, summary="Search the library")
async def search(
    state: State,
    principal: Searchers,
    q: Annotated[str, Query(min_length=1, max_length=5000, description="What to look for.")],
    k: Annotated[int, Query(ge=1, le=200)] = 10,
    agency: Annotated[str | None, Query(max_length=100)] = None,
    theme: Annotated[ThemeId | None, Query()] = None,
    level: Annotated[Level | None, Query()] = None,
    csp: Annotated[str | None, Query(max_length=200)] = None,
    region: Annotated[str | None, Query(max_length=200)] = None,
    year: Annotated[int | None, Query(ge=1990, le=2100)] = None,
    status: Annotated[ActionStatus | None, Query(description="Some action of it has this status.")] = None,
) -> SearchResults:
    """Hybrid (lexical + semantic) search. Chairs search published recommendations; CSP keys published ones
    and their own CSP's drafts; the DAC everything."""
    # Async on purpose: the query's vector is awaited (the encoder thread batches the queries that arrive
    # together, and no request thread sits waiting for it) while the loop does the lexical side; the rest of
    # the ranking, a few ms of CPU-bound Python, runs on the event loop too. On a thread pool the same work
    # only added thread hand-overs and GIL contention. Filters not yet computed are computed on a thread.
    filters = dict(agency=agency, theme=theme, level=level, csp=csp, region=region, year=year, status=status)
    searches = search_scopes(principal, filters)  # the one visibility rule (service.access.may_see)
    runs = await state.library.search_async(q, k=k, scopes=searches)
    merged: dict[str, SearchHit] = {}
    for hits in runs:
        for hit in hits:
            merged.setdefault(hit.id, hit)
    hits = sorted(merged.values(), key=lambda h: -h.score)[:k] if len(runs) > 1 else runs[0]
    return SearchResults(query=q, data=hits, count=len(hits))


@router.post("/similar", response_model=SimilarResult, summary="Similar recommendations and a SMART check")
def similar(body: SimilarRequest, state: State, principal: Searchers) -> SimilarResult:
    """Recommendations like the draft from other areas (published ones; the DAC sees all), how they were
    implemented, and a SMART check of the draft."""
    filters = SearchFilters(published_only=principal.role != "dac")
    csp = body.csp or (principal.csp if principal.role == "csp" else None)
    return find_similar(state.library, body.draft, k=body.k, csp=csp, filters=filters)


@router.get("/clusters", response_model=SystemicIssues, summary="Systemic issues across areas")
def clusters(
    state: State,
    principal: DacOnly,
    min_areas: Annotated[int, Query(ge=2, le=1000)] = 3,
    threshold: Annotated[float, Query(gt=0.0, le=1.0)] = 0.85,
    max_clusters: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> SystemicIssues:
    """Near-identical recommendations repeated in at least ``min_areas`` areas, and duplicate actions for the
    same agency across areas: candidates for national action."""
    return state.library.systemic(min_areas=min_areas, threshold=threshold, max_clusters=max_clusters)
