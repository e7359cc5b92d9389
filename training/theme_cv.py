"""Honest figures for the theme model on real text: never scored on what it was fitted or tuned on.

Two measures, both over the real ``train`` + ``dev`` splits only (the ``test`` split is never read here):

- **train -> dev**: fitted on real ``train`` (+ the augmentation sets), scored on real ``dev``; the decision
  settings (main-theme rule, thresholds) calibrated on out-of-fold predictions of ``train`` only;
- **CSP cross-validation**: leave one commissioning CSP out over ``train`` + ``dev``; each held-out CSP is
  predicted by a model fitted on the others, its settings calibrated on the others' out-of-fold predictions
  (nested, so no held-out item touches its own thresholds).

Per theme precision/recall of the pooled CV predictions are printed (any theme, and main theme), with the CV
main-theme accuracy of each decider (the main-theme model alone; the guide's mechanism rule over it; the guide's
full order of ``classification/main_theme.py`` with the substance layer; the calibrated choice), the main-theme
confusions and each outer fold's calibrated settings. ``--errors`` lists the CV-wrong items (train/dev items
only) for error study.

    python -m training.theme_cv [--errors] [--inner-folds 3] [--no-own-words]

``--ask-weight W`` blends the ask model (``classification.theme_ask``: the ask sentence's embedding only) into the
main-theme model's probabilities inside every fit; ``--ship-ask DIR`` fits it on train + dev and saves it beside
the bundle. Measured 2026-12-05 at W 0.4: the model alone 0.588 -> 0.647 main in LOCO CV, the decider unchanged
(0.922), but two more errors on the unseen own-words batch theme_blind5d (0.90 -> 0.80), so it is not shipped.

The ``decider_margin_<m>`` lines are the decider with the model's main theme winning over the ask's substance cue
when it is surer by more than ``m`` (``classification.main_theme.decide_main`` ``model_margin``). Measured
2026-12-05 (d03ec4d): decider 0.922, margins 0 / 0.1 / 0.2 / 0.3 / 0.4: 0.804 / 0.824 / 0.843 / 0.863 / 0.882;
on the unseen own-words batches as first scored the margin gained at most 4 of 182 items, so the cues keep winning.
The same run: LOCO theme F1 0.820 -> 0.865 (main 0.922 unchanged) after the main-theme cue changes of fd4abbd..2255592
(the secondary themes their text cues name: 'tags' now cue technology; some folds calibrate one secondary instead
of two), train -> dev 0.832 -> 0.814 (main 0.926 unchanged): swings of a few theme pairs on 51 / 27 items.

``cv_main_accuracy_by_decider`` also holds the simpler deciders of ``training.main_variants`` (prototype
similarity of the ask, the class prior, each alone and under the guide's mechanism rule). Measured 2026-12-05
(4f329c1 + the theme_blind14 fixes; LOCO main, 51 items): model alone 0.588, mechanism rule 0.804, guide order and
decider 0.922, prototype 0.490, mechanism + prototype 0.765, prior 0.275, mechanism + prior 0.667. The rule parts
were widened on these items, so only the model and prototype figures are unseen; on the own-words sets 7, 11-14
(``training.theme_blind --settings``) the decider also reads best pooled (258/272; mechanism rule 249, model 232,
prototype 135), though on set 7, whose errors were never read, the mechanism rule alone reads 48/54 to its 45.

``--drop-tags zag`` fits without the rules' addressee ids (``zag<id>``; a shipped task records the prefixes and run
time strips the same). Measured 2026-12-05: LOCO CV 0.820 -> 0.838 theme F1 (main 0.922 both), but train -> dev
0.832 -> 0.814, fitted real dev 0.980/1.000 -> 0.946/0.963 and the unseen own-words batches 4b, 5d lower (a
none/one/several count token in their place: the same figures), so the ids stay. The LOCO figure moves with a
few items' ids (0.843 at c713394 -> 0.820 when the agency rules re-read four augmentation items and one dev item;
the old ids of the four alone 0.833, of the one alone 0.820 with main 0.902): a small-sample swing of three or
four held-out items, not a trend to fit.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
from pathlib import Path
from typing import Any

import numpy as np

from classification.rules import THEMES, analyse, feature_text
from dhr.schema.classification import AnnotatedRecommendation
from evaluation.classification import set_metrics
from training.real_models import (
    Example,
    ThemeOutputs,
    _concat,
    _group,
    calibrate_themes,
    csp_folds,
    decide_themes,
    fit_theme_task,
    real_examples,
    theme_outputs,
    theme_scores,
)

log = logging.getLogger(__name__)
_CACHE = Path("/tmp/dhr-theme-cv-emb.npz")
_ROOT = Path(__file__).resolve().parent.parent
#: The own-words theme sets that rules were fixed against (so dev sets, never blind again): ``--blind-weight``
#: adds them as augmentation. The unseen halves (tests/classification/data/theme_blind4b.psv, theme_blind5d.psv)
#: are never listed here.
DEV_BLIND_FILES = (
    _ROOT / "annotations/classification/source/own_words_blind_themes.psv",
    _ROOT / "annotations/classification/source/own_words_blind2_themes.psv",
    _ROOT / "annotations/classification/source/own_words_blind3_themes.psv",
    _ROOT / "tests/classification/data/theme_blind4a.psv",
    _ROOT / "tests/classification/data/theme_blind5c.psv",
)


#: The margins by which the model's main theme may beat the substance cue's, measured as CV variants.
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)


def _embed(texts: list[str]) -> np.ndarray:
    """MiniLM embeddings, cached on disk by text (the CV refits many times on the same texts)."""
    from classification.classifier import Encoder

    store: dict[str, np.ndarray] = {}
    if _CACHE.exists():
        with np.load(_CACHE) as z:
            store = {k: z[k] for k in z.files}
    key = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
    todo = sorted({(k, t) for k, t in zip(key, texts, strict=True) if k not in store})
    if todo:
        vecs = Encoder.encode([t for _, t in todo])
        store.update({k: v for (k, _), v in zip(todo, vecs, strict=True)})
        np.savez(_CACHE, **store)
    return np.stack([store[k] for k in key]) if texts else np.zeros((0, 384), np.float32)


class Pool:
    """Features and embeddings of every item, computed once."""

    def __init__(self, items: list[AnnotatedRecommendation], drop_tags: list[str] | None = None) -> None:
        from classification.learned import drop_feature_tags

        feats = drop_feature_tags(
            [feature_text(i.text, i.context, analyse(i.text, i.context)) for i in items], drop_tags
        )
        self.feat = {id(i): f for i, f in zip(items, feats, strict=True)}
        emb = _embed([f"{i.text} {i.context or ''}".strip() for i in items])
        self.emb = {id(i): e for i, e in zip(items, emb, strict=True)}
        from classification.theme_ask import ask_text

        ask = _embed([ask_text(i.text) for i in items])
        self.ask = {id(i): e for i, e in zip(items, ask, strict=True)}

    def xy(self, ex: list[Any]) -> tuple[list[str], np.ndarray]:
        its = [e.item if isinstance(e, Example) else e for e in ex]
        return [self.feat[id(i)] for i in its], np.stack([self.emb[id(i)] for i in its])


def fit_predict(
    pool: Pool,
    real_fit: list[AnnotatedRecommendation],
    aug: list[tuple[AnnotatedRecommendation, float]],
    held: list[AnnotatedRecommendation],
    cfg: dict[str, Any],
) -> ThemeOutputs:
    ex = [Example(i, 1.0, _group(i), True) for i in real_fit]
    ex += [Example(i, w, i.source or i.id, False) for i, w in aug if w > 0]
    f, e = pool.xy(ex)
    task = fit_theme_task(
        ex, f, e, cfg["emb_weight"], cfg.get("seed", 13), cfg["c"], cfg.get("proto_weight", 0.0)
    )
    hf, he = pool.xy(held)
    out = theme_outputs(task, held, hf, he, cfg.get("main_key", "main_model"))
    if cfg.get("ask_weight", 0.0) > 0:
        from classification.theme_ask import ask_proba, blend

        ask = _fit_ask(pool, ex, cfg)
        held_ask = np.stack([pool.ask[id(i)] for i in held])
        out.main = blend(out.main, ask_proba(ask, held_ask, out.main_classes), cfg["ask_weight"])
    return out


def _fit_ask(pool: Pool, ex: list[Example], cfg: dict[str, Any]) -> dict[str, Any]:
    """The ask model (classification.theme_ask) fitted on the same weighted examples as the theme task."""
    from classification.theme_ask import fit_ask_model

    return fit_ask_model(
        np.stack([pool.ask[id(e.item)] for e in ex]),
        [e.item.themes[0] for e in ex],
        [e.weight for e in ex],
        cfg.get("ask_c", 4.0),
        cfg.get("ask_weight", 0.0),
    )


def calibrated_predict(
    pool: Pool,
    fit_items: list[AnnotatedRecommendation],
    aug: list[tuple[AnnotatedRecommendation, float]],
    held: list[AnnotatedRecommendation],
    cfg: dict[str, Any],
    inner: int,
    variants: dict[str, list[str]] | None = None,
) -> tuple[list[list[str]], dict[str, Any]]:
    """Predict ``held`` with a model fitted on ``fit_items``; settings from ``fit_items``' own CSP-folded OOF.

    ``variants`` (when given) gets, per main-theme decider, the main themes it gives ``held``: the model alone,
    the guide's mechanism rule over the model (the substance layer off), and the calibrated decider."""
    oof = []
    for fold in csp_folds(fit_items, inner, 13):
        idx = set(fold)
        oof.append(
            fit_predict(
                pool,
                [x for n, x in enumerate(fit_items) if n not in idx],
                aug,
                [fit_items[n] for n in fold],
                cfg,
            )
        )
    setting = calibrate_themes(_concat(oof))
    out = fit_predict(pool, fit_items, aug, held, cfg)
    thr = {**dict.fromkeys(THEMES, setting["threshold"]), **setting["thresholds"]}
    pred = decide_themes(
        out,
        thr,
        setting["max_secondary"],
        setting["mechanism_rule"],
        setting["mechanism_min"],
        setting.get("substance_min"),
        setting.get("cue_bonus", 0.0),
        setting.get("substance_bonus", 0.0),
    )
    if variants is not None:
        from collections import Counter

        from training.main_variants import variant_picks
        from training.real_themes import theme_prototypes

        loose = dict.fromkeys(THEMES, 1.01)
        mm = setting["mechanism_min"]
        prior = Counter(i.themes[0] for i in fit_items).most_common(1)[0][0]
        ask = np.stack([pool.ask[id(i)] for i in held])
        for name, v in variant_picks(out, setting, ask, theme_prototypes(), list(THEMES), prior).items():
            variants.setdefault(name, []).extend(v)
        # the model's pick over the ask's substance cue when it is surer by more than a margin
        # (classification.main_theme.decide_main ``model_margin``)
        for margin in MARGINS:
            picks = decide_themes(
                out,
                loose,
                0,
                setting["mechanism_rule"],
                mm,
                setting.get("substance_min"),
                model_margin=margin,
            )
            variants.setdefault(f"decider_margin_{margin}", []).extend(p[0] for p in picks)
    return pred, setting


