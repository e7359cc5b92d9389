"""Metrics of the recommendation classifier against gold labels, logged to mlflow.

Agencies: micro P/R/F1 over (item, agency) pairs and per label. Level: accuracy, confusion, per label.
Themes: micro P/R/F1 over (item, theme) pairs, main-theme accuracy, per label. Department: accuracy on the
national gold items. Calibration: expected calibration error and a reliability table of the level and main-theme
confidences.
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from typing import Any

from dhr.schema.classification import AnnotatedRecommendation, Classification

log = logging.getLogger(__name__)

LEVELS = ["local", "regional", "national"]


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": tp + fn}


def set_metrics(gold: list[list[str]], pred: list[list[str]]) -> dict[str, Any]:
    """Micro P/R/F1 and per-label P/R/F1 of multi-label predictions."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(g), set(p)
        for x in gs & ps:
            tp[x] += 1
        for x in ps - gs:
            fp[x] += 1
        for x in gs - ps:
            fn[x] += 1
    labels = sorted(set(tp) | set(fp) | set(fn))
    micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    exact = sum(set(g) == set(p) for g, p in zip(gold, pred, strict=True)) / max(1, len(gold))
    return {
        "micro": micro,
        "exact_match": round(exact, 4),
        "per_label": {x: _prf(tp[x], fp[x], fn[x]) for x in labels},
    }


def confusion(gold: list[str], pred: list[str], labels: list[str]) -> list[list[int]]:
    """Rows: gold label; columns: predicted label."""
    idx = {x: i for i, x in enumerate(labels)}
    m = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, pred, strict=True):
        if g in idx and p in idx:
            m[idx[g]][idx[p]] += 1
    return m


def calibration(conf: list[float], correct: list[bool], bins: int = 10) -> dict[str, Any]:
    """Expected calibration error and a reliability table (bins of confidence)."""
    table = []
    ece = 0.0
    n = len(conf)
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, c in enumerate(conf) if (lo < c <= hi) or (b == 0 and c == 0.0)]
        if not idx:
            continue
        acc = sum(correct[i] for i in idx) / len(idx)
        mean_conf = sum(conf[i] for i in idx) / len(idx)
        ece += len(idx) / max(1, n) * abs(acc - mean_conf)
        table.append(
            {
                "bin": f"{lo:.1f}-{hi:.1f}",
                "n": len(idx),
                "confidence": round(mean_conf, 3),
                "accuracy": round(acc, 3),
            }
        )
    return {"ece": round(ece, 4), "table": table}


