"""Train the timeline sentence model (:mod:`extraction.timeline_model`) and choose how the extractor uses it.

    python -m training.timeline [--out extraction/timeline_model.json] [--evaluate]

Data: the real dated sentences of the **train** split (``annotations.real.load_timeline("train")``) and the
sentences written for training in ``training/timeline_sentences.jsonl`` (our own words; the sentences the tests
score, ``tests/extraction/test_timeline_written.py``, are kept out). One example per labelled date: the words
around the date and the sentence (:func:`extraction.timeline_model.features`), labelled with its timeline event or
``other``. TF-IDF word 1-2-grams (sublinear tf) and a class-balanced multinomial logistic regression (scikit-learn
at training time only), saved as plain numbers. ``--evaluate`` scores the extractor on the real **dev** split with
the rules alone and with the model at several thresholds (how ``ADD_THRESHOLD`` was chosen); the test split is
not read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from dhr.dates import find_dates, range_start
from extraction.timeline_model import MODEL_PATH, TimelineModel, analyze, features

SENTENCES_PATH = Path(__file__).with_name("timeline_sentences.jsonl")
SEED = 0
C = 5.0


def _locate(sentence: str, iso: str) -> tuple[int, int] | None:
    """Where the labelled date is in the sentence (as the extractor reads it), or None (a relative date)."""
    dates = [range_start(d) for d in find_dates(sentence)]
    for d in dates:
        if d.iso == iso:
            return d.start, d.end
    for d in dates:
        if d.iso.startswith(iso) or iso.startswith(d.iso):
            return d.start, d.end
    return None


def examples() -> tuple[list[str], list[str]]:
    """(feature texts, labels) from the real train split and the written training sentences."""
    from annotations.real import load_timeline
    from evaluation.real_timeline import clean_sentence, gold_event

    labelled: dict[tuple[str, str], str] = {}
    for item in load_timeline("train"):
        key = (clean_sentence(item["sentence"]), item["iso_date"])
        event = gold_event(item)
        if event != "other" or key not in labelled:
            labelled[key] = event
    for line in SENTENCES_PATH.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            for iso, event in row["dates"].items():
                labelled[(row["sentence"], iso)] = event
    texts, labels = [], []
    for (sentence, iso), event in sorted(labelled.items()):
        span = _locate(sentence, iso)
        if span is not None:
            texts.append(features(sentence, *span))
            labels.append(event)
    return texts, labels


def train() -> TimelineModel:
    """Fit the model on :func:`examples` and return it as plain arrays (checked against scikit-learn)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts, labels = examples()
    vectorizer = TfidfVectorizer(analyzer=analyze, sublinear_tf=True, min_df=2)
    x = vectorizer.fit_transform(texts)
    clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced", random_state=SEED)
    clf.fit(x, labels)
    vocabulary = {term: int(col) for term, col in sorted(vectorizer.vocabulary_.items())}
    model = TimelineModel(vocabulary, list(vectorizer.idf_), clf.coef_.tolist(), list(clf.intercept_),
                          [str(c) for c in clf.classes_])  # fmt: skip
    # the numpy reading must give scikit-learn's numbers
    expected = clf.predict_proba(x[:20])
    got = np.array([[model.proba(t)[c] for c in model.classes] for t in texts[:20]])
    if not np.allclose(expected, got, atol=1e-6):
        raise RuntimeError("numpy timeline model disagrees with scikit-learn")
    return model


def evaluate_dev(model: TimelineModel) -> dict[str, Any]:
    """Dev-split F1 of the extractor with the rules alone and with the model at several thresholds."""
    import extraction.timeline_model as tm
    from annotations.real import load_timeline
    from evaluation.real_timeline import evaluate_timeline

    items = load_timeline("dev")
    out: dict[str, Any] = {"rules": round(evaluate_timeline(items)["f1"], 4)}
    saved = tm.load_model, tm.ADD_THRESHOLD
    try:
        tm.load_model = lambda path=MODEL_PATH: model  # type: ignore[assignment]
        for threshold in (0.4, 0.5, 0.6, 0.7):
            tm.ADD_THRESHOLD = threshold
            out[f"rules+model@{threshold}"] = round(evaluate_timeline(items, learned=True)["f1"], 4)
    finally:
        tm.load_model, tm.ADD_THRESHOLD = saved  # type: ignore[assignment]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the model (JSON)")
    parser.add_argument("--evaluate", action="store_true", help="score rules vs rules+model on the dev split")
    args = parser.parse_args(argv)
    model = train()
    args.out.write_text(json.dumps(model.to_dict(), separators=(",", ":")) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {args.out} ({len(model.vocabulary)} terms, classes {model.classes})\n")
    if args.evaluate:
        sys.stdout.write(json.dumps(evaluate_dev(model)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
