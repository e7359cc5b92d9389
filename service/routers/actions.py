"""Actions: a partner's list of its agency's actions, get one, record implementation updates, history."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from dhr.errors import PermissionDeniedError
from dhr.schema.library import ActionPublic, ImplementationUpdateCreate, ImplementationUpdatePublic
from dhr.schema.service import ActionList, ActionUpdateRequest
from service.access import check_action_visible, check_action_writable
from service.deps import ActionWriters, Readers, State
from service.errors import problem_responses
from service.queries import list_agency_actions

router = APIRouter(prefix="/actions", tags=["actions"], responses=problem_responses(401, 403, 429))

ActionId = Annotated[str, Path(min_length=1, max_length=320)]


def _load(state: State, action_id: str):  # type: ignore[no-untyped-def]
    action = state.library.store.get_action(action_id)
    rec = state.library.store.get_recommendation(action.recommendation_id)
    return action, rec


@router.get("", response_model=ActionList, summary="Actions assigned to an agency")
def list_actions(
    state: State,
    principal: Readers,
    agency: Annotated[
        str | None, Query(max_length=100, description="Agency id (partner keys: their own).")
    ] = None,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> ActionList:
    """The 'My agency' list: every action assigned to the agency, across CSPs. Partner keys see their own
    agency's; CSP keys their own CSP's; the DAC any agency's."""
    if principal.role == "partner":
        if agency is not None and agency != principal.agency:
            raise PermissionDeniedError(
                f"a key of agency '{principal.agency}' cannot list actions of '{agency}'"
            )
        agency = principal.agency
    own_csp = principal.csp if principal.role == "csp" else None
    return list_agency_actions(
        state.library.store, principal, agency=agency, csp=own_csp, offset=offset, limit=limit
    )


@router.get("/{action_id}", response_model=ActionPublic, responses=problem_responses(404))
def get_action(action_id: ActionId, state: State, principal: Readers) -> ActionPublic:
    action, rec = _load(state, action_id)
    check_action_visible(principal, action, rec)
    return action


@router.patch(
    "/{action_id}",
    response_model=ImplementationUpdatePublic,
    status_code=status.HTTP_200_OK,
    responses=problem_responses(404, 422),
    summary="Record an implementation update",
)
def update_action(
    action_id: ActionId, body: ActionUpdateRequest, state: State, principal: ActionWriters
) -> ImplementationUpdatePublic:
    """Set status, implementation level, quality and/or evidence; the update is kept in the action's history
    and becomes its current state."""
    action, rec = _load(state, action_id)
    check_action_writable(principal, action, rec)
    update = ImplementationUpdateCreate(
        status=body.status,
        implementation_level=body.implementation_level,
        quality=body.quality,
        evidence=body.evidence,
        date=body.date,
        author=body.author or principal.label,
    )
    with (
        state.write_lock,
        state.audit.recording(  # the entry commits with the update, or neither does
            actor=principal.key_id,
            role=principal.role,
            action="action.update",
            target=f"action:{action_id}",
            details=body.model_dump(mode="json", exclude_none=True),
        ),
    ):
        return state.library.store.add_implementation_update(action_id, update)


@router.get(
    "/{action_id}/history", response_model=list[ImplementationUpdatePublic], responses=problem_responses(404)
)
def action_history(action_id: ActionId, state: State, principal: Readers) -> list[ImplementationUpdatePublic]:
    action, rec = _load(state, action_id)
    check_action_visible(principal, action, rec)
    return state.library.store.list_implementation_updates(action_id)
