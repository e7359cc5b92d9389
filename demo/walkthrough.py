"""`dhr demo`: the README's main job, end to end on bundled data (beside the SYNTHETIC library it builds).

Each step runs the same `dhr` command a user would type, in its own process, so the demo shows (and
checks) the real command line: extract the bundled sample report to JSON and XLSX, add it with the bundled
recommendation corpus to a learning library, search it, build (or reuse) the SYNTHETIC national library, run
the thematic analysis over it, and optionally serve the API.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from dhr.cli_app import app, fail
from dhr.settings import REPO_ROOT

SAMPLE_REPORT = REPO_ROOT / "annotations" / "extraction" / "samples" / "sample-overview-report.pdf"
CORPUS = REPO_ROOT / "annotations" / "retrieval" / "corpus.jsonl"


def _run(title: str, args: list[str], *, show_stdout: bool = False) -> str:
    started = time.perf_counter()
    # Quoted as a shell needs it: the printed command is one a user can copy and run as it stands.
    print(f"\n== {title}\n   $ {shlex.join(['dhr', *args])}", file=sys.stderr)
    proc = subprocess.run(
        [sys.executable, "-m", "dhr.cli", *args], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-2000:])
        raise fail(f"demo step '{title}' failed (exit {proc.returncode})", code=1)
    if show_stdout:
        print(proc.stdout.rstrip())
    print(f"   done in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return proc.stdout


@app.command()
def demo(
    out: Annotated[
        Path | None, typer.Option(help="Folder for everything the demo writes (default <data_dir>/demo).")
    ] = None,
    csps: Annotated[int, typer.Option(help="CSPs in the synthetic national library.")] = 300,
    serve: Annotated[bool, typer.Option(help="Serve the API over the demo library at the end.")] = False,
    port: Annotated[int, typer.Option(help="Port for --serve.")] = 8000,
) -> None:
    """Run the main job on bundled data: extract, library, search, national analysis (and serve)."""
    import json

    if not SAMPLE_REPORT.is_file():
        raise fail(f"bundled sample report missing: {SAMPLE_REPORT}")
    if out is None:
        from dhr.settings import get_settings

        out = get_settings().data_dir / "demo"
    out.mkdir(parents=True, exist_ok=True)
    draft = out / "sample-report.json"
    _run("Extract the bundled sample report", ["extract", str(SAMPLE_REPORT), "--out", str(draft)])
    result = json.loads(draft.read_text(encoding="utf-8"))
    recs = result["recommendations"]
    print(
        f"   {len(recs)} recommendations, {sum(len(r['actions']) for r in recs)} actions, "
        f"{len(result['timeline'])} timeline events -> {draft}",
        file=sys.stderr,
    )
    _run(
        "Draft action plan in the oversight form's shape",
        ["extract", str(SAMPLE_REPORT), "--format", "xlsx", "--out", str(out / "sample-action-plan.xlsx")],
    )
    library = out / "library"
    sources = [str(draft)] + ([str(CORPUS)] if CORPUS.is_file() else [])
    _run(
        "Add it and the bundled corpus to a learning library",
        ["library", "add", *sources, "--library", str(library)],
    )
    _run(
        "Search prior learning",
        ["search", "training for GP practices on coercive control", "--k", "3", "--library", str(library)],
        show_stdout=True,
    )
    national = out / "national-library"
    _run(
        "Build (or reuse) the SYNTHETIC national library",
        ["library", "demo", "--library", str(national), "--csps", str(csps)],
    )
    report = out / "national-analysis.html"
    _run("Thematic analysis", ["analyse", "--library", str(national), "--out", str(report), "--quiet"])
    print(
        f"\nDemo outputs in {out}/: sample-report.json, sample-action-plan.xlsx, {report.name}",
        file=sys.stderr,
    )
    if serve:
        print(f"Serving the API over {library} on http://127.0.0.1:{port} (Ctrl-C to stop)", file=sys.stderr)
        subprocess.run(
            [sys.executable, "-m", "dhr.cli", "serve", "--library", str(library), "--port", str(port)],
            check=False,
        )
