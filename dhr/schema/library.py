"""The learning library: stored reviews, recommendations, actions, implementation updates and search results.

``retrieval.store.LibraryStore`` returns these models; the API uses them as ``response_model``. Inbound models
(``LibraryRecord``, ``ImplementationUpdateCreate``, ``CorrectionCreate``, ``SearchFilters``) forbid unknown
fields so that a typo is an error, not a silently ignored value.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, TypeAdapter, model_validator
from pydantic import ValidationError as PydanticValidationError

from dhr.schema.common import (
    MAX_ACTIONS,
    MAX_AGENCIES,
    ActionStatus,
    AgencyId,
    AgencyList,
    CalendarDate,
    DeathType,
    ImplementationLevel,
    IsoDate,
    Level,
    LongText,
    NameText,
    OptionalDate,
    OptionalLongText,
    OptionalName,
    Quality,
    ReviewKind,
    Strict,
    ThemeId,
    ThemeList,
    empty_dict,
    empty_list,
)

# --------------------------------------------------------------------------------------------------- inbound


class LibraryRecordAction(Strict):
    """One action of a records-JSONL line."""

    text: LongText
    agencies: AgencyList = Field(default_factory=empty_list)
    status: ActionStatus | None = None
    implementation_level: ImplementationLevel | None = None
    quality: Quality | None = None
    evidence: OptionalLongText = None
    target_date: OptionalDate = None


class LibraryRecord(Strict):
    """One line of a records JSONL file: a recommendation with its area and, optionally, labels and actions.

    Labels (agencies, themes, level) left out are computed by the classifier at ingest when it is available.
    """

    id: str = Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:\-]*$")
    text: LongText
    csp: NameText = Field(description="Community Safety Partnership (the area).")
    review: OptionalName = Field(default=None, description="Review name or reference, e.g. 'DHR Adult A'.")
    region: OptionalName = None
    year: int | None = Field(default=None, ge=1990, le=2100)
    agencies: AgencyList | None = None
    themes: ThemeList | None = None
    level: Level | None = None
    actions: list[LibraryRecordAction] = Field(default_factory=empty_list, max_length=MAX_ACTIONS)
    published: bool = True


class ImplementationUpdateCreate(Strict):
    """A progress update on an action (status, level of implementation, quality, evidence), kept as history."""

    status: ActionStatus | None = None
    implementation_level: ImplementationLevel | None = None
    quality: Quality | None = None
    evidence: LongText | None = None
    date: CalendarDate | None = Field(default=None, description="When the update applies; defaults to today.")
    author: NameText

    @model_validator(mode="after")
    def _something_to_update(self) -> ImplementationUpdateCreate:
        if (
            self.status is None
            and self.implementation_level is None
            and self.quality is None
            and self.evidence is None
        ):
            raise ValueError(
                "an update needs at least one of status, implementation_level, quality, evidence"
            )
        return self


CorrectableField = Literal["text", "agencies", "themes", "level"]


_CORRECTION_VALUE: dict[str, TypeAdapter[Any]] = {
    "text": TypeAdapter(LongText),
    "agencies": TypeAdapter(Annotated[AgencyList, Field(min_length=1)]),
    "themes": TypeAdapter(Annotated[ThemeList, Field(min_length=1, max_length=3)]),
    "level": TypeAdapter(Level),
}


class CorrectionCreate(Strict):
    """A person's correction of a recommendation's text or labels; applied and kept with the old value."""

    field: CorrectableField
    value: LongText | Annotated[list[str], Field(max_length=MAX_AGENCIES)] = Field(
        description="The new text; agency ids (1-60) for 'agencies', theme ids (1-3) for 'themes', a level."
    )
    author: NameText
    reason: LongText | None = None

    @model_validator(mode="after")
    def _value_fits_field(self) -> CorrectionCreate:
        # The value's type depends on the field: checked with the same constrained types as everywhere else.
        try:
            self.value = _CORRECTION_VALUE[self.field].validate_python(self.value)
        except PydanticValidationError as exc:
            first = exc.errors()[0]
            where = "".join(f"[{p}]" for p in first["loc"])
            raise ValueError(f"'value' for field {self.field!r}{where}: {first['msg']}") from None
        return self


class SearchFilters(Strict):
    """Filters applied inside retrieval (a filter never empties results that exist)."""

    agency: AgencyId | None = None
    theme: ThemeId | None = None
    level: Level | None = None
    csp: OptionalName = None
    region: OptionalName = None
    year: int | None = None
    status: ActionStatus | None = Field(default=None, description="Some action of the recommendation has it.")
    published_only: bool = False

    def is_empty(self) -> bool:
        return (
            all(
                getattr(self, name) is None
                for name in ("agency", "theme", "level", "csp", "region", "year", "status")
            )
            and not self.published_only
        )


# -------------------------------------------------------------------------------------------------- outbound


class ImplementationUpdatePublic(BaseModel):
    id: int
    action_id: str
    status: ActionStatus | None = None
    implementation_level: ImplementationLevel | None = None
    quality: Quality | None = None
    evidence: str | None = None
    date: IsoDate | None = None
    author: str
    created_at: datetime


class ActionPublic(BaseModel):
    """An action with its current implementation state (the latest update wins)."""

    id: str
    recommendation_id: str
    position: int
    text: str
    agencies: list[AgencyId] = Field(default_factory=empty_list)
    target_date: IsoDate | None = None
    status: ActionStatus | None = None
    implementation_level: ImplementationLevel | None = None
    quality: Quality | None = None
    evidence: str | None = None
    updated_at: datetime | None = None


class ActionsPublic(BaseModel):
    data: list[ActionPublic]
    count: int


class RecommendationPublic(BaseModel):
    id: str
    review_id: str
    position: int
    number: str | None = None
    text: str
    agencies: list[AgencyId] = Field(default_factory=empty_list)
    themes: list[ThemeId] = Field(default_factory=empty_list)
    level: Level = "local"
    target_date: IsoDate | None = None
    csp: str | None = None
    region: str | None = None
    year: int | None = None
    review_title: str | None = None
    published: bool = False
    actions: list[ActionPublic] = Field(default_factory=empty_list)


class ReviewPublic(BaseModel):
    id: str
    title: str | None = None
    reference: str | None = None
    csp: str | None = None
    owner_csp: str | None = Field(default=None, description="The CSP that owns (and may edit) the review.")
    region: str | None = None
    year: int | None = None
    review_kind: ReviewKind = Field(
        default="unknown", description="'dhr' or 'dardr' (the report's own name)."
    )
    death_type: DeathType = Field(default="unknown", description="homicide, suicide, other or unknown.")
    published: bool = False
    source_filename: str | None = None
    source_sha256: str | None = None
    created_at: datetime
    recommendation_count: int = 0


class ReviewDetail(ReviewPublic):
    recommendations: list[RecommendationPublic] = Field(default_factory=empty_list)


class ReviewsPublic(BaseModel):
    data: list[ReviewPublic]
    count: int


class CorrectionPublic(BaseModel):
    id: int
    recommendation_id: str
    field: CorrectableField
    old_value: str | list[str] | None = None
    new_value: str | list[str]
    author: str
    reason: str | None = None
    created_at: datetime


class IngestReport(BaseModel):
    """What one ``add`` did: counts plus one line per file that was skipped."""

    reviews_added: int = 0
    reviews_unchanged: int = 0
    recommendations_added: int = 0
    recommendations_updated: int = 0
    recommendations_unchanged: int = 0
    errors: list[str] = Field(default_factory=empty_list, description="'<file>: <reason>' per skipped input.")
    warnings: list[str] = Field(default_factory=empty_list)


class LibraryCounts(BaseModel):
    """Analytics counts for dashboards."""

    reviews: int
    published_reviews: int
    recommendations: int
    actions: int
    actions_by_status: dict[str, int] = Field(default_factory=empty_dict)
    actions_by_quality: dict[str, int] = Field(default_factory=empty_dict)
    recommendations_by_theme: dict[str, int] = Field(default_factory=empty_dict)
    recommendations_by_agency: dict[str, int] = Field(default_factory=empty_dict)
    recommendations_by_level: dict[str, int] = Field(default_factory=empty_dict)
    recommendations_by_csp: dict[str, int] = Field(default_factory=empty_dict)


class SearchHit(BaseModel):
    """One search result: the recommendation, its area and review, and what was done about it."""

    id: str
    score: float = Field(description="Fused score used for ranking (higher is better).")
    text: str
    csp: str | None = None
    region: str | None = None
    year: int | None = None
    review_id: str
    review_title: str | None = None
    agencies: list[AgencyId] = Field(default_factory=empty_list)
    themes: list[ThemeId] = Field(default_factory=empty_list)
    level: Level = "local"
    actions: list[ActionPublic] = Field(default_factory=empty_list)
    dense_score: float | None = None
    lexical_score: float | None = None


class SmartCheck(BaseModel):
    """A SMART check of a draft recommendation (seed report 6.2: focused, SMART, specific agencies, not the CSP)."""

    specific_agency: bool = Field(description="Names at least one specific agency to implement it.")
    agencies: list[AgencyId] = Field(
        default_factory=empty_list, description="Agencies recognised in the draft."
    )
    measurable: bool = Field(description="Says how success is measured (audit, number, percentage, report).")
    time_bound: bool = Field(description="Gives a deadline or time frame.")
    addressed_to_csp: bool = Field(
        description="Addressed to the CSP, which the Commissioner advises against."
    )
    score: int = Field(ge=0, le=4, description="How many of the four checks pass.")
    advice: list[str] = Field(default_factory=empty_list)


class SimilarHit(SearchHit):
    implementation: str = Field(
        description="How it was implemented, in words, e.g. '2 completed (gold), 1 ...'."
    )


class SimilarResult(BaseModel):
    draft: str
    smart: SmartCheck
    similar: list[SimilarHit] = Field(default_factory=empty_list)


class ClusterMember(BaseModel):
    id: str
    csp: str | None = None
    text: str
    similarity: float = Field(description="Cosine similarity to the cluster's representative.")


class Cluster(BaseModel):
    """Near-identical recommendations repeated across areas: a candidate for national action."""

    id: int
    representative: str
    areas: list[str]
    size: int
    themes: list[ThemeId] = Field(default_factory=empty_list)
    agencies: list[AgencyId] = Field(default_factory=empty_list)
    members: list[ClusterMember]


class DuplicateActionMember(BaseModel):
    action_id: str
    recommendation_id: str
    csp: str | None = None
    text: str


class DuplicateActionGroup(BaseModel):
    """Near-identical actions for the same agency in several areas."""

    agency: AgencyId
    areas: list[str]
    actions: list[DuplicateActionMember]


class SystemicIssues(BaseModel):
    clusters: list[Cluster] = Field(default_factory=empty_list)
    duplicate_actions: list[DuplicateActionGroup] = Field(default_factory=empty_list)
