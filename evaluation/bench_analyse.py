"""Benchmark of ``dhr analyse`` on the synthetic national library (target: <= 60 s for >= 200k actions).

    python -m evaluation.bench_analyse [--library <data_dir>/demo-library] [--out var/bench/analyse.html]
    dhr bench analyse

Builds the demo library (or reuses it: same seed and size), then runs ``dhr analyse`` end to end in a fresh
process (CLI start-up, SQL aggregates, clusters, charts, HTML and CSVs) and prints one JSON line of figures:
build seconds, library size, analyse seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

TARGET_SECONDS = 60.0
MIN_ACTIONS = 200_000


def run_bench(
    *,
    library: Path | None = None,
    out: Path = Path("var/bench/analyse.html"),
    csps: int = 300,
    reviews_per_csp_year: float = 5.7,
) -> dict[str, Any]:
    from demo.library import DemoSpec, build_demo_library, default_demo_dir

    directory = Path(library or default_demo_dir())
    spec = DemoSpec(csps=csps, reviews_per_csp_year=reviews_per_csp_year)
    built = build_demo_library(directory, spec)
    started = time.perf_counter()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "dhr.cli",
            "analyse",
            "--library",
            str(directory),
            "--out",
            str(out),
            "--quiet",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        check=False,
    )
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"dhr analyse failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    return {
        "library": str(directory),
        "library_reused": built.reused,
        "build_seconds": round(built.seconds, 2),
        "reviews": built.reviews,
        "recommendations": built.recommendations,
        "actions": built.actions,
        "database_mb": round(built.database_bytes / 2**20, 1),
        "analyse_seconds": round(seconds, 2),
        "analyse_seconds_in_process": summary["seconds_total"],
        "report_mb": round(summary["bytes"] / 2**20, 2),
        "charts": summary["charts"],
        "target_seconds": TARGET_SECONDS,
        "meets_target": seconds <= TARGET_SECONDS and built.actions >= MIN_ACTIONS,
        "cpus": os.cpu_count(),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=Path("var/bench/analyse.html"))
    parser.add_argument("--csps", type=int, default=300)
    parser.add_argument("--reviews-per-csp-year", type=float, default=5.7)
    parser.add_argument(
        "--render-check",
        action="store_true",
        help="Also open the report in headless Chromium (must be installed).",
    )
    args = parser.parse_args(argv)
    result = run_bench(
        library=args.library, out=args.out, csps=args.csps, reviews_per_csp_year=args.reviews_per_csp_year
    )
    if args.render_check:
        check = chromium_check(args.out)
        result["render_ok"] = check["ok"]
        result["charts_rendered"] = f"{len(check['charts_rendered'])}/{len(check['charts_expected'])}"
        result["console_messages"] = len(check["console_messages"])
    print(json.dumps(result))


# ------------------------------------------------------------------------------------- rendering check

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]


def find_chromium(install: bool = False) -> str | None:
    """Path of Debian's chromium; with ``install``, ``apt-get install -y chromium`` it when missing (root)."""
    import shutil

    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    if not install:
        return None
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update"], check=True, capture_output=True, env=env, timeout=600)
    subprocess.run(
        ["apt-get", "install", "-y", "chromium"], check=True, capture_output=True, env=env, timeout=900
    )
    return shutil.which("chromium")


def chromium_check(
    html_path: Path, *, chromium: str | None = None, budget_ms: int = 20000, timeout_s: int = 180
) -> dict[str, Any]:
    """Open the report in headless Chromium; report which chart divs got rendered SVG and any console errors.

    Charts are the ids in the report's ``<meta name="dhr-charts">``; a chart is rendered when its div holds
    plotly's ``<svg class="main-svg">`` in the DOM dumped after ``budget_ms`` of virtual time. Console messages
    come from Chromium's ``--enable-logging=stderr`` (``CONSOLE`` lines); the report also records uncaught
    errors in its ``#dhr-errors`` block.
    """
    import re
    import tempfile

    chromium = chromium or find_chromium()
    if chromium is None:
        raise RuntimeError("chromium is not installed (apt-get install -y chromium)")
    source = Path(html_path).read_text(encoding="utf-8")
    meta = re.search(r'<meta name="dhr-charts" content="([^"]*)"', source)
    expected = [c for c in (meta.group(1).split(",") if meta else []) if c]
    with tempfile.TemporaryDirectory(prefix="dhr-chromium-") as profile:
        proc = subprocess.run(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--virtual-time-budget={budget_ms}",
                "--dump-dom",
                Path(html_path).resolve().as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
    dom = proc.stdout
    starts = sorted((m.start(), m.group(1)) for m in re.finditer(r'id="(chart-[a-z_]+)"', dom))
    rendered = []
    for i, (pos, cid) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(dom)
        if 'class="main-svg"' in dom[pos:end]:
            rendered.append(cid)
    console = [line for line in proc.stderr.splitlines() if "CONSOLE" in line]
    errors_box = re.search(r'<pre id="dhr-errors"[^>]*>(.*?)</pre>', dom, re.S)
    js_errors = errors_box.group(1).strip() if errors_box else ""
    return {
        "returncode": proc.returncode,
        "dom_bytes": len(dom),
        "charts_expected": expected,
        "charts_rendered": [c for c in expected if c in rendered],
        "charts_missing": [c for c in expected if c not in rendered],
        "console_messages": console,
        "js_errors": js_errors,
        "ok": proc.returncode == 0
        and bool(expected)
        and set(expected) <= set(rendered)
        and not console
        and not js_errors,
    }


if __name__ == "__main__":
    main()
