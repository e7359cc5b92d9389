"""Background jobs of the API (large extractions, bulk imports): what ``202 Accepted`` and ``GET /v1/jobs/{id}``
answer."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

JobKind = Literal["extract", "import"]
JobState = Literal["queued", "running", "done", "failed"]


class JobAccepted(BaseModel):
    """The answer of a request that became a job: poll ``url`` until ``status`` is ``done`` or ``failed``."""

    id: str
    kind: JobKind
    status: JobState
    url: str = Field(description="Where to poll the job: GET it with the same key.")


class JobStatus(BaseModel):
    id: str
    kind: JobKind
    status: JobState
    created_at: str
    started_at: str | None = None
    finished_at: str | None = None
    attempts: int = Field(description="Runs started; more than one after the process running it stopped.")
    result: dict[str, Any] | None = Field(
        default=None,
        description="When done: the draft (extract; as POST /v1/extract answers) or the import report.",
    )
    error: str | None = Field(default=None, description="When failed: why, in words.")
    url: str
