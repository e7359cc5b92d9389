"""The ids a search filter allows (:class:`IdSet`), with the masks, lookup table and FAISS selector searches
read, and the cheap copy a commit makes of it (:meth:`IdSet.with_review`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np


def _faiss() -> Any:
    import faiss

    return faiss


class IdSet:
    """The ids a search filter allows: a sorted array, with the masks over index id arrays memoised.

    A chair searches published recommendations only: a filter holding most of the library, whose ids were
    turned into index rows one dict lookup at a time on every search (20 ms of a 27 ms search at 200k
    records). The filter is cached per store generation, so each mask is computed once per index version.
    An array, not a Python set: building a set of 143k ints on every library write cost the writer ~10 ms.
    """

    __slots__ = ("array", "_masks", "_selector", "_table")

    def __init__(self, ids: Iterable[int] | np.ndarray = ()) -> None:
        array = ids if isinstance(ids, np.ndarray) else np.fromiter(ids, dtype=np.int64)
        #: The ids, sorted and unique.
        self.array: np.ndarray = np.unique(np.asarray(array, dtype=np.int64))
        self._masks: list[tuple[np.ndarray, np.ndarray]] = []
        self._selector: tuple[Any, np.ndarray] | None = None
        self._table: np.ndarray | None = None

    def _lookup(self) -> np.ndarray:
        """``table[id]``: whether ``id`` is in the set, made once per set (and patched, not rebuilt, by
        :meth:`with_review`); one False past the largest id, which larger ids clip to."""
        if self._table is None:
            table = np.zeros(int(self.array[-1]) + 2 if len(self.array) else 1, dtype=bool)
            table[self.array] = True
            self._table = table
        return self._table

    def selector(self) -> Any:
        """A FAISS ``IDSelectorBitmap`` over the ids (bit ``id`` set), made once per set: an IVF search then
        skips disallowed vectors inside its lists. The bitmap is max id / 8 bytes (25 kB at 200k ids) and is
        kept alive with the selector, which points into it."""
        if self._selector is None:
            faiss = _faiss()
            top = int(self.array[-1]) + 1 if len(self.array) else 1
            # the mask's table holds the same bits (patched by with_review, not rebuilt, after a commit)
            if self._table is not None:
                bits = self._table[:top]
            else:
                bits = np.zeros(top, dtype=bool)
                bits[self.array] = True
            bitmap = np.packbits(bits, bitorder="little")
            self._selector = (faiss.IDSelectorBitmap(len(bitmap), faiss.swig_ptr(bitmap)), bitmap)
        return self._selector[0]

    def __len__(self) -> int:
        return len(self.array)

    def __iter__(self) -> Iterator[int]:
        return iter(self.array.tolist())

    def __contains__(self, vec_id: object) -> bool:
        if not isinstance(vec_id, int | np.integer):
            return False
        i = int(np.searchsorted(self.array, vec_id))
        return i < len(self.array) and int(self.array[i]) == vec_id

    def __sub__(self, other: IdSet) -> IdSet:
        return IdSet(self.array[~np.isin(self.array, other.array)])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, IdSet):
            return np.array_equal(self.array, other.array)
        if isinstance(other, set | frozenset):
            return set(self) == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def contains_all(self, ids: np.ndarray) -> np.ndarray:
        """Which of ``ids`` are in the set (a mask; for a few hundred candidates, not memoised)."""
        return np.isin(ids, self.array)

    def mask(self, ids: np.ndarray) -> np.ndarray:
        """Which entries of ``ids`` (an index's or a BM25 scorer's id array) are in the set; the last two
        arrays asked about are remembered (compared by identity: a changed index has new arrays)."""
        for known, mask in self._masks:
            if known is ids:
                return mask
        for known, mask in self._masks:
            if _prefix_of(known, ids):
                # A commit appends to the index's and BM25's id arrays in place (views of one buffer): the
                # mask of the rows before is still right, so only the new rows are looked up (a take over
                # 200k ids per array per filter used, after every commit, before).
                tail = np.asarray(ids[len(known) :], dtype=np.int64)
                extra = (
                    self._lookup().take(tail, mode="clip") if len(self.array) else np.zeros(len(tail), bool)
                )
                mask = np.concatenate([mask, extra])
                break
        else:
            if len(ids) and len(self.array):
                # One take from the set's table (index ids are never negative).
                mask = self._lookup().take(np.asarray(ids, dtype=np.int64), mode="clip")
            else:
                mask = np.zeros(len(ids), dtype=bool)
        self._masks = [(ids, mask), *self._masks[:1]]
        return mask

    def with_review(self, removed: np.ndarray, added: np.ndarray) -> IdSet:
        """A copy without ``removed`` and with ``added`` (both small: one review's ids), in O(n) copies.

        Binary search in the sorted array, not ``np.isin`` (which sorted the whole array with the few ids:
        ~5 ms per cached filter per commit at 200k records). Every cached filter is asked after each commit
        and most hold nothing of the review: that answer costs no numpy call (a dozen of them per filter,
        times 76 filters, was 3-7 ms of GIL-held time per commit in each process)."""
        array = self.array
        if not len(added) and (not len(array) or not len(removed) or _outside(removed, array[0], array[-1])):
            return self  # nothing to add and nothing to remove (a new recommendation's id is past the end)
        removed = np.unique(np.asarray(removed, dtype=np.int64))
        kept = array
        if len(removed) and len(array):
            found = _positions(array, removed)
            kept = np.delete(array, found[found >= 0]) if (found >= 0).any() else array
        added = np.unique(np.asarray(added, dtype=np.int64))
        if len(added) and len(kept):
            added = added[_positions(kept, added) < 0]
        if kept is array and not len(added):
            return self  # most filters after a commit: nothing of the review in them (arrays never change)
        out = IdSet()
        if len(added):
            out.array = np.insert(kept, np.searchsorted(kept, added), added)
        else:
            out.array = kept if kept is not array else array.copy()
        if self._table is not None:  # the table patched (a copy: searches may still read this set's)
            table = self._table
            size = max(len(table), int(added[-1]) + 2 if len(added) else 0)
            if size == len(table):
                patched = table.copy()
            else:
                patched = np.zeros(size, dtype=bool)
                patched[: len(table)] = table
            patched[removed[(removed >= 0) & (removed < size)]] = False
            patched[added] = True
            out._table = patched
        return out


def _prefix_of(known: np.ndarray, ids: np.ndarray) -> bool:
    """Whether ``known`` is the first rows of ``ids``: two views from the start of one buffer, which is only
    ever written past the views' ends (``VectorIndex._appended_ids``, ``BM25.updated``)."""
    base = ids.base
    return (
        base is not None
        and known.base is base
        and len(known) <= len(ids)
        and known.dtype == ids.dtype
        and known.__array_interface__["data"][0] == ids.__array_interface__["data"][0]
    )


def _outside(values: Sequence[int] | np.ndarray, low: int, high: int) -> bool:
    """Whether every one of ``values`` (not empty) is below ``low`` or above ``high`` (plain Python for a
    handful: a numpy call costs more than the test)."""
    if len(values) > 16:
        values = np.asarray(values)
        return bool(((values < low) | (values > high)).all())
    return all(v < low or v > high for v in values)


def _positions(array: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Index of each of ``values`` in the sorted ``array``, -1 where absent."""
    pos = np.searchsorted(array, values)
    inside = pos < len(array)
    hit = np.zeros(len(values), dtype=bool)
    hit[inside] = array[pos[inside]] == values[inside]
    return np.where(hit, pos, -1)


def as_id_set(ids: Iterable[int] | IdSet) -> IdSet:
    return ids if isinstance(ids, IdSet) else IdSet(ids)
