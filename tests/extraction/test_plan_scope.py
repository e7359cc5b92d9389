"""The level a plan's "Scope of recommendation (i.e. local or regional)" cell prints widens the level read from the
text, never narrows it (``extraction/plan_scope.py``)."""

from __future__ import annotations

import pytest

from extraction.pipeline import Extractor
from extraction.plan_scope import printed_level, widest_level
from tests.extraction.builders import make_document

HEADER = ["Recommendation", "Scope of recommendation (i.e. local or regional)", "Action to take", "Lead Agency",
          "Target Date"]  # fmt: skip


@pytest.mark.parametrize(
    ("cell", "level"),
    [("Local", "local"), ("Regional", "regional"), ("Local and regional", "regional"), ("Sub-regional", "regional"),
     ("National", "national"), ("Single agency", None), ("County-wide", None), ("", None), (None, None)],
)  # fmt: skip
def test_the_level_a_scope_cell_names(cell: str | None, level: str | None) -> None:
    assert printed_level(cell) == level


def test_a_printed_scope_only_widens() -> None:
    assert widest_level("local", "regional") == "regional"
    assert widest_level("regional", "local") == "regional"
    assert widest_level("national", "regional") == "national"
    assert widest_level("local", None) == "local"


def test_the_plans_scope_column_widens_a_locally_read_recommendation() -> None:
    rows = [
        HEADER,
        ["1. Ferncliff Council should train its housing officers on economic abuse.", "Regional",
         "Deliver the training", "Ferncliff Council", "March 2025"],
        ["2. Ferncliff Council should add a question on abuse to its tenancy checklist.", "Local",
         "Add the question", "Ferncliff Council", "June 2025"],
    ]  # fmt: skip
    doc = make_document(
        "#Domestic Homicide Review\nCommissioned by Ferncliff Community Safety Partnership\n"
        "#Appendix A: Action Plan\nThe plan below was agreed by the panel.\n",
        tables={1: [rows]},
    )
    result = Extractor.load()(doc)
    levels = {r.number: r.level for r in result.recommendations}
    assert levels == {"1": "regional", "2": "local"}