def run(
    cfg: dict[str, Any],
    aug: list[tuple[AnnotatedRecommendation, float]],
    inner: int,
    errors: bool,
    outer: int = 0,
) -> dict:
    tr, dev = real_examples("train"), real_examples("dev")
    pool = Pool(tr + dev + [i for i, _ in aug], cfg.get("drop_tags"))
    pred_dev, set_dev = calibrated_predict(pool, tr, aug, dev, cfg, inner)
    dev_scores = theme_scores([list(i.themes) for i in dev], pred_dev)
    allx = tr + dev
    # outer folds: one CSP each (0), or ``outer`` folds of whole CSPs (cheaper, for comparing settings)
    if outer > 0:
        folds = [[allx[n] for n in f] for f in csp_folds(allx, outer, 13)]
    else:
        folds = [[i for i in allx if _group(i) == g] for g in sorted({_group(i) for i in allx})]
    gold: list[list[str]] = []
    pred: list[list[str]] = []
    wrong = []
    variants: dict[str, list[str]] = {}
    settings = []
    for held in folds:
        g = ",".join(sorted({_group(i) for i in held}))
        fit = [i for i in allx if all(i is not h for h in held)]
        p, st = calibrated_predict(pool, fit, aug, held, cfg, inner, variants)
        settings.append(
            {
                k: st.get(k)
                for k in ("mechanism_min", "substance_min", "cue_bonus", "substance_bonus", "max_secondary")
            }
        )
        for i, q in zip(held, p, strict=True):
            gold.append(list(i.themes))
            pred.append(q)
            if q != list(i.themes):
                wrong.append({"csp": g, "gold": list(i.themes), "pred": q, "text": i.text[:300]})
    cv = theme_scores(gold, pred)
    per = set_metrics(gold, pred)["per_label"]
    gmain = [x[0] for x in gold]
    main_by = {
        k: round(sum(a == b for a, b in zip(gmain, v, strict=True)) / len(gmain), 4)
        for k, v in variants.items()
    }
    confusion: dict[str, int] = {}
    for a, b in zip(gmain, [x[0] for x in pred], strict=True):
        if a != b:
            confusion[f"{a} -> {b}"] = confusion.get(f"{a} -> {b}", 0) + 1
    res = {
        "config": cfg,
        "dev": dev_scores,
        "dev_setting": set_dev,
        "cv": cv,
        "cv_n": len(gold),
        "cv_main_accuracy_by_decider": main_by,
        "cv_main_confusion": dict(sorted(confusion.items(), key=lambda kv: -kv[1])),
        "cv_settings": settings,
        "per_theme": per,
        "per_main": set_metrics([[x] for x in gmain], [[x[0]] for x in pred])["per_label"],
    }
    if errors:
        res["errors"] = wrong
    return res


