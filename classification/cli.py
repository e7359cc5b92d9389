"""CLI commands of the classification package (registered on import by dhr.cli).

``dhr classify``, ``dhr annotate`` and ``dhr bench classify`` (``dhr train classifiers`` is in
``training/cli.py``, ``dhr evaluate classification`` in ``evaluation/cli.py``: the runtime never imports the
tools). Models and heavy libraries are imported inside the commands.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from dhr.cli_app import app, bench_app, fail, handle_errors


@app.command("classify")
@handle_errors
def classify(
    input_path: Path = typer.Argument(
        ..., help='JSONL file, one {"id", "text", "context"?} per line; "-" = stdin.'
    ),
    batch_size: int = typer.Option(256, min=1, help="Recommendations classified per batch."),
    csp: str | None = typer.Option(
        None,
        help="The commissioning CSP of every line without its own \"csp\" (e.g. 'Safer Stockport Partnership'): "
        "decides local/regional for police forces and other force- or county-wide addressees.",
    ),
    glossary: Path | None = typer.Option(
        None,
        help="The report's glossary, spelt out in every line before labelling: a JSON object "
        '{"PCFT": "Pennine Care NHS Foundation Trust"} or one "INITIALS - name" a line (":", "=", "|", "," or a '
        "tab between also read); at most 500 entries.",
    ),
) -> None:
    """Classify recommendations: one JSON line per input on stdout (agencies, level, themes, department, scores).

    Without a CSP (per line or --csp) the level of a force- or county-wide addressee is guessed from the text,
    and ``level_basis`` says so. With --glossary, initials used alone ("PCFT should ...") name their agency."""
    from classification.glossary import parse_glossary, with_glossary
    from classification.io import parse_line, read_inputs, read_text
    from dhr.schema.classification import ClassifyInput

    terms = parse_glossary(read_text(glossary), str(glossary)) if glossary else None

    if str(input_path) == "-":
        items = [
            parse_line(line, ClassifyInput, f"stdin:{no}")
            for no, line in enumerate(sys.stdin, 1)
            if line.strip()
        ]
    else:
        items = read_inputs(input_path)
    from classification.classifier import load_classifier

    if csp:
        items = [it if it.csp else it.model_copy(update={"csp": csp}) for it in items]
    items = with_glossary(items, terms)
    clf = load_classifier()
    for start in range(0, len(items), batch_size):
        for c in clf.predict(items[start : start + batch_size]):
            sys.stdout.write(c.model_dump_json(exclude_none=False) + "\n")


@app.command("annotate")
@handle_errors
def annotate(
    item_id: str = typer.Option(..., "--id", help="Id of the recommendation being corrected."),
    text: str = typer.Option(..., help="The recommendation text."),
    agencies: str = typer.Option(..., help="Corrected addressee agency ids, comma-separated (taxonomy ids)."),
    level: str = typer.Option(..., help="local, regional or national."),
    themes: str = typer.Option(..., help="1-3 theme ids, comma-separated, main theme first."),
    context: str | None = typer.Option(None, help="The heading the text sat under."),
    department: str | None = typer.Option(None, help="Department id for a national recommendation."),
    annotator: str = typer.Option(..., "--who", help="Who made the correction."),
    note: str | None = typer.Option(None, help="Why (free text)."),
    out: Path | None = typer.Option(
        None,
        help="Corrections file (default: DHR_CORRECTIONS_PATH, else corrections.jsonl in the library folder).",
    ),
) -> None:
    """Record a human correction; the next `dhr train classifiers` uses it."""
    import pydantic

    from classification.io import append_correction, now_iso
    from dhr.errors import ValidationError
    from dhr.schema.classification import Correction

    def ids(s: str) -> list[str]:
        return [x.strip() for x in s.split(",") if x.strip()]

    try:
        corr = Correction(
            id=item_id,
            text=text,
            context=context,
            agencies=ids(agencies),
            level=level,  # type: ignore[arg-type]
            themes=ids(themes),  # type: ignore[arg-type]
            department=department,  # type: ignore[arg-type]
            source="correction",
            annotator=annotator,
            timestamp=now_iso(),
            note=note,
        )
    except pydantic.ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err.get("loc", ())) or "value"
        raise ValidationError(f"{field}: {err.get('msg')} (got {err.get('input')!r})") from None
    path = append_correction(corr, out)
    typer.echo(f"recorded correction of {item_id} in {path}")


@bench_app.command("classify")
@handle_errors
def bench_classify(
    n: int = typer.Option(1000, min=1, help="Number of recommendations."),
    repeat: int = typer.Option(1, min=1, help="Timed repetitions (the best is printed)."),
) -> None:
    """Seconds to classify N recommendations (models loaded and warmed up first)."""
    import time

    from classification.classifier import load_classifier
    from classification.io import TEST_FILE, TRAIN_FILE, read_annotations
    from dhr.schema.classification import ClassifyInput

    pool = read_annotations(TRAIN_FILE) + read_annotations(TEST_FILE)
    if not pool:
        raise fail("no annotations to benchmark with")
    items = [
        ClassifyInput(id=f"b{i}", text=pool[i % len(pool)].text, context=pool[i % len(pool)].context)
        for i in range(n)
    ]
    t0 = time.perf_counter()
    clf = load_classifier()
    clf.predict(items[:5])
    load_s = time.perf_counter() - t0
    best = float("inf")
    for _ in range(repeat):
        from classification import agencies

        agencies.normalise_agency.cache_clear()
        t = time.perf_counter()
        clf.predict(items)
        best = min(best, time.perf_counter() - t)
    typer.echo(
        f"classified {n} recommendations in {best:.2f} s ({n / best:.0f}/s; load+warm-up {load_s:.1f} s; "
        f"models {clf.kinds})"
    )
