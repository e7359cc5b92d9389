"""Analytics for the DAC dashboards (and a CSP's own area)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from dhr.errors import PermissionDeniedError
from dhr.schema import Level, ThemeId
from dhr.schema.service import Analytics
from service.access import same_csp
from service.analytics import analytics as compute
from service.deps import CspOrDac, DacOnly, State
from service.errors import problem_responses

router = APIRouter(prefix="/analytics", tags=["analytics"], responses=problem_responses(401, 403, 429))


@router.get("", response_model=Analytics, summary="Dashboard counts and timeliness")
def analytics(state: State, principal: DacOnly) -> Analytics:
    """Counts by theme, agency, level, area and year; action status and quality; and the average months per
    stage of the review process from death to publication (Dashboard 1)."""
    return compute(state)


@router.get(
    "/figures/{key}",
    summary="One dashboard figure (the table behind a chart)",
    responses=problem_responses(400, 422),
)
def figure(
    state: State,
    principal: CspOrDac,
    key: Annotated[
        str, Path(min_length=1, max_length=64, description="e.g. action_status, timeline_stages.")
    ],
    csp: Annotated[str | None, Query(max_length=200)] = None,
    region: Annotated[str | None, Query(max_length=200)] = None,
    year: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    level: Annotated[Level | None, Query()] = None,
    theme: Annotated[ThemeId | None, Query()] = None,
) -> dict[str, Any]:
    """A figure of ``dhr analyse`` over the selection (CSP, region, year, level, theme). A CSP key gets its own
    area's figures only."""
    from analysis.analytics import AnalysisFilters, compute_figure

    if principal.role == "csp":
        if csp is not None and not same_csp(csp, principal.csp):
            raise PermissionDeniedError(f"a key of {principal.csp!r} may see only its own area's figures")
        csp = principal.csp
    filters = AnalysisFilters(csp=csp, region=region, year=year, level=level, theme=theme)
    return compute_figure(state.library.store, key, filters).model_dump()
