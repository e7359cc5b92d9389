"""The theme model trained on real recommendations: fitting, held-out outputs, the decision and its calibration.

Split from :mod:`training.real_models` (which chooses among candidates and fits the shipped models and re-exports
these names); :mod:`training.theme_cv` measures the same model with CSP cross-validation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from classification.classifier import Encoder
from classification.learned import WeightedOneVsRest, hybrid_matrix
from classification.main_theme import MODEL_MARGIN, decide_main, displaced_by, substance_cue, text_cues
from classification.rules import THEMES, analyse
from classification.theme_cues import is_check, main_directive
from classification.theme_prototypes import build_prototypes, theme_embedding_block
from dhr.schema.classification import AnnotatedRecommendation
from training.real_agency_models import THRESHOLD_GRID

if TYPE_CHECKING:
    from training.real_models import Example

#: Weight of the cosines to the theme prototypes (classification/theme_prototypes.py) beside the embeddings; 0: off.
PROTO_WEIGHT = 0.0
#: Regularisation of the logistic regressions (inverse strength).
THEME_C_GRID = (4.0, 16.0)  # of 1, 4, 8, 16, 32, 64 on 44 held-out items: 16 best (+0.02), 4 next
#: The least main-model probability the directive's mechanism needs to be the main theme, tried on held-out items.
MECHANISM_MIN_GRID = (0.0, 0.05, 0.1, 0.2, 0.3)
#: The least main-model probability the ask's substance cue (classification/main_theme.py) needs; None: off.
SUBSTANCE_MIN_GRID: tuple[float | None, ...] = (None, 0.0, 0.05, 0.1, 0.2, 0.3)
#: A per-theme threshold must gain this much micro-F1 on the calibration items to replace the shared one.
MIN_GAIN = 0.005
#: How much less model support a secondary theme named by a cue in the text needs, tried on held-out items.
CUE_BONUS_GRID = (0.0, 0.1, 0.2)
#: How much less model support the substance the ask names (main_theme.substance_cue) needs as a secondary theme
#: (the guide: "secondary themes give the substance"), tried on held-out items with the cue bonus.
SUBSTANCE_BONUS_GRID = (0.0, 0.2, 0.4)


_PROTOTYPES: list[np.ndarray] = []


def theme_prototypes() -> np.ndarray:
    """The theme prototype vectors (rows in ``THEMES`` order), embedded once per process."""
    if not _PROTOTYPES:
        _PROTOTYPES.append(build_prototypes(list(THEMES), Encoder.encode))
    return _PROTOTYPES[0]


# ----------------------------------------------------------------------------------------------- themes
def _theme_vectorizer() -> Any:
    from training.classifiers import _tfidf_vectorizer

    return _tfidf_vectorizer()


def fit_theme_task(
    examples: list[Example],
    feats: list[str],
    emb: np.ndarray,
    emb_weight: float,
    seed: int,
    c: float = THEME_C_GRID[0],
    proto_weight: float | None = None,
) -> dict[str, Any]:
    """The theme task (bundle entry, kind ``hybrid``) fitted on ``examples`` with their weights; with embeddings
    and ``proto_weight`` > 0 (default ``PROTO_WEIGHT``) the cosines to the theme prototypes are features too
    (``classification.theme_prototypes``)."""
    from sklearn.linear_model import LogisticRegression

    pw = PROTO_WEIGHT if proto_weight is None else proto_weight
    protos: dict[str, Any] = {}
    if pw > 0 and emb_weight > 0:
        p = theme_prototypes()
        protos = {"prototypes": p, "proto_weight": pw, "proto_centre": (emb.astype(np.float64) @ p.T).mean(0)}
    vectorizer = _theme_vectorizer().fit(feats)
    x = hybrid_matrix(
        vectorizer, feats, theme_embedding_block(emb, {"emb_weight": emb_weight, **protos}), emb_weight
    )
    w = np.array([e.weight for e in examples])
    y = np.array([[1 if t in e.item.themes else 0 for t in THEMES] for e in examples])
    multi = WeightedOneVsRest(c=c, seed=seed).fit(x, y, sample_weight=w)
    mains = [e.item.themes[0] for e in examples]
    main = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=seed)
    main.fit(x, mains, sample_weight=w)
    # Real main themes are skewed (policy and awareness raising lead): a main-theme model without class
    # balancing keeps that prior; which of the two is used is chosen on held-out real items.
    plain = LogisticRegression(C=c, max_iter=3000, random_state=seed).fit(x, mains, sample_weight=w)
    return {
        "main_model_plain": plain,
        "kind": "hybrid",
        "vectorizer": vectorizer,
        "emb_weight": emb_weight,
        "model": multi,
        "main_model": main,
        "labels": list(THEMES),
        "threshold": 0.5,
        "thresholds": {},
        "max_secondary": 2,
        "mechanism_rule": True,
        "lexicon_min": 0.0,
        **protos,
    }


@dataclass
class ThemeOutputs:
    """Raw theme outputs on held-out items: per-theme probabilities, main-theme probabilities, directives."""

    multi: np.ndarray
    main: np.ndarray
    main_classes: list[str]
    directive: list[str | None]
    gold: list[list[str]]
    #: Whether the item's ask is a check (audit, assurance, dip sample): its main theme is a substance theme.
    check: list[bool] = field(default_factory=list)
    #: The substance theme the ask names (classification.main_theme.substance_cue), None when none.
    substance: list[str | None] = field(default_factory=list)
    #: The substance that displaces the directive's mechanism (main_theme.displaced_by), None when it stands.
    displaced: list[str | None] = field(default_factory=list)
    #: The themes a cue names anywhere in the text (main_theme.text_cues).
    cues: list[frozenset[str]] = field(default_factory=list)


def theme_outputs(
    task: dict[str, Any],
    items: list[AnnotatedRecommendation],
    feats: list[str],
    emb: np.ndarray,
    main_key: str = "main_model",
) -> ThemeOutputs:
    """The outputs of ``task`` on ``items``, its main theme from the model under ``main_key``."""
    x = hybrid_matrix(task["vectorizer"], feats, theme_embedding_block(emb, task), task["emb_weight"])
    directives = [main_directive(i.text, analyse(i.text, i.context).directive) for i in items]
    return ThemeOutputs(
        task["model"].predict_proba(x),
        task[main_key].predict_proba(x),
        list(task[main_key].classes_),
        directives,
        [list(i.themes) for i in items],
        [is_check(i.text) for i in items],
        [substance_cue(i.text) for i in items],
        [displaced_by(i.text, d) for i, d in zip(items, directives, strict=True)],
        [text_cues(i.text) for i in items],
    )


def _concat(outs: list[ThemeOutputs]) -> ThemeOutputs:
    classes = sorted({c for o in outs for c in o.main_classes})
    mains = []
    for o in outs:
        m = np.zeros((o.main.shape[0], len(classes)))
        for j, c in enumerate(o.main_classes):
            m[:, classes.index(c)] = o.main[:, j]
        mains.append(m)
    return ThemeOutputs(
        np.vstack([o.multi for o in outs]),
        np.vstack(mains),
        classes,
        [d for o in outs for d in o.directive],
        [g for o in outs for g in o.gold],
        [c for o in outs for c in (o.check or [False] * len(o.gold))],
        [c for o in outs for c in (o.substance or [None] * len(o.gold))],
        [c for o in outs for c in (o.displaced or [None] * len(o.gold))],
        [c for o in outs for c in (o.cues or [frozenset()] * len(o.gold))],
    )


def decide_themes(
    out: ThemeOutputs,
    thr: dict[str, float],
    max_secondary: int,
    mechanism: bool,
    mechanism_min: float = 0.0,
    substance_min: float | None = None,
    cue_bonus: float = 0.0,
    substance_bonus: float = 0.0,
    model_margin: float | None = MODEL_MARGIN,
) -> list[list[str]]:
    """The themes the classifier would give (the same decision as ``RecommendationClassifier._themes``): the
    main theme by the guide's order (``classification.main_theme.decide_main``), then secondary themes: those at
    their threshold, less ``cue_bonus`` for a theme a cue names in the text (``main_theme.text_cues``)."""
    labels = list(THEMES)
    res = []
    for n in range(out.multi.shape[0]):
        main = decide_main(
            "",
            out.directive[n],
            out.main[n],
            out.main_classes,
            mechanism_rule=mechanism,
            mechanism_min=mechanism_min,
            substance_min=substance_min,
            substance=out.substance[n] if out.substance else None,
            check=bool(out.check and out.check[n]),
            displaced=out.displaced[n] if out.displaced else None,
            model_margin=model_margin,
        )
        cued = out.cues[n] if out.cues else frozenset()
        subst = out.substance[n] if out.substance else None
        score = {
            t: float(out.multi[n, j])
            + (cue_bonus if t in cued else 0.0)
            + (substance_bonus if t == subst else 0.0)
            for j, t in enumerate(labels)
        }
        rest = sorted(
            # never ``other`` as a secondary: the guide keeps it for items "with no other content"
            (t for t in labels if t not in (main, "other") and score[t] >= thr[t]),
            key=lambda t: -score[t],
        )
        res.append([main] + rest[:max_secondary])
    return res


def theme_scores(gold: list[list[str]], pred: list[list[str]]) -> dict[str, float]:
    """Micro-F1 over (item, theme) pairs, main-theme accuracy and their mean (the choice objective)."""
    tp = fp = fn = 0
    main = 0
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(g), set(p)
        tp += len(gs & ps)
        fp += len(ps - gs)
        fn += len(gs - ps)
        main += bool(p) and p[0] == g[0]
    f1 = 2 * tp / max(1, 2 * tp + fp + fn)
    acc = main / max(1, len(gold))
    return {"micro_f1": round(f1, 4), "main_accuracy": round(acc, 4), "objective": round((f1 + acc) / 2, 4)}


def calibrate_themes(out: ThemeOutputs) -> dict[str, Any]:
    """Main-theme rule, secondary count, shared and per-theme thresholds maximising the objective on ``out``.

    The main theme does not depend on the thresholds, so its rule is chosen first, by main-theme accuracy: the
    labelling guide's mechanism-first rule (with the least model support ``mechanism_min`` the directive's
    mechanism needs; ties go to the smallest, i.e. to the guide) or the model alone. Then, for at most 1 or 2
    secondary themes and each cue bonus (ties to none), a shared threshold and per-theme ones (coordinate
    ascent; each must gain ``MIN_GAIN``). The substance layer (``substance_min``) is chosen with the main rule.
    """
    labels = list(THEMES)
    loose = dict.fromkeys(labels, 1.01)
    mains = [(True, m, s) for m in MECHANISM_MIN_GRID for s in SUBSTANCE_MIN_GRID]
    mains += [(False, 0.0, s) for s in SUBSTANCE_MIN_GRID]
    accuracy = {
        key: theme_scores(out.gold, decide_themes(out, loose, 0, *key))["main_accuracy"] for key in mains
    }
    # ties go to the guide: the mechanism rule, the substance layer on, the least model support
    mechanism, mechanism_min, substance_min = max(
        mains, key=lambda k: (accuracy[k], k[0], k[2] is not None, -k[1], -(k[2] or 0.0))
    )
    best: tuple[float, dict[str, Any]] | None = None
    grid = [(m, b, sb) for sb in SUBSTANCE_BONUS_GRID for b in CUE_BONUS_GRID for m in (1, 2)]
    for max_sec, bonus, s_bonus in grid:

        def objective(
            thr: dict[str, float], max_sec: int = max_sec, bonus: float = bonus, s_bonus: float = s_bonus
        ) -> float:
            pred = decide_themes(out, thr, max_sec, mechanism, mechanism_min, substance_min, bonus, s_bonus)
            return theme_scores(out.gold, pred)["objective"]

        scored = [(objective(dict.fromkeys(labels, t)), t) for t in THRESHOLD_GRID]
        top = max(s for s, _ in scored)
        ties = [t for s, t in scored if s >= top - 1e-9]
        shared = ties[len(ties) // 2]
        thr = dict.fromkeys(labels, shared)
        here = top
        for _ in range(2):  # coordinate ascent per theme; a theme's own threshold must earn its place
            for lab in labels:
                if sum(lab in g[1:] for g in out.gold) < 3:
                    continue
                cands = [(objective({**thr, lab: t}), t) for t in THRESHOLD_GRID]
                c_top = max(s for s, _ in cands)
                c_ties = [t for s, t in cands if s >= c_top - 1e-9]
                if c_top >= here + MIN_GAIN:
                    thr[lab] = c_ties[len(c_ties) // 2]
                    here = c_top
        setting = {
            "mechanism_rule": mechanism,
            "mechanism_min": mechanism_min,
            "substance_min": substance_min,
            "model_margin": MODEL_MARGIN,
            "max_secondary": max_sec,
            "cue_bonus": bonus,
            "substance_bonus": s_bonus,
            "threshold": shared,
            "thresholds": {k: v for k, v in thr.items() if v != shared},
        }
        if best is None or here > best[0] + 1e-9:
            best = (here, setting)
    assert best is not None
    setting = best[1]
    full = {**dict.fromkeys(labels, setting["threshold"]), **setting["thresholds"]}
    pred = decide_themes(
        out,
        full,
        setting["max_secondary"],
        mechanism,
        mechanism_min,
        substance_min,
        setting["cue_bonus"],
        setting["substance_bonus"],
    )
    setting["scores"] = theme_scores(out.gold, pred)
    return setting
