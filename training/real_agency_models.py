"""The agency fallback's training on real recommendations: gazetteer names as extra examples, the fit, the
calibration of its threshold. Part of :mod:`training.real_models` (which chooses and refits it beside the theme
model); kept apart so each module stays small.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from classification.learned import WeightedOneVsRest, agency_matrix, choose_agencies, context_text

if TYPE_CHECKING:
    from training.real_models import Example

#: Weight of a gazetteer name (a heading with no text) in the agency fallback's training data.
GAZETTEER_WEIGHT = 0.2
AGENCY_C = 8.0
#: An agency needs this many positive training items (weighted count ignored) to get a model.
MIN_AGENCY_POSITIVES = 2
#: Thresholds tried for the fallback and for the themes (``training.real_models``).
THRESHOLD_GRID = tuple(round(0.2 + 0.05 * k, 2) for k in range(15))  # 0.20 .. 0.90


def gazetteer_examples() -> list[tuple[str, str]]:
    """(name, agency id) of every gazetteer phrase, heading-only name and known NHS trust: headings with no text."""
    from classification.gazetteer import (
        HEADING_NAMES,
        KNOWN_ACRONYMS,
        KNOWN_ACUTE_TRUSTS,
        KNOWN_COMMUNITY_TRUSTS,
        KNOWN_MH_TRUSTS,
        PHRASES,
    )

    pairs = [(p, a) for a, phrases in PHRASES.items() if not a.startswith("_") for p in phrases]
    pairs += [(f"{n} NHS Foundation Trust", "mental_health_services") for n in KNOWN_MH_TRUSTS]
    pairs += [(f"{n} NHS Foundation Trust", "hospital") for n in KNOWN_ACUTE_TRUSTS]
    pairs += [(f"{n} NHS Trust", "local_health_trust") for n in KNOWN_COMMUNITY_TRUSTS]
    pairs += list(KNOWN_ACRONYMS.items())
    pairs += list(HEADING_NAMES.items())  # headings that name a body only when they stand alone ("Education")
    return sorted(set(pairs))


def _agency_vectorizers() -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1, token_pattern=r"(?u)\b\w+\b")
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=1, max_features=40000
    )
    return words, chars


def fit_agency_task(
    examples: list[Example],
    emb: np.ndarray,
    names: list[tuple[str, str]],
    name_emb: np.ndarray,
    emb_weight: float,
    seed: int,
    words_cache: dict[int, str],
) -> dict[str, Any]:
    """The agency fallback (bundle entry ``agencies``) fitted on ``examples`` and the gazetteer names."""
    words = [words_cache[id(e.item)] for e in examples] + [f" [ctx] {n} [rules] " for n, _ in names]
    contexts: list[str | None] = [e.item.context for e in examples] + [n for n, _ in names]
    label_sets = [list(e.item.agencies) for e in examples] + [[a] for _, a in names]
    weights = np.array([e.weight for e in examples] + [GAZETTEER_WEIGHT] * len(names))
    real_pos: dict[str, int] = {}
    for e in examples:
        for a in e.item.agencies:
            real_pos[a] = real_pos.get(a, 0) + 1
    labels = sorted(a for a, n in real_pos.items() if n >= MIN_AGENCY_POSITIVES)
    word_vec, char_vec = _agency_vectorizers()
    word_vec.fit(words)
    char_vec.fit([context_text(c) for c in contexts])
    task: dict[str, Any] = {
        "kind": "hybrid",
        "word_vectorizer": word_vec,
        "char_vectorizer": char_vec,
        "emb_weight": emb_weight,
        "labels": labels,
        "threshold": 1.01,
        "top_min": 1.01,
        "max_labels": 3,
    }
    x = agency_matrix(task, words, contexts, np.vstack([emb, name_emb]))
    y = np.array([[1 if lab in s else 0 for lab in labels] for s in label_sets])
    task["model"] = WeightedOneVsRest(c=AGENCY_C, seed=seed).fit(x, y, sample_weight=weights)
    return task


def agency_f1(gold: list[list[str]], pred: list[list[str]]) -> float:
    tp = fp = fn = 0
    for g, p in zip(gold, pred, strict=True):
        tp += len(set(g) & set(p))
        fp += len(set(p) - set(g))
        fn += len(set(g) - set(p))
    return round(2 * tp / max(1, 2 * tp + fp + fn), 4)


def calibrate_agencies(
    gold: list[list[str]], rules: list[list[str]], proba: list[np.ndarray | None], labels: list[str]
) -> dict[str, Any]:
    """Threshold and single-best floor of the fallback maximising agency micro-F1 over all calibration items
    (the rules' answer where the fallback does not run); never firing is one of the options."""

    def pred(thr: float, top: float) -> list[list[str]]:
        out = []
        for r, p in zip(rules, proba, strict=True):
            pick = choose_agencies(p, labels, thr, top) if p is not None else []
            out.append([a for a, _ in pick] if pick else r)
        return out

    base = agency_f1(gold, rules)
    best = (base, 1.01, 1.01)
    for thr in THRESHOLD_GRID + (1.01,):
        for top in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 1.01):
            if top > thr:
                continue
            f = agency_f1(gold, pred(thr, top))
            if f >= best[0] - 1e-9:  # ties go to the higher threshold: the fallback fires less
                best = (f, thr, top)
    n_fallback = sum(p is not None for p in proba)
    return {
        "threshold": best[1],
        "top_min": best[2],
        "f1": best[0],
        "f1_rules": base,
        "n_fallback": n_fallback,
    }
