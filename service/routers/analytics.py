"""Analytics for the DAC dashboards."""

from __future__ import annotations

from fastapi import APIRouter

from dhr.schema.service import Analytics
from service.analytics import analytics as compute
from service.deps import DacOnly, State
from service.errors import problem_responses

router = APIRouter(tags=["analytics"], responses=problem_responses(401, 403, 429))


@router.get("/analytics", response_model=Analytics, summary="Dashboard counts and timeliness")
def analytics(state: State, principal: DacOnly) -> Analytics:
    """Counts by theme, agency, level, area and year; action status and quality; and the average months per
    stage of the review process from death to publication (Dashboard 1)."""
    return compute(state)
