"""CLI commands of the retrieval package (registered on import by dhr.cli).

``dhr library add|list|delete``, ``dhr search``, ``dhr clusters`` and ``dhr bench search``
(``dhr evaluate retrieval`` is in ``evaluation/cli.py``). The library directory comes from ``--library DIR`` or ``DHR_LIBRARY_DIR``. Heavy
imports (FAISS, the embedding model) happen inside the commands so that ``--help`` and bad input answer fast.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from dhr.cli_app import app, bench_app, fail, handle_errors, library_app

LibraryOpt = Annotated[
    Path | None,
    typer.Option("--library", help="Library directory (default: DHR_LIBRARY_DIR or settings.library_dir)."),
]


class OutputFormat(StrEnum):
    json = "json"
    table = "table"


FormatOpt = Annotated[OutputFormat, typer.Option("--format", help="json or table.")]
YesOpt = Annotated[
    bool, typer.Option("--yes", "-y", help="Embed recommendations that have no vectors yet without asking.")
]


def _open(library: Path | None) -> Any:
    from retrieval.library import Library

    return Library.open(library)


def _dump(obj: Any) -> str:
    from pydantic import BaseModel

    if isinstance(obj, list):
        return json.dumps(
            [o.model_dump(mode="json") if isinstance(o, BaseModel) else o for o in obj], indent=2
        )
    if isinstance(obj, BaseModel):
        return obj.model_dump_json(indent=2)
    return json.dumps(obj, indent=2)


def _filters(**values: Any) -> Any:
    from pydantic import ValidationError as PydanticValidationError

    from dhr.errors import ValidationError
    from dhr.schema.library import SearchFilters

    agency = values.get("agency")
    if agency is not None:
        from retrieval.store import _agency_ids

        known = _agency_ids()
        if known and agency not in known:
            raise ValidationError(f"unknown agency id {agency!r}; see dhr/data/taxonomy.json for the ids")
    try:
        return SearchFilters(**{k: v for k, v in values.items() if v is not None})
    except PydanticValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err.get("loc", ()))
        raise ValidationError(f"bad --{field} value {err.get('input')!r}: {err.get('msg')}") from None


def _table(rows: list[list[str]], headers: list[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*headers, show_lines=False)
    for row in rows:
        table.add_row(*row)
    Console(width=200).print(table)


def _short(text: str, n: int = 90) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


# ------------------------------------------------------------------------------------------------ library


@library_app.command("add")
@handle_errors
def library_add(
    paths: Annotated[
        list[Path], typer.Argument(help="Report files, extraction JSON, records JSONL, or folders.")
    ],
    library: LibraryOpt = None,
    published: Annotated[
        bool, typer.Option(help="Mark reviews from reports/extraction JSON as published.")
    ] = False,
    owner_csp: Annotated[str | None, typer.Option(help="The CSP owning the reviews added.")] = None,
    labels: Annotated[bool, typer.Option(help="Compute missing labels with the classifier.")] = True,
) -> None:
    """Add reviews to the library (idempotent: files already added are skipped); prints a JSON summary."""
    from retrieval.ingest import add_paths, expand_paths, load_labeler

    files = expand_paths(paths)
    if not files:
        raise fail("no supported files found in the paths given")
    lib = _open(library)
    labeler = load_labeler() if labels else None
    from rich.progress import Progress

    with Progress(transient=True, console=_stderr_console()) as progress:
        task = progress.add_task("adding", total=len(files))
        report = add_paths(
            lib,
            files,
            labeler=labeler,
            published=published,
            owner_csp=owner_csp,
            on_file=lambda _p: progress.advance(task),
        )
    lib.refresh()
    print(report.model_dump_json(indent=2))
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    if report.errors:
        raise typer.Exit(2)


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


@library_app.command("list")
@handle_errors
def library_list(
    library: LibraryOpt = None,
    csp: Annotated[str | None, typer.Option(help="Only this CSP's reviews.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many (1-1000).")] = 100,
    offset: Annotated[int, typer.Option(help="Skip this many.")] = 0,
    format: FormatOpt = OutputFormat.table,
) -> None:
    """List the reviews in the library."""
    from dhr.settings import get_settings
    from retrieval.store import LibraryStore

    settings = get_settings()
    store = LibraryStore.open(library or settings.library_dir, settings.database_url)
    page = store.list_reviews(csp=csp, limit=limit, offset=offset)
    if format is OutputFormat.json:
        print(_dump(page))
        return
    _table(
        [
            [
                r.id,
                r.csp or "",
                str(r.year or ""),
                _short(r.title or "", 50),
                str(r.recommendation_count),
                str(r.published),
            ]
            for r in page.data
        ],
        ["id", "csp", "year", "title", "recs", "published"],
    )
    print(f"{page.count} review(s)")


@library_app.command("delete")
@handle_errors
def library_delete(
    review_id: Annotated[str, typer.Argument(help="Review id (see `dhr library list`).")],
    library: LibraryOpt = None,
) -> None:
    """Delete a review with its recommendations, actions and history; the search index follows."""
    lib = _open(library)
    removed = lib.store.delete_review(review_id)
    lib.refresh()
    print(json.dumps({"deleted": review_id, "recommendations": removed}))


# ------------------------------------------------------------------------------------------------- search


@app.command("search")
@handle_errors
def search(
    text: Annotated[str, typer.Argument(help="What to look for, as a chair would type it.")],
    k: Annotated[int, typer.Option("--k", help="Number of results (1-200).")] = 10,
    agency: Annotated[str | None, typer.Option(help="Agency id, e.g. police, gp.")] = None,
    theme: Annotated[str | None, typer.Option(help="Theme id, e.g. training.")] = None,
    csp: Annotated[str | None, typer.Option(help="Community Safety Partnership name.")] = None,
    level: Annotated[str | None, typer.Option(help="local, regional or national.")] = None,
    region: Annotated[str | None, typer.Option(help="Region name.")] = None,
    year: Annotated[int | None, typer.Option(help="Review year.")] = None,
    status: Annotated[str | None, typer.Option(help="An action has this status, e.g. completed.")] = None,
    mode: Annotated[str, typer.Option(help="hybrid, dense or lexical.")] = "hybrid",
    library: LibraryOpt = None,
    format: FormatOpt = OutputFormat.json,
    yes: YesOpt = False,
) -> None:
    """Search the library (hybrid lexical + semantic); JSON list best first.

    A library whose recommendations have no search vectors yet (e.g. one built by ``dhr library demo``) needs
    them embedded first: more than a few hundred are embedded after a question (or with ``--yes``), with a
    progress bar."""
    if not text.strip():
        raise fail("the search text is empty")
    if mode not in ("hybrid", "dense", "lexical"):
        raise fail(f"unknown --mode {mode!r}; valid: hybrid, dense, lexical")
    filters = _filters(
        agency=agency, theme=theme, csp=csp, level=level, region=region, year=year, status=status
    )
    if not 1 <= k <= 200:
        raise fail(f"--k must be between 1 and 200, got {k}")
    lib = _open(library)
    if mode != "lexical":
        _embed_missing_first(lib, yes=yes)
    hits = lib.search(text, k=k, filters=filters, mode=mode)  # type: ignore[arg-type]
    if format is OutputFormat.json:
        print(_dump(hits))
        return
    _table(
        [[f"{h.score:.3f}", h.id, h.csp or "", _short(h.text), ", ".join(h.agencies)] for h in hits],
        ["score", "id", "csp", "text", "agencies"],
    )


#: Recommendations embedded per second (MiniLM on 2 cores: ~130k in ~70 minutes), for the time estimate.
EMBED_TEXTS_PER_S = 31.0
#: More texts to embed than this (about half a minute) and `dhr search` asks first.
ASK_ABOVE_TEXTS = 1000


def _interactive() -> bool:
    return sys.stdin.isatty()


def _texts_to_embed(lib: Any) -> dict[str, str]:
    """``{text hash: text}`` of the recommendations the first search would run through the model: those in
    neither the saved index (of this model) nor the embedding cache. Hashes are compared first; only the
    missing texts are read."""
    import sqlite3

    import numpy as np
    from sqlalchemy import select

    from retrieval import tables as t

    with lib.store.engine.connect() as conn:
        wanted = {sha for (sha,) in conn.execute(select(t.Recommendation.text_sha))}
    if not wanted:
        return {}
    have: set[str] = set()
    if lib.index_path.exists():
        try:  # the saved index's text hashes only (np.load reads one array of the archive at a time)
            with np.load(lib.index_path, allow_pickle=False) as data:
                if json.loads(bytes(data["meta"]).decode()).get("model") == lib.encoder.name:
                    have.update(str(x) for x in data["shas"])
        except Exception:  # noqa: BLE001 - an unreadable index is rebuilt by the search: count it as missing
            have.clear()
    missing = wanted - have
    if missing and lib.cache.path.exists():
        model = getattr(lib.encoder, "base", lib.encoder).name  # an adapted encoder caches its base vectors
        with sqlite3.connect(lib.cache.path) as cache:
            cached = {key for (key,) in cache.execute("SELECT key FROM vectors WHERE model = ?", (model,))}
        missing -= cached
    if not missing:
        return {}
    out: dict[str, str] = {}
    with lib.store.engine.connect() as conn:
        for sha, text in conn.execute(select(t.Recommendation.text_sha, t.Recommendation.text)):
            if sha in missing:
                out[sha] = text
    return out


def _embed_missing_first(lib: Any, *, yes: bool) -> None:
    """Before a search that would embed many recommendations (~70 minutes for 130k): ask, or with ``--yes``
    go ahead, and embed them here with a progress bar (into the embedding cache the search then reads)."""
    todo = _texts_to_embed(lib)
    if not todo:
        return
    minutes = len(todo) / EMBED_TEXTS_PER_S / 60
    about = f"about {minutes:.0f} minutes" if minutes >= 1.5 else f"about {minutes * 60:.0f} s"
    what = f"{len(todo):,} recommendations have no search vectors yet; embedding them takes {about} here"
    if len(todo) > ASK_ABOVE_TEXTS and not yes:
        if not _interactive():
            raise fail(f"{what}: run again with --yes to embed them now, or search with --mode lexical")
        if not typer.confirm(f"{what}. Embed them now?", default=False, err=True):
            raise fail("search cancelled: nothing was embedded", code=1)
    print(f"{what}: embedding...", file=sys.stderr)
    from tqdm import tqdm

    texts = list(todo.values())
    batch = 256
    with tqdm(total=len(texts), unit="text", desc="embed", file=sys.stderr, dynamic_ncols=True) as bar:
        for start in range(0, len(texts), batch):
            chunk = texts[start : start + batch]
            lib.embed(chunk)  # written to the cache as it goes: an interrupted run keeps what it did
            bar.update(len(chunk))


@app.command("clusters")
@handle_errors
def clusters(
    min_areas: Annotated[int, typer.Option(help="Repeated in at least this many areas.")] = 3,
    threshold: Annotated[float, typer.Option(help="Cosine similarity for 'near-identical' (0-1].")] = 0.85,
    library: LibraryOpt = None,
    format: FormatOpt = OutputFormat.json,
    yes: YesOpt = False,
) -> None:
    """Systemic issues: near-identical recommendations across areas, duplicate actions for one agency."""
    if min_areas < 2:
        raise fail(f"--min-areas must be at least 2, got {min_areas}")
    if not 0 < threshold <= 1:
        raise fail(f"--threshold must be in (0, 1], got {threshold}")
    lib = _open(library)
    _embed_missing_first(lib, yes=yes)
    result = lib.systemic(min_areas=min_areas, threshold=threshold)
    if format is OutputFormat.json:
        print(_dump(result))
        return
    _table(
        [[str(c.id), str(len(c.areas)), str(c.size), _short(c.representative)] for c in result.clusters],
        ["cluster", "areas", "size", "representative"],
    )
    _table(
        [[g.agency, str(len(g.areas)), _short(g.actions[0].text)] for g in result.duplicate_actions],
        ["agency", "areas", "action"],
    )


# -------------------------------------------------------------------------------------- bench, evaluate


@bench_app.command("search")
@handle_errors
def bench_search(
    records: Annotated[
        int, typer.Option(help="Number of synthetic vectors (e.g. 200000, 1000000).")
    ] = 200_000,
    queries: Annotated[int, typer.Option(help="Single queries timed.")] = 1000,
    exact_max: Annotated[int, typer.Option(help="Use exact search up to this size.")] = 50_000,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    format: FormatOpt = OutputFormat.json,
) -> None:
    """In-process search benchmark on realistic synthetic vectors; last line is the JSON result."""
    if records < 10:
        raise fail(f"--records must be at least 10, got {records}")
    if queries < 1:
        raise fail(f"--queries must be at least 1, got {queries}")
    from retrieval.bench import bench_search as run

    result = run(records=records, queries=queries, exact_max=exact_max, seed=seed)
    if format is OutputFormat.table:
        _table([[k, str(v)] for k, v in result.items()], ["figure", "value"])
    print(json.dumps(result))


@library_app.command("route")
@handle_errors
def library_route(library: LibraryOpt = None) -> None:
    """Route national recommendations that have no department routing yet (libraries built before routing was
    written on ingest, or when the classifier was unavailable), and drop rows of ones no longer national."""
    from dataclasses import asdict

    from dhr.settings import get_settings
    from retrieval.routing import route_library
    from retrieval.store import LibraryStore

    settings = get_settings()
    store = LibraryStore.open(library or settings.library_dir, settings.database_url)
    try:
        report = route_library(store)
    finally:
        store.close()
    print(json.dumps(asdict(report)))
