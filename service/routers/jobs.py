"""``GET /v1/jobs/{id}``: the status and, when done, the result of a background job (a large extraction or bulk
import that answered ``202 Accepted``); ``GET /v1/jobs/{id}/result?format=csv|xlsx`` gives a finished
extraction as the oversight-form sheet."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from dhr.errors import ConflictError, NotFoundError
from dhr.schema import ExtractionResult
from dhr.schema.jobs import JobAccepted, JobStatus
from service.access import same_csp
from service.deps import Caller, CspOrDac, State
from service.errors import ServiceUnavailableError, problem_responses
from service.jobs import Job
from service.keys import Principal
from service.sheets import SHEET_CONTENT, sheet_response
from service.state import ServiceState

router = APIRouter(prefix="/jobs", tags=["jobs"], responses=problem_responses(401, 403, 404, 429))

JobId = Annotated[str, Path(max_length=40, pattern=r"^job_[0-9a-f]{1,36}$")]


def job_url(job_id: str) -> str:
    return f"/v1/jobs/{job_id}"


def may_see_job(principal: Principal, job: Job) -> bool:
    """The key that submitted it, the keys of the same CSP, and the DAC: as the upload itself would be."""
    if principal.role == "dac" or principal.key_id == job.principal.key_id:
        return True
    return (
        principal.role == "csp" and job.principal.role == "csp" and same_csp(principal.csp, job.principal.csp)
    )


async def submit_job(
    state: ServiceState, kind: str, principal: Principal, params: dict[str, Any], data: bytes
) -> JSONResponse:
    """Queue ``data`` as a ``kind`` job and answer ``202 Accepted`` with where to poll it (Location)."""
    queue, runner = state.jobs, state.job_runner
    if queue is None or runner is None:
        raise ServiceUnavailableError("background jobs are not running in this process")
    # the count and the insert (a blob of up to the upload limit) are database work: off the event loop
    if await run_in_threadpool(queue.queued) >= state.settings.api_job_queue_max:
        raise ServiceUnavailableError(
            f"{state.settings.api_job_queue_max} jobs are already queued; retry later", retry_after_s=30
        )
    job = await run_in_threadpool(queue.submit, kind, principal, params, data)
    runner.wake()
    body = JobAccepted(id=job.id, kind=job.kind, status="queued", url=job_url(job.id))  # type: ignore[arg-type]
    return JSONResponse(body.model_dump(), status_code=202, headers={"Location": body.url})


def _visible_job(state: ServiceState, principal: Principal, job_id: str) -> Job:
    job = state.jobs.get(job_id) if state.jobs is not None else None
    if job is None or not may_see_job(principal, job):  # another's job does not exist for the caller
        raise NotFoundError(f"no job with id {job_id!r}")
    return job


def _status(job: Job) -> JobStatus:
    return JobStatus(
        id=job.id,
        kind=job.kind,  # type: ignore[arg-type]
        status=job.status,  # type: ignore[arg-type]
        created_at=job.iso("created_at") or "",
        started_at=job.iso("started_at"),
        finished_at=job.iso("finished_at"),
        attempts=job.attempts,
        result=job.result if job.status == "done" else None,
        error=job.error if job.status == "failed" else None,
        url=job_url(job.id),
    )


@router.get("/{job_id}", response_model=JobStatus, summary="A background job's status and result")
async def get_job(state: State, principal: Caller, job_id: JobId) -> JobStatus:
    """Poll until ``status`` is ``done`` (``result`` holds the answer) or ``failed`` (``error`` says why).
    ``attempts`` above 1: the process running it stopped and another run took it over."""
    return _status(await run_in_threadpool(_visible_job, state, principal, job_id))


@router.get(
    "/{job_id}/result",
    responses={
        **problem_responses(409),
        200: {
            "description": "A finished extraction as JSON, or as the oversight-form sheet (csv, xlsx).",
            "content": SHEET_CONTENT,
        },
    },
    summary="A finished job's result (an extraction also as CSV or XLSX)",
)
async def get_job_result(
    state: State,
    principal: CspOrDac,
    job_id: JobId,
    format: Annotated[Literal["json", "csv", "xlsx"], Query(description="Response format.")] = "json",
) -> Response:
    from service.routers.extract import _export

    job = await run_in_threadpool(_visible_job, state, principal, job_id)
    if job.status != "done":
        raise ConflictError(f"job {job_id!r} is {job.status}; its result is there once it is done")
    if format == "json":
        return JSONResponse(job.result)
    if job.kind != "extract":
        raise ConflictError(f"job {job_id!r} is an import: its result is JSON only")
    result = ExtractionResult.model_validate(job.result)
    filename = str(job.params.get("filename") or "draft")
    payload = await state.run_bounded(_export, state, principal, result, filename, format)
    stem = filename.rsplit(".", 1)[0] or "draft"
    return sheet_response(payload, f"{stem}.{format}", format)
