"""Errors as RFC 9457 problem details, and the one place where ``dhr.errors`` classes meet HTTP status codes.

Every response that is not a success is ``application/problem+json`` with a specific ``detail``. Client input
never produces a 5xx: documents that are damaged, too large or too slow to process are 4xx; only a busy or
still-starting service answers 503 (and says so).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from dhr import errors as E
from dhr.schema.service import Problem

log = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"
_TYPE_BASE = "https://dhr.invalid/problems/"


class ServiceUnavailableError(E.DHRError):
    """The service cannot take the request now (models still loading, all extraction workers busy)."""

    def __init__(self, message: str, retry_after_s: int = 5) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class RateLimitedError(E.DHRError):
    """The key sent more requests than its rate limit allows."""

    def __init__(self, message: str, retry_after_s: int = 1) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class UnauthenticatedError(E.DHRError):
    """No API key, or an unknown or revoked one."""


class PayloadTooLargeError(E.InputError):
    """The request body is larger than the configured limit."""


#: Most specific class first: the first ``isinstance`` match wins.
STATUS_BY_ERROR: list[tuple[type[BaseException], int, str]] = [
    (UnauthenticatedError, 401, "unauthenticated"),
    (RateLimitedError, 429, "rate-limited"),
    (ServiceUnavailableError, 503, "unavailable"),
    (PayloadTooLargeError, 413, "payload-too-large"),
    (E.DocumentTooLargeError, 413, "document-too-large"),
    (E.NotSupportedFormatError, 415, "unsupported-format"),
    (E.EncryptedDocumentError, 422, "encrypted-document"),
    (E.CorruptDocumentError, 422, "corrupt-document"),
    (E.EmptyDocumentError, 422, "empty-document"),
    (E.NoTextLayerError, 422, "no-text-layer"),
    (E.DocumentError, 422, "unreadable-document"),
    (E.ValidationError, 422, "invalid-value"),
    (E.InputError, 400, "bad-input"),
    # A document that cannot be processed within the limit is a property of the input (too complex, or built
    # to make readers loop): 422, not a server error.
    (E.ProcessingTimeoutError, 422, "processing-timeout"),
    (E.NotFoundError, 404, "not-found"),
    (E.ConflictError, 409, "conflict"),
    (E.PermissionDeniedError, 403, "forbidden"),
    (E.ModelNotAvailableError, 503, "model-not-available"),
    (E.DHRError, 400, "bad-request"),
]

_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Content",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def status_for(exc: BaseException) -> tuple[int, str]:
    """The HTTP status and problem slug for an error (400 'bad-request' for an unlisted DHRError)."""
    for cls, status, slug in STATUS_BY_ERROR:
        if isinstance(exc, cls):
            return status, slug
    return 500, "internal"


def one_line(text: str) -> str:
    return " ".join(str(text).split()) or "no detail"


def problem_response(
    status: int,
    detail: str,
    *,
    slug: str | None = None,
    instance: str | None = None,
    errors: list[dict[str, Any]] | None = None,
    error_count: int | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """Build an ``application/problem+json`` response."""
    problem = Problem(
        type=_TYPE_BASE + slug if slug else "about:blank",
        title=_TITLES.get(status, "Error"),
        status=status,
        detail=one_line(detail),
        instance=instance,
        errors=errors,
        error_count=error_count,
    )
    return JSONResponse(
        problem.model_dump(exclude_none=True),
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


#: A validation problem lists at most this many errors, with the total in ``error_count``: a body with
#: thousands of bad values must not get an answer larger than itself (issue 14: a 196 MB error body).
MAX_LISTED_ERRORS = 20
_MAX_MESSAGE_CHARS = 300


def _jsonable_errors(errors: Any) -> list[dict[str, Any]]:
    out = []
    for err in errors[:MAX_LISTED_ERRORS]:
        out.append(
            {
                "loc": [str(p)[:100] for p in err.get("loc", ())],
                "msg": str(err.get("msg", ""))[:_MAX_MESSAGE_CHARS],
                "type": str(err.get("type", "")),
            }
        )
    return out


def _describe_validation(errors: list[dict[str, Any]], total: int) -> str:
    parts = []
    for err in errors[:5]:
        loc = ".".join(p for p in err["loc"] if p not in ("body",)) or "body"
        parts.append(f"{loc}: {err['msg']}")
    more = f" (and {total - len(parts)} more)" if total > len(parts) else ""
    return "invalid request: " + "; ".join(parts) + more


async def _dhr_error_handler(request: Request, exc: Exception) -> JSONResponse:
    status, slug = status_for(exc)
    headers = None
    retry = getattr(exc, "retry_after_s", None)
    if retry is not None:
        headers = {"Retry-After": str(int(retry))}
    if status == 401:
        headers = {**(headers or {}), "WWW-Authenticate": "Bearer"}
    return problem_response(status, str(exc), slug=slug, instance=request.url.path, headers=headers)


async def _validation_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    raw = exc.errors()
    errors = _jsonable_errors(raw)
    return problem_response(
        422,
        _describe_validation(errors, len(raw)),
        slug="validation",
        instance=request.url.path,
        errors=errors,
        error_count=len(raw),
    )


async def _http_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"no route {request.method} {request.url.path}"
    elif exc.status_code == 405:
        detail = f"method {request.method} is not allowed on {request.url.path}"
    return problem_response(
        exc.status_code,
        detail,
        slug=None,
        instance=request.url.path,
        headers=dict(exc.headers) if exc.headers else None,
    )


async def _unexpected_handler(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return problem_response(
        500,
        f"internal error ({type(exc).__name__}); the request was not completed",
        slug="internal",
        instance=request.url.path,
    )


def install_error_handlers(app: FastAPI) -> None:
    """Make every error response of ``app`` a problem+json document."""
    app.add_exception_handler(E.DHRError, _dhr_error_handler)
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_handler)
    app.add_exception_handler(Exception, _unexpected_handler)


#: For ``responses=`` in route decorators: the problem schema under the problem media type.
def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {
        s: {
            "model": Problem,
            "description": _TITLES.get(s, "Error"),
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for s in statuses
    }
