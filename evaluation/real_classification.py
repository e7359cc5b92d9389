"""The recommendation classifier scored on real recommendations (``annotations/real``, ``load_recommendations``).

Each real item is classified as extraction would classify it: its ``text`` with its ``addressed_to`` (the agency
heading or Lead Agency cell the report printed) as ``context``. Scored:

- agencies: micro P/R/F1 over (item, agency) pairs, exact match, per agency;
- themes: micro P/R/F1 over (item, theme) pairs, per theme, and main-theme accuracy (the first theme);
- level: accuracy (another engineer owns it; reported so one run shows every label).

The shipped theme model is fitted on ``train`` + ``dev``, so its ``dev`` theme figures are fitted figures; the
honest ones (a train-only fit scored on ``dev``, and leave-one-CSP-out cross-validation over ``train`` + ``dev``
with nested calibration, per-theme precision/recall) come from ``python -m training.theme_cv``.

``--show-errors`` lists the wrong items of a ``train`` or ``dev`` split; it refuses ``test``, which is scored only,
never read item by item.

    python -m evaluation.real_classification --split dev [--models DIR] [--show-errors] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Protocol

from dhr.schema.classification import Classification, ClassifyInput
from evaluation.classification import set_metrics


class _Classifier(Protocol):
    def predict(self, items: list[ClassifyInput]) -> list[Classification]: ...


def classify_inputs(items: list[dict[str, Any]]) -> list[ClassifyInput]:
    """The classifier's inputs for real items: the text, with the printed addressee line as context and the
    commissioning CSP (what extraction reads from the report's title page) for the level's geography."""
    return [
        ClassifyInput(
            id=str(it.get("id") or n),
            text=it["text"],
            context=it.get("addressed_to") or None,
            csp=it.get("csp") or None,
        )
        for n, it in enumerate(items)
    ]


def evaluate_classification(items: list[dict[str, Any]], classifier: _Classifier) -> dict[str, Any]:
    """Agency, theme (micro, per theme, main) and level metrics of ``classifier`` on real ``items``."""
    pred = classifier.predict(classify_inputs(items)) if items else []
    return score_predictions(items, pred)


def score_predictions(items: list[dict[str, Any]], pred: list[Classification]) -> dict[str, Any]:
    """The metrics of :func:`evaluate_classification` for predictions made already (same order as ``items``)."""
    if len(items) != len(pred):
        raise ValueError(f"{len(items)} gold items but {len(pred)} predictions")
    agencies = set_metrics([it["agencies"] for it in items], [p.agencies for p in pred])
    themes = set_metrics([it["themes"] for it in items], [p.themes for p in pred])
    main_ok = sum(
        bool(p.themes) and p.themes[0] == it["themes"][0] for it, p in zip(items, pred, strict=True)
    )
    level_ok = sum(p.level == it.get("level") for it, p in zip(items, pred, strict=True))
    n = len(items)
    return {
        "n": n,
        "agencies": {
            "micro_f1": agencies["micro"]["f1"],
            "micro_precision": agencies["micro"]["precision"],
            "micro_recall": agencies["micro"]["recall"],
            "exact_match": agencies["exact_match"],
            "per_label": agencies["per_label"],
        },
        "themes": {
            "micro_f1": themes["micro"]["f1"],
            "micro_precision": themes["micro"]["precision"],
            "micro_recall": themes["micro"]["recall"],
            "exact_match": themes["exact_match"],
            "main_accuracy": round(main_ok / n, 4) if n else 0.0,
            "per_label": themes["per_label"],
        },
        "level_accuracy": round(level_ok / n, 4) if n else 0.0,
    }


def errors(items: list[dict[str, Any]], pred: list[Classification]) -> list[dict[str, Any]]:
    """The items whose agencies or themes are wrong, with gold and predicted labels."""
    out = []
    for it, p in zip(items, pred, strict=True):
        agency_wrong = set(p.agencies) != set(it["agencies"])
        theme_wrong = set(p.themes) != set(it["themes"]) or not p.themes or p.themes[0] != it["themes"][0]
        if agency_wrong or theme_wrong:
            out.append(
                {
                    "id": it.get("id"),
                    "text": it["text"],
                    "addressed_to": it.get("addressed_to"),
                    "gold_agencies": it["agencies"],
                    "pred_agencies": p.agencies,
                    "gold_themes": it["themes"],
                    "pred_themes": p.themes,
                }
            )
    return out


def format_report(metrics: dict[str, Any]) -> str:
    """Headline figures, then per-theme and the weakest agencies."""
    a, t = metrics["agencies"], metrics["themes"]
    lines = [
        f"items: {metrics['n']}",
        f"agency micro-F1 {a['micro_f1']:.3f} (P {a['micro_precision']:.3f}, R {a['micro_recall']:.3f}); "
        f"exact {a['exact_match']:.3f}",
        f"theme micro-F1 {t['micro_f1']:.3f} (P {t['micro_precision']:.3f}, R {t['micro_recall']:.3f}); "
        f"main theme accuracy {t['main_accuracy']:.3f}",
        f"level accuracy {metrics['level_accuracy']:.3f}",
        "per theme (P / R / F1 / n):",
    ]
    for lab, v in sorted(t["per_label"].items()):
        lines.append(f"  {lab:24s} {v['precision']:.2f} {v['recall']:.2f} {v['f1']:.2f} {v['support']}")
    weak = sorted(
        ((k, v) for k, v in a["per_label"].items()), key=lambda kv: (kv[1]["f1"], -kv[1]["support"])
    )
    lines.append("agencies, weakest first (P / R / F1 / n):")
    for lab, v in weak[:12]:
        lines.append(f"  {lab:32s} {v['precision']:.2f} {v['recall']:.2f} {v['f1']:.2f} {v['support']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("train", "dev", "test"), default="dev")
    parser.add_argument("--models", default=None, help="classifiers directory (default: the shipped models)")
    parser.add_argument("--show-errors", action="store_true", help="list wrong items (train/dev only)")
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    args = parser.parse_args(argv)
    if args.show_errors and args.split == "test":
        parser.error("--show-errors is not allowed on the test split (it is scored, never read)")

    from annotations.real import load_recommendations
    from classification.classifier import load_classifier

    items = load_recommendations(args.split)
    if not items:
        print(f"no real recommendations in the {args.split} split", file=sys.stderr)  # noqa: T201
        return 1
    clf = load_classifier(None if args.models is None else Path(args.models))
    pred = clf.predict(classify_inputs(items))
    metrics = score_predictions(items, pred)
    print(json.dumps(metrics, indent=2) if args.json else format_report(metrics))  # noqa: T201
    if args.show_errors:
        for e in errors(items, pred):
            print(json.dumps(e, ensure_ascii=False))  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
