"""The CSP officer's journey: upload a report, review the draft, commit it, download the action plan.

The upload is read by the API's own extraction (``ServiceState.extract``, the same bounded worker pool and
limits as ``POST /v1/extract``) and recorded as the API records it, so a commit from here is verified by the
server's own hash exactly as one through the API. The commit itself is the API's ``commit_review``, with the
officer's label edits then written as corrections (``service.corrections``) for the next training run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import unicodedata
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError as PydanticValidationError
from starlette.concurrency import run_in_threadpool

from dhr.errors import (
    ConflictError,
    DocumentError,
    InputError,
    NotFoundError,
    NotSupportedFormatError,
)
from dhr.schema import ExtractionResult
from dhr.schema.library import CorrectionCreate
from service.sheets import SHEET_MEDIA
from service.web.auth import WebContext, check_csrf, page
from service.web.drafts import apply_form, apply_op, label_changes, parse_op, problems
from service.web.render import WEB_PREFIX, WebRoute, render

log = logging.getLogger(__name__)
router = APIRouter(prefix=WEB_PREFIX, route_class=WebRoute, include_in_schema=False)

#: What the upload form accepts (the extractor also reads HTML and text, but officers upload reports).
ACCEPT = (".pdf", ".docx")
#: Pages of source text kept per draft for the excerpts beside each recommendation (bounded work per upload).
MAX_EXCERPT_PAGES = 200
MAX_PAGE_CHARS = 8000
#: The web app's upload paths (they get the API's upload body limit; see ``service.app.upload_paths``).
UPLOAD_PATHS = [rf"{WEB_PREFIX}/upload$"]


@router.get("/upload", response_class=HTMLResponse)
async def upload_page(request: Request) -> Response:
    await page(request, "csp_or_dac")
    return render(request, "upload.html", title="Upload a report", error=None)


def _page_texts(data: bytes, pages: set[int]) -> dict[str, str]:
    """The text of the PDF pages the recommendations came from (a DOCX has no pages: none)."""
    if not data.startswith(b"%PDF") or not pages:
        return {}
    try:
        import pymupdf
    except ImportError:  # older PyMuPDF
        import fitz as pymupdf  # type: ignore[no-redef]
    out: dict[str, str] = {}
    try:
        with pymupdf.open(stream=data, filetype="pdf") as doc:
            for number in sorted(pages)[:MAX_EXCERPT_PAGES]:
                if 1 <= number <= doc.page_count:
                    # NFKC: the PDF's ligatures ('ﬁ') as the letters the extracted text has
                    text = unicodedata.normalize("NFKC", doc[number - 1].get_text())
                    out[str(number)] = text[:MAX_PAGE_CHARS]
    except Exception:  # noqa: BLE001 - the excerpts are a help; the draft stands without them
        log.warning("page text for excerpts could not be read", exc_info=True)
    return out


@router.post("/upload", response_class=HTMLResponse)
async def upload(
    request: Request,
    file: Annotated[UploadFile | None, File()] = None,
    csrf_token: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    from service.routers.extract import _safe_name, read_upload
    from service.uploads import record_upload

    ctx = await page(request, "csp_or_dac")
    check_csrf(ctx, csrf_token)
    state = ctx.state
    if file is None or not file.filename:
        return render(
            request,
            "upload.html",
            status_code=400,
            title="Upload a report",
            error="Select a PDF or Word (DOCX) report",
        )
    filename = _safe_name(file.filename)
    if not filename.lower().endswith(ACCEPT):
        raise NotSupportedFormatError(f"{filename!r} is not a PDF or Word (DOCX) file")
    data = await read_upload(file, filename, state)
    jobs = getattr(state, "jobs", None)
    if jobs is not None and len(data) > state.settings.api_job_extract_min_mb * 1024 * 1024:
        # A large report: the API's background job (as POST /v1/extract answers 202), and a page that
        # refreshes itself until the draft is ready (no JavaScript needed).
        from service.routers.jobs import submit_job

        accepted = await submit_job(
            state, "extract", ctx.principal, {"filename": filename, "format": "json"}, data
        )
        job_id = json.loads(bytes(accepted.body))["id"]
        return RedirectResponse(f"{WEB_PREFIX}/upload/jobs/{job_id}", status_code=303)
    result = await state.extract(data, filename)
    result.source.sha256 = await run_in_threadpool(record_upload, state, data, ctx.principal)
    pages = {r.page for r in result.recommendations if r.page} | {
        a.page for r in result.recommendations for a in r.actions if a.page
    }
    texts = await run_in_threadpool(_page_texts, data, pages)
    draft_id = await run_in_threadpool(ctx.store.new_draft, ctx.principal.key_id, result, texts)
    state.audit.append(
        actor=ctx.principal.key_id,
        role=ctx.principal.role,
        action="web.upload",
        target=f"document:{result.source.sha256}",
        details={"filename": filename, "recommendations": len(result.recommendations)},
    )
    return RedirectResponse(f"{WEB_PREFIX}/review/{draft_id}", status_code=303)


@router.get("/upload/jobs/{job_id}", response_class=HTMLResponse)
async def upload_job(request: Request, job_id: str) -> Response:
    """A large upload being read: this page refreshes itself until the draft is ready, then opens it."""
    from service.routers.jobs import _visible_job

    ctx = await page(request, "csp_or_dac")
    job = await run_in_threadpool(_visible_job, ctx.state, ctx.principal, job_id[:64])
    if job.status in ("queued", "running"):
        return render(request, "processing.html", title="Reading the report", job=job)
    if job.status != "done" or job.result is None:
        raise UnreadableUploadError(job.error or "the report could not be read")
    draft_id = "j" + hashlib.sha256(job.id.encode()).hexdigest()[:23]
    try:
        ctx.store.draft(draft_id, ctx.principal)
    except NotFoundError:  # first visit after the job finished: the draft is made once
        result = ExtractionResult.model_validate(job.result)
        try:
            await run_in_threadpool(ctx.store.new_draft, ctx.principal.key_id, result, None, draft_id)
        except ConflictError:  # a second tab made it at the same moment
            pass
    return RedirectResponse(f"{WEB_PREFIX}/review/{draft_id}", status_code=303)


class UnreadableUploadError(DocumentError):
    """A background extraction that failed (its message is the job's error)."""


_WORDS = re.compile(r"\w+")


def excerpt(page_text: str | None, text: str, width: int = 400) -> tuple[str, str, str] | None:
    """(before, match, after) around where ``text`` starts on its page, or None when it is not found."""
    if not page_text or not text:
        return None
    words = _WORDS.findall(text)[:6]
    if not words:
        return None
    pattern = r"\W+".join(re.escape(w) for w in words)
    m = re.search(pattern, page_text)
    if m is None:
        return None
    end = min(len(page_text), m.start() + max(len(text), 1) + 40)
    return (
        page_text[max(0, m.start() - width // 2) : m.start()],
        page_text[m.start() : min(end, m.start() + 1500)],
        page_text[min(end, m.start() + 1500) : min(end, m.start() + 1500) + width // 2],
    )


def _review_page(
    request: Request,
    ctx: WebContext,
    draft_id: str,
    status_code: int = 200,
    errors: list[tuple[str, str]] | None = None,
    committed: dict[str, Any] | None = None,
) -> Response:
    draft = ctx.store.draft(draft_id, ctx.principal)
    pages = draft.pages
    excerpts = [excerpt(pages.get(str(rec.page)), rec.text) for rec in draft.current.recommendations]
    return render(
        request,
        "review.html",
        status_code=status_code,
        title="Review the draft action plan",
        draft=draft,
        result=draft.current,
        excerpts=excerpts,
        errors=errors or [],
        committed=committed,
        review_id=draft.committed_review,
    )


@router.get("/review/{draft_id}", response_class=HTMLResponse)
async def review_page(request: Request, draft_id: str) -> Response:
    ctx = await page(request, "csp_or_dac")
    return _review_page(request, ctx, draft_id)


@router.post("/review/{draft_id}", response_class=HTMLResponse)
async def review_edit(request: Request, draft_id: str) -> Response:
    ctx = await page(request, "csp_or_dac")
    form = await request.form()
    check_csrf(ctx, form.get("csrf_token"))  # type: ignore[arg-type]
    draft = ctx.store.draft(draft_id, ctx.principal)
    op, i, j = parse_op(form.get("op"))
    draft.current = apply_form(draft.current, form)  # type: ignore[arg-type]
    if op not in ("save", "commit"):
        raw = form.get(f"r{i}-text") if i is not None else ""
        draft.current = apply_op(draft.current, op, i, j, raw if isinstance(raw, str) else "")
    ctx.store.save(draft)
    if op == "commit":
        return await _commit(request, ctx, draft_id)
    anchor = (
        f"#rec-{min(i, len(draft.current.recommendations) - 1) + 1}"
        if i is not None and draft.current.recommendations
        else ""
    )
    if op == "add":
        anchor = f"#rec-{len(draft.current.recommendations)}"
    return RedirectResponse(f"{WEB_PREFIX}/review/{draft_id}?saved={op}{anchor}", status_code=303)


async def _commit(request: Request, ctx: WebContext, draft_id: str) -> Response:
    from dhr.schema.service import ReviewCommit
    from service.corrections import record_correction
    from service.routers.reviews import commit_review

    draft = ctx.store.draft(draft_id, ctx.principal)
    errors = problems(draft.current)
    if not errors:
        try:
            body = ReviewCommit.model_validate({"draft": draft.current.model_dump(mode="json")})
        except PydanticValidationError as exc:
            errors = [("", _pydantic_message(err)) for err in exc.errors()[:10]]
    if errors:
        return _review_page(request, ctx, draft_id, status_code=400, errors=errors)
    committed = await run_in_threadpool(commit_review, body, ctx.state, ctx.principal)
    draft.committed_review = committed.id
    ctx.store.save(draft)
    # The officer's label edits are corrections of the classifier: the next training run learns from them.
    by_local = {r.id.removeprefix(f"{committed.id}-"): r for r in committed.recommendations}
    changes = label_changes(draft.original, draft.current)
    for local_id, field, value in changes:
        rec = by_local.get(local_id)
        if rec is None:
            continue
        correction = CorrectionCreate(
            field=field,
            value=value,
            author=ctx.principal.label,  # type: ignore[arg-type]
            reason="changed on the web review screen before commit",
        )
        await run_in_threadpool(record_correction, rec, correction, ctx.state.corrections_path)
    if changes:
        ctx.state.audit.append(
            actor=ctx.principal.key_id,
            role=ctx.principal.role,
            action="web.review.corrections",
            target=f"review:{committed.id}",
            details={"corrections": len(changes)},
        )
    info = {"id": committed.id, "warnings": committed.warnings, "corrections": len(changes)}
    return _review_page(request, ctx, draft_id, committed=info)


def _pydantic_message(err: Any) -> str:
    loc = [str(p) for p in err.get("loc", ())]
    where = ""
    if len(loc) >= 3 and loc[1] == "recommendations" and loc[2].isdigit():
        where = f"Recommendation {int(loc[2]) + 1}: "
    return f"{where}{err.get('msg', 'invalid value')}"


@router.get("/review/{draft_id}/download.{fmt}")
async def download(request: Request, draft_id: str, fmt: str) -> Response:
    from service.routers.extract import _export

    ctx = await page(request, "csp_or_dac")
    if fmt not in ("xlsx", "csv", "json"):
        raise InputError(f"no download as {fmt[:10]!r}: choose xlsx, csv or json")
    draft = ctx.store.draft(draft_id, ctx.principal)
    result: ExtractionResult = draft.current
    stem = (result.source.filename.rsplit(".", 1)[0] or "draft") + "-action-plan"
    if fmt == "json":
        payload: str | bytes = json.dumps(result.model_dump(mode="json"), indent=2)
        media = "application/json"
    else:  # the API's own export (and its audit entry)
        payload = await ctx.state.run_bounded(
            _export, ctx.state, ctx.principal, result, result.source.filename, fmt
        )
        media = SHEET_MEDIA[fmt]
    return Response(
        payload,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="{stem}.{fmt}"', "Cache-Control": "no-store"},
    )