def ship(
    cfg: dict[str, Any], aug: list[tuple[AnnotatedRecommendation, float]], folds: int, models_dir: Path
) -> dict[str, Any]:
    """Refit the theme task of the shipped bundle on real ``train`` + ``dev`` and the augmentation, its settings
    calibrated on CSP-folded out-of-fold predictions of the same items, and put it in place of the bundle's
    theme task (the other tasks are left as they are). Returns the calibration."""
    import joblib

    from training.classifiers import directive_precision

    allx = real_examples("train") + real_examples("dev")
    pool = Pool(allx + [i for i, _ in aug], cfg.get("drop_tags"))
    oof = []
    for fold in csp_folds(allx, folds, 13):
        idx = set(fold)
        fit = [x for n, x in enumerate(allx) if n not in idx]
        oof.append(fit_predict(pool, fit, aug, [allx[n] for n in fold], cfg))
    setting = calibrate_themes(_concat(oof))
    ex = [Example(i, 1.0, _group(i), True) for i in allx]
    ex += [Example(i, w, i.source or i.id, False) for i, w in aug if w > 0]
    f, e = pool.xy(ex)
    task = fit_theme_task(ex, f, e, cfg["emb_weight"], 13, cfg["c"], cfg.get("proto_weight", 0.0))
    plain = task.pop("main_model_plain")
    if cfg.get("main_key") == "main_model_plain":
        task["main_model"] = plain
    task.update(
        {
            k: setting[k]
            for k in (
                "mechanism_rule",
                "mechanism_min",
                "substance_min",
                "cue_bonus",
                "substance_bonus",
                "max_secondary",
                "threshold",
                "thresholds",
            )
        }
    )
    task["check_substance"] = True
    if cfg.get("drop_tags"):  # run time strips the same rule tokens (classification.classifier._inputs)
        task["drop_tags"] = list(cfg["drop_tags"])
    task["mechanism_confidence"] = directive_precision(allx)
    path = models_dir / "classifiers.joblib"
    bundle = joblib.load(path)
    bundle["themes"] = task
    meta = bundle.setdefault("meta", {})
    meta["themes_refit"] = {"by": "training.theme_cv --ship", "config": cfg, "calibration": setting}
    tmp = path.with_suffix(".joblib.tmp")
    joblib.dump(bundle, tmp, compress=3)
    tmp.replace(path)
    return setting


