"""Benchmark of the query encoder: CPU ms per query of the run-time ONNX encoder (fp32, mixed and int8 graphs,
``OnnxEncoder.encode_queries``, one thread as ``dhr serve`` runs) beside sentence-transformers on torch (the
previous path, the baseline; only where the ``[train]`` extra is installed), at batch sizes 1, 4 and 8, with the
cosines of each path's vectors against torch's (or against ONNX fp32 without torch). Then, per ONNX graph, one
query at a time: wall ms (median, p95) and CPU ms on one and on two intra-op threads (does a second thread
shorten a lone query, and what CPU does it cost under load), and the tokenizer's own share.

Queries are chair-like searches from ``evaluation.load_service.query_stream`` after thesaurus expansion (what
the library embeds). Prints a table, then one JSON line.

With ``--recall``, instead: the synthetic retrieval evaluation (``evaluation.retrieval.evaluate``, no sweep, no
mlflow) once per way of encoding the queries - torch (baseline), ONNX fp32, mixed and int8; documents are always
embedded by the ONNX fp32 graph (equal to torch's to ~1e-7). Prints Recall@10 of hybrid and dense search per
split; this is how ``AUTO_QUERY_PRECISION`` was chosen.

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
ONNX_PRECISIONS = ("fp32", "mixed", "int8")


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


def _torch_encoder() -> Callable[[Sequence[str]], np.ndarray] | None:
    """sentence-transformers' ``encode`` on one torch thread, or None without the [train] extra."""
    try:
        import torch

        from training.export_onnx import _package_model_dir, _torch_model
    except ImportError:
        return None
    torch.set_num_threads(1)
    st = _torch_model(_package_model_dir())

    def encode(texts: Sequence[str]) -> np.ndarray:
        return np.asarray(st.encode(list(texts), normalize_embeddings=True, show_progress_bar=False))

    return encode


def run(count: int = 200, rounds: int = 2) -> dict[str, Any]:
    from encoder.minilm import OnnxEncoder

    queries = _queries(count)
    encoders = {p: OnnxEncoder(query_precision=p) for p in ONNX_PRECISIONS}
    fp32 = encoders["fp32"]
    paths: dict[str, Callable[[Sequence[str]], np.ndarray]] = {
        f"onnx_{p}": e.encode_queries for p, e in encoders.items()
    }
    st = _torch_encoder()
    if st is not None:
        paths = {"torch_st": st, **paths}
    reference = st(queries) if st is not None else fp32.encode_queries(queries)
    result: dict[str, Any] = {
        "queries": len(queries),
        "cpu": platform.processor() or platform.machine(),
        "threads": 1,
        "reference": "torch_st" if st is not None else "onnx_fp32",
        "ms_per_query": {
            name: {f"batch{s}": round(_cpu_ms_per_query(fn, queries, s, rounds), 3) for s in BATCH_SIZES}
            for name, fn in paths.items()
        },
        "cosine_vs_reference": {
            f"{name}_batch1": _cosines(np.vstack([fn([q]) for q in queries]), reference)
            for name, fn in paths.items()
            if name != "torch_st"
        },
        "one_query": {p: _one_query(e, p, queries) for p, e in encoders.items()},
        "tokenizer_ms_per_query": _tokenizer_ms(fp32, queries, rounds),
    }
    return result


def _one_query(encoder: Any, precision: str, queries: list[str]) -> dict[str, float]:
    """One query per call (a lone client): wall ms median/p95 and CPU ms per query, on 1 and on 2 threads."""
    out: dict[str, float] = {}
    for threads in (1, 2):
        encoder._encode(queries[:5], precision, threads)  # warm up (session made)
        walls = []
        cpu = time.process_time()
        for query in queries:
            started = time.perf_counter()
            encoder._encode([query], precision, threads)
            walls.append(time.perf_counter() - started)
        cpu = time.process_time() - cpu
        out[f"wall_p50_t{threads}"] = round(1000 * float(np.median(walls)), 3)
        out[f"wall_p95_t{threads}"] = round(1000 * float(np.percentile(walls, 95)), 3)
        out[f"cpu_t{threads}"] = round(1000 * cpu / len(queries), 3)
    return out


