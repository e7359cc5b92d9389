"""What the running service holds: settings, the library, the extractor, keys, audit log and limits.

Built once per app in the lifespan. The library and keys open synchronously (fast); the models load in a
background thread so that ``/healthz`` can answer 503 while they load, and routes that need a model answer 503
"starting" rather than blocking.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from starlette.concurrency import run_in_threadpool

from dhr.errors import ProcessingTimeoutError
from dhr.schema import ExtractionResult
from dhr.settings import Settings
from service.audit import AuditLog
from service.errors import ServiceUnavailableError
from service.keys import KeyStore
from service.ratelimit import make_buckets
from service.timeliness import TimelineStore
from service.uploads import UploadLog

if TYPE_CHECKING:
    from retrieval.library import Library
    from service.jobs import JobQueue
    from service.jobs_runner import JobRunner

log = logging.getLogger(__name__)

T = TypeVar("T")


class ExtractorLike(Protocol):
    def extract_bytes(self, data: bytes, filename: str) -> ExtractionResult: ...


class ServiceState:
    """Shared, thread-safe service state (one per app)."""

    def __init__(self, settings: Settings, library: Library, keys: KeyStore, audit: AuditLog) -> None:
        self.settings = settings
        self.library = library
        self.keys = keys
        self.audit = audit
        self.timelines = TimelineStore(library.store.engine)
        self.uploads = UploadLog.from_engine(library.store.engine)  # documents read here: verified hashes
        # label corrections made here: the library's data folder (or DHR_CORRECTIONS_PATH), never the package
        self.corrections_path: Path = settings.corrections_file
        # in the database on PostgreSQL, so every API process counts against the same limits (issue 16)
        engine = library.store.engine
        self.limiter = make_buckets(
            engine, "key", settings.api_rate_per_s, settings.api_rate_burst, lease=True
        )
        # failed authentication: per client address, and all addresses together (checked before the key lookup)
        self.auth_failures = make_buckets(
            engine, "authfail", settings.api_auth_fail_per_s, settings.api_auth_fail_burst
        )
        self.auth_failures_all = make_buckets(
            engine, "authfail-all", settings.api_auth_fail_global_per_s, settings.api_auth_fail_global_burst
        )
        self.extractor: ExtractorLike | None = None
        self.ready = threading.Event()
        self.failure: str | None = None
        self.components: dict[str, bool] = {
            "library": True,
            "keys": True,
            "extractor": False,
            "encoder": False,
        }
        workers = settings.api_extract_workers
        self._slots = threading.BoundedSemaphore(workers)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="dhr-extract")
        self.write_lock = threading.Lock()
        self._blocking_slots = threading.BoundedSemaphore(settings.api_blocking_workers)
        # background jobs (service/jobs.py): set by the app's lifespan, None where jobs do not run
        self.jobs: JobQueue | None = None
        self.job_runner: JobRunner | None = None

    # --- start-up ---
    def load_models(self, extractor: ExtractorLike | None = None) -> None:
        """Warm the encoder and search index, then load the extractor (run in a background thread).

        Each part is reported in ``components``; a part that fails is named in ``failure`` (``/healthz`` 503) and
        the other parts still serve.
        """
        failures = []
        try:
            _documents_on_one_thread()
            self.library.warm_up()
            self.library.refresh()
            self.library.lexical()
            # the query path's own one-thread onnxruntime session, made now rather than in the first search
            self.library.warm_up_queries()
            self.components["encoder"] = True
        except Exception as exc:  # noqa: BLE001 - reported by /healthz, not raised in a thread
            log.exception("loading the encoder / search index failed")
            failures.append(f"search index: {type(exc).__name__}: {exc}")
        try:
            if extractor is None:
                from extraction.pipeline import Extractor

                extractor = Extractor.load(self.settings)
            self.extractor = extractor
            self.components["extractor"] = True
            _preload_classifier()
            # the timeline's date-attachment parser (spaCy, ~0.6 s) loads on the first report naming a death; a
            # server pays that here rather than in the first upload (the CLI keeps it lazy)
            from extraction.timeline_attach import warm_up

            warm_up()
        except Exception as exc:  # noqa: BLE001
            log.exception("loading the extractor failed")
            failures.append(f"extractor: {type(exc).__name__}: {exc}")
        # The models and indexes just loaded live as long as the process: keep them out of the cyclic garbage
        # collector, whose full passes over ~600k objects stalled every thread for ~0.3 s or more (seen as search
        # latency spikes while reviews were committed).
        gc.freeze()
        _short_gil_turns()
        if failures:
            self.failure = "; ".join(failures)
        else:
            self.ready.set()

    def make_searchable(self) -> None:
        """Sync the search indexes after a write, so the writer finds what it just committed (searches never
        wait for this: they serve the previous snapshot meanwhile). A failure here does not undo the write: the
        next search retries the sync."""
        try:
            self.library.refresh_filters()  # first: searches need them now, the index sync they do not wait for
            self.library.refresh()
        except Exception:  # noqa: BLE001 - the write is stored; only its searchability is delayed
            log.exception("syncing the search indexes after a write failed")

    def require_extractor(self) -> ExtractorLike:
        if self.extractor is None:
            if self.failure:
                raise ServiceUnavailableError(
                    f"the extractor failed to load: {self.failure}", retry_after_s=60
                )
            raise ServiceUnavailableError(
                "the service is starting: models are still loading", retry_after_s=5
            )
        return self.extractor

    # --- bounded extraction ---
    async def extract(self, data: bytes, filename: str) -> ExtractionResult:
        """Extract in a worker thread, at most ``api_extract_workers`` at once, within ``api_timeout_s``.

        A thread cannot be killed: an extraction past its limit is answered with a timeout error at once. OCR of
        a scanned upload then stops before its next page; other work keeps its slot until it finishes, so a
        flood of pathological documents makes the service busy (503), never hung.
        """
        extractor = self.require_extractor()
        if not self._slots.acquire(blocking=False):
            raise ServiceUnavailableError(
                f"all {self.settings.api_extract_workers} extraction workers are busy; retry shortly"
            )

        def work() -> ExtractionResult:
            from extraction.readers.ocr import ocr_deadline

            try:
                # OCR of a scanned upload checks this deadline page by page, so one past the limit frees its
                # slot within a page's time instead of reading on for minutes after its answer has gone.
                with ocr_deadline(self.settings.api_timeout_s):
                    return extractor.extract_bytes(data, filename)
            finally:
                self._slots.release()

        try:
            future = self._pool.submit(work)
        except RuntimeError:
            self._slots.release()
            raise ServiceUnavailableError("the service is shutting down") from None
        limit = self.settings.api_timeout_s
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout=limit)
        except TimeoutError:
            raise ProcessingTimeoutError(
                f"extracting {filename!r} took longer than the {limit:g} s limit; the document may be damaged "
                "or too complex, or scanned (OCR reads ~3 s a page: extract scanned reports with `dhr extract`)"
            ) from None

    # --- other blocking work of async routes ---
    async def run_bounded(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` on a worker thread, at most ``api_blocking_workers`` at once (503 beyond).

        For the seconds of parsing, storing and indexing an async route would otherwise do on the event loop,
        where it stops every other request (``/healthz``, searches) until it ends.
        """
        if not self._blocking_slots.acquire(blocking=False):
            raise ServiceUnavailableError(
                f"{self.settings.api_blocking_workers} imports or exports are running; retry shortly"
            )

        def work() -> T:
            try:
                return fn(*args)
            finally:
                self._blocking_slots.release()

        return await run_in_threadpool(work)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        try:
            self.library.close()
        except Exception:  # noqa: BLE001 - closing is best effort
            log.warning("closing the library failed", exc_info=True)


