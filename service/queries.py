"""Read queries the store does not offer yet (stopgap: they belong in ``retrieval.store.LibraryStore``).

``list_agency_actions`` replaces a scan of every action (``LibraryStore.all_actions``: ~13 s at 320k actions)
by a column-only query prefiltered in SQL, building full :class:`ActionPublic` models for one page only.
"""

from __future__ import annotations

from sqlalchemy import String, cast, or_, select

from dhr.schema.service import ActionList
from retrieval import tables as t
from retrieval.store import LibraryStore
from service.access import may_see
from service.keys import Principal


def list_agency_actions(
    store: LibraryStore,
    principal: Principal,
    *,
    agency: str | None,
    csp: str | None,
    offset: int,
    limit: int,
) -> ActionList:
    """Actions assigned to ``agency`` (the action's own agencies, else its recommendation's), optionally of one
    CSP's reviews, that ``principal`` may see (:func:`service.access.may_see`: no other CSP's drafts), ordered
    by id."""
    query = (
        select(
            t.Action.id,
            t.Action.agencies,
            t.Recommendation.agencies,
            t.Review.csp,
            t.Review.owner_csp,
            t.Review.published,
        )
        .join(t.Recommendation, t.Recommendation.vec_id == t.Action.vec_id)
        .join(t.Review, t.Review.id == t.Recommendation.review_id)
    )
    if agency is not None:
        needle = f'%"{agency}"%'
        query = query.where(
            or_(
                cast(t.Action.agencies, String).like(needle),
                cast(t.Recommendation.agencies, String).like(needle),
            )
        )
    ids: list[str] = []
    wanted_csp = " ".join(csp.lower().split()) if csp else None
    with store.engine.connect() as conn:
        for action_id, action_agencies, rec_agencies, review_csp, owner_csp, published in conn.execute(query):
            if not may_see(principal, published=bool(published), csp=review_csp, owner_csp=owner_csp):
                continue
            if agency is not None and agency not in (action_agencies or rec_agencies or []):
                continue
            if wanted_csp is not None and " ".join((review_csp or "").lower().split()) != wanted_csp:
                continue
            ids.append(action_id)
    ids.sort()
    page = [store.get_action(i) for i in ids[offset : offset + limit]]
    return ActionList(data=page, count=len(ids))
