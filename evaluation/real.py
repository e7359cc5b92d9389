"""Every field on REAL review text first, synthetic text second: one command, one mlflow run, one quality gate.

The real data is `annotations/real` (published review text, split by commissioning CSP into train/dev/test) and
the word-processor documents of `annotations/wordproc` (DOCX and their PDF exports made from real train/dev
recommendation text, dev and test folders). Fields and where they come from:

- ``classify_*``: `dhr classify` on real recommendations (agencies F1, level accuracy, theme F1, main theme).
- ``timeline_f1``: (event, date) pairs found in real dated sentences (a gold 'other' expects no event).
- ``extract_*``: extraction of the word-processor documents (recommendations F1, numbers, agencies F1,
  actions with target date F1, level accuracy).
- ``search_*``: Recall@10 / nDCG@10 of the shipped hybrid search over the real recommendations.

``python -m evaluation.real`` (or ``dhr evaluate real``) prints the table and logs it to mlflow; ``--record``
writes the figures to ``evaluation/real_figures.json``, the floor that the quality-gate test
(`tests/evaluation/test_quality_gate.py`) holds every later change to. The test split is scored, never tuned on.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
WORDPROC = ROOT / "annotations" / "wordproc"
FIGURES_FILE = Path(__file__).resolve().parent / "real_figures.json"
SPLITS: tuple[str, ...] = ("dev", "test")
PARTS: tuple[str, ...] = ("classify", "timeline", "extract", "search")
#: How far a figure may fall below the recorded one before the quality gate fails: small sets move by one item
#: (1/68 recommendations is 0.015), so the margin is a little over one item's worth.
GATE_MARGIN = 0.02

#: (field, what the issue's "must reach" figure is) - printed beside the figures, for people.
TARGETS: dict[str, float] = {
    "classify_agencies_f1": 0.88,
    "classify_level_accuracy": 0.85,
    "classify_theme_f1": 0.75,
    "classify_main_theme_accuracy": 0.85,
    "timeline_f1": 0.80,
    "extract_recommendations_f1": 0.95,
    "extract_numbers_accuracy": 0.95,
    "extract_agencies_f1": 0.88,
    "extract_actions_target_date_f1": 0.90,
    "extract_level_accuracy": 0.85,
    "search_recall_at_10": 0.85,
}


def _classify(split: str) -> dict[str, float]:
    from annotations.real import load_recommendations
    from classification.classifier import load_classifier
    from evaluation.real_classification import evaluate_classification

    items = load_recommendations(split)  # type: ignore[arg-type]
    m = evaluate_classification(items, load_classifier())
    return {
        "classify_n": float(m["n"]),
        "classify_agencies_f1": m["agencies"]["micro_f1"],
        "classify_level_accuracy": m["level_accuracy"],
        "classify_theme_f1": m["themes"]["micro_f1"],
        "classify_main_theme_accuracy": m["themes"]["main_accuracy"],
    }


def _timeline(split: str) -> dict[str, float]:
    from annotations.real import load_timeline
    from evaluation.real_timeline import evaluate_timeline

    items = load_timeline(split)  # type: ignore[arg-type]
    m = evaluate_timeline(items)
    return {"timeline_n": float(len(items)), "timeline_f1": round(float(m["f1"]), 4)}


def _extract(split: str) -> dict[str, float]:
    from evaluation.extraction import evaluate_folder

    folder = WORDPROC / split
    if not folder.is_dir():  # train has no word-processor set: the layouts are built from train text
        return {}
    total, _results = evaluate_folder(folder)
    h = total.headline()
    return {
        "extract_documents": float(total.documents),
        "extract_recommendations_f1": h["recommendations_f1"],
        "extract_numbers_accuracy": h["numbers_accuracy"],
        "extract_agencies_f1": h["agencies_f1"],
        "extract_actions_target_date_f1": h["actions_target_date_f1"],
        "extract_level_accuracy": h["level_accuracy"],
    }


def _search(split: str) -> dict[str, float]:
    from evaluation.real_retrieval import evaluate_retrieval

    if split == "train":  # search queries are written for dev and test only
        return {}
    m = evaluate_retrieval(split=split)
    hybrid = m["systems"]["hybrid"]
    group = hybrid.get("all") or next(iter(hybrid.values()))
    out = {
        "search_queries": float(m["queries"]),
        "search_recall_at_10": group["recall_at_10"],
        "search_ndcg_at_10": group["ndcg_at_10"],
    }
    for baseline in ("tfidf", "minilm"):  # the same run's baselines, for the table
        if baseline in m["systems"]:
            b = m["systems"][baseline].get("all") or next(iter(m["systems"][baseline].values()))
            out[f"search_{baseline}_recall_at_10"] = b["recall_at_10"]
    return out


_RUNNERS: dict[str, Callable[[str], dict[str, float]]] = {
    "classify": _classify,
    "timeline": _timeline,
    "extract": _extract,
    "search": _search,
}


def synthetic_figures(n: int = 10, seed: int = 1) -> dict[str, float]:
    """The same extraction fields on freshly generated synthetic reports (second: they flatter the pipeline)."""
    import tempfile

    from evaluation.extraction import evaluate_folder
    from evaluation.synthetic_reports import generate_corpus

    with tempfile.TemporaryDirectory(prefix="dhr-syn-") as tmp:
        generate_corpus(Path(tmp), n, seed)
        total, _ = evaluate_folder(Path(tmp))
    h = total.headline()
    return {
        "extract_recommendations_f1": h["recommendations_f1"],
        "extract_numbers_accuracy": h["numbers_accuracy"],
        "extract_agencies_f1": h["agencies_f1"],
        "extract_actions_target_date_f1": h["actions_target_date_f1"],
        "extract_level_accuracy": h["level_accuracy"],
        "timeline_f1": h["timeline_f1"],
        "extract_main_theme_accuracy": h["main_theme_accuracy"],
    }


def evaluate_real(
    splits: Sequence[str] = SPLITS, parts: Sequence[str] = PARTS, *, synthetic: int = 0
) -> dict[str, Any]:
    """``{"real": {split: {field: value}}, "synthetic": {field: value} | None, "seconds": ...}``."""
    unknown = sorted(set(parts) - set(_RUNNERS))
    if unknown:
        raise ValueError(f"unknown part(s) {', '.join(unknown)}; valid parts: {', '.join(PARTS)}")
    started = time.perf_counter()
    real: dict[str, dict[str, float]] = {}
    for split in splits:
        if split not in ("train", "dev", "test"):
            raise ValueError(f"unknown split {split!r}; valid splits: train, dev, test")
        figures: dict[str, float] = {}
        for part in parts:
            figures.update(_RUNNERS[part](split))
        real[split] = figures
    return {
        "real": real,
        "synthetic": synthetic_figures(synthetic) if synthetic else None,
        "seconds": round(time.perf_counter() - started, 1),
    }


def gate_failures(
    figures: dict[str, dict[str, float]], recorded: dict[str, dict[str, float]], margin: float = GATE_MARGIN
) -> list[str]:
    """Each recorded quality figure that the new figures fall more than ``margin`` below (counts are skipped)."""
    failures = []
    for split, fields in recorded.items():
        for name, floor in fields.items():
            if name.endswith(("_n", "_documents", "_queries")):
                continue
            got = figures.get(split, {}).get(name)
            if got is None:
                failures.append(f"{split}/{name}: not measured (recorded {floor:.3f})")
            elif got < floor - margin:
                failures.append(f"{split}/{name}: {got:.3f} < recorded {floor:.3f} - {margin}")
    return failures


def format_table(result: dict[str, Any]) -> str:
    real = result["real"]
    splits = list(real)
    names = list(dict.fromkeys(k for s in splits for k in real[s]))
    syn = result.get("synthetic") or {}
    head = ["field", *(f"real {s}" for s in splits), "synthetic", "target"]
    lines = [" | ".join(head), " | ".join("---" for _ in head)]
    for name in names:
        cells = [name]
        for s in splits:
            v = real[s].get(name)
            cells.append(
                ""
                if v is None
                else (f"{v:.0f}" if name.endswith(("_n", "_documents", "_queries")) else f"{v:.3f}")
            )
        cells.append(f"{syn[name]:.3f}" if name in syn else "")
        cells.append(f">= {TARGETS[name]:.2f}" if name in TARGETS else "")
        lines.append(" | ".join(cells))
    return "\n".join(lines)


def log_to_mlflow(result: dict[str, Any]) -> None:
    from training.tracking import mlflow_run

    with mlflow_run("real-evaluation", "evaluate-real") as mlflow:
        if mlflow is None:
            return
        for split, fields in result["real"].items():
            mlflow.log_metrics({f"real_{split}_{k}": float(v) for k, v in fields.items()})
        if result.get("synthetic"):
            mlflow.log_metrics({f"synthetic_{k}": float(v) for k, v in result["synthetic"].items()})
        mlflow.log_dict(result, "real_evaluation.json")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--split", action="append", choices=("train", "dev", "test"), help="default: dev and test"
    )
    parser.add_argument("--part", action="append", choices=PARTS, help="default: all")
    parser.add_argument("--synthetic", type=int, default=10, help="synthetic reports to generate (0: none)")
    parser.add_argument("--no-mlflow", action="store_true", help="do not log the run to mlflow")
    parser.add_argument("--record", action="store_true", help=f"write the figures to {FIGURES_FILE.name}")
    parser.add_argument(
        "--gate", action="store_true", help="exit 1 when a field falls below the recorded figures"
    )
    args = parser.parse_args(argv)
    result = evaluate_real(tuple(args.split or SPLITS), tuple(args.part or PARTS), synthetic=args.synthetic)
    sys.stdout.write(format_table(result) + "\n")
    if not args.no_mlflow:
        log_to_mlflow(result)
    if args.record:
        FIGURES_FILE.write_text(json.dumps(result["real"], indent=2, sort_keys=True) + "\n", encoding="utf-8")
        sys.stdout.write(f"recorded {FIGURES_FILE}\n")
    if args.gate:
        recorded = json.loads(FIGURES_FILE.read_text(encoding="utf-8"))
        failures = gate_failures(result["real"], recorded)
        for line in failures:
            sys.stderr.write(f"quality gate: {line}\n")
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
