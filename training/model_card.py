"""What ``dhr train classifiers`` leaves behind: the saved bundle with ``metrics.json`` and ``MODEL_CARD.md``
(:func:`save_bundle`, :func:`model_card`), and the mlflow run (:func:`log_run`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from classification.classifier import MODEL_FILE
from dhr.taxonomy import load_taxonomy
from training.classifiers import CALIBRATION_SPLITS, EMBED_MARGIN, MAX_SECONDARY

if TYPE_CHECKING:
    from training.classifiers import TrainResult


def save_bundle(
    bundle: dict[str, Any],
    out_dir: Path,
    val_scores: dict[str, dict[str, float]],
    val_metrics: dict[str, dict[str, Any]],
    test: dict[str, Any],
    n_train: int,
    n_val: int,
    n_test: int,
    n_corr: int,
) -> Path:
    """Write the joblib bundle, ``metrics.json`` and ``MODEL_CARD.md`` (written to a temp name, then moved)."""
    import joblib

    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / MODEL_FILE
    tmp = out_dir / (MODEL_FILE + ".tmp")
    joblib.dump(bundle, tmp, compress=3)
    tmp.replace(path)
    metrics = {"validation": val_scores, "test": test, "meta": bundle["meta"]}
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=2, default=str) + "\n")
    (out_dir / "MODEL_CARD.md").write_text(
        model_card(bundle["meta"], val_scores, test, n_train, n_val, n_test, n_corr, path.stat().st_size)
    )
    return path


def model_card(
    meta: dict[str, Any],
    val: dict[str, dict[str, float]],
    test: dict[str, Any],
    n_train: int,
    n_val: int,
    n_test: int,
    n_corr: int,
    size: int,
) -> str:
    lines = [
        "# Model card: recommendation classifiers",
        "",
        f"- Created: {meta['created']} by `dhr train classifiers --seed {meta['seed']}` (deterministic given the seed).",
        f"- Taxonomy version: `{meta['taxonomy_version']}` (`dhr/data/taxonomy.json`, SHA-256 prefix).",
        f"- File: `{MODEL_FILE}` ({size / 1e6:.2f} MB, joblib). Loaded by `classification.classifier.load_classifier`.",
        f"- Chosen per task: {', '.join(f'{k}: **{v}**' for k, v in meta['chosen'].items())}. "
        "Agencies come from the addressee rules of `classification/agencies.py` (gazetteer "
        "`classification/data/gazetteer.json`); where they find no addressee or only `other`, the learned "
        "fallback of `classification/learned.py` (trained on real recommendations) picks them when it is sure.",
        "- Themes: the main theme is the directive's mechanism when it names one (training, briefing/campaign/"
        "reminder/sharing learning, policy/procedure/protocol/pathway/guidance, flags/prompts/system changes) or "
        "`other` for resourcing/governance (`classification.rules.directive_theme`), else the model's; at most "
        f"{MAX_SECONDARY} secondary theme(s) above thresholds calibrated on the pooled validation parts of "
        f"{CALIBRATION_SPLITS} group splits: "
        f"{meta.get('theme_thresholds', {})}.",
        "",
        "## Data",
        f"- Training: `annotations/classification/train.jsonl` + {n_corr} corrections = {n_train} items "
        f"(validation split {n_val} of them, grouped by template phrasing so its phrasings are unseen, for model choice; the chosen models are refitted on all).",
        f"- Test: `annotations/classification/test.jsonl`, {n_test} held-back items (different phrasings and agency "
        "spellings from train). Written by the team in the style of real DHR recommendations, labelled per "
        "`LABELLING-GUIDE.md`. Not real recommendations: real-data figures come from the team's held-out set.",
        "",
        "## Validation (model choice)",
        "",
        "| candidate | level acc | themes (micro-F1 + main acc)/2 | department acc |",
        "|---|---|---|---|",
    ]
    for kind, s in val.items():
        lines.append(f"| {kind} | {s['level']:.3f} | {s['themes']:.3f} | {s['department']:.3f} |")
    if test:
        lines += [
            "",
            "## Held-back test split (chosen models)",
            "",
            f"- agency micro-F1 {test['agency_micro_f1']:.3f} (P {test['agency_micro_precision']:.3f}, "
            f"R {test['agency_micro_recall']:.3f})",
            f"- level accuracy {test['level_accuracy']:.3f}; ECE {test['level_ece']:.3f}",
            f"- theme micro-F1 {test['theme_micro_f1']:.3f}; main theme accuracy {test['main_theme_accuracy']:.3f}",
            f"- department accuracy {test['department_accuracy']} on {test['department_n']} national items",
            "",
            "Level confusion (rows gold, columns predicted; local, regional, national): "
            + str(test["level_confusion"]["matrix"]),
            "",
            "### Per label (precision / recall / F1 / support)",
            "",
            "| task | label | P | R | F1 | n |",
            "|---|---|---|---|---|---|",
        ]
        for task in ("level_per_label", "theme_per_label", "agency_per_label"):
            for lab, v in sorted(test[task].items()):
                lines.append(
                    f"| {task.split('_')[0]} | {lab} | {v['precision']:.2f} | {v['recall']:.2f} | "
                    f"{v['f1']:.2f} | {v['support']} |"
                )
    lines += _real_card(meta.get("real"))
    lines += [
        "",
        "## Limits",
        "- Level and department are trained on the synthetic-style set only: expect lower figures on real reports.",
        "- Themes and the agency fallback learn from few real recommendations (see the counts above): the held-out",
        "  figures move by several points with one or two items, and the main theme stays the weakest label.",
        "- Unknown local service names fall back to naming patterns (an unknown NHS trust without a type word maps",
        "  to `local_health_trust`) and, where the rules find no addressee, to the learned fallback.",
        "- Level depends on geography the text may not state (a county force is local for a county review).",
        "",
    ]
    return "\n".join(lines)


def _real_card(real: dict[str, Any] | None) -> list[str]:
    """The model card's section on the models trained on real recommendations."""
    if not real:
        return []
    th = real["themes"]
    ag = real["agency_fallback"]
    lines = [
        "",
        "## Real recommendations (`annotations/real`): themes and the agency fallback",
        "",
        f"- Fitted on the real {' + '.join(real['final_splits'])} items (train {real['n_train']}, dev "
        f"{real['n_dev']}) with the synthetic set as augmentation, weighted "
        f"{real['choice']['themes']['synthetic_weight']} (themes) / {real['choice']['agencies']['synthetic_weight']} "
        "(agencies) against 1 for a real item; the agency fallback also learns the gazetteer's names as headings.",
        f"- Chosen and calibrated on {real['n_calibration']} held-out real items (dev predicted by a train-only fit, "
        "pooled with out-of-fold train predictions, folds by CSP). Themes: embedding weight "
        f"{th['emb_weight']} (0 = TF-IDF alone), mechanism-first main theme {th['mechanism_rule']} (when the model gives the mechanism at least "
        f"{th.get('mechanism_min', 0.0)}), main-theme "
        f"model class-balanced {real['choice']['themes'].get('main_balanced', True)}, regularisation C "
        f"{real['choice']['themes'].get('c')}, at most "
        f"{th['max_secondary']} secondary theme(s), shared threshold {th['threshold']}, per theme {th['thresholds']}. "
        f"Agency fallback: embedding weight {ag['emb_weight']}, threshold {ag['threshold']}, single best from "
        f"{ag['top_min']} (1.01 = never), {len(ag['labels'])} agencies known.",
        "",
        "Held-out real figures of each candidate (the objective is (theme micro-F1 + main accuracy) / 2; "
        "agencies: micro-F1 of rules + fallback, and of the rules alone):",
        "",
        "| themes candidate | theme micro-F1 | main theme acc |",
        "|---|---|---|",
    ]
    for name, t in real["calibration"]["themes"].items():
        lines.append(f"| {name} | {t['scores']['micro_f1']:.3f} | {t['scores']['main_accuracy']:.3f} |")
    lines += [
        "",
        "| agency fallback candidate | agency F1, rules + fallback | rules alone | items it ran on |",
    ]
    lines.append("|---|---|---|---|")
    for name, a in real["calibration"]["agencies"].items():
        lines.append(f"| {name} | {a['f1']:.3f} | {a['f1_rules']:.3f} | {a['n_fallback']} |")
    dev = real.get("dev")
    if dev:
        lines += [
            "",
            f"Real dev split ({dev['n']} items) predicted by models fitted on train only, with the chosen settings "
            "(chosen on a pool that includes dev, so not fully unseen): agency micro-F1 "
            f"{dev['agency_micro_f1']:.3f} (rules alone {dev['agency_micro_f1_rules']:.3f}), theme micro-F1 "
            f"{dev['theme_micro_f1']:.3f}, main theme accuracy {dev['main_theme_accuracy']:.3f}.",
            "",
            "| theme (dev) | P | R | F1 | n |",
            "|---|---|---|---|---|",
        ]
        for lab, v in sorted(dev["theme_per_label"].items()):
            lines.append(
                f"| {lab} | {v['precision']:.2f} | {v['recall']:.2f} | {v['f1']:.2f} | {v['support']} |"
            )
    test = real.get("test")
    if test:
        lines += [
            "",
            f"Real test split ({test['n']} items, scored once, never tuned on): agency micro-F1 "
            f"{test['agency_micro_f1']:.3f}, theme micro-F1 {test['theme_micro_f1']:.3f}, main theme accuracy "
            f"{test['main_theme_accuracy']:.3f}.",
            "",
            "| theme | P | R | F1 | n |",
            "|---|---|---|---|---|",
        ]
        for lab, v in sorted(test["theme_per_label"].items()):
            lines.append(
                f"| {lab} | {v['precision']:.2f} | {v['recall']:.2f} | {v['f1']:.2f} | {v['support']} |"
            )
    return lines


