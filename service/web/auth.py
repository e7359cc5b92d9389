"""Sign in with an API key, the session cookie, CSRF tokens, sign out, and the role check of every page.

A page asks for a role group of :data:`service.deps.ROLE_GROUPS` and runs the API's own ``require`` check on
the session's principal: the same roles, the same 403 message. The API's rate limit and its throttle of failed
authentications apply to the pages too.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from dhr.errors import PermissionDeniedError
from service.deps import ROLE_GROUPS, auth_throttle_wait, require
from service.errors import RateLimitedError, ServiceUnavailableError
from service.keys import Principal
from service.state import ServiceState
from service.web.render import WEB_PREFIX, SignInRequired, WebRoute, render
from service.web.sessions import IDLE_S, Session, WebStore

COOKIE = "dhr_session"
PRE_COOKIE = "dhr_signin"  # the sign-in form's CSRF token (double submit: there is no session yet)

router = APIRouter(prefix=WEB_PREFIX, route_class=WebRoute, include_in_schema=False)

#: The journeys, the role group of each (as the API's routes), and the link to it.
NAV: list[tuple[str, str, str]] = [
    ("csp_or_dac", f"{WEB_PREFIX}/upload", "Upload a report"),
    ("searchers", f"{WEB_PREFIX}/search", "Search recommendations"),
    ("searchers", f"{WEB_PREFIX}/drafting", "Check a draft recommendation"),
    ("csp_or_dac", f"{WEB_PREFIX}/analysis", "Analysis"),
]


def allowed(principal: Principal | None, group: str) -> bool:
    return principal is not None and principal.role in ROLE_GROUPS[group]


def nav_for(principal: Principal | None) -> list[tuple[str, str]]:
    return [(href, text) for group, href, text in NAV if allowed(principal, group)]


@dataclass
class WebContext:
    state: ServiceState
    store: WebStore
    session: Session

    @property
    def principal(self) -> Principal:
        return self.session.principal


def service_state(request: Request) -> ServiceState:
    state = getattr(request.app.state, "service", None)
    if state is None:
        raise ServiceUnavailableError("the service is starting: the library is not open yet")
    return state


def web_store(request: Request, state: ServiceState) -> WebStore:
    """The app's session and draft store (made once per service state, in the library's database)."""
    store = getattr(request.app.state, "web_store", None)
    if store is None or store.engine is not state.library.store.engine:
        store = WebStore(state.library.store.engine, state.keys)
        request.app.state.web_store = store
    return store


async def page(request: Request, group: str | None = None) -> WebContext:
    """The signed-in caller of a page, after the API's rate limit and the role check of ``group``."""
    state = service_state(request)
    store = web_store(request, state)
    session = store.get(request.cookies.get(COOKIE))
    if session is None:
        raise SignInRequired
    request.state.web_session = session
    wait = state.limiter.take(session.principal.key_id)
    if wait > 0:
        raise RateLimitedError("too many requests from this key; wait a moment and try again")
    if group is not None:
        await require(*ROLE_GROUPS[group])(session.principal)
    return WebContext(state, store, session)


def check_csrf(ctx: WebContext, token: str | None) -> None:
    if not token or not hmac.compare_digest(token, ctx.session.csrf):
        raise PermissionDeniedError(
            "the form's security token is missing or out of date: go back, reload the page and try again"
        )


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


@router.get("/sign-in", response_class=HTMLResponse)
async def sign_in_page(request: Request, next: str = "") -> Response:
    token = secrets.token_urlsafe(24)
    request.state.pre_csrf = token
    response = render(request, "sign_in.html", title="Sign in", next=_safe_next(next), error=None)
    response.set_cookie(
        PRE_COOKIE,
        token,
        max_age=IDLE_S,
        path=WEB_PREFIX,
        httponly=True,
        samesite="strict",
        secure=_secure(request),
    )
    return response


def _safe_next(target: str) -> str:
    """Only a path of this app (never another site: no open redirect)."""
    if target.startswith(WEB_PREFIX + "/") and not target.startswith("//") and "\\" not in target:
        return target[:500]
    return f"{WEB_PREFIX}/"


@router.post("/sign-in", response_class=HTMLResponse)
async def sign_in(
    request: Request,
    api_key: Annotated[str, Form(max_length=300)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    state = service_state(request)
    pre = request.cookies.get(PRE_COOKIE, "")
    if not pre or not hmac.compare_digest(pre, csrf_token):
        raise PermissionDeniedError("the sign-in form is out of date: reload the page and sign in again")
    address = request.client.host if request.client else "unknown"
    wait = auth_throttle_wait(state, address)
    if wait > 0:
        raise RateLimitedError("too many failed sign-ins; wait a minute and try again")
    principal = state.keys.authenticate(api_key.strip()) if api_key.strip() else None
    if principal is None:
        state.auth_failures.take(address)
        state.auth_failures_all.take("*")
        request.state.pre_csrf = pre
        error = "Enter a valid API key" if api_key.strip() else "Enter your API key"
        return render(
            request, "sign_in.html", status_code=401, title="Sign in", next=_safe_next(next), error=error
        )
    token, session = web_store(request, state).start(principal)
    state.audit.append(actor=principal.key_id, role=principal.role, action="web.sign_in", target="web")
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        COOKIE, token, path=WEB_PREFIX, httponly=True, samesite="strict", secure=_secure(request)
    )
    response.delete_cookie(PRE_COOKIE, path=WEB_PREFIX)
    return response


@router.post("/sign-out")
async def sign_out(request: Request, csrf_token: Annotated[str, Form(max_length=200)] = "") -> Response:
    ctx = await page(request)
    check_csrf(ctx, csrf_token)
    ctx.store.end(request.cookies.get(COOKIE))
    response = RedirectResponse(f"{WEB_PREFIX}/sign-in?signed_out=1", status_code=303)
    response.delete_cookie(COOKIE, path=WEB_PREFIX)
    return response


@router.get("/", response_class=HTMLResponse)
async def home(request: Request) -> Response:
    ctx = await page(request)
    return render(request, "home.html", title="Home", role=ctx.principal.role)
