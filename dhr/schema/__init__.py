"""The one domain schema shared by every stage and the API.

Split by area into submodules so that each stage's models sit together, and re-exported here so that callers
write ``from dhr.schema import Recommendation``.
"""

from dhr.schema.common import (
    ActionStatus,
    AgencyId,
    DatePrecision,
    ImplementationLevel,
    IsoDate,
    Level,
    Quality,
    Strict,
    ThemeId,
    TimelineEventId,
)
from dhr.schema.extraction import (
    Action,
    AgencyMention,
    DateMention,
    ExtractionResult,
    Recommendation,
    ReviewInfo,
    SourceInfo,
    TimelineEvent,
)

__all__ = [
    "Action",
    "ActionStatus",
    "AgencyId",
    "AgencyMention",
    "DateMention",
    "DatePrecision",
    "ExtractionResult",
    "ImplementationLevel",
    "IsoDate",
    "Level",
    "Quality",
    "Recommendation",
    "ReviewInfo",
    "SourceInfo",
    "Strict",
    "ThemeId",
    "TimelineEvent",
    "TimelineEventId",
]
