"""Vocabulary types shared by every schema module.

The ids come from the project's copy of the reference taxonomy (``dhr/data/taxonomy.json``);
`Literal` types keep the ids checked at every boundary (extraction output, API input, store rows).
"""

from __future__ import annotations

import calendar
import re
from typing import Annotated, Any, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from dhr.taxonomy import load_taxonomy, pick_lists

_TAXONOMY = load_taxonomy()

# The ids are the taxonomy's (``dhr/data/taxonomy.json``), in its order: built from it rather than spelled out
# again, so the schema, the API's OpenAPI enums and the classifier cannot disagree.
Level = Literal[tuple(_TAXONOMY.level_ids)]  # type: ignore[valid-type]  # local, regional, national
ThemeId = Literal[tuple(_TAXONOMY.theme_ids)]  # type: ignore[valid-type]
TimelineEventId = Literal[tuple(_TAXONOMY.timeline_event_ids)]  # type: ignore[valid-type]

#: How the person died, as the review records it. Since the Victims and Prisoners Act 2024, Domestic Homicide
#: Reviews are becoming Domestic Abuse Related Death Reviews (DARDRs), which also cover suicides and other deaths.
DeathType = Literal["homicide", "suicide", "other", "unknown"]
DEATH_TYPES: tuple[str, ...] = ("homicide", "suicide", "other", "unknown")

#: The review's statutory name: a Domestic Homicide Review or a Domestic Abuse Related Death Review.
ReviewKind = Literal["dhr", "dardr", "unknown"]

_LISTS = pick_lists()
ActionStatus = Literal[tuple(_LISTS["action_status"])]  # type: ignore[valid-type]
ImplementationLevel = Literal[tuple(_LISTS["implementation_level"])]  # type: ignore[valid-type]
Quality = Literal[tuple(_LISTS["quality"])]  # type: ignore[valid-type]

#: Agency ids are validated against the taxonomy at run time (see ``dhr.taxonomy``) rather than
#: spelled out here, so that adding an agency to the taxonomy does not need a schema change.
AgencyId = str

#: ISO date at the precision known: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.
IsoDate = str

DatePrecision = Literal["day", "month", "year"]


# ------------------------------------------------------------------------------------- inbound constrained types
# One set of types for every value that comes in from outside (API bodies, records JSONL, the CSV import, the
# CLI): text that the store can encode, bounded and not blank; agency ids the taxonomy knows; real calendar dates.
# Outbound models keep the plain types above, so a value already stored never fails to be read back.

#: Bounds of inbound values. A DHR has tens of recommendations of a few hundred words; these are far above that
#: and far below what stalls the service (issue 14: a 2 MB recommendation, 5,000 recommendations).
MAX_NAME_CHARS = 200
MAX_TITLE_CHARS = 1_000
MAX_NUMBER_CHARS = 64
MAX_TEXT_CHARS = 20_000
MAX_RECOMMENDATIONS = 1_000
MAX_ACTIONS = 200
MAX_LIST_ITEMS = 500
MAX_AGENCIES = 60
MIN_YEAR = 1990
MAX_YEAR = 2100

_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _unicode_scalars(value: Any) -> Any:
    """Only Unicode scalar values: a lone surrogate (JSON ``"\\ud800"``) cannot be encoded as UTF-8, so the
    store fails on it and every later read of the row fails too; NUL truncates text in C libraries.

    A before-validator, so that the message names the problem (pydantic's own string check, where a length
    is constrained, says only "unable to parse raw data as a unicode string")."""
    if not isinstance(value, str):
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(
            f"text is not valid Unicode: lone surrogate {ascii(value[exc.start])} at character {exc.start}"
        ) from None
    if "\x00" in value:
        raise ValueError(f"text contains a NUL character at character {value.index(chr(0))}")
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("text is blank")
    return value


def _blank_as_none(value: Any) -> Any:
    # Optional texts: an empty or all-space cell means "not given", not a blank value to store.
    return None if isinstance(value, str) and not value.strip() else value


