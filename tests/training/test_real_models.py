"""Training on real recommendations (``training/real_models.py``): folds, calibration, the runtime's decision."""

from __future__ import annotations

import numpy as np
import pytest

from classification.rules import THEMES
from dhr.schema.classification import AnnotatedRecommendation
from training.real_models import (
    THRESHOLD_GRID,
    ThemeOutputs,
    agency_f1,
    calibrate_agencies,
    calibrate_themes,
    csp_folds,
    decide_themes,
    gazetteer_examples,
    theme_scores,
)


def _item(n: int, csp: str) -> AnnotatedRecommendation:
    return AnnotatedRecommendation(
        id=f"{csp}-{n}",
        text=f"text {n}",
        agencies=["police"],
        level="local",
        themes=["policy"],
        source=f"real:{csp}",
    )


def test_csp_folds_keep_each_csp_whole_and_cover_everything():
    items = [_item(n, csp) for csp, k in (("a", 5), ("b", 3), ("c", 3), ("d", 2), ("e", 1)) for n in range(k)]
    folds = csp_folds(items, 3, seed=1)
    assert sorted(i for f in folds for i in f) == list(range(len(items)))
    for f in folds:
        csps = {items[i].source for i in f}
        assert all(items[j].source not in csps for g in folds if g is not f for j in g)
    assert csp_folds(items, 3, seed=1) == folds  # deterministic


def _outputs(n: int, seed: int = 0) -> ThemeOutputs:
    """Outputs whose probabilities are informative: gold themes score high, others low (with noise)."""
    rng = np.random.default_rng(seed)
    labels = list(THEMES)
    gold = []
    for k in range(n):
        main = labels[k % 4]
        second = labels[4 + k % 3]
        gold.append([main, second] if k % 2 else [main])
    multi = np.array([[0.8 if t in g else 0.15 for t in labels] for g in gold]) + rng.uniform(
        -0.1, 0.1, (n, 8)
    )
    classes = labels[:4]
    main = np.array([[0.9 if c == g[0] else 0.03 for c in classes] for g in gold])
    return ThemeOutputs(multi, main, classes, [None] * n, gold)


def test_calibrated_themes_reach_the_gold_on_informative_outputs():
    out = _outputs(40)
    setting = calibrate_themes(out)
    assert setting["threshold"] in THRESHOLD_GRID and setting["max_secondary"] in (1, 2)
    assert setting["scores"]["micro_f1"] == pytest.approx(1.0) and setting["scores"]["main_accuracy"] == 1.0
    assert calibrate_themes(out) == setting  # deterministic


def test_decide_themes_mechanism_first_and_secondary_cap():
    out = _outputs(4)
    out.directive[0] = "training"
    thr = dict.fromkeys(THEMES, 0.5)
    with_rule = decide_themes(out, thr, 2, True)
    assert with_rule[0][0] == "training" and decide_themes(out, thr, 2, False)[0][0] == out.gold[0][0]
    assert all(len(t) <= 2 for t in decide_themes(out, thr, 1, False))


def test_theme_scores():
    s = theme_scores([["policy", "training"], ["other"]], [["policy"], ["training"]])
    assert s["main_accuracy"] == 0.5 and s["micro_f1"] == pytest.approx(2 / 5)


def test_agency_calibration_never_fires_a_useless_model():
    gold = [["police"], ["housing"], ["gp"]]
    rules = [["police"], [], []]
    labels = ["gp", "housing"]
    wrong = [None, np.array([0.9, 0.1]), np.array([0.1, 0.9])]  # always the other agency
    cal = calibrate_agencies(gold, rules, wrong, labels)
    assert cal["threshold"] == 1.01 and cal["f1"] == cal["f1_rules"] == agency_f1(gold, rules)
    right = [None, np.array([0.1, 0.9]), np.array([0.9, 0.1])]
    cal = calibrate_agencies(gold, rules, right, labels)
    assert cal["f1"] == 1.0 and cal["n_fallback"] == 2


def test_gazetteer_examples_are_names_with_pick_list_ids():
    pairs = gazetteer_examples()
    assert ("Kent Police", "police") in pairs
    assert all(not a.startswith("_") for _, a in pairs)
