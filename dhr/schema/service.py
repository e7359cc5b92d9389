"""Models of the HTTP service itself: API keys and roles, problem details, audit entries, import reports.

The domain models (drafts, reviews, recommendations, actions) live in ``dhr.schema.extraction`` and
``dhr.schema.library``; these are only the service's own envelopes.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

from dhr.schema.common import (
    MAX_ACTIONS,
    MAX_LIST_ITEMS,
    MAX_RECOMMENDATIONS,
    ActionStatus,
    AgencyId,
    AgencyList,
    CalendarDate,
    DeathType,
    ImplementationLevel,
    KnownAgencyId,
    LongText,
    NameText,
    OptionalDate,
    OptionalLongText,
    OptionalName,
    OptionalNumber,
    OptionalTitle,
    PageCount,
    Quality,
    Strict,
    ThemeList,
    TitleText,
    empty_dict,
    empty_list,
)
from dhr.schema.extraction import (
    Action,
    AgencyMention,
    ExtractionResult,
    Recommendation,
    ReviewInfo,
    SourceInfo,
    TimelineEvent,
)
from dhr.schema.library import ActionPublic, LibraryCounts, ReviewDetail, SearchHit

#: Who a key belongs to. ``csp`` is bound to one Community Safety Partnership, ``partner`` to one agency id.
Role = Literal["csp", "partner", "chair", "dac", "admin"]


class Problem(BaseModel):
    """RFC 9457 problem details: every error the service returns has this shape (``application/problem+json``)."""

    type: str = Field(default="about:blank", description="A URI naming the kind of problem.")
    title: str = Field(description="Short summary of the kind of problem, e.g. 'Not Found'.")
    status: int = Field(description="The HTTP status code.")
    detail: str = Field(description="What exactly went wrong, naming the bad value.")
    instance: str | None = Field(default=None, description="The request path.")
    errors: list[dict[str, Any]] | None = Field(
        default=None, description="Per-field errors, for request validation problems (the first 20)."
    )
    error_count: int | None = Field(
        default=None, description="How many per-field errors there were in all (only the first are listed)."
    )

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "type": "https://dhr.invalid/problems/not-found",
                    "title": "Not Found",
                    "status": 404,
                    "detail": "no review with id 'rv_42'",
                    "instance": "/v1/reviews/rv_42",
                }
            ]
        }
    }


class ApiKeyCreate(Strict):
    """A new API key's role and binding (csp keys name their CSP, partner keys their agency)."""

    role: Role
    csp: NameText | None = Field(default=None, description="Required for role 'csp'.")
    agency: KnownAgencyId | None = Field(
        default=None, description="Required for role 'partner': a taxonomy agency id."
    )
    label: NameText | None = Field(default=None, description="Who or what the key is for.")

    model_config = {
        "extra": "forbid",
        "json_schema_extra": {
            "examples": [
                {"role": "csp", "csp": "Exampleshire CSP", "label": "Exampleshire DHR coordinator"},
                {"role": "partner", "agency": "police", "label": "Exampleshire Police DHR lead"},
            ]
        },
    }

    @model_validator(mode="after")
    def _binding(self) -> ApiKeyCreate:
        if self.role == "csp" and not self.csp:
            raise ValueError("role 'csp' needs 'csp' (the Community Safety Partnership the key acts for)")
        if self.role == "partner" and not self.agency:
            raise ValueError("role 'partner' needs 'agency' (the taxonomy agency id the key acts for)")
        if self.role != "csp" and self.csp:
            raise ValueError(f"'csp' is only for role 'csp', not '{self.role}'")
        if self.role != "partner" and self.agency:
            raise ValueError(f"'agency' is only for role 'partner', not '{self.role}'")
        return self


class ApiKeyPublic(BaseModel):
    """A stored key as listed: never the secret, never the hash."""

    id: str
    role: Role
    csp: str | None = None
    agency: AgencyId | None = None
    label: str | None = None
    created_at: str
    revoked_at: str | None = None


class ApiKeyCreated(ApiKeyPublic):
    """A new key: ``key`` is the secret, shown this once only (the service keeps only its salted hash)."""

    key: str = Field(description="Send as 'Authorization: Bearer <key>'. Not retrievable later.")


class ApiKeyList(BaseModel):
    data: list[ApiKeyPublic]
    count: int


