"""The store rows a search reads for its candidates and results, kept in memory for one store generation.

Every search read the areas and labels of its ~50 first candidates (``pool_meta``, for the label boosts and the
per-area cap) and the full records of its ~10 results (``recommendations_by_vec_ids``) by SQL: two pool
checkouts, statements and row decodes, ~3 ms of the event loop's time per search at 200k. Those rows change
only with a write, so they are kept here, valid for the store ``generation`` they were read at.

A write bumps the generation. One wrapped in :meth:`RowCache.review_write` (the service's commits, publishes
and deletions of one review) carries the cache forward to the next generation without that review's
recommendations (before and after the write: one moved between reviews is dropped too); writes that all
changed texts (another process's commits) carry it forward without what the store's text change log says they
touched (:class:`~retrieval.filter_cache.TextChanges`); any other write (an action's status, a correction of a
label) empties it at the next search that sees the new generation, so a search never returns a row older than
the generation it read.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from dhr.schema.library import RecommendationPublic
from retrieval.filter_cache import TextChanges
from retrieval.repository_search import PoolInfo, pool_meta
from retrieval.store import LibraryStore

#: Candidates' areas and labels kept: one dict entry each, the values shared (see ``_intern_info``).
META_CACHE_SIZE = 400_000
#: Full result records kept (text, review fields, actions: a few kB and ~10 objects each, which the cyclic
#: garbage collector walks in its full passes: kept few).
RECORD_CACHE_SIZE = 8192


class RowCache:
    """Candidates' :class:`PoolInfo` and results' records by index id, for one store generation.

    Thread-safe: the lock guards the dicts only, never SQL. A search passes the generation it read *before*
    its rows, so a row read after a concurrent write is at least as new as its label; rows are kept only when
    the cache is still at that generation when they arrive."""

    def __init__(self, store: LibraryStore, changes: TextChanges | None = None) -> None:
        self.store = store
        self.changes = changes if changes is not None else TextChanges(store)
        self._lock = threading.Lock()
        self._generation = -1
        self._text_generation: int | None = None
        self._meta: OrderedDict[int, PoolInfo] = OrderedDict()
        self._records: OrderedDict[int, RecommendationPublic] = OrderedDict()
        self._writes = 0  # review writes of this process in flight (see _usable)
        self._interned: dict[PoolInfo, PoolInfo] = {}
        self.hits = self.misses = 0

    def _usable(self, generation: int, text_generation: int | None) -> bool:
        """Whether the cache serves ``generation`` (lock held). A newer generation empties it, unless a wrapped
        review write of this process is in flight: that write's generation is carried forward when it ends,
        and meanwhile searches that already see it read the store."""
        if generation == self._generation:
            return True
        if generation < self._generation or self._writes:
            return False
        self._generation, self._text_generation = generation, text_generation
        self._meta.clear()
        self._records.clear()
        return True

    def _catch_up(self, generation: int, text_generation: int | None) -> None:
        """Carry the cache to ``generation`` when the writes since were text writes (another process's
        commits): without the rows they touched, instead of emptying it (then it is emptied by _usable)."""
        with self._lock:
            before = (self._generation, self._text_generation)
            if before[0] < 0 or before[0] >= generation or self._writes:
                return
        change = self.changes.between(before, (generation, text_generation))
        if change is None:
            return
        with self._lock:
            if (self._generation, self._text_generation) != before or self._writes:
                return
            for i in change[0].tolist():
                self._meta.pop(i, None)
                self._records.pop(i, None)
            self._generation, self._text_generation = generation, text_generation

    def meta(
        self,
        vec_ids: Sequence[int],
        generation: int,
        *,
        agencies: bool = True,
        text_generation: int | None = None,
    ) -> dict[int, PoolInfo]:
        """``pool_meta`` of these ids (always with the labels, so one entry serves both uses)."""
        del agencies  # the cached entry has them anyway
        ids = [int(v) for v in vec_ids]
        if generation != self._generation:
            self._catch_up(generation, text_generation)
        with self._lock:
            cache = self._meta if self._usable(generation, text_generation) else None
            found = {} if cache is None else {i: m for i in ids if (m := cache.get(i)) is not None}
        missing = [i for i in ids if i not in found]
        self.hits += len(found)
        self.misses += len(missing)
        if missing:
            fetched = {i: self._intern_info(m) for i, m in pool_meta(self.store, missing).items()}
            found.update(fetched)
            with self._lock:
                if self._generation == generation:
                    self._meta.update(fetched)
                    while len(self._meta) > META_CACHE_SIZE:
                        self._meta.popitem(last=False)
        return found

    def records(
        self, vec_ids: Sequence[int], generation: int, text_generation: int | None = None
    ) -> dict[int, RecommendationPublic]:
        """``store.recommendations_by_vec_ids`` of these ids (unknown ids left out)."""
        ids = [int(v) for v in vec_ids]
        if generation != self._generation:
            self._catch_up(generation, text_generation)
        with self._lock:
            cache = self._records if self._usable(generation, text_generation) else None
            found = {} if cache is None else {i: r for i in ids if (r := cache.get(i)) is not None}
            if cache is not None:
                for i in found:
                    cache.move_to_end(i)
        missing = [i for i in ids if i not in found]
        if missing:
            fetched = self._read_records(missing)
            found.update(fetched)
            with self._lock:
                if self._generation == generation:
                    self._records.update(fetched)
                    while len(self._records) > RECORD_CACHE_SIZE:
                        self._records.popitem(last=False)
        return found

    def warm(self) -> None:
        """Read every recommendation's area and labels now (service start-up: one statement, ~1 s at 200k),
        so searches find their candidates' here from the first one instead of filling the cache by SQL."""
        generation, text_generation = self.store.counters()  # before the rows: they are at least this new
        infos = {
            int(v): self._intern_info(
                PoolInfo((csp or "").lower(), frozenset(named or ()), tuple(themes or ()), level)
            )
            for v, csp, named, themes, level in self.store.pool_meta_rows()[:META_CACHE_SIZE]
        }
        with self._lock:
            if self._writes or generation < self._generation:
                return
            self._generation, self._text_generation = generation, text_generation
            self._meta = OrderedDict(infos)
            self._records.clear()

    def _read_records(self, ids: list[int]) -> dict[int, RecommendationPublic]:
        try:
            return self.store.recommendations_by_vec_ids(ids)
        except AttributeError:
            # The store reads a recommendation and its review in two statements; a review deleted in between
            # leaves ``review`` None. Read again: the deletion has committed, so the row is simply gone.
            return self.store.recommendations_by_vec_ids(ids)

    def _intern_info(self, info: PoolInfo) -> PoolInfo:
        """One object per distinct (area, agencies, themes, level): far fewer than the rows, so a cache of 200k
        candidates adds a few thousand objects for the garbage collector to walk, not 200k tuples and sets."""
        return self._interned.setdefault(info, info)

    @contextmanager
    def review_write(self, review_id: str) -> Iterator[None]:
        """Wrap one write to one review: when it moved the store exactly one generation from the cache's, the
        cache is carried forward without the review's recommendations; otherwise it empties."""
        with self._lock:
            self._writes += 1
        carried = False
        try:
            before = self.store.generation()
            old_ids = self.store.review_vec_ids(review_id).tolist()
            yield
            after = self.store.counters()
            if after[0] == before + 1:
                new_ids = self.store.review_vec_ids(review_id).tolist()
                with self._lock:
                    if self._generation == before:
                        for i in (*old_ids, *new_ids):
                            self._meta.pop(i, None)
                            self._records.pop(i, None)
                        self._generation, self._text_generation = after
                        carried = True
        finally:
            with self._lock:
                self._writes -= 1
                if not carried:  # the next search starts over at whatever generation it reads
                    self._generation = -1
                    self._meta.clear()
                    self._records.clear()
