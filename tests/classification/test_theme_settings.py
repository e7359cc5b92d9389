"""The cues-vs-model measurement (training.theme_blind --settings) and decide_main's model_margin."""

from pathlib import Path

import pytest

from classification.main_theme import decide_main

_CLASSES = ["identification_of_risk", "multi_agency_working", "policy"]


def test_the_model_margin_lets_a_much_surer_model_win_over_the_substance_cue_only():
    text = "Officers should make a referral to MARAC for every victim."
    proba = [0.7, 0.2, 0.1]  # the model: risk; the cue: joint work (referral)
    common = {"substance_min": 0.05, "substance": "multi_agency_working", "displaced": None, "check": False}
    assert decide_main(text, None, proba, _CLASSES, **common) == "multi_agency_working"
    assert decide_main(text, None, proba, _CLASSES, model_margin=0.3, **common) == "identification_of_risk"
    assert decide_main(text, None, proba, _CLASSES, model_margin=0.6, **common) == "multi_agency_working"
    # a mechanism the directive names is not touched by the margin
    assert decide_main(text, "policy", proba, _CLASSES, model_margin=0.0, **common) == "policy"


def test_the_settings_measure_counts_every_item_of_each_set():
    from classification.classifier import load_classifier
    from training.theme_blind import MARGINS, decider_variants

    if load_classifier().kinds["themes"] == "rules":
        pytest.skip("no trained theme model")
    path = Path(__file__).resolve().parent / "data" / "theme_blind8.psv"
    res = decider_variants([path])
    assert set(res) == {"model", "decider", *(f"margin_{m}" for m in MARGINS)}
    assert all(by["pooled"].endswith("/62") and by["theme_blind8"] == by["pooled"] for by in res.values())
