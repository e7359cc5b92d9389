"""An agency heading inside a recommendations section is a paragraph of its own (recommendation_marks.
alone_in_block): a PDF paragraph whose first line names agencies but whose second line ends the sentence is a
wrapped sentence, not a heading; a long agency name wrapped onto a second line still heads the items under it.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from extraction.agency_context import addressee_parts
from extraction.document import Line
from extraction.recommendations import split_items
from extraction.sections import Section


def _items(spec: list[tuple[str, int]]) -> list[tuple[str | None, str | None]]:
    lines = [Line(text=text, page=1, block=block) for text, block in spec]
    section = Section(kind="overview", heading="Recommendations", lines=lines)
    return [(item.number, item.heading) for item in split_items(section, 11.0)]


def test_a_wrapped_sentence_naming_agencies_heads_nothing() -> None:
    items = _items(
        [
            ("1. Staff should be trained in coercive control.", 0),
            ("Eastby Police and the Eastby Probation Service have agreed", 1),
            ("the two actions under this heading.", 1),
            ("2. Officers to record the names of children present.", 2),
        ]
    )
    assert items == [("1", None), ("2", None)]


def test_a_wrapped_agency_name_still_heads_the_items_under_it() -> None:
    items = _items(
        [
            ("1. Staff should be trained in coercive control.", 0),
            ("Northshire Community Healthcare and Mental Health", 1),
            ("NHS Foundation Trust", 1),
            ("2. That records are kept of the names of children present.", 2),
        ]
    )
    assert items[1][0] == "2" and (items[1][1] or "").startswith("Northshire Community Healthcare")


@pytest.mark.parametrize(
    ("context", "kept"),
    [
        # the paragraph after the last Lead line, taken into the recommendation, is no part of the name
        (
            "Eastby Police These actions were agreed by the panel and accepted by the partnership",
            "Eastby Police",
        ),
        ("Eastby Police | It was agreed at the final meeting of the partnership", "Eastby Police"),
        # a name, or a heading with its own words, is kept whole
        ("Eastby Police and the Eastby Probation Service", "Eastby Police and the Eastby Probation Service"),
        ("The Partnership and its partners", "The Partnership and its partners"),
    ],
)
def test_a_sentence_run_on_after_a_lead_names_no_addressee(context: str, kept: str) -> None:
    assert addressee_parts(context) == kept
