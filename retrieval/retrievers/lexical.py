"""The lexical retriever: :class:`~retrieval.lexical.BM25` scorers over the recommendations' texts (one per
vocabulary and k1/b; the library's default one saved beside the store), brought up to date copy-on-write after
each write; it scores a query against every text once and keeps the best candidates."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import numpy as np

from retrieval.derived import DerivedFile, StoreRows
from retrieval.index import IdSet, as_id_set
from retrieval.lexical import BM25, LexicalCorruptError
from retrieval.ranking import top_positive

log = logging.getLogger(__name__)

#: (vocabulary or 'none', k1, b): which BM25 scorer (``FusionParams.lexical_key``).
LexicalKey = tuple[str, float, float]


@dataclass(frozen=True, eq=False)  # holds an array: compared by identity
class LexicalHits:
    """A query's BM25 candidates, and its score for every row (filtered rows zeroed) for the joiner to look up."""

    top: dict[int, float] = field(default_factory=dict)
    scores: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    row_of: Mapping[int, int] = field(default_factory=dict)  # BM25's copy-on-write id -> row map

    def score_of(self, vec_id: int) -> float:
        row = self.row_of.get(vec_id)
        return 0.0 if row is None else float(self.scores[row])


class LexicalRetriever:
    """Builds, syncs and persists BM25 scorers (the scorers themselves live in the library's snapshot), and
    retrieves with them. Only the ``default_key`` scorer is saved; others (evaluation) live in memory."""

    def __init__(self, path: Path, default_key: LexicalKey) -> None:
        self.path = path
        self.default_key = default_key
        #: Tokens of each text (by text hash) per vocabulary, so a re-sync tokenizes only new texts.
        self._tokens: dict[str, dict[str, list[str]]] = {}
        self._file = DerivedFile(path, "lexical index")

    def close(self) -> None:
        self._file.close()

    @staticmethod
    def retrieve(bm25: BM25, query: str, n: int, allowed: IdSet | None, blocked: IdSet) -> LexicalHits:
        """The ``n`` best-scoring recommendations with a positive score among ``allowed`` (None: all), none of
        ``blocked``. BM25 scores the query once; the joiner and feedback look rows up in those scores."""
        scores = bm25.scores(query)
        if not len(scores):
            return LexicalHits()
        # Multiplied by the masks (scores are >= 0, so the same zeros): assigning through ``~mask`` built the
        # inverse and its indices, 0.3-1.2 ms at 200k for every filtered search (a chair's always are).
        if allowed is not None:
            np.multiply(scores, as_id_set(allowed).mask(bm25.ids), out=scores)
        if blocked:
            np.multiply(scores, ~blocked.mask(bm25.ids), out=scores)
        ids = bm25.ids
        top = {int(ids[i]): float(scores[i]) for i in top_positive(scores, n)}
        return LexicalHits(top, scores, bm25.row_of)

    def load(self, key: LexicalKey) -> BM25 | None:
        """The saved default BM25 state, if it exists, is readable and was built with the same settings."""
        if key != self.default_key or not self.path.exists():
            return None
        try:
            bm25, info = BM25.load(self.path)
        except LexicalCorruptError as exc:
            log.warning("%s", exc)
            return None
        if info.get("key") != list(key):
            log.info("saved lexical index has other settings (%s); rebuilding", info.get("key"))
            return None
        self._file.mark_fresh()
        return bm25

    def sync(self, key: LexicalKey, bm25: BM25 | None, generation: int, rows: StoreRows) -> BM25:
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
        if compacted and key == self.default_key:
            self.save(bm25, key)
        return bm25

    def save(self, bm25: BM25, key: LexicalKey) -> None:
        """Persist the default BM25 (never changed after publication, so no lock): now when small, else off the
        request path."""

        def payload(handle: BinaryIO) -> None:
            bm25.write(handle, meta={"key": list(key)})

        self._file.save(payload, len(bm25))
