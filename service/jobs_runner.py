"""Runs background jobs (service/jobs.py) in a bounded pool of threads of this process.

``api_job_workers`` threads claim queued jobs from the database (any process's: every API process runs a
runner), run them and record the result; one more thread beats the heartbeat of the jobs running here and, every
few seconds, re-queues the jobs of workers that stopped. A submit in this process wakes a worker at once; jobs
submitted by other processes are found by polling (every ``POLL_S``).

The work itself is the same code the synchronous routes run (extraction under the OCR deadline, the CSV import
with its audit entries), so a job's result is what the route would have answered.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from dhr.errors import DHRError
from service.jobs import Job, JobQueue, process_alive, worker_name

if TYPE_CHECKING:
    from service.state import ServiceState

log = logging.getLogger(__name__)

POLL_S = 2.0

Handler = Callable[["ServiceState", Job], Any]


def run_extract(state: ServiceState, job: Job) -> dict[str, Any]:
    from extraction.readers.ocr import ocr_deadline
    from service.uploads import record_upload as _record_upload

    extractor = state.require_extractor()
    assert job.payload is not None
    with ocr_deadline(state.settings.api_job_timeout_s):
        result = extractor.extract_bytes(job.payload, job.params["filename"])
    # the server's own hash of what it read, as the synchronous route records it (commits verify by it)
    result.source.sha256 = _record_upload(state, job.payload, job.principal)
    return result.model_dump(mode="json")


def run_import(state: ServiceState, job: Job) -> dict[str, Any]:
    from service.import_plans import import_plans as _import

    assert job.payload is not None
    report = _import(
        state, job.principal, job.payload, bool(job.params.get("partial")), bool(job.params.get("published"))
    )
    return report.model_dump(mode="json")


HANDLERS: dict[str, Handler] = {"extract": run_extract, "import": run_import}


class JobRunner:
    """This process's job workers (threads) and their heartbeat."""

    def __init__(self, state: ServiceState, queue: JobQueue, poll_s: float = POLL_S) -> None:
        self.state = state
        self.queue = queue
        self.poll_s = poll_s
        self.worker = worker_name()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._running: set[str] = set()
        self._running_lock = threading.Lock()
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        self.recover()  # at start-up: jobs left running by a process that has gone are queued again at once
        n = self.state.settings.api_job_workers
        self._threads = [
            threading.Thread(target=self._work, name=f"dhr-job-{i}", daemon=True) for i in range(n)
        ]
        self._threads.append(threading.Thread(target=self._beat, name="dhr-job-heartbeat", daemon=True))
        for thread in self._threads:
            thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop claiming; a job still running is left as it is and re-queued by the next process."""
        self._stop.set()
        self._wake.set()
        for thread in self._threads:
            thread.join(timeout)

    def wake(self) -> None:
        self._wake.set()

    def recover(self) -> tuple[int, int]:
        s = self.state.settings
        try:
            return self.queue.recover(
                s.api_job_stale_s,
                s.api_job_max_attempts,
                alive=lambda w: w == self.worker or process_alive(w),
            )
        except Exception:  # noqa: BLE001 - retried on the next beat
            log.exception("recovering stopped jobs failed")
            return 0, 0

    # --- threads ---
    def _ready(self) -> bool:
        """Jobs wait for the models: an extraction claimed before the extractor loaded would fail for nothing."""
        return self.state.ready.is_set() or self.state.failure is not None

    def _work(self) -> None:
        while not self._stop.is_set():
            if not self._ready():
                self._stop.wait(0.2)
                continue
            try:
                job = self.queue.claim(self.worker, tuple(HANDLERS))
            except Exception:  # noqa: BLE001 - the database may be briefly locked or away: try again later
                log.exception("claiming a job failed")
                job = None
            if job is None:
                self._wake.wait(self.poll_s)
                self._wake.clear()
                continue
            self._run(job)

    def _run(self, job: Job) -> None:
        with self._running_lock:
            self._running.add(job.id)
        result: Any = None
        error: str | None = None
        try:
            result = HANDLERS[job.kind](self.state, job)
        except DHRError as exc:  # the input's fault or a known condition: its message is the answer
            error = f"{type(exc).__name__}: {exc}"
        except Exception as exc:  # noqa: BLE001 - recorded on the job, never lost in a thread
            log.exception("job %s (%s) failed", job.id, job.kind)
            error = f"internal error ({type(exc).__name__}); the service log has the details"
        finally:
            with self._running_lock:
                self._running.discard(job.id)
        try:
            if not self.queue.finish(job.id, self.worker, result=result, error=error):
                log.warning("job %s was re-queued while it ran here; its outcome here is dropped", job.id)
        except Exception:  # noqa: BLE001 - left running: re-queued when its heartbeat goes stale
            log.exception("recording the outcome of job %s failed", job.id)

    def _beat(self) -> None:
        interval = max(0.05, min(5.0, self.state.settings.api_job_stale_s / 4))
        while not self._stop.wait(interval):
            with self._running_lock:
                running = list(self._running)
            try:
                self.queue.heartbeat(self.worker, running)
            except Exception:  # noqa: BLE001
                log.exception("job heartbeat failed")
            requeued, _ = self.recover()
            if requeued:
                self.wake()
