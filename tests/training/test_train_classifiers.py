from __future__ import annotations

import json
from pathlib import Path

import pytest

from classification.classifier import load_classifier
from classification.io import TEST_FILE, TRAIN_FILE
from dhr.schema.classification import ClassifyInput
from training.classifiers import load_training_data, split, train_classifiers


def _subset(tmp_path: Path, src: Path, n: int) -> Path:
    lines = src.read_text().splitlines()
    out = tmp_path / src.name
    out.write_text("\n".join(lines[:: max(1, len(lines) // n)][:n]) + "\n")
    return out


def test_corrections_replace_and_extend(tmp_path: Path):
    train = _subset(tmp_path, TRAIN_FILE, 20)
    first = json.loads(train.read_text().splitlines()[0])
    corr = tmp_path / "corr.jsonl"
    fixed = {
        **first,
        "level": "national",
        "department": "home_office",
        "source": "correction",
        "annotator": "a",
        "timestamp": "2026-11-26T00:00:00+00:00",
    }
    new = {**fixed, "id": "new1", "text": "A brand new recommendation for the Home Office."}
    corr.write_text(json.dumps(fixed) + "\n" + json.dumps(new) + "\n")
    items, n = load_training_data(train, corr)
    assert n == 2 and len(items) == 21
    assert items[0].level == "national" and items[-1].id == "new1"


def test_split_is_deterministic_and_grouped():
    items, _ = load_training_data(TRAIN_FILE, Path("/nonexistent"))
    a, b = split(items, 1), split(items, 1)
    assert [i.id for i in a[1]] == [i.id for i in b[1]]
    val_groups = {i.source.split("#")[1] for i in a[1] if i.source and "#" in i.source}
    assert not any(i.source and "#" in i.source and i.source.split("#")[1] in val_groups for i in a[0])


def test_train_smallest_subset(tmp_path: Path):
    train = _subset(tmp_path, TRAIN_FILE, 30)
    r = train_classifiers(
        seed=1,
        train_path=train,
        test_path=None,
        corrections_path=tmp_path / "none.jsonl",
        kinds=("rules", "tfidf"),
        log_to_mlflow=False,
        out_dir=tmp_path / "m",
        real=False,
    )
    assert set(r.chosen.values()) <= {"rules", "tfidf"} and (tmp_path / "m" / "classifiers.joblib").exists()


@pytest.mark.slow
def test_train_tiny_subset_deterministic_and_reload(tmp_path: Path):
    train = _subset(tmp_path, TRAIN_FILE, 80)
    test = _subset(tmp_path, TEST_FILE, 20)
    kw = dict(
        seed=3,
        train_path=train,
        test_path=test,
        corrections_path=tmp_path / "none.jsonl",
        kinds=("rules", "tfidf"),
        log_to_mlflow=False,
        real=False,
    )
    r1 = train_classifiers(out_dir=tmp_path / "m1", **kw)
    r2 = train_classifiers(out_dir=tmp_path / "m2", **kw)
    assert r1.validation == r2.validation and r1.test["level_accuracy"] == r2.test["level_accuracy"]
    assert (tmp_path / "m1" / "MODEL_CARD.md").read_text().startswith("# Model card")
    assert (tmp_path / "m1" / "classifiers.joblib").stat().st_size < 10_000_000
    clf = load_classifier(tmp_path / "m1")
    out = clf.predict([ClassifyInput(id="1", text="Kent Police should deliver training on stalking.")])
    assert out[0].agencies == ["police"]


def test_theme_calibration_on_validation():
    from classification.rules import feature_text
    from training.classifiers import LEXICON_GRID, THRESHOLD_GRID, _fit_bundle, calibrate_theme_thresholds

    items, _ = load_training_data(TRAIN_FILE, Path("/nonexistent"))
    tr, va = split(items, 5)
    bundle = _fit_bundle("tfidf", tr, [feature_text(x.text, x.context) for x in tr], None, 5)
    shared, per_label, lexicon = calibrate_theme_thresholds([(bundle, va)])
    assert shared in THRESHOLD_GRID and lexicon in LEXICON_GRID
    assert all(v in THRESHOLD_GRID and v != shared for v in per_label.values())
    assert calibrate_theme_thresholds([(bundle, va)]) == (shared, per_label, lexicon)  # deterministic
    assert "thresholds" in bundle["themes"] and bundle["themes"]["threshold"] != 1.01  # restored
    tr2, va2 = split(items, 6)
    bundle2 = _fit_bundle("tfidf", tr2, [feature_text(x.text, x.context) for x in tr2], None, 5)
    pooled = calibrate_theme_thresholds([(bundle, va), (bundle2, va2)])
    assert pooled[0] in THRESHOLD_GRID
    rules_only = _fit_bundle("rules", tr, [], None, 5)
    assert calibrate_theme_thresholds([(rules_only, va)]) == (0.5, {}, 0.0)
