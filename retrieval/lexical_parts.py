"""The parts a :class:`~retrieval.lexical.BM25` scorer is made of: term-count blocks as CSC arrays (built, merged and
read with numpy; scipy only where a block is rebuilt), the per-column weights searches read (:class:`_Column`),
the copy-on-write id -> row map, and who may append to the vocabulary and keys successive scorers share."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

import numpy as np


class _Csc(NamedTuple):
    """A CSC matrix as its arrays, without scipy: a saved index is read and scored with numpy alone, so a
    one-shot ``dhr search`` does not import scipy.sparse (about 0.12 s of its start-up). Blocks are built
    and merged with numpy too (:func:`_csc_of`, :func:`_merged`); compaction and removals still use scipy,
    through :func:`_scipy_csc`."""

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    shape: tuple[int, int]


def _scipy_csc(tf: Any) -> Any:
    """``tf`` as a scipy CSC matrix (a :class:`_Csc` is wrapped, its arrays shared)."""
    if not isinstance(tf, _Csc):
        return tf
    from scipy import sparse

    return sparse.csc_matrix((tf.data, tf.indices, tf.indptr), shape=tf.shape, copy=False)


def _norm_of(lengths: np.ndarray, k1: float, b: float, avg: float) -> np.ndarray:
    """BM25's length normalisation ``k1 (1 - b + b len / avg)`` of float32 lengths, in float32 (the Python
    floats take the array's type): element-wise, so the same value for a document whether computed over the
    whole collection or over one column's rows. In place in one new array (the same operations, in the same
    order, as ``k1 * (1 - b + b * lengths / avg)``: a third less time than a new array per step)."""
    norm = np.multiply(lengths, b, dtype=np.float32)
    norm /= max(avg, 1e-6)
    np.add(norm, 1 - b, out=norm)
    np.multiply(norm, k1, out=norm)
    return norm


class _Column(NamedTuple):
    """One term column of one block as the searches read it: its rows and their length-normalised weights
    ``tf (k1 + 1) / (tf + norm)``, with the rows' document lengths, which never change: a commit moves the
    average length, so every weight, and re-weighing from these takes only element-wise operations (numpy
    drops the GIL for those), not a gather over the collection's lengths (which held it: 15-25 ms of a
    commit's BM25 update with a server's columns cached)."""

    rows: np.ndarray
    weights: np.ndarray
    lengths: np.ndarray


def _saturated_column(
    tf: _Csc, j: int, lengths: np.ndarray, base: int, k1: float, b: float, avg: float
) -> _Column:
    """Column ``j`` of a block starting at row ``base`` (``lengths``: the whole collection's)."""
    rows = tf.indices[int(tf.indptr[j]) : int(tf.indptr[j + 1])]
    return _reweighed(tf, j, rows, lengths[rows] if base == 0 else lengths[base + rows], k1, b, avg)


def _reweighed(
    tf: _Csc, j: int, rows: np.ndarray, lengths: np.ndarray, k1: float, b: float, avg: float
) -> _Column:
    """The column's weights at average length ``avg``: the same float32 element-wise operations as
    :meth:`BM25._saturate` over the whole block, so the same values to the bit."""
    data = tf.data[int(tf.indptr[j]) : int(tf.indptr[j + 1])]
    denominator = _norm_of(lengths, k1, b, avg)
    denominator += data
    weights = np.multiply(data, np.float32(k1 + 1), dtype=np.float32)
    weights /= denominator
    return _Column(rows, weights, lengths)


class _RowMap(Mapping[int, int]):
    """Id -> row, copy-on-write: a big shared ``base`` dict (never changed once built) plus the ids added
    since (``extra``) and the base ids removed since (``gone``). An update copies only the two small parts,
    not the 200k-entry base (which held the GIL ~8 ms per commit); compaction builds a fresh base."""

    __slots__ = ("base", "extra", "gone")

    def __init__(
        self,
        base: dict[int, int] | None = None,
        extra: dict[int, int] | None = None,
        gone: set[int] | None = None,
    ) -> None:
        self.base = base if base is not None else {}
        self.extra = extra if extra is not None else {}
        self.gone = gone if gone is not None else set()

    def copy(self) -> _RowMap:
        return _RowMap(self.base, dict(self.extra), set(self.gone))

    def get(self, key: Any, default: Any = None) -> Any:
        row = self.extra.get(key)
        if row is not None:
            return row
        if key in self.gone:
            return default
        return self.base.get(key, default)

    def __getitem__(self, key: int) -> int:
        row = self.get(key)
        if row is None:
            raise KeyError(key)
        return row

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None

    def __len__(self) -> int:
        return len(self.base) - len(self.gone) + len(self.extra)

    def __iter__(self) -> Iterator[int]:
        yield from self.extra
        for key in self.base:
            if key not in self.gone and key not in self.extra:
                yield key

    def pop(self, key: int, default: Any = None) -> Any:
        row = self.get(key)
        if row is None:
            return default
        self.extra.pop(key, None)
        if key in self.base:
            self.gone.add(key)
        return row

    def update(self, pairs: dict[int, int]) -> None:
        self.extra.update(pairs)


class _Tail:
    """Who may append to a vocabulary dict and keys list shared by successive scorers: the newest scorer that
    added to them. Older scorers read their prefix only; a scorer that is not the owner (an older one updated
    again, a compacted copy) copies its prefix before adding, so no two scorers ever append to one list."""

    __slots__ = ("owner",)

    def __init__(self, owner: object) -> None:
        self.owner = owner


class _Block:
    """Raw term counts of some documents: CSC matrix (docs x terms at build time) and token counts."""

    __slots__ = ("tf", "lengths", "_rows")

    def __init__(self, tf: Any, lengths: np.ndarray) -> None:
        self.tf = tf
        self.lengths = lengths
        self._rows: tuple[np.ndarray, np.ndarray] | None = None

    def columns_of(self, local: np.ndarray) -> np.ndarray:
        """Term columns of the given rows, one entry per (row, term) pair. Slicing rows out of the CSC matrix
        is a pass over every posting (~4.5 ms per commit at 200k records), so a row-major copy of the column
        indices is built once per block, on its first removal, and shared by every scorer holding the block."""
        if self._rows is None:
            csr = _scipy_csc(self.tf).tocsr()
            self._rows = (csr.indptr, csr.indices)
        indptr, indices = self._rows
        parts = [indices[indptr[r] : indptr[r + 1]] for r in local.tolist()]
        return np.concatenate(parts).astype(np.int64) if parts else np.zeros(0, dtype=np.int64)

    @property
    def n(self) -> int:
        return int(self.lengths.shape[0])


#: Rows a side block (documents added since the last compaction) grows to before the next one starts.
SIDE_BLOCK_ROWS = 4096


def _index_dtype(*sizes: int) -> type[np.signedinteger[Any]]:
    """scipy's choice of index type: int32 while every size fits."""
    return np.int32 if max(sizes, default=0) < 2**31 - 1 else np.int64


def _csc_of(rows: list[int], cols: list[int], vals: list[int], shape: tuple[int, int]) -> _Csc:
    """The CSC arrays ``scipy.sparse.csc_matrix((vals, (rows, cols)), shape)`` gives for distinct (row, col)
    pairs (each column's rows sorted), built with numpy: scipy's constructor and conversions were ~2 ms of
    Python a commit for a one-document block, most of it proportional to the 200k-term vocabulary."""
    index = _index_dtype(len(vals), *shape)
    row = np.asarray(rows, dtype=index)
    col = np.asarray(cols, dtype=np.int64)
    order = np.lexsort((row, col))
    indptr = np.empty(shape[1] + 1, dtype=index)
    used, counts = np.unique(col, return_counts=True)
    if len(used) > 1000:
        indptr[0] = 0
        np.cumsum(np.bincount(col, minlength=shape[1]), out=indptr[1:])
    else:  # a commit's few documents: a fill per used column, not a cumulative sum over the vocabulary
        start, total = 0, 0
        for c, n in zip(used.tolist(), counts.tolist(), strict=True):
            indptr[start : c + 1] = total
            start, total = c + 1, total + n
        indptr[start:] = total
    return _Csc(np.asarray(vals, dtype=np.float32)[order], row[order], indptr, shape)


def _padded_indptr(tf: _Csc | Any, n_terms: int) -> np.ndarray:
    """``tf``'s column pointers for ``n_terms`` columns (the columns past its own are empty)."""
    indptr = np.asarray(tf.indptr)
    if len(indptr) - 1 >= n_terms:
        return indptr
    return np.concatenate([indptr, np.full(n_terms + 1 - len(indptr), indptr[-1], dtype=indptr.dtype)])


def _merged(first: _Block, second: _Block, n_terms: int) -> _Block:
    """One block of ``first``'s rows then ``second``'s (same values: a row's score sums its terms in column
    order whatever block it is in, so scores stay equal to the bit). ``second``'s entries are inserted at the
    end of their columns in ``first``'s arrays: the same arrays scipy's ``vstack(...).tocsc()`` gives, in a
    few numpy copies instead of two format conversions over every column (each commit merges its text into
    the side block)."""
    a, b = first.tf, second.tf
    a_ptr, b_ptr = _padded_indptr(a, n_terms), _padded_indptr(b, n_terms)
    b_cols = np.searchsorted(b_ptr, np.arange(len(b.data)), side="right") - 1  # each entry's column
    at = a_ptr[b_cols + 1]  # after column c's entries of ``first`` (np.insert keeps ties in order)
    index = _index_dtype(len(a.data) + len(b.data), first.n + second.n, n_terms)
    indices = np.insert(np.asarray(a.indices, dtype=index), at, np.asarray(b.indices, dtype=index) + first.n)
    data = np.insert(np.asarray(a.data, dtype=np.float32), at, b.data)
    indptr = np.asarray(a_ptr, dtype=index) + np.asarray(b_ptr - b_ptr[0], dtype=index)
    tf = _Csc(data, indices, indptr, (first.n + second.n, n_terms))
    return _Block(tf, np.concatenate([first.lengths, second.lengths]))


def _csc_checked(data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, shape: tuple[int, int]) -> _Csc:
    """The saved CSC arrays, checked as scipy's constructor checks them (a damaged file must fail here, at
    load, not while scoring a query)."""
    rows, cols = shape
    if data.ndim != 1 or indices.ndim != 1 or indptr.ndim != 1 or len(data) != len(indices):
        raise ValueError("CSC arrays of the wrong shape")
    if len(indptr) != cols + 1 or indptr[0] != 0 or indptr[-1] != len(indices) or (np.diff(indptr) < 0).any():
        raise ValueError("CSC column pointers out of order")
    if len(indices) and (indices.min() < 0 or indices.max() >= rows):
        raise ValueError("CSC row index out of range")
    return _Csc(data, indices, indptr, shape)