def _preload_classifier() -> None:
    """Load the recommendation classifier now (department routing on commit), not in the first commit."""
    try:
        from classification.classifier import load_classifier

        load_classifier()
    except Exception:  # noqa: BLE001 - routing then logs and skips; the service still serves
        log.warning("the recommendation classifier could not be loaded", exc_info=True)


#: Niceness of the serving process's document-embedding thread: below searches, never starved (10: ~1/10 of a
#: busy core's share).
DOCUMENTS_NICE = 10


def _documents_on_one_thread() -> None:
    """Embed documents on one onnxruntime thread in the serving process. A commit embeds its ~20 new texts in
    the request while searches run: on every core (2 here) it took both for ~170 ms (243 ms of CPU) and the
    searches queued behind it; on one thread it takes ~220 ms of one core and the other keeps serving."""
    from encoder.minilm import shared_encoder

    shared_encoder().threads = 1
    shared_encoder().documents_nice = DOCUMENTS_NICE


#: Seconds a thread may hold the GIL while others wait (Python's default is 5 ms).
GIL_SWITCH_INTERVAL_S = 0.0005


def _short_gil_turns() -> None:
    """Shorter GIL turns for the request threads. A search drops the GIL many times (each SQLite step, the
    FAISS search, waiting for its query vector) and must win it back each time; while other requests compute,
    each win-back waited up to the 5 ms default, so a search that needs ~6 ms of CPU took tens of ms."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)


def describe(obj: Any) -> str:
    return type(obj).__name__
