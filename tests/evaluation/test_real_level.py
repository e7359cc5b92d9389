"""evaluation/real_level.py: level accuracy with and without the commissioning CSP."""

from __future__ import annotations

from pathlib import Path

from classification.classifier import load_classifier
from evaluation.real_level import evaluate_level

ITEMS = [
    {
        "id": "a",
        "csp": "Kent",
        "text": "Kent Police should review how it grades repeat calls.",
        "level": "local",
    },
    {
        "id": "b",
        "csp": "Dover",
        "text": "Kent Police should review how it grades repeat calls.",
        "level": "regional",
    },
    {
        "id": "c",
        "csp": "Dover",
        "text": "The Home Office should amend the DHR statutory guidance.",
        "level": "national",
    },
]


def test_evaluate_level_scores_with_and_without_the_csp(tmp_path: Path):
    metrics = evaluate_level(ITEMS, load_classifier(tmp_path))  # the rules baseline
    assert metrics["n"] == 3 and metrics["accuracy"] == 1.0
    # without the CSP one of the two police items must be wrong: the text is the same
    assert metrics["accuracy_without_csp"] is not None and metrics["accuracy_without_csp"] < 1.0
    assert metrics["confusion"]["regional"]["regional"] == 1 and metrics["errors"] == []
    assert metrics["by_basis"]["csp geography"]["n"] == 2


def test_evaluate_level_on_nothing(tmp_path: Path):
    assert evaluate_level([], load_classifier(tmp_path))["n"] == 0
