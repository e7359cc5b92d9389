"""Lexical scoring: Okapi BM25 over the stored recommendation texts.

Built in memory from the store (so it works the same over SQLite and PostgreSQL). The tokenizer lowercases,
drops stop words, light-stems English suffixes, expands the acronyms chairs use (GP, IDVA, MARAC, ...) and adds
one token per thesaurus concept: both lists are sections of ``retrieval/data/synonyms.json``, read through
``retrieval/thesaurus.py``.

The index keeps raw term counts (a sparse column-major matrix per block) plus document frequencies and lengths;
BM25 weights are computed at query time for the query's terms only, so the collection statistics are always
exact. Updates are copy-on-write: :meth:`BM25.updated` returns a new scorer sharing the big "main" block with
the old one and carrying the added texts in a small "delta" block (removed rows are masked), so an add to a
200k library costs milliseconds instead of a refit, and readers holding the old scorer are never disturbed.
The delta is folded into the main block once it grows past a fraction of it. The vocabulary and the text keys
only grow between compactions, so successive scorers share one dict and one list (:class:`_Tail`): an update
appends to them instead of copying 200k entries (each copy, and freeing the old one, held the GIL for
milliseconds per commit), and each scorer reads only its own prefix (``len(_df)`` terms, ``len(ids)`` keys).
:meth:`BM25.save` /
:meth:`BM25.load` persist the state (atomic write) so a restart does not refit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from dhr.errors import DHRError
from dhr.files import atomic_file
from retrieval.lexical_parts import (
    SIDE_BLOCK_ROWS,
    _Block,
    _Column,
    _Csc,
    _csc_checked,
    _csc_of,
    _merged,
    _norm_of,
    _reweighed,
    _RowMap,
    _saturated_column,
    _scipy_csc,
    _Tail,
)
from retrieval.thesaurus import DEFAULT_VOCABULARY, EXPANSIONS, concept_tokens

__all__ = ["BM25", "SIDE_BLOCK_ROWS", "LexicalCorruptError", "stem", "tokenize", "_scipy_csc"]

FORMAT_VERSION = 1

_TOKEN = re.compile(r"[a-z0-9]+")

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once
    only or other our ours out over own same she should so some such than that the their theirs them then there
    these they this those through to too under until up upon very was we were what when where which while who
    whom why will with would you your yours ensure ensures must should shall""".split()
)


def stem(token: str) -> str:
    """A light English suffix stripper (plurals, -ing, -ed, -ation...), enough to match word forms."""
    if len(token) <= 3 or token.isdigit():
        return token
    for suffix, repl in (
        ("ational", "ate"),
        ("isation", "ise"),
        ("ization", "ise"),
        ("ations", "ate"),
        ("ation", "ate"),
        ("ments", ""),
        ("ment", ""),
        ("ness", ""),
        ("ities", ""),
        ("ity", ""),
        ("ings", ""),
        ("ing", ""),
        ("ies", "y"),
        ("ied", "y"),
        ("ised", "ise"),
        ("ized", "ise"),
        ("izes", "ise"),
        ("ises", "ise"),
        ("ize", "ise"),
        ("ed", ""),
        ("es", "e"),
        ("s", ""),
    ):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            token = token[: len(token) - len(suffix)] + repl
            break
    if token.endswith("e") and len(token) > 4:
        token = token[:-1]
    return token


def tokenize(text: str, *, thesaurus: bool | str = True) -> list[str]:
    """Lowercased, stop-word-free, stemmed tokens, plus one token per thesaurus concept the text mentions.

    ``thesaurus``: True (the default vocabulary), False (none) or a vocabulary name ('general', 'full').
    """
    words = _TOKEN.findall(text.lower().replace("a&e", "ae"))
    out: list[str] = []
    for word in words:
        expanded = EXPANSIONS.get(word)
        for part in expanded.split() if expanded else (word,):
            if part not in STOP_WORDS:
                out.append(stem(part))
    if thesaurus:
        out.extend(concept_tokens(text, DEFAULT_VOCABULARY if thesaurus is True else str(thesaurus)))
    return out


class LexicalCorruptError(DHRError):
    """The saved BM25 state cannot be read; it is rebuilt from the store."""


