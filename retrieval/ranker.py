"""The ranker: the final order of the joined candidates.

Two steps, each optional: label-aware re-ranking (results addressed to an agency the query names, or labelled
with the theme or level it asks about, move up: ``retrieval/query_understanding.py``), then diversity (at most
``per_area_cap`` results from one CSP while results from other areas remain). The labels and areas come from
the store through ``meta_of`` (one light query for the first candidates only).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from dhr.schema.library import RecommendationPublic, SearchHit
from retrieval.params import FusionParams, Mode
from retrieval.query_understanding import label_boost, understand
from retrieval.repository_search import PoolInfo

#: ``meta_of(vec_ids, agencies=True)``: area and labels of candidates (``repository_search.pool_meta``).
MetaOf = Callable[..., dict[int, PoolInfo]]
Ranked = list[tuple[int, float]]


def pool_size(k: int) -> int:
    """How many of the first candidates the ranker reorders for ``k`` results."""
    return max(k * 5, 50)


class Ranker:
    """Orders joined candidates; ``meta_of`` reads the candidates' areas and labels."""

    def __init__(self, meta_of: MetaOf) -> None:
        self.meta_of = meta_of

    def rank(
        self,
        query: str,
        fused: dict[int, float],
        k: int,
        mode: Mode,
        params: FusionParams,
        meta_of: MetaOf | None = None,
    ) -> tuple[Ranked, dict[int, PoolInfo] | None]:
        """Best first (ties by id), label boosts applied in hybrid mode when the query asks for an agency, theme
        or level; with the candidates' meta when it was read (for :meth:`diversify` to reuse). ``meta_of``:
        this search's reader instead of the ranker's own (the library's row cache at the search's generation)."""
        ranked = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))
        if not (
            mode == "hybrid" and ranked and (params.agency_boost or params.theme_boost or params.level_boost)
        ):
            return ranked, None
        intent = understand(query)
        if not intent:
            return ranked, None
        # Label-aware fusion: results addressed to an agency the query names, or labelled with the theme or
        # level it asks about, move up (retrieval/query_understanding.py).
        pool = ranked[: pool_size(k)]
        meta = (meta_of or self.meta_of)([i for i, _ in pool])

        def boosted(vec_id: int, score: float) -> float:
            info = meta.get(vec_id)
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

        return sorted(((i, boosted(i, s)) for i, s in pool), key=lambda kv: (-kv[1], kv[0])), meta

    def diversify(
        self,
        ranked: Ranked,
        k: int,
        per_area_cap: int | None,
        meta: dict[int, PoolInfo] | None = None,
        meta_of: MetaOf | None = None,
    ) -> Ranked:
        """The first ``k`` with at most ``per_area_cap`` from one area while others remain (None or 0: off).
        Candidates no longer in the store (deleted since the index snapshot) are dropped."""
        if not per_area_cap:
            return ranked[:k]
        pool = ranked[: pool_size(k)]
        missing = [i for i, _ in pool if meta is None or i not in meta]
        if meta is None or missing:
            meta = {**(meta or {}), **(meta_of or self.meta_of)(missing, agencies=False)}
        chosen: Ranked = []
        per_area: dict[str | None, int] = defaultdict(int)
        held: Ranked = []
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
        return chosen


def search_hit(
    rec: RecommendationPublic, score: float, dense: float | None, lexical: float | None
) -> SearchHit:
    """One result as the API returns it: the record, its final score and its two retrievers' scores."""
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