class AuditEntry(BaseModel):
    """One line of the append-only, hash-chained audit log."""

    seq: int = Field(description="1-based position in the log.")
    ts: str = Field(description="UTC time, ISO 8601.")
    actor: str = Field(description="Key id that made the change ('cli' for local commands).")
    role: str
    action: str = Field(description="What was done, e.g. 'review.create', 'action.update', 'key.revoke'.")
    target: str | None = Field(default=None, description="The record acted on, e.g. 'review:rv_1'.")
    details: dict[str, Any] = Field(default_factory=empty_dict)
    prev_hash: str
    hash: str


class HealthStatus(BaseModel):
    status: Literal["ok", "starting", "failed"]
    components: dict[str, bool] = Field(default_factory=empty_dict, description="Which parts are loaded.")
    detail: str | None = None


class ImportRowError(BaseModel):
    """One problem found in one row of an imported CSV."""

    row: int = Field(description="1-based data row number (the header is row 0).")
    column: str | None = None
    message: str


MAX_IMPORT_ERRORS = 100


class ImportReport(BaseModel):
    """Row-level validation report of a bulk CSV import."""

    rows: int = Field(description="Data rows read.")
    valid: int = Field(description="Rows without errors.")
    imported: int = Field(description="Rows written to the library.")
    committed: bool = Field(description="False when nothing was written (all-or-nothing import with errors).")
    errors: list[ImportRowError] = Field(
        default_factory=empty_list, description=f"The first {MAX_IMPORT_ERRORS} problems found."
    )
    error_count: int = Field(default=0, description="How many problems were found in all.")

    @model_validator(mode="after")
    def _cap_errors(self) -> ImportReport:
        # A 50,000-row file of bad rows must not give a report of megabytes: the first problems and a count.
        self.error_count = max(self.error_count, len(self.errors))
        if len(self.errors) > MAX_IMPORT_ERRORS:
            self.errors = self.errors[:MAX_IMPORT_ERRORS]
        return self


class ActionUpdateRequest(Strict):
    """A progress update on an action, as sent over HTTP: the author is the calling key, not a body field."""

    status: ActionStatus | None = None
    implementation_level: ImplementationLevel | None = None
    quality: Quality | None = None
    evidence: LongText | None = Field(default=None, description="A note, URL or file reference.")
    date: CalendarDate | None = Field(default=None, description="When the update applies; defaults to today.")
    author: NameText | None = Field(default=None, description="Name of the person; defaults to the key.")

    model_config = {
        "extra": "forbid",
        "json_schema_extra": {
            "examples": [
                {
                    "status": "completed",
                    "implementation_level": "fully",
                    "quality": "gold",
                    "evidence": "Training delivered to 240 staff; attendance audit March 2026.",
                }
            ]
        },
    }

    @model_validator(mode="after")
    def _something_to_update(self) -> ActionUpdateRequest:
        if (
            self.status is None
            and self.implementation_level is None
            and self.quality is None
            and not self.evidence
        ):
            raise ValueError(
                "an update needs at least one of status, implementation_level, quality, evidence"
            )
        return self


# ------------------------------------------------------------------- a draft sent back in, to be committed
# The extraction models as they come back from a client: the same fields, every text of the constrained types
# (valid Unicode, bounded, not blank), agencies from the taxonomy, real dates, bounded lists. Subclasses, so the
# ingest code takes them as the ExtractionResult they are; extraction's own output keeps the plain models.


class SourceIn(SourceInfo):
    filename: TitleText
    sha256: NameText
    pages: PageCount


class ReviewInfoIn(ReviewInfo):
    title: OptionalTitle = None
    csp: OptionalName = None
    reference: OptionalName = None
    subject: OptionalName = None
    chair: OptionalName = None
    author: OptionalName = None


class TimelineEventIn(TimelineEvent):
    date: CalendarDate
    text: LongText
    page: PageCount | None = None


class AgencyMentionIn(AgencyMention):
    text: TitleText
    agency: KnownAgencyId
    page: PageCount | None = None


class ActionIn(Action):
    text: LongText
    agencies: AgencyList = Field(default_factory=empty_list)
    target_date: OptionalDate = None
    page: PageCount | None = None
    lead_text: OptionalTitle = None
    target_date_text: OptionalTitle = None
    milestones: OptionalLongText = None
    outcome: OptionalLongText = None


