"""The store reads a search needs beyond :class:`~retrieval.store.LibraryStore`'s own: text hashes and texts by
vector id (for syncing the derived indexes) and the area and labels of candidate results (for ranking). Every
statement on the tables that search runs is here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import bindparam, select

from retrieval import tables as t
from retrieval.store import LibraryStore

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
#: Ids per ``IN (...)`` when reading texts.
_CHUNK = 500


class PoolInfo(NamedTuple):
    """A search candidate's area (lowercased) and labels, as the ranking reads them."""

    area: str
    agencies: frozenset[str] = _NO_AGENCIES
    themes: tuple[str, ...] = ()
    level: str | None = None


def pool_meta(store: LibraryStore, vec_ids: Sequence[int], *, agencies: bool = True) -> dict[int, PoolInfo]:
    """Area (lowercased) and, with ``agencies``, the labels (agencies, themes, level) of candidate results:
    one light query, no actions or review objects (the full records are fetched only for the k results
    returned)."""
    if not vec_ids:
        return {}
    ids = {"ids": [int(v) for v in vec_ids]}
    with store.engine.connect() as conn:
        if not agencies:
            return {int(v): PoolInfo((csp or "").lower()) for v, csp in conn.execute(_POOL_AREAS, ids)}
        rows = conn.execute(_POOL_META, ids).all()
    return {
        int(v): PoolInfo((csp or "").lower(), frozenset(named or ()), tuple(themes or ()), level)
        for v, csp, named, themes, level in rows
    }


def text_shas(store: LibraryStore) -> dict[int, str]:
    """Every recommendation's text hash by vector id (light: no texts)."""
    with store.engine.connect() as conn:
        query = select(t.Recommendation.vec_id, t.Recommendation.text_sha)
        return {int(v): sha for v, sha in conn.execute(query)}


def texts_of(store: LibraryStore, vec_ids: Sequence[int]) -> dict[int, str]:
    """The texts of these vector ids (ids no longer in the store are left out)."""
    out: dict[int, str] = {}
    ids = [int(v) for v in vec_ids]
    with store.engine.connect() as conn:
        for start in range(0, len(ids), _CHUNK):
            query = select(t.Recommendation.vec_id, t.Recommendation.text).where(
                t.Recommendation.vec_id.in_(ids[start : start + _CHUNK])
            )
            out.update({int(v): text for v, text in conn.execute(query)})
    return out
