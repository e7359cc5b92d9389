"""``POST /v1/extract``: a PDF or DOCX report in, the draft action plan out (JSON, CSV or XLSX)."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from fastapi import APIRouter, File, Query, UploadFile
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from dhr.errors import DocumentTooLargeError, EmptyDocumentError
from dhr.schema import ExtractionResult
from dhr.schema.jobs import JobAccepted
from service.deps import CspOrDac, State
from service.errors import problem_responses
from service.keys import Principal
from service.routers.jobs import submit_job
from service.sheets import SHEET_CONTENT, sheet_response
from service.state import ServiceState
from service.uploads import record_upload

router = APIRouter(tags=["extract"], responses=problem_responses(401, 403, 429, 503))

_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


def _safe_name(name: str | None) -> str:
    base = (name or "upload").replace("\\", "/").rsplit("/", 1)[-1]
    return _UNSAFE.sub("_", base)[:200] or "upload"


async def read_upload(file: UploadFile, filename: str, state: ServiceState) -> bytes:
    """The uploaded file's bytes, read no further than one byte past the size limit (the API and the web upload).

    Raises:
        DocumentTooLargeError: the file is over ``max_file_mb``.
        EmptyDocumentError: the file has no bytes.
    """
    limit = int(state.settings.max_file_mb * 1024 * 1024)
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise DocumentTooLargeError(
            f"{filename!r} is larger than the {state.settings.max_file_mb:g} MB limit"
        )
    if not data:
        raise EmptyDocumentError(f"{filename!r} is empty (0 bytes)")
    return data


@router.post(
    "/extract",
    response_model=ExtractionResult,
    responses={
        **problem_responses(400, 413, 415, 422),
        202: {"model": JobAccepted, "description": "A large upload: queued as a job (Location: its URL)."},
        200: {
            "description": "The draft (JSON), or the oversight-form sheet with ?format=csv|xlsx.",
            "content": SHEET_CONTENT,
        },
    },
    summary="Extract a draft action plan from a report",
)
async def extract(
    state: State,
    principal: CspOrDac,
    file: Annotated[UploadFile, File(description="The report: PDF or DOCX (HTML and text also read).")],
    format: Annotated[Literal["json", "csv", "xlsx"], Query(description="Response format.")] = "json",
    background: Annotated[
        bool | None,
        Query(
            description="Run as a background job (202 and a job URL to poll). Default: uploads over "
            "DHR_API_JOB_EXTRACT_MIN_MB (5 MB) do, smaller ones are answered at once."
        ),
    ] = None,
) -> Response:
    """Read the report and return the draft: review fields, timeline, recommendations and actions, with
    warnings a person should check. Damaged, encrypted, scanned or over-limit files get a 4xx naming why.

    A large upload (or ``background=true``) answers ``202 Accepted`` at once with a job to poll
    (``GET /v1/jobs/{id}``); its ``result`` is the draft, and ``GET /v1/jobs/{id}/result?format=csv|xlsx`` the
    sheet."""
    filename = _safe_name(file.filename)
    data = await read_upload(file, filename, state)
    if background is None:
        background = len(data) > state.settings.api_job_extract_min_mb * 1024 * 1024
    if background:
        return await submit_job(state, "extract", principal, {"filename": filename, "format": format}, data)
    result = await state.extract(data, filename)
    # The server's own hash of what it read: a commit of this draft by the caller's CSP is verified by it
    # (finding 6). Hashing and the database write run on a worker thread, off the event loop.
    sha = await run_in_threadpool(record_upload, state, data, principal)
    result.source.sha256 = sha
    if format == "json":
        return Response(result.model_dump_json(), media_type="application/json")
    stem = filename.rsplit(".", 1)[0] or "draft"
    # Building the sheet (seconds for a long plan as XLSX) and the audit write: off the event loop.
    payload = await state.run_bounded(_export, state, principal, result, filename, format)
    return sheet_response(payload, f"{stem}.{format}", format)


def _export(
    state: ServiceState, principal: Principal, result: ExtractionResult, filename: str, format: str
) -> str | bytes:
    from extraction import export

    state.audit.append(
        actor=principal.key_id,
        role=principal.role,
        action=f"extract.export.{format}",
        target=f"document:{result.source.sha256}",
        details={"filename": filename, "recommendations": len(result.recommendations)},
    )
    return export.to_csv(result) if format == "csv" else export.to_xlsx(result)
