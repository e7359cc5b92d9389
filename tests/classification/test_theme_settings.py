"""The cues-vs-model measurement (training.theme_blind --settings) and decide_main's model_margin."""

from pathlib import Path

import pytest

from classification.main_theme import decide_main

_CLASSES = ["identification_of_risk", "multi_agency_working", "policy"]


def test_the_model_margin_lets_a_much_surer_model_win_over_the_substance_cue_only():
    text = "Officers should make a referral to MARAC for every victim."
    proba = [0.7, 0.2, 0.1]  # the model: risk; the cue: joint work (referral)
    # (the verb rule off: with it, the referral named at the ask's verb wins whatever the margin)
    common = {"substance_min": 0.05, "substance": "multi_agency_working", "displaced": None, "check": False}
    common["verb_words"] = None
    assert decide_main(text, None, proba, _CLASSES, **common) == "multi_agency_working"
    assert decide_main(text, None, proba, _CLASSES, model_margin=0.3, **common) == "identification_of_risk"
    assert decide_main(text, None, proba, _CLASSES, model_margin=0.6, **common) == "multi_agency_working"
    # a mechanism the directive names is not touched by the margin
    assert decide_main(text, "policy", proba, _CLASSES, model_margin=0.0, **common) == "policy"


def test_the_settings_measure_counts_every_item_of_each_set():
    from classification.classifier import load_classifier
    from training.theme_blind import MARGINS, VERB_VARIANTS, decider_variants

    if load_classifier().kinds["themes"] == "rules":
        pytest.skip("no trained theme model")
    path = Path(__file__).resolve().parent / "data" / "theme_blind8.psv"
    res = decider_variants([path])
    deciders = {"model", "mechanism_rule", "guide_order", "decider", "prototype", "mechanism_prototype"}
    deciders |= {"prior", "mechanism_prior"}
    assert set(res) == deciders | {f"margin_{m}" for m in MARGINS} | {f"verb5_{n}" for n in VERB_VARIANTS}
    assert all(by["pooled"].endswith("/62") and by["theme_blind8"] == by["pooled"] for by in res.values())


def test_the_variants_read_the_same_outputs_each_their_own_way():
    import numpy as np

    from training.main_variants import variant_picks
    from training.real_themes import ThemeOutputs

    # one item: the directive names policy, the ask's cue joint work, the model risk; a second: a check
    out = ThemeOutputs(
        np.zeros((2, 3)),
        np.array([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6]]),
        _CLASSES,
        ["policy", None],
        [["policy"], ["multi_agency_working"]],
        [False, True],
        ["multi_agency_working", None],
        [None, None],
    )
    protos = np.eye(3)
    ask = np.array([[0.0, 1.0, 0.0], [0.0, 0.5, 1.0]])
    picks = variant_picks(out, {"substance_min": 0.05}, ask, protos, _CLASSES, prior="policy")
    assert picks["model"] == ["identification_of_risk", "multi_agency_working"]  # a check: best substance
    assert picks["mechanism_rule"] == ["policy", "multi_agency_working"]
    assert picks["decider"] == ["policy", "multi_agency_working"]
    assert picks["prototype"] == ["multi_agency_working", "multi_agency_working"]  # a check: no policy
    assert picks["mechanism_prototype"] == ["policy", "multi_agency_working"]
    assert picks["prior"] == ["policy", "policy"]
