"""The theme decision and its calibration with the guide-order main theme (training/real_themes.py,
classification/main_theme.py) and the CSP cross-validation script's argument handling (training/theme_cv.py)."""

from __future__ import annotations

import numpy as np

from classification.rules import THEMES
from training.real_themes import ThemeOutputs, calibrate_themes, decide_themes, theme_scores

LABELS = list(THEMES)
CLASSES = sorted(THEMES)


def _outputs(n: int = 24) -> ThemeOutputs:
    """A main-theme model that is wrong on substance items (it always says multi-agency working, but not surer than
    the cue's theme by more than ``MODEL_MARGIN``) while the ask's substance cue is right; the per-theme model is
    informative."""
    subst = ["identification_of_risk", "record_keeping", "multi_agency_working"]
    gold = [[subst[k % 3], "policy"] if k % 2 else [subst[k % 3]] for k in range(n)]
    main = np.array([[0.35 if c == "multi_agency_working" else 0.65 / 7 for c in CLASSES] for _ in gold])
    multi = np.array([[0.8 if t in g else 0.1 for t in LABELS] for g in gold])
    return ThemeOutputs(
        multi,
        main,
        CLASSES,
        [None] * n,
        gold,
        [False] * n,
        [g[0] for g in gold],
        [None] * n,
        [frozenset()] * n,
    )


def test_calibration_turns_the_substance_layer_on_when_it_is_right():
    out = _outputs()
    setting = calibrate_themes(out)
    assert setting["substance_min"] is not None
    assert setting["scores"]["main_accuracy"] == 1.0
    off = decide_themes(out, dict.fromkeys(LABELS, 0.5), 2, True, 0.0, None)
    assert theme_scores(out.gold, off)["main_accuracy"] < 0.5


def test_a_much_surer_model_wins_over_the_substance_cue():
    out = _outputs()
    out.main = np.array(
        [[0.6 if c == "multi_agency_working" else 0.4 / 7 for c in CLASSES] for _ in out.gold]
    )
    thr = dict.fromkeys(LABELS, 0.5)
    surer = decide_themes(out, thr, 2, True, 0.0, 0.0)  # the model is surer by 0.54 > MODEL_MARGIN
    assert all(p[0] == "multi_agency_working" for p in surer)
    cue_wins = decide_themes(out, thr, 2, True, 0.0, 0.0, model_margin=None)
    assert theme_scores(out.gold, cue_wins)["main_accuracy"] == 1.0


def test_cue_bonus_lowers_the_bar_for_a_cued_secondary_theme_only():
    out = _outputs(2)
    out.multi[:, LABELS.index("training")] = 0.35
    out.cues = [frozenset({"training"}), frozenset()]
    thr = dict.fromkeys(LABELS, 0.5)
    plain = decide_themes(out, thr, 2, True, 0.0, 0.0, 0.0)
    boosted = decide_themes(out, thr, 2, True, 0.0, 0.0, 0.2)
    assert "training" not in plain[0] and "training" in boosted[0] and "training" not in boosted[1]


def test_substance_bonus_lowers_the_bar_for_the_asks_substance_only():
    out = _outputs(2)
    out.substance = ["record_keeping", None]
    out.multi[:, LABELS.index("record_keeping")] = 0.3
    thr = dict.fromkeys(LABELS, 0.5)
    plain = decide_themes(out, thr, 2, True, 0.0, None, 0.0, 0.0)
    boosted = decide_themes(out, thr, 2, True, 0.0, None, 0.0, 0.4)
    assert "record_keeping" not in plain[0][1:] and "record_keeping" in boosted[0][1:]
    assert "record_keeping" not in boosted[1][1:]


def test_calibration_chooses_the_substance_bonus_when_it_finds_the_gold_secondary():
    n = 24
    gold = [["policy", "identification_of_risk"] if k % 2 else ["policy"] for k in range(n)]
    main = np.array([[0.9 if c == "policy" else 0.1 / 7 for c in CLASSES] for _ in gold])
    # the per-theme model is unsure of the secondary theme; the ask's substance cue names it
    multi = np.array(
        [[0.9 if t == "policy" else (0.3 if t == "identification_of_risk" else 0.05) for t in LABELS]] * n
    )
    subst = ["identification_of_risk" if k % 2 else None for k in range(n)]
    out = ThemeOutputs(
        multi, main, CLASSES, ["policy"] * n, gold, [False] * n, subst, [None] * n, [frozenset()] * n
    )
    setting = calibrate_themes(out)
    assert setting["substance_bonus"] > 0
    assert setting["scores"]["micro_f1"] == 1.0


def test_theme_cv_help_names_the_ship_option(capsys):
    import pytest

    from training.theme_cv import main

    with pytest.raises(SystemExit):
        main(["--help"])
    assert "--ship" in capsys.readouterr().out
