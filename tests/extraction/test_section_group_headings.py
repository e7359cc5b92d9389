"""Sentence-style group headings over recommendations: their kind follows whom they name (made-up text)."""

from __future__ import annotations

import pytest

from extraction.document import Line
from extraction.group_headings import group_addressee, group_heading_kind, heading_without_number
from extraction.recommendations import split_items
from extraction.sections import Section, section_kind_for


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Recommendations for health services", "single_agency"),
        ("Recommendations for Northshire Police", "single_agency"),
        ("Recommendations for national government", "single_agency"),
        ("Recommendations for other agencies", "single_agency"),
        ("What the police should do", "single_agency"),
        ("For the Eastby MARAC Steering Group:", "single_agency"),
        ("For Northshire Police and the National Probation Service", "single_agency"),
        ("For all agencies:", "overview"),
        ("For the Community Safety Partnership:", "overview"),
        ("Recommendations for the Partnership", "overview"),
        ("Recommendations for the review panel", "overview"),
        ("8.3 Recommendations for all partner agencies", "overview"),
    ],
)
def test_group_heading_kind_follows_whom_it_names(heading: str, kind: str) -> None:
    assert group_heading_kind(heading) == kind
    assert section_kind_for(heading, "overview") == kind
    assert section_kind_for(heading, "single_agency") == kind


@pytest.mark.parametrize(
    "heading",
    [
        "Recommendations for improvement",
        "For information",
        "Recommendations",
        "Northshire Police",
        "The panel recommends that all agencies review their training.",
    ],
)
def test_other_lines_say_nothing_of_the_kind(heading: str) -> None:
    assert group_heading_kind(heading) is None


def test_other_words_keep_their_reading() -> None:
    assert section_kind_for("Single agency recommendations for the Partnership") == "single_agency"
    assert section_kind_for("Multi-agency recommendations", "single_agency") == "overview"
    assert section_kind_for("Recommendations for improvement", "single_agency") == "single_agency"


def test_group_addressee() -> None:
    assert group_addressee("What the police should do") == "the police"
    assert group_addressee("For all agencies:") == "all agencies"
    assert group_addressee("8.2 Recommendations for NHS England") == "NHS England"
    assert group_addressee("x " * 40) is None


def _items(
    spec: list[tuple[str, int]], heading: str = "Recommendations"
) -> list[tuple[str | None, str, str | None]]:
    lines = [
        Line(text=text, page=1, block=block, size=11.0, bold=not text[:1].isdigit()) for text, block in spec
    ]
    section = Section(kind=section_kind_for(heading), heading=heading, lines=lines)
    return [(item.number, str(item.section), item.heading) for item in split_items(section, 11.0)]


def test_group_headings_inside_a_block_set_the_kind_of_the_items_under_them() -> None:
    items = _items(
        [
            ("For all agencies:", 0),
            ("1. Staff should be trained to ask about coercive control.", 1),
            ("For Eastby Police:", 2),
            ("2. Officers should record the names of children present.", 3),
            ("For the Community Safety Partnership:", 4),
            ("3. The partnership should publish a leaflet on stalking.", 5),
        ]
    )
    assert items == [
        ("1", "overview", "For all agencies"),
        ("2", "single_agency", "For Eastby Police"),
        ("3", "overview", "For the Community Safety Partnership"),
    ]


def test_a_numbered_group_heading_names_its_items_without_its_number() -> None:
    items = _items(
        [("1.1 The Home Office should issue guidance on stalking protection orders.", 0)],
        heading="8.1 Recommendations for national government",
    )
    assert items == [("1.1", "single_agency", "Recommendations for national government")]


def test_heading_without_number() -> None:
    assert heading_without_number("8.2 Recommendations for NHS England") == "Recommendations for NHS England"
    assert heading_without_number("For all agencies:") == "For all agencies"
    assert heading_without_number("2024 review") == "2024 review"


def test_a_numbered_wh_group_heading_over_its_items_is_single_agency() -> None:
    spec = [
        ("8.1 For all agencies", True),
        ("8.1.1 Staff should be trained to ask about coercive control.", False),
        ("8.2 What the police should do", True),
        ("8.2.1 Officers should record the names of children present.", False),
    ]
    lines = [Line(text=text, page=1, block=i, size=11.0, bold=bold) for i, (text, bold) in enumerate(spec)]
    items = split_items(Section(kind="overview", heading="Recommendations", lines=lines), 11.0)
    assert [(item.number, item.section, item.heading) for item in items] == [
        ("8.1.1", "overview", "For all agencies"),
        ("8.2.1", "single_agency", "What the police should do"),
    ]
