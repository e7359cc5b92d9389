"""The dense vector index: FAISS with ids mapped to the store's recommendation ids (``vec_id``).

Small libraries (up to ``exact_max`` vectors) use exact inner-product search (``IndexIDMap2(IndexFlatIP)``);
larger ones an ``IndexIVFFlat`` whose ``nprobe`` is tuned at build time until its recall@10 against exact search
on sample queries reaches ``target_recall`` (the measured figure is kept in ``meta``). The vectors themselves
are kept next to the FAISS index so that searches restricted to a filtered id set are exact, and so that the
index can be rebuilt without the model.

The index is saved as one ``.npz`` file written to a temporary name and moved into place with ``os.replace``:
a crash leaves either the old file or the new one. A file that cannot be read is reported as
:class:`IndexCorruptError` and the caller rebuilds it from the store.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from dhr.errors import DHRError
from dhr.files import atomic_file
from retrieval.id_set import IdSet, as_id_set

__all__ = ["IdSet", "IndexCorruptError", "IndexMeta", "VectorIndex", "as_id_set", "exact_topk", "recall_at_k"]

FORMAT_VERSION = 2  # 2: no FAISS blob (rebuilt from vectors + IVF centroids on load)


class IndexCorruptError(DHRError):
    """The saved index cannot be read (damaged or from another version); rebuild it from the store."""


@dataclass
class IndexMeta:
    generation: int = -1
    model: str = ""
    dim: int = 0
    kind: str = "flat"
    nlist: int = 0
    nprobe: int = 0
    recall_at_10: float | None = None
    build_s: float = 0.0
    trained_on: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def _faiss() -> Any:
    import faiss

    return faiss


@contextmanager
def _one_thread() -> Iterator[None]:
    """One OpenMP thread for a single-query search. A query of one vector gains nothing from FAISS's threads,
    which only spin against the other requests a server is answering (measured here: twice the CPU per search
    and slower answers). OpenMP keeps the setting per calling thread; it is restored after, so batch work
    (building, benchmarks, clustering) keeps all cores."""
    faiss = _faiss()
    before = faiss.omp_get_max_threads()
    if before == 1:
        yield
        return
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


@dataclass(frozen=True)
class IndexSnapshot:
    """An index's saved state at one moment (see :meth:`VectorIndex.snapshot`)."""

    ids: np.ndarray
    vectors: np.ndarray
    shas: list[str]  # the index's own list, which later additions append to: its first len(ids) are ours
    centroids: np.ndarray
    meta: dict[str, Any]

    def write(self, handle: BinaryIO) -> None:
        np.savez(
            handle,
            ids=self.ids,
            vectors=self.vectors,
            shas=np.asarray(self.shas[: len(self.ids)], dtype="U64"),
            centroids=self.centroids,
            meta=np.frombuffer(json.dumps(self.meta).encode(), dtype=np.uint8),
        )


@dataclass
class Removal:
    """Compacted index arrays without some ids, prepared outside the write lock (see
    :meth:`VectorIndex.prepare_removal`)."""

    ids: np.ndarray
    kept_ids: np.ndarray
    buffer: np.ndarray
    shas: list[str]
    row: dict[int, int]


