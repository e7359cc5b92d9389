"""VectorIndex: exact and IVF search, filters, updates, atomic save/load, corruption detection."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from retrieval.bench import synthetic_vectors
from retrieval.index import IndexCorruptError, VectorIndex, exact_topk, recall_at_k


def _data(n: int = 500, dim: int = 32, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    vectors, *_ = synthetic_vectors(n, dim, seed=seed)
    return np.arange(100, 100 + n, dtype=np.int64), vectors


def test_exact_search_returns_store_ids() -> None:
    ids, vectors = _data()
    index = VectorIndex(32, exact_max=1000)
    index.build(ids, vectors)
    hits = index.search(vectors[7], 5)
    assert hits[0][0] == 107 and hits[0][1] == pytest.approx(1.0, abs=1e-5)
    assert index.meta.kind == "flat"


def test_ivf_recall_is_measured_and_high() -> None:
    ids, vectors = _data(4000)
    index = VectorIndex(32, exact_max=100)
    index.build(ids, vectors)
    assert index.meta.kind == "ivf" and index.meta.recall_at_10 >= 0.95
    queries, *_ = synthetic_vectors(100, 32, seed=0)
    found = np.array([[h[0] for h in index.search(q, 10)] for q in queries])
    assert recall_at_k(found, exact_topk(vectors, ids, queries, 10)) >= 0.9


def test_filtered_search_is_exact_within_the_filter() -> None:
    ids, vectors = _data(3000)
    index = VectorIndex(32, exact_max=100)
    index.build(ids, vectors)
    allowed = {int(i) for i in ids[::97]}  # a sparse filter far from the query
    hits = index.search(vectors[0], 10, allowed)
    assert len(hits) == 10 and all(h[0] in allowed for h in hits)
    rows = np.array([i - 100 for i in sorted(allowed)])
    best = ids[rows[np.argsort(-(vectors[rows] @ vectors[0]))[:10]]]
    assert [h[0] for h in hits] == best.tolist()


@pytest.mark.parametrize("exact_max", [1000, 100])
def test_remove_and_add(exact_max: int) -> None:
    ids, vectors = _data(600)
    index = VectorIndex(32, exact_max=exact_max)
    index.build(ids, vectors, [f"s{i}" for i in ids])
    index.remove([100, 101])
    assert 100 not in [h[0] for h in index.search(vectors[0], 5)]
    index.add(np.array([5000]), vectors[:1], ["new"])
    assert index.search(vectors[0], 1)[0][0] == 5000
    assert len(index) == 599


def test_save_load_roundtrip(tmp_path: Path) -> None:
    ids, vectors = _data(2000)
    index = VectorIndex(32, exact_max=100)
    index.build(ids, vectors, [str(i) for i in ids])
    index.meta.generation = 42
    path = tmp_path / "index.npz"
    index.save(path)
    loaded = VectorIndex.load(path)
    assert loaded.meta.generation == 42 and loaded.meta.kind == "ivf"
    assert loaded.search(vectors[3], 3) == index.search(vectors[3], 3)
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


@pytest.mark.parametrize("exact_max", [100, 10_000])
def test_snapshot_keeps_its_moment_while_the_index_grows(tmp_path: Path, exact_max: int) -> None:
    ids, vectors = _data(2000)
    index = VectorIndex(32, exact_max=exact_max)
    index.build(ids[:1500], vectors[:1500], [str(i) for i in ids[:1500]])
    snapshot = index.snapshot()
    for start in range(1500, 2000, 100):  # appends into the spare rows after the snapshot's view
        index.add(
            ids[start : start + 100], vectors[start : start + 100], [str(i) for i in ids[start : start + 100]]
        )
    with (tmp_path / "then.npz").open("wb") as handle:
        snapshot.write(handle)
    index.save(tmp_path / "now.npz")
    then, now = VectorIndex.load(tmp_path / "then.npz"), VectorIndex.load(tmp_path / "now.npz")
    assert len(then) == 1500 and len(now) == 2000
    assert np.array_equal(then.vectors, vectors[:1500]) and np.array_equal(now.vectors, vectors)
    assert now.search(vectors[1999], 1)[0][0] == ids[1999]
    assert then.search(vectors[10], 1)[0][0] == ids[10]


def test_old_format_is_reported_for_a_rebuild(tmp_path: Path) -> None:
    path = tmp_path / "index.npz"
    np.savez(path, meta=np.frombuffer(b'{"format": 1}', dtype=np.uint8))
    with pytest.raises(IndexCorruptError, match="unknown format"):
        VectorIndex.load(path)


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty"])
def test_damaged_file_is_reported(tmp_path: Path, damage: str) -> None:
    ids, vectors = _data(50)
    index = VectorIndex(32)
    index.build(ids, vectors)
    path = tmp_path / "index.npz"
    index.save(path)
    data = path.read_bytes()
    path.write_bytes(
        {"truncate": data[: len(data) // 2], "garbage": b"not an index" * 10, "empty": b""}[damage]
    )
    with pytest.raises(IndexCorruptError):
        VectorIndex.load(path)


def test_unstructured_vectors_fall_back_to_exact() -> None:
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(3000, 64)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = VectorIndex(64, exact_max=100)
    index.build(np.arange(3000, dtype=np.int64), vectors)
    assert index.meta.kind == "flat" and "ivf_rejected_nprobe" in index.meta.extra
    assert index.search(vectors[5], 1)[0][0] == 5


def test_id_set_masks_any_id_array_and_remembers_the_last_two() -> None:
    from retrieval.index import IdSet

    allowed = IdSet([5, 1, 9, 1000])
    assert allowed.array.tolist() == [1, 5, 9, 1000] and 9 in allowed and 2 not in allowed
    ids = np.array([9, 2, 1000, 5, 7], dtype=np.int64)
    assert allowed.mask(ids).tolist() == [True, False, True, True, False]
    assert allowed.mask(ids) is allowed.mask(ids)  # memoised by the array's identity
    other = np.array([1, 3], dtype=np.int64)
    assert allowed.mask(other).tolist() == [True, False]
    assert IdSet().mask(ids).tolist() == [False] * 5
    assert IdSet([1, 2]) - IdSet([2]) == {1}
    assert (
        IdSet([3, 1]) == IdSet(np.array([1, 3])) and list(IdSet([3, 1])) == [1, 3] and len(IdSet([3, 1])) == 2
    )
    assert "1" not in allowed and np.int64(5) in allowed
    moved = allowed.with_review(np.array([5, 9]), np.array([7, 9, 2000]))
    assert moved.array.tolist() == [1, 7, 9, 1000, 2000] and allowed.array.tolist() == [1, 5, 9, 1000]


def test_id_set_mask_equals_isin_for_ids_inside_and_outside_the_range() -> None:
    from retrieval.index import IdSet

    rng = np.random.default_rng(3)
    allowed = IdSet(rng.choice(np.arange(100, 5000), 1500, replace=False))
    ids = rng.integers(-50, 6000, 4000).astype(np.int64)  # below, inside and above the set's range
    assert np.array_equal(allowed.mask(ids), np.isin(ids, allowed.array))
    assert IdSet([7]).mask(np.array([6, 7, 8], dtype=np.int64)).tolist() == [False, True, False]
