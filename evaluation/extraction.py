"""Extraction evaluation over a corpus: every ``<name>.gold.json`` of a folder scored against predictions read
from files or made by the pipeline in-process, and the run logged to mlflow (``dhr evaluate extraction``).

The module was split by responsibility (issue 15: no module over ~600 lines):

- :mod:`evaluation.extraction_match`: text normalisation and the one-to-one matching of recommendations and
  actions (the matching rules are described there);
- :mod:`evaluation.extraction_scoring`: the fields measured, their counts per document and the micro-average;
- this module: the corpus run and the mlflow log.

Every public name of the three is importable from here, as callers (the CLI, ``evaluation.real``,
``evaluation.scanned``, the training scripts and the tests) have always imported them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dhr.schema import ExtractionResult

# re-exported: callers import the matching and scoring names from this module
from evaluation.extraction_match import (  # noqa: F401
    DEFAULT_THRESHOLD,
    MatchMethod,
    match_texts,
    normalise_number,
    normalise_text,
    text_similarity,
)
from evaluation.extraction_scoring import (  # noqa: F401
    ACC_FIELDS,
    PRF_FIELDS,
    Accuracy,
    Counts,
    ExtractionMetrics,
    aggregate,
    evaluate_extraction,
)


@dataclass
class DocumentResult:
    """One document's outcome in a corpus evaluation."""

    name: str
    metrics: ExtractionMetrics
    seconds: float = 0.0
    failure: str | None = None

    def as_dict(self) -> dict[str, Any]:
        d = {"name": self.name, "seconds": round(self.seconds, 3), "failure": self.failure}
        d.update(self.metrics.as_dict(with_errors=True))
        return d


def load_gold(path: Path) -> ExtractionResult:
    """Read and validate a ``*.gold.json``; a bad file raises :class:`InputError` naming it."""
    from pydantic import ValidationError as PydanticValidationError

    from dhr.errors import InputError

    try:
        return ExtractionResult.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold file: {exc}") from None
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ()))
        raise InputError(f"{path}: invalid gold file: {where}: {first.get('msg')}") from None


def evaluate_folder(
    gold_dir: Path,
    pred_dir: Path | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    method: MatchMethod = "sequence",
    progress: bool = False,
) -> tuple[ExtractionMetrics, list[DocumentResult]]:
    """Evaluate every document in ``gold_dir`` that has a ``<name>.gold.json``.

    Predictions come from ``pred_dir/<name>.json`` when given (a missing one counts as an empty prediction),
    else from running the extraction pipeline in-process (models loaded once). A document the pipeline
    refuses (a :class:`DHRError`) counts as an empty prediction and is reported, not raised.

    Raises:
        InputError: ``gold_dir`` (or ``pred_dir``) is not a folder, has no gold files, or a gold file is invalid.
    """
    import time

    from dhr.errors import DHRError, InputError
    from evaluation.synthetic_reports import document_for_gold, gold_files

    if not gold_dir.is_dir():
        raise InputError(f"--gold {gold_dir}: not a folder")
    if pred_dir is not None and not pred_dir.is_dir():
        raise InputError(f"--pred {pred_dir}: not a folder")
    golds = gold_files(gold_dir)
    if not golds:
        raise InputError(f"--gold {gold_dir}: no *.gold.json files found")
    items = [(g, load_gold(g)) for g in golds]  # validate all before the slow part
    extractor = None
    if pred_dir is None:
        from extraction.pipeline import get_extractor

        extractor = get_extractor()
    iterator = items
    if progress:
        from tqdm import tqdm

        iterator = tqdm(items, desc="evaluating", unit="doc")
    results: list[DocumentResult] = []
    for gold_path, gold in iterator:
        name = gold_path.name[: -len(".gold.json")]
        failure = None
        t0 = time.perf_counter()
        empty = ExtractionResult(source=gold.source.model_copy())
        if pred_dir is not None:
            pp = pred_dir / f"{name}.json"
            if pp.exists():
                try:
                    pred = ExtractionResult.model_validate_json(pp.read_text(encoding="utf-8"))
                except ValueError as exc:
                    pred, failure = empty, f"invalid prediction file: {' '.join(str(exc).split())[:200]}"
            else:
                pred, failure = empty, "no prediction file"
        else:
            doc = document_for_gold(gold_path)
            if doc is None:
                pred, failure = empty, "no document beside the gold file"
            else:
                try:
                    pred = extractor.extract_path(doc)  # type: ignore[union-attr]
                except DHRError as exc:
                    pred, failure = empty, f"{type(exc).__name__}: {exc}"
        secs = time.perf_counter() - t0
        m = evaluate_extraction(pred, gold, threshold=threshold, method=method, doc=name)
        if failure:
            m.errors.insert(0, {"doc": name, "field": "failure", "got": failure})
        results.append(DocumentResult(name=name, metrics=m, seconds=secs, failure=failure))
    return aggregate([r.metrics for r in results]), results


def log_to_mlflow(
    total: ExtractionMetrics,
    results: list[DocumentResult],
    params: dict[str, Any],
    run_name: str = "evaluate-extraction",
    experiment: str = "extraction",
) -> str:
    """Log params, headline metrics and the per-document breakdown (artefact) to the local mlflow store.

    Returns the run id. The tracking URI is ``Settings.mlflow_tracking_uri`` (sqlite, offline).
    """
    import json
    import os
    import tempfile

    os.environ.setdefault("MLFLOW_ENABLE_ASYNC_LOGGING", "false")
    import mlflow

    from dhr.settings import get_settings

    uri = get_settings().mlflow_tracking_uri
    art_root: Path | None = None
    if uri.startswith("sqlite:///"):
        db = Path(uri[len("sqlite:///") :])
        db.parent.mkdir(parents=True, exist_ok=True)
        art_root = db.parent.resolve() / "artifacts"
    mlflow.set_tracking_uri(uri)
    exp = mlflow.get_experiment_by_name(experiment)
    if exp is None:
        exp_id = mlflow.create_experiment(
            experiment, artifact_location=art_root.as_uri() if art_root else None
        )
    else:
        exp_id = exp.experiment_id
    with mlflow.start_run(experiment_id=exp_id, run_name=run_name) as run:
        mlflow.log_params({k: str(v)[:500] for k, v in params.items()})
        mlflow.log_metrics({k: float(v) for k, v in total.headline().items()})
        with tempfile.TemporaryDirectory() as tmp:
            t = Path(tmp)
            (t / "per_document.json").write_text(
                json.dumps([r.as_dict() for r in results], indent=2, default=str), encoding="utf-8"
            )
            (t / "summary.json").write_text(
                json.dumps(total.as_dict(with_errors=False), indent=2), encoding="utf-8"
            )
            (t / "table.txt").write_text(total.table() + "\n", encoding="utf-8")
            mlflow.log_artifacts(str(t))
        return run.info.run_id
