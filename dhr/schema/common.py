"""Vocabulary types shared by every schema module.

The ids come from the project's copy of the reference taxonomy (``classification/taxonomy.json``);
`Literal` types keep the ids checked at every boundary (extraction output, API input, store rows).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Level = Literal["local", "regional", "national"]

ThemeId = Literal[
    "identification_of_risk",
    "training",
    "policy",
    "multi_agency_working",
    "record_keeping",
    "awareness_raising",
    "technology_systems",
    "other",
]

TimelineEventId = Literal[
    "death",
    "notification",
    "decision_to_review",
    "home_office_notified",
    "first_panel",
    "sent_to_qap",
    "qap_first_heard",
    "qap_signed_off",
    "report_completed",
    "publication",
]

#: How the person died, as the review records it. Since the Victims and Prisoners Act 2024, Domestic Homicide
#: Reviews are becoming Domestic Abuse Related Death Reviews (DARDRs), which also cover suicides and other deaths.
DeathType = Literal["homicide", "suicide", "other", "unknown"]
DEATH_TYPES: tuple[str, ...] = ("homicide", "suicide", "other", "unknown")

#: The review's statutory name: a Domestic Homicide Review or a Domestic Abuse Related Death Review.
ReviewKind = Literal["dhr", "dardr", "unknown"]

ActionStatus = Literal["not_started", "in_progress", "completed", "abandoned", "incomplete", "other"]
ImplementationLevel = Literal["fully", "partly", "somewhat", "not_yet"]
Quality = Literal["gold", "silver", "bronze", "not_met_yet", "not_met"]

#: Agency ids are validated against the taxonomy at run time (see ``classification.taxonomy``) rather than
#: spelled out here, so that adding an agency to the taxonomy does not need a schema change.
AgencyId = str

#: ISO date at the precision known: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.
IsoDate = str

DatePrecision = Literal["day", "month", "year"]


class Strict(BaseModel):
    """Base for inbound models: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")
