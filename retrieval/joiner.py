"""The joiner: one score per candidate from the dense and the lexical retrievers' lists.

Hybrid search scores the union of both lists on both sides (a dense candidate gets its BM25 score, a lexical one
its cosine), fuses them (``retrieval/ranking.py``: weighted min-max by default), then applies pseudo-relevance
feedback (Rocchio): the query vector moves towards its best first-pass results, which brings in differently
worded versions of the same lesson, and the union is scored again. Dense-only and lexical-only searches
(evaluation) pass their one list through.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import numpy as np

from retrieval.index import VectorIndex
from retrieval.params import FusionParams, Mode
from retrieval.ranking import fuse, fuse_arrays
from retrieval.retrievers.lexical import LexicalHits

#: Another dense retrieval for a moved query vector (``prf_fetch``): ``query_vec -> [(vec_id, cosine)]``.
Fetch = Callable[[np.ndarray], list[tuple[int, float]]]


class Joined(NamedTuple):
    """Fused, dense and lexical scores of the candidates."""

    fused: dict[int, float]
    dense: dict[int, float]
    lexical: dict[int, float]


def join(
    mode: Mode,
    params: FusionParams,
    dense: dict[int, float],
    lexical: LexicalHits,
    *,
    index: VectorIndex | None = None,
    query_vec: np.ndarray | None = None,
    fetch: Fetch | None = None,
    arrays: bool = True,
) -> Joined:
    """Join the retrievers' candidates. ``index`` and ``query_vec`` are needed for hybrid scoring and feedback;
    ``fetch`` for ``params.prf_fetch``; ``arrays`` False runs the dict steps (which tests compare with)."""
    hybrid = mode == "hybrid" and index is not None and query_vec is not None
    if hybrid and params.fusion != "rrf" and not params.prf_fetch and arrays:
        assert index is not None and query_vec is not None
        return _join_arrays(index, query_vec, params, dense, lexical)
    dense, top = dict(dense), dict(lexical.top)
    if hybrid:
        assert index is not None and query_vec is not None
        dense.update(index.scores_for(query_vec, [i for i in top if i not in dense]))
        top.update({i: lexical.score_of(i) for i in dense if i not in top})
    fused = _fuse(dense, top, mode, params)
    if hybrid and params.prf > 0 and fused:
        assert index is not None and query_vec is not None
        # Pseudo-relevance feedback (Rocchio): move the query towards its best first-pass results, which
        # brings in differently worded versions of the same lesson.
        first = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))[: params.prf]
        feedback = np.mean([index.vector_of(i) for i, _ in first], axis=0)
        query2 = query_vec + params.prf_weight * feedback
        query2 = (query2 / max(float(np.linalg.norm(query2)), 1e-9)).astype(np.float32)
        candidates = set(dense) | set(top)
        # A second index search (~2 ms at 200k records) for candidates beyond both lists: off by default
        if params.prf_fetch and fetch is not None:
            candidates |= {i for i, _ in fetch(query2)}
        dense = index.scores_for(query2, list(candidates))
        top = {i: lexical.score_of(i) for i in candidates}
        fused = _fuse(dense, top, mode, params)
    return Joined(fused, dense, top)


def _join_arrays(
    index: VectorIndex,
    query_vec: np.ndarray,
    params: FusionParams,
    dense: dict[int, float],
    lexical: LexicalHits,
) -> Joined:
    """Hybrid scores of the union of both candidate lists, and the feedback pass, on aligned arrays: the
    same numbers as the dict steps of :func:`join` (tests/retrieval/test_library.py compares them), without a
    dict per step for every candidate (~1 ms of Python per search at 200k records)."""
    ids = list(dict.fromkeys([*dense, *lexical.top]))
    if not ids:
        return Joined({}, {}, {})
    rows = index.rows_of(ids)
    lex_rows = np.fromiter((lexical.row_of.get(i, -1) for i in ids), dtype=np.int64, count=len(ids))
    lex = np.zeros(len(ids))
    if len(lexical.scores):
        found = lex_rows >= 0
        lex[found] = lexical.scores[lex_rows[found]]
    cos = index.scores_of_rows(query_vec, rows)
    # The dense candidates keep the scores FAISS gave them (its sums may differ from numpy's in the last bit)
    cos[: len(dense)] = np.fromiter(dense.values(), dtype=np.float64, count=len(dense))
    fused = fuse_arrays(cos, lex, fusion=params.fusion, dense_weight=params.dense_weight)
    if params.prf > 0:
        # Pseudo-relevance feedback (Rocchio), as in :func:`join`.
        id_array = np.asarray(ids, dtype=np.int64)
        first = np.lexsort((id_array, -fused))[: params.prf]
        first = first[rows[first] >= 0]
        if len(first):
            feedback = index.vectors[rows[first]].mean(axis=0)
            query2 = query_vec + params.prf_weight * feedback
            query2 = (query2 / max(float(np.linalg.norm(query2)), 1e-9)).astype(np.float32)
            cos = index.scores_of_rows(query2, rows)
            fused = fuse_arrays(cos, lex, fusion=params.fusion, dense_weight=params.dense_weight)
    present = ~np.isnan(cos)
    return Joined(
        dict(zip(ids, fused.tolist(), strict=True)),
        {i: c for i, c, p in zip(ids, cos.tolist(), present.tolist(), strict=True) if p},
        dict(zip(ids, lex.tolist(), strict=True)),
    )


def _fuse(
    dense: dict[int, float], lexical: dict[int, float], mode: Mode, params: FusionParams
) -> dict[int, float]:
    if mode == "dense":
        return dict(dense)
    if mode == "lexical":
        return dict(lexical)
    return fuse(
        dense,
        lexical,
        fusion=params.fusion,
        dense_weight=params.dense_weight,
        rrf_k=params.rrf_k,
        depth=params.candidates,
    )
