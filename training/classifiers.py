"""``dhr train classifiers``: train, compare and save the recommendation classifiers.

Candidates per task (level, themes, department): (a) the rules/lexicon baseline, (b) TF-IDF (word and character
n-grams) + logistic regression, (c) MiniLM sentence embeddings + logistic regression. Each is scored on a
validation split of the training data (``annotations/classification/train.jsonl`` plus the human corrections);
the best per task is refitted on all of it, scored once on the held-back test split, and saved to
``models/classifiers/`` with a model card. Everything is logged to mlflow. Deterministic given the seed.
"""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from classification.classifier import Encoder, RecommendationClassifier
from classification.io import TEST_FILE, TRAIN_FILE, read_annotations, read_corrections
from classification.rules import THEMES, analyse, feature_text, theme_scores
from dhr.errors import InputError
from dhr.schema.classification import AnnotatedRecommendation, ClassifyInput
from dhr.taxonomy import load_taxonomy
from evaluation.classification import evaluate_predictions

log = logging.getLogger(__name__)

KINDS = ("rules", "tfidf", "embed")
#: Secondary themes: the probability a theme needs, before calibration on validation, and how many are kept.
DEFAULT_THEME_THRESHOLD = 0.5
MAX_SECONDARY = 1
#: The thresholds tried per theme when calibrating on validation.
THRESHOLD_GRID = tuple(round(0.25 + 0.05 * k, 2) for k in range(14))  # 0.25 .. 0.90
#: The lexicon support (keyword score) a secondary theme may be required to have, tried on validation.
LEXICON_GRID = (0.0,)
#: Micro-F1 a per-theme threshold must gain on validation over the shared one to be kept.
MIN_GAIN = 0.01
#: Group splits (seeds seed, seed+1, ...) whose validation parts are pooled to calibrate the theme thresholds.
CALIBRATION_SPLITS = 3
#: An embedding model must beat TF-IDF by this much on validation to be chosen (it is ~20x slower to run).
EMBED_MARGIN = 0.02


@dataclass
class TrainResult:
    chosen: dict[str, str]
    validation: dict[str, dict[str, float]]
    test: dict[str, Any]
    n_train: int
    n_val: int
    n_test: int
    n_corrections: int
    seconds: float
    model_path: Path | None
    run_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


# ------------------------------------------------------------------------------------------------ data
def load_training_data(
    train_path: Path = TRAIN_FILE, corrections_path: Path | None = None
) -> tuple[list[AnnotatedRecommendation], int]:
    """Train items plus corrections; a correction replaces the item with the same text (or id)."""
    items = read_annotations(train_path)
    corrections = read_corrections(corrections_path)
    by_key = {" ".join(i.text.lower().split()): n for n, i in enumerate(items)}
    for c in corrections:
        item = AnnotatedRecommendation(**c.model_dump(include=set(AnnotatedRecommendation.model_fields)))
        key = " ".join(c.text.lower().split())
        if key in by_key:
            items[by_key[key]] = item
        else:
            by_key[key] = len(items)
            items.append(item)
    return items, len(corrections)


def group_of(item: AnnotatedRecommendation) -> str:
    """Items written from the same template action share a group (``source`` ends in ``#<action>``)."""
    if item.source and "#" in item.source:
        return item.source.split("#", 1)[1]
    return item.id


def split(items: list[AnnotatedRecommendation], seed: int, val_fraction: float = 0.25):
    """Deterministic validation split by group, so that validation phrasings are unseen (like the test split)."""
    rng = random.Random(seed)
    groups = sorted({group_of(i) for i in items})
    rng.shuffle(groups)
    target = val_fraction * len(items)
    sizes = {g: 0 for g in groups}
    for i in items:
        sizes[group_of(i)] += 1
    val_groups: set[str] = set()
    n = 0
    for g in groups:
        if n >= target:
            break
        if n + sizes[g] <= target * 1.2:
            val_groups.add(g)
            n += sizes[g]
    train = [i for i in items if group_of(i) not in val_groups]
    val = [i for i in items if group_of(i) in val_groups]
    return train, val


