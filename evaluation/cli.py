"""CLI commands of the evaluation package (registered on import by dhr.cli).

``dhr evaluate generate``: synthetic reports with gold; ``dhr evaluate extraction``: per-field metrics logged to
mlflow; ``dhr bench extraction``: pages/s of extraction vs PyMuPDF plain text; ``dhr evaluate classification``
and ``dhr evaluate retrieval`` (here, not in their stages: the runtime never imports the tools).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from dhr.cli_app import bench_app, evaluate_app, fail, handle_errors


@evaluate_app.command("generate")
@handle_errors
def generate(
    out: Annotated[Path, typer.Option("--out", help="Folder to write documents and <name>.gold.json into.")],
    n: Annotated[int, typer.Option("--n", help="Number of documents.")] = 10,
    seed: Annotated[int, typer.Option("--seed", help="Random seed (same seed, same documents).")] = 0,
    long_pages: Annotated[
        int | None, typer.Option("--long-pages", help="Also write one long PDF of at least this many pages.")
    ] = None,
) -> None:
    """Generate synthetic DHR reports (PDF, DOCX, HTML) with ground truth for evaluation and tests."""
    from evaluation.synthetic_reports import generate_corpus, generate_long_report

    if n < 1:
        raise fail(f"--n must be at least 1, got {n}")
    if out.exists() and not out.is_dir():
        raise fail(f"--out {out}: exists and is not a folder")
    reports = generate_corpus(out, n, seed)
    if long_pages:
        if long_pages < 5:
            raise fail(f"--long-pages must be at least 5, got {long_pages}")
        reports.append(generate_long_report(out, pages=long_pages, seed=seed))
    variants = sorted({v for r in reports for v in r.variants})
    print(f"wrote {len(reports)} documents to {out} ({len(variants)} variants covered)")
    print(json.dumps({"out": str(out), "documents": len(reports), "variants": variants}))


@evaluate_app.command("extraction")
@handle_errors
def evaluate_extraction_cmd(
    gold: Annotated[
        Path, typer.Option("--gold", help="Folder of documents with <name>.gold.json beside them.")
    ],
    pred: Annotated[
        Path | None,
        typer.Option("--pred", help="Folder of <name>.json predictions (default: run the pipeline)."),
    ] = None,
    threshold: Annotated[
        float, typer.Option(help="Text similarity needed to match a recommendation.")
    ] = 0.85,
    method: Annotated[
        str, typer.Option(help="Text matching: sequence (strict) or token_set (lenient).")
    ] = "sequence",
    out: Annotated[
        Path | None, typer.Option("--out", help="Write the full JSON (per document, errors) here.")
    ] = None,
    mlflow_log: Annotated[bool, typer.Option("--mlflow/--no-mlflow", help="Log the run to mlflow.")] = True,
    show_errors: Annotated[int, typer.Option("--show-errors", help="Print up to this many errors.")] = 0,
) -> None:
    """Precision/recall/F1 of extraction against gold files; per-field table, JSON, mlflow run."""
    from evaluation.extraction import evaluate_folder, log_to_mlflow

    if not gold.exists():
        raise fail(f"--gold {gold}: no such folder")
    if not gold.is_dir():
        raise fail(f"--gold {gold}: not a folder")
    if pred is not None and not pred.is_dir():
        raise fail(f"--pred {pred}: no such folder")
    if method not in ("sequence", "token_set"):
        raise fail(f"--method {method!r}: valid methods are sequence, token_set")
    if not 0.0 < threshold <= 1.0:
        raise fail(f"--threshold must be in (0, 1], got {threshold}")
    if not any(gold.glob("*.gold.json")):
        raise fail(f"--gold {gold}: no *.gold.json files found")
    total, results = evaluate_folder(gold, pred, threshold=threshold, method=method, progress=True)  # type: ignore[arg-type]
    print(total.table())
    for e in total.errors[:show_errors]:
        print("  " + json.dumps(e))
    failures = [r.name for r in results if r.failure]
    if failures:
        print(f"{len(failures)} document(s) failed: {', '.join(failures)}")
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(
            json.dumps(
                {"total": total.as_dict(with_errors=False), "documents": [r.as_dict() for r in results]},
                indent=2,
                default=str,
            ),
            encoding="utf-8",
        )
    if mlflow_log:
        params = {
            "gold": str(gold),
            "pred": str(pred) if pred else "pipeline",
            "threshold": threshold,
            "method": method,
            "documents": len(results),
        }
        run_id = log_to_mlflow(total, results, params)
        print(f"mlflow run {run_id}")
    print(json.dumps({"gold": str(gold), **total.headline()}))


@evaluate_app.command("real")
@handle_errors
def evaluate_real_cmd(
    split: Annotated[
        list[str] | None,
        typer.Option("--split", help="train, dev or test (repeatable; default dev and test)."),
    ] = None,
    part: Annotated[
        list[str] | None,
        typer.Option("--part", help="classify, timeline, extract or search (repeatable; default all)."),
    ] = None,
    synthetic: Annotated[
        int, typer.Option(help="Synthetic reports to generate for the second column (0: none).")
    ] = 10,
    mlflow_log: Annotated[bool, typer.Option("--mlflow/--no-mlflow", help="Log the run to mlflow.")] = True,
    record: Annotated[
        bool, typer.Option("--record", help="Write the figures as the quality gate's floor.")
    ] = False,
    gate: Annotated[
        bool, typer.Option("--gate", help="Exit 1 when a field falls below the recorded figures.")
    ] = False,
) -> None:
    """Every field on real review text (dev and test splits) first, synthetic second; mlflow; quality gate."""
    from evaluation.real import PARTS, main

    bad = [p for p in part or [] if p not in PARTS] + [
        s for s in split or [] if s not in ("train", "dev", "test")
    ]
    if bad:
        raise fail(
            f"unknown value(s) {', '.join(bad)}: --split takes train/dev/test, --part {'/'.join(PARTS)}"
        )
    argv = [f"--split={s}" for s in split or []] + [f"--part={p}" for p in part or []]
    argv += [f"--synthetic={synthetic}"] + ([] if mlflow_log else ["--no-mlflow"])
    argv += (["--record"] if record else []) + (["--gate"] if gate else [])
    code = main(argv)
    if code:
        raise typer.Exit(code)


@bench_app.command("extraction")
@handle_errors
def bench_extraction(
    pages: Annotated[int, typer.Option("--pages", help="Length of the generated report.")] = 100,
    repeats: Annotated[int, typer.Option("--repeats", help="Timed repeats (median kept).")] = 5,
    file: Annotated[
        Path | None, typer.Option("--file", help="Benchmark this PDF instead of a generated one.")
    ] = None,
    cache: Annotated[Path, typer.Option("--cache", help="Where the generated report is kept.")] = Path(
        "var/bench"
    ),
) -> None:
    """Pages/s of in-process extraction (models preloaded) vs PyMuPDF plain text of the same PDF."""
    from evaluation.bench_extraction import ensure_long_report, run_benchmark

    if file is None:
        if pages < 5:
            raise fail(f"--pages must be at least 5, got {pages}")
        file = ensure_long_report(pages, cache)
    elif not file.is_file():
        raise fail(f"--file {file}: no such file")
    r = run_benchmark(file, repeats=repeats)
    print(f"file: {r.file} ({r.pages} pages), median of {r.repeats} runs; model load {r.load_s:.2f} s")
    print(f"extraction (read + extract): {r.extract_median_s:.3f} s  = {r.extract_pages_per_s:.1f} pages/s")
    print(f"  of which reading:          {r.read_median_s:.3f} s")
    print(f"pymupdf page.get_text():     {r.plain_median_s:.3f} s  = {r.plain_pages_per_s:.1f} pages/s")
    print(
        f"extraction is {r.slowdown_vs_plain}x plain text; found {r.recommendations} recommendations, "
        f"{r.actions} actions, {r.timeline_events} timeline events"
    )
    print(r.json())


@evaluate_app.command("classification")
@handle_errors
def evaluate_classification(
    gold: Path = typer.Option(..., help="Labelled JSONL (e.g. annotations/classification/test.jsonl)."),
    models: Path | None = typer.Option(None, help="Models directory (default: the shipped ones)."),
    json_out: Path | None = typer.Option(None, "--json", help="Also write the full metrics here."),
    no_mlflow: bool = typer.Option(False, help="Do not log to mlflow."),
) -> None:
    """Per-label P/R/F1, agency micro-F1, level accuracy and confusion, themes, calibration."""
    from evaluation.classification import evaluate_file, format_report

    metrics = evaluate_file(gold, models, log_to_mlflow=not no_mlflow)
    typer.echo(format_report(metrics))
    typer.echo("models: " + ", ".join(f"{k}={v}" for k, v in metrics["models"].items()))
    if json_out:
        json_out.write_text(json.dumps(metrics, indent=2) + "\n")


@evaluate_app.command("retrieval")
@handle_errors
def evaluate_retrieval(
    corpus: Annotated[
        Path | None, typer.Option(help="Records JSONL (default annotations/retrieval/corpus.jsonl).")
    ] = None,
    queries: Annotated[
        Path | None, typer.Option(help="Queries JSONL (default annotations/retrieval/queries.jsonl).")
    ] = None,
    tune: Annotated[bool, typer.Option(help="Also sweep fusion weights and report the best.")] = True,
    mlflow_log: Annotated[bool, typer.Option("--mlflow/--no-mlflow", help="Log to mlflow.")] = True,
) -> None:
    """Recall@10, nDCG@10 and MRR for lexical-only, dense-only and hybrid on the team's query set."""
    from evaluation.retrieval import evaluate

    result = evaluate(corpus=corpus, queries=queries, tune=tune, log_mlflow=mlflow_log)
    print(json.dumps(result, indent=2))


@bench_app.command("analyse")
@handle_errors
def bench_analyse(
    library: Annotated[
        Path | None,
        typer.Option("--library", help="Directory of the demo library (default <data_dir>/demo-library)."),
    ] = None,
    out: Annotated[Path, typer.Option(help="Where the benchmark's report goes.")] = Path(
        "var/bench/analyse.html"
    ),
    csps: Annotated[int, typer.Option(help="Number of invented CSPs.")] = 300,
    reviews_per_csp_year: Annotated[
        float, typer.Option("--reviews-per-csp-year", help="Average reviews per CSP a year.")
    ] = 5.7,
) -> None:
    """Build/reuse the demo library (>= 200k actions) and time 'dhr analyse' on it (target <= 60 s)."""
    from evaluation.bench_analyse import run_bench

    result = run_bench(library=library, out=out, csps=csps, reviews_per_csp_year=reviews_per_csp_year)
    typer.echo(json.dumps(result))