def _tokenizer_ms(encoder: Any, queries: list[str], rounds: int) -> float:
    """CPU ms per query of the fast tokenizer alone (``encode_batch`` of one text, as ``_forward`` calls it)."""
    encoder.encode_queries(queries[:1])  # loads the tokenizer
    tokenizer = encoder._tokenizer
    best = float("inf")
    for _ in range(max(rounds, 3)):
        started = time.process_time()
        for query in queries:
            tokenizer.encode_batch([query])
        best = min(best, time.process_time() - started)
    return round(1000 * best / len(queries), 4)


def _table(result: dict[str, Any]) -> str:
    lines = [f"CPU ms/query, 1 thread, {result['queries']} queries ({result['cpu']})"]
    lines.append(f"{'path':<16}" + "".join(f"{'batch ' + str(s):>10}" for s in BATCH_SIZES))
    for name, row in result["ms_per_query"].items():
        lines.append(f"{name:<16}" + "".join(f"{row[f'batch{s}']:>10.2f}" for s in BATCH_SIZES))
    for name, cos in result["cosine_vs_reference"].items():
        lines.append(
            f"cosine {name} vs {result['reference']}: " + ", ".join(f"{k} {v:.6g}" for k, v in cos.items())
        )
    lines.append("one query per call, ms: wall p50 / p95 / CPU, on 1 and 2 intra-op threads")
    for name, row in result["one_query"].items():
        cells = "   ".join(
            f"t{t}: {row[f'wall_p50_t{t}']:.2f} / {row[f'wall_p95_t{t}']:.2f} / {row[f'cpu_t{t}']:.2f}"
            for t in (1, 2)
        )
        lines.append(f"{name:<6} {cells}")
    lines.append(f"tokenizer alone: {result['tokenizer_ms_per_query']:.3f} ms CPU per query")
    return "\n".join(lines)


def recall(modes: Sequence[str] = ("torch", "fp32", "mixed", "int8")) -> dict[str, Any]:
    """Recall@10 (and nDCG@10) per split of hybrid and dense search, for each way of encoding the queries."""
    import os

    from dhr.settings import get_settings
    from encoder.minilm import OnnxEncoder
    from evaluation import retrieval as evaluation
    from retrieval import embeddings

    original = OnnxEncoder.encode_queries
    out: dict[str, Any] = {}
    try:
        for mode in modes:
            if mode == "torch":
                st = _torch_encoder()
                if st is None:
                    continue
                OnnxEncoder.encode_queries = lambda self, texts, _st=st: _st(texts)  # type: ignore[method-assign]
            else:
                OnnxEncoder.encode_queries = original  # type: ignore[method-assign]
            os.environ["DHR_QUERY_PRECISION"] = "fp32" if mode == "torch" else mode
            get_settings.cache_clear()
            embeddings._encoder.cache_clear()
            embeddings._base_encoder.cache_clear()
            result = evaluation.evaluate(tune=False, log_mlflow=False)
            out[mode] = {
                "encoder": result["encoder"],
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
        OnnxEncoder.encode_queries = original  # type: ignore[method-assign]
        os.environ.pop("DHR_QUERY_PRECISION", None)
        get_settings.cache_clear()
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=200, help="queries timed per path and batch size")
    parser.add_argument("--rounds", type=int, default=2, help="timed rounds; the best is reported")
    parser.add_argument(
        "--recall",
        action="store_true",
        help="retrieval Recall@10: torch vs ONNX fp32, mixed and int8 queries",
    )
    args = parser.parse_args(argv)
    if args.recall:
        figures = recall()
        for mode, row in figures.items():
            for search in ("hybrid", "dense"):
                cells = ", ".join(f"{split} {v['recall_at_10']:.4f}" for split, v in row[search].items())
                print(f"{mode:<6} {search:<7} Recall@10: {cells}")
        print(json.dumps(figures))
        return
    result = run(args.queries, args.rounds)
    print(_table(result))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
