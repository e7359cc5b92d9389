"""Help for a chair drafting a recommendation: similar recommendations from other areas (one per area), how
each was implemented, and a SMART check of the draft (``dhr similar``, ``POST /search/similar``)."""

from __future__ import annotations

from dhr.schema.library import SearchFilters, SimilarHit, SimilarResult
from drafting.smart import smart_check
from retrieval.library import Library
from retrieval.store import status_summary


def find_similar(
    library: Library,
    draft: str,
    *,
    k: int = 5,
    csp: str | None = None,
    filters: SearchFilters | None = None,
) -> SimilarResult:
    """Similar recommendations from other areas than ``csp``, how they were implemented, and a SMART check of the
    draft. Raises ValidationError as :meth:`Library.search` does (empty or over-long draft, k out of range)."""
    hits = library.search(draft, k=k, filters=filters, exclude_csp=csp, per_area_cap=1)
    similar = [SimilarHit(**h.model_dump(), implementation=status_summary(h.actions)) for h in hits]
    return SimilarResult(draft=" ".join(draft.split()), smart=smart_check(draft), similar=similar)
