"""The three journeys in a real browser: Playwright drives the Debian ``chromium`` against the app served by
uvicorn on 127.0.0.1, with the real extractor reading the bundled sample report.

- Every request that is not to the local server is blocked and fails the test (the app works offline).
- axe-core (``tests/web/axe.min.js``, MPL-2.0, vendored from the npm ``axe-core`` package) checks each page
  against WCAG 2.0/2.1/2.2 A and AA: no serious or critical violation.
- Screenshots of each journey's main pages go to ``out/screenshots/`` (``DHR_SCREENSHOTS_DIR`` to change it).

Runs in the default test run when chromium and the ``playwright`` package are there; with ``CI=true`` their
absence is a failure, not a skip (``.ci/run`` installs chromium).
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("DHR_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
AXE = Path(__file__).with_name("axe.min.js")
SCREENSHOTS = Path(
    os.environ.get("DHR_SCREENSHOTS_DIR", Path(__file__).resolve().parents[2] / "out" / "screenshots")
)
#: The bundled sample overview report (the one ``dhr demo`` reads).
SAMPLE_REPORT = (
    Path(__file__).resolve().parents[2]
    / "annotations"
    / "extraction"
    / "samples"
    / "sample-overview-report.pdf"
)
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
ADMIN = "test-admin-key-0123456789"


def _need_browser() -> None:
    missing = []
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("the 'playwright' Python package")
    if not Path(CHROMIUM).exists():
        missing.append(f"chromium ({CHROMIUM})")
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(
                f"end-to-end web tests need {' and '.join(missing)} in CI (.ci/run installs chromium)"
            )
        pytest.skip(f"no {' and '.join(missing)}: the browser tests are skipped here")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on a local port, with the real extractor, a light encoder and a few published reviews."""
    _need_browser()
    import httpx
    import uvicorn

    from dhr.settings import get_settings
    from extraction.pipeline import Extractor
    from retrieval.embeddings import HashEncoder
    from service.app import create_app
    from tests.service.conftest import make_draft, make_settings

    tmp = tmp_path_factory.mktemp("web-e2e")
    os.environ["DHR_AUDIT_KEY_PATH"] = str(tmp / "audit.key")
    get_settings.cache_clear()
    settings = make_settings(tmp, api_timeout_s=120.0)  # the real extractor on a busy machine
    app = create_app(
        settings,
        extractor=Extractor.load(settings),
        encoder=HashEncoder(),
        load_in_background=False,
        corrections_path=tmp / "corrections.jsonl",
    )
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        if server.started:
            break
        time.sleep(0.1)
    assert server.started, "the app did not start"
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {ADMIN}"}, timeout=60) as api:
        dac = api.post("/v1/keys", json={"role": "dac"}).json()["key"]
        for n, csp in enumerate(("Northshire CSP", "Southborough CSP")):
            body = {"draft": make_draft(f"{n + 1}" * 64, csp=csp).model_dump(mode="json"), "published": True}
            r = api.post("/v1/reviews", json=body, headers={"Authorization": f"Bearer {dac}"})
            assert r.status_code == 201, r.text
    try:
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        os.environ.pop("DHR_AUDIT_KEY_PATH", None)
        get_settings.cache_clear()


def _key(base: str, role: str, **binding: str) -> str:
    import httpx

    r = httpx.post(
        f"{base}/v1/keys", json={"role": role, **binding}, headers={"Authorization": f"Bearer {ADMIN}"}
    )
    assert r.status_code == 201, r.text
    return str(r.json()["key"])


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield b
        b.close()


