"""The search filters' id sets, cached per store generation.

A filter (agency, theme, level, CSP, region, year, action status) becomes the set of vector ids it allows,
computed by the store (``filter_vec_id_array``) once per filter and generation: chairs repeat their filters
across queries, and a published-only filter over most of 200k records costs ~0.1 s of SQL.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np

from dhr.schema.library import SearchFilters
from retrieval.index import IdSet
from retrieval.store import LibraryStore
from retrieval.store.search import ReviewFilterRows

#: Distinct search filters whose id sets are kept. A search page's combinations (agency x theme x level x year,
#: with the chair's published-only) outnumbered 64: the load benchmark's 76 evicted each other, so searches and
#: each commit's refresh recomputed filters by SQL all the time (~13% of a loaded server's CPU). An entry is
#: its ids (8 bytes each: ~1 MB for a published-only filter at 200k, most are far narrower) and two masks.
FILTER_CACHE_SIZE = 256
#: Reviews touched since a cached generation beyond which its filters are recomputed rather than caught up.
CATCH_UP_MAX_REVIEWS = 64


class TextChanges:
    """What the writes between two store generations touched, when all of them changed texts (the store's text
    change log then names every recommendation they wrote): the ids to forget and the touched reviews' rows
    as they are now. Read once per pair of text generations, for every cache that catches up (another
    process's commits: this one saw no :meth:`FilterCache.review_write`)."""

    def __init__(self, store: LibraryStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._memo: dict[tuple[int, int], tuple[np.ndarray, list[ReviewFilterRows]] | None] = {}

    def between(
        self, before: tuple[int, int | None], now: tuple[int, int | None]
    ) -> tuple[np.ndarray, list[ReviewFilterRows]] | None:
        """``(ids, rows)`` for the writes from counters ``before`` to ``now`` (``(generation,
        text_generation)`` each): ``ids`` every recommendation of the touched reviews and every one whose text
        changed (so also the deleted and the moved), ``rows`` the touched reviews' filterable rows now (at least
        as new as ``now``). None when some write changed no text (a publish, a status, a label: the log does
        not name what it touched), the log does not reach back, or too much changed."""
        (g0, t0), (g1, t1) = before, now
        if t0 is None or t1 is None or g1 - g0 != t1 - t0 or t1 <= t0:
            return None
        with self._lock:
            if (t0, t1) in self._memo:
                return self._memo[(t0, t1)]
            found = self.store.text_change_reviews(t0)
            out: tuple[np.ndarray, list[ReviewFilterRows]] | None = None
            if found is not None and len(found[1]) <= CATCH_UP_MAX_REVIEWS:
                changed, reviews = found
                rows = [self.store.review_filter_rows(r) for r in reviews]
                ids = np.unique(np.concatenate([changed, *(r.vec_ids for r in rows)]))
                out = (ids, rows)
            if len(self._memo) > 64:
                self._memo.clear()
            self._memo[(t0, t1)] = out
            return out


class FilterCache:
    """Filter -> (store generation, ids), for the most recently used filters. ``lock`` guards the cache's dicts
    only (held for dict operations, never for SQL): the library gives it one of its own, not the lock its index
    syncs hold, so searches never wait for a sync here."""

    def __init__(self, store: LibraryStore, lock: threading.RLock) -> None:
        self.store = store
        self._lock = lock
        # filter -> (store generation, text generation when known, ids)
        self._cache: dict[str, tuple[int, int | None, IdSet]] = {}
        self.changes = TextChanges(store)
        self._used: dict[str, tuple[float, SearchFilters]] = {}
        self._flights: dict[str, threading.Lock] = {}

    def ids(
        self, filters: SearchFilters, generation: int | None = None, text_generation: int | None = None
    ) -> IdSet | None:
        """``store.filter_vec_ids`` memoised per store generation (chairs repeat filters across queries);
        ``generation`` (and ``text_generation``): the store's counters, when the caller has just read them (a
        search reads them once).

        One computation per filter and generation (``single flight``): searches that miss together wait for
        the one computing it. An entry a few text writes old (another process's commits) is caught up from the
        store's text change log (:class:`TextChanges`) rather than recomputed. :meth:`refresh` recomputes the
        recently used ones after a write.
        """
        if filters.is_empty():
            return None
        key = filters.model_dump_json()
        if generation is None:
            generation, text_generation = self.store.counters()
        with self._lock:
            entry = self._cache.get(key)
            self._used[key] = (time.monotonic(), filters)
            if entry is not None and entry[0] == generation:
                return entry[2]
            flight = self._flights.setdefault(key, threading.Lock())
        with flight:
            with self._lock:
                entry = self._cache.get(key)
            if entry is not None and entry[0] >= generation:  # computed meanwhile by another search
                return entry[2]
            ids = self._caught_up(entry, filters, (generation, text_generation))
            if ids is None:
                found = self.store.filter_vec_id_array(filters)
                ids = IdSet(found if found is not None else ())
            with self._lock:
                self._cache[key] = (generation, text_generation, ids)
                if len(self._cache) > FILTER_CACHE_SIZE:
                    oldest = min(self._used, key=lambda k: self._used[k][0])
                    self._cache.pop(oldest, None)
                    self._used.pop(oldest, None)
                    self._flights.pop(oldest, None)
            return ids

    def _caught_up(
        self, entry: tuple[int, int | None, IdSet] | None, filters: SearchFilters, now: tuple[int, int | None]
    ) -> IdSet | None:
        """The entry's ids brought to ``now`` by the touched reviews' rows, or None (recompute)."""
        if entry is None:
            return None
        change = self.changes.between((entry[0], entry[1]), now)
        if change is None:
            return None
        forget, reviews = change
        added = [rows.matching(filters) for rows in reviews]
        return entry[2].with_review(forget, np.concatenate([np.zeros(0, dtype=np.int64), *added]))

    @contextmanager
    def review_write(self, review_id: str) -> Iterator[None]:
        """Wrap one write to one review (the writer holds the service's write lock): the cached search filters
        are then brought forward by that review's recommendations alone (~2 ms of SQL) instead of recomputed
        (~0.1 s for a chair's published-only filter at 200k records), and a search that finds a filter stale
        during the write waits for this update, not for a recomputation. Done only when the write moved the
        store exactly one generation from the filter's (no other writer in between, another process
        included); otherwise the next search recomputes, as without this."""
        with self._lock:
            keys = list(self._cache)
            flights = [self._flights.setdefault(key, threading.Lock()) for key in keys]
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
            # The review's filterable rows once (three queries), then each cached filter is tested on them in
            # memory: one SQL query per cached filter per commit cost ~1 s of CPU with 76 filters at 200k.
            rows = self.store.review_filter_rows(review_id)
            after = self.store.counters()
            for key in keys:
                with self._lock:
                    entry = self._cache.get(key)
                    used = self._used.get(key)
                if entry is None or used is None or entry[0] != before:
                    continue
                ids = entry[2].with_review(old_ids, rows.matching(used[1]))
                with self._lock:
                    if self._cache.get(key) is entry:
                        self._cache[key] = (before + 1, after[1] if after[0] == before + 1 else None, ids)
        finally:
            for flight in flights:
                flight.release()

    def ready(self, filters: SearchFilters, generation: int | None = None) -> bool:
        """Whether a search with these filters finds their ids computed for the current generation
        (else it computes them: ~0.1 s of SQL for a filter holding most of 200k records; an asyncio caller
        computes them on a thread first)."""
        if filters.is_empty():
            return True
        with self._lock:
            entry = self._cache.get(filters.model_dump_json())
        if entry is None:
            return False
        return entry[0] == (self.store.generation() if generation is None else generation)

    def refresh(self, max_age_s: float = 600.0) -> None:
        """Recompute, for the store's current generation, the filters searches used in the last ``max_age_s``:
        the service calls this after each write, in the writer's request, so a chair's next search finds its
        published-only filter (most of the library: ~0.1 s of SQL at 200k records) ready."""
        now = time.monotonic()
        generation, text_generation = self.store.counters()  # once: a query per filter was 76 per commit
        with self._lock:
            recent = [
                f
                for key, (used, f) in self._used.items()
                if now - used <= max_age_s and self._cache.get(key, (None,))[0] != generation
            ]
        for filters in recent:
            self.ids(filters, generation, text_generation)
