from __future__ import annotations

import pytest

from dhr.schema import Action, ExtractionResult, Recommendation, SourceInfo, TimelineEvent
from evaluation.extraction import (
    aggregate,
    evaluate_extraction,
    match_texts,
    normalise_number,
    text_similarity,
)

R1 = "Kent Police should ensure that all frontline officers receive training on coercive control."
R2 = "The CCG must review its safeguarding policy in consultation with the Police."
R3 = "All agencies should remind their staff of the referral routes to specialist services."


def _res(recs: list[Recommendation], timeline: list[TimelineEvent] | None = None) -> ExtractionResult:
    return ExtractionResult(
        source=SourceInfo(filename="x.pdf", sha256="0", pages=1),
        recommendations=recs,
        timeline=timeline or [],
    )


def _gold() -> ExtractionResult:
    return _res(
        [
            Recommendation(
                id="r1",
                number="1",
                text=R1,
                agencies=["police"],
                actions=[
                    Action(text="Deliver coercive control training to all officers", target_date="2021-03"),
                    Action(text="Audit DASH completion in 20 cases", target_date="2021-09-30"),
                ],
            ),
            Recommendation(id="r2", number="2a", text=R2, agencies=["integrated_care_board"]),
            Recommendation(id="r3", number=None, text=R3, agencies=["all_agencies"], target_date="2018"),
        ],
        [
            TimelineEvent(event="death", date="2019-08-21", text="..."),
            TimelineEvent(event="first_panel", date="2019-11-04", text="..."),
        ],
    )


def test_perfect_prediction_scores_one():
    m = evaluate_extraction(_gold(), _gold())
    for name in ("recommendations", "agencies", "actions", "actions_target_date", "timeline"):
        assert getattr(m, name).f1 == 1.0, name
    assert m.numbers.value == 1.0
    assert m.errors == []


def test_missing_recommendation_lowers_recall_and_counts_its_agencies_and_actions():
    pred = _gold()
    pred.recommendations = pred.recommendations[1:]  # r1 (with 2 actions) missed
    m = evaluate_extraction(pred, _gold())
    assert (m.recommendations.tp, m.recommendations.fp, m.recommendations.fn) == (2, 0, 1)
    assert m.recommendations.precision == 1.0
    assert m.recommendations.recall == pytest.approx(2 / 3)
    assert m.agencies.fn == 1 and m.agencies.fp == 0
    assert (m.actions_target_date.tp, m.actions_target_date.fn) == (0, 2)
    assert any(e["field"] == "rec_missed" for e in m.errors)


def test_extra_recommendation_lowers_precision():
    pred = _gold()
    pred.recommendations.append(
        Recommendation(
            id="r4", number="4", text="There should always be a process that ensures ...", agencies=["gp"]
        )
    )
    m = evaluate_extraction(pred, _gold())
    assert (m.recommendations.tp, m.recommendations.fp, m.recommendations.fn) == (3, 1, 0)
    assert m.agencies.fp == 1
    assert any(e["field"] == "rec_extra" for e in m.errors)


def test_duplicate_recommendation_is_a_false_alarm():
    pred = _gold()
    pred.recommendations.append(pred.recommendations[0].model_copy(update={"id": "r9"}))
    m = evaluate_extraction(pred, _gold())
    assert m.recommendations.fp == 1 and m.recommendations.fn == 0


def test_wrong_number_counts_against_accuracy_only():
    pred = _gold()
    pred.recommendations[1].number = "2b"
    pred.recommendations[0].number = "Recommendation 1:"  # same number, printed differently
    m = evaluate_extraction(pred, _gold())
    assert m.recommendations.f1 == 1.0
    assert (m.numbers.correct, m.numbers.total) == (2, 3)
    err = next(e for e in m.errors if e["field"] == "number")
    assert err["expected"] == "2a" and err["got"] == "2b"


def test_wrong_date_precision_is_an_error():
    pred = _gold()
    pred.recommendations[0].actions[0].target_date = "2021-03-01"  # gold is month precision "2021-03"
    pred.timeline[0] = TimelineEvent(event="death", date="2019-08", text="...")
    m = evaluate_extraction(pred, _gold())
    assert m.actions.f1 == 1.0
    assert (m.actions_target_date.tp, m.actions_target_date.fp, m.actions_target_date.fn) == (1, 1, 1)
    assert (m.timeline.tp, m.timeline.fp, m.timeline.fn) == (1, 1, 1)
    assert m.timeline_events.f1 == 1.0


def test_agency_pairs():
    pred = _gold()
    pred.recommendations[1].agencies = ["integrated_care_board", "police"]  # consulted body taken as lead
    m = evaluate_extraction(pred, _gold())
    assert (m.agencies.tp, m.agencies.fp, m.agencies.fn) == (3, 1, 0)


def test_text_matching_tolerates_noise_but_not_truncation():
    assert (
        text_similarity(
            R1, "Kent Police should ensure that all front-line officers receive training on coercive control"
        )
        >= 0.85
    )
    assert text_similarity(R1, R1.replace("frontline", "front line")) >= 0.85
    half = " ".join(R1.split()[:7])
    assert text_similarity(R1, half) < 0.85
    assert text_similarity(R1, half, method="token_set") == 1.0  # the lenient option


def test_match_is_one_to_one():
    pairs = match_texts([R1, R1], [R1])
    assert len(pairs) == 1


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("1.", "1"),
        ("Recommendation number 1:", "1"),
        ("a)", "a"),
        ("7.2.1(a)", "7.2.1(a)"),
        ("2A", "2a"),
        (None, None),
        ("", None),
        ("(b)", "b"),
    ],
)
def test_normalise_number(printed, expected):
    assert normalise_number(printed) == expected


def test_aggregate_is_micro():
    a = evaluate_extraction(_gold(), _gold())
    pred = _gold()
    pred.recommendations = []
    b = evaluate_extraction(pred, _gold())
    total = aggregate([a, b])
    assert total.documents == 2
    assert (total.recommendations.tp, total.recommendations.fn) == (3, 3)
    assert total.recommendations.recall == 0.5
    assert "recommendations" in total.table()
    assert total.headline()["recommendations_f1"] == pytest.approx(2 / 3, abs=1e-3)