class Session:
    """A browser context that refuses every request not to the local server, checks pages with axe and saves
    screenshots."""

    def __init__(self, browser: object, base: str) -> None:
        # The pages' own Content-Security-Policy stays on: axe is evaluated through the DevTools protocol, which
        # it does not govern, and anything the policy blocks shows up as a console error (failing the test).
        self.context = browser.new_context(base_url=base, accept_downloads=True)  # type: ignore[attr-defined]
        self.errors: list[str] = []
        self.external: list[str] = []
        self.base = base

        def guard(route: object) -> None:
            url = route.request.url  # type: ignore[attr-defined]
            if url.startswith(base + "/") or url.startswith("data:"):
                route.continue_()  # type: ignore[attr-defined]
            else:
                self.external.append(url)
                route.abort()  # type: ignore[attr-defined]

        self.context.route("**/*", guard)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.set_default_timeout(60_000)

    def check(self, name: str) -> None:
        """axe on the page (no serious or critical WCAG A/AA violation), then a full-page screenshot."""
        page = self.page
        if not page.evaluate("() => typeof axe !== 'undefined'"):
            page.evaluate(AXE.read_text(encoding="utf-8") + "\n;true")
        result = page.evaluate(
            "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
        )
        bad = [
            f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert not bad, f"{name}: accessibility violations:\n" + "\n".join(bad)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    def sign_in(self, key: str) -> None:
        self.page.goto("/web/sign-in")
        self.page.fill("#api_key", key)
        self.page.click("button:has-text('Sign in')")
        self.page.wait_for_url("**/web/")

    def close(self) -> None:
        self.context.close()
        assert not self.external, f"requests left the machine: {self.external}"
        assert not self.errors, f"errors in the browser console: {self.errors}"


def test_officer_uploads_reviews_commits_and_downloads(server: str, browser: object) -> None:
    s = Session(browser, server)
    page = s.page
    page.goto("/web/sign-in")
    # GOV.UK Frontend's script ran (served here, allowed by the pages' own CSP)
    page.wait_for_function("() => document.body.classList.contains('govuk-frontend-supported')")
    s.check("01-sign-in")
    s.sign_in(_key(server, "csp", csp="Exampleshire CSP"))
    s.check("02-officer-home")
    page.click("a.govuk-service-navigation__link:has-text('Upload a report')")
    s.check("03-upload")
    page.set_input_files("#file", str(SAMPLE_REPORT))
    page.click("button:has-text('Upload and read the report')")
    page.wait_for_selector("h1:has-text('Review the draft action plan')")
    assert page.locator("section.app-rec").count() >= 1
    s.check("04-review")
    # the officer changes the first recommendation's level and saves
    page.select_option("#r0-level", "national")
    page.locator("button[value='save']").first.click()
    page.wait_for_selector("h1:has-text('Review the draft action plan')")
    assert page.locator("#r0-level").input_value() == "national"
    page.click("button[value='commit']")
    page.wait_for_selector("text=committed to the library as review")
    s.check("05-committed")
    with page.expect_download() as download:
        page.click("a:has-text('Spreadsheet (XLSX)')")
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes()))["Action plan"]
    header = [c.value for c in sheet[1]]
    assert sheet.cell(row=2, column=header.index("Recommendation level") + 1).value == "National"
    page.click("button:has-text('Sign out')")
    page.wait_for_selector("text=You have signed out")
    s.close()


def test_chair_searches_opens_a_result_and_checks_a_draft(server: str, browser: object) -> None:
    s = Session(browser, server)
    page = s.page
    s.sign_in(_key(server, "chair"))
    page.goto("/web/search")
    page.fill("#q", "risk assessment training")
    page.select_option("#agency", "police")
    page.click("button:has-text('Search')")
    page.wait_for_selector("h2:has-text('result')")
    assert "How it was implemented" in page.content()
    s.check("06-search-results")
    page.locator("ol.govuk-list h3 a").first.click()
    page.wait_for_selector("h2#more")
    s.check("07-result-more-like-this")
    page.goto("/web/drafting")
    page.fill("#draft", "The police should train all officers in coercive control by March 2026.")
    page.click("button:has-text('Check the draft')")
    page.wait_for_selector("h2:has-text('SMART check')")
    s.check("08-drafting")
    s.close()


def test_analyst_opens_the_analysis(server: str, browser: object) -> None:
    s = Session(browser, server)
    page = s.page
    s.sign_in(_key(server, "dac"))
    page.goto("/web/analysis")
    page.wait_for_selector("h1:has-text('Analysis')")
    assert page.locator("table.govuk-table").count() > 3
    s.check("09-analysis")
    page.select_option("#level", "local")
    page.click("button:has-text('Apply filters')")
    page.wait_for_selector("h1:has-text('Analysis')")
    with page.expect_download() as download:
        page.click("a:has-text('All the tables (XLSX)')")
    assert Path(download.value.path()).read_bytes()[:2] == b"PK"
    page.click("a:has-text('Open the report with its charts')")
    page.wait_for_selector(".js-plotly-plot", timeout=60_000)  # the charts drew, from the file's own scripts
    page.screenshot(path=str(SCREENSHOTS / "10-analysis-report.png"), full_page=False)
    page.goto("/docs")
    page.wait_for_selector("#swagger-ui .information-container", timeout=60_000)  # rendered from local assets
    s.close()
