"""The web app: the CSP officer's, the chair's and the analyst's journeys in a browser, server-rendered.

FastAPI routes with Jinja2 templates and the GOV.UK Frontend styles, all served from this package (nothing
from a CDN, no web font): every page works without JavaScript. Signing in takes an API key and starts a
server-side session; each page checks the same role groups as the API (``service.deps.ROLE_GROUPS``).
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles

from service.web.render import HERE, STATIC_URL, WEB_PREFIX


def install_web(app: FastAPI) -> None:
    """Mount the static assets and add the pages under ``/web``."""
    from service.web import analysis, auth, library, review

    app.mount(STATIC_URL, StaticFiles(directory=HERE / "static"), name="web-static")
    for module in (auth, review, library, analysis):
        app.include_router(module.router)
    app.state.upload_path_patterns = list(review.UPLOAD_PATHS)

    @app.get("/", include_in_schema=False)
    async def root() -> RedirectResponse:
        return RedirectResponse(f"{WEB_PREFIX}/", status_code=307)
