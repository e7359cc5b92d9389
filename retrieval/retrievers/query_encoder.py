"""Query vectors for the dense retriever: :class:`QueryBatcher` runs the model on the queries of concurrent
searches together, and :class:`QueryEncoder` keeps the vectors of recent queries in a small in-memory LRU."""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from concurrent.futures import Future

import numpy as np

from retrieval.embeddings import Encoder, encode_queries

#: Query vectors kept in memory (never in the persistent cache, which holds the library's texts).
QUERY_CACHE_SIZE = 2048


class QueryBatcher:
    """Encodes the queries of concurrent searches together: one thread runs the model on whatever has arrived
    (up to ``max_batch``), so a query alone is encoded at once and the encoder never takes more than one core
    from the searches. On the fp32 graph queries that arrive together share one forward pass; the quantised
    graphs (the 'mixed' default) run each text alone, so a query's vector never depends on its neighbours
    (encoder/minilm.py; ~3.8 ms of CPU a query, evaluation/PROFILE.md section 2)."""

    def __init__(self, encoder: Encoder, max_batch: int = 16, threads: int = 1) -> None:
        self.encoder = encoder
        self.max_batch = max_batch
        self.threads = max(1, threads)
        self._cond = threading.Condition()
        self._queue: list[tuple[str, Future[np.ndarray]]] = []
        self._running = 0
        self._closed = False

    def encode(self, text: str) -> np.ndarray:
        return self.submit(text).result()

    def submit(self, text: str) -> Future[np.ndarray]:
        """Queue a text; the future gets its vector (an asyncio caller awaits it without blocking its loop)."""
        future: Future[np.ndarray] = Future()
        with self._cond:
            self._queue.append((text, future))
            if self._running < self.threads:
                self._running += 1
                threading.Thread(target=self._run, name="dhr-query-encoder", daemon=True).start()
            self._cond.notify()
        return future

    def close(self) -> None:
        """Let the encoder thread end once the queries already queued are answered."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._closed:
                    self._cond.wait()
                if not self._queue:
                    self._running -= 1
                    return
                batch = self._queue[: self.max_batch]
                del self._queue[: self.max_batch]
            try:
                vectors = encode_queries(self.encoder, [text for text, _ in batch])
            except BaseException as exc:  # noqa: BLE001 - handed to the searches that asked
                for _, future in batch:
                    future.set_exception(exc)
                continue
            for (_, future), vector in zip(batch, vectors, strict=True):
                future.set_result(np.array(vector, dtype=np.float32))


class QueryEncoder:
    """A query's vector: from a small in-memory LRU (a repeated or paged query is not re-encoded), else the
    model through a :class:`QueryBatcher`. Queries are never written to the on-disk embedding cache: it would
    grow with every search and hold a trace of what people searched for."""

    def __init__(self, encoder: Encoder, size: int = QUERY_CACHE_SIZE) -> None:
        self.size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self._batcher = QueryBatcher(encoder)

    def encode(self, query: str) -> np.ndarray:
        vector = self._cached(query)
        if vector is None:
            vector = self._remember(query, self._batcher.encode(query))
        return vector

    async def encode_async(self, query: str) -> np.ndarray:
        """:meth:`encode` for an asyncio caller: it awaits the encoder thread instead of blocking."""
        vector = self._cached(query)
        if vector is None:
            encoded = await asyncio.wrap_future(self._batcher.submit(query))
            vector = self._remember(query, encoded)
        return vector

    def close(self) -> None:
        self._batcher.close()

    def _cached(self, query: str) -> np.ndarray | None:
        with self._lock:
            vector = self._vectors.get(query)
            if vector is not None:
                self._vectors.move_to_end(query)
            return vector

    def _remember(self, query: str, vector: np.ndarray) -> np.ndarray:
        vector.setflags(write=False)
        with self._lock:
            self._vectors[query] = vector
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)
        return vector