# ---------------------------------------------------------------------------------------------- models
def _tfidf_vectorizer() -> Any:
    """Word 1-2-grams and character 3-5-grams; fitted once and shared by the task models."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    return FeatureUnion(
        [
            ("word", TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, lowercase=True)),
            (
                "char",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True, max_features=30000
                ),
            ),
        ]
    )


def _embed_lr(seed: int, c: float = 4.0) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=seed)


def _multilabel(base: Any) -> Any:
    from sklearn.multiclass import OneVsRestClassifier

    return OneVsRestClassifier(base)


class _Constant:
    """A stand-in classifier for a task with a single class in the data (sklearn refuses to fit one)."""

    def __init__(self, label: str) -> None:
        self.classes_ = np.array([label])

    def predict_proba(self, x: Any) -> np.ndarray:
        return np.ones((len(x) if not hasattr(x, "shape") else x.shape[0], 1))


def _fit_bundle(
    kind: str, items: list[AnnotatedRecommendation], feats: list[str], emb: np.ndarray | None, seed: int
) -> dict[str, Any]:
    """Fit level, themes and department models of one ``kind`` on ``items``."""
    if kind == "rules":
        return {t: {"kind": "rules"} for t in ("level", "themes", "department")}
    vectorizer = None
    if kind == "tfidf":
        vectorizer = _tfidf_vectorizer().fit(feats)
        x_all: Any = vectorizer.transform(feats)
    else:
        x_all = emb
    make = (lambda: _embed_lr(seed, c=4.0)) if kind == "tfidf" else (lambda: _embed_lr(seed))

    def sub(idx: list[int]) -> Any:
        return x_all[idx]

    all_idx = list(range(len(items)))
    level = make().fit(x_all, [i.level for i in items])
    main = make().fit(x_all, [i.themes[0] for i in items])
    y_multi = np.array([[1 if t in i.themes else 0 for t in THEMES] for i in items])
    keep = [j for j in range(len(THEMES)) if 0 < y_multi[:, j].sum() < len(items)]
    multi = _multilabel(make()).fit(x_all, y_multi[:, keep])
    nat = [n for n in all_idx if items[n].department is not None]
    deps = [items[n].department for n in nat]
    dep_model: Any = _Constant(deps[0]) if len(set(deps)) == 1 else make().fit(sub(nat), deps)
    return {
        "tfidf_vectorizer": vectorizer,
        "level": {"kind": kind, "model": level},
        "themes": {
            "kind": kind,
            "model": multi,
            "main_model": main,
            "labels": [THEMES[j] for j in keep],
            "threshold": DEFAULT_THEME_THRESHOLD,
            "thresholds": {},
            "max_secondary": MAX_SECONDARY,
            "mechanism_rule": True,
        },
        "department": {"kind": kind, "model": dep_model, "keep_named_min": 1.01},
    }


def calibrate_theme_thresholds(
    folds: list[tuple[dict[str, Any], list[AnnotatedRecommendation]]],
) -> tuple[float, dict[str, float], float]:
    """Secondary-theme settings that maximise theme micro-F1 on held-out items, pooled over ``folds``.

    Each fold is (a bundle fitted without its items, the items): the validation splits of a few group splits,
    pooled so that the settings do not hang on which template groups one split happened to hold out. Items are
    weighted by 1 / the size of their template group, so a phrasing written out ten times counts once.
    Returns (shared threshold, per-theme thresholds that differ from it, lexicon support). First the lexicon
    support a secondary theme needs (``classification.rules.theme_scores``; 0 = none) with one shared
    probability threshold (of settings that tie, the one predicting the fewest secondary themes), then per
    theme (coordinate ascent, two passes; a per-theme threshold is kept only if it gains ``MIN_GAIN`` F1; the
    median of tied thresholds). A theme with fewer than 3 gold secondaries keeps the shared threshold.
    """
    folds = [(b, its) for b, its in folds if its and b["themes"].get("kind", "rules") != "rules"]
    if not folds:
        return DEFAULT_THEME_THRESHOLD, {}, 0.0
    labels = list(THEMES)
    mains: list[str] = []
    proba: list[list[float]] = []
    items: list[AnnotatedRecommendation] = []
    weights: list[float] = []  # each template group counts once, however many items it was written out as
    for bundle, fold_items in folds:
        task = bundle["themes"]
        saved = dict(task)
        task.update({"threshold": 1.01, "thresholds": {}})
        mains += [p.themes[0] for p in _predict(bundle, fold_items)]
        task.clear()
        task.update(saved)
        feats = [feature_text(x.text, x.context, analyse(x.text, x.context)) for x in fold_items]
        if task["kind"] == "tfidf":
            x = bundle["tfidf_vectorizer"].transform(feats)
        else:
            x = Encoder.encode([f"{i.text} {i.context or ''}".strip() for i in fold_items])
        p = task["model"].predict_proba(x)
        col = {t: j for j, t in enumerate(task["labels"])}
        proba += [[float(row[col[t]]) if t in col else 0.0 for t in labels] for row in p]
        items += fold_items
        sizes: dict[str, int] = {}
        for i in fold_items:
            sizes[group_of(i)] = sizes.get(group_of(i), 0) + 1
        weights += [1.0 / sizes[group_of(i)] for i in fold_items]
    max_sec = folds[0][0]["themes"].get("max_secondary", MAX_SECONDARY)
    gold = [set(i.themes) for i in items]

    def f1(thr: dict[str, float], support: list[set[str]]) -> float:
        return score(thr, support)[0]

    def score(thr: dict[str, float], support: list[set[str]]) -> tuple[float, float]:
        """(weighted micro-F1, weighted number of secondary themes predicted)."""
        tp = fp = fn = n_sec = 0.0
        for n, main in enumerate(mains):
            ranked = sorted(
                (t for j, t in enumerate(labels) if t != main and proba[n][j] >= thr[t] and t in support[n]),
                key=lambda t: -proba[n][labels.index(t)],
            )
            pred = {main, *ranked[:max_sec]}
            tp += weights[n] * len(pred & gold[n])
            fp += weights[n] * len(pred - gold[n])
            fn += weights[n] * len(gold[n] - pred)
            n_sec += weights[n] * (len(pred) - 1)
        return 2 * tp / max(1e-9, 2 * tp + fp + fn), n_sec

    def best_of(scores: list[tuple[float, float]]) -> float:
        top = max(s for _, s in scores)
        best = [t for t, s in scores if s >= top - 1e-9]
        return best[len(best) // 2]

    lexicon = [theme_scores(f"{i.text}") for i in items]
    supports = {
        lex: [{t for t in labels if lexicon[n].get(t, 0.0) >= lex} for n in range(len(items))]
        for lex in LEXICON_GRID
    }
    grid = {
        (lex, t): score(dict.fromkeys(labels, t), supports[lex])
        for lex in LEXICON_GRID
        for t in THRESHOLD_GRID
    }
    top = max(f for f, _ in grid.values())
    # Of the settings that tie on F1, the one predicting the fewest secondary themes (do not over-predict).
    near = [(k, v) for k, v in grid.items() if v[0] >= top - 1e-9]
    (best_lex, shared), _ = min(near, key=lambda kv: (kv[1][1], -kv[0][1], kv[0][0]))
    support = supports[best_lex]
    thr = dict.fromkeys(labels, shared)
    secondaries = {t: sum(t in g and t != m for g, m in zip(gold, mains, strict=True)) for t in labels}
    for _ in range(2):
        for t in labels:
            if secondaries[t] < 3:
                continue
            here = f1(thr, support)
            scores = [(c, f1({**thr, t: c}, support)) for c in THRESHOLD_GRID]
            cand = best_of(scores)
            if dict(scores)[cand] >= here + MIN_GAIN:  # a per-theme threshold must earn its place
                thr[t] = cand
    return shared, {t: v for t, v in thr.items() if v != shared}, best_lex


def directive_precision(items: list[AnnotatedRecommendation]) -> float:
    """How often the directive rule's main theme is the gold one where it fires (Laplace-smoothed): the
    confidence reported for a main theme the rule sets."""
    fired = right = 0
    for i in items:
        d = analyse(i.text, i.context).directive
        if d is not None:
            fired += 1
            right += d == i.themes[0]
    return round((right + 1) / (fired + 2), 4)


def _apply_calibration(bundle: dict[str, Any], cal: tuple[float, dict[str, float], float]) -> None:
    bundle["themes"]["threshold"], bundle["themes"]["thresholds"], bundle["themes"]["lexicon_min"] = cal


def _predict(bundle: dict[str, Any], items: list[AnnotatedRecommendation]):
    clf = RecommendationClassifier(bundle)
    return clf.predict([ClassifyInput(id=i.id, text=i.text, context=i.context) for i in items])


def _task_scores(metrics: dict[str, Any]) -> dict[str, float]:
    return {
        "level": metrics["level_accuracy"],
        "themes": (metrics["theme_micro_f1"] + metrics["main_theme_accuracy"]) / 2,
        "department": metrics["department_accuracy"] or 0.0,
    }


def _choose(val: dict[str, dict[str, float]], n_val: dict[str, int]) -> dict[str, str]:
    """Best per task on validation. The embedding model (~20x slower, and it pulls torch into the extraction
    path) must win by more than ``EMBED_MARGIN`` and by more than 1.5 validation items of that task."""
    chosen: dict[str, str] = {}
    for task in ("level", "themes", "department"):
        best = max(("rules", "tfidf"), key=lambda k: (val[k][task], k == "tfidf"))
        margin = max(EMBED_MARGIN, 1.5 / max(1, n_val.get(task, 1)))
        if "embed" in val and val["embed"][task] > val[best][task] + margin:
            best = "embed"
        chosen[task] = best
    return chosen


# ------------------------------------------------------------------------------------------------ main
def train_classifiers(
    seed: int = 13,
    out_dir: Path | None = None,
    train_path: Path = TRAIN_FILE,
    test_path: Path | None = TEST_FILE,
    corrections_path: Path | None = None,
    kinds: tuple[str, ...] = KINDS,
    log_to_mlflow: bool = True,
    real: bool = True,
    real_final_splits: tuple[str, ...] = ("train", "dev"),
    real_test: bool = False,
) -> TrainResult:
    """Train and compare the candidates, save the chosen models (see module docstring).

    With ``real`` (the default), the themes model and the agency fallback are then trained on the real
    recommendations of ``annotations/real`` (:mod:`training.real_models`; the synthetic items as down-weighted
    augmentation), refitted on ``real_final_splits``. ``real_test`` scores the saved bundle on the real test split
    for the model card: for the final report only, never for choosing.
    """
    from training.model_card import log_run, save_bundle  # it reads this module's settings

    t0 = time.perf_counter()
    np.random.seed(seed)
    random.seed(seed)
    items, n_corr = load_training_data(train_path, corrections_path)
    if len(items) < 10:
        raise InputError(f"{train_path}: only {len(items)} labelled items; at least 10 are needed to train")
    test = read_annotations(test_path) if test_path and Path(test_path).exists() else []
    tr, va = split(items, seed)

    def feats_of(xs: list[AnnotatedRecommendation]) -> list[str]:
        return [feature_text(x.text, x.context, analyse(x.text, x.context)) for x in xs]

    f_tr, f_all = feats_of(tr), feats_of(items)
    e_tr = e_all = None
    if "embed" in kinds:
        e_tr = Encoder.encode([f"{x.text} {x.context or ''}".strip() for x in tr])
        e_all = Encoder.encode([f"{x.text} {x.context or ''}".strip() for x in items])

    val_scores: dict[str, dict[str, float]] = {}
    val_metrics: dict[str, dict[str, Any]] = {}
    calibrated: dict[str, tuple[float, dict[str, float], float]] = {}
    position = {id(x): n for n, x in enumerate(items)}

    def fit_on(kind: str, part: list[AnnotatedRecommendation]) -> dict[str, Any]:
        idx = [position[id(x)] for x in part]
        emb = e_all[idx] if e_all is not None else None
        return _fit_bundle(kind, part, [f_all[n] for n in idx], emb, seed)

    for kind in kinds:
        bundle = _fit_bundle(kind, tr, f_tr, e_tr, seed)
        folds = [(bundle, va)]
        if kind != "rules":  # more group splits, so the calibration does not hang on one split
            for extra in range(1, CALIBRATION_SPLITS):
                tr_k, va_k = split(items, seed + extra)
                folds.append((fit_on(kind, tr_k), va_k))
        calibrated[kind] = calibrate_theme_thresholds(folds)
        _apply_calibration(bundle, calibrated[kind])
        m = evaluate_predictions(va, _predict(bundle, va))
        val_metrics[kind] = m
        val_scores[kind] = _task_scores(m)
        log.info("validation %s: %s", kind, val_scores[kind])
    n_val = {"level": len(va), "themes": len(va), "department": sum(i.department is not None for i in va)}
    chosen = (
        _choose(val_scores, n_val)
        if "tfidf" in kinds
        else {t: kinds[-1] for t in ("level", "themes", "department")}
    )

    final: dict[str, Any] = {}
    fitted: dict[str, dict[str, Any]] = {}
    for kind in sorted(set(chosen.values())):
        fitted[kind] = _fit_bundle(kind, items, f_all, e_all, seed)
        if kind in calibrated:  # the thresholds calibrated on validation carry over to the refitted model
            _apply_calibration(fitted[kind], calibrated[kind])
    for task, kind in chosen.items():
        final[task] = fitted[kind][task]
    if "tfidf" in fitted:
        final["tfidf_vectorizer"] = fitted["tfidf"]["tfidf_vectorizer"]
    if final["themes"].get("kind", "rules") != "rules":
        final["themes"]["mechanism_confidence"] = directive_precision(items)
    real_result = None
    if real:
        from training.real_models import real_examples, train_real_models

        real_result = train_real_models(items, seed=seed, final_splits=real_final_splits)
        if real_result is not None:
            chosen["themes"] = "hybrid (real)"
            chosen["agencies"] = "rules + learned fallback (real)"
            final["themes"] = real_result.themes
            final["agencies"] = real_result.agencies
            real_train = [x for sp in real_final_splits for x in real_examples(sp)]  # type: ignore[arg-type]
            final["themes"]["mechanism_confidence"] = directive_precision(real_train)
    tax = load_taxonomy()
    final["meta"] = {
        "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "seed": seed,
        "taxonomy_version": tax.version,
        "chosen": chosen,
        "n_train": len(items),
        "n_corrections": n_corr,
        "theme_thresholds": {
            "shared": final["themes"].get("threshold"),
            **final["themes"].get("thresholds", {}),
            "lexicon_min": final["themes"].get("lexicon_min", 0.0),
        },
    }
    if real_result is not None:
        final["meta"]["real"] = {
            "n_train": real_result.n_train,
            "n_dev": real_result.n_dev,
            "n_calibration": real_result.n_calibration,
            "final_splits": list(real_final_splits),
            "choice": real_result.choice,
            "calibration": real_result.calibration,
            "agency_fallback": {
                k: real_result.agencies[k] for k in ("threshold", "top_min", "emb_weight", "labels")
            },
            "themes": {
                k: real_result.themes[k]
                for k in (
                    "mechanism_rule",
                    "mechanism_min",
                    "max_secondary",
                    "threshold",
                    "thresholds",
                    "emb_weight",
                )
            },
        }
        final["meta"]["real"]["dev"] = real_result.extra.get("dev")
        if real_test:
            final["meta"]["real"]["test"] = _real_scores(final, "test")
    test_metrics = evaluate_predictions(test, _predict(final, test)) if test else {}
    model_path = None
    if out_dir is not None:
        model_path = save_bundle(
            final,
            Path(out_dir),
            val_scores,
            val_metrics,
            test_metrics,
            len(items),
            len(va),
            len(test),
            n_corr,
        )
    result = TrainResult(
        chosen,
        val_scores,
        test_metrics,
        len(tr),
        len(va),
        len(test),
        n_corr,
        time.perf_counter() - t0,
        model_path,
    )
    result.extra["real"] = final["meta"].get("real")
    if log_to_mlflow:
        result.run_id = log_run(result, seed, out_dir, val_metrics)
    return result


def _real_scores(bundle: dict[str, Any], split: str) -> dict[str, Any]:
    """The headline real-data figures of ``bundle`` on one split of ``annotations/real``."""
    from annotations.real import load_recommendations
    from evaluation.real_classification import evaluate_classification

    m = evaluate_classification(load_recommendations(split), RecommendationClassifier(bundle))  # type: ignore[arg-type]
    return {
        "n": m["n"],
        "agency_micro_f1": m["agencies"]["micro_f1"],
        "theme_micro_f1": m["themes"]["micro_f1"],
        "main_theme_accuracy": m["themes"]["main_accuracy"],
        "theme_per_label": m["themes"]["per_label"],
    }
