"""The action-agency diagnostic: micro counts over matched actions, exact sets, and folders it refuses."""

from __future__ import annotations

import pytest

from dhr.schema import Action, ExtractionResult, Recommendation, SourceInfo
from evaluation.action_agencies import AgencyCounts, compare, main

REC = "Kent Police should ensure that all frontline officers receive training on coercive control."


def _res(actions: list[Action]) -> ExtractionResult:
    return ExtractionResult(
        source=SourceInfo(filename="x.docx", sha256="0", pages=1),
        recommendations=[Recommendation(id="r1", number="1", text=REC, agencies=["police"], actions=actions)],
    )


def test_matched_actions_are_counted_by_agency_id() -> None:
    gold = _res(
        [
            Action(text="Deliver coercive control training to all officers", agencies=["police"]),
            Action(text="Audit DASH completion in 20 cases", agencies=["police", "adult_social_care"]),
        ]
    )
    pred = _res(
        [
            Action(text="Deliver coercive control training to all officers", agencies=["police"]),
            Action(text="Audit DASH completion in 20 cases", agencies=["police", "local_authority"]),
            Action(text="Something else entirely, not in the gold at all", agencies=["gp"]),
        ]
    )
    counts = AgencyCounts()
    compare(pred, gold, "doc", counts)
    assert (counts.actions, counts.exact, counts.tp, counts.fp, counts.fn) == (2, 1, 2, 1, 1)
    assert counts.prf() == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert len(counts.misses) == 1 and "local_authority" in counts.misses[0]


@pytest.mark.parametrize("folder", ["test", "test2", "test3", "dev23"])
def test_held_out_and_blind_folders_are_refused(folder: str) -> None:
    with pytest.raises(SystemExit):
        main([folder])
