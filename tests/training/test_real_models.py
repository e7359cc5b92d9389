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


def _fake_encode(texts: list[str]) -> np.ndarray:
    """A deterministic stand-in for MiniLM (hashed bag of words, normalised): no model load in a fast test."""
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for n, t in enumerate(texts):
        for w in t.lower().split():
            out[n, hash(w) % 384] += 1.0
    return out / np.maximum(1e-9, np.linalg.norm(out, axis=1, keepdims=True))


@pytest.mark.slow
def test_train_real_models_end_to_end_on_stand_in_data(monkeypatch):
    """The whole run on team-written items standing in for real ones: a usable bundle entry, deterministic."""
    import training.real_models as rm
    from classification.classifier import Encoder, RecommendationClassifier
    from classification.io import TRAIN_FILE, read_annotations
    from dhr.schema.classification import ClassifyInput

    hand = [i for i in read_annotations(TRAIN_FILE) if i.source == "handwritten"]
    fake_real = {
        "train": [i.model_copy(update={"source": f"real:csp{n % 6}"}) for n, i in enumerate(hand[:36])],
        "dev": [i.model_copy(update={"source": f"real:dev{n % 3}"}) for n, i in enumerate(hand[36:48])],
    }
    monkeypatch.setattr(rm, "real_examples", lambda split: list(fake_real.get(split, [])))
    monkeypatch.setattr(Encoder, "encode", classmethod(lambda cls, texts: _fake_encode(texts)))
    monkeypatch.setattr(rm, "SYNTHETIC_WEIGHTS", (0.4,))
    monkeypatch.setattr(rm, "REAL_FOLDS", 2)
    synthetic = hand[48:90]
    r1 = rm.train_real_models(synthetic, seed=2)
    r2 = rm.train_real_models(synthetic, seed=2)
    assert r1 is not None and r2 is not None
    assert r1.n_train == 36 and r1.n_dev == 12 and r1.n_calibration == 48
    assert r1.calibration == r2.calibration and r1.choice == r2.choice  # deterministic given the seed
    assert r1.themes["kind"] == "hybrid" and "main_model_plain" not in r1.themes
    dev = r1.extra["dev"]  # the train-only fit's figures on dev
    assert dev["n"] == 12 and 0.0 <= dev["theme_micro_f1"] <= 1.0 and 0.0 <= dev["agency_micro_f1"] <= 1.0
    clf = RecommendationClassifier({"themes": r1.themes, "agencies": r1.agencies})
    out = clf.predict([ClassifyInput(id="1", text="The Police should deliver training on coercive control.")])
    assert out[0].agencies == ["police"] and out[0].themes and len(out[0].themes) <= 3
    monkeypatch.setattr(rm, "real_examples", lambda split: [])
    assert rm.train_real_models(synthetic, seed=2) is None  # too few real items: nothing trained


def test_mechanism_needs_model_support_when_calibrated():
    out = _outputs(4)
    out.directive[0] = "training"  # the main model gives 'training' 0.03 on item 0
    thr = dict.fromkeys(THEMES, 0.5)
    assert decide_themes(out, thr, 2, True, 0.0)[0][0] == "training"
    assert decide_themes(out, thr, 2, True, 0.2)[0][0] == out.gold[0][0]
    setting = calibrate_themes(out)
    assert setting["mechanism_min"] in (0.05, 0.1, 0.2, 0.3) or not setting["mechanism_rule"]


def test_choose_prefers_tfidf_unless_embeddings_clearly_win():
    from training.real_models import EMBED_MARGIN, _choose

    cands = {(0.0, 0.4): {"s": 0.60}, (1.0, 0.4): {"s": 0.60 + EMBED_MARGIN / 2}}
    assert _choose(cands, lambda c: c["s"]) == (0.0, 0.4)
    cands[(1.0, 0.4)]["s"] = 0.70
    assert _choose(cands, lambda c: c["s"]) == (1.0, 0.4)
    assert _choose({(1.0, 0.4): {"s": 0.5}}, lambda c: c["s"]) == (1.0, 0.4)  # no TF-IDF candidate tried


