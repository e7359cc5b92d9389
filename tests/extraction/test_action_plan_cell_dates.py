"""Target cells beside several actions that hold more dates than one target: a target and its revision, a target
and the day it was done, a target and an update note's date are one target for every action, never one date
each; a numbered step's label before a month ("Phase 1 March 2019") is no day of it."""

from __future__ import annotations

import pytest

from extraction.plan_actions import actions_from_cells
from extraction.target_dates import target_dates


@pytest.mark.parametrize(
    ("target", "dates"),
    [
        ("March 2019 (revised to June 2019)", ["2019-06", "2019-06"]),
        ("Target March 2019, completed May 2019", ["2019-03", "2019-03"]),
        ("March 2019. Update (June 2019): guidance written", ["2019-03", "2019-03"]),
        # two targets as printed: one each, in order
        ("Mar 19, Jun 19", ["2019-03", "2019-06"]),
        ("31/03/2019 30/06/2019", ["2019-03-31", "2019-06-30"]),
        ("Phase 1 March 2019; phase 2 September 2019", ["2019-03", "2019-09"]),
    ],
)
def test_two_actions_share_or_split_the_cells_dates(target: str, dates: list[str]) -> None:
    actions = actions_from_cells("1. Write guidance 2. Train staff", "Police", target, 1, None, None)
    assert [a.target_date for a in actions] == dates


@pytest.mark.parametrize(
    ("cell", "isos"),
    [
        ("Stage 2 June 2020", ["2020-06"]),
        ("Rec 2 May 2019", ["2019-05"]),
        ("2 May 2019", ["2019-05-02"]),
        ("Part 1 31 May 2019", ["2019-05-31"]),
    ],
)
def test_a_steps_number_before_a_month_is_not_its_day(cell: str, isos: list[str]) -> None:
    assert [t.iso for t in target_dates(cell)] == isos