class RecommendationIn(Recommendation):
    id: NameText
    number: OptionalNumber = None
    text: LongText
    heading: OptionalTitle = None
    agencies: AgencyList = Field(default_factory=empty_list)
    themes: ThemeList = Field(default_factory=empty_list)
    page: PageCount | None = None
    target_date: OptionalDate = None
    actions: list[ActionIn] = Field(default_factory=empty_list, max_length=MAX_ACTIONS)  # type: ignore[assignment]
    agency_mentions: list[AgencyMentionIn] = Field(  # type: ignore[assignment]
        default_factory=empty_list, max_length=MAX_LIST_ITEMS
    )


class DraftIn(ExtractionResult):
    """A draft as ``/v1/extract`` returns it, checked by a person and sent back to be committed."""

    source: SourceIn
    review: ReviewInfoIn = Field(default_factory=ReviewInfoIn)
    timeline: list[TimelineEventIn] = Field(default_factory=empty_list, max_length=MAX_LIST_ITEMS)  # type: ignore[assignment]
    recommendations: list[RecommendationIn] = Field(  # type: ignore[assignment]
        min_length=1, max_length=MAX_RECOMMENDATIONS, description="At least one recommendation."
    )
    warnings: list[LongText] = Field(default_factory=empty_list, max_length=MAX_LIST_ITEMS)


class ReviewCommit(Strict):
    """A draft a person has checked, to commit into the library: ``{"draft": <draft>, ...}``, or the draft itself
    exactly as ``POST /v1/extract`` returned it (then every other field takes its default)."""

    draft: DraftIn
    csp: OptionalName = Field(
        default=None,
        description="Commissioning CSP; defaults to the draft's (csp keys may only commit their own).",
    )
    region: OptionalName = None
    year: int | None = Field(default=None, ge=1990, le=2100, description="Defaults to the publication year.")
    death_type: DeathType | None = Field(
        default=None,
        description="How the person died, as checked by a person; defaults to the draft's reading.",
    )
    published: bool = Field(
        default=False, description="Unpublished drafts are visible only to their CSP and DAC."
    )

    @model_validator(mode="before")
    @classmethod
    def _bare_draft(cls, data: Any) -> Any:
        # The extract output as returned (no envelope): it has the draft's own top-level fields, never 'draft'.
        if isinstance(data, dict) and "draft" not in data and "source" in data:
            return {"draft": data}
        return data


class ReviewCommitted(ReviewDetail):
    """The committed review, and what the committer should know about how it was stored."""

    warnings: list[str] = Field(
        default_factory=empty_list,
        description="E.g. the draft names another CSP than the key's: the review is stored for the key's CSP.",
    )


class ReviewPatch(Strict):
    """Publish or unpublish a review."""

    published: bool


class ReviewDeleted(BaseModel):
    id: str
    recommendations_deleted: int


class ActionList(BaseModel):
    data: list[ActionPublic]
    count: int


class SearchResults(BaseModel):
    query: str
    data: list[SearchHit]
    count: int


class SimilarRequest(Strict):
    """A draft recommendation to check against the library."""

    draft: LongText = Field(max_length=5000, description="The draft recommendation text.")
    k: int = Field(default=5, ge=1, le=50)
    csp: NameText | None = Field(default=None, description="The drafting area (its own are left out).")

    model_config = {
        "extra": "forbid",
        "json_schema_extra": {
            "examples": [
                {
                    "draft": "The CSP should raise awareness of coercive control among GPs by March 2026.",
                    "k": 5,
                    "csp": "Exampleshire CSP",
                }
            ]
        },
    }


class StageTiming(BaseModel):
    """Average duration of one stage over the reviews that give both of its dates."""

    stage: str = Field(description="e.g. 'Death to first panel'.")
    start: str
    end: str
    reviews: int = Field(description="Reviews with both dates (at month precision or better).")
    mean_months: float | None = None


class Timeliness(BaseModel):
    stages: list[StageTiming]
    total: StageTiming = Field(description="Death to publication.")


class YearCount(BaseModel):
    year: int | None
    reviews: int
    recommendations: int


class Analytics(BaseModel):
    """Dashboard figures: counts by theme, agency, level, area and year; implementation status and quality;
    and the Dashboard 1 timeliness stages."""

    counts: LibraryCounts
    by_year: list[YearCount]
    timeliness: Timeliness