class VectorIndex:
    """FAISS index + the vectors, ids and text hashes it was built from."""

    def __init__(
        self,
        dim: int,
        *,
        exact_max: int = 50_000,
        target_recall: float = 0.99,
        model: str = "",
    ) -> None:
        self.dim = dim
        self.exact_max = exact_max
        self.target_recall = target_recall
        self.ids = np.zeros(0, dtype=np.int64)
        self.vectors = np.zeros((0, dim), dtype=np.float32)
        self.shas: list[str] = []
        self.meta = IndexMeta(model=model, dim=dim)
        self._row: dict[int, int] = {}
        self._faiss_index: Any = None
        self._buffer: np.ndarray | None = (
            None  # spare rows after ``vectors`` (a view of it) for cheap appends
        )
        self._id_buffer: np.ndarray | None = None  # the same for ``ids``
        self._centroids: np.ndarray | None = None  # the IVF quantizer's, read once (they never change)

    # -------------------------------------------------------------------------------------------- build

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    def build(
        self, ids: np.ndarray, vectors: np.ndarray, shas: list[str] | None = None, *, seed: int = 0
    ) -> None:
        """(Re)build from scratch: exact below ``exact_max`` vectors, tuned IVF above."""
        start = time.perf_counter()
        self.ids = np.ascontiguousarray(ids, dtype=np.int64)
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.shas = list(shas) if shas is not None else [""] * len(self.ids)
        self._row = {int(v): i for i, v in enumerate(self.ids)}
        self._id_buffer = self._centroids = None
        faiss = _faiss()
        n = len(self.ids)
        if n <= self.exact_max:
            index = faiss.IndexIDMap2(faiss.IndexFlatIP(self.dim))
            if n:
                index.add_with_ids(self.vectors, self.ids)
            self.meta.kind, self.meta.nlist, self.meta.nprobe = "flat", 0, 0
            self.meta.recall_at_10 = 1.0
            self._faiss_index = index
        else:
            nlist = int(min(65536, max(64, 4 * math.sqrt(n))))
            quantizer = faiss.IndexFlatIP(self.dim)
            index = faiss.IndexIVFFlat(quantizer, self.dim, nlist, faiss.METRIC_INNER_PRODUCT)
            rng = np.random.default_rng(seed)
            n_train = min(n, nlist * 40)
            sample = self.vectors[np.sort(rng.choice(n, size=n_train, replace=False))]
            index.cp.min_points_per_centroid = 5
            index.train(sample)
            index.add_with_ids(self.vectors, self.ids)
            self._faiss_index = index
            self.meta.kind, self.meta.nlist, self.meta.trained_on = "ivf", nlist, n
            self.meta.nprobe, self.meta.recall_at_10 = self._tune_nprobe(rng)
            if self.meta.nprobe > nlist // 2:
                # The vectors have no cluster structure IVF can use (it would scan most lists): exact is faster.
                self.meta.extra = {"ivf_rejected_nprobe": self.meta.nprobe, "ivf_rejected_nlist": nlist}
                flat = faiss.IndexIDMap2(faiss.IndexFlatIP(self.dim))
                flat.add_with_ids(self.vectors, self.ids)
                self._faiss_index = flat
                self.meta.kind, self.meta.nlist, self.meta.nprobe, self.meta.recall_at_10 = "flat", 0, 0, 1.0
        self.meta.build_s = time.perf_counter() - start

    def _tune_nprobe(self, rng: np.random.Generator, n_queries: int = 200) -> tuple[int, float]:
        """Smallest nprobe (doubling) whose recall@10 vs exact reaches the target on perturbed sample vectors."""
        n = len(self.ids)
        picks = rng.choice(n, size=min(n_queries, n), replace=False)
        queries = self.vectors[picks] + rng.normal(
            0, 1.2 / math.sqrt(self.dim), size=(len(picks), self.dim)
        ).astype(np.float32)
        queries /= np.linalg.norm(queries, axis=1, keepdims=True)
        truth = exact_topk(self.vectors, self.ids, queries, 10)
        index = self._faiss_index
        nprobe, recall = 1, 0.0
        while True:
            index.nprobe = nprobe
            _, found = index.search(queries, 10)
            recall = recall_at_k(found, truth)
            if recall >= self.target_recall or nprobe >= index.nlist:
                break
            nprobe = min(index.nlist, nprobe * 2)
        index.nprobe = nprobe
        return nprobe, float(recall)

    # ------------------------------------------------------------------------------------------ updates

    def remove(self, ids: list[int]) -> None:
        self.apply_removal(self.prepare_removal(ids))

    def prepare_removal(self, ids: list[int], extra: int = 0) -> Removal | None:
        """The compacted arrays without ``ids``, with room for ``extra`` additions: built from the current state
        without changing it, so a sync does this outside the write lock that searches wait on (at 200k
        records it is ~0.2 s of copying) and :meth:`apply_removal` only swaps them in. None: nothing to remove.
        The index must not change in between (the sync is its only writer)."""
        if not ids:
            return None
        gone = np.asarray(ids, dtype=np.int64)
        keep = ~np.isin(self.ids, gone)
        kept = int(keep.sum())
        # A new array with spare rows (never compacted in place: a snapshot may be writing the old one).
        # Fancy indexing then a copy: np.compress(..., out=) took 2.2 s for the same 200k x 384 floats.
        buffer = np.empty((int(1.25 * (kept + extra)) + 64, self.dim), dtype=np.float32)
        buffer[:kept] = self.vectors[keep]
        new_ids = self.ids[keep]
        return Removal(
            ids=gone,
            kept_ids=new_ids,
            buffer=buffer,
            shas=[s for s, k in zip(self.shas, keep.tolist(), strict=True) if k],
            row={int(v): i for i, v in enumerate(new_ids.tolist())},
        )

    def apply_removal(self, removal: Removal | None) -> None:
        """Swap in what :meth:`prepare_removal` built (and drop the ids from the FAISS index: ~10 ms)."""
        if removal is None:
            return
        if self._faiss_index is not None:
            self._faiss_index.remove_ids(removal.ids)
        self.ids = removal.kept_ids
        self._id_buffer = None
        self._buffer = removal.buffer
        self.vectors = removal.buffer[: len(removal.kept_ids)]
        self.shas = removal.shas
        self._row = removal.row

    def add(self, ids: np.ndarray, vectors: np.ndarray, shas: list[str]) -> None:
        ids = np.asarray(ids, dtype=np.int64)
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if not len(ids):
            return
        total = len(self.ids) + len(ids)
        grows_past = (
            self.meta.kind == "flat"
            and total > self.exact_max
            and "ivf_rejected_nlist" not in self.meta.extra
        )
        outgrown = total > 4 * max(1, self.meta.trained_on) and self.meta.kind == "ivf"
        if grows_past or outgrown or self._faiss_index is None:
            self.build(
                np.concatenate([self.ids, ids]),
                np.concatenate([self.vectors, vectors]),
                self.shas + list(shas),
            )
            return
        with _one_thread():  # a commit's few vectors: OpenMP's threads only spun (~4 ms of both cores)
            self._faiss_index.add_with_ids(vectors, ids)
        base = len(self.ids)
        self.ids = self._appended_ids(ids)
        self.vectors = self._appended(vectors)
        # In place: a saved snapshot holding this list reads only its first len(ids) (copying 200k hashes,
        # and freeing the old list, held the GIL ~3 ms per commit)
        self.shas.extend(shas)
        self._row.update({int(v): base + i for i, v in enumerate(ids)})

    def reserve(self, extra: int) -> None:
        """Make room for ``extra`` more vectors before an :meth:`add`. Growing copies every vector (hundreds of
        MB for a large library), so a sync calls this before taking the write lock that searches wait on: it is
        safe beside readers, who see the old array or the new view of the same rows."""
        n = len(self.vectors)
        buffer = self._buffer
        if buffer is not None and self.vectors.base is buffer and len(buffer) >= n + extra:
            return
        buffer = np.empty((int(1.25 * (n + extra)) + 64, self.dim), dtype=np.float32)
        buffer[:n] = self.vectors
        self._buffer = buffer
        self.vectors = buffer[:n]

    def _appended_ids(self, ids: np.ndarray) -> np.ndarray:
        """``ids`` after the current ones, in a buffer with spare room (as :meth:`_appended` does the vectors):
        earlier views stay valid, as entries are only ever written past their end."""
        n, m = len(self.ids), len(ids)
        buffer = self._id_buffer
        if buffer is None or self.ids.base is not buffer or len(buffer) < n + m:
            buffer = np.empty(int(1.25 * (n + m)) + 64, dtype=np.int64)
            buffer[:n] = self.ids
            self._id_buffer = buffer
        buffer[n : n + m] = ids
        return buffer[: n + m]

    def _appended(self, vectors: np.ndarray) -> np.ndarray:
        """``vectors`` after the current ones, in a buffer grown by a quarter when full, so adding one
        recommendation to a large library does not copy all its vectors. Earlier views stay valid: rows are
        only ever written past their end."""
        n, m = len(self.vectors), len(vectors)
        self.reserve(m)
        assert self._buffer is not None
        self._buffer[n : n + m] = vectors
        return self._buffer[: n + m]

    # ------------------------------------------------------------------------------------------- search

    def search(self, query: np.ndarray, k: int, allowed: set[int] | None = None) -> list[tuple[int, float]]:
        """Top-k ``(vec_id, cosine)`` for one normalised query, restricted to ``allowed`` ids when given.

        With a filter, small id sets are scored exactly; large ones over-fetch from FAISS and fall back to exact
        scoring of the filtered set when too few survive, so a filter never hides results that exist.
        """
        n = len(self.ids)
        if n == 0 or k <= 0:
            return []
        q = np.ascontiguousarray(query, dtype=np.float32).reshape(1, -1)
        with _one_thread():
            return self._search(q, k, allowed)

    def _search(self, q: np.ndarray, k: int, allowed: set[int] | None) -> list[tuple[int, float]]:
        n = len(self.ids)
        if allowed is not None:
            mask = as_id_set(allowed).mask(self.ids)
            # Counted first: the rows themselves (a 200k-entry array for a chair's published-only filter, 0.3 ms)
            # only where they are scored exactly.
            count = int(np.count_nonzero(mask))
            if count == 0:
                return []
            if count <= max(5000, n // 20):
                return self._exact_rows(q[0], np.flatnonzero(mask), k)
            if self.meta.kind == "ivf":
                hits = self._ivf_filtered(q, k, as_id_set(allowed), count)
                return hits if len(hits) >= k else self._exact_rows(q[0], np.flatnonzero(mask), k)
            rows = np.flatnonzero(mask)
            fetch = min(n, k * max(4, int(4 * n / len(rows))))
            scores, found = self._faiss_index.search(q, fetch)
            keep = (found[0] >= 0) & as_id_set(allowed).contains_all(found[0])
            hits = [(int(i), float(s)) for i, s in zip(found[0][keep], scores[0][keep], strict=True)]
            if len(hits) >= k:
                return hits[:k]
            return self._exact_rows(q[0], rows, k)
        scores, found = self._faiss_index.search(q, min(k, n))
        return [(int(i), float(s)) for i, s in zip(found[0], scores[0], strict=True) if i >= 0]

    def _ivf_filtered(self, q: np.ndarray, k: int, allowed: IdSet, n_allowed: int) -> list[tuple[int, float]]:
        """IVF search that skips disallowed ids inside the probed lists (FAISS's ``IDSelector``), probing enough
        lists that at the filter's share of the library they hold ~4x ``k`` allowed vectors (at least the tuned
        ``nprobe``). Before this, an over-fetch of the tuned ``nprobe``'s few lists came up short for any filter
        keeping ~10% of the library, and every allowed row was then scored exactly (17% of a loaded server's
        CPU at 200k). Fewer than ``k`` found: the caller still falls back to exact scoring."""
        faiss = _faiss()
        index = self._faiss_index
        nlist = int(index.nlist)
        wanted = math.ceil(4 * k * nlist / max(1, n_allowed))
        nprobe = int(min(nlist, max(int(index.nprobe), wanted)))
        params = faiss.SearchParametersIVF(sel=allowed.selector(), nprobe=nprobe)
        scores, found = index.search(q, k, params=params)
        keep = found[0] >= 0
        return [(int(i), float(s)) for i, s in zip(found[0][keep], scores[0][keep], strict=True)]

    def faiss_search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Batch search straight on the FAISS index: ``(scores, ids)`` arrays, -1 where fewer than k."""
        if len(self.ids) == 0:
            empty = np.zeros((len(queries), k))
            return empty, np.full((len(queries), k), -1)
        return self._faiss_index.search(
            np.ascontiguousarray(queries, dtype=np.float32), min(k, len(self.ids))
        )

    def _exact_rows(self, q: np.ndarray, rows: np.ndarray, k: int) -> list[tuple[int, float]]:
        scores = self.vectors[rows] @ q
        top = np.argsort(-scores)[:k] if len(scores) <= k else np.argpartition(-scores, k)[:k]
        top = top[np.argsort(-scores[top])]
        return [(int(self.ids[rows[j]]), float(scores[j])) for j in top]

    def scores_for(self, query: np.ndarray, ids: list[int]) -> dict[int, float]:
        """Exact cosine of the query with each given id present in the index."""
        rows = [self._row[i] for i in ids if i in self._row]
        if not rows:
            return {}
        scores = self.vectors[np.asarray(rows)] @ np.asarray(query, dtype=np.float32)
        return {int(self.ids[r]): float(s) for r, s in zip(rows, scores, strict=True)}

    def rows_of(self, ids: Sequence[int]) -> np.ndarray:
        """Row of each id in :attr:`vectors`, -1 for an id not in the index."""
        row = self._row
        return np.fromiter((row.get(i, -1) for i in ids), dtype=np.int64, count=len(ids))

    def scores_of_rows(self, query: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Exact cosine of the query with the vectors at ``rows`` (float64), NaN where the row is -1."""
        out = np.full(len(rows), np.nan)
        present = rows >= 0
        if present.any():
            out[present] = self.vectors[rows[present]] @ np.asarray(query, dtype=np.float32)
        return out

    def sha_of(self, vec_id: int) -> str | None:
        """Text hash the vector of ``vec_id`` was made from (None: not in the index)."""
        row = self._row.get(int(vec_id))
        return None if row is None else self.shas[row]

    def vector_of(self, vec_id: int) -> np.ndarray | None:
        row = self._row.get(int(vec_id))
        return None if row is None else self.vectors[row]

    # ------------------------------------------------------------------------------------- persistence

    def save(self, path: Path) -> None:
        """Write atomically: temporary file in the same directory, fsync, ``os.replace``."""
        snapshot = self.snapshot()
        with atomic_file(Path(path)) as handle:
            snapshot.write(handle)

    def snapshot(self) -> IndexSnapshot:
        """What :meth:`save` writes, taken without copying the vectors: ``ids``, ``vectors`` and ``shas`` are
        replaced, never changed in place (appends go past the end of the view), so the snapshot stays valid
        while the index moves on. The FAISS structure is not saved: it is rebuilt from the vectors on load
        (and the IVF centroids, so no retraining), which keeps the file half the size and a save lock-free."""
        centroids = np.zeros((0, self.dim), dtype=np.float32)
        if self.meta.kind == "ivf" and self._faiss_index is not None:
            if self._centroids is None:  # read once: adding vectors never moves them (0.4 ms a commit)
                quantizer = _faiss().downcast_index(self._faiss_index.quantizer)
                self._centroids = quantizer.reconstruct_n(0, quantizer.ntotal)
            centroids = self._centroids
        meta = dict(
            self.meta.__dict__, extra=dict(self.meta.extra), format=FORMAT_VERSION, exact_max=self.exact_max
        )
        return IndexSnapshot(self.ids, self.vectors, self.shas, centroids, meta)

    @classmethod
    def load(cls, path: Path) -> VectorIndex:
        """Read a saved index; any damage raises :class:`IndexCorruptError`."""
        try:
            with np.load(Path(path), allow_pickle=False) as data:
                meta = json.loads(bytes(data["meta"]).decode())
                if meta.pop("format", None) != FORMAT_VERSION:
                    raise IndexCorruptError(f"index {path} has an unknown format")
                exact_max = int(meta.pop("exact_max"))
                ids = data["ids"].astype(np.int64)
                vectors = data["vectors"].astype(np.float32)
                shas = [str(s) for s in data["shas"]]
                centroids = data["centroids"].astype(np.float32)
            index = cls(int(meta["dim"]), exact_max=exact_max, model=meta.get("model", ""))
            index.meta = IndexMeta(**meta)
            index.ids, index.vectors, index.shas = ids, vectors, shas
            if not (len(ids) == len(vectors) == len(shas)) or (len(ids) and vectors.shape[1] != index.dim):
                raise IndexCorruptError(f"index {path} is inconsistent")
            index._row = {int(v): i for i, v in enumerate(ids)}
            faiss = _faiss()
            if index.meta.kind == "ivf":
                if centroids.shape != (index.meta.nlist, index.dim):
                    raise IndexCorruptError(f"index {path} is inconsistent")
                quantizer = faiss.IndexFlatIP(index.dim)
                quantizer.add(centroids)
                ivf = faiss.IndexIVFFlat(quantizer, index.dim, index.meta.nlist, faiss.METRIC_INNER_PRODUCT)
                ivf.is_trained = True
                ivf.add_with_ids(vectors, ids)
                ivf.nprobe = index.meta.nprobe
                index._faiss_index = ivf  # faiss's wrapper keeps the quantizer alive with it
            else:
                flat = faiss.IndexIDMap2(faiss.IndexFlatIP(index.dim))
                if len(ids):
                    flat.add_with_ids(vectors, ids)
                index._faiss_index = flat
            return index
        except IndexCorruptError:
            raise
        except Exception as exc:  # noqa: BLE001 - any read failure means a damaged file
            raise IndexCorruptError(
                f"index {path} cannot be read ({type(exc).__name__}); it will be rebuilt"
            ) from exc


def exact_topk(vectors: np.ndarray, ids: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    """Exact top-k ids by inner product (brute force, without copying the vectors), for ground truth."""
    faiss = _faiss()
    _, rows = faiss.knn(
        np.ascontiguousarray(queries, dtype=np.float32),
        np.ascontiguousarray(vectors, dtype=np.float32),
        k,
        metric=faiss.METRIC_INNER_PRODUCT,
    )
    return np.where(rows >= 0, ids[np.clip(rows, 0, None)], -1)


def recall_at_k(found: np.ndarray, truth: np.ndarray) -> float:
    hits = sum(
        len(set(f[f >= 0].tolist()) & set(t[t >= 0].tolist())) for f, t in zip(found, truth, strict=True)
    )
    total = sum(int((t >= 0).sum()) for t in truth)
    return hits / total if total else 1.0
