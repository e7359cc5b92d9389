"""Each retriever alone: the dense one over a small FAISS index, the lexical one over BM25; built from rows,
saved beside the store and read back, answering with filters and blocked ids."""

from __future__ import annotations

import hashlib
from pathlib import Path

from retrieval.derived import RWLock
from retrieval.embeddings import HashEncoder
from retrieval.index import IdSet
from retrieval.lexical import BM25
from retrieval.retrievers.dense import DenseRetriever
from retrieval.retrievers.lexical import LexicalRetriever
from retrieval.store import IndexRow

TEXTS = {
    1: "Police should complete a risk assessment at every incident",
    2: "GP practices should ask about domestic abuse at routine appointments",
    3: "Housing officers should be trained to recognise coercive control",
}


class FullRows:
    """Stands for :class:`retrieval.derived.StoreRows` in a from-scratch build (only ``full`` is read)."""

    def full(self) -> list[IndexRow]:
        return [
            IndexRow(vec_id=i, id=f"r{i}", text=text, text_sha=hashlib.sha256(text.encode()).hexdigest())
            for i, text in TEXTS.items()
        ]


def _dense(tmp_path: Path, encoder: HashEncoder | None = None) -> DenseRetriever:
    encoder = encoder or HashEncoder()
    return DenseRetriever(
        tmp_path / "index.npz", encoder, exact_max=1000, embed=encoder.encode_batch, rw=RWLock()
    )


def test_dense_builds_saves_and_answers_nearest_first(tmp_path: Path) -> None:
    retriever = _dense(tmp_path)
    index = retriever.sync(None, 7, FullRows())  # type: ignore[arg-type]
    retriever.close()
    assert sorted(index.ids.tolist()) == [1, 2, 3] and index.meta.generation == 7
    query = HashEncoder().encode_batch(["police risk assessment"])[0]
    found = DenseRetriever.retrieve(index, query, 3, None, IdSet())
    assert found[0][0] == 1 and [s for _, s in found] == sorted((s for _, s in found), reverse=True)
    assert {i for i, _ in DenseRetriever.retrieve(index, query, 3, IdSet([2, 3]), IdSet())} == {2, 3}
    assert 1 not in {i for i, _ in DenseRetriever.retrieve(index, query, 3, None, IdSet([1]))}
    # read back from its file at the same generation: nothing rebuilt
    again = _dense(tmp_path)
    loaded = again.sync(None, 7, rows=None)  # type: ignore[arg-type]
    assert loaded.meta.generation == 7 and sorted(loaded.ids.tolist()) == [1, 2, 3]


def test_dense_file_of_another_model_is_not_used(tmp_path: Path) -> None:
    _dense(tmp_path).sync(None, 1, FullRows())  # type: ignore[arg-type]
    assert _dense(tmp_path, HashEncoder(dim=16)).load() is None


def test_lexical_builds_saves_and_answers_best_first(tmp_path: Path) -> None:
    key = ("general", 1.2, 0.75)
    retriever = LexicalRetriever(tmp_path / "lexical.npz", key)
    bm25 = retriever.sync(key, None, 3, FullRows())  # type: ignore[arg-type]
    retriever.close()
    hits = LexicalRetriever.retrieve(bm25, "coercive control training", 5, None, IdSet())
    assert next(iter(hits.top)) == 3 and all(s > 0 for s in hits.top.values())
    assert hits.score_of(3) == hits.top[3] and hits.score_of(999) == 0.0
    assert 3 not in LexicalRetriever.retrieve(bm25, "coercive control", 5, IdSet([1, 2]), IdSet()).top
    assert 3 not in LexicalRetriever.retrieve(bm25, "coercive control", 5, None, IdSet([3])).top
    # the default scorer is saved and read back; another key is never read from that file
    loaded = LexicalRetriever(tmp_path / "lexical.npz", key).load(key)
    assert isinstance(loaded, BM25) and loaded.generation == 3
    assert LexicalRetriever(tmp_path / "lexical.npz", key).load(("none", 1.2, 0.75)) is None


def test_lexical_on_an_empty_library_finds_nothing() -> None:
    bm25 = BM25().fit([], [])
    hits = LexicalRetriever.retrieve(bm25, "anything", 5, None, IdSet())
    assert hits.top == {} and hits.scores.size == 0 and hits.row_of == {}
