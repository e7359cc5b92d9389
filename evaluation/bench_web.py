"""Benchmark: a 100-page report uploaded in the web app until its review screen is there, beside the API's
``POST /v1/extract`` of the same file (issue 17: the review screen in 5 s or less).

The app runs in this process under uvicorn on 127.0.0.1 with the real extractor (models loaded before timing,
as in the service) and a light search encoder (search is not timed here). Over real HTTP it times:

- ``api_extract``: ``POST /v1/extract`` (JSON draft), upload to last byte;
- ``web_review``: ``POST /web/upload`` and the redirect to ``GET /web/review/<id>``, to the review page's HTML;
- ``browser_review`` (``--browser``, needs chromium): in Chromium, from pressing the upload button to the review
  page's heading being shown (page rendered, styles applied).

    python -m evaluation.bench_web --pages 100 --repeats 3 [--browser]

Prints one JSON line with the medians.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ADMIN = "bench-admin-key-0123456789"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(tmp: Path) -> tuple[str, Any]:
    import uvicorn

    from dhr.settings import Settings
    from extraction.pipeline import Extractor
    from retrieval.embeddings import HashEncoder
    from service.app import create_app

    settings = Settings(
        library_dir=tmp / "library",
        admin_key=ADMIN,  # type: ignore[arg-type]
        audit_key_path=tmp / "audit.key",
        api_timeout_s=300.0,
    )
    t0 = time.perf_counter()
    extractor = Extractor.load(settings)
    print(f"extractor loaded in {time.perf_counter() - t0:.1f} s")
    app = create_app(settings, extractor=extractor, encoder=HashEncoder(), load_in_background=False)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.1)
    return f"http://127.0.0.1:{port}", server


def _median(times: list[float]) -> float:
    return round(statistics.median(times), 3)


def run(pages: int, repeats: int, browser: bool) -> dict[str, Any]:
    import httpx

    from evaluation.bench_extraction import ensure_long_report

    cache = Path(tempfile.gettempdir()) / "dhr-bench"
    report = ensure_long_report(pages, cache)
    data = report.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        base, server = _serve(Path(tmp))
        try:
            with httpx.Client(base_url=base, timeout=600) as http:
                admin = {"Authorization": f"Bearer {ADMIN}"}
                key = http.post("/v1/keys", json={"role": "csp", "csp": "Bench CSP"}, headers=admin).json()[
                    "key"
                ]
                bearer = {"Authorization": f"Bearer {key}"}
                files = {"file": (report.name, data, "application/pdf")}
                http.post("/v1/extract", files=files, headers=bearer).raise_for_status()  # warm-up
                api = []
                for _ in range(repeats):
                    t0 = time.perf_counter()
                    r = http.post("/v1/extract", files=files, headers=bearer)
                    api.append(time.perf_counter() - t0)
                    r.raise_for_status()
                recs = len(r.json()["recommendations"])
                page = http.get("/web/sign-in")
                token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
                http.post(
                    "/web/sign-in", data={"api_key": key, "csrf_token": token}, follow_redirects=True
                ).raise_for_status()
                web = []
                for _ in range(repeats):
                    form = http.get("/web/upload").text
                    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
                    t0 = time.perf_counter()
                    r = http.post(
                        "/web/upload", data={"csrf_token": token}, files=files, follow_redirects=True
                    )
                    web.append(time.perf_counter() - t0)
                    r.raise_for_status()
                    assert "Review the draft action plan" in r.text, r.text[:500]
                review_kb = len(r.content) / 1024
            result: dict[str, Any] = {
                "file": report.name,
                "pages": pages,
                "bytes": len(data),
                "recommendations": recs,
                "repeats": repeats,
                "api_extract_median_s": _median(api),
                "web_review_median_s": _median(web),
                "review_page_kb": round(review_kb, 1),
            }
            if browser:
                result["browser_review_median_s"] = _median(_browser_times(base, key, report, repeats))
        finally:
            server.should_exit = True
    return result


def _browser_times(base: str, key: str, report: Path, repeats: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    times = []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = b.new_context(base_url=base).new_page()
        page.set_default_timeout(300_000)
        page.goto("/web/sign-in")
        page.fill("#api_key", key)
        page.click("button:has-text('Sign in')")
        for _ in range(repeats):
            page.goto("/web/upload")
            page.set_input_files("#file", str(report))
            t0 = time.perf_counter()
            page.click("button:has-text('Upload and read the report')")
            page.wait_for_selector("h1:has-text('Review the draft action plan')")
            page.wait_for_load_state("load")
            times.append(time.perf_counter() - t0)
        b.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--browser", action="store_true", help="Also time it in Chromium (Playwright).")
    args = parser.parse_args()
    print(json.dumps(run(args.pages, args.repeats, args.browser)))


if __name__ == "__main__":
    main()
