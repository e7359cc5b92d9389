"""retrieval/ranking.py: score fusion (min-max, z-score, RRF)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.ranking import FUSIONS, fuse, fuse_arrays, minmax, rrf, top_positive, zscore


def test_minmax_and_zscore() -> None:
    assert minmax({1: 2.0, 2: 4.0, 3: 3.0}) == {1: 0.0, 2: 1.0, 3: 0.5}
    assert minmax({1: 0.0, 2: 0.0}) == {1: 0.0, 2: 0.0}
    assert minmax({1: 3.0}) == {1: 1.0}
    assert minmax({}) == {}
    z = zscore({1: 1.0, 2: 2.0, 3: 3.0})
    assert z[2] == pytest.approx(0.0) and z[3] == pytest.approx(-z[1]) and z[3] > 0
    assert zscore({1: 5.0, 2: 5.0}) == {1: 0.0, 2: 0.0}


def test_fusions_rank_a_result_both_lists_like_first() -> None:
    dense = {1: 0.9, 2: 0.8, 3: 0.1}
    lexical = {1: 5.0, 2: 0.0, 4: 7.0}
    for fusion in FUSIONS:
        fused = fuse(dense, lexical, fusion=fusion, dense_weight=0.7)
        assert set(fused) == {1, 2, 3, 4}
        assert max(fused, key=fused.__getitem__) == 1, fusion


def test_weighted_is_a_convex_combination() -> None:
    fused = fuse({1: 1.0, 2: 0.0}, {1: 0.0, 2: 2.0}, dense_weight=0.7)
    assert fused[1] == pytest.approx(0.7) and fused[2] == pytest.approx(0.3)
    only_dense = fuse({1: 1.0, 2: 0.0}, {1: 0.0, 2: 2.0}, dense_weight=1.0)
    assert only_dense[1] == 1.0 and only_dense[2] == 0.0


def test_rrf_ignores_lexical_zeros_and_depth() -> None:
    out = rrf({1: 0.5, 2: 0.4}, {1: 0.0, 2: 3.0}, k=60, depth=1)
    assert out[1] == pytest.approx(1 / 61) and out[2] == pytest.approx(1 / 61)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("n", [1, 5, 100, 5000])
def test_top_positive_equals_a_full_sort(seed: int, n: int) -> None:
    rng = np.random.default_rng(seed)
    size = int(rng.integers(0, 3000))
    scores = rng.random(size).astype(np.float32)
    scores[rng.random(size) < rng.random()] = 0.0  # sparse to dense zeros, as BM25 gives
    scores[rng.random(size) < 0.1] = 0.5  # ties
    got = top_positive(scores, n)
    order = sorted((i for i in range(size) if scores[i] > 0), key=lambda i: (-scores[i], i))
    assert got.tolist() == order[:n]


def test_top_positive_edge_cases() -> None:
    assert top_positive(np.zeros(0, dtype=np.float32), 5).tolist() == []
    assert top_positive(np.zeros(50, dtype=np.float32), 5).tolist() == []
    assert top_positive(np.array([0.0, 2.0, 1.0], dtype=np.float32), 0).tolist() == []


@pytest.mark.parametrize("fusion", ["weighted", "zscore"])
@pytest.mark.parametrize("seed", range(5))
def test_fuse_arrays_equals_fuse(fusion: str, seed: int) -> None:
    rng = np.random.default_rng(seed)
    ids = list(range(60))
    dense = {i: float(rng.random()) for i in ids if rng.random() < 0.8}
    lexical = {i: float(rng.random() * 10) if rng.random() < 0.7 else 0.0 for i in ids if rng.random() < 0.9}
    if seed == 0:  # degenerate: every lexical score equal
        lexical = dict.fromkeys(lexical, 2.0)
    union = sorted(set(dense) | set(lexical))
    want = fuse(dense, lexical, fusion=fusion, dense_weight=0.7)
    d = np.array([dense.get(i, np.nan) for i in union])
    lex = np.array([lexical.get(i, np.nan) for i in union])
    got = fuse_arrays(d, lex, fusion=fusion, dense_weight=0.7)
    assert np.allclose(got, [want[i] for i in union], atol=1e-12)


def test_fuse_arrays_refuses_rrf() -> None:
    with pytest.raises(ValueError, match="rrf"):
        fuse_arrays(np.zeros(2), np.zeros(2), fusion="rrf")
