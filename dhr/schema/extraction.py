"""The draft a report turns into: review, timeline, recommendations and their actions.

Extraction returns :class:`ExtractionResult`; the CLI prints it as JSON; the API uses it as ``response_model``;
the library stores it. Mentions keep the surface text, page and a confidence so that a person checking the
draft can see where each value came from.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from dhr.schema.common import (
    AgencyId,
    DatePrecision,
    DeathType,
    IsoDate,
    Level,
    ReviewKind,
    ThemeId,
    TimelineEventId,
    empty_list,
)

SectionKind = Literal["overview", "single_agency", "action_plan", "executive_summary", "other"]
AgencyRole = Literal["lead", "heading", "table_lead", "consulted", "mentioned"]


class AgencyMention(BaseModel):
    """A surface mention of an agency, normalised to a taxonomy id."""

    text: str = Field(description="The words as printed, e.g. 'Avon and Somerset Constabulary'.")
    agency: AgencyId = Field(description="Taxonomy agency id, e.g. 'police'.")
    role: AgencyRole = Field(
        default="mentioned",
        description="'lead'/'heading'/'table_lead' are addressees; 'consulted'/'mentioned' are not.",
    )
    page: int | None = Field(default=None, description="1-based page number.")
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class DateMention(BaseModel):
    """A date as printed and as parsed, at the precision the text gives."""

    text: str = Field(description="The words as printed, e.g. '29th January 2013' or 'December 2020'.")
    date: IsoDate = Field(description="ISO date at the precision known: YYYY-MM-DD, YYYY-MM or YYYY.")
    precision: DatePrecision
    page: int | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class TimelineEvent(BaseModel):
    """One stage of the review process (death, first panel, QA panel, publication...)."""

    event: TimelineEventId
    date: IsoDate
    text: str = Field(description="The sentence the date was found in.")
    page: int | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class Action(BaseModel):
    """One action taken or planned to implement a recommendation (a row or numbered item of the action plan)."""

    text: str
    agencies: list[AgencyId] = Field(default_factory=empty_list, description="Lead agency ids.")
    target_date: IsoDate | None = None
    page: int | None = None
    lead_text: str | None = Field(default=None, description="The Lead Agency cell as printed.")
    target_date_text: str | None = Field(default=None, description="The Target Date cell as printed.")
    milestones: str | None = None
    outcome: str | None = Field(default=None, description="'Date of completion and outcome' as printed.")
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class Recommendation(BaseModel):
    """A recommendation as written in the report, with its addressees, labels and actions."""

    id: str = Field(description="Stable id within the document: 'r1', 'r2', ... in reading order.")
    number: str | None = Field(
        default=None, description="As printed: '7.2.1(a)', '2a', '1'; null for bullets."
    )
    text: str = Field(description="The recommendation as written, whitespace normalised, without its number.")
    section: SectionKind = "overview"
    heading: str | None = Field(default=None, description="The agency or theme heading it sat under.")
    agencies: list[AgencyId] = Field(default_factory=empty_list)
    level: Level = "local"
    themes: list[ThemeId] = Field(default_factory=empty_list, description="1-3 theme ids, main theme first.")
    page: int | None = None
    target_date: IsoDate | None = Field(default=None, description="A date written inside the recommendation.")
    actions: list[Action] = Field(default_factory=empty_list)
    agency_mentions: list[AgencyMention] = Field(default_factory=empty_list)
    written_as_done: bool = Field(
        default=False,
        description="Written in the report as an action already taken ('Training has been provided to ...'): "
        "the draft action plan notes it as evidence; the implementation status is left to the officer.",
    )
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class ReviewInfo(BaseModel):
    """The oversight form's review fields that the report itself gives."""

    title: str | None = None
    csp: str | None = Field(default=None, description="Commissioning Community Safety Partnership.")
    reference: str | None = None
    subject: str | None = Field(default=None, description="Pseudonym of the person who died, e.g. 'Adult A'.")
    chair: str | None = None
    author: str | None = None
    document_type: Literal["overview_report", "executive_summary", "action_plan", "unknown"] = "unknown"
    review_kind: ReviewKind = Field(
        default="unknown",
        description="'dhr' (Domestic Homicide Review) or 'dardr' (Domestic Abuse Related Death Review, the name "
        "since the Victims and Prisoners Act 2024), as the report calls itself.",
    )
    death_type: DeathType = Field(
        default="unknown",
        description="How the person died as the report tells it: homicide, suicide, other (e.g. an overdose or "
        "an unexplained death) or unknown when the report does not say clearly.",
    )


class SourceInfo(BaseModel):
    filename: str
    sha256: str
    pages: int
    format: Literal["pdf", "docx", "html", "text"] = "pdf"


class ExtractionResult(BaseModel):
    """Everything extracted from one document: the draft action plan in the oversight form's shape."""

    source: SourceInfo
    review: ReviewInfo = Field(default_factory=ReviewInfo)
    timeline: list[TimelineEvent] = Field(default_factory=empty_list)
    recommendations: list[Recommendation] = Field(default_factory=empty_list)
    warnings: list[str] = Field(default_factory=empty_list, description="Things a person should check.")
