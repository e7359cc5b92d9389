"""Classification of recommendations: agencies, level, themes and national department routing.

`ClassifyInput` is what callers send (one recommendation with the heading it sat under); `Classification` is
what :meth:`classification.classifier.RecommendationClassifier.predict` returns for it.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from dhr.schema.common import (
    AgencyId,
    Level,
    LongText,
    NameText,
    OptionalName,
    OptionalTitle,
    Strict,
    ThemeId,
    UnicodeText,
    empty_dict,
    empty_list,
)
from dhr.taxonomy import load_taxonomy

#: Government departments and national bodies a national recommendation can be routed to.
#: Department ids of national routing (``dhr/data/taxonomy_mappings.json``, ``department_labels``).
DepartmentId = Literal[tuple(load_taxonomy().department_ids)]  # type: ignore[valid-type]

AddresseeRole = Literal["lead", "consulted", "mentioned"]

#: Entries of a glossary a caller may pass (a report's glossary is rarely over 150).
MAX_GLOSSARY_ENTRIES = 500
#: A glossary's key: initials or a short name as the report writes it ('PCFT', 'B&NES', 'the Board').
GlossaryKey = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40, pattern=r"^[^\r\n]+$")
]
#: Initials and short names a report defines -> the names they stand for.
Glossary = Annotated[dict[GlossaryKey, NameText], Field(max_length=MAX_GLOSSARY_ENTRIES)]


class ClassifyInput(Strict):
    """One recommendation to classify."""

    id: NameText = Field(description="Caller's id, echoed back.")
    text: LongText = Field(description="The recommendation as written.")
    context: OptionalTitle = Field(
        default=None,
        description="The heading it sat under: an agency heading, the Lead Agency cell or a tag like '10 (CCG)'.",
    )
    csp: OptionalName = Field(
        default=None,
        description="The commissioning Community Safety Partnership ('Safer Stockport Partnership', 'Harlow'): "
        "decides whether a force- or county-wide addressee is local or regional.",
    )


class Classification(BaseModel):
    """Labels for one recommendation, in the oversight form's vocabularies."""

    id: str
    agencies: list[AgencyId] = Field(
        default_factory=empty_list, description="Addressee agency ids (taxonomy)."
    )
    level: Level = "local"
    themes: list[ThemeId] = Field(default_factory=empty_list, description="1-3 theme ids, main theme first.")
    department: DepartmentId | None = Field(
        default=None, description="For national recommendations: the department it should go to."
    )
    department_flag: str | None = Field(
        default=None,
        description="Set when the department named in the text differs from the predicted one.",
    )
    scores: dict[str, float] = Field(
        default_factory=empty_dict,
        description="Confidences: 'level', 'theme:<id>', 'department', 'agencies'.",
    )
    level_confidence: float | None = Field(
        default=None, ge=0.0, le=1.0, description="Confidence in the level (as scores['level'])."
    )
    level_basis: str | None = Field(
        default=None,
        description="What decided the level: 'csp geography: ...', 'national body asked: ...', or "
        "'no CSP known: guessed from text' when the commissioning CSP was not given.",
    )


class ClassifyRequest(Strict):
    """``POST /v1/classify``: recommendations to label, with the commissioning CSP of those that give none."""

    items: list[ClassifyInput] = Field(min_length=1, max_length=1000)
    csp: OptionalName = Field(
        default=None,
        description="The commissioning CSP of every item without its own (a CSP key's own CSP when omitted).",
    )
    glossary: Glossary | None = Field(
        default=None,
        description="The report's glossary, initials or short name -> name ({'PCFT': 'Pennine Care NHS "
        "Foundation Trust', 'the Board': 'Safer Rochdale Partnership Board'}), at most 500 entries: spelt out in "
        "every item's text and context before labelling, so that initials used alone name their agency.",
    )


class ClassifyResponse(BaseModel):
    """The labels, in the order of the request's items."""

    data: list[Classification]
    count: int


class AnnotatedRecommendation(Strict):
    """One labelled recommendation (a line of ``annotations/classification/*.jsonl``)."""

    id: UnicodeText = Field(min_length=1)
    text: UnicodeText = Field(min_length=1)
    context: UnicodeText | None = None
    agencies: list[AgencyId] = Field(min_length=1)
    level: Level
    themes: list[ThemeId] = Field(min_length=1, max_length=3, description="Main theme first.")
    department: DepartmentId | None = Field(default=None, description="Gold routing for national ones.")
    source: str | None = Field(default=None, description="handwritten, template-..., correction.")


class Correction(AnnotatedRecommendation):
    """A human correction recorded by ``dhr annotate``; the next training run uses it."""

    annotator: str = Field(min_length=1)
    timestamp: str = Field(description="ISO 8601, UTC.")
    note: str | None = None
