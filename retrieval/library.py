"""The learning library: the store plus its derived search structures, and what chairs ask of it.

``Library`` owns a :class:`~retrieval.store.LibraryStore` (the source of truth), a dense
:class:`~retrieval.index.VectorIndex` and :class:`~retrieval.lexical.BM25` scorers. Both are derived: they are
synced with the store whenever its text generation counter moved (only new/changed/deleted recommendations are
re-embedded and re-tokenized; vectors come from the on-disk embedding cache), and each is persisted in the
library directory and rebuilt (or brought up to date incrementally) when its file is missing, stale or corrupt.
So a crash at any point leaves a usable library.

Concurrency: searches read an immutable snapshot (generation, vector index, BM25 scorers) without taking a
lock; the lock is held only by the one thread that syncs after a write, which builds the new BM25 copy-on-write
and swaps the snapshot reference.

Ranking (tuned on the dev queries only; see ``evaluation/retrieval.py``): weighted fusion of min-max-normalised
BM25 and cosine scores over the union of both candidate lists (``retrieval/ranking.py``), a small general DHR
thesaurus (acronyms and agency aliases) on both sides (dense queries carry the descriptions of the concepts they
name), MiniLM with a small trained search adapter when ``models/embeddings/adapter.npz`` exists,
pseudo-relevance feedback (2 results) on the dense side, and query understanding: a boost for results whose
labels hold an agency the query names (a related one counts half) or a theme it asks about
(``retrieval/query_understanding.py``; chosen on the real-text dev queries of ``evaluation/real_retrieval.py``
and the dev queries of ``evaluation/retrieval.py``).

    lib = Library.open(Path("var/library"))
    lib.search("risk assessment for repeat callers", k=10, filters=SearchFilters(agency="police"))
    lib.systemic(min_areas=3)
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import threading
import time
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, Literal, NamedTuple

import numpy as np
from sqlalchemy import bindparam, select

from dhr.errors import ValidationError
from dhr.files import atomic_file
from dhr.schema.library import (
    Cluster,
    ClusterMember,
    DuplicateActionGroup,
    DuplicateActionMember,
    RecommendationPublic,
    SearchFilters,
    SearchHit,
    SystemicIssues,
)
from dhr.settings import Settings, get_settings
from retrieval import tables as t
from retrieval.embeddings import (
    CACHE_FILENAME,
    EmbeddingCache,
    Encoder,
    default_encoder,
    encode,
    encode_queries,
)
from retrieval.index import IdSet, IndexCorruptError, VectorIndex, as_id_set
from retrieval.lexical import BM25, LexicalCorruptError
from retrieval.query_understanding import label_boost, query_agencies, understand
from retrieval.ranking import Fusion, fuse, fuse_arrays, top_positive
from retrieval.store import IndexRow, LibraryStore
from retrieval.thesaurus import expand_query

log = logging.getLogger(__name__)

INDEX_FILENAME = "index.npz"
LEXICAL_FILENAME = "lexical.npz"
#: Derived indexes at least this large are written to disk in a background thread after a sync ...
BACKGROUND_SAVE_MIN = 20_000
#: ... at most once in this many seconds: writing a 200k-record index (~350 MB) costs the searches of that
#: second their latency, and a stale file is caught up from the store's text change log on restart.
SAVE_INTERVAL_S = 300.0
Mode = Literal["hybrid", "dense", "lexical"]


@dataclass(frozen=True)
class FusionParams:
    """How dense and lexical scores are fused (tuned on annotations/retrieval; see evaluation/retrieval.py)."""

    fusion: Fusion = "weighted"
    dense_weight: float = 0.7
    rrf_k: int = 60
    candidates: int = 100
    prf: int = 2
    prf_weight: float = 0.5
    prf_fetch: bool = False
    expand_queries: bool = True
    thesaurus: bool = True
    vocabulary: str = "general"
    k1: float = 1.2
    b: float = 0.75
    #: Query understanding (``retrieval/query_understanding.py``): what a candidate among the first ones gains
    #: when its labels hold an agency the query names (a related agency counts ``related_agency_weight``), a
    #: theme it asks about, or the national level it asks for.
    agency_boost: float = 0.3
    related_agency_weight: float = 0.5
    theme_boost: float = 0.3
    level_boost: float = 0.0

    def lexical_key(self) -> tuple[str, float, float]:
        """Which BM25 scorer these parameters need: (vocabulary or 'none', k1, b)."""
        return (self.vocabulary if self.thesaurus else "none", self.k1, self.b)


@dataclass(frozen=True)
class _Snapshot:
    """What a search reads: immutable once published (a sync builds a new one and swaps the reference)."""

    generation: int
    index: VectorIndex | None
    lexicals: dict[tuple[str, float, float], BM25]


DEFAULT_FUSION = FusionParams()
#: Area and labels of search candidates (built once: building a select costs more than running it here).
_POOL_META = (
    select(
        t.Recommendation.vec_id,
        t.Review.csp,
        t.Recommendation.agencies,
        t.Recommendation.themes,
        t.Recommendation.level,
    )
    .join(t.Review, t.Review.id == t.Recommendation.review_id)
    .where(t.Recommendation.vec_id.in_(bindparam("ids", expanding=True)))
)
_POOL_AREAS = _POOL_META.with_only_columns(t.Recommendation.vec_id, t.Review.csp)  # no agencies to decode
_NO_AGENCIES: frozenset[str] = frozenset()


class _PoolInfo(NamedTuple):
    """A search candidate's area (lowercased) and labels, as the ranking reads them."""

    area: str
    agencies: frozenset[str] = _NO_AGENCIES
    themes: tuple[str, ...] = ()
    level: str | None = None


#: Query vectors kept in memory (never in the persistent cache, which holds the library's texts).
QUERY_CACHE_SIZE = 2048
MAX_K = 200
#: Distinct search filters whose id sets are kept (a few per role and area in practice).
FILTER_CACHE_SIZE = 64
MAX_QUERY_CHARS = 5000


