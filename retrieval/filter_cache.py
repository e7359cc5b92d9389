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

from dhr.schema.library import SearchFilters
from retrieval.index import IdSet
from retrieval.store import LibraryStore

#: Distinct search filters whose id sets are kept. A search page's combinations (agency x theme x level x year,
#: with the chair's published-only) outnumbered 64: the load benchmark's 76 evicted each other, so searches and
#: each commit's refresh recomputed filters by SQL all the time (~13% of a loaded server's CPU). An entry is
#: its ids (8 bytes each: ~1 MB for a published-only filter at 200k, most are far narrower) and two masks.
FILTER_CACHE_SIZE = 256


class FilterCache:
    """Filter -> (store generation, ids), for the most recently used filters. ``lock`` guards the cache's dicts
    only (held for dict operations, never for SQL): the library gives it one of its own, not the lock its index
    syncs hold, so searches never wait for a sync here."""

    def __init__(self, store: LibraryStore, lock: threading.RLock) -> None:
        self.store = store
        self._lock = lock
        self._cache: dict[str, tuple[int, IdSet]] = {}  # filter -> (store generation, ids)
        self._used: dict[str, tuple[float, SearchFilters]] = {}
        self._flights: dict[str, threading.Lock] = {}

    def ids(self, filters: SearchFilters, generation: int | None = None) -> IdSet | None:
        """``store.filter_vec_ids`` memoised per store generation (chairs repeat filters across queries);
        ``generation``: the store's, when the caller has just read it (a search reads its counters once).

        One computation per filter and generation (``single flight``): searches that miss together wait for
        the one computing it. :meth:`refresh` recomputes the recently used ones after a write.
        """
        if filters.is_empty():
            return None
        key = filters.model_dump_json()
        if generation is None:
            generation = self.store.generation()
        with self._lock:
            entry = self._cache.get(key)
            self._used[key] = (time.monotonic(), filters)
            if entry is not None and entry[0] == generation:
                return entry[1]
            flight = self._flights.setdefault(key, threading.Lock())
        with flight:
            with self._lock:
                entry = self._cache.get(key)
            if entry is not None and entry[0] >= generation:  # computed meanwhile by another search
                return entry[1]
            found = self.store.filter_vec_id_array(filters)
            ids = IdSet(found if found is not None else ())
            with self._lock:
                self._cache[key] = (generation, ids)
                if len(self._cache) > FILTER_CACHE_SIZE:
                    oldest = min(self._used, key=lambda k: self._used[k][0])
                    self._cache.pop(oldest, None)
                    self._used.pop(oldest, None)
                    self._flights.pop(oldest, None)
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
            for key in keys:
                with self._lock:
                    entry = self._cache.get(key)
                    used = self._used.get(key)
                if entry is None or used is None or entry[0] != before:
                    continue
                ids = entry[1].with_review(old_ids, rows.matching(used[1]))
                with self._lock:
                    if self._cache.get(key) is entry:
                        self._cache[key] = (before + 1, ids)
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
        generation = self.store.generation()  # once: a query per filter here was 76 per commit
        with self._lock:
            recent = [
                f
                for key, (used, f) in self._used.items()
                if now - used <= max_age_s and self._cache.get(key, (None,))[0] != generation
            ]
        for filters in recent:
            self.ids(filters)
