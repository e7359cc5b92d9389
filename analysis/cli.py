"""CLI of the thematic analysis: ``dhr analyse`` (the demo library's commands and ``dhr bench analyse`` are in
``demo/cli.py``). Registered on import (``dhr/cli.py`` imports this module).

Bad input (missing library, unknown CSP/region/year, bad level/theme) prints one line on stderr and exits 2.
Progress goes to stderr; stdout gets one JSON summary.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated, Any

import typer

from dhr.cli_app import app, handle_errors
from dhr.errors import InputError, ValidationError

LibraryOpt = Annotated[
    Path | None,
    typer.Option("--library", help="Library directory (default: DHR_LIBRARY_DIR or settings.library_dir)."),
]


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def open_existing_store(library: Path | None) -> Any:
    """The store of an existing library (never creates one): ``--library DIR``, else settings."""
    from dhr.settings import get_settings
    from retrieval.store import DB_FILENAME, LibraryStore

    settings = get_settings()
    if library is None and settings.database_url:
        return LibraryStore(settings.database_url)
    directory = Path(library) if library is not None else settings.library_dir
    if not directory.exists():
        raise InputError(
            f"no library at {str(directory)!r}: build one with 'dhr library add' or 'dhr library demo --library DIR'"
        )
    if not directory.is_dir():
        raise InputError(f"library {str(directory)!r} is a file, not a directory")
    if not (directory / DB_FILENAME).is_file():
        raise InputError(f"{str(directory)!r} holds no library ({DB_FILENAME} is missing)")
    return LibraryStore.open(directory)


def parse_filters(
    csp: str | None, region: str | None, year: str | None, level: str | None, theme: str | None
) -> Any:
    """Validate the filter options into AnalysisFilters (one-line ValidationError naming the bad value)."""
    from analysis.selection import AnalysisFilters

    year_value: int | None = None
    if year is not None:
        try:
            year_value = int(year.strip())
        except ValueError:
            raise ValidationError(f"bad --year {year!r}: expected a year such as 2024") from None
        if not 1900 <= year_value <= 2100:
            raise ValidationError(f"bad --year {year!r}: expected a year between 1900 and 2100")
    if level is not None and level not in ("local", "regional", "national"):
        raise ValidationError(f"bad --level {level!r}: expected local, regional or national")
    if theme is not None:
        from dhr.taxonomy import load_taxonomy

        tax = load_taxonomy()
        if theme not in tax.theme_labels:
            raise ValidationError(f"bad --theme {theme!r}: expected one of {', '.join(tax.theme_ids)}")
    for name, value in (("csp", csp), ("region", region)):
        if value is not None and not value.strip():
            raise ValidationError(f"bad --{name}: empty value")
    return AnalysisFilters(
        csp=csp.strip() if csp else None,
        region=region.strip() if region else None,
        year=year_value,
        level=level,  # type: ignore[arg-type]
        theme=theme,  # type: ignore[arg-type]
    )


def analyse_to_file(
    store: Any,
    filters: Any,
    out: Path,
    *,
    min_areas: int = 3,
    top_clusters: int = 50,
    show_progress: bool = True,
) -> dict[str, Any]:
    """Run the analysis and write the report; returns the summary printed by ``dhr analyse``."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from analysis.analytics import FIGURES, run_analysis
    from analysis.report import SECTIONS, write_report

    out = Path(out)
    if out.exists() and out.is_dir():
        raise InputError(f"--out {str(out)!r} is a directory; give a file name such as report.html")
    if out.suffix.lower() not in (".html", ".htm"):
        raise InputError(f"--out {str(out)!r} must end in .html")
    if min_areas < 2:
        raise ValidationError(f"--min-areas must be at least 2, got {min_areas}")
    if top_clusters < 1:
        raise ValidationError(f"--top-clusters must be at least 1, got {top_clusters}")
    from analysis.selection import check_filters

    check_filters(store, filters)  # unknown CSP/region/year: one-line error before any progress output
    console = _stderr_console()
    n_sections = sum(len(keys) for _h, _i, keys in SECTIONS)  # one step per figure rendered
    started = time.perf_counter()
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not show_progress or not console.is_terminal,
    ) as progress:
        task = progress.add_task("figures", total=len(FIGURES) + 1 + n_sections + 1)

        def step(name: str) -> None:
            progress.update(task, description=f"analyse: {name}", advance=1)

        analysis = run_analysis(store, filters, min_areas=min_areas, top_clusters=top_clusters, progress=step)
        t_figures = time.perf_counter() - started
        paths = write_report(analysis, out, progress=lambda k: step(f"chart {k}"))
        step("written")
    headline = dict(analysis.figures["headline"].rows)  # type: ignore[arg-type]
    return {
        "report": str(paths.html),
        "files_dir": str(paths.files_dir),
        "csv_files": len(paths.csv_files),
        "charts": len(paths.charts),
        "bytes": paths.bytes,
        "seconds_figures": round(t_figures, 2),
        "seconds_total": round(time.perf_counter() - started, 2),
        "filters": analysis.provenance.filters,
        "synthetic": analysis.provenance.synthetic,
        "reviews": headline.get("reviews"),
        "recommendations": headline.get("recommendations"),
        "actions": headline.get("actions"),
    }


@app.command("analyse")
@handle_errors
def analyse(
    out: Annotated[
        Path, typer.Option("--out", help="The HTML report to write (CSVs go in <stem>_files/).")
    ] = Path("report.html"),
    library: LibraryOpt = None,
    csp: Annotated[str | None, typer.Option(help="Only this Community Safety Partnership.")] = None,
    region: Annotated[str | None, typer.Option(help="Only this region.")] = None,
    year: Annotated[str | None, typer.Option(help="Only reviews of this year.")] = None,
    level: Annotated[
        str | None, typer.Option(help="Only recommendations at this level (local, regional, national).")
    ] = None,
    theme: Annotated[str | None, typer.Option(help="Only recommendations with this theme id.")] = None,
    min_areas: Annotated[
        int, typer.Option(help="Systemic clusters: lesson made in at least this many areas.")
    ] = 3,
    top_clusters: Annotated[int, typer.Option(help="Systemic clusters shown.")] = 50,
    quiet: Annotated[bool, typer.Option(help="No progress bar.")] = False,
) -> None:
    """Thematic analysis: one self-contained HTML report with charts and the CSV behind each chart."""
    filters = parse_filters(csp, region, year, level, theme)
    store = open_existing_store(library)
    try:
        summary = analyse_to_file(
            store, filters, out, min_areas=min_areas, top_clusters=top_clusters, show_progress=not quiet
        )
    finally:
        store.close()
    typer.echo(json.dumps(summary))