def ship_ask(cfg: dict[str, Any], aug: list[tuple[AnnotatedRecommendation, float]], models_dir: Path) -> Path:
    """Fit the ask model (classification.theme_ask) on real ``train`` + ``dev`` and the augmentation, with the
    blend weight ``cfg["ask_weight"]``, and save it beside the bundle (the bundle itself is left as it is)."""
    import joblib

    from classification.theme_ask import ASK_FILE

    allx = real_examples("train") + real_examples("dev")
    pool = Pool(allx + [i for i, _ in aug])
    ex = [Example(i, 1.0, _group(i), True) for i in allx]
    ex += [Example(i, w, i.source or i.id, False) for i, w in aug if w > 0]
    ask = _fit_ask(pool, ex, cfg)
    ask["meta"] = {
        "by": "training.theme_cv --ship-ask",
        "config": cfg,
        "n_real": len(allx),
        "n_aug": len(aug),
    }
    path = models_dir / ASK_FILE
    tmp = path.with_suffix(".joblib.tmp")
    joblib.dump(ask, tmp, compress=3)
    tmp.replace(path)
    return path


def load_aug(
    synthetic_weight: float, own_weight: float, blind_weight: float = 0.0
) -> list[tuple[AnnotatedRecommendation, float]]:
    """The augmentation sets with their weights: the synthetic train set, the own-words set and (``blind_weight``
    > 0) the own-words sets the rules were fixed against (``DEV_BLIND_FILES``; their scores become fitted ones)."""
    from annotations.classification.own_words import load_blind_themes, load_own_words
    from classification.io import TRAIN_FILE, read_annotations

    aug = [(i, synthetic_weight) for i in read_annotations(TRAIN_FILE)]
    if own_weight > 0:
        aug += [(i, own_weight) for i in load_own_words()]
    if blind_weight > 0:
        aug += [(i, blind_weight) for path in DEV_BLIND_FILES for i in load_blind_themes(path)]
    return aug


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--inner-folds", type=int, default=3)
    ap.add_argument("--outer-folds", type=int, default=0, help="0: leave one CSP out")
    ap.add_argument("--synthetic-weight", type=float, default=0.4)
    ap.add_argument("--own-weight", type=float, default=1.0)
    ap.add_argument(
        "--blind-weight",
        type=float,
        default=0.0,
        help="the dev own-words sets (DEV_BLIND_FILES) as augmentation",
    )
    ap.add_argument("--emb-weight", type=float, default=1.0)
    ap.add_argument("--c", type=float, default=16.0)
    ap.add_argument("--proto-weight", type=float, default=0.0)
    ap.add_argument("--plain-main", action="store_true", help="main-theme model without class balancing")
    ap.add_argument(
        "--ask-weight", type=float, default=0.0, help="share of the ask model (classification.theme_ask)"
    )
    ap.add_argument("--ask-c", type=float, default=4.0)
    ap.add_argument(
        "--ship-ask", type=Path, default=None, help="fit the ask model and save it as DIR/theme_ask.joblib"
    )
    ap.add_argument(
        "--drop-tags",
        nargs="*",
        default=[],
        help="rule-token prefixes left out of the theme features (zag: the addressee ids)",
    )
    ap.add_argument("--ship", type=Path, default=None, help="refit the theme task of DIR/classifiers.joblib")
    args = ap.parse_args(argv)
    from threadpoolctl import threadpool_limits

    cfg = {
        "emb_weight": args.emb_weight,
        "c": args.c,
        "proto_weight": args.proto_weight,
        "main_key": "main_model_plain" if args.plain_main else "main_model",
        "ask_weight": args.ask_weight,
        "ask_c": args.ask_c,
        # the augmentation weights, recorded with the shipped calibration (the fit itself reads them from aug)
        "synthetic_weight": args.synthetic_weight,
        "own_weight": args.own_weight,
        "blind_weight": args.blind_weight,
        "drop_tags": args.drop_tags,
    }
    if args.ship_ask is not None:
        with threadpool_limits(limits=1):
            path = ship_ask(
                cfg, load_aug(args.synthetic_weight, args.own_weight, args.blind_weight), args.ship_ask
            )
        print(path)  # noqa: T201
        return 0
    if args.ship is not None:
        with threadpool_limits(limits=1):
            setting = ship(
                cfg, load_aug(args.synthetic_weight, args.own_weight, args.blind_weight), 5, args.ship
            )
        print(json.dumps(setting, indent=1))  # noqa: T201
        return 0
    with threadpool_limits(limits=1):
        res = run(
            cfg,
            load_aug(args.synthetic_weight, args.own_weight, args.blind_weight),
            args.inner_folds,
            args.errors,
            args.outer_folds,
        )
    errs = res.pop("errors", [])
    per = res.pop("per_theme")
    per_main = res.pop("per_main")
    settings = res.pop("cv_settings")
    print(json.dumps(res, indent=1))  # noqa: T201
    print("outer-fold settings:", json.dumps(settings))  # noqa: T201
    for title, table in (("any theme", per), ("main theme", per_main)):
        print(f"per theme ({title}), CSP-CV pooled (P / R / F1 / n):")  # noqa: T201
        for lab, v in sorted(table.items()):
            print(f"  {lab:24s} {v['precision']:.2f} {v['recall']:.2f} {v['f1']:.2f} {v['support']}")  # noqa: T201
    for e in errs:
        print(json.dumps(e, ensure_ascii=False))  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