def _appended(ids: np.ndarray, more: np.ndarray, owner: bool) -> np.ndarray:
    """``ids`` then ``more``, written past the end of ``ids``'s buffer when the updating scorer may append
    (it owns the shared tail: no other scorer writes there) and there is room, else in a new buffer with a
    quarter spare. Older scorers keep their view, whose rows never change; searches' filter masks over the
    old view are extended, not rebuilt (``IdSet.mask``)."""
    n, m = len(ids), len(more)
    buffer = ids.base
    if not (owner and isinstance(buffer, np.ndarray) and buffer.ndim == 1 and buffer.dtype == ids.dtype):
        buffer = None
    elif len(buffer) < n + m or buffer.__array_interface__["data"][0] != ids.__array_interface__["data"][0]:
        buffer = None
    if buffer is None:
        buffer = np.empty(int(1.25 * (n + m)) + 64, dtype=np.int64)
        buffer[:n] = ids
    buffer[n : n + m] = more
    return buffer[: n + m]


class BM25:
    """BM25 scores of a query against a set of documents identified by integer ids (see the module doc)."""

    def __init__(self, k1: float = 1.2, b: float = 0.75, *, thesaurus: bool | str = True) -> None:
        self.k1 = k1
        self.b = b
        self.thesaurus = thesaurus
        self.ids = np.zeros(0, dtype=np.int64)
        #: Shared with later scorers (see :class:`_Tail`): this scorer's are the first ``len(ids)`` keys and
        #: the terms numbered below ``len(_df)``.
        self.keys: list[str] = []
        self.vocab: dict[str, int] = {}
        self._tail = _Tail(self)
        self.row_of: _RowMap = _RowMap()
        self.generation = -1
        self._blocks: list[_Block] = []
        self._alive = np.zeros(0, dtype=bool)
        self._df = np.zeros(0, dtype=np.float64)
        self._n_alive = 0
        self._total_len = 0.0
        self._lengths = np.zeros(0, dtype=np.float32)  # every row's, all blocks
        self._avg = 1.0
        # (block, column) -> (rows, weights), filled by the queries that use the column: a commit changes the
        # average length, so every weight; computing them all per commit cost ~40 ms at 200k records.
        self._columns: dict[tuple[int, int], _Column] = {}

    # ------------------------------------------------------------------------------------------ build
    def fit(
        self,
        ids: Sequence[int],
        texts: Sequence[str],
        *,
        keys: Sequence[str] | None = None,
        token_cache: dict[str, list[str]] | None = None,
    ) -> BM25:
        """Index the texts under their ids (from scratch). With ``keys`` (e.g. text hashes) and a
        ``token_cache`` dict, token lists are reused across fits."""
        self.vocab = {}
        self._tail = _Tail(self)
        block, df = self._block(texts, keys, token_cache)
        self.ids = np.asarray(list(ids), dtype=np.int64)
        self.keys = list(keys) if keys is not None else [""] * len(self.ids)
        self.row_of = _RowMap({int(v): i for i, v in enumerate(self.ids)})
        self._blocks = [block]
        self._alive = np.ones(len(self.ids), dtype=bool)
        self._df = df
        self._n_alive = len(self.ids)
        self._total_len = float(block.lengths.sum())
        self._refresh_norm()
        return self

    def _tokens(self, text: str, key: str | None, cache: dict[str, list[str]] | None) -> list[str]:
        if cache is not None and key is not None:
            tokens = cache.get(key)
            if tokens is None:
                tokens = cache[key] = tokenize(text, thesaurus=self.thesaurus)
            return tokens
        return tokenize(text, thesaurus=self.thesaurus)

    def _block(
        self, texts: Sequence[str], keys: Sequence[str] | None, cache: dict[str, list[str]] | None
    ) -> tuple[_Block, np.ndarray]:
        """Count the texts' tokens (growing ``self.vocab``); returns the block and the document frequencies of
        the whole collection with this block added."""
        rows: list[int] = []
        cols: list[int] = []
        vals: list[int] = []
        lengths = np.zeros(len(texts), dtype=np.float32)
        for row, text in enumerate(texts):
            tokens = self._tokens(text, keys[row] if keys is not None else None, cache)
            lengths[row] = len(tokens)
            counts: dict[int, int] = {}
            for tok in tokens:
                col = self.vocab.setdefault(tok, len(self.vocab))
                counts[col] = counts.get(col, 0) + 1
            rows.extend([row] * len(counts))
            cols.extend(counts.keys())
            vals.extend(counts.values())
        n_terms = len(self.vocab)
        tf = _csc_of(rows, cols, vals, (len(texts), n_terms))
        df = np.zeros(n_terms, dtype=np.float64)
        df[: len(self._df)] = self._df if len(self._df) <= n_terms else self._df[:n_terms]
        df += np.bincount(np.asarray(cols, dtype=np.int64), minlength=n_terms)
        return _Block(tf, lengths), df

    def _refresh_norm(self) -> None:
        self._lengths = (
            np.concatenate([blk.lengths for blk in self._blocks])
            if self._blocks
            else np.zeros(0, dtype=np.float32)
        )
        self._avg = self._total_len / self._n_alive if self._n_alive else 1.0
        self._columns = {}

    @property
    def _norm(self) -> np.ndarray:
        """Every row's length normalisation (for :meth:`_saturate`; searches compute their columns' only)."""
        return _norm_of(self._lengths, self.k1, self.b, self._avg)

    def _saturate(self) -> list[_Csc]:
        """Per block, every posting's length-normalised term weight ``tf (k1 + 1) / (tf + norm)`` at once (the
        reference the per-column weights of :meth:`scores` are tested against; no longer built per commit)."""
        k1p = np.float32(self.k1 + 1)
        out = []
        base = 0
        for block in self._blocks:
            tf = block.tf
            data = tf.data * k1p / (tf.data + self._norm[base + tf.indices])
            out.append(_Csc(data.astype(np.float32), tf.indices, tf.indptr, tf.shape))
            base += block.n
        return out

    def updated(
        self,
        add_ids: Sequence[int],
        add_texts: Sequence[str],
        *,
        add_keys: Sequence[str] | None = None,
        remove_ids: Sequence[int] = (),
        token_cache: dict[str, list[str]] | None = None,
        merge_fraction: float = 0.1,
    ) -> BM25:
        """A new scorer with ``remove_ids`` dropped and the given texts added (copy-on-write: ``self`` is left
        untouched, and the big main block is shared). An id both removed and added is re-worded."""
        new = BM25(self.k1, self.b, thesaurus=self.thesaurus)
        new.generation = self.generation
        new._blocks = list(self._blocks)
        new._alive = self._alive.copy()
        new._df = self._df.copy()
        new._n_alive = self._n_alive
        new._total_len = self._total_len
        new.ids, new.row_of = self.ids, self.row_of.copy()
        new.vocab, new.keys = self._own_tail(new, bool(len(add_ids)))
        lengths = np.concatenate([blk.lengths for blk in self._blocks]) if self._blocks else np.zeros(0)
        dropped = []
        for vec_id in {int(i) for i in remove_ids} | {int(i) for i in add_ids}:
            row = new.row_of.pop(vec_id, None)
            if row is not None and new._alive[row]:
                dropped.append(row)
        if dropped:
            rows = np.asarray(sorted(dropped), dtype=np.int64)
            new._alive[rows] = False
            new._n_alive -= len(rows)
            new._total_len -= float(lengths[rows].sum())
            cols = new._terms_of_rows(rows)
            np.subtract.at(new._df, cols, 1)
        if len(add_ids):
            block, df = new._block(add_texts, add_keys, token_cache)
            base = len(new.ids)
            last = new._blocks[-1] if len(new._blocks) > 1 else None
            if last is not None and last.n + block.n <= SIDE_BLOCK_ROWS:
                # Into the last side block (a new object: ``self`` keeps its own): a block per commit made
                # every search loop over one more block per term, +11 ms per search after 300 commits.
                new._blocks[-1] = _merged(last, block, len(df))
            else:
                new._blocks.append(block)
            new._df = df
            new.ids = _appended(new.ids, np.asarray(list(add_ids), dtype=np.int64), new._tail is self._tail)
            new.keys.extend(add_keys if add_keys is not None else [""] * len(add_ids))  # ours (_own_tail)
            new.row_of.update({int(v): base + i for i, v in enumerate(add_ids)})
            new._alive = np.concatenate([new._alive, np.ones(len(add_ids), dtype=bool)])
            new._n_alive += len(add_ids)
            new._total_len += float(block.lengths.sum())
        new._refresh_norm()
        main = new._blocks[0].n if new._blocks else 0
        dead = int((~new._alive).sum())
        if len(new._blocks) > 1 and (sum(b.n for b in new._blocks[1:]) + dead) > merge_fraction * max(
            main, 1000
        ):
            new._compact()
        new._warm(self)
        return new

    def _own_tail(self, new: BM25, adding: bool) -> tuple[dict[str, int], list[str]]:
        """The vocabulary and keys ``new`` starts from: this scorer's shared ones, passed on to ``new`` (which
        may then append) when it adds texts and this scorer owns them and has seen every entry; otherwise
        copies of this scorer's prefix (an older scorer updated again must not append after a newer one)."""
        n_terms, n_keys = len(self._df), len(self.ids)
        if not adding:
            new._tail = self._tail  # reads only: the owner stays the owner
            return self.vocab, self.keys
        if self._tail.owner is self and len(self.vocab) == n_terms and len(self.keys) == n_keys:
            new._tail = self._tail
            self._tail.owner = new
            return self.vocab, self.keys
        new._tail = _Tail(new)
        vocab = {t: i for t, i in list(self.vocab.items()) if i < n_terms}  # list(): one atomic snapshot
        return vocab, self.keys[:n_keys]

    def _warm(self, previous: BM25) -> None:
        """Weigh, here on the updating thread, the columns the searches used on ``previous`` (for the blocks
        both share), so the first searches on this scorer do not each pay for their terms' weights."""
        same = previous._avg == self._avg and (previous.k1, previous.b) == (self.k1, self.b)
        for (index, j), column in list(previous._columns.items()):
            if index < len(self._blocks) and index < len(previous._blocks):
                block = self._blocks[index]
                if block is previous._blocks[index] and j < block.tf.shape[1]:
                    self._columns[(index, j)] = (
                        column
                        if same
                        else _reweighed(block.tf, j, column.rows, column.lengths, self.k1, self.b, self._avg)
                    )

    def _terms_of_rows(self, rows: np.ndarray) -> np.ndarray:
        """Term columns of the given rows, one entry per (row, term) pair (one pass over each block touched)."""
        out = [np.zeros(0, dtype=np.int64)]
        base = 0
        for block in self._blocks:
            local = rows[(rows >= base) & (rows < base + block.n)] - base
            if len(local) and block.tf.shape[1]:
                out.append(block.columns_of(local))
            base += block.n
        return np.concatenate(out)

    def _compact(self) -> None:
        """Fold every block into one main block and drop removed rows."""
        from scipy import sparse

        n_terms = len(self._df)
        mats = []
        for block in self._blocks:
            tf = _scipy_csc(block.tf).tocsr()
            if tf.shape[1] < n_terms:
                tf = sparse.csr_matrix((tf.data, tf.indices, tf.indptr), shape=(tf.shape[0], n_terms))
            mats.append(tf)
        tf = sparse.vstack(mats, format="csr")[self._alive].tocsc()
        lengths = np.concatenate([blk.lengths for blk in self._blocks])[self._alive]
        keys = self.keys[: len(self.ids)]  # the shared list may hold a newer scorer's keys after ours
        self.ids = self.ids[self._alive]
        # a list of our own now; the vocabulary stays shared, and ``_tail`` says whether we may add to it
        self.keys = [k for k, a in zip(keys, self._alive, strict=True) if a]
        self.row_of = _RowMap({int(v): i for i, v in enumerate(self.ids)})
        self._blocks = [_Block(tf, lengths)]
        self._alive = np.ones(len(self.ids), dtype=bool)
        self._refresh_norm()

    @property
    def blocks(self) -> int:
        return len(self._blocks)

    # ------------------------------------------------------------------------------------------ query
    def __len__(self) -> int:
        return self._n_alive

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of the query for every row (aligned with ``ids``; removed rows score 0)."""
        n = len(self.ids)
        if not n:
            return np.zeros(0, dtype=np.float32)
        vocab, n_terms = self.vocab, len(self._df)  # terms numbered n_terms and up are a newer scorer's
        cols = sorted(
            {j for t in tokenize(query, thesaurus=self.thesaurus) if (j := vocab.get(t, n_terms)) < n_terms}
        )
        out = np.zeros(n, dtype=np.float32)
        if not cols:
            return out
        n_alive = max(self._n_alive, 0)
        df = self._df[cols]
        idf = np.log(1.0 + (n_alive - df + 0.5) / (df + 0.5)).astype(np.float32)
        lengths, cache = (
            self._lengths,
            self._columns,
        )  # this scorer's, even if another thread reads concurrently
        base = 0
        for index, block in enumerate(self._blocks):
            tf = block.tf
            part = out[base : base + block.n]
            # Summed as scipy's csc_matvec sums it (column by column, in column order), so the scores are
            # the same to the bit as the precomputed product they replace.
            for j, weight in zip(cols, idf, strict=True):
                if j >= tf.shape[1]:  # a block built before the term entered the vocabulary
                    continue
                hit = cache.get((index, j))
                if hit is None:
                    hit = cache[(index, j)] = _saturated_column(
                        tf, j, lengths, base, self.k1, self.b, self._avg
                    )
                part[hit[0]] += hit[1] * weight
            base += block.n
        if self._n_alive != n:
            out[~self._alive] = 0.0
        return out

    # ------------------------------------------------------------------------------------ persistence
    def save(self, path: Path, *, meta: dict[str, Any] | None = None) -> None:
        """Write the state atomically (temporary file, fsync, ``os.replace``)."""
        with atomic_file(Path(path)) as handle:
            self.write(handle, meta=meta)

    def write(self, handle: BinaryIO, *, meta: dict[str, Any] | None = None) -> None:
        """Write the saved form (an ``.npz``) of a compacted copy, so a scorer that readers share is never
        changed (and needs no lock)."""
        if len(self._blocks) > 1 or self._n_alive != len(self.ids):
            copy = self.updated([], [])
            copy._compact()
            copy.write(handle, meta=meta)
            return
        tf = self._blocks[0].tf if self._blocks else None
        info = {
            "format": FORMAT_VERSION,
            "k1": self.k1,
            "b": self.b,
            "thesaurus": self.thesaurus,
            "generation": self.generation,
            "n_terms": len(self._df),
            **(meta or {}),
        }
        terms = [""] * len(self._df)
        for term, j in list(self.vocab.items()):  # list(): one atomic snapshot of a dict others may grow
            if j < len(terms):
                terms[j] = term
        np.savez(
            handle,
            ids=self.ids,
            keys=np.asarray(self.keys[: len(self.ids)], dtype="U64"),
            terms=np.frombuffer("\n".join(terms).encode(), dtype=np.uint8),
            data=tf.data if tf is not None else np.zeros(0, np.float32),
            indices=tf.indices if tf is not None else np.zeros(0, np.int32),
            indptr=tf.indptr if tf is not None else np.zeros(1, np.int32),
            lengths=self._blocks[0].lengths if self._blocks else np.zeros(0, np.float32),
            df=self._df,
            meta=np.frombuffer(json.dumps(info).encode(), dtype=np.uint8),
        )

    @classmethod
    def load(cls, path: Path) -> tuple[BM25, dict[str, Any]]:
        """Read a saved state; returns the scorer and its metadata. Damage raises :class:`LexicalCorruptError`."""
        try:
            with np.load(Path(path), allow_pickle=False) as data:
                info = json.loads(bytes(data["meta"]).decode())
                if info.get("format") != FORMAT_VERSION:
                    raise LexicalCorruptError(f"lexical index {path} has an unknown format")
                blob = bytes(data["terms"]).decode()
                terms = blob.split("\n") if blob else []
                ids = data["ids"].astype(np.int64)
                lengths = data["lengths"].astype(np.float32)
                tf = _csc_checked(data["data"], data["indices"], data["indptr"], (len(ids), len(terms)))
                bm25 = cls(float(info["k1"]), float(info["b"]), thesaurus=info["thesaurus"])
                bm25.keys = [str(k) for k in data["keys"]]
                bm25._df = data["df"].astype(np.float64)
            if not (len(ids) == len(lengths) == len(bm25.keys)) or len(bm25._df) != len(terms):
                raise LexicalCorruptError(f"lexical index {path} is inconsistent")
            bm25.vocab = {t: i for i, t in enumerate(terms)}  # its own _Tail (made in __init__)
            bm25.ids = ids
            bm25.row_of = _RowMap({int(v): i for i, v in enumerate(ids)})
            bm25.generation = int(info["generation"])
            bm25._blocks = [_Block(tf, lengths)]
            bm25._alive = np.ones(len(ids), dtype=bool)
            bm25._n_alive = len(ids)
            bm25._total_len = float(lengths.sum())
            bm25._refresh_norm()
            return bm25, info
        except LexicalCorruptError:
            raise
        except Exception as exc:  # noqa: BLE001 - any read failure means a damaged file
            raise LexicalCorruptError(
                f"lexical index {path} cannot be read ({type(exc).__name__}); it will be rebuilt"
            ) from exc