def _known_agency(value: str) -> str:
    if value not in _TAXONOMY.agency_labels:
        raise ValueError(f"unknown agency id {value[:60]!r} (not in the taxonomy)")
    return value


def _calendar_date(value: str) -> str:
    m = _ISO_DATE.match(value)
    if m is None:
        raise ValueError(f"date {value[:40]!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = (int(g) if g else None for g in m.groups())
    assert year is not None
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"date {value!r} is outside the years {MIN_YEAR}-{MAX_YEAR}")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"date {value!r} has no month {month}")
    if month is not None and day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueError(f"date {value!r} is not a calendar date")
    return value


_T = TypeVar("_T")


def empty_list() -> list[Any]:
    """``default_factory`` for a list field. A Python function, not the builtin ``list``: pydantic inspects a
    factory's signature, and a builtin's is parsed from its text signature with the tokenizer (a regex compile
    and about 0.2 ms a field, ~10 ms of a CLI command's start-up over the models it loads)."""
    return []


def empty_dict() -> dict[str, Any]:
    """``default_factory`` for a dict field (see :func:`empty_list`)."""
    return {}


def _unique(items: list[_T]) -> list[_T]:
    return list(dict.fromkeys(items))


#: Any inbound text: valid Unicode scalar values (the one string type every other inbound text builds on).
UnicodeText = Annotated[str, BeforeValidator(_unicode_scalars)]


def _bounded_text(max_chars: int) -> Any:
    """Inbound text of 1-``max_chars`` characters: valid Unicode scalar values, not blank."""
    return Annotated[
        str,
        StringConstraints(min_length=1, max_length=max_chars),
        BeforeValidator(_unicode_scalars),
        AfterValidator(_not_blank),
    ]


#: A name, title, reference, author or label: 1-200 characters, not blank.
NameText = _bounded_text(MAX_NAME_CHARS)
#: A review title or file name: 1-1,000 characters, not blank.
TitleText = _bounded_text(MAX_TITLE_CHARS)
#: A recommendation number as printed ('7.2.1(a)').
NumberText = _bounded_text(MAX_NUMBER_CHARS)
#: A recommendation or action text, evidence, a reason: 1-20,000 characters, not blank.
LongText = _bounded_text(MAX_TEXT_CHARS)
#: Optional texts: blank means absent (None).
OptionalName = Annotated[NameText | None, BeforeValidator(_blank_as_none)]
OptionalTitle = Annotated[TitleText | None, BeforeValidator(_blank_as_none)]
OptionalNumber = Annotated[NumberText | None, BeforeValidator(_blank_as_none)]
OptionalLongText = Annotated[LongText | None, BeforeValidator(_blank_as_none)]
#: An agency id the taxonomy knows (``dhr/data/taxonomy.json``).
KnownAgencyId = Annotated[
    str,
    StringConstraints(min_length=1, max_length=100),
    BeforeValidator(_unicode_scalars),
    AfterValidator(_known_agency),
]
#: Known agency ids, at most 60, duplicates dropped (the length is checked before any item is validated).
AgencyList = Annotated[list[KnownAgencyId], Field(max_length=MAX_AGENCIES), AfterValidator(_unique)]
#: Theme ids, at most the eight there are, duplicates dropped.
ThemeList = Annotated[list[ThemeId], Field(max_length=8), AfterValidator(_unique)]
#: An ISO date at the precision known (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``) that is a real calendar date
#: in the years 1990-2100.
CalendarDate = Annotated[
    str,
    StringConstraints(min_length=4, max_length=10),
    BeforeValidator(_unicode_scalars),
    AfterValidator(_calendar_date),
]
OptionalDate = Annotated[CalendarDate | None, BeforeValidator(_blank_as_none)]
#: A 1-based page number or page count (0 for a document without pages).
PageCount = Annotated[int, Field(ge=0, le=1_000_000)]


class Strict(BaseModel):
    """Base for inbound models: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")
