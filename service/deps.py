"""FastAPI dependencies as ``Annotated`` aliases: the state, the caller and role checks.

Routes write ``principal: Caller`` or ``principal: DacOnly``; authentication, rate limiting and the role check
happen here, never in the route body.

They are ``async def`` although none awaits: FastAPI runs a plain ``def`` dependency on its thread pool, and
the hand-over there and back cost more than the work itself (a key lookup by primary key, a token bucket).
Under 8 searching clients the thread hops of three such dependencies took a sixth of the server's time.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from dhr.errors import PermissionDeniedError
from dhr.schema.service import Role
from service.errors import RateLimitedError, ServiceUnavailableError, UnauthenticatedError
from service.keys import Principal
from service.state import ServiceState

_bearer = HTTPBearer(auto_error=False, description="API key: 'Authorization: Bearer dhr_<id>_<secret>'.")


async def get_state(request: Request) -> ServiceState:
    state = getattr(request.app.state, "service", None)
    if state is None:
        raise ServiceUnavailableError("the service is starting: the library is not open yet")
    return state


State = Annotated[ServiceState, Depends(get_state)]


#: The failed-authentication bucket of all client addresses together.
_ALL_ADDRESSES = "*"


def auth_throttle_wait(state: ServiceState, address: str) -> float:
    """Seconds before a request from ``address`` may present a key again (0.0: now)."""
    return max(state.auth_failures.wait(address), state.auth_failures_all.wait(_ALL_ADDRESSES))


async def get_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The caller of a valid key, after its rate limit; 401 without one, 429 over the limit.

    Failed authentications are counted per client address and in all; an address (or everyone, under a
    spray from many addresses) over its failure budget gets 429 before its key is looked up, so guessing keys
    is slow and costs the key store nothing.

    The state is fetched here rather than declared as a dependency: each dependency FastAPI solves costs tens of
    microseconds a request (``evaluation/PROFILE.md``).
    """
    state = await get_state(request)
    address = request.client.host if request.client else "unknown"
    wait = auth_throttle_wait(state, address)
    if wait > 0:
        raise RateLimitedError(
            "too many failed authentication attempts (bad or missing API keys); retry later",
            retry_after_s=state.limiter.retry_after(wait),
        )
    try:
        principal = _authenticate(state, credentials)
    except UnauthenticatedError:
        state.auth_failures.take(address)
        state.auth_failures_all.take(_ALL_ADDRESSES)
        raise
    wait = state.limiter.take(principal.key_id)
    if wait > 0:
        raise RateLimitedError(
            f"rate limit of {state.settings.api_rate_per_s:g} requests/s for key {principal.key_id} exceeded",
            retry_after_s=state.limiter.retry_after(wait),
        )
    return principal


Caller = Annotated[Principal, Depends(get_principal)]


def _authenticate(state: ServiceState, credentials: HTTPAuthorizationCredentials | None) -> Principal:
    if credentials is None or not credentials.credentials:
        raise UnauthenticatedError("missing API key: send 'Authorization: Bearer <key>'")
    if credentials.scheme.lower() != "bearer":
        raise UnauthenticatedError(f"unsupported authorization scheme {credentials.scheme!r}; use 'Bearer'")
    principal = state.keys.authenticate(credentials.credentials)
    if principal is None:
        raise UnauthenticatedError("invalid or revoked API key")
    return principal


def require(*roles: Role) -> Callable[[Principal], Awaitable[Principal]]:
    """The check that lets only ``roles`` through (403 naming the caller's role and the allowed ones); the web
    pages call it with a session's principal."""
    allowed = ", ".join(roles)

    async def check(principal: Principal) -> Principal:
        if principal.role not in roles:
            raise PermissionDeniedError(f"role '{principal.role}' may not do this; allowed: {allowed}")
        return principal

    return check


def _caller_with_role(*roles: Role) -> Callable[..., Awaitable[Principal]]:
    """A dependency: the caller (:func:`get_principal`), then :func:`require` ``roles``. One dependency, not
    one over :data:`Caller`, for the same reason as in :func:`get_principal`."""
    check = require(*roles)

    async def caller_with_role(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> Principal:
        return await check(await get_principal(request, credentials))

    return caller_with_role


#: The roles each group of routes lets through: the API's dependencies below and the web app's pages
#: (``service.web``) check these same tuples, so a page never shows what the API would refuse.
ROLE_GROUPS: dict[str, tuple[Role, ...]] = {
    "admin": ("admin",),
    "dac": ("dac",),
    "csp_or_dac": ("csp", "dac"),
    "readers": ("csp", "partner", "dac"),
    "action_writers": ("csp", "partner", "dac"),
    "searchers": ("csp", "chair", "dac"),
}

AdminOnly = Annotated[Principal, Depends(_caller_with_role(*ROLE_GROUPS["admin"]))]
DacOnly = Annotated[Principal, Depends(_caller_with_role(*ROLE_GROUPS["dac"]))]
CspOrDac = Annotated[Principal, Depends(_caller_with_role(*ROLE_GROUPS["csp_or_dac"]))]
Readers = Annotated[Principal, Depends(_caller_with_role(*ROLE_GROUPS["readers"]))]
ActionWriters = Annotated[Principal, Depends(_caller_with_role(*ROLE_GROUPS["action_writers"]))]
Searchers = Annotated[Principal, Depends(_caller_with_role(*ROLE_GROUPS["searchers"]))]
