"""Bulk import of existing action plans (CSV) with a row-level validation report."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Query, UploadFile
from fastapi.responses import JSONResponse

from dhr.errors import InputError
from dhr.schema.jobs import JobAccepted
from dhr.schema.service import ImportReport
from service.deps import CspOrDac, State
from service.errors import problem_responses
from service.import_plans import import_plans
from service.routers.jobs import submit_job

router = APIRouter(prefix="/imports", tags=["imports"], responses=problem_responses(400, 401, 403, 413, 429))

MAX_CSV_MB = 20


@router.post(
    "/action-plans",
    response_model=ImportReport,
    responses={
        422: {"model": ImportReport, "description": "Rows failed validation; nothing was written."},
        202: {"model": JobAccepted, "description": "A large CSV: queued as a job (Location: its URL)."},
    },
    summary="Import action plans from CSV",
)
async def import_action_plans(
    state: State,
    principal: CspOrDac,
    file: Annotated[
        UploadFile, File(description="CSV with the oversight form's columns (as 'dhr extract').")
    ],
    partial: Annotated[bool, Query(description="Write the valid rows even if others fail.")] = False,
    published: Annotated[bool, Query(description="Mark the imported reviews published.")] = False,
    background: Annotated[
        bool | None,
        Query(
            description="Run as a background job (202 and a job URL to poll). Default: CSVs over "
            "DHR_API_JOB_IMPORT_MIN_MB (1 MB) do, smaller ones are answered at once."
        ),
    ] = None,
) -> JSONResponse:
    """Every row is validated and each problem reported by row and column. Without ``partial`` nothing is
    written unless all rows are valid (422 with the report); with it, valid rows are written and the invalid
    ones listed. A large CSV (or ``background=true``) answers ``202 Accepted`` with a job to poll
    (``GET /v1/jobs/{id}``), whose ``result`` is the same report."""
    data = await file.read(MAX_CSV_MB * 1024 * 1024 + 1)
    if len(data) > MAX_CSV_MB * 1024 * 1024:
        raise InputError(f"the CSV is larger than {MAX_CSV_MB} MB; split it")
    if background is None:
        background = len(data) > state.settings.api_job_import_min_mb * 1024 * 1024
    if background:
        return await submit_job(
            state, "import", principal, {"partial": partial, "published": published}, data
        )
    # Parsing, storing and indexing thousands of rows is seconds of blocking work: on a worker thread, a bounded
    # number at once, so /healthz and searches are answered meanwhile.
    report = await state.run_bounded(import_plans, state, principal, data, partial, published)
    return JSONResponse(report.model_dump(), status_code=422 if report.errors and not partial else 200)
