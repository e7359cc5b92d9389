"""The joiner alone: one score per candidate from the dense and lexical lists (pass-through for one list,
fusion of the union on both sides for hybrid, feedback), the array path equal to the dict path."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.embeddings import HashEncoder
from retrieval.index import IdSet, VectorIndex
from retrieval.joiner import join
from retrieval.lexical import BM25
from retrieval.params import FusionParams
from retrieval.ranking import fuse
from retrieval.retrievers.dense import DenseRetriever
from retrieval.retrievers.lexical import LexicalHits, LexicalRetriever

TEXTS = [
    "Police should complete a risk assessment at every incident",
    "GP practices should ask about domestic abuse at routine appointments",
    "Housing officers should be trained to recognise coercive control",
    "Police officers should be trained to recognise coercive control",
    "Schools should teach healthy relationships",
]
IDS = [10, 11, 12, 13, 14]


@pytest.fixture(scope="module")
def parts() -> tuple[VectorIndex, BM25, np.ndarray]:
    encoder = HashEncoder()
    index = VectorIndex(encoder.dim, exact_max=1000, model=encoder.name)
    index.build(np.asarray(IDS, dtype=np.int64), encoder.encode_batch(TEXTS))
    bm25 = BM25().fit(IDS, TEXTS)
    return index, bm25, encoder.encode_batch(["police training on coercive control"])[0]


def _lists(parts: tuple[VectorIndex, BM25, np.ndarray], query: str, n: int = 2):  # type: ignore[no-untyped-def]
    index, bm25, vec = parts
    dense = dict(DenseRetriever.retrieve(index, vec, n, None, IdSet()))
    return dense, LexicalRetriever.retrieve(bm25, query, n, None, IdSet())


def test_one_list_passes_through() -> None:
    lexical = LexicalHits(top={1: 2.0, 2: 1.0})
    assert join("lexical", FusionParams(), {}, lexical).fused == {1: 2.0, 2: 1.0}
    assert join("dense", FusionParams(), {5: 0.9}, LexicalHits()).fused == {5: 0.9}


def test_hybrid_without_an_index_fuses_the_two_lists() -> None:
    dense, lexical = {1: 0.9, 2: 0.5}, LexicalHits(top={2: 3.0, 3: 1.0})
    joined = join("hybrid", FusionParams(), dense, lexical)
    assert joined.fused == fuse(dense, lexical.top, fusion="weighted", dense_weight=0.7, rrf_k=60, depth=100)


@pytest.mark.parametrize("params", [FusionParams(), FusionParams(prf=0), FusionParams(fusion="zscore")])
def test_hybrid_scores_the_union_on_both_sides_and_arrays_match_dicts(parts, params: FusionParams) -> None:  # type: ignore[no-untyped-def]
    index, _, vec = parts
    dense, lexical = _lists(parts, "police training on coercive control")
    by_arrays = join("hybrid", params, dense, lexical, index=index, query_vec=vec)
    by_dicts = join("hybrid", params, dense, lexical, index=index, query_vec=vec, arrays=False)
    union = set(dense) | set(lexical.top)
    assert set(by_arrays.fused) == union == set(by_dicts.fused)
    assert set(by_arrays.dense) == union and set(by_arrays.lexical) == union  # both sides scored
    for vec_id in union:
        assert by_arrays.fused[vec_id] == pytest.approx(by_dicts.fused[vec_id], abs=1e-6)


def test_feedback_fetch_brings_in_candidates_beyond_both_lists(parts) -> None:  # type: ignore[no-untyped-def]
    index, _, vec = parts
    dense, lexical = _lists(parts, "police training on coercive control", n=1)
    fetched: list[np.ndarray] = []

    def fetch(query_vec: np.ndarray) -> list[tuple[int, float]]:
        fetched.append(query_vec)
        return DenseRetriever.retrieve(index, query_vec, len(IDS), None, IdSet())

    params = FusionParams(prf_fetch=True)
    joined = join("hybrid", params, dense, lexical, index=index, query_vec=vec, fetch=fetch)
    assert (
        len(fetched) == 1 and abs(float(np.linalg.norm(fetched[0])) - 1.0) < 1e-5
    )  # a normalised moved query
    assert set(joined.fused) == set(IDS)
