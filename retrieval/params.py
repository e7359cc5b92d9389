"""What a search may ask: the fusion and re-ranking parameters (:class:`FusionParams`), the modes, and the limits
on a query. Shared by the retrievers, the joiner, the ranker and the :class:`~retrieval.library.Library` facade."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from retrieval.ranking import Fusion

Mode = Literal["hybrid", "dense", "lexical"]
MAX_K = 200
MAX_QUERY_CHARS = 5000


@dataclass(frozen=True)
class FusionParams:
    """How dense and lexical scores are fused (tuned on annotations/retrieval; see evaluation/retrieval.py)."""

    fusion: Fusion = "weighted"
    dense_weight: float = 0.7
    rrf_k: int = 60
    candidates: int = 100
    prf: int = 2
    prf_weight: float = 0.5
    prf_fetch: bool = False
    expand_queries: bool = True
    thesaurus: bool = True
    vocabulary: str = "general"
    k1: float = 1.2
    b: float = 0.75
    #: Query understanding (``retrieval/query_understanding.py``): what a candidate among the first ones gains
    #: when its labels hold an agency the query names (a related agency counts ``related_agency_weight``), a
    #: theme it asks about, or the national level it asks for.
    agency_boost: float = 0.3
    related_agency_weight: float = 0.5
    theme_boost: float = 0.3
    level_boost: float = 0.0

    def lexical_key(self) -> tuple[str, float, float]:
        """Which BM25 scorer these parameters need: (vocabulary or 'none', k1, b)."""
        return (self.vocabulary if self.thesaurus else "none", self.k1, self.b)


DEFAULT_FUSION = FusionParams()