def test_decide_themes_matches_the_runtime_classifier():
    """The calibration's decision and ``RecommendationClassifier._themes`` give the same themes."""
    from classification.classifier import RecommendationClassifier
    from classification.io import TRAIN_FILE, read_annotations
    from classification.rules import analyse, feature_text
    from dhr.schema.classification import ClassifyInput
    from training.real_models import Example, fit_theme_task, theme_outputs

    items = [i for i in read_annotations(TRAIN_FILE) if i.source == "handwritten"][:60]
    ex = [Example(i, 1.0, i.id, True) for i in items[:45]]
    feats = [feature_text(e.item.text, e.item.context, analyse(e.item.text, e.item.context)) for e in ex]
    task = fit_theme_task(ex, feats, np.zeros((len(ex), 384), dtype=np.float32), 0.0, seed=1)
    task.pop("main_model_plain")
    task.update(
        {
            "threshold": 0.35,
            "thresholds": {"policy": 0.6},
            "max_secondary": 2,
            "mechanism_min": 0.1,
            "substance_min": 0.0,
            "cue_bonus": 0.1,
            "substance_bonus": 0.3,
            "check_substance": True,
        }
    )
    held = items[45:]
    hf = [feature_text(i.text, i.context, analyse(i.text, i.context)) for i in held]
    out = theme_outputs(task, held, hf, np.zeros((len(held), 384), dtype=np.float32))
    thr = {**dict.fromkeys(THEMES, 0.35), "policy": 0.6}
    expected = decide_themes(out, thr, 2, True, 0.1, 0.0, 0.1, 0.3)
    got = RecommendationClassifier({"themes": task}).predict(
        [ClassifyInput(id=i.id, text=i.text, context=i.context) for i in held]
    )
    assert [g.themes for g in got] == expected


def test_calibration_and_runtime_read_the_same_directive_cues():
    """Recommendations whose mechanism only the directive cues find get it as the main theme in both."""
    from classification.classifier import RecommendationClassifier
    from classification.io import TRAIN_FILE, read_annotations
    from classification.rules import analyse, feature_text
    from dhr.schema.classification import ClassifyInput
    from training.real_models import Example, fit_theme_task, theme_outputs

    items = [i for i in read_annotations(TRAIN_FILE) if i.source == "handwritten"][:45]
    ex = [Example(i, 1.0, i.id, True) for i in items]
    feats = [feature_text(e.item.text, e.item.context, analyse(e.item.text, e.item.context)) for e in ex]
    task = fit_theme_task(ex, feats, np.zeros((len(ex), 384), dtype=np.float32), 0.0, seed=1)
    task.pop("main_model_plain")
    task.update({"threshold": 0.5, "thresholds": {}, "max_secondary": 1, "mechanism_min": 0.0})
    texts = [
        "That ward staff are reminded of the duty to ask about abuse at each admission.",
        "Practitioners in the team familiarise themselves with the MARAC referral route.",
    ]
    held = [
        AnnotatedRecommendation(id=f"cue-{n}", text=t, agencies=["police"], level="local", themes=["policy"])
        for n, t in enumerate(texts)
    ]
    hf = [feature_text(i.text, None, analyse(i.text, None)) for i in held]
    out = theme_outputs(task, held, hf, np.zeros((len(held), 384), dtype=np.float32))
    assert out.directive == ["awareness_raising", "awareness_raising"]
    expected = decide_themes(out, dict.fromkeys(THEMES, 0.5), 1, True, 0.0)
    got = RecommendationClassifier({"themes": task}).predict(
        [ClassifyInput(id=i.id, text=i.text) for i in held]
    )
    assert [g.themes for g in got] == expected
    assert [g.themes[0] for g in got] == ["awareness_raising", "awareness_raising"]
