"""Retrieval evaluation: Recall@10, nDCG@10 and MRR of lexical-only, dense-only and hybrid search, in one run.

The corpus (records JSONL: ``corpus.jsonl`` plus the held-out set's ``heldout_corpus.jsonl``) is loaded into a
temporary library with the real embedding model; each query is searched in each mode with the library's defaults
(including the per-area diversity cap, i.e. what a chair gets). Figures are reported per split: ``dev`` (the only
split any setting may be tuned on), ``test`` (same authors and topics as dev, not tuned on) and ``heldout``
(``heldout_queries.jsonl``: written before the ranking was changed, different wording habits, graded judgements
and eight lessons absent from the dev/test topics; its 13 queries about those lessons alone are also reported
as ``heldout_new``). ``dev`` is ``queries.jsonl``'s dev part plus ``dev_queries.jsonl`` (48 more, one per topic).
With ``tune``, variants around the defaults (one change each), the previous defaults and, when the search
adapter is on, the stock model are run as well, and the best on ``dev`` (Recall@10, then nDCG@10) is reported
with its test and heldout figures. Figures are logged to mlflow.

Query lines: ``{"query", "relevant": [ids], "partial"?: [ids], "split"?}``. Recall@10 and MRR count
``relevant`` (grade 2); nDCG@10 uses graded gains (relevant 2, partial 1; binary when no ``partial``).
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
DEFAULT_CORPORA = ("corpus.jsonl", "heldout_corpus.jsonl")
DEFAULT_QUERIES = ("queries.jsonl", "dev_queries.jsonl", "heldout_queries.jsonl")
SPLITS = ("dev", "test", "heldout")
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
            if not isinstance(item.get("partial", []), list):
                raise ValueError("'partial' must be a list of record ids")
        except (ValueError, AttributeError) as exc:
            raise InputError(f"{path}:{number}: bad query line ({exc})") from exc
        out.append(item)
    if not out:
        raise InputError(f"no queries in {path}")
    return out


def metrics(
    ranked: list[str], relevant: set[str], k: int = K, partial: set[str] | None = None
) -> dict[str, float]:
    """Recall@k and MRR over ``relevant``; nDCG@k with gains 2 (relevant) / 1 (partial), binary without partial."""
    partial = (partial or set()) - relevant
    top = ranked[:k]
    recall = sum(1.0 for r in top if r in relevant) / len(relevant)
    if partial:
        gains = [2.0 if r in relevant else 1.0 if r in partial else 0.0 for r in top]
        ideal_gains = sorted([2.0] * len(relevant) + [1.0] * len(partial), reverse=True)[:k]
    else:
        gains = [1.0 if r in relevant else 0.0 for r in top]
        ideal_gains = [1.0] * min(k, len(relevant))
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sum(g / math.log2(i + 2) for i, g in enumerate(ideal_gains))
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
        row = metrics([h.id for h in hits], set(item["relevant"]), partial=set(item.get("partial", [])))
        per_split["all"].append(row)
        for split in (item.get("split"), item.get("group")):
            if split:
                per_split.setdefault(split, []).append(row)
    return {split: _mean(rows) for split, rows in per_split.items()}


def evaluate(
    *,
    corpus: Path | list[Path] | None = None,
    queries: Path | list[Path] | None = None,
    tune: bool = True,
    log_mlflow: bool = True,
    settings: Settings | None = None,
    encoder: Any = None,
) -> dict[str, Any]:
    """Evaluate the three modes (and, with ``tune``, a fusion sweep); returns the figures (and logs them)."""
    from retrieval.ingest import add_paths
    from retrieval.library import Library
    from retrieval.params import DEFAULT_FUSION, FusionParams

    PREVIOUS = FusionParams(**PREVIOUS_DEFAULTS)

    settings = settings or get_settings()
    corpora = _paths(corpus, DEFAULT_CORPORA)
    for path in corpora:
        if not path.is_file():
            raise InputError(f"corpus file not found: {str(path)!r}")
    items = [item for path in _paths(queries, DEFAULT_QUERIES) for item in load_queries(path)]
    _mark_new_topics(items, corpora)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dhr-eval-retrieval-") as tmp:
        lib_settings = settings.model_copy(update={"database_url": None, "library_dir": Path(tmp)})
        library = Library.open(Path(tmp), settings=lib_settings, encoder=encoder)
        report = add_paths(library, corpora, labeler=None)
        if report.errors:
            raise InputError(f"corpus has bad records: {report.errors[0]}")
        library.refresh()
        result: dict[str, Any] = {
            "corpus": ", ".join(str(p) for p in corpora),
            "queries": len(items),
            "queries_per_split": {s: sum(1 for q in items if q.get("split") == s) for s in SPLITS},
            "records": report.recommendations_added + report.recommendations_unchanged,
            "encoder": library.encoder.name,
            "fusion_default": DEFAULT_FUSION.__dict__,
            "lexical": run_queries(library, items, "lexical"),
            "dense": run_queries(library, items, "dense"),
            "hybrid": run_queries(library, items, "hybrid"),
        }
        if tune:
            result["sweep"] = _sweep(library, items)
            # The full thesaurus was written after looking at dev/test misses: an ablation, never a candidate.
            tunable = [
                n for n in result["sweep"] if n.startswith("hybrid_") and not n.endswith("full_thesaurus")
            ]

            def on_dev(name: str) -> tuple[float, float]:  # Recall@10 (the target), then nDCG@10
                dev = result["sweep"][name].get("dev", result["sweep"][name]["all"])
                return (dev["recall_at_10"], dev["ndcg_at_10"])

            best = max(tunable, key=on_dev)
            result["best_on_dev"] = {"setting": best, **result["sweep"][best]}
            base = getattr(library.encoder, "base", None)
            if base is not None:  # the same run without the search adapter (stock MiniLM)
                stock = Library.open(Path(tmp) / "stock", settings=lib_settings, encoder=base)
                add_paths(stock, corpora, labeler=None)
                stock.refresh()
                for name, params in (("stock_model", DEFAULT_FUSION), ("stock_model_previous", PREVIOUS)):
                    for mode in ("lexical", "dense", "hybrid"):
                        result["sweep"][f"{mode}_{name}"] = run_queries(stock, items, mode, params)  # type: ignore[arg-type]
                stock.close()
        library.close()
    result["seconds"] = round(time.perf_counter() - start, 1)
    if log_mlflow:
        _log(result, settings)
    return result


#: The defaults before the search adapter, query expansion and PRF (commit c652c54), for comparison.
PREVIOUS_DEFAULTS = {
    "prf": 0,
    "prf_weight": 0.7,
    "expand_queries": False,
    "agency_boost": 0.3,
    "related_agency_weight": 0.0,
    "theme_boost": 0.0,
    "level_boost": 0.0,
}


def _sweep(library: Any, items: list[dict[str, Any]]) -> dict[str, Any]:
    """Variants around the defaults (one change each), and the previous defaults; ``hybrid_*`` ones compete
    for ``best_on_dev``."""
    from dataclasses import replace

    from retrieval.params import DEFAULT_FUSION

    d = DEFAULT_FUSION
    variants: dict[str, Any] = {
        "previous": replace(d, **PREVIOUS_DEFAULTS),
        "default": d,
        "no_expansion": replace(d, expand_queries=False),
        "no_prf": replace(d, prf=0),
        "prf1": replace(d, prf=1),
        "prf3": replace(d, prf=3),
        "prf_fetch": replace(d, prf_fetch=True),
        "prf_weight0.3": replace(d, prf_weight=0.3),
        "prf_weight0.7": replace(d, prf_weight=0.7),
        "agency_boost0": replace(d, agency_boost=0.0),
        "agency_boost0.5": replace(d, agency_boost=0.5),
        # Query understanding (retrieval/query_understanding.py): each label boost off, and the national one on.
        "theme_boost0": replace(d, theme_boost=0.0),
        "theme_boost0.2": replace(d, theme_boost=0.2),
        "related_agency0": replace(d, related_agency_weight=0.0),
        "level_boost0.2": replace(d, level_boost=0.2),
        "no_query_understanding": replace(d, agency_boost=0.0, theme_boost=0.0, level_boost=0.0),
        "w0.6": replace(d, dense_weight=0.6),
        "w0.8": replace(d, dense_weight=0.8),
        "zscore_w0.6": replace(d, fusion="zscore", dense_weight=0.6),
        "zscore_w0.7": replace(d, fusion="zscore"),
        "rrf60": replace(d, fusion="rrf", rrf_k=60),
        "candidates50": replace(d, candidates=50),
        "candidates200": replace(d, candidates=200),
        "bm25_k1.5_b0.75": replace(d, k1=1.5),
        "bm25_k0.9_b0.4": replace(d, k1=0.9, b=0.4),
        "no_thesaurus": replace(d, thesaurus=False, expand_queries=False),
        # The earlier larger thesaurus written after looking at dev/test misses (optimistic there).
        "full_thesaurus": replace(d, vocabulary="full"),
    }
    sweep: dict[str, Any] = {}
    for name, params in variants.items():
        modes = (
            ("lexical", "dense", "hybrid")
            if name in ("previous", "no_thesaurus", "full_thesaurus")
            else ("hybrid",)
        )
        for mode in modes:
            sweep[f"{mode}_{name}"] = run_queries(library, items, mode, params)
    return sweep


def _mark_new_topics(items: list[dict[str, Any]], corpora: list[Path]) -> None:
    """Held-out queries whose relevant records are all in the held-out corpus (lessons absent from dev/test
    and from every training source) also count in the group ``heldout_new``."""
    extra = [p for p in corpora if p.name == "heldout_corpus.jsonl"]
    if not extra:
        return
    ids = {
        json.loads(line)["id"] for line in extra[0].read_text(encoding="utf-8").splitlines() if line.strip()
    }
    for item in items:
        if item.get("split") == "heldout" and set(item["relevant"]) <= ids:
            item["group"] = "heldout_new"


def _paths(given: Path | list[Path] | None, defaults: tuple[str, ...]) -> list[Path]:
    if given is None:
        return [ANNOTATIONS / name for name in defaults]
    return [Path(p) for p in given] if isinstance(given, list) else [Path(given)]


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


def search_latency(
    library_dir: Path, *, threads: int = 8, settings: Settings | None = None, k: int = K
) -> dict[str, Any]:
    """In-process hybrid-search latency on an existing library: the team's queries (dev, test and heldout),
    once on one thread, then spread over ``threads`` threads at once. Figures in milliseconds.

    E.g. on the 200k demo library: ``build_demo_library(Path('/tmp/lib200k'), DemoSpec(reviews_per_csp_year=8.9))``
    then ``search_latency(Path('/tmp/lib200k'), settings=Settings(library_dir=..., embedding_model='hash'))``.
    """
    import threading

    import numpy as np

    from retrieval.library import Library

    settings = settings or get_settings()
    texts = [q["query"] for name in DEFAULT_QUERIES for q in load_queries(ANNOTATIONS / name)]
    start = time.perf_counter()
    library = Library.open(Path(library_dir), settings=settings)
    library.warm_up()
    open_s = time.perf_counter() - start

    def percentiles(values: list[float]) -> dict[str, float]:
        ms = np.asarray(values) * 1000
        return {
            "p50_ms": round(float(np.percentile(ms, 50)), 1),
            "p95_ms": round(float(np.percentile(ms, 95)), 1),
        }

    for text in texts[:5]:
        library.search(text, k=k)
    single: list[float] = []
    for text in texts:
        t0 = time.perf_counter()
        library.search(text, k=k)
        single.append(time.perf_counter() - t0)
    shared: list[float] = []
    guard = threading.Lock()

    def worker(offset: int) -> None:
        mine = []
        for text in texts[offset:] + texts[:offset]:
            t0 = time.perf_counter()
            library.search(text, k=k)
            mine.append(time.perf_counter() - t0)
        with guard:
            shared.extend(mine)

    t0 = time.perf_counter()
    workers = [threading.Thread(target=worker, args=(i * 7,)) for i in range(threads)]
    for th in workers:
        th.start()
    for th in workers:
        th.join()
    wall = time.perf_counter() - t0
    records = len(library.refresh())
    library.close()
    return {
        "records": records,
        "queries": len(texts),
        "open_and_warm_s": round(open_s, 2),
        "single_thread": percentiles(single),
        f"threads_{threads}": {**percentiles(shared), "qps": round(len(shared) / wall, 1)},
    }
