"""Whole-process start-up times of the CLI, beside baselines: what a user waits for one command.

Each command runs ``--runs`` times as a fresh process; the table gives the median wall time and the median CPU
time (user + system of the child) with the issue-16 target beside it. CPU is the steadier figure on a shared
machine: wall time there includes waiting for a core.

- ``python -c pass``: the interpreter alone (the floor).
- ``import torch + sentence_transformers``: what every model-using command paid before the ONNX encoder
  (only where the ``[train]`` extra is installed).
- ``dhr --help``; ``dhr extract`` of a 10-page report (the first 10 pages of the bundled sample report);
  ``dhr search`` on the demo library (the sample report and the bundled corpus, as ``dhr demo`` builds it).
- With ``--baseline-tree DIR`` (a checkout of an earlier commit, e.g. ``git archive <commit> | tar -x -C DIR``)
  the same extract and search commands run from that tree too, on a library it builds itself.

    python -m evaluation.bench_startup [--runs 5] [--baseline-tree /tmp/before-onnx]

No timing is asserted anywhere: the figures are for people (evaluation/PROFILE.md).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "annotations" / "extraction" / "samples" / "sample-overview-report.pdf"
CORPUS = ROOT / "annotations" / "retrieval" / "corpus.jsonl"
QUERY = "training for GP practices on coercive control"
#: The issue's targets (seconds, whole process, on a quiet 2-core machine).
TARGETS = {"dhr --help": 0.5, "dhr extract (10 pages)": 2.0, "dhr search (demo library)": 1.5}


def _timed(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(wall s, CPU s of the child) of one run; a failing command is an error, not a figure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _measure(cmd: list[str], env: dict[str, str], cwd: Path, runs: int) -> dict[str, float]:
    _timed(cmd, env, cwd)  # warm the page cache: every figure is a warm start, as a user's second command
    walls, cpus = zip(*(_timed(cmd, env, cwd) for _ in range(runs)), strict=True)
    return {
        "wall_s": round(statistics.median(walls), 3),
        "cpu_s": round(statistics.median(cpus), 3),
        "wall_min_s": round(min(walls), 3),
    }


def _env(tree: Path, data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(PYTHONPATH=str(tree), DHR_DATA_DIR=str(data_dir), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    env.pop("DHR_MODELS_DIR", None)
    return env


def _ten_pages(out: Path) -> Path:
    from dhr.lazy import pymupdf

    doc = pymupdf.open(str(SAMPLE))
    doc.select(list(range(min(10, doc.page_count))))
    doc.save(str(out))
    return out


def _dhr(tree: Path) -> list[str]:
    """``dhr`` as a module: the tree is chosen by the working directory and PYTHONPATH (see :func:`_env`)."""
    return [sys.executable, "-m", "dhr.cli"]


def _setup_library(tree: Path, env: dict[str, str], work: Path) -> Path:
    """The demo's learning library: the sample report extracted, then added with the bundled corpus."""
    library = work / "library"
    sample_json = work / "sample-report.json"
    for cmd in (
        [*_dhr(tree), "extract", str(SAMPLE), "--out", str(sample_json)],
        [*_dhr(tree), "library", "add", str(sample_json), str(CORPUS), "--library", str(library)],
        [*_dhr(tree), "search", QUERY, "--k", "3", "--library", str(library), "--yes"],  # vectors built once
    ):
        _timed(cmd, env, tree)
    return library


def run(runs: int = 5, baseline_tree: Path | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"runs": runs, "python": sys.version.split()[0], "cpus": os.cpu_count(), "rows": {}}
    rows: dict[str, Any] = out["rows"]
    with tempfile.TemporaryDirectory(prefix="dhr-bench-startup-") as tmp:
        work = Path(tmp)
        report = _ten_pages(work / "report-10p.pdf")
        env = _env(ROOT, work / "data")
        rows["python -c pass"] = _measure([sys.executable, "-c", "pass"], env, ROOT, runs)
        try:
            import importlib.util

            if importlib.util.find_spec("torch") and importlib.util.find_spec("sentence_transformers"):
                rows["import torch + sentence_transformers (before)"] = _measure(
                    [sys.executable, "-c", "import torch, sentence_transformers"], env, ROOT, runs
                )
        except (ImportError, ValueError):
            pass
        rows["dhr --help"] = _measure([*_dhr(ROOT), "--help"], env, ROOT, runs)
        rows["dhr extract (10 pages)"] = _measure(
            [*_dhr(ROOT), "extract", str(report), "--out", str(work / "out.json")], env, ROOT, runs
        )
        library = _setup_library(ROOT, env, work / "now")
        rows["dhr search (demo library)"] = _measure(
            [*_dhr(ROOT), "search", QUERY, "--k", "3", "--library", str(library)], env, ROOT, runs
        )
        if baseline_tree is not None:
            tree = Path(baseline_tree).resolve()
            benv = _env(tree, work / "data-baseline")
            rows["baseline: dhr extract (10 pages)"] = _measure(
                [*_dhr(tree), "extract", str(report), "--out", str(work / "out-b.json")], benv, tree, runs
            )
            blib = _setup_library(tree, benv, work / "baseline")
            rows["baseline: dhr search (demo library)"] = _measure(
                [*_dhr(tree), "search", QUERY, "--k", "3", "--library", str(blib)], benv, tree, runs
            )
    for name, row in rows.items():
        row["target_s"] = TARGETS.get(name)
    return out


def _table(result: dict[str, Any]) -> str:
    lines = [
        f"whole-process times, median of {result['runs']} warm runs (Python {result['python']}, "
        f"{result['cpus']} CPUs)",
        f"{'command':<48}{'wall s':>9}{'CPU s':>9}{'min wall':>10}{'target':>9}",
    ]
    for name, row in result["rows"].items():
        target = f"{row['target_s']:.1f}" if row.get("target_s") else ""
        lines.append(
            f"{name:<48}{row['wall_s']:>9.2f}{row['cpu_s']:>9.2f}{row['wall_min_s']:>10.2f}{target:>9}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per command (after one warm-up run)")
    parser.add_argument("--baseline-tree", type=Path, default=None, help="an earlier checkout to time too")
    args = parser.parse_args(argv)
    result = run(args.runs, args.baseline_tree)
    print(_table(result))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