def evaluate_predictions(gold: list[AnnotatedRecommendation], pred: list[Classification]) -> dict[str, Any]:
    """All the metrics of ``pred`` against ``gold`` (same order)."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold items but {len(pred)} predictions")
    agencies = set_metrics([g.agencies for g in gold], [p.agencies for p in pred])
    g_lv, p_lv = [g.level for g in gold], [p.level for p in pred]
    level_acc = sum(a == b for a, b in zip(g_lv, p_lv, strict=True)) / max(1, len(gold))
    level_per = set_metrics([[x] for x in g_lv], [[x] for x in p_lv])["per_label"]
    themes = set_metrics([g.themes for g in gold], [p.themes for p in pred])
    main_ok = [bool(p.themes) and p.themes[0] == g.themes[0] for g, p in zip(gold, pred, strict=True)]
    nat = [(g, p) for g, p in zip(gold, pred, strict=True) if g.department is not None]
    dep_acc = sum(g.department == p.department for g, p in nat) / len(nat) if nat else None
    flagged = sum(p.department_flag is not None for _, p in nat)
    level_cal = calibration(
        [p.scores.get("level", 0.0) for p in pred], [a == b for a, b in zip(g_lv, p_lv, strict=True)]
    )
    theme_cal = calibration(
        [p.scores.get(f"theme:{p.themes[0]}", 0.0) if p.themes else 0.0 for p in pred], main_ok
    )
    return {
        "n": len(gold),
        "agency_micro_f1": agencies["micro"]["f1"],
        "agency_micro_precision": agencies["micro"]["precision"],
        "agency_micro_recall": agencies["micro"]["recall"],
        "agency_exact_match": agencies["exact_match"],
        "level_accuracy": round(level_acc, 4),
        "theme_micro_f1": themes["micro"]["f1"],
        "main_theme_accuracy": round(sum(main_ok) / max(1, len(gold)), 4),
        "department_accuracy": None if dep_acc is None else round(dep_acc, 4),
        "department_n": len(nat),
        "department_flagged": flagged,
        "level_ece": level_cal["ece"],
        "main_theme_ece": theme_cal["ece"],
        "level_confusion": {"labels": LEVELS, "matrix": confusion(g_lv, p_lv, LEVELS)},
        "level_per_label": level_per,
        "agency_per_label": agencies["per_label"],
        "theme_per_label": themes["per_label"],
        "level_reliability": level_cal["table"],
        "main_theme_reliability": theme_cal["table"],
    }


HEADLINE = [
    "agency_micro_f1",
    "level_accuracy",
    "theme_micro_f1",
    "main_theme_accuracy",
    "department_accuracy",
    "level_ece",
    "main_theme_ece",
]


def evaluate_file(
    gold_path: Path, models_dir: Path | None = None, log_to_mlflow: bool = True
) -> dict[str, Any]:
    """Classify the gold file's items with the shipped models and score them (optionally logged to mlflow)."""
    from classification.classifier import load_classifier
    from classification.io import read_annotations
    from dhr.schema.classification import ClassifyInput

    gold = read_annotations(Path(gold_path))
    if not gold:
        from dhr.errors import InputError

        raise InputError(f"{gold_path}: no labelled items")
    clf = load_classifier(models_dir)
    pred = clf.predict([ClassifyInput(id=g.id, text=g.text, context=g.context) for g in gold])
    metrics = evaluate_predictions(gold, pred)
    metrics["models"] = clf.kinds
    if log_to_mlflow:
        log_metrics_to_mlflow("evaluate-classification", metrics, {"gold": str(gold_path), **clf.kinds})
    return metrics


def log_metrics_to_mlflow(run_name: str, metrics: dict[str, Any], params: dict[str, Any]) -> str | None:
    """Log the headline metrics, the params and the full report (JSON artefact). Returns the run id."""
    import json
    import tempfile

    from training.tracking import mlflow_run

    with mlflow_run("classification", run_name) as mlflow:
        if mlflow is None:
            return None
        mlflow.log_params({k: str(v)[:250] for k, v in params.items()})
        mlflow.log_metrics({k: float(metrics[k]) for k in HEADLINE if metrics.get(k) is not None})
        with tempfile.TemporaryDirectory() as tmp:
            p = Path(tmp) / "classification_metrics.json"
            p.write_text(json.dumps(metrics, indent=2))
            mlflow.log_artifact(str(p))
        run = mlflow.active_run()
        return run.info.run_id if run else None


def format_report(metrics: dict[str, Any]) -> str:
    """A short human-readable summary of the headline metrics and the level confusion."""
    lines = [f"items: {metrics['n']}"]
    for k in HEADLINE:
        v = metrics.get(k)
        lines.append(f"{k}: {'n/a' if v is None else f'{v:.3f}'}")
    lines.append("level confusion (rows gold, cols predicted: local regional national):")
    for lab, row in zip(
        metrics["level_confusion"]["labels"], metrics["level_confusion"]["matrix"], strict=True
    ):
        lines.append(f"  {lab:9s} {row}")
    weak = sorted(
        ((k, v["f1"], v["support"]) for k, v in metrics["agency_per_label"].items() if v["support"]),
        key=lambda x: x[1],
    )[:5]
    lines.append("weakest agencies (f1, support): " + ", ".join(f"{k} {f:.2f} ({s})" for k, f, s in weak))
    return "\n".join(lines)
