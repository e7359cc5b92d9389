"""Recommendations: get one (with its actions), correct its text or labels, list corrections."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, status

from dhr.schema.library import CorrectionCreate, CorrectionPublic, RecommendationPublic
from service.access import filter_recommendation, same_csp
from service.corrections import record_correction
from service.deps import CspOrDac, Readers, State
from service.errors import problem_responses

router = APIRouter(
    prefix="/recommendations", tags=["recommendations"], responses=problem_responses(401, 403, 404, 429)
)

RecId = Annotated[str, Path(min_length=1, max_length=300)]


@router.get("/{recommendation_id}", response_model=RecommendationPublic)
def get_recommendation(recommendation_id: RecId, state: State, principal: Readers) -> RecommendationPublic:
    """A partner key sees only the actions assigned to its agency."""
    return filter_recommendation(principal, state.library.store.get_recommendation(recommendation_id))


@router.post(
    "/{recommendation_id}/corrections",
    response_model=CorrectionPublic,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(422),
    summary="Correct a recommendation's text or labels",
)
def correct(
    recommendation_id: RecId, body: CorrectionCreate, state: State, principal: CspOrDac
) -> CorrectionPublic:
    """Apply the correction in the library (the old value is kept) and add it to the classification
    annotations, so the next training run learns from it."""
    rec = filter_recommendation(principal, state.library.store.get_recommendation(recommendation_id))
    if principal.role == "csp" and not same_csp(principal.csp, rec.csp):
        from dhr.errors import PermissionDeniedError

        raise PermissionDeniedError(f"recommendation {recommendation_id!r} belongs to another CSP")
    with state.write_lock:
        with state.audit.recording(  # the entry commits with the correction, or neither does
            actor=principal.key_id,
            role=principal.role,
            action="recommendation.correct",
            target=f"recommendation:{recommendation_id}",
            details={"field": body.field, "new_value": body.value, "author": body.author},
        ):
            result = state.library.store.add_correction(recommendation_id, body)
        record_correction(rec, body, state.corrections_path)
        if body.field in ("level", "text"):  # a national recommendation's department may change with it
            from retrieval.routing import route

            route(state.library.store, [recommendation_id])
    if body.field == "text":
        state.make_searchable()
    return result


@router.get("/{recommendation_id}/corrections", response_model=list[CorrectionPublic])
def list_corrections(recommendation_id: RecId, state: State, principal: CspOrDac) -> list[CorrectionPublic]:
    filter_recommendation(principal, state.library.store.get_recommendation(recommendation_id))
    return state.library.store.list_corrections(recommendation_id)
