"""API key management (admin only). Every change is written to the audit log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from dhr.schema.service import ApiKeyCreate, ApiKeyCreated, ApiKeyList, ApiKeyPublic
from service.deps import AdminOnly, State
from service.errors import problem_responses
from service.keys import new_key_id

router = APIRouter(prefix="/keys", tags=["keys"], responses=problem_responses(401, 403, 429))

KeyId = Annotated[str, Path(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_-]+$")]


@router.post(
    "", response_model=ApiKeyCreated, status_code=status.HTTP_201_CREATED, responses=problem_responses(422)
)
def create_key(spec: ApiKeyCreate, state: State, principal: AdminOnly) -> ApiKeyCreated:
    """Create a key; the secret is in the response only."""
    key_id = new_key_id()
    with state.audit.recording(  # the entry commits with the key, or neither does (finding 9)
        actor=principal.key_id,
        role=principal.role,
        action="key.create",
        target=f"key:{key_id}",
        details={"role": spec.role, "csp": spec.csp, "agency": spec.agency, "label": spec.label},
    ):
        return state.keys.create(spec, key_id)


@router.get("", response_model=ApiKeyList)
def list_keys(
    state: State, principal: AdminOnly, include_revoked: Annotated[bool, Query()] = False
) -> ApiKeyList:
    keys = state.keys.list(include_revoked=include_revoked)
    return ApiKeyList(data=keys, count=len(keys))


@router.delete("/{key_id}", response_model=ApiKeyPublic, responses=problem_responses(404))
def revoke_key(key_id: KeyId, state: State, principal: AdminOnly) -> ApiKeyPublic:
    """Revoke a key (the row is kept for the record). It stops working at once in the process that revokes it,
    and in every other API process on the same database within ``DHR_API_KEY_CACHE_S`` (1 s by default)."""
    with state.audit.recording(  # the entry commits with the revocation, or neither does (finding 9)
        actor=principal.key_id, role=principal.role, action="key.revoke", target=f"key:{key_id}"
    ):
        return state.keys.revoke(key_id)