class _RWLock:
    """Many readers or one writer, writers first. Searches read the dense index under it; a sync takes it only
    for the short in-place FAISS update. A waiting writer stops new readers from entering: with searches
    overlapping all the time a writer would otherwise never get in (seen under 8 clients: a commit waited 30 s)."""

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writer = False
        self._writers_waiting = 0

    @contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            while self._writer or self._writers_waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if not self._readers:
                    self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._writers_waiting += 1
            try:
                while self._writer or self._readers:
                    self._cond.wait()
            finally:
                self._writers_waiting -= 1
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


class _StoreRows:
    """The store's rows as one sync needs them, read at most once: text hashes (light) for diffs, texts only
    for what changed, everything only for a from-scratch build."""

    def __init__(self, store: LibraryStore) -> None:
        self.store = store
        self._full: list[IndexRow] | None = None
        self._shas: dict[int, str] | None = None
        self._changes: dict[int, dict[int, str | None] | None] = {}

    def full(self) -> list[IndexRow]:
        if self._full is None:
            self._full = self.store.index_rows()
        return self._full

    def shas(self) -> dict[int, str]:
        if self._shas is None:
            if self._full is not None:
                self._shas = {r.vec_id: r.text_sha for r in self._full}
            else:
                from sqlalchemy import select

                from retrieval import tables as t

                with self.store.engine.connect() as conn:
                    query = select(t.Recommendation.vec_id, t.Recommendation.text_sha)
                    self._shas = {int(v): sha for v, sha in conn.execute(query)}
        return self._shas

    def diff(
        self, since: int, have: Callable[[int], str | None], have_all: Callable[[], dict[int, str]]
    ) -> tuple[list[int], list[int], dict[int, str]]:
        """What a derived structure at generation ``since`` must drop (ids whose text is gone or changed) and
        add (ids with a new text), and the text hashes wanted for those: from the store's text change log (time
        proportional to the change), or a full comparison when the log does not reach back to ``since``."""
        if since not in self._changes:
            self._changes[since] = self.store.text_changes_since(since)
        changed = self._changes[since]
        if changed is None:
            want, current = self.shas(), have_all()
            stale = [i for i, sha in current.items() if want.get(i) != sha]
            return stale, [i for i, sha in want.items() if current.get(i) != sha], want
        want = {i: sha for i, sha in changed.items() if sha is not None}
        stale = [i for i, sha in changed.items() if (old := have(i)) is not None and old != sha]
        return stale, [i for i, sha in want.items() if have(i) != sha], want

    def texts(self, vec_ids: Sequence[int]) -> dict[int, str]:
        if self._full is not None:
            wanted = set(vec_ids)
            return {r.vec_id: r.text for r in self._full if r.vec_id in wanted}
        from sqlalchemy import select

        from retrieval import tables as t

        out: dict[int, str] = {}
        ids = [int(v) for v in vec_ids]
        with self.store.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                query = select(t.Recommendation.vec_id, t.Recommendation.text).where(
                    t.Recommendation.vec_id.in_(ids[start : start + 500])
                )
                out.update({int(v): text for v, text in conn.execute(query)})
        return out


class _QueryBatcher:
    """Encodes the queries of concurrent searches together: one thread runs the model on whatever has arrived
    (up to ``max_batch``), so a query alone is encoded at once and queries that arrive together share one
    forward pass (one thread: 13.2 ms of CPU for one query, 28.7 ms for four; evaluation/bench_query_path.py)."""

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


class _DerivedFile:
    """A derived file (vector index, BM25 state) written off the request path.

    The newest state wins and writes never overlap. In the background, at most one write per
    ``SAVE_INTERVAL_S``: the file only spares a restart work (a stale one is caught up from the store's text
    change log), while writing hundreds of MB after every ingest would cost the searches their CPU and disk.
    ``flush`` (on close, and at exit) writes what is pending at once.
    """

    def __init__(self, path: Path, what: str) -> None:
        self.path, self.what = path, what
        self._cond = threading.Condition()
        self._pending: Callable[[BinaryIO], None] | None = None
        self._thread: threading.Thread | None = None
        self._last_write = float("-inf")
        self._flushing = False
        atexit.register(self.flush)

    def write_now(self, payload: Callable[[BinaryIO], None]) -> None:
        with self._cond:
            self._pending = None  # superseded
        self.flush()  # a background write in progress must not land after this one
        self._write(payload)

    def close(self) -> None:
        self.flush()
        atexit.unregister(self.flush)

    def mark_fresh(self) -> None:
        """The file on disk was just read and matches: the interval before the next background write starts now."""
        with self._cond:
            self._last_write = time.monotonic()

    def submit(self, payload: Callable[[BinaryIO], None]) -> None:
        with self._cond:
            self._pending = payload
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name=f"dhr-save-{self.path.name}", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()

    def flush(self) -> None:
        with self._cond:
            self._flushing = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join()
        with self._cond:
            self._flushing = False

    def _run(self) -> None:
        while True:
            with self._cond:
                while (
                    self._pending is not None
                    and not self._flushing
                    and (wait := self._last_write + SAVE_INTERVAL_S - time.monotonic()) > 0
                ):
                    self._cond.wait(wait)
                payload, self._pending = self._pending, None
                if payload is None:
                    self._thread = None
                    return
            self._write(payload)

    def _write(self, payload: Callable[[BinaryIO], None]) -> None:
        try:
            with atomic_file(self.path) as handle:
                payload(handle)
        except OSError as exc:  # derived: serving from memory is still correct, and a restart rebuilds it
            log.warning("could not save the %s to %s: %s", self.what, self.path, exc)
        finally:
            with self._cond:
                self._last_write = time.monotonic()


