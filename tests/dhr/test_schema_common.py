"""The constrained types every inbound value goes through (issue 14 findings 1-3)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from dhr.schema.common import (
    AgencyList,
    CalendarDate,
    LongText,
    NameText,
    OptionalDate,
    OptionalName,
    UnicodeText,
)


def _error(kind: Any, value: Any) -> str:
    with pytest.raises(ValidationError) as info:
        TypeAdapter(kind).validate_python(value)
    return str(info.value.errors()[0]["msg"])


@pytest.mark.parametrize("kind", [UnicodeText, NameText, LongText, OptionalName, CalendarDate])
@pytest.mark.parametrize("value", ["\ud800", "a\udfffb", "2024-\udc00"])
def test_lone_surrogates_are_refused_with_a_clear_message(kind: Any, value: str) -> None:
    assert "lone surrogate" in _error(kind, value)


def test_valid_unicode_is_kept() -> None:
    text = "Café – “quotes” 😀 ěščř"
    assert TypeAdapter(LongText).validate_python(text) == text


@pytest.mark.parametrize("value", ["", "   ", "\n\t", "a\x00b"])
def test_blank_or_nul_texts_are_refused(value: str) -> None:
    _error(NameText, value)
    _error(LongText, value)


def test_blank_optional_texts_are_absent() -> None:
    assert TypeAdapter(OptionalName).validate_python("  ") is None
    assert TypeAdapter(OptionalDate).validate_python("") is None


def test_texts_are_bounded() -> None:
    assert "at most 200" in _error(NameText, "x" * 201)
    assert "at most 20000" in _error(LongText, "x" * 20_001)


@pytest.mark.parametrize("value", ["2024", "2024-02", "2024-02-29", "1990-01-01", "2100-12-31"])
def test_real_dates_at_any_precision(value: str) -> None:
    assert TypeAdapter(CalendarDate).validate_python(value) == value


@pytest.mark.parametrize(
    "value",
    ["banana", "2024-13-45", "2024-02-30", "2023-02-29", "0001-01-01", "2101", "2024-1-5", "24-01-05"],
)
def test_impossible_dates_are_refused(value: str) -> None:
    _error(CalendarDate, value)


def test_agency_lists_take_taxonomy_ids_once_and_are_bounded() -> None:
    assert TypeAdapter(AgencyList).validate_python(["police", "gp", "police"]) == ["police", "gp"]
    assert "unknown agency id" in _error(AgencyList, ["police", "wizards"])
    started = time.monotonic()
    assert "at most 60" in _error(AgencyList, ["police"] * 1_000_000)
    assert time.monotonic() - started < 1  # the length is checked before a million items are validated
