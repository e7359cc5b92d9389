"""CLI of the synthetic demo library: ``dhr library demo`` (alias ``dhr demo-library``). Registered on import
(``dhr/cli.py`` imports this module). ``dhr bench analyse``, which times ``dhr analyse`` on it, is a tool
(``evaluation/cli.py``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from dhr.cli_app import app, handle_errors, library_app


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def _demo(
    library: Path | None,
    csps: int,
    years: int,
    first_year: int,
    rate: float,
    seed: int,
    force: bool,
) -> None:
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from demo.library import DemoSpec, build_demo_library, default_demo_dir

    spec = DemoSpec(
        csps=csps, years=years, first_year=first_year, reviews_per_csp_year=rate, seed=seed
    ).check()
    console = _stderr_console()
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} reviews"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as progress:
        task = progress.add_task("building synthetic library", total=None)

        def step(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        result = build_demo_library(library or default_demo_dir(), spec, force=force, progress=step)
    out = result.as_dict()
    out["seconds"] = round(result.seconds, 2)
    out["database_mb"] = round(result.database_bytes / 2**20, 1)
    out["note"] = "synthetic data; no embeddings computed (the search index is built lazily on first search)"
    typer.echo(json.dumps(out, default=str))


_CspsOpt = Annotated[int, typer.Option(help="Number of invented CSPs.")]
_YearsOpt = Annotated[int, typer.Option(help="Number of years.")]
_FirstYearOpt = Annotated[int, typer.Option(help="First year.")]
_RateOpt = Annotated[float, typer.Option("--reviews-per-csp-year", help="Average reviews per CSP a year.")]
_SeedOpt = Annotated[int, typer.Option(help="Random seed (same seed and sizes = same library).")]
_ForceOpt = Annotated[bool, typer.Option(help="Rebuild even if a matching synthetic library exists.")]
_DemoLibraryOpt = Annotated[
    Path | None,
    typer.Option("--library", help="Directory of the demo library (default <data_dir>/demo-library)."),
]


@library_app.command("demo")
@handle_errors
def library_demo(
    library: _DemoLibraryOpt = None,
    csps: _CspsOpt = 300,
    years: _YearsOpt = 5,
    first_year: _FirstYearOpt = 2021,
    reviews_per_csp_year: _RateOpt = 5.7,
    seed: _SeedOpt = 2025,
    force: _ForceOpt = False,
) -> None:
    """Build (or reuse) a SYNTHETIC national demo library (~205k actions by default; no embeddings)."""
    _demo(library, csps, years, first_year, reviews_per_csp_year, seed, force)


# the same command under a second name, for those who look for it at the top level
app.command("demo-library", help="Same as 'dhr library demo': build (or reuse) the SYNTHETIC demo library.")(
    library_demo
)
