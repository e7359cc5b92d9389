"""Benchmark of the query encoder: CPU ms per query for sentence-transformers ``encode`` (the old query path,
the baseline), the raw fp32 forward and the raw bf16 forward (``SentenceEncoder.encode_queries``), at batch
sizes 1, 4 and 8 on one torch thread (as ``dhr serve`` runs), with the cosines of the raw vectors against ST's.

Queries are chair-like searches from ``evaluation.load_service.query_stream`` after thesaurus expansion (what
the library embeds). Prints a table, then one JSON line.

With ``--recall``, instead: the retrieval evaluation (``evaluation.retrieval.evaluate``, no sweep, no mlflow)
run three times, with the library's query vectors from ``encode_batch`` (ST, the baseline) and from
``encode_queries`` in fp32 and in bf16 (documents are embedded by ``encode_batch`` in every run); prints
Recall@10 of hybrid and dense search per split.

    python -m evaluation.bench_query_encoder [--queries 200] [--rounds 2]
    python -m evaluation.bench_query_encoder --recall
"""

from __future__ import annotations

import argparse
import itertools
import json
import platform
import time
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

BATCH_SIZES = (1, 4, 8)


def _queries(count: int, seed: int = 3) -> list[str]:
    from evaluation.load_service import query_stream
    from retrieval.thesaurus import expand_query

    return [expand_query(q) for q in itertools.islice(query_stream(seed), count)]


def _cpu_ms_per_query(
    fn: Callable[[Sequence[str]], np.ndarray], queries: list[str], size: int, rounds: int
) -> float:
    """CPU time (process) per query, best round of ``rounds`` (the box is shared; the least-disturbed round)."""
    fn(queries[:size])  # warm up
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for start in range(0, len(queries), size):
            fn(queries[start : start + size])
        best = min(best, time.process_time() - started)
    return 1000 * best / len(queries)


def _cosines(a: np.ndarray, b: np.ndarray) -> dict[str, float]:
    cos = np.sum(a * b, axis=1)
    return {"mean": round(float(cos.mean()), 6), "min": round(float(cos.min()), 6)}


def run(count: int = 200, rounds: int = 2) -> dict[str, Any]:
    import torch

    from retrieval.embeddings import SentenceEncoder

    queries = _queries(count)
    fp32 = SentenceEncoder(query_precision="fp32")
    bf16 = SentenceEncoder(query_precision="bf16")
    st = fp32._load()
    bf16._model = st  # one model in memory: the bf16 encoder copies it
    auto = SentenceEncoder(query_precision="auto")
    auto._model = st

    def st_encode(texts: Sequence[str]) -> np.ndarray:
        return st.encode(list(texts), normalize_embeddings=True, show_progress_bar=False)

    paths: dict[str, Callable[[Sequence[str]], np.ndarray]] = {
        "st_encode_fp32": st_encode,
        "raw_fp32": fp32.encode_queries,
        "raw_bf16": bf16.encode_queries,
    }
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        result: dict[str, Any] = {
            "cpu": platform.processor() or platform.machine(),
            "torch": torch.__version__,
            "torch_threads": 1,
            "queries": len(queries),
            "mean_words_per_query": round(float(np.mean([len(q.split()) for q in queries])), 1),
            "ms_per_query": {},
        }
        for name, fn in paths.items():
            result["ms_per_query"][name] = {
                f"batch{size}": round(_cpu_ms_per_query(fn, queries, size, rounds), 2) for size in BATCH_SIZES
            }
        reference = st_encode(queries)
        result["cosine_vs_st"] = {
            "raw_fp32_batch1": _cosines(np.vstack([fp32.encode_queries([q]) for q in queries]), reference),
            "raw_fp32_batch8": _cosines(fp32.encode_queries(queries[:8]), reference[:8])
            | {"max_abs_diff_all": float(np.abs(fp32.encode_queries(queries) - reference).max())},
            "raw_bf16_batch1": _cosines(np.vstack([bf16.encode_queries([q]) for q in queries]), reference),
            "raw_bf16_batched": _cosines(bf16.encode_queries(queries), reference),
        }
        auto.encode_queries(["warm up"])
        result["auto_choice"] = {"precision": auto.query_precision, "probe": auto.probe}
    finally:
        torch.set_num_threads(before)
    return result


