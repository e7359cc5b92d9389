"""Score fusion for hybrid search: how the dense (cosine) and lexical (BM25) scores of the candidates combine.

- ``weighted``: convex combination of min-max-normalised scores (the default);
- ``zscore``: convex combination of z-scored scores (less sensitive to one outlying top score);
- ``rrf``: reciprocal-rank fusion.

Pure functions over ``{vec_id: score}`` dicts, a few microseconds per hundred candidates; chosen on the dev
queries only (``evaluation/retrieval.py``).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Literal

import numpy as np

Fusion = Literal["weighted", "zscore", "rrf"]
FUSIONS: tuple[str, ...] = ("weighted", "zscore", "rrf")


def minmax(scores: dict[int, float]) -> dict[int, float]:
    """Scores rescaled to [0, 1] (all 1.0 when they are equal and positive, 0.0 when equal and not)."""
    return _normalised_dict(scores, "weighted")


def zscore(scores: dict[int, float]) -> dict[int, float]:
    """Scores centred on their mean and divided by their standard deviation (0.0 when they are all equal)."""
    return _normalised_dict(scores, "zscore")


def _normalised_dict(scores: dict[int, float], fusion: str) -> dict[int, float]:
    values = np.fromiter(scores.values(), dtype=np.float64, count=len(scores))
    return dict(zip(scores, _normalise(values, fusion).tolist(), strict=True))


def rrf(
    dense: dict[int, float], lexical: dict[int, float], k: int = 60, depth: int = 100
) -> dict[int, float]:
    """Reciprocal-rank fusion of both lists (lexical zeros are not ranked)."""
    out: dict[int, float] = defaultdict(float)
    for scores, keep_zero in ((dense, True), (lexical, False)):
        ordered = sorted((i for i in scores if keep_zero or scores[i] > 0), key=lambda i: -scores[i])
        for rank, i in enumerate(ordered[:depth], start=1):
            out[i] += 1.0 / (k + rank)
    return dict(out)


def fuse(
    dense: dict[int, float],
    lexical: dict[int, float],
    *,
    fusion: str = "weighted",
    dense_weight: float = 0.7,
    rrf_k: int = 60,
    depth: int = 100,
) -> dict[int, float]:
    """Hybrid scores over the union of both candidate lists (a missing score counts as the list's lowest)."""
    if fusion == "rrf":
        return rrf(dense, lexical, rrf_k, depth)
    ids = list(set(dense) | set(lexical))
    fused = fuse_arrays(
        np.array([dense.get(i, np.nan) for i in ids], dtype=np.float64),
        np.array([lexical.get(i, np.nan) for i in ids], dtype=np.float64),
        fusion=fusion,
        dense_weight=dense_weight,
    )
    return dict(zip(ids, fused.tolist(), strict=True))


def top_positive(scores: np.ndarray, n: int, *, stride: int = 16) -> np.ndarray:
    """Indices of the ``n`` largest positive scores, best first, equal scores by position (exact, as a full
    sort gives; ~0.3 ms for 200k BM25 scores, against ~1.4 ms for an ``argpartition`` of them all).

    The ``n``-th largest of every ``stride``-th score is a lower bound on the ``n``-th largest of them all
    (the full array holds at least those ``n``), so only scores at or above it can be in the top ``n``: about
    ``stride * n`` of them (more on ties) are then sorted instead of every score. Sorting, not partitioning:
    BM25 scores repeat a lot (~0.5% distinct values at 200k records), where numpy's introselect is slower
    than a sort of the same values.
    """
    if n <= 0 or not len(scores):
        return np.zeros(0, dtype=np.int64)
    sample = np.sort(scores[::stride])
    bound = float(sample[-n]) if len(sample) > n else 0.0
    candidates = np.flatnonzero(scores >= bound) if bound > 0 else np.flatnonzero(scores > 0)
    # Stable sort of the candidates (in position order) by score: ties keep their positions.
    order = np.argsort(-scores[candidates], kind="stable")[:n]
    return candidates[order]


def _normalise(values: np.ndarray, fusion: str) -> np.ndarray:
    """Min-max (``fusion`` 'weighted') or z-scores ('zscore') of the present (non-NaN) values, NaN kept, as
    float64: the one implementation behind :func:`minmax`, :func:`zscore`, :func:`fuse` and
    :func:`fuse_arrays`."""
    out = np.full(len(values), np.nan)
    present = ~np.isnan(values)
    if not present.any():
        return out
    v = values[present].astype(np.float64)
    if fusion == "zscore":
        mean, std = float(v.mean()), float(v.std())
        out[present] = 0.0 if std < 1e-9 else (v - mean) / std
    else:
        lo, hi = float(v.min()), float(v.max())
        out[present] = (1.0 if hi > 0 else 0.0) if hi - lo < 1e-9 else (v - lo) / (hi - lo)
    return out


def fuse_arrays(
    dense: np.ndarray, lexical: np.ndarray, *, fusion: str = "weighted", dense_weight: float = 0.7
) -> np.ndarray:
    """Weighted or z-score fusion over aligned candidate arrays, NaN where a list has no score (it then
    counts as that list's lowest); :func:`fuse` is this over dicts."""
    if fusion == "rrf":
        raise ValueError("fuse_arrays does weighted and zscore fusion; use fuse() for rrf")
    d, lex = _normalise(dense, fusion), _normalise(lexical, fusion)
    d_low = float(np.nanmin(d)) if (~np.isnan(d)).any() else 0.0
    l_low = float(np.nanmin(lex)) if (~np.isnan(lex)).any() else 0.0
    d = np.where(np.isnan(d), d_low, d)
    lex = np.where(np.isnan(lex), l_low, lex)
    return dense_weight * d + (1 - dense_weight) * lex
