"""Headings and lead-ins naming three or more bodies in full head the items under them (the previous heading
does not carry on), a long ordinary sentence is still no heading, and a wrapped line starting with a date's day
goes on with its item. Sentences written for these tests."""

from __future__ import annotations

from extraction.document import Line
from extraction.recommendations import split_items
from extraction.sections import Section


def _items(spec: list[tuple[str, int]]) -> list[tuple[str | None, str | None, str]]:
    lines = [Line(text=text, page=1, block=block) for text, block in spec]
    section = Section(kind="overview", heading="Recommendations", lines=lines)
    return [(item.number, item.heading, item.text) for item in split_items(section, 11.0)]


def test_a_heading_naming_three_bodies_in_full_heads_its_items() -> None:
    items = _items(
        [
            ("Westmoor Police", 0),
            ("1. Officers should record the names of children present.", 1),
            (
                "Westmoor and Eastdale NHS Foundation Trust, Westmoor Constabulary and Westmoor County Council "
                "Children's Services",
                2,
            ),
            ("2. That the three bodies agree a shared referral form.", 3),
        ]
    )
    assert items[0][1] == "Westmoor Police"
    assert (items[1][1] or "").startswith("Westmoor and Eastdale NHS Foundation Trust")


def test_a_lead_in_naming_three_bodies_in_full_heads_its_items() -> None:
    items = _items(
        [
            ("Westmoor Police", 0),
            ("1. Officers should record the names of children present.", 1),
            (
                "The panel recommends that Westmoor and Eastdale NHS Foundation Trust, Westmoor Constabulary "
                "and Westmoor County Council:",
                2,
            ),
            ("2. Agree a shared referral form for victims of domestic abuse.", 3),
        ]
    )
    assert items[0][1] == "Westmoor Police"
    assert "Westmoor Constabulary" in (items[1][1] or "") and items[1][1] != "Westmoor Police"


def test_a_long_sentence_naming_bodies_is_no_heading() -> None:
    items = _items(
        [
            ("Westmoor Police", 0),
            ("1. Officers should record the names of children present.", 1),
            (
                "The review heard from Westmoor Constabulary, Westmoor County Council and the GP practice about "
                "how often the family had been seen over those years",
                2,
            ),
            ("2. Officers to check the address history before each visit.", 3),
        ]
    )
    assert items[1][1] == "Westmoor Police"


def test_a_wrapped_line_starting_with_a_day_goes_on_with_its_item() -> None:
    items = _items(
        [
            ("6.1 Westmoor Police should review the calls received between", -1),
            ("2 November and 7 November and amend the call handling guidance.", -1),
            ("6.2 Westmoor Police should train call handlers in coercive control.", -1),
        ]
    )
    assert [n for n, _, _ in items] == ["6.1", "6.2"]
    assert "2 November and 7 November" in items[0][2]


def test_recommendations_for_three_bodies_in_full_head_their_items() -> None:
    items = _items(
        [
            ("Westmoor Police", 0),
            ("1. Officers should record the names of children present.", 1),
            (
                "The following recommendations are for Westmoor and Eastdale NHS Foundation Trust, Westmoor "
                "Constabulary and Westmoor County Council Children's Services:",
                2,
            ),
            ("2. Agree a shared referral form for victims of domestic abuse.", 3),
        ]
    )
    assert "Westmoor Constabulary" in (items[1][1] or "") and items[1][1] != "Westmoor Police"