def _table(result: dict[str, Any]) -> str:
    lines = [
        f"CPU ms/query, 1 torch thread, {result['queries']} queries ({result['cpu']}, torch {result['torch']})"
    ]
    lines.append(f"{'path':<16}" + "".join(f"{'batch ' + str(s):>10}" for s in BATCH_SIZES))
    for name, row in result["ms_per_query"].items():
        lines.append(f"{name:<16}" + "".join(f"{row[f'batch{s}']:>10.2f}" for s in BATCH_SIZES))
    for name, cos in result["cosine_vs_st"].items():
        lines.append(f"cosine {name} vs ST: " + ", ".join(f"{k} {v:.6g}" for k, v in cos.items()))
    lines.append(f"auto picks: {result['auto_choice']['precision']} (probe {result['auto_choice']['probe']})")
    return "\n".join(lines)


class _QueriesThrough:
    """Stands in for the library's encoder inside its query batcher: queries go through ``encode_queries``."""

    def __init__(self, encoder: Any) -> None:
        self.encoder, self.name, self.dim = encoder, encoder.name, encoder.dim

    def encode_batch(self, texts: Sequence[str]) -> np.ndarray:
        from retrieval.embeddings import encode_queries

        return encode_queries(self.encoder, texts)


def recall(modes: Sequence[str] = ("st", "fp32", "bf16")) -> dict[str, Any]:
    """Recall@10 (and nDCG@10) per split of hybrid and dense search, for each way of encoding the queries."""
    import os

    from dhr.settings import get_settings
    from evaluation import retrieval as evaluation
    from retrieval import embeddings, library

    original_init = library._QueryBatcher.__init__
    out: dict[str, Any] = {}
    try:
        for mode in modes:
            os.environ["DHR_QUERY_PRECISION"] = "fp32" if mode == "st" else mode
            get_settings.cache_clear()
            embeddings._encoder.cache_clear()
            embeddings._base_encoder.cache_clear()

            def init(self: Any, encoder: Any, max_batch: int = 16, _mode: str = mode) -> None:
                original_init(self, encoder if _mode == "st" else _QueriesThrough(encoder), max_batch)

            library._QueryBatcher.__init__ = init  # type: ignore[method-assign]
            result = evaluation.evaluate(tune=False, log_mlflow=False)
            base = embeddings._base_encoder()
            out[mode] = {
                "encoder": result["encoder"],
                "query_precision": None if mode == "st" else base.query_precision,
                **{
                    search: {
                        split: {
                            "recall_at_10": round(result[search][split]["recall_at_10"], 4),
                            "ndcg_at_10": round(result[search][split]["ndcg_at_10"], 4),
                        }
                        for split in ("dev", "test", "heldout")
                        if split in result[search]
                    }
                    for search in ("hybrid", "dense")
                },
            }
    finally:
        library._QueryBatcher.__init__ = original_init  # type: ignore[method-assign]
        os.environ.pop("DHR_QUERY_PRECISION", None)
        get_settings.cache_clear()
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=200, help="queries timed per path and batch size")
    parser.add_argument("--rounds", type=int, default=2, help="timed rounds; the best is reported")
    parser.add_argument(
        "--recall", action="store_true", help="retrieval Recall@10: ST vs fp32 vs bf16 queries"
    )
    args = parser.parse_args(argv)
    if args.recall:
        figures = recall()
        for mode, row in figures.items():
            for search in ("hybrid", "dense"):
                cells = ", ".join(f"{split} {v['recall_at_10']:.4f}" for split, v in row[search].items())
                print(f"{mode:<5} {search:<7} Recall@10: {cells}")  # noqa: T201
        print(json.dumps(figures))  # noqa: T201
        return
    result = run(args.queries, args.rounds)
    print(_table(result))  # noqa: T201 - a command's output
    print(json.dumps(result))  # noqa: T201


if __name__ == "__main__":
    main()
