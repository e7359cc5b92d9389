"""A second main-theme model that reads only the ask, not the whole recommendation.

Real recommendations often open with sentences of rationale ("The review found that ...", "The Panel considers
...") before the ask, and the theme model of the bundle embeds the whole text, so on long real items the
rationale pulls its main theme towards what went wrong rather than what is asked for. This model embeds only the
ask (:func:`ask_text`: the sentence with the directive, lead-in dropped, as the guide's rules read it) with the
shared MiniLM encoder and fits a class-balanced logistic regression on the main theme; its probabilities are
blended into the main-theme model's (:func:`blend`) with a weight chosen by CSP cross-validation
(``training.theme_cv --ask-weight``) and saved beside the bundle (``theme_ask.joblib``, ``training.theme_cv
--ship-ask``). No file: the classifier runs as before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from classification.theme_cues import directive_clause

log = logging.getLogger(__name__)

ASK_FILE = "theme_ask.joblib"
#: The longest ask embedded (characters): the sentence with the directive is rarely longer.
_MAX_ASK = 400


def ask_text(text: str) -> str:
    """The words the main theme is read from: the recommendation's ask sentence (``directive_clause``), or the
    opening of the text when none is found."""
    ask = directive_clause(text)
    return (ask or " ".join(text.split()))[:_MAX_ASK]


def fit_ask_model(
    asks_emb: np.ndarray, mains: Sequence[str], weights: Sequence[float], c: float = 4.0, weight: float = 0.5
) -> dict[str, Any]:
    """A class-balanced logistic regression on the embeddings of the asks (rows of ``asks_emb``) and their main
    themes; ``weight`` is its share when blended with the bundle's main-theme model."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=13)
    model.fit(asks_emb, list(mains), sample_weight=np.asarray(weights, dtype=float))
    return {"model": model, "weight": float(weight), "c": float(c)}


def ask_proba(ask: dict[str, Any], asks_emb: np.ndarray, classes: Sequence[str]) -> np.ndarray:
    """The ask model's probabilities aligned with ``classes`` (0 for a class it never saw)."""
    model = ask["model"]
    raw = model.predict_proba(asks_emb)
    out = np.zeros((raw.shape[0], len(classes)))
    for j, c in enumerate(model.classes_):
        if c in classes:
            out[:, list(classes).index(c)] = raw[:, j]
    return out


def blend(main_p: np.ndarray, ask_p: np.ndarray, weight: float) -> np.ndarray:
    """The two models' main-theme probabilities mixed (rows stay distributions)."""
    if weight <= 0:
        return main_p
    return (1.0 - weight) * np.asarray(main_p, dtype=float) + weight * ask_p


def blended_main(
    ask: dict[str, Any] | None,
    texts: Sequence[str],
    main_p: np.ndarray,
    classes: Sequence[str],
    encode: Callable[[list[str]], np.ndarray],
) -> np.ndarray:
    """``main_p`` blended with the ask model's view of ``texts`` (``main_p`` unchanged without a model)."""
    if ask is None or ask.get("weight", 0.0) <= 0 or not len(texts):
        return main_p
    emb = encode([ask_text(t) for t in texts])
    return blend(main_p, ask_proba(ask, emb, classes), ask["weight"])


def load_ask_model(models_dir: Path) -> dict[str, Any] | None:
    """The ask model saved beside the classifier bundle, None when there is none (or it cannot be read)."""
    path = Path(models_dir) / ASK_FILE
    if not path.exists():
        return None
    try:
        import joblib

        data = joblib.load(path)
    except Exception as exc:  # noqa: BLE001 - a damaged optional model must not stop classification
        log.warning("could not load %s (%s); main theme without the ask model", path, exc)
        return None
    return data if isinstance(data, dict) and "model" in data else None
