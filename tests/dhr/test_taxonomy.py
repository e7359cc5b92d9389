from __future__ import annotations

import json

import pytest

from dhr.errors import ValidationError
from dhr.taxonomy import TAXONOMY_PATH, load_taxonomy


def test_ids_match_reference_file():
    data = json.loads(TAXONOMY_PATH.read_text())
    tax = load_taxonomy()
    assert tax.agency_ids == [a for a, _ in data["agencies"]["items"]]
    assert tax.theme_ids == [t for t, _ in data["themes"]["items"]]
    assert tax.level_ids == ["local", "regional", "national"]
    assert "death" in tax.timeline_event_ids
    assert len(tax.version) == 12


def test_mappings_cover_every_id():
    tax = load_taxonomy()
    for a in tax.agency_ids:
        assert tax.sector_of(a) in tax.sector_labels
    for t in tax.theme_ids:
        assert tax.improvement_area_of(t) in tax.improvement_areas
    assert tax.sector_of("police") == "police"
    assert tax.department_of("dhsc") == "dhsc"
    assert tax.department_of("gp") is None


def test_unknown_ids_name_the_value():
    with pytest.raises(ValidationError, match="'cops'"):
        load_taxonomy().sector_of("cops")


def test_schema_vocabularies_are_the_taxonomy_lists():
    from typing import get_args

    from dhr.schema.classification import DepartmentId
    from dhr.schema.common import ActionStatus, ImplementationLevel, Level, Quality, ThemeId, TimelineEventId
    from dhr.taxonomy import pick_lists

    lists = pick_lists()
    assert get_args(Level) == tuple(lists["levels"]) == ("local", "regional", "national")
    assert get_args(ThemeId) == tuple(lists["themes"])
    assert get_args(TimelineEventId) == tuple(lists["timeline_events"])
    assert get_args(ActionStatus) == tuple(lists["action_status"])
    assert get_args(ImplementationLevel) == tuple(lists["implementation_level"])
    assert get_args(Quality) == tuple(lists["quality"])
    assert get_args(DepartmentId) == tuple(load_taxonomy().department_ids)
