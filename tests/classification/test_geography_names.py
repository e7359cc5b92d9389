"""ICBs and health boards by their own names (``icbs.csv``) and the places of joint bodies' names
(``joint_areas.csv``): read as their areas, never counted as the place a report is about."""

from __future__ import annotations

import pytest

from classification.geography import geography


@pytest.mark.parametrize(
    ("name", "icb"),
    [
        ("NHS North East and North Cumbria Integrated Care Board", "nenc"),
        ("North East London ICB", "ne_london"),
        ("the NHS South West London ICB", "sw_london"),
        ("Hywel Dda University Health Board", "hywel_dda"),
        ("NHS Kent and Medway", "kent_medway"),
        ("Sunderland CCG", None),
        ("The ", None),
    ],
)
def test_icb_named(name: str, icb: str | None) -> None:
    assert geography().icb_named(name) == icb


def test_every_icb_id_in_the_table_has_a_name() -> None:
    geo = geography()
    ids = {a.icb for a in geo.areas.values() if a.icb}
    assert ids <= set(geo._icb_names.values())


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The City and Hackney Safeguarding Adults Board", ["City of London", "Hackney"]),
        ("Cardiff and Vale Regional Safeguarding Board", ["Cardiff", "Vale of Glamorgan"]),
        # the joint name gives way to its first place where a longer place runs on past it
        ("Cardiff and Vale of Glamorgan", ["Cardiff", "Vale of Glamorgan"]),
        ("Safer Vale Royal", ["Vale Royal"]),
    ],
)
def test_joint_names_read_as_their_areas(text: str, places: list[str]) -> None:
    assert geography().place_names(text) == places


def test_joint_names_are_never_the_place_a_report_names() -> None:
    counts = geography().place_counts("the City and Hackney board met in Hackney")
    assert counts == {"Hackney": 1}