class Library:
    """Store + derived indexes. Safe to share between threads (the sync is locked)."""

    #: Hybrid fusion on arrays (:meth:`_fuse_hybrid`); False runs the dict steps, which tests compare with.
    _array_fusion = True

    def __init__(
        self,
        directory: Path,
        store: LibraryStore,
        *,
        encoder: Encoder | None = None,
        exact_max: int = 50_000,
        fusion: FusionParams = DEFAULT_FUSION,
        background_sync: bool = False,
    ) -> None:
        self.directory = Path(directory)
        self.store = store
        self.encoder: Encoder = encoder if encoder is not None else default_encoder()
        self.exact_max = exact_max
        self.fusion = fusion
        self.cache = EmbeddingCache(self.directory / CACHE_FILENAME)
        self.index_path = self.directory / INDEX_FILENAME
        self.lexical_path = self.directory / LEXICAL_FILENAME
        self._snap = _Snapshot(-1, None, {})
        self._tokens: dict[str, dict[str, list[str]]] = {}
        self._filter_cache: dict[str, tuple[int, IdSet]] = {}  # filter -> (store generation, ids)
        self._filter_used: dict[str, tuple[float, SearchFilters]] = {}
        self._filter_flights: dict[str, threading.Lock] = {}
        self._lock = threading.RLock()
        self._rw = _RWLock()
        self._index_file = _DerivedFile(self.index_path, "search index")
        self._lexical_file = _DerivedFile(self.lexical_path, "lexical index")
        #: Serving (the API): a search that finds the store moved on starts the sync in a background thread and
        #: answers from the previous snapshot, so no search waits for re-embedding or for the derived files being
        #: written. Off (CLI, tests), the first search after a write syncs first and so sees it.
        self.background_sync = background_sync
        self._query_vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._query_lock = threading.Lock()
        self._query_batcher = _QueryBatcher(self.encoder)
        self._syncer: threading.Thread | None = None
        self._syncer_lock = threading.Lock()

    @classmethod
    def open(
        cls,
        library_dir: Path | None = None,
        *,
        settings: Settings | None = None,
        encoder: Encoder | None = None,
        fusion: FusionParams = DEFAULT_FUSION,
        background_sync: bool = False,
    ) -> Library:
        """Open the library in ``library_dir`` (default: ``settings.library_dir``), creating it if needed."""
        settings = settings or get_settings()
        directory = Path(library_dir) if library_dir is not None else Path(settings.library_dir)
        store = LibraryStore.open(directory, settings.database_url)
        encoder = encoder if encoder is not None else default_encoder(settings.embedding_model)
        return cls(
            directory,
            store,
            encoder=encoder,
            exact_max=settings.index_exact_max,
            fusion=fusion,
            background_sync=background_sync,
        )

    def close(self) -> None:
        self._query_batcher.close()
        if self._syncer is not None:
            self._syncer.join()
        self._index_file.close()
        self._lexical_file.close()
        self.store.close()

    def warm_up(self) -> None:
        """Load the embedding model and the derived indexes now (service start-up), not on the first query."""
        self.encoder.encode_batch(["warm up"])
        with self._lock:  # room for additions now, so the first commit does not copy the vectors
            self.refresh().reserve(1024)
        self.lexical(self.fusion.thesaurus)
        if self.fusion.agency_boost > 0 or self.fusion.theme_boost > 0 or self.fusion.level_boost > 0:
            understand("warm up GP training")

    def warm_up_queries(self) -> None:
        """Run the query path of the encoder once: with DHR_QUERY_PRECISION=auto this times fp32 against
        bf16 and keeps the faster (call it with the thread count searches will use)."""
        self.embed_query("warm up the query encoder")

    # -------------------------------------------------------------------------------- derived indexes

    def embed(self, texts: str | Sequence[str]) -> np.ndarray:
        return encode(texts, encoder=self.encoder, cache=self.cache)

    def embed_query(self, query: str) -> np.ndarray:
        """A query's vector: from a small in-memory LRU (a repeated or paged query is not re-encoded), else the
        model. Queries are not written to the on-disk cache: it would grow with every search and hold a trace
        of what people searched for."""
        vector = self._cached_query_vector(query)
        if vector is None:
            vector = self._remember_query_vector(query, self._query_batcher.encode(query))
        return vector

    async def embed_query_async(self, query: str) -> np.ndarray:
        """:meth:`embed_query` for an asyncio caller: it awaits the encoder thread instead of blocking."""
        vector = self._cached_query_vector(query)
        if vector is None:
            encoded = await asyncio.wrap_future(self._query_batcher.submit(query))
            vector = self._remember_query_vector(query, encoded)
        return vector

    async def query_vector_async(
        self, query: str, *, fusion: FusionParams | None = None
    ) -> np.ndarray | None:
        """The dense query vector :meth:`search` would compute, for passing as its ``query_vector``: the service
        awaits it on its event loop, so queries that arrive together are encoded in one batch while no request
        thread sits waiting. None for a query :meth:`search` rejects (it then says why)."""
        query = " ".join(str(query).split())
        if not query or len(query) > MAX_QUERY_CHARS:
            return None
        return await self.embed_query_async(self._dense_query_text(query, fusion or self.fusion))

    def _cached_query_vector(self, query: str) -> np.ndarray | None:
        with self._query_lock:
            vector = self._query_vectors.get(query)
            if vector is not None:
                self._query_vectors.move_to_end(query)
            return vector

    def _remember_query_vector(self, query: str, vector: np.ndarray) -> np.ndarray:
        vector.setflags(write=False)
        with self._query_lock:
            self._query_vectors[query] = vector
            while len(self._query_vectors) > QUERY_CACHE_SIZE:
                self._query_vectors.popitem(last=False)
        return vector

    def _current(self, generation: int | None = None) -> _Snapshot:
        """The snapshot for the store's current text generation (synced first when a write moved it)."""
        if generation is None:
            generation = self.store.text_generation()
        snap = self._snap
        if snap.generation == generation and snap.index is not None:
            return snap
        if snap.index is not None and self.background_sync:
            self._sync_in_background()
            return snap
        if snap.index is not None and not self._lock.acquire(blocking=False):
            return snap  # another thread is syncing after a write: keep serving the previous snapshot
        try:
            return self._sync()
        finally:
            if snap.index is not None:
                self._lock.release()

    def _sync_in_background(self) -> None:
        """Start one background sync unless one is running (a write during it is picked up by the next search)."""
        with self._syncer_lock:
            if self._syncer is not None and self._syncer.is_alive():
                return

            def run() -> None:
                try:
                    self._sync()
                except Exception:  # noqa: BLE001 - searches keep serving the previous snapshot
                    log.exception("syncing the search indexes with the store failed")

            self._syncer = threading.Thread(target=run, name="dhr-sync", daemon=True)
            self._syncer.start()

    def refresh(self) -> VectorIndex:
        """Bring the vector index (and the BM25 scorers) in line with the store and return the index (waits for
        a sync another thread is running, unlike a search, which keeps serving the previous snapshot)."""
        snap = self._snap
        if snap.index is None or snap.generation != self.store.text_generation():
            snap = self._sync()
        assert snap.index is not None
        return snap.index

    def _sync(self) -> _Snapshot:
        """Sync every derived structure with the store (one reader of the rows) and publish a new snapshot."""
        with self._lock:
            generation = (
                self.store.text_generation()
            )  # read before the rows: a later write only makes us stale
            snap = self._snap
            if snap.generation == generation and snap.index is not None:
                return snap
            rows = _StoreRows(self.store)
            index = self._sync_index(snap.index, generation, rows)
            lexicals = {
                key: self._sync_lexical(key, bm25, generation, rows) for key, bm25 in snap.lexicals.items()
            }
            default = self.fusion.lexical_key()
            if default not in lexicals:
                lexicals[default] = self._sync_lexical(default, self._load_lexical(default), generation, rows)
            self._snap = _Snapshot(generation, index, lexicals)
            return self._snap

    def _sync_index(self, index: VectorIndex | None, generation: int, rows: _StoreRows) -> VectorIndex:
        if index is None:
            index = self._load_index()
        if index is not None and index.meta.generation == generation:
            return index
        if index is None:
            full = rows.full()
            index = VectorIndex(self.encoder.dim, exact_max=self.exact_max, model=self.encoder.name)
            vectors = (
                self.embed([r.text for r in full]) if full else np.zeros((0, self.encoder.dim), np.float32)
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
            vectors = self.embed([texts[i] for i in new]) if new else None
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
        self._save_index(index)
        return index

    def _save_index(self, index: VectorIndex) -> None:
        """Write the index: now when small, else off the request path (at most every ``SAVE_INTERVAL_S``)."""

        with self._rw.read():  # no copy: the snapshot holds arrays the index replaces rather than changes
            snapshot = index.snapshot()

        if len(index) < BACKGROUND_SAVE_MIN:
            self._index_file.write_now(snapshot.write)
        else:
            self._index_file.submit(snapshot.write)

    def _load_index(self) -> VectorIndex | None:
        if not self.index_path.exists():
            return None
        try:
            index = VectorIndex.load(self.index_path)
        except IndexCorruptError as exc:
            log.warning("%s", exc)
            return None
        if index.meta.model != self.encoder.name or index.dim != self.encoder.dim:
            log.info("index built with another model (%s); rebuilding", index.meta.model)
            return None
        index.exact_max = self.exact_max
        self._index_file.mark_fresh()
        return index

    def _load_lexical(self, key: tuple[str, float, float]) -> BM25 | None:
        """The saved default BM25 state, if it exists, is readable and was built with the same settings."""
        if key != self.fusion.lexical_key() or not self.lexical_path.exists():
            return None
        try:
            bm25, info = BM25.load(self.lexical_path)
        except LexicalCorruptError as exc:
            log.warning("%s", exc)
            return None
        if info.get("key") != list(key):
            log.info("saved lexical index has other settings (%s); rebuilding", info.get("key"))
            return None
        self._lexical_file.mark_fresh()
        return bm25

    def _sync_lexical(
        self, key: tuple[str, float, float], bm25: BM25 | None, generation: int, rows: _StoreRows
    ) -> BM25:
        """A BM25 for ``generation``: built from scratch when there is none, else updated incrementally
        (copy-on-write) with the recommendations added, removed or re-worded since its generation."""
        if bm25 is not None and bm25.generation == generation:
            return bm25
        vocabulary, k1, b = key
        cache = self._tokens.setdefault(vocabulary, {})
        if bm25 is None:
            full = rows.full()
            bm25 = BM25(k1, b, thesaurus=False if vocabulary == "none" else vocabulary).fit(
                [r.vec_id for r in full],
                [r.text for r in full],
                keys=[r.text_sha for r in full],
                token_cache=cache,
            )
            compacted = True
        else:
            current = bm25

            def have(vec_id: int) -> str | None:
                row = current.row_of.get(vec_id)
                return None if row is None else current.keys[row]

            stale, new, want = rows.diff(
                bm25.generation, have, lambda: {i: current.keys[row] for i, row in current.row_of.items()}
            )
            texts = rows.texts(new) if new else {}
            new = [i for i in new if i in texts]
            blocks_before = bm25.blocks
            bm25 = bm25.updated(
                new,
                [texts[i] for i in new],
                add_keys=[want[i] for i in new],
                remove_ids=stale,
                token_cache=cache,
            )
            compacted = bm25.blocks == 1 and blocks_before != 1
        if len(cache) > 2 * max(len(bm25), 1000):
            live = set(bm25.keys)
            for sha in [s for s in cache if s not in live]:
                del cache[sha]
        bm25.generation = generation
        if compacted and key == self.fusion.lexical_key():
            self._save_lexical(bm25, key)
        return bm25

    def _save_lexical(self, bm25: BM25, key: tuple[str, float, float]) -> None:
        """Persist the default BM25 (never changed after publication, so no lock): now when small, else off the
        request path."""

        def payload(handle: BinaryIO) -> None:
            bm25.write(handle, meta={"key": list(key)})

        if len(bm25) < BACKGROUND_SAVE_MIN:
            self._lexical_file.write_now(payload)
        else:
            self._lexical_file.submit(payload)

    def lexical(self, thesaurus: bool = True, params: FusionParams | None = None) -> BM25:
        """The BM25 scorer over the store's texts for ``params`` (default: the library's fusion settings)."""
        params = params or self.fusion
        if thesaurus != params.thesaurus:
            params = replace(params, thesaurus=thesaurus)
        return self._lexical_for(self._current(), params.lexical_key())

    def _lexical_for(self, snap: _Snapshot, key: tuple[str, float, float]) -> BM25:
        bm25 = snap.lexicals.get(key)
        if bm25 is not None:
            return bm25
        with self._lock:  # another variant (evaluation): build it once for this snapshot
            current = self._snap
            bm25 = current.lexicals.get(key)
            if bm25 is None:
                bm25 = self._sync_lexical(key, None, current.generation, _StoreRows(self.store))
                self._snap = _Snapshot(current.generation, current.index, {**current.lexicals, key: bm25})
            return bm25

    # ----------------------------------------------------------------------------------------- search

    def search(
        self,
        query: str,
        *,
        k: int = 10,
        filters: SearchFilters | None = None,
        mode: Mode = "hybrid",
        per_area_cap: int | None = 3,
        exclude_csp: str | None = None,
        fusion: FusionParams | None = None,
        query_vector: np.ndarray | None = None,
    ) -> list[SearchHit]:
        """Best-first recommendations for a query, hybrid (BM25 + dense) by default.

        Args:
            query: what a chair would type.
            k: number of results (1-200).
            filters: agency, theme, level, CSP, region, year, action status; applied inside retrieval.
            mode: 'hybrid', 'dense' or 'lexical' (the last two for evaluation).
            per_area_cap: at most this many results from one CSP while others remain (diversity); None = off.
            exclude_csp: leave out this area's own recommendations (``drafting.similar`` for a drafting chair).
            query_vector: the dense query vector when the caller has it (:meth:`query_vector_async`, with the
                same ``fusion``); computed here otherwise.
        Raises:
            ValidationError: empty or over-long query, k out of range.
        """
        query = " ".join(str(query).split())
        if not query:
            raise ValidationError("the search query is empty")
        if len(query) > MAX_QUERY_CHARS:
            raise ValidationError(
                f"the search query is {len(query)} characters; the limit is {MAX_QUERY_CHARS}"
            )
        if not 1 <= k <= MAX_K:
            raise ValidationError(f"k must be between 1 and {MAX_K}, got {k}")
        params = fusion or self.fusion
        filters = filters or SearchFilters()
        snap = self._current()
        allowed = self._filtered(filters)
        blocked: IdSet = IdSet()
        if exclude_csp:
            excluded = self._filtered(SearchFilters(csp=exclude_csp)) or IdSet()
            if allowed is not None:
                allowed = allowed - excluded
            else:  # no id list to subtract from: over-fetch and drop the area's own results
                blocked = excluded
        if allowed is not None and not allowed:
            return []
        # The model runs before the lock: a sync's in-place index update waits only for index reads.
        query_vec = None
        if mode != "lexical":
            query_vec = query_vector if query_vector is not None else self._query_vector(query, params)
        with self._rw.read():  # a sync changes the FAISS index in place only while no search reads it
            fused, dense, lexical = self._rank(
                snap, query, mode, params, max(params.candidates, 5 * k), allowed, blocked, query_vec
            )
        ranked = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))
        meta: dict[int, _PoolInfo] | None = None
        if mode == "hybrid" and ranked and (params.agency_boost or params.theme_boost or params.level_boost):
            intent = understand(query)
            if intent:
                # Label-aware fusion: results addressed to an agency the query names, or labelled with the
                # theme or level it asks about, move up (retrieval/query_understanding.py).
                pool = ranked[: max(k * 5, 50)]
                meta = self._pool_meta([i for i, _ in pool])

                def boosted(vec_id: int, score: float) -> float:
                    info = meta.get(vec_id) if meta is not None else None
                    if info is None:
                        return score
                    return score + label_boost(
                        intent,
                        info.agencies,
                        info.themes,
                        info.level,
                        agency_boost=params.agency_boost,
                        theme_boost=params.theme_boost,
                        level_boost=params.level_boost,
                        related_weight=params.related_agency_weight,
                    )

                ranked = sorted(((i, boosted(i, s)) for i, s in pool), key=lambda kv: (-kv[1], kv[0]))
        return self._hits(ranked, k, per_area_cap, dense, lexical, meta)

    def _rank(
        self,
        snap: _Snapshot,
        query: str,
        mode: Mode,
        params: FusionParams,
        n_cand: int,
        allowed: IdSet | None,
        blocked: IdSet,
        query_vec: np.ndarray | None = None,
    ) -> tuple[dict[int, float], dict[int, float], dict[int, float]]:
        """Fused, dense and lexical scores of the candidates (BM25 scored once; top-n by argpartition).
        ``query_vec``: the query's vector when the caller has it (see :meth:`_query_vector`)."""
        dense: dict[int, float] = {}
        lexical: dict[int, float] = {}
        index = snap.index if mode != "lexical" else None

        def dense_top(vec: np.ndarray) -> list[tuple[int, float]]:
            assert index is not None
            found = index.search(vec, n_cand + len(blocked), allowed)
            return [(i, s) for i, s in found if i not in blocked][:n_cand] if blocked else found

        if index is not None:
            if query_vec is None:
                query_vec = self._query_vector(query, params)
            dense = dict(dense_top(query_vec))
        lex_scores = np.zeros(0, dtype=np.float32)
        row_of: dict[int, int] = {}

        def lex_of(vec_id: int) -> float:
            row = row_of.get(vec_id)
            return 0.0 if row is None else float(lex_scores[row])

        if mode != "dense":
            bm25 = self._lexical_for(snap, params.lexical_key())
            scores = bm25.scores(query)  # once per query; PRF and fusion look rows up in it
            if len(scores):
                if allowed is not None:
                    scores[~as_id_set(allowed).mask(bm25.ids)] = 0.0
                if blocked:
                    scores[blocked.mask(bm25.ids)] = 0.0
                lex_scores, row_of = scores, bm25.row_of
                top = top_positive(scores, n_cand)
                ids = bm25.ids
                lexical = {int(ids[i]): float(scores[i]) for i in top}
        if (
            mode == "hybrid"
            and index is not None
            and query_vec is not None
            and params.fusion != "rrf"
            and not params.prf_fetch
            and self._array_fusion
        ):
            return self._fuse_hybrid(index, query_vec, params, dense, lexical, lex_scores, row_of)
        if mode == "hybrid" and index is not None and query_vec is not None:
            dense.update(index.scores_for(query_vec, [i for i in lexical if i not in dense]))
            lexical.update({i: lex_of(i) for i in dense if i not in lexical})
        fused = _fuse(dense, lexical, mode, params)
        if mode == "hybrid" and params.prf > 0 and index is not None and query_vec is not None and fused:
            # Pseudo-relevance feedback (Rocchio): move the query towards its best first-pass results, which
            # brings in differently worded versions of the same lesson.
            first = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))[: params.prf]
            feedback = np.mean([index.vector_of(i) for i, _ in first], axis=0)
            query2 = query_vec + params.prf_weight * feedback
            query2 = (query2 / max(float(np.linalg.norm(query2)), 1e-9)).astype(np.float32)
            candidates = set(dense) | set(lexical)
            # A second index search (~2 ms at 200k records) for candidates beyond both lists: off by default
            if params.prf_fetch:
                candidates |= {i for i, _ in dense_top(query2)}
            dense = index.scores_for(query2, list(candidates))
            lexical = {i: lex_of(i) for i in candidates}
            fused = _fuse(dense, lexical, mode, params)
        return fused, dense, lexical

    @staticmethod
    def _fuse_hybrid(
        index: VectorIndex,
        query_vec: np.ndarray,
        params: FusionParams,
        dense: dict[int, float],
        lexical: dict[int, float],
        lex_scores: np.ndarray,
        row_of: dict[int, int],
    ) -> tuple[dict[int, float], dict[int, float], dict[int, float]]:
        """Hybrid scores of the union of both candidate lists, and the feedback pass, on aligned arrays: the
        same numbers as the dict steps below (tests/retrieval/test_library.py compares them), without a dict
        per step for every candidate (~1 ms of Python per search at 200k records)."""
        ids = list(dict.fromkeys([*dense, *lexical]))
        if not ids:
            return {}, {}, {}
        rows = index.rows_of(ids)
        lex_rows = np.fromiter((row_of.get(i, -1) for i in ids), dtype=np.int64, count=len(ids))
        lex = np.zeros(len(ids))
        if len(lex_scores):
            found = lex_rows >= 0
            lex[found] = lex_scores[lex_rows[found]]
        cos = index.scores_of_rows(query_vec, rows)
        # The dense candidates keep the scores FAISS gave them (its sums may differ from numpy's in the last bit)
        cos[: len(dense)] = np.fromiter(dense.values(), dtype=np.float64, count=len(dense))
        fused = fuse_arrays(cos, lex, fusion=params.fusion, dense_weight=params.dense_weight)
        if params.prf > 0:
            # Pseudo-relevance feedback (Rocchio): move the query towards its best first-pass results, which
            # brings in differently worded versions of the same lesson.
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
        return (
            dict(zip(ids, fused.tolist(), strict=True)),
            {i: c for i, c, p in zip(ids, cos.tolist(), present.tolist(), strict=True) if p},
            dict(zip(ids, lex.tolist(), strict=True)),
        )

    def _query_vector(self, query: str, params: FusionParams) -> np.ndarray:
        """The dense side's query vector (thesaurus-expanded when the parameters say so)."""
        return self.embed_query(self._dense_query_text(query, params))

    @staticmethod
    def _dense_query_text(query: str, params: FusionParams) -> str:
        vocabulary = params.vocabulary if params.thesaurus else "none"
        return expand_query(query, vocabulary) if params.expand_queries and vocabulary != "none" else query

    def _pool_meta(self, vec_ids: Sequence[int], *, agencies: bool = True) -> dict[int, _PoolInfo]:
        """Area (lowercased) and, with ``agencies``, the labels (agencies, themes, level) of candidate results:
        one light query, no actions or review objects (the full records are fetched only for the k results
        returned)."""
        if not vec_ids:
            return {}
        ids = {"ids": [int(v) for v in vec_ids]}
        with self.store.engine.connect() as conn:
            if not agencies:
                return {int(v): _PoolInfo((csp or "").lower()) for v, csp in conn.execute(_POOL_AREAS, ids)}
            rows = conn.execute(_POOL_META, ids).all()
        return {
            int(v): _PoolInfo((csp or "").lower(), frozenset(named or ()), tuple(themes or ()), level)
            for v, csp, named, themes, level in rows
        }

    def _filtered(self, filters: SearchFilters) -> IdSet | None:
        """``store.filter_vec_ids`` memoised per store generation (chairs repeat filters across queries).

        One computation per filter and generation (``single flight``): searches that miss together wait for
        the one computing it. :meth:`refresh_filters` recomputes the recently used ones after a write.
        """
        if filters.is_empty():
            return None
        key = filters.model_dump_json()
        generation = self.store.generation()
        with self._lock:
            entry = self._filter_cache.get(key)
            self._filter_used[key] = (time.monotonic(), filters)
            if entry is not None and entry[0] == generation:
                return entry[1]
            flight = self._filter_flights.setdefault(key, threading.Lock())
        with flight:
            with self._lock:
                entry = self._filter_cache.get(key)
            if entry is not None and entry[0] >= generation:  # computed meanwhile by another search
                return entry[1]
            found = self.store.filter_vec_id_array(filters)
            ids = IdSet(found if found is not None else ())
            with self._lock:
                self._filter_cache[key] = (generation, ids)
                if len(self._filter_cache) > FILTER_CACHE_SIZE:
                    oldest = min(self._filter_used, key=lambda k: self._filter_used[k][0])
                    self._filter_cache.pop(oldest, None)
                    self._filter_used.pop(oldest, None)
                    self._filter_flights.pop(oldest, None)
            return ids

    @contextmanager
    def review_write(self, review_id: str) -> Iterator[None]:
        """Wrap one write to one review (the writer holds the service's write lock): the cached search filters
        are then brought forward by that review's recommendations alone (~2 ms of SQL) instead of recomputed
        (~0.1 s for a chair's published-only filter at 200k records), and a search that finds a filter stale
        during the write waits for this update, not for a recomputation. Done only when the write moved the
        store exactly one generation from the filter's (no other writer in between, another process
        included); otherwise the next search recomputes, as without this."""
        with self._lock:
            keys = list(self._filter_cache)
            flights = [self._filter_flights.setdefault(key, threading.Lock()) for key in keys]
        if not keys:  # no search has used a filter: nothing to bring forward, no need to read the review
            yield
            return
        for flight in flights:
            flight.acquire()
        try:
            before = self.store.generation()
            old_ids = self.store.review_vec_ids(review_id)
            yield
            if self.store.generation() != before + 1:
                return
            for key in keys:
                with self._lock:
                    entry = self._filter_cache.get(key)
                    used = self._filter_used.get(key)
                if entry is None or used is None or entry[0] != before:
                    continue
                now = self.store.filter_vec_id_array(used[1], review_id=review_id)
                ids = entry[1].with_review(old_ids, now if now is not None else np.zeros(0, dtype=np.int64))
                with self._lock:
                    if self._filter_cache.get(key) is entry:
                        self._filter_cache[key] = (before + 1, ids)
        finally:
            for flight in flights:
                flight.release()

    def filter_ready(self, filters: SearchFilters) -> bool:
        """Whether :meth:`search` with these filters finds their ids computed for the current generation
        (else it computes them: ~0.1 s of SQL for a filter holding most of 200k records; an asyncio caller
        runs :meth:`prepare_filter` on a thread first)."""
        if filters.is_empty():
            return True
        with self._lock:
            entry = self._filter_cache.get(filters.model_dump_json())
        return entry is not None and entry[0] == self.store.generation()

    def prepare_filter(self, filters: SearchFilters) -> None:
        """Compute the filter's ids for the current generation now (see :meth:`filter_ready`)."""
        self._filtered(filters)

    def refresh_filters(self, max_age_s: float = 600.0) -> None:
        """Recompute, for the store's current generation, the filters searches used in the last ``max_age_s``:
        the service calls this after each write, in the writer's request, so a chair's next search finds its
        published-only filter (most of the library: ~0.1 s of SQL at 200k records) ready."""
        now = time.monotonic()
        with self._lock:
            recent = [f for used, f in self._filter_used.values() if now - used <= max_age_s]
        for filters in recent:
            self._filtered(filters)

    def _hits(
        self,
        ranked: list[tuple[int, float]],
        k: int,
        per_area_cap: int | None,
        dense: dict[int, float],
        lexical: dict[int, float],
        meta: dict[int, _PoolInfo] | None = None,
    ) -> list[SearchHit]:
        if per_area_cap:
            pool = ranked[: max(k * 5, 50)]
            missing = [i for i, _ in pool if meta is None or i not in meta]
            if meta is None or missing:
                meta = {**(meta or {}), **self._pool_meta(missing, agencies=False)}
            chosen: list[tuple[int, float]] = []
            per_area: dict[str | None, int] = defaultdict(int)
            held: list[tuple[int, float]] = []
            for vec_id, score in pool:
                info = meta.get(vec_id)
                if info is None:  # deleted since the index snapshot
                    continue
                area = info.area or None
                if per_area[area] < per_area_cap:
                    per_area[area] += 1
                    chosen.append((vec_id, score))
                else:
                    held.append((vec_id, score))
                if len(chosen) >= k:
                    break
            if len(chosen) < k:
                chosen.extend(held[: k - len(chosen)])
                chosen.sort(key=lambda kv: -kv[1])
        else:
            chosen = ranked[:k]
        ids = [i for i, _ in chosen]
        try:
            recs = self.store.recommendations_by_vec_ids(ids)
        except AttributeError:
            # The store reads a recommendation and its review in two statements; a review deleted in between
            # leaves ``review`` None. Read again: the deletion has committed, so the row is simply gone.
            recs = self.store.recommendations_by_vec_ids(ids)
        return [_hit(recs[i], s, dense.get(i), lexical.get(i)) for i, s in chosen if i in recs][:k]

    # ------------------------------------------------------------------------------------------ chairs

    def systemic(
        self,
        *,
        min_areas: int = 3,
        threshold: float = 0.85,
        action_threshold: float = 0.85,
        max_clusters: int = 100,
    ) -> SystemicIssues:
        """Near-identical recommendations repeated across >= ``min_areas`` areas, and duplicate actions for the
        same agency across areas."""
        if min_areas < 2:
            raise ValidationError(f"min_areas must be at least 2, got {min_areas}")
        if not 0.0 < threshold <= 1.0:
            raise ValidationError(f"threshold must be in (0, 1], got {threshold}")
        index = self.refresh()
        recs = self.store.recommendations_by_vec_ids(index.ids.tolist()) if len(index) else {}
        ids = [i for i in index.ids.tolist() if i in recs]
        vectors = np.stack([index.vector_of(i) for i in ids]) if ids else np.zeros((0, index.dim), np.float32)
        areas = [(recs[i].csp or "").strip() or "(unknown area)" for i in ids]
        groups = leader_clusters(dense_neighbours(vectors, threshold, index), areas, min_areas)
        clusters: list[Cluster] = []
        for n, (leader, members) in enumerate(groups[:max_clusters], start=1):
            members.sort(key=lambda m: -float(vectors[m] @ vectors[leader]))  # noqa: B023
            lead = recs[ids[leader]]
            member_models = [
                ClusterMember(
                    id=recs[ids[m]].id,
                    csp=recs[ids[m]].csp,
                    text=recs[ids[m]].text,
                    similarity=round(float(vectors[m] @ vectors[leader]), 4),
                )
                for m in members
            ]
            clusters.append(
                Cluster(
                    id=n,
                    representative=lead.text,
                    areas=sorted({areas[m] for m in members}),
                    size=len(members),
                    themes=_common_labels([recs[ids[m]].themes for m in members]),  # type: ignore[arg-type]
                    agencies=_common_labels([recs[ids[m]].agencies for m in members]),
                    members=member_models,
                )
            )
        return SystemicIssues(clusters=clusters, duplicate_actions=self._duplicate_actions(action_threshold))

    def _duplicate_actions(self, threshold: float) -> list[DuplicateActionGroup]:
        """Near-identical actions (TF-IDF cosine >= threshold) for the same agency in different areas.

        Lexical vectors, not the embedding model: duplicate actions share their wording, and this stays fast on
        hundreds of thousands of actions.
        """
        from sklearn.feature_extraction.text import TfidfVectorizer

        by_agency: dict[str, list[tuple[str, str, str | None, str]]] = defaultdict(list)
        for action_id, rec_id, csp, text, agencies in self.store.action_rows():
            for agency in agencies:
                by_agency[agency].append((action_id, rec_id, csp, text))
        groups: list[DuplicateActionGroup] = []
        for agency, items in sorted(by_agency.items()):
            areas = [(c or "").strip() or "(unknown area)" for _, _, c, _ in items]
            if len({a.lower() for a in areas}) < 2:
                continue
            try:
                matrix = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit_transform(
                    [text for *_, text in items]
                )
            except ValueError:  # no usable words
                continue
            for leader, members in leader_clusters(sparse_neighbours(matrix, threshold), areas, 2):
                members.sort(key=lambda m: (m != leader, m))
                groups.append(
                    DuplicateActionGroup(
                        agency=agency,
                        areas=sorted({areas[m] for m in members}),
                        actions=[
                            DuplicateActionMember(
                                action_id=items[m][0],
                                recommendation_id=items[m][1],
                                csp=items[m][2],
                                text=items[m][3],
                            )
                            for m in members
                        ],
                    )
                )
        groups.sort(key=lambda g: (-len(g.areas), g.agency))
        return groups


