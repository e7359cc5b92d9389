"""The theme model and the agency fallback, trained on real recommendations (``annotations/real``).

Called by :func:`training.classifiers.train_classifiers` (``dhr train classifiers``). Data:

- real ``train`` items (weight 1): what the models are fitted on;
- the team's synthetic/template set (``annotations/classification/train.jsonl`` + corrections) as augmentation,
  down-weighted (the weight is chosen on held-out real items);
- for the themes also the own-words set (``annotations/classification/own_words.py``: recommendations written in
  the styles real reviews use, labelled per the guide; weight ``OWN_WORDS_WEIGHT``);
- for the agency fallback also the gazetteer's names, as headings with no text (small weight), so that the
  character n-grams of a heading know the naming of each agency.

Choice and calibration use held-out real items only: the real ``dev`` split (predicted by models fitted on
``train``) pooled with out-of-fold predictions of ``train`` (folds by commissioning CSP, so no CSP's wording is
on both sides); pooling keeps the per-theme thresholds from hanging on a few dev items. Candidates: TF-IDF alone
or TF-IDF with MiniLM embeddings (``hybrid``), synthetic weights, the labelling guide's mechanism-first rule for
the main theme on or off, at most 1 or 2 secondary themes, per-theme thresholds. The chosen setting is refitted
on ``train`` (+ ``dev`` for the shipped model) and its thresholds carry over. Deterministic given the seed.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from annotations.classification.own_words import load_own_words
from classification.classifier import Encoder
from classification.learned import (
    agency_feature_text,
    agency_matrix,
    choose_agencies,
    needs_fallback,
)
from classification.rules import THEMES, analyse, feature_text
from dhr.schema.classification import AnnotatedRecommendation
from training.real_agency_models import (  # noqa: F401 - re-exported: tests and callers import them from here
    GAZETTEER_WEIGHT,
    THRESHOLD_GRID,
    agency_f1,
    calibrate_agencies,
    fit_agency_task,
    gazetteer_examples,
)
from training.real_themes import (  # noqa: F401 - re-exported: callers and tests import them from here
    MECHANISM_MIN_GRID,
    MIN_GAIN,
    PROTO_WEIGHT,
    THEME_C_GRID,
    ThemeOutputs,
    _concat,
    calibrate_themes,
    decide_themes,
    fit_theme_task,
    theme_outputs,
    theme_prototypes,
    theme_scores,
)

log = logging.getLogger(__name__)

#: Weights of a synthetic/template item beside a real one, tried on held-out real items (0.15 lost to 0.4 on both
#: tasks' held-out figures with 44 real items).
SYNTHETIC_WEIGHTS = (0.4, 1.0)
#: Weight of the MiniLM embedding block beside the TF-IDF block (0: TF-IDF alone), tried for the themes.
EMB_WEIGHTS = (0.0, 1.0)
#: ... and for the agency fallback: TF-IDF alone. With embeddings it was within one held-out item of it (agency
#: F1 0.911 vs 0.903 on 44 held-out items) and four times slower to train (dense columns in ~40 regressions).
AGENCY_EMB_WEIGHTS = (0.0,)
#: Weight of an own-words item (annotations/classification/own_words.py: written in real style, labelled per
#: the guide) beside a real one, for the themes.
OWN_WORDS_WEIGHT = 0.5  # of 0, 0.5, 1 (training/theme_cv.py, 4 CSP folds): 0.5 best on dev, CV level
#: Folds (by CSP) of the real train split for out-of-fold calibration predictions.
REAL_FOLDS = 4
#: The embedding model must beat TF-IDF alone by this much on the calibration objective (it costs MiniLM at run
#: time in extraction).
EMBED_MARGIN = 0.01


@dataclass
class Example:
    """One training or calibration item: a labelled recommendation, its weight and its CSP group."""

    item: AnnotatedRecommendation
    weight: float
    group: str
    real: bool


@dataclass
class RealResult:
    """What :func:`train_real_models` returns: the bundle entries, the choices and the held-out figures."""

    themes: dict[str, Any]
    agencies: dict[str, Any]
    choice: dict[str, Any]
    calibration: dict[str, Any]
    n_train: int
    n_dev: int
    n_calibration: int
    extra: dict[str, Any] = field(default_factory=dict)


# ------------------------------------------------------------------------------------------------- data
def real_examples(split: str) -> list[AnnotatedRecommendation]:
    """The real items of ``split`` as labelled recommendations (``addressed_to`` as context); items the schema
    refuses (no agency, an unknown theme) are skipped with a warning."""
    import pydantic

    from annotations.real import csp_key, load_recommendations

    out: list[AnnotatedRecommendation] = []
    for n, it in enumerate(load_recommendations(split)):  # type: ignore[arg-type]
        try:
            out.append(
                AnnotatedRecommendation(
                    id=str(it.get("id") or f"{split}-{n}"),
                    text=it["text"],
                    context=it.get("addressed_to") or None,
                    agencies=list(it["agencies"]),
                    level=it["level"],
                    themes=list(it["themes"])[:3],
                    source=f"real:{csp_key(it['csp'])}",
                )
            )
        except (pydantic.ValidationError, KeyError, TypeError) as exc:
            log.warning("real item %s skipped: %s", it.get("id"), str(exc).splitlines()[0])
    return out


def _group(item: AnnotatedRecommendation) -> str:
    return (item.source or item.id).removeprefix("real:")


def csp_folds(items: list[AnnotatedRecommendation], k: int, seed: int) -> list[list[int]]:
    """``k`` folds of item indices, whole CSPs per fold, balanced by size (deterministic given the seed)."""
    groups: dict[str, list[int]] = {}
    for n, it in enumerate(items):
        groups.setdefault(_group(it), []).append(n)
    order = sorted(groups)
    random.Random(seed).shuffle(order)
    order.sort(key=lambda g: -len(groups[g]))  # largest first into the smallest fold (stable for ties)
    folds: list[list[int]] = [[] for _ in range(max(1, min(k, len(order))))]
    for g in order:
        min(folds, key=len).extend(groups[g])
    return [sorted(f) for f in folds if f]


class _Embeddings:
    """MiniLM embeddings of (text, context) pairs, each computed once per training run."""

    def __init__(self) -> None:
        self._cache: dict[str, np.ndarray] = {}

    def __call__(self, texts: list[str]) -> np.ndarray:
        from threadpoolctl import threadpool_limits

        todo = sorted({t for t in texts if t not in self._cache})
        if todo:
            with threadpool_limits(
                limits=2
            ):  # the encoder, unlike the small fits, gains from a second thread
                vectors = Encoder.encode(todo)
            for t, v in zip(todo, vectors, strict=True):
                self._cache[t] = v
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])


def _emb_text(item: AnnotatedRecommendation) -> str:
    return f"{item.text} {item.context or ''}".strip()


# ------------------------------------------------------------------------------------------------- main
def _dev_figures(
    themes: ThemeOutputs | None,
    theme_setting: dict[str, Any],
    agencies: tuple[list[list[str]], list[list[str]], list[Any], list[str]] | None,
    agency_setting: dict[str, Any],
) -> dict[str, Any] | None:
    """The chosen settings' figures on the real dev split as predicted by the train-only fit (the settings were
    chosen on a pool that includes dev, so these are not fully unseen figures)."""
    from evaluation.classification import set_metrics

    if themes is None or agencies is None:
        return None
    thr = {**dict.fromkeys(THEMES, theme_setting["threshold"]), **theme_setting["thresholds"]}
    pred = decide_themes(
        themes,
        thr,
        theme_setting["max_secondary"],
        theme_setting["mechanism_rule"],
        theme_setting["mechanism_min"],
        theme_setting.get("substance_min"),
        theme_setting.get("cue_bonus", 0.0),
    )
    gold, rules, proba, labels = agencies
    picked = []
    for r, p in zip(rules, proba, strict=True):
        pick = (
            choose_agencies(p, labels, agency_setting["threshold"], agency_setting["top_min"])
            if p is not None
            else []
        )
        picked.append([a for a, _ in pick] if pick else r)
    scores = theme_scores(themes.gold, pred)
    return {
        "n": len(gold),
        "agency_micro_f1": agency_f1(gold, picked),
        "agency_micro_f1_rules": agency_f1(gold, rules),
        "theme_micro_f1": scores["micro_f1"],
        "main_theme_accuracy": scores["main_accuracy"],
        "theme_per_label": set_metrics(themes.gold, pred)["per_label"],
    }


def _choose(
    cands: dict[tuple[float, ...], dict[str, Any]], score: Callable[[dict[str, Any]], float]
) -> tuple[float, ...]:
    """The best (embedding weight, synthetic weight); one using embeddings must beat the best TF-IDF-only
    candidate by ``EMBED_MARGIN`` (it costs MiniLM at run time)."""
    best = max(cands, key=lambda k: (score(cands[k]), -k[0], *k[1:]))
    plain = [k for k in cands if k[0] == 0]
    if best[0] > 0 and plain:
        best_plain = max(plain, key=lambda k: (score(cands[k]), *k[1:]))
        if score(cands[best]) < score(cands[best_plain]) + EMBED_MARGIN:
            return best_plain
    return best


def train_real_models(
    synthetic: list[AnnotatedRecommendation],
    seed: int = 13,
    final_splits: tuple[str, ...] = ("train", "dev"),
    progress: Callable[[str], None] | None = None,
) -> RealResult | None:
    """Choose, calibrate and fit the theme model and the agency fallback on real items (see module docstring).

    Returns None when there are too few real train items (under 20) to train on.
    """
    from threadpoolctl import threadpool_limits

    # Many small sparse fits: one BLAS/OpenMP thread each is far faster than threads fighting over the cores.
    with threadpool_limits(limits=1):
        return _train_real_models(synthetic, seed, final_splits, progress)


def _train_real_models(
    synthetic: list[AnnotatedRecommendation],
    seed: int,
    final_splits: tuple[str, ...],
    progress: Callable[[str], None] | None,
) -> RealResult | None:
    say = progress or log.info
    rng_state = (random.getstate(), np.random.get_state())
    random.seed(seed)
    np.random.seed(seed)
    tr, dev = real_examples("train"), real_examples("dev")
    if len(tr) < 20:
        log.warning(
            "only %d real train items: themes and agencies keep the synthetic-trained models", len(tr)
        )
        return None
    embed = _Embeddings()
    feats_of: dict[int, str] = {}
    words_of: dict[int, str] = {}
    # the own-words theme set (annotations/classification/own_words.py): augmentation for the themes only, so
    # the agency fallback is fitted on what it was before
    own = load_own_words() if OWN_WORDS_WEIGHT > 0 else []
    for it in tr + dev + synthetic + own:
        feats_of[id(it)] = feature_text(it.text, it.context, analyse(it.text, it.context))
        words_of[id(it)] = agency_feature_text(it.text, it.context)
    say(f"real items: train {len(tr)}, dev {len(dev)}; synthetic {len(synthetic)}; embedding")
    emb_of = dict(
        zip(
            [id(i) for i in tr + dev + synthetic + own],
            embed([_emb_text(i) for i in tr + dev + synthetic + own]),
            strict=True,
        )
    )
    names = gazetteer_examples()
    # the names' embeddings are needed only when an agency candidate uses embeddings
    name_emb = (
        embed([n for n, _ in names])
        if any(w > 0 for w in AGENCY_EMB_WEIGHTS)
        else np.zeros((len(names), 384), dtype=np.float32)
    )

    def examples(real: list[AnnotatedRecommendation], syn_w: float, themes: bool = False) -> list[Example]:
        ex = [Example(i, 1.0, _group(i), True) for i in real]
        ex += [Example(i, syn_w, i.source or i.id, False) for i in synthetic if syn_w > 0]
        if themes:
            ex += [Example(i, OWN_WORDS_WEIGHT, i.source or i.id, False) for i in own]
        return ex

    def feats(ex: list[Any]) -> tuple[list[str], np.ndarray]:
        its = [e.item if isinstance(e, Example) else e for e in ex]
        return [feats_of[id(i)] for i in its], np.stack([emb_of[id(i)] for i in its])

    # Held-out parts: out-of-fold train (folds by CSP) and dev, each predicted by a model that never saw it.
    folds = csp_folds(tr, REAL_FOLDS, seed)
    parts: list[tuple[list[AnnotatedRecommendation], list[AnnotatedRecommendation]]] = []
    for f in folds:
        held = set(f)
        parts.append(([x for n, x in enumerate(tr) if n not in held], [tr[n] for n in f]))
    if dev:
        parts.append((tr, dev))
    cal_items = [i for _, held in parts for i in held]

    # --- themes: candidates (embedding weight x synthetic weight x regularisation), each calibrated on the
    # pooled held-out parts
    theme_cands: dict[tuple[float, ...], dict[str, Any]] = {}
    dev_themes: dict[tuple[float, ...], ThemeOutputs] = {}
    dev_agencies: dict[tuple[float, ...], tuple[list[list[str]], list[list[str]], list[Any], list[str]]] = {}
    for emb_w, syn_w, c in [(e, s, c) for e in EMB_WEIGHTS for s in SYNTHETIC_WEIGHTS for c in THEME_C_GRID]:
        outs: dict[str, list[ThemeOutputs]] = {"main_model": [], "main_model_plain": []}
        for fit_items, held in parts:
            ex = examples(fit_items, syn_w, themes=True)
            f, e = feats(ex)
            task = fit_theme_task(ex, f, e, emb_w, seed, c)
            hf, he = feats(held)
            for key, acc in outs.items():
                acc.append(theme_outputs(task, held, hf, he, key))
        by_main = {key: calibrate_themes(_concat(o)) for key, o in outs.items()}
        main_key = max(by_main, key=lambda k: (by_main[k]["scores"]["objective"], k == "main_model"))
        setting = {**by_main[main_key], "main_balanced": main_key == "main_model"}
        theme_cands[(emb_w, syn_w, c)] = setting
        if dev:  # the last held-out part is dev, predicted by the train-only fit: kept for the dev figures
            dev_themes[(emb_w, syn_w, c)] = outs[main_key][-1]
        say(
            f"themes emb={emb_w} syn={syn_w} C={c}: {setting['scores']} {setting['mechanism_rule']=} "
            f"max_secondary={setting['max_secondary']} main_balanced={setting['main_balanced']}"
        )
    best_key = _choose(theme_cands, lambda c: c["scores"]["objective"])
    theme_setting = theme_cands[best_key]

    # --- agencies: the fallback's embedding weight and synthetic weight, calibrated on the same held-out parts
    agency_cands: dict[tuple[float, float], dict[str, Any]] = {}
    for emb_w in AGENCY_EMB_WEIGHTS:
        for syn_w in SYNTHETIC_WEIGHTS:
            gold: list[list[str]] = []
            rules: list[list[str]] = []
            probs: list[dict[str, float] | None] = []
            for fit_items, held in parts:
                ex = examples(fit_items, syn_w)
                _, e = feats(ex)
                task = fit_agency_task(ex, e, names, name_emb, emb_w, seed, words_of)
                _, he = feats(held)
                x = agency_matrix(task, [words_of[id(i)] for i in held], [i.context for i in held], he)
                p = task["model"].predict_proba(x)
                for n, i in enumerate(held):
                    r = analyse(i.text, i.context).agencies
                    gold.append(list(i.agencies))
                    rules.append(list(r))
                    probs.append(
                        dict(zip(task["labels"], p[n].tolist(), strict=True)) if needs_fallback(r) else None
                    )
            labels_used = sorted({lab for q in probs if q for lab in q})
            padded = [
                None if q is None else np.array([q.get(lab, 0.0) for lab in labels_used]) for q in probs
            ]
            cal = calibrate_agencies(gold, rules, padded, labels_used)
            agency_cands[(emb_w, syn_w)] = cal
            if dev:
                n_dev = len(dev)
                dev_agencies[(emb_w, syn_w)] = (gold[-n_dev:], rules[-n_dev:], padded[-n_dev:], labels_used)
            say(f"agencies emb={emb_w} syn={syn_w}: {cal}")
    a_key = _choose(agency_cands, lambda c: c["f1"])
    agency_setting = agency_cands[a_key]

    # --- the shipped models: refitted on the final splits with the chosen settings
    final_real = tr + (dev if "dev" in final_splits else [])
    ex = examples(final_real, best_key[1], themes=True)
    f, e = feats(ex)
    themes = fit_theme_task(ex, f, e, best_key[0], seed, best_key[2])
    plain = themes.pop("main_model_plain")
    if not theme_setting["main_balanced"]:
        themes["main_model"] = plain
    themes.update(
        {
            k: theme_setting[k]
            for k in ("mechanism_rule", "mechanism_min", "max_secondary", "threshold", "thresholds")
        }
    )
    themes["substance_min"] = theme_setting.get("substance_min")  # classification/main_theme.py
    themes["cue_bonus"] = theme_setting.get("cue_bonus", 0.0)
    themes["substance_bonus"] = theme_setting.get("substance_bonus", 0.0)
    themes["check_substance"] = True  # decide_themes applies the guide's check rule in calibration too
    ex = examples(final_real, a_key[1])
    _, e = feats(ex)
    agencies = fit_agency_task(ex, e, names, name_emb, a_key[0], seed, words_of)
    agencies.update({"threshold": agency_setting["threshold"], "top_min": agency_setting["top_min"]})
    random.setstate(rng_state[0])
    np.random.set_state(rng_state[1])
    return RealResult(
        themes=themes,
        agencies=agencies,
        choice={
            "themes": {
                "emb_weight": best_key[0],
                "synthetic_weight": best_key[1],
                "c": best_key[2],
                "main_balanced": theme_setting["main_balanced"],
            },
            "agencies": {"emb_weight": a_key[0], "synthetic_weight": a_key[1]},
        },
        calibration={
            "themes": {f"emb={k[0]} syn={k[1]} C={k[2]}": v for k, v in theme_cands.items()},
            "agencies": {f"emb={k[0]} syn={k[1]}": v for k, v in agency_cands.items()},
        },
        n_train=len(tr),
        n_dev=len(dev),
        n_calibration=len(cal_items),
        extra={
            "final_splits": list(final_splits),
            "n_final_real": len(final_real),
            "dev": _dev_figures(
                dev_themes.get(best_key), theme_setting, dev_agencies.get(a_key), agency_setting
            ),
        },
    )
