"""Who may see and change what: the role rules in one place.

- ``dac``: everything.
- ``csp``: its own CSP's reviews (published or not) and everything published; writes only its own.
- ``partner``: published actions assigned to its agency (an action's own agencies, else its recommendation's),
  and the recommendations those actions belong to (showing only its actions); updates only those actions.
- ``chair``: search and similar over published recommendations only.
- ``admin``: API keys only.

One visibility rule, :func:`may_see`, comes first everywhere (lists, reads, history, updates, search,
analytics): an unpublished draft exists only for its CSP and the DAC. To anyone else it does not exist, so
every route answers 404 exactly as for an unknown id, and ids of drafts cannot be probed. Only then do the
role rules apply (403), and their messages name the caller's own role or agency, never whose a record is.
"""

from __future__ import annotations

from typing import Any

from dhr.errors import NotFoundError, PermissionDeniedError
from dhr.schema.library import ActionPublic, RecommendationPublic, ReviewPublic, SearchFilters
from service.keys import Principal


def same_csp(a: str | None, b: str | None) -> bool:
    return bool(a and b) and " ".join(a.lower().split()) == " ".join(b.lower().split())  # type: ignore[union-attr]


def owns(principal: Principal, csp: str | None, owner_csp: str | None = None) -> bool:
    return principal.role == "csp" and (same_csp(principal.csp, csp) or same_csp(principal.csp, owner_csp))


def may_see(principal: Principal, *, published: bool, csp: str | None, owner_csp: str | None = None) -> bool:
    """THE visibility rule: published records are visible (role rules still apply), drafts only to the DAC and
    their own CSP."""
    return principal.role == "dac" or published or owns(principal, csp, owner_csp)


def can_see_review(principal: Principal, review: ReviewPublic) -> bool:
    return principal.role in ("csp", "dac") and may_see(
        principal, published=review.published, csp=review.csp, owner_csp=review.owner_csp
    )


def check_review_visible(principal: Principal, review: ReviewPublic) -> None:
    if not may_see(principal, published=review.published, csp=review.csp, owner_csp=review.owner_csp):
        raise NotFoundError(f"no review with id {review.id!r}")
    if principal.role not in ("csp", "dac"):
        raise PermissionDeniedError(f"role '{principal.role}' may not read reviews")


def check_review_writable(principal: Principal, review: ReviewPublic) -> None:
    check_review_visible(principal, review)
    if principal.role == "dac" or owns(principal, review.csp, review.owner_csp):
        return
    raise PermissionDeniedError(
        f"review {review.id!r} belongs to another CSP; only its CSP or the DAC may change it"
    )


def action_agencies(action: ActionPublic, rec: RecommendationPublic) -> list[str]:
    return list(action.agencies or rec.agencies)


def _rec_owned(principal: Principal, rec: RecommendationPublic) -> bool:
    return owns(principal, rec.csp)


def _check_rec_exists_for(principal: Principal, rec: RecommendationPublic, what: str, record_id: str) -> None:
    """404 (worded as the store's own 'not found') when ``rec`` is a draft the caller may not see."""
    if not may_see(principal, published=rec.published, csp=rec.csp):
        raise NotFoundError(f"no {what} with id {record_id!r}")


def filter_recommendation(principal: Principal, rec: RecommendationPublic) -> RecommendationPublic:
    """The recommendation as the caller may see it, or NotFound/PermissionDenied."""
    _check_rec_exists_for(principal, rec, "recommendation", rec.id)
    if principal.role in ("dac", "csp"):
        return rec
    if principal.role == "partner":
        mine = [a for a in rec.actions if principal.agency in action_agencies(a, rec)]
        if not mine:
            raise PermissionDeniedError(
                f"recommendation {rec.id!r} has no action assigned to agency '{principal.agency}'"
            )
        return rec.model_copy(update={"actions": mine})
    raise PermissionDeniedError(f"role '{principal.role}' may not read recommendations")


def check_action_visible(principal: Principal, action: ActionPublic, rec: RecommendationPublic) -> None:
    _check_rec_exists_for(principal, rec, "action", action.id)
    if principal.role == "partner":
        if principal.agency not in action_agencies(action, rec):
            # Not which agency it is for: that would tell the caller about another agency's work.
            raise PermissionDeniedError(
                f"action {action.id!r} is not assigned to agency '{principal.agency}'"
            )
        return
    if principal.role not in ("dac", "csp"):
        raise PermissionDeniedError(f"role '{principal.role}' may not read actions")


def check_action_writable(principal: Principal, action: ActionPublic, rec: RecommendationPublic) -> None:
    check_action_visible(principal, action, rec)
    if principal.role == "partner" or principal.role == "dac" or _rec_owned(principal, rec):
        return
    raise PermissionDeniedError(f"action {action.id!r} belongs to another CSP's review")


def hit_visible(principal: Principal, published: bool, csp: str | None) -> bool:
    """Whether a search result may be shown to the caller."""
    return may_see(principal, published=published, csp=csp)


def review_list_scope(
    principal: Principal, csp: str | None, published: bool | None
) -> tuple[str | None, bool | None]:
    """:func:`may_see` for a review list's filters (``csp``, ``published``) as the store applies them.

    A CSP key lists its own reviews by default, and published reviews of any CSP; asking for another CSP's
    drafts is refused (403: the request itself is not allowed, whatever exists). The DAC lists anything."""
    if principal.role != "csp":
        return csp, published
    if csp is None and published is None:
        return principal.csp, None
    if csp is not None and same_csp(csp, principal.csp):
        return csp, published
    if published is False:
        raise PermissionDeniedError("a CSP key may list only its own CSP's drafts")
    return csp, True


def search_scopes(principal: Principal, filters: dict[str, Any]) -> list[SearchFilters]:
    """:func:`may_see` as search filters: the searches whose merged hits are what the caller may see.

    The DAC searches everything; a CSP key its own CSP's records (drafts included) and everything published;
    anyone else published records only. ``filters``: the request's own (agency, theme, csp, ...)."""
    csp = filters.get("csp")
    if principal.role == "dac" or (
        principal.role == "csp" and csp is not None and same_csp(csp, principal.csp)
    ):
        return [SearchFilters(**filters)]
    if principal.role == "csp" and csp is None:  # published ones, and the CSP's own drafts
        return [
            SearchFilters(**filters, published_only=True),
            SearchFilters(**{**filters, "csp": principal.csp}),
        ]
    return [SearchFilters(**filters, published_only=True)]
