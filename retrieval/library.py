"""The learning library: the store plus its derived search structures, and what chairs ask of it.

``Library`` is a small facade, haystack style: a :class:`~retrieval.store.LibraryStore` (the source of truth),
one retriever per index (``retrieval/retrievers/``: dense FAISS :class:`~retrieval.index.VectorIndex`, lexical
:class:`~retrieval.lexical.BM25`), a joiner (``retrieval/joiner.py``) and a ranker (``retrieval/ranker.py``),
each testable alone; systemic issues are ``retrieval/systemic.py``. Both indexes are derived: they are
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
import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

import numpy as np

from dhr.errors import ValidationError
from dhr.schema.library import SearchFilters, SearchHit, SystemicIssues
from dhr.settings import Settings, get_settings
from retrieval.derived import RWLock, StoreRows
from retrieval.embeddings import CACHE_FILENAME, EmbeddingCache, Encoder, default_encoder, encode
from retrieval.filter_cache import FilterCache
from retrieval.index import IdSet, VectorIndex
from retrieval.joiner import Joined, join
from retrieval.lexical import BM25
from retrieval.params import DEFAULT_FUSION, MAX_K, MAX_QUERY_CHARS, FusionParams, Mode
from retrieval.query_understanding import understand
from retrieval.ranker import Ranker, search_hit
from retrieval.repository_search import pool_meta
from retrieval.retrievers.dense import DenseRetriever
from retrieval.retrievers.lexical import LexicalHits, LexicalKey, LexicalRetriever
from retrieval.retrievers.query_encoder import QueryEncoder
from retrieval.row_cache import RowCache
from retrieval.store import LibraryStore, ReviewWrite
from retrieval.systemic import systemic_issues
from retrieval.thesaurus import expand_query

log = logging.getLogger(__name__)

INDEX_FILENAME = "index.npz"
LEXICAL_FILENAME = "lexical.npz"


@dataclass(frozen=True)
class _Plan:
    """One search, ready to retrieve: its normalised query, settings, snapshot, allowed and blocked ids, and the
    store generation its rows are read at."""

    query: str
    k: int
    params: FusionParams
    snap: _Snapshot
    allowed: IdSet | None
    blocked: IdSet
    generation: int
    text_generation: int
    n_cand: int


@dataclass(frozen=True)
class _Snapshot:
    """What a search reads: immutable once published (a sync builds a new one and swaps the reference)."""

    generation: int
    index: VectorIndex | None
    lexicals: dict[LexicalKey, BM25]


class Library:
    """Store + derived indexes. Safe to share between threads (the sync is locked)."""

    #: Hybrid fusion on arrays (``retrieval.joiner``); False runs the dict steps, which tests compare with.
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
        self._lock = threading.RLock()
        self._rw = RWLock()
        self._dense = DenseRetriever(
            self.index_path, self.encoder, exact_max=exact_max, embed=self.embed, rw=self._rw
        )
        self._lexical = LexicalRetriever(self.lexical_path, fusion.lexical_key())
        self._ranker = Ranker(partial(pool_meta, store))
        # The candidates' labels and the results' records, per store generation (a search read them by SQL).
        self._rows = RowCache(store)  # (its change reader shared with the filter cache's, below)
        # Its own lock, not the sync's: a filtered search (and the service's filter_ready, on the event loop)
        # waited for every index sync after a commit (embedding + BM25 update, 0.2-0.8 s under load).
        self._filters = FilterCache(store, threading.RLock())
        self._rows.changes = self._filters.changes
        self._queries = QueryEncoder(self.encoder)
        #: Serving (the API): a search that finds the store moved on starts the sync in a background thread and
        #: answers from the previous snapshot, so no search waits for re-embedding or for the derived files being
        #: written. Off (CLI, tests), the first search after a write syncs first and so sees it.
        self.background_sync = background_sync
        self._syncer: threading.Thread | None = None
        self._syncer_lock = threading.Lock()
        store.before_write = self._embed_ahead
        self._bulk = threading.local()  # bulk_writes() in progress on this thread

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
        self._queries.close()
        if self._syncer is not None:
            self._syncer.join()
        self._dense.close()
        self._lexical.close()
        self.store.close()

    def warm_up(self) -> None:
        """Load the embedding model and the derived indexes now (service start-up), not on the first query."""
        self.encoder.encode_batch(["warm up"])
        with self._lock:  # room for additions now, so the first commit does not copy the vectors
            self.refresh().reserve(1024)
        self.lexical(self.fusion.thesaurus)
        self._rows.warm()  # every candidate's area and labels in memory
        if self.fusion.agency_boost > 0 or self.fusion.theme_boost > 0 or self.fusion.level_boost > 0:
            understand("warm up GP training")

    def warm_up_queries(self) -> None:
        """Run the query path of the encoder once (service start-up): its one-thread onnxruntime session is made
        now, in the precision DHR_QUERY_PRECISION names, rather than in the first search."""
        self.embed_query("warm up the query encoder")

    # -------------------------------------------------------------------------------------------- vectors

    def embed(self, texts: str | Sequence[str]) -> np.ndarray:
        return encode(texts, encoder=self.encoder, cache=self.cache)

    def _embed_ahead(self, review: ReviewWrite) -> None:
        """Embed a review's texts into the embedding cache before its write transaction opens (the store calls
        this): the model runs once, here, without the GIL and holding no database lock, and the index sync
        after the commit (here and in every other process catching up from the change log) reads the vectors
        from the cache; before, another process that synced first encoded the same texts again. A failure
        only leaves the sync to embed them."""
        texts = [r.text for r in review.recommendations]
        if not texts or getattr(self._bulk, "active", False):
            return
        try:
            self.embed(texts)
        except Exception:  # noqa: BLE001 - the write goes on; the sync embeds what is missing
            log.warning("embedding a review's texts before its write failed", exc_info=True)

    @contextmanager
    def bulk_writes(self) -> Iterator[None]:
        """Many writes in a row on this thread (an ingest of many files): their texts are embedded by the next
        index sync in batches of hundreds, as before :meth:`_embed_ahead`, not a few at a time per review."""
        before = getattr(self._bulk, "active", False)
        self._bulk.active = True
        try:
            yield
        finally:
            self._bulk.active = before

    def embed_query(self, query: str) -> np.ndarray:
        """A query's vector (:class:`~retrieval.retrievers.query_encoder.QueryEncoder`: an in-memory LRU, else
        the model; never the on-disk cache)."""
        return self._queries.encode(query)

    async def embed_query_async(self, query: str) -> np.ndarray:
        """:meth:`embed_query` for an asyncio caller: it awaits the encoder thread instead of blocking."""
        return await self._queries.encode_async(query)

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

    def _query_vector(self, query: str, params: FusionParams) -> np.ndarray:
        """The dense side's query vector (thesaurus-expanded when the parameters say so)."""
        return self.embed_query(self._dense_query_text(query, params))

    @staticmethod
    def _dense_query_text(query: str, params: FusionParams) -> str:
        vocabulary = params.vocabulary if params.thesaurus else "none"
        return expand_query(query, vocabulary) if params.expand_queries and vocabulary != "none" else query

    # -------------------------------------------------------------------------------- derived indexes

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
            rows = StoreRows(self.store)
            index = self._dense.sync(snap.index, generation, rows)
            lexicals = {
                key: self._lexical.sync(key, bm25, generation, rows) for key, bm25 in snap.lexicals.items()
            }
            default = self.fusion.lexical_key()
            if default not in lexicals:
                lexicals[default] = self._lexical.sync(default, self._lexical.load(default), generation, rows)
            self._snap = _Snapshot(generation, index, lexicals)
            return self._snap

    def lexical(self, thesaurus: bool = True, params: FusionParams | None = None) -> BM25:
        """The BM25 scorer over the store's texts for ``params`` (default: the library's fusion settings)."""
        params = params or self.fusion
        if thesaurus != params.thesaurus:
            params = replace(params, thesaurus=thesaurus)
        return self._lexical_for(self._current(), params.lexical_key())

    def _lexical_for(self, snap: _Snapshot, key: LexicalKey) -> BM25:
        bm25 = snap.lexicals.get(key)
        if bm25 is not None:
            return bm25
        with self._lock:  # another variant (evaluation): build it once for this snapshot
            current = self._snap
            bm25 = current.lexicals.get(key)
            if bm25 is None:
                bm25 = self._lexical.sync(key, None, current.generation, StoreRows(self.store))
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
        plan = self._plan(query, k, filters, exclude_csp, fusion, self.store.counters())
        if plan is None:
            return []
        lexical = self._lexical_hits(plan, mode)
        query_vec = None
        if mode != "lexical":
            query_vec = (
                query_vector if query_vector is not None else self._query_vector(plan.query, plan.params)
            )
        return self._finish(plan, mode, per_area_cap, lexical, query_vec)

    async def search_async(
        self, query: str, *, k: int = 10, scopes: Sequence[SearchFilters]
    ) -> list[list[SearchHit]]:
        """:meth:`search` (hybrid, default settings) once per filter of ``scopes``, for an asyncio caller (the
        service): the query is encoded on the encoder thread (no GIL) *while* this thread does the lexical
        side of each search, instead of before it; a filter not yet computed for the store's generation is
        computed on a worker thread (~0.1 s of SQL for a large one at 200k), so other searches go on."""
        vector = asyncio.ensure_future(self.query_vector_async(query))
        try:
            await asyncio.sleep(0)  # the task's first step hands the query to the encoder thread
            counters = self.store.counters()  # one read for every scope
            for filters in scopes:
                if not self._filters.ready(filters, counters[0]):
                    await asyncio.to_thread(self._filters.ids, filters, *counters)
            plans = [self._plan(query, k, f, None, None, counters) for f in scopes]
            lexicals = [self._lexical_hits(p, "hybrid") if p else LexicalHits() for p in plans]
            query_vec = await vector
        finally:
            if not vector.done():
                vector.cancel()
        return [
            self._finish(p, "hybrid", 3, lex, query_vec) if p else []
            for p, lex in zip(plans, lexicals, strict=True)
        ]

    def _plan(
        self,
        query: str,
        k: int,
        filters: SearchFilters | None,
        exclude_csp: str | None,
        fusion: FusionParams | None,
        counters: tuple[int, int],
    ) -> _Plan | None:
        """A search's query, settings, snapshot and allowed ids at the store's ``counters``; None when the
        filter allows nothing. Raises ValidationError for a bad query or ``k``."""
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
        generation, text_generation = counters  # filters and rows follow the first, the indexes the second
        snap = self._current(text_generation)
        allowed = self._filters.ids(filters, generation, text_generation)
        blocked: IdSet = IdSet()
        if exclude_csp:
            excluded = self._filters.ids(SearchFilters(csp=exclude_csp), *counters) or IdSet()
            if allowed is not None:
                allowed = allowed - excluded
            else:  # no id list to subtract from: over-fetch and drop the area's own results
                blocked = excluded
        if allowed is not None and not allowed:
            return None
        n_cand = max(params.candidates, 5 * k)
        return _Plan(query, k, params, snap, allowed, blocked, generation, text_generation, n_cand)

    def _lexical_hits(self, plan: _Plan, mode: Mode) -> LexicalHits:
        """The BM25 side (scored once; the joiner and feedback look rows up in its scores): it needs no query
        vector and no index lock."""
        if mode == "dense":
            return LexicalHits()
        bm25 = self._lexical_for(plan.snap, plan.params.lexical_key())
        return self._lexical.retrieve(bm25, plan.query, plan.n_cand, plan.allowed, plan.blocked)

    def _finish(
        self,
        plan: _Plan,
        mode: Mode,
        per_area_cap: int | None,
        lexical: LexicalHits,
        query_vec: np.ndarray | None,
    ) -> list[SearchHit]:
        """The dense side, the join, the ranking and the results' records."""
        with self._rw.read():  # a sync changes the FAISS index in place only while no search reads it
            joined = self._dense_and_join(plan, mode, lexical, query_vec)
        meta_of = partial(self._rows.meta, generation=plan.generation, text_generation=plan.text_generation)
        ranked, meta = self._ranker.rank(plan.query, joined.fused, plan.k, mode, plan.params, meta_of)
        chosen = self._ranker.diversify(ranked, plan.k, per_area_cap, meta, meta_of)
        return self._hits(chosen, plan.k, joined, plan)

    def _dense_and_join(
        self, plan: _Plan, mode: Mode, lexical: LexicalHits, query_vec: np.ndarray | None
    ) -> Joined:
        """The dense retriever's top candidates, joined with the lexical side into one score per candidate."""
        index = plan.snap.index if mode != "lexical" else None
        dense: dict[int, float] = {}
        n_cand, allowed, blocked = plan.n_cand, plan.allowed, plan.blocked
        if index is not None:
            if query_vec is None:
                query_vec = self._query_vector(plan.query, plan.params)
            dense = dict(self._dense.retrieve(index, query_vec, n_cand, allowed, blocked))

        def fetch(vec: np.ndarray) -> list[tuple[int, float]]:
            assert index is not None
            return self._dense.retrieve(index, vec, n_cand, allowed, blocked)

        return join(
            mode,
            plan.params,
            dense,
            lexical,
            index=index,
            query_vec=query_vec,
            fetch=fetch,
            arrays=self._array_fusion,
        )

    def _hits(self, chosen: list[tuple[int, float]], k: int, joined: Joined, plan: _Plan) -> list[SearchHit]:
        recs = self._rows.records([i for i, _ in chosen], plan.generation, plan.text_generation)
        return [
            search_hit(recs[i], s, joined.dense.get(i), joined.lexical.get(i)) for i, s in chosen if i in recs
        ][:k]

    # ---------------------------------------------------------------------------------------- filters

    def _filtered(self, filters: SearchFilters) -> IdSet | None:
        """The filter's ids for the store's current generation (:class:`~retrieval.filter_cache.FilterCache`)."""
        return self._filters.ids(filters)

    @contextmanager
    def review_write(self, review_id: str) -> Iterator[None]:
        """Wrap one write to one review: the cached search filters are brought forward by that review's
        recommendations alone instead of recomputed (:meth:`FilterCache.review_write`)."""
        with self._filters.review_write(review_id), self._rows.review_write(review_id):
            yield

    def filter_ready(self, filters: SearchFilters) -> bool:
        """Whether :meth:`search` with these filters finds their ids computed for the current generation
        (else it computes them: ~0.1 s of SQL for a filter holding most of 200k records; an asyncio caller
        runs :meth:`prepare_filter` on a thread first)."""
        return self._filters.ready(filters)

    def prepare_filter(self, filters: SearchFilters) -> None:
        """Compute the filter's ids for the current generation now (see :meth:`filter_ready`)."""
        self._filters.ids(filters)

    def refresh_filters(self, max_age_s: float = 600.0) -> None:
        """Recompute, for the store's current generation, the filters searches used in the last ``max_age_s``:
        the service calls this after each write, in the writer's request, so a chair's next search finds its
        published-only filter (most of the library: ~0.1 s of SQL at 200k records) ready."""
        self._filters.refresh(max_age_s)

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
        same agency across areas (``retrieval/systemic.py``)."""
        return systemic_issues(
            self.store,
            self.refresh,
            min_areas=min_areas,
            threshold=threshold,
            action_threshold=action_threshold,
            max_clusters=max_clusters,
        )
