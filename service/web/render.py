"""Templates, the labels people read instead of ids, and the error pages of the web app.

Every web route runs through :class:`WebRoute`: an error the API would answer with problem+json (not signed
in, not allowed, not found, a bad file, a busy service) is shown here as a GOV.UK-style page with the same
status code and message, never a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute
from jinja2 import Environment, FileSystemLoader, select_autoescape

from dhr.errors import DHRError
from service.errors import status_for

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
WEB_PREFIX = "/web"
STATIC_URL = f"{WEB_PREFIX}/static"
#: Extraction confidence below which a field is flagged for the officer to check.
LOW_CONFIDENCE = 0.7


class SignInRequired(Exception):  # noqa: N818 - a signal to redirect, not a failure
    """No live session: the page redirects to the sign-in page (and back after)."""


@lru_cache(maxsize=1)
def vocab() -> dict[str, dict[str, str]]:
    """Every pick-list of the oversight form: id -> label, in the form's order."""
    from dhr.taxonomy import pick_lists

    names = (
        "agencies",
        "themes",
        "levels",
        "action_status",
        "implementation_level",
        "quality",
        "timeline_events",
    )
    return {name: pick_lists()[name] for name in names}


def label(kind: str, value: Any) -> str:
    """The form's label of an id (the id itself when the vocabulary does not know it)."""
    if value is None or value == "":
        return ""
    return vocab().get(kind, {}).get(str(value), str(value).replace("_", " "))


def short_label(kind: str, value: Any) -> str:
    """A label without its bracketed gloss ('Policy (policies, procedures, ...)' -> 'Policy')."""
    return label(kind, value).split(" (")[0]


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        label=label,
        short_label=short_label,
        vocab=vocab,
        static=STATIC_URL,
        prefix=WEB_PREFIX,
        low_confidence=LOW_CONFIDENCE,
    )
    env.filters["pct"] = lambda v: f"{float(v) * 100:.0f}%"
    return env


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    from service.web.auth import nav_for

    session = getattr(request.state, "web_session", None)
    principal = session.principal if session else None
    html = (
        environment()
        .get_template(template)
        .render(
            request=request,
            principal=principal,
            csrf_token=session.csrf if session else getattr(request.state, "pre_csrf", ""),
            nav=nav_for(principal),
            path=request.url.path,
            **context,
        )
    )
    return HTMLResponse(html, status_code=status_code, headers=SECURITY_HEADERS)


#: No framing, no sniffing, nothing loaded from anywhere but this server (the CSP also stops any inline
#: script: the pages need none).
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
    "script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}

_TITLES = {
    400: "There is a problem with what you sent",
    401: "Sign in to continue",
    403: "You cannot see this page",
    404: "Page not found",
    409: "This conflicts with what is already stored",
    413: "The file is too large",
    415: "The file type is not supported",
    422: "There is a problem with what you sent",
    429: "Too many requests",
    503: "The service is busy or starting",
    504: "This took too long",
}


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    title = _TITLES.get(status, "Sorry, there is a problem with the service")
    return render(request, "error.html", status_code=status, title=title, message=message, status=status)


class WebRoute(APIRoute):
    """A route whose errors are pages: sign-in redirects, and the API's errors with the API's status codes."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                return await handler(request)
            except SignInRequired:
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                return RedirectResponse(f"{WEB_PREFIX}/sign-in?next={quote(target)}", status_code=303)
            except DHRError as exc:
                status, _ = status_for(exc)
                return error_page(request, status, str(exc))
            except RequestValidationError as exc:
                errors = exc.errors()
                where = ".".join(str(p) for p in errors[0].get("loc", ())[1:]) if errors else ""
                msg = errors[0].get("msg", "invalid value") if errors else "invalid value"
                return error_page(request, 400, f"{where}: {msg}" if where else str(msg))
            except Exception:  # a page never shows a traceback; the log has it
                log.exception("web page %s failed", request.url.path)
                return error_page(request, 500, "Something went wrong on our side. Try again later.")

        return route
