"""The dense retriever: a FAISS :class:`~retrieval.index.VectorIndex` of the recommendations' embeddings, built
from the store, brought up to date after each write (only new or re-worded texts are embedded, from the
embedding cache when it has them), saved beside the store and read back on restart; it answers a query vector
with the nearest recommendations by cosine."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from retrieval.derived import DerivedFile, RWLock, StoreRows
from retrieval.embeddings import Encoder
from retrieval.index import IdSet, IndexCorruptError, VectorIndex

log = logging.getLogger(__name__)


class DenseRetriever:
    """Builds, syncs and persists the vector index (the index itself lives in the library's snapshot), and
    retrieves from it.

    ``embed`` gives the vectors of texts (through the embedding cache); ``rw`` is the lock searches read the
    index under, which a sync takes only for the short in-place FAISS update."""

    def __init__(
        self,
        path: Path,
        encoder: Encoder,
        *,
        exact_max: int,
        embed: Callable[[Sequence[str]], np.ndarray],
        rw: RWLock,
    ) -> None:
        self.path = path
        self.encoder = encoder
        self.exact_max = exact_max
        self._embed = embed
        self._rw = rw
        self._file = DerivedFile(path, "search index")

    def close(self) -> None:
        self._file.close()

    @staticmethod
    def retrieve(
        index: VectorIndex, query_vec: np.ndarray, n: int, allowed: IdSet | None, blocked: IdSet
    ) -> list[tuple[int, float]]:
        """The ``n`` nearest recommendations (best first) among ``allowed`` (None: all), none of ``blocked``."""
        found = index.search(query_vec, n + len(blocked), allowed)
        return [(i, s) for i, s in found if i not in blocked][:n] if blocked else found

    def load(self) -> VectorIndex | None:
        """The saved index, if it exists, is readable and was built with this encoder."""
        if not self.path.exists():
            return None
        try:
            index = VectorIndex.load(self.path)
        except IndexCorruptError as exc:
            log.warning("%s", exc)
            return None
        if index.meta.model != self.encoder.name or index.dim != self.encoder.dim:
            log.info("index built with another model (%s); rebuilding", index.meta.model)
            return None
        index.exact_max = self.exact_max
        self._file.mark_fresh()
        return index

    def sync(self, index: VectorIndex | None, generation: int, rows: StoreRows) -> VectorIndex:
        """The index for ``generation``: the saved one or ``index`` brought up to date in place, else built."""
        if index is None:
            index = self.load()
        if index is not None and index.meta.generation == generation:
            return index
        if index is None:
            full = rows.full()
            index = VectorIndex(self.encoder.dim, exact_max=self.exact_max, model=self.encoder.name)
            vectors = (
                self._embed([r.text for r in full]) if full else np.zeros((0, self.encoder.dim), np.float32)
            )
            index.build(
                np.asarray([r.vec_id for r in full], dtype=np.int64), vectors, [r.text_sha for r in full]
            )
        else:
            stale, new, want = rows.diff(
                index.meta.generation,
                index.sha_of,
                lambda: dict(zip(index.ids.tolist(), index.shas, strict=True)),
            )
            texts = rows.texts(new) if new else {}
            new = [i for i in new if i in texts]
            vectors = self._embed([texts[i] for i in new]) if new else None
            # Every copy of the vectors happens here, outside the write lock: compacting them after a
            # removal (a delete held searches for ~1 s at 200k records when it ran under the lock) or
            # growing their buffer for the additions.
            removal = index.prepare_removal(stale, extra=len(new)) if stale else None
            if new and removal is None:
                index.reserve(len(new))
            with self._rw.write():  # the in-place FAISS update: searches wait only for this
                index.apply_removal(removal)
                if new and vectors is not None:
                    index.add(np.asarray(new, dtype=np.int64), vectors, [want[i] for i in new])
        index.meta.generation = generation
        self.save(index)
        return index

    def save(self, index: VectorIndex) -> None:
        """Write the index: now when small, else off the request path (at most every ``SAVE_INTERVAL_S``)."""
        with self._rw.read():  # no copy: the snapshot holds arrays the index replaces rather than changes
            snapshot = index.snapshot()
        self._file.save(snapshot.write, len(index))
