"""The numpy copies of the shipped linear models give scikit-learn's numbers (classification.linear)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from classification.classifier import MODEL_FILE, Encoder
from classification.learned import agency_feature_text, agency_matrix, hybrid_matrix
from classification.linear import Logistic, NotConvertible, Rows, convert_bundle
from classification.rules import analyse, feature_text

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "models" / "classifiers" / MODEL_FILE
TRAIN = ROOT / "annotations" / "classification" / "train.jsonl"


@pytest.fixture(scope="module")
def bundles() -> tuple[dict, dict]:
    if not BUNDLE.exists():
        pytest.skip("no shipped classifiers")
    import joblib

    from dhr.lazy import import_sklearn

    import_sklearn()
    sk = joblib.load(BUNDLE)
    return sk, convert_bundle(sk)


@pytest.fixture(scope="module")
def data() -> tuple[list[str], list[str | None], list[str], np.ndarray]:
    items = [json.loads(line) for line in TRAIN.read_text(encoding="utf-8").splitlines() if line.strip()][
        :150
    ]
    texts = [it["text"] for it in items]
    ctx = [it.get("context") for it in items]
    feats = [feature_text(t, c, analyse(t, c)) for t, c in zip(texts, ctx, strict=True)]
    emb = Encoder.encode([f"{t} {c or ''}".strip() for t, c in zip(texts, ctx, strict=True)])
    return texts, ctx, feats, emb


def test_same_probabilities_as_sklearn_on_the_training_data(bundles, data) -> None:
    sk, np_ = bundles
    texts, ctx, feats, emb = data
    xs, xn = sk["tfidf_vectorizer"].transform(feats), np_["tfidf_vectorizer"].transform(feats)
    for task in ("level", "department"):
        if sk.get(task, {}).get("kind") == "tfidf":
            assert np.array_equal(sk[task]["model"].predict_proba(xs), np_[task]["model"].predict_proba(xn))
            assert list(sk[task]["model"].classes_) == list(np_[task]["model"].classes_)
    th, tn = sk["themes"], np_["themes"]
    if th.get("kind") == "hybrid":
        hs = hybrid_matrix(th["vectorizer"], feats, emb, th["emb_weight"])
        hn = hybrid_matrix(tn["vectorizer"], feats, emb, tn["emb_weight"])
        assert np.array_equal(th["model"].predict_proba(hs), tn["model"].predict_proba(hn))
        assert np.array_equal(th["main_model"].predict_proba(hs), tn["main_model"].predict_proba(hn))
        idx = [3, 1, 7]
        assert np.array_equal(
            th["main_model"].predict_proba(hs[idx]), tn["main_model"].predict_proba(hn[idx])
        )
    ag, an = sk["agencies"], np_["agencies"]
    if ag.get("kind") == "hybrid":
        words = [agency_feature_text(t, c) for t, c in zip(texts, ctx, strict=True)]
        ps = ag["model"].predict_proba(agency_matrix(ag, words, ctx, emb))
        pn = an["model"].predict_proba(agency_matrix(an, words, ctx, emb))
        assert np.array_equal(ps, pn)


def test_empty_row_and_other_models() -> None:
    m = Logistic(np.array([[1.0, -2.0]]), np.array([0.5]), np.array([0, 1]))
    p = m.predict_proba(Rows([(np.array([], dtype=np.int64), np.array([]))], 2))
    assert p.shape == (1, 2) and abs(p[0, 1] - 1 / (1 + np.exp(-0.5))) < 1e-15
    with pytest.raises(NotConvertible):
        convert_bundle({"level": {"kind": "tfidf", "model": object()}})


def test_load_classifier_caches_the_numpy_bundle(tmp_path, monkeypatch) -> None:
    if not BUNDLE.exists():
        pytest.skip("no shipped classifiers")
    from classification import classifier as C
    from dhr.settings import get_settings

    monkeypatch.setenv("DHR_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    try:
        first = C._load_bundle(BUNDLE)
        assert list((tmp_path / "cache").glob("classifiers-*.np.pkl"))
        again = C._load_bundle(BUNDLE)
        assert type(again["level"]["model"]) is type(first["level"]["model"]) is Logistic
    finally:
        get_settings.cache_clear()


def test_second_process_classifies_without_sklearn(tmp_path) -> None:
    """With the cache made by a first process, classifying plain words imports neither scikit-learn nor spaCy
    (text with punctuation still takes spaCy's tokenizer: classification.agency_matcher)."""
    if not BUNDLE.exists():
        pytest.skip("no shipped classifiers")
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from classification.classifier import load_classifier\n"
        "from classification.agencies import find_agencies\n"
        "from dhr.schema.classification import ClassifyInput\n"
        "out = load_classifier().predict([ClassifyInput(id='a', text='The Police should review training')])\n"
        "assert out[0].agencies == ['police'], out\n"
        "assert [m.agency for m in find_agencies('training for GP practices')] == ['gp']\n"
        "print(sorted(m for m in ('sklearn', 'spacy', 'scipy.stats', 'torch') if m in sys.modules))\n"
    )
    env = {**os.environ, "DHR_DATA_DIR": str(tmp_path), "HF_HUB_OFFLINE": "1"}
    env.pop("DHR_MODELS_DIR", None)
    run = [sys.executable, "-c", code]
    subprocess.run(run, env=env, cwd=ROOT, check=True, capture_output=True, timeout=300)
    second = subprocess.run(run, env=env, cwd=ROOT, check=True, capture_output=True, text=True, timeout=300)
    assert second.stdout.strip().splitlines()[-1] == "[]"
