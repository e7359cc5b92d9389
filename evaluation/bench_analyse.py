"""Benchmark of ``dhr analyse`` on the synthetic national library (target: <= 60 s for >= 200k actions).

    python -m evaluation.bench_analyse [--library var/demo-library] [--out var/bench/analyse.html]
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
    from retrieval.demo_library import DEFAULT_DEMO_DIR, DemoSpec, build_demo_library

    directory = Path(library or DEFAULT_DEMO_DIR)
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
    args = parser.parse_args(argv)
    result = run_bench(
        library=args.library, out=args.out, csps=args.csps, reviews_per_csp_year=args.reviews_per_csp_year
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
