"""Read queries of the service that apply its access rules to what the store returns (no SQL here: the
statements are the store's, :meth:`retrieval.store.LibraryStore.agency_action_rows`)."""

from __future__ import annotations

from dhr.schema.service import ActionList
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
    by id; full models are built for the requested page only."""
    ids = [
        action_id
        for action_id, review_csp, owner_csp, published in store.agency_action_rows(agency, csp)
        if may_see(principal, published=published, csp=review_csp, owner_csp=owner_csp)
    ]
    page = [store.get_action(i) for i in ids[offset : offset + limit]]
    return ActionList(data=page, count=len(ids))
