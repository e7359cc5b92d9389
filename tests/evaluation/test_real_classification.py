"""The real-data classification scorer (``evaluation/real_classification.py``) with a stand-in classifier."""

from __future__ import annotations

import pytest

from dhr.schema.classification import Classification, ClassifyInput
from evaluation.real_classification import (
    classify_inputs,
    errors,
    evaluate_classification,
    format_report,
    main,
)

ITEMS = [
    {
        "id": "a",
        "text": "The Police should train staff.",
        "addressed_to": "Northshire Police",
        "agencies": ["police"],
        "level": "local",
        "themes": ["training", "identification_of_risk"],
    },
    {
        "id": "b",
        "text": "A review of the protocol.",
        "addressed_to": None,
        "agencies": ["marac"],
        "level": "local",
        "themes": ["policy"],
    },
]


class _Stub:
    """Answers police/training for everything and records what it was given."""

    def __init__(self) -> None:
        self.seen: list[ClassifyInput] = []

    def predict(self, items: list[ClassifyInput]) -> list[Classification]:
        self.seen += items
        return [Classification(id=i.id, agencies=["police"], themes=["training"]) for i in items]


def test_scores_agencies_themes_and_main_theme():
    stub = _Stub()
    m = evaluate_classification(ITEMS, stub)
    assert [s.context for s in stub.seen] == ["Northshire Police", None]  # addressed_to is the context
    assert m["n"] == 2
    assert m["agencies"]["micro_precision"] == 0.5 and m["agencies"]["micro_recall"] == 0.5
    assert m["themes"]["main_accuracy"] == 0.5
    assert m["themes"]["per_label"]["training"]["precision"] == 0.5
    assert m["themes"]["per_label"]["identification_of_risk"]["recall"] == 0.0
    assert m["themes"]["micro_f1"] == pytest.approx(2 * 1 / (2 * 1 + 1 + 2), abs=1e-4)
    assert m["level_accuracy"] == 1.0
    assert "agency micro-F1" in format_report(m)


def test_errors_list_only_wrong_items():
    pred = [
        Classification(id="a", agencies=["police"], themes=["training", "identification_of_risk"]),
        Classification(id="b", agencies=["police"], themes=["policy"]),
    ]
    assert [e["id"] for e in errors(ITEMS, pred)] == ["b"]
    assert classify_inputs(ITEMS)[1].context is None


def test_cli_refuses_to_list_test_items():
    with pytest.raises(SystemExit):
        main(["--split", "test", "--show-errors"])
