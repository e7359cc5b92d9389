"""``GET /healthz``: 200 when the models are loaded and the service is ready, 503 while starting."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from dhr.schema.service import HealthStatus

router = APIRouter(tags=["health"])


@router.get(
    "/healthz",
    response_model=HealthStatus,
    responses={503: {"model": HealthStatus, "description": "Starting (models loading) or start-up failed."}},
    summary="Readiness",
)
def healthz(request: Request) -> JSONResponse:
    state = getattr(request.app.state, "service", None)
    if state is None:
        body = HealthStatus(status="starting", detail="the library is not open yet")
        return JSONResponse(body.model_dump(), status_code=503)
    if state.failure:
        body = HealthStatus(status="failed", components=state.components, detail=state.failure)
        return JSONResponse(body.model_dump(), status_code=503)
    if not state.ready.is_set():
        body = HealthStatus(status="starting", components=state.components, detail="models are loading")
        return JSONResponse(body.model_dump(), status_code=503)
    return JSONResponse(HealthStatus(status="ok", components=state.components).model_dump())
