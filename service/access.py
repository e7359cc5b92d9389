"""Who may see and change what: the role rules in one place.

- ``dac``: everything.
- ``csp``: its own CSP's reviews (published or not) and everything published; writes only its own.
- ``partner``: actions assigned to its agency (an action's own agencies, else its recommendation's), and the
  recommendations those actions belong to (showing only its actions); updates only those actions.
- ``chair``: search and similar over published recommendations only.
- ``admin``: API keys only.

Unpublished drafts are visible only to their CSP and the DAC: to anyone else they do not exist (404), so ids of
drafts are not disclosed.
"""

from __future__ import annotations

from dhr.errors import NotFoundError, PermissionDeniedError
from dhr.schema.library import ActionPublic, RecommendationPublic, ReviewPublic
from service.keys import Principal


def same_csp(a: str | None, b: str | None) -> bool:
    return bool(a and b) and " ".join(a.lower().split()) == " ".join(b.lower().split())  # type: ignore[union-attr]


def owns(principal: Principal, csp: str | None, owner_csp: str | None = None) -> bool:
    return principal.role == "csp" and (same_csp(principal.csp, csp) or same_csp(principal.csp, owner_csp))


def can_see_review(principal: Principal, review: ReviewPublic) -> bool:
    if principal.role == "dac":
        return True
    if principal.role == "csp":
        return review.published or owns(principal, review.csp, review.owner_csp)
    return False


def check_review_visible(principal: Principal, review: ReviewPublic) -> None:
    if not can_see_review(principal, review):
        if review.published or principal.role in ("partner", "chair", "admin"):
            raise PermissionDeniedError(f"role '{principal.role}' may not read reviews")
        raise NotFoundError(f"no review with id {review.id!r}")


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
    return principal.role == "csp" and same_csp(principal.csp, rec.csp)


def filter_recommendation(principal: Principal, rec: RecommendationPublic) -> RecommendationPublic:
    """The recommendation as the caller may see it, or NotFound/PermissionDenied."""
    if principal.role == "dac" or _rec_owned(principal, rec):
        return rec
    if principal.role == "csp":
        if rec.published:
            return rec
        raise NotFoundError(f"no recommendation with id {rec.id!r}")
    if principal.role == "partner":
        mine = [a for a in rec.actions if principal.agency in action_agencies(a, rec)]
        if not mine:
            raise PermissionDeniedError(
                f"recommendation {rec.id!r} has no action assigned to agency '{principal.agency}'"
            )
        return rec.model_copy(update={"actions": mine})
    raise PermissionDeniedError(f"role '{principal.role}' may not read recommendations")


def check_action_visible(principal: Principal, action: ActionPublic, rec: RecommendationPublic) -> None:
    if principal.role == "partner":
        if principal.agency not in action_agencies(action, rec):
            raise PermissionDeniedError(
                f"action {action.id!r} is not assigned to agency '{principal.agency}' (it is for "
                f"{', '.join(action_agencies(action, rec)) or 'no agency'})"
            )
        return
    filter_recommendation(principal, rec)


def check_action_writable(principal: Principal, action: ActionPublic, rec: RecommendationPublic) -> None:
    check_action_visible(principal, action, rec)
    if principal.role == "partner" or principal.role == "dac" or _rec_owned(principal, rec):
        return
    raise PermissionDeniedError(f"action {action.id!r} belongs to another CSP's review")


def hit_visible(principal: Principal, published: bool, csp: str | None) -> bool:
    """Whether a search result may be shown to the caller."""
    if principal.role == "dac":
        return True
    if principal.role == "csp" and same_csp(principal.csp, csp):
        return True
    return published
