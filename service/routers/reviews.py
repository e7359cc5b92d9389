"""Reviews: commit a reviewed draft into the library, list, get, publish, delete."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from dhr.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from dhr.schema.library import ReviewDetail, ReviewPublic, ReviewsPublic
from dhr.schema.service import ReviewCommit, ReviewCommitted, ReviewDeleted, ReviewPatch
from retrieval.routing import route
from service.access import check_review_visible, check_review_writable, review_list_scope, same_csp
from service.deps import CspOrDac, State
from service.errors import problem_responses
from service.ingest import review_write

router = APIRouter(prefix="/reviews", tags=["reviews"], responses=problem_responses(401, 403, 429))

ReviewId = Annotated[str, Path(min_length=1, max_length=64)]


@router.post(
    "",
    response_model=ReviewCommitted,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(409, 422),
    summary="Commit a reviewed draft into the library",
)
def commit_review(body: ReviewCommit, state: State, principal: CspOrDac) -> ReviewCommitted:
    """Store the draft (the ``/v1/extract`` output as returned, or ``{"draft": ...}`` with options; checked by a
    person). A CSP key stores it for its own CSP, and says so in ``warnings`` when the draft names another.
    Committing the same document again updates the review in place. The id is derived here: from the hash of
    the upload this service read for the caller's CSP, else from the CSP and the draft's claimed hash (kept only
    as information)."""
    csp = body.csp or body.draft.review.csp
    warnings: list[str] = []
    if principal.role == "csp":
        if body.csp and not same_csp(body.csp, principal.csp):
            raise PermissionDeniedError(f"a key of {principal.csp!r} cannot commit a review for {body.csp!r}")
        drafted = body.draft.review.csp
        if not body.csp and drafted and not same_csp(drafted, principal.csp):
            # The key decides whose review it is; the committer is told, not silently overruled.
            warnings.append(
                f"the draft names the CSP {drafted!r}; the review is stored for this key's CSP "
                f"{principal.csp!r} (check that this is your report)"
            )
        csp = principal.csp
    if not csp:
        raise ValidationError(
            "the draft names no CSP: give 'csp' (the commissioning Community Safety Partnership)"
        )
    sha = body.draft.source.sha256
    # The client's hash decides nothing unless the server read that document for this caller (finding 6).
    verified = state.uploads.extracted_for(sha, principal)
    write = review_write(body, csp, verified=verified)
    try:
        existing = state.library.store.get_review(write.id)
    except NotFoundError:
        existing = None
    if existing is not None:
        check_review_writable(principal, existing)
        if verified and existing.source_sha256 and existing.source_sha256 != sha:
            raise ConflictError(f"review id {write.id!r} is taken by another document; re-extract the report")
    other = state.library.store.has_source(sha) if verified else None
    if other is not None and other != write.id:
        raise ConflictError(f"this document is already in the library as review {other!r}")
    with state.write_lock:
        # What the write will add and update, read before it (under the write lock, so nothing changes in
        # between): the audit entry is written in the write's own transaction (finding 9), before its outcome.
        stored = state.library.store.content_shas([r.id for r in write.recommendations])
        with (
            state.library.review_write(write.id),  # chairs' cached filters follow this review
            state.audit.recording(
                actor=principal.key_id,
                role=principal.role,
                action="review.create" if existing is None else "review.update",
                target=f"review:{write.id}",
                details={
                    "csp": csp,
                    "published": body.published,
                    "recommendations_added": sum(r.id not in stored for r in write.recommendations),
                    "recommendations_updated": sum(
                        r.id in stored and stored[r.id] != r.content_sha for r in write.recommendations
                    ),
                    "source_sha256": sha,  # as the client gave it: information unless verified
                    "source_verified": verified,
                    "draft_csp": body.draft.review.csp,  # differs from 'csp' when a CSP key overruled it
                },
            ),
        ):
            state.library.store.write_review(write)
        state.timelines.replace(write.id, body.draft.timeline)
        route(state.library.store, [r.id for r in write.recommendations])  # national ones -> departments
    state.make_searchable()
    review = state.library.store.get_review(write.id)
    return ReviewCommitted(**review.model_dump(), warnings=warnings)


@router.get("", response_model=ReviewsPublic, summary="List reviews")
def list_reviews(
    state: State,
    principal: CspOrDac,
    csp: Annotated[str | None, Query(max_length=200, description="Only this CSP's reviews.")] = None,
    published: Annotated[bool | None, Query(description="Only published (true) or drafts (false).")] = None,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> ReviewsPublic:
    """DAC keys list everything. A CSP key lists its own reviews by default, and published reviews of any CSP
    with ``published=true``; another CSP's drafts are never listed."""
    csp, published = review_list_scope(principal, csp, published)  # the one visibility rule
    return state.library.store.list_reviews(csp=csp, published=published, offset=offset, limit=limit)


@router.get("/{review_id}", response_model=ReviewDetail, responses=problem_responses(404))
def get_review(review_id: ReviewId, state: State, principal: CspOrDac) -> ReviewDetail:
    review = state.library.store.get_review(review_id)
    check_review_visible(principal, review)
    return review


@router.patch("/{review_id}", response_model=ReviewPublic, responses=problem_responses(404, 422))
def patch_review(review_id: ReviewId, body: ReviewPatch, state: State, principal: CspOrDac) -> ReviewPublic:
    """Publish (or unpublish) a review: published reviews are visible to every CSP and to chairs' searches."""
    check_review_writable(principal, state.library.store.get_review(review_id))
    with (
        state.write_lock,
        state.library.review_write(review_id),
        state.audit.recording(  # the entry commits with the change, or neither does (finding 9)
            actor=principal.key_id,
            role=principal.role,
            action="review.publish" if body.published else "review.unpublish",
            target=f"review:{review_id}",
        ),
    ):
        return state.library.store.set_published(review_id, body.published)


@router.delete("/{review_id}", response_model=ReviewDeleted, responses=problem_responses(404))
def delete_review(review_id: ReviewId, state: State, principal: CspOrDac) -> ReviewDeleted:
    """Delete a review with its recommendations, actions and their history."""
    review = state.library.store.get_review(review_id)
    check_review_writable(principal, review)
    with state.write_lock:
        with (
            state.library.review_write(review_id),
            state.audit.recording(  # the entry commits with the deletion, or neither does (finding 9)
                actor=principal.key_id,
                role=principal.role,
                action="review.delete",
                target=f"review:{review_id}",
                details={"recommendations_deleted": len(review.recommendations)},
            ),
        ):
            n = state.library.store.delete_review(review_id)
        state.timelines.delete(review_id)
    state.make_searchable()
    return ReviewDeleted(id=review_id, recommendations_deleted=n)