# ------------------------------------------------------------------------------------------------ helpers


#: Agencies a query names (kept under its earlier name for callers of the library).
_query_agencies = query_agencies


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


def _hit(rec: RecommendationPublic, score: float, dense: float | None, lexical: float | None) -> SearchHit:
    return SearchHit(
        id=rec.id,
        score=round(float(score), 6),
        text=rec.text,
        csp=rec.csp,
        region=rec.region,
        year=rec.year,
        review_id=rec.review_id,
        review_title=rec.review_title,
        agencies=rec.agencies,
        themes=rec.themes,
        level=rec.level,
        actions=rec.actions,
        dense_score=None if dense is None else round(dense, 6),
        lexical_score=None if lexical is None else round(lexical, 6),
    )


def _common_labels(label_lists: list[list[str]]) -> list[str]:
    counts: dict[str, int] = defaultdict(int)
    for labels in label_lists:
        for label in set(labels):
            counts[label] += 1
    half = len(label_lists) / 2
    return [lab for lab, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n >= half]


def dense_neighbours(
    vectors: np.ndarray,
    threshold: float,
    index: VectorIndex | None = None,
    k: int = 64,
    exact_rows: int = 20_000,
) -> list[np.ndarray]:
    """Rows with cosine >= threshold to each row: exact (blockwise) up to 20k rows, else the index's top-k."""
    n = len(vectors)
    if index is None or n <= exact_rows:
        out: list[np.ndarray] = []
        for start in range(0, n, 1024):
            sims = vectors[start : start + 1024] @ vectors.T
            out.extend(np.nonzero(row >= threshold)[0] for row in sims)
        return out
    row_of = {int(v): i for i, v in enumerate(index.ids)}
    out = []
    for start in range(0, n, 4096):
        scores, found = index.faiss_search(vectors[start : start + 4096], k)
        for srow, frow in zip(scores, found, strict=True):
            out.append(
                np.asarray(
                    [row_of[int(f)] for f, sc in zip(frow, srow, strict=True) if f >= 0 and sc >= threshold]
                )
            )
    return out


