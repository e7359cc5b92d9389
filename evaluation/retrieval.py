"""Retrieval evaluation: Recall@10, nDCG@10 and MRR of lexical-only, dense-only and hybrid search, in one run.

The corpus (records JSONL) is loaded into a temporary library with the real embedding model; each query of the
query set is searched in each mode with the library's defaults (including the per-area diversity cap, i.e. what
a chair gets). With ``tune``, the fusion weight (and RRF) is swept on the ``dev`` queries and the best setting is
also reported on the ``test`` queries, which the sweep did not see. Figures are logged to mlflow.
"""

from __future__ import annotations

import json
import math
import tempfile
import time
from pathlib import Path
from typing import Any

from dhr.errors import InputError
from dhr.settings import Settings, get_settings

ANNOTATIONS = Path(__file__).resolve().parent.parent / "annotations" / "retrieval"
K = 10


def load_queries(path: Path) -> list[dict[str, Any]]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read queries file {str(path)!r}: {exc.strerror}") from exc
    out = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not item.get("query") or not isinstance(item.get("relevant"), list) or not item["relevant"]:
                raise ValueError("needs 'query' and a non-empty 'relevant' list")
        except (ValueError, AttributeError) as exc:
            raise InputError(f"{path}:{number}: bad query line ({exc})") from exc
        out.append(item)
    if not out:
        raise InputError(f"no queries in {path}")
    return out


def metrics(ranked: list[str], relevant: set[str], k: int = K) -> dict[str, float]:
    """Recall@k, nDCG@k (binary gains) and MRR (first relevant result, any rank in the list)."""
    top = ranked[:k]
    hits = [1.0 if r in relevant else 0.0 for r in top]
    recall = sum(hits) / len(relevant)
    dcg = sum(h / math.log2(i + 2) for i, h in enumerate(hits))
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(k, len(relevant))))
    mrr = next((1.0 / (i + 1) for i, r in enumerate(ranked) if r in relevant), 0.0)
    return {"recall_at_10": recall, "ndcg_at_10": dcg / ideal if ideal else 0.0, "mrr": mrr}


def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
    if not rows:
        return {}
    return {key: round(sum(r[key] for r in rows) / len(rows), 4) for key in rows[0]}


def run_queries(library: Any, queries: list[dict[str, Any]], mode: str, fusion: Any = None) -> dict[str, Any]:
    per_split: dict[str, list[dict[str, float]]] = {"all": []}
    for item in queries:
        hits = library.search(item["query"], k=K, mode=mode, fusion=fusion)
        row = metrics([h.id for h in hits], set(item["relevant"]))
        per_split["all"].append(row)
        per_split.setdefault(item.get("split", "all"), []).append(row) if item.get("split") else None
    return {split: _mean(rows) for split, rows in per_split.items()}


def evaluate(
    *,
    corpus: Path | None = None,
    queries: Path | None = None,
    tune: bool = True,
    log_mlflow: bool = True,
    settings: Settings | None = None,
    encoder: Any = None,
) -> dict[str, Any]:
    """Evaluate the three modes (and, with ``tune``, a fusion sweep); returns the figures (and logs them)."""
    from retrieval.ingest import add_paths
    from retrieval.library import DEFAULT_FUSION, FusionParams, Library

    settings = settings or get_settings()
    corpus = Path(corpus or ANNOTATIONS / "corpus.jsonl")
    queries_path = Path(queries or ANNOTATIONS / "queries.jsonl")
    if not corpus.is_file():
        raise InputError(f"corpus file not found: {str(corpus)!r}")
    items = load_queries(queries_path)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dhr-eval-retrieval-") as tmp:
        lib_settings = settings.model_copy(update={"database_url": None, "library_dir": Path(tmp)})
        library = Library.open(Path(tmp), settings=lib_settings, encoder=encoder)
        report = add_paths(library, [corpus], labeler=None)
        if report.errors:
            raise InputError(f"corpus has bad records: {report.errors[0]}")
        library.refresh()
        result: dict[str, Any] = {
            "corpus": str(corpus),
            "queries": len(items),
            "records": report.recommendations_added + report.recommendations_unchanged,
            "encoder": library.encoder.name,
            "fusion_default": DEFAULT_FUSION.__dict__,
            "lexical": run_queries(library, items, "lexical"),
            "dense": run_queries(library, items, "dense"),
            "hybrid": run_queries(library, items, "hybrid"),
        }
        if tune:
            sweep = {}
            for w in (0.3, 0.4, 0.5, 0.6, 0.7):
                for prf in (0, 2):
                    params = FusionParams(dense_weight=w, prf=prf)
                    sweep[f"weighted_w{w}_prf{prf}"] = run_queries(library, items, "hybrid", params)
            sweep["rrf_60"] = run_queries(library, items, "hybrid", FusionParams(fusion="rrf", rrf_k=60))
            # Ablations: without the domain thesaurus / query expansion.
            plain = FusionParams(thesaurus=False, expand_queries=False)
            sweep["lexical_no_thesaurus"] = run_queries(library, items, "lexical", plain)
            sweep["dense_no_expansion"] = run_queries(library, items, "dense", plain)
            sweep["hybrid_no_thesaurus"] = run_queries(library, items, "hybrid", plain)
            tunable = [name for name in sweep if name.startswith(("weighted", "rrf"))]
            best = max(tunable, key=lambda name: sweep[name].get("dev", sweep[name]["all"])["ndcg_at_10"])
            result["sweep"] = sweep
            result["best_on_dev"] = {"setting": best, **sweep[best]}
        library.close()
    result["seconds"] = round(time.perf_counter() - start, 1)
    if log_mlflow:
        _log(result, settings)
    return result


def _log(result: dict[str, Any], settings: Settings) -> None:
    import mlflow

    uri = settings.mlflow_tracking_uri
    if uri.startswith("sqlite:///"):
        Path(uri.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    mlflow.set_tracking_uri(uri)
    mlflow.set_experiment("retrieval")
    with mlflow.start_run(run_name="retrieval-eval"):
        mlflow.log_params(
            {
                "corpus": result["corpus"],
                "queries": result["queries"],
                "records": result["records"],
                "encoder": result["encoder"],
                **{f"fusion_{k}": v for k, v in result["fusion_default"].items()},
            }
        )
        for mode in ("lexical", "dense", "hybrid"):
            for split, values in result[mode].items():
                for name, value in values.items():
                    mlflow.log_metric(f"{mode}_{split}_{name}", value)
        for setting, splits in result.get("sweep", {}).items():
            for split, values in splits.items():
                mlflow.log_metric(f"sweep_{setting}_{split}_ndcg_at_10", values["ndcg_at_10"])
        mlflow.log_dict(result, "retrieval_eval.json")
