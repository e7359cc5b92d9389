"""Write models and small records of the library store (what callers hand to and get from it)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from dhr.errors import DHRError
from dhr.schema.common import ActionStatus, DeathType, ImplementationLevel, Level, Quality, ReviewKind


class StoreError(DHRError):
    """The library database cannot be opened or written."""


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------------------------------- write models


class ActionWrite(BaseModel):
    text: str
    agencies: list[str] = Field(default_factory=list)
    target_date: str | None = None
    status: ActionStatus | None = None
    implementation_level: ImplementationLevel | None = None
    quality: Quality | None = None
    evidence: str | None = None


class RecommendationWrite(BaseModel):
    id: str
    text: str
    number: str | None = None
    agencies: list[str] = Field(default_factory=list)
    themes: list[str] = Field(default_factory=list)
    level: Level = "local"
    target_date: str | None = None
    actions: list[ActionWrite] = Field(default_factory=list)
    content_sha: str = Field(
        description="Hash of the input the recommendation came from (idempotent ingest)."
    )


class ReviewWrite(BaseModel):
    id: str
    title: str | None = None
    reference: str | None = None
    csp: str | None = None
    owner_csp: str | None = None
    region: str | None = None
    year: int | None = None
    review_kind: ReviewKind | None = None
    death_type: DeathType | None = None
    published: bool = False
    source_filename: str | None = None
    source_sha256: str | None = None
    recommendations: list[RecommendationWrite] = Field(default_factory=list)


@dataclass
class WriteOutcome:
    review_added: bool = False
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class IndexRow:
    """What the search index needs of one recommendation."""

    vec_id: int
    id: str
    text: str
    text_sha: str


@dataclass
class FilterSpec:
    vec_ids: set[int] | None = None
    notes: list[str] = field(default_factory=list)