def sparse_neighbours(matrix: object, threshold: float) -> list[np.ndarray]:
    """Rows with cosine >= threshold to each row of an L2-normalised sparse matrix (blockwise products)."""
    n = matrix.shape[0]  # type: ignore[attr-defined]
    out: list[np.ndarray] = []
    transposed = matrix.T.tocsc()  # type: ignore[attr-defined]
    for start in range(0, n, 1024):
        block = (matrix[start : start + 1024] @ transposed).tocsr()  # type: ignore[index]
        for row in range(block.shape[0]):
            lo, hi = block.indptr[row], block.indptr[row + 1]
            cols, vals = block.indices[lo:hi], block.data[lo:hi]
            out.append(cols[vals >= threshold])
    return out


def leader_clusters(
    neighbours: list[np.ndarray], areas: Sequence[str], min_areas: int
) -> list[tuple[int, list[int]]]:
    """Greedy leader clustering over near-duplicate lists; keeps groups spanning >= ``min_areas`` areas.

    The item with most near-duplicates leads; it and its unassigned neighbours form a group (no chaining: every
    member is near-identical to the leader). Returns ``[(leader_row, member_rows)]``, most areas first.
    """
    n = len(neighbours)
    if n == 0:
        return []
    order = sorted(range(n), key=lambda i: -len(neighbours[i]))
    assigned = np.zeros(n, dtype=bool)
    out: list[tuple[int, list[int]]] = []
    for leader in order:
        if assigned[leader] or len(neighbours[leader]) < min_areas:
            continue
        members = [int(m) for m in neighbours[leader] if not assigned[m]]
        if leader not in members:
            members.insert(0, leader)
        if len({areas[m].lower() for m in members}) < min_areas:
            continue
        assigned[members] = True
        out.append((leader, members))
    out.sort(key=lambda g: (-len({areas[m].lower() for m in g[1]}), -len(g[1])))
    return out
