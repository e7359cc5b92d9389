"""retrieval/ranking.py: score fusion (min-max, z-score, RRF)."""

from __future__ import annotations

import pytest

from retrieval.ranking import FUSIONS, fuse, minmax, rrf, zscore


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
