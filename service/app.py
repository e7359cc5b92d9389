"""The FastAPI application: ``create_app(settings)``.

The lifespan opens the library, the key store (a table in the library's database), the audit log and the
timeline table, then loads the models (extractor, embedding encoder, search index) once in a background thread;
``/healthz`` answers 503 until they are ready. Routes live under ``/v1``, one router per resource.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dhr.settings import Settings, get_settings
from service.audit import AuditLog
from service.docs import install_docs
from service.errors import install_error_handlers, problem_response
from service.jobs import JobQueue
from service.jobs_runner import JobRunner
from service.keys import KeyStore
from service.routers import (
    actions,
    analytics,
    classify,
    extract,
    health,
    imports,
    jobs,
    keys,
    recommendations,
    reviews,
    search,
)
from service.state import ExtractorLike, ServiceState

if TYPE_CHECKING:
    from retrieval.embeddings import Encoder
    from retrieval.library import Library

API_PREFIX = "/v1"

log = logging.getLogger(__name__)

DESCRIPTION = """
The API the Domestic Abuse Commissioner's oversight system calls: extract draft action plans from Domestic
Homicide Review reports, keep them in the learning library, track the implementation of their actions, and
search the library.

Authenticate with an API key: `Authorization: Bearer dhr_<id>_<secret>`. Roles: `csp` (its own CSP's data and
everything published), `partner` (actions assigned to its agency), `chair` (search and similar), `dac`
(everything and analytics), `admin` (keys). Errors are RFC 9457 `application/problem+json`.
"""


_FORM_MEDIA_TYPES = {"multipart/form-data", "application/x-www-form-urlencoded"}


def upload_paths(app: FastAPI) -> list[re.Pattern[str]]:
    """The paths of the routes that take a file upload (a form body in the app's OpenAPI), as regexes: these get
    the upload limit, every other route the JSON one."""
    # the web app's upload forms are not in the OpenAPI: it names their paths (service.web.UPLOAD_PATHS)
    out = [re.compile(p) for p in getattr(app.state, "upload_path_patterns", [])]
    for path, operations in app.openapi().get("paths", {}).items():
        media = {
            media_type
            for op in operations.values()
            if isinstance(op, dict)
            for media_type in (op.get("requestBody") or {}).get("content", {})
        }
        if media & _FORM_MEDIA_TYPES:
            parts = re.split(r"\{[^}]*\}", path)  # '/v1/x/{id}' -> '/v1/x/[^/]+'
            out.append(re.compile("[^/]+".join(re.escape(p) for p in parts) + "$"))
    return out


class BodySizeLimit:
    """Refuse request bodies over the route's limit with 413, by Content-Length or while streaming, before
    anything is parsed: ``max_upload_bytes`` for routes that take a file upload, ``max_json_bytes`` for the
    rest (JSON bodies, where a few MB is already a million objects to validate)."""

    def __init__(self, app: ASGIApp, max_upload_bytes: int, max_json_bytes: int) -> None:
        self.app = app
        self.max_upload_bytes = max_upload_bytes
        self.max_json_bytes = max_json_bytes
        self._upload_paths: list[re.Pattern[str]] | None = None

    def _limit(self, scope: Scope) -> tuple[int, str]:
        if self._upload_paths is None:  # the routes are all registered by the first request
            app = scope.get("app")
            try:
                self._upload_paths = upload_paths(app) if isinstance(app, FastAPI) else []
            except Exception:  # no OpenAPI: the upload limit everywhere (as before), rather than no service
                log.exception(
                    "cannot tell upload routes from the OpenAPI; the upload body limit applies to all"
                )
                self._upload_paths = [re.compile("")]
        path = scope.get("path", "")
        if any(regex.match(path) for regex in self._upload_paths):
            return self.max_upload_bytes, "request body"
        return self.max_json_bytes, "JSON request body"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit, what = self._limit(scope)
        detail = f"the {what} is larger than the {limit / 1024 / 1024:g} MB limit of {scope.get('path')}"
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > limit
                except ValueError:
                    too_big = False
                if too_big:
                    await problem_response(413, detail, slug="payload-too-large", instance=scope.get("path"))(
                        scope, receive, send
                    )
                    return
        received = 0
        started = False
        refused = False

        async def limited_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit and not started:
                    # Answer 413 here and tell the app the client has gone: the app's body reader may catch
                    # any exception raised from here (FastAPI turns it into a 400 "error parsing the body").
                    refused = True
                    await problem_response(413, detail, slug="payload-too-large", instance=scope.get("path"))(
                        scope, receive, send
                    )
                    return {"type": "http.disconnect"}
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if refused:  # the 413 is already sent: whatever the app answers after is dropped
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except Exception:
            if not refused:
                raise


def create_app(
    settings: Settings | None = None,
    *,
    library: Library | None = None,
    extractor: ExtractorLike | None = None,
    encoder: Encoder | None = None,
    load_in_background: bool = True,
    corrections_path: Path | None = None,
) -> FastAPI:
    """Build the app.

    Args:
        settings: limits, library directory, admin key (default: the environment's).
        library: an open library to serve (default: opened from ``settings.library_dir`` at start-up).
        extractor: an object with ``extract_bytes(data, filename)`` (default: ``Extractor.load(settings)``).
        encoder: embedding encoder for a library opened here (tests pass a light one).
        load_in_background: load models in a thread (healthz 503 meanwhile); False loads before serving.
        corrections_path: where API corrections are appended (default: ``settings.corrections_file``, in the
            library's data folder).
    """
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from retrieval.library import Library

        lib = library or Library.open(
            settings.library_dir, settings=settings, encoder=encoder, background_sync=True
        )
        admin = settings.admin_key.get_secret_value() if settings.admin_key else None
        key_store = KeyStore.from_engine(lib.store.engine, admin, cache_s=settings.api_key_cache_s)
        audit = AuditLog(Path(settings.library_dir), settings.audit_key_path, engine=lib.store.engine)
        state = ServiceState(settings, lib, key_store, audit)
        if corrections_path is not None:
            state.corrections_path = corrections_path
        app.state.service = state
        # Background jobs: the table in the library's database, a bounded pool of threads here claiming from it
        # (every process runs one, so any process runs any job); jobs left running by a stopped process are
        # queued again now. The pool waits for the models before it claims.
        state.jobs = JobQueue.from_engine(lib.store.engine)
        state.job_runner = JobRunner(state, state.jobs)
        state.job_runner.start()
        if load_in_background:
            threading.Thread(
                target=state.load_models, args=(extractor,), name="dhr-load", daemon=True
            ).start()
        else:
            state.load_models(extractor)
        try:
            yield
        finally:
            state.job_runner.stop()
            app.state.service = None
            if library is None:
                state.close()

    app = FastAPI(
        title="DHR learning service",
        version="1",
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served by install_docs with local assets (offline), not from a CDN
        redoc_url=None,
        openapi_tags=[
            {"name": "extract", "description": "Report in, draft action plan out."},
            {"name": "classify", "description": "Recommendations in, labels out (agencies, level, themes)."},
            {"name": "reviews", "description": "Reviews in the learning library."},
            {"name": "recommendations", "description": "Recommendations and corrections."},
            {"name": "actions", "description": "Actions and their implementation updates."},
            {"name": "search", "description": "Search, similar, systemic issues."},
            {"name": "analytics", "description": "Dashboard figures (DAC)."},
            {"name": "imports", "description": "Bulk CSV import of action plans."},
            {"name": "jobs", "description": "Background jobs: large extractions and imports (202 + poll)."},
            {"name": "keys", "description": "API keys (admin)."},
        ],
    )
    app.state.service = None
    install_error_handlers(app)
    app.add_middleware(
        BodySizeLimit,
        max_upload_bytes=int(settings.api_max_body_mb * 1024 * 1024),
        max_json_bytes=int(settings.api_max_json_mb * 1024 * 1024),
    )
    # Routers in order of traffic: FastAPI tries a request against each included router in turn (3-4 us each,
    # evaluation/PROFILE.md), so search, the hot path, comes first, and the docs and web pages after the API.
    # No two of them share a path, so the order changes nothing else (the docs group operations by tag).
    app.include_router(search.router, prefix=API_PREFIX)
    app.include_router(health.router)
    for module in (
        reviews,
        recommendations,
        actions,
        extract,
        classify,
        analytics,
        imports,
        jobs,
        keys,
    ):
        app.include_router(module.router, prefix=API_PREFIX)
    install_docs(app)
    from service.web import install_web

    install_web(app)
    return app


def create_app_from_env() -> FastAPI:
    """The app with settings from the environment (``dhr serve --workers N`` starts one per worker process)."""
    get_settings.cache_clear()
    return create_app(get_settings())