def log_run(
    result: TrainResult, seed: int, out_dir: Path | None, val_metrics: dict[str, dict[str, Any]]
) -> str | None:
    from evaluation.classification import HEADLINE
    from training.tracking import mlflow_run

    with mlflow_run("classification", "train-classifiers") as mlflow:
        if mlflow is None:
            return None
        mlflow.log_params(
            {
                "seed": seed,
                "n_train": result.n_train,
                "n_val": result.n_val,
                "n_test": result.n_test,
                "n_corrections": result.n_corrections,
                "taxonomy_version": load_taxonomy().version,
                **{f"chosen_{k}": v for k, v in result.chosen.items()},
                "embed_margin": EMBED_MARGIN,
            }
        )
        for kind, s in result.validation.items():
            mlflow.log_metrics({f"val_{kind}_{task}": float(v) for task, v in s.items()})
        for k in HEADLINE:  # the evaluation's headline figures, as the card reports them
            if result.test.get(k) is not None:
                mlflow.log_metric(f"test_{k}", float(result.test[k]))
        real = result.extra.get("real")
        if real:
            mlflow.log_params(
                {
                    "real_final_splits": ",".join(real["final_splits"]),
                    "real_n_train": real["n_train"],
                    "real_n_dev": real["n_dev"],
                    **{f"real_{task}_{k}": v for task, c in real["choice"].items() for k, v in c.items()},
                    "real_theme_mechanism_rule": real["themes"]["mechanism_rule"],
                    "real_theme_max_secondary": real["themes"]["max_secondary"],
                    "real_agency_threshold": real["agency_fallback"]["threshold"],
                }
            )
            for name, t in real["calibration"]["themes"].items():
                key = name.replace("=", "").replace(" ", "_")
                mlflow.log_metrics({f"heldout_theme_{k}_{key}": float(v) for k, v in t["scores"].items()})
            for name, a in real["calibration"]["agencies"].items():
                key = name.replace("=", "").replace(" ", "_")
                mlflow.log_metrics(
                    {f"heldout_agency_f1_{key}": a["f1"], f"heldout_agency_f1_rules_{key}": a["f1_rules"]}
                )
            for k, v in (real.get("test") or {}).items():
                if isinstance(v, int | float):
                    mlflow.log_metric(f"real_test_{k}", float(v))
        mlflow.log_metric("train_seconds", result.seconds)
        if out_dir is not None:
            for name in (MODEL_FILE, "MODEL_CARD.md", "metrics.json"):
                p = Path(out_dir) / name
                if p.exists():
                    mlflow.log_artifact(str(p))
        run = mlflow.active_run()
        return run.info.run_id if run else None
