"""Memory and time per search component against library size, with random vectors and synthetic texts: the
figures behind ``evaluation/SCALE.md``.

For each size: the dense index as the library builds it (``retrieval.index.VectorIndex``: exact below
``index_exact_max``, IVF tuned to recall@10 >= 0.99 above), plain exact search and HNSW for comparison
(``--hnsw-max``), and the BM25 matrix (``retrieval.lexical.BM25``) on synthetic recommendation texts. Times are
one query at a time on one thread, as a request uses them; memory is the arrays' own bytes.

Document vectors are clustered (random centres, each document near one), as sentence embeddings are: on
structureless noise IVF finds no clusters and the index falls back to exact search, which says nothing about real
libraries.

    python -m evaluation.bench_load_scale --sizes 200000,1000000
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import time
from typing import Any

import numpy as np

DIM = 384


def clustered_vectors(
    n: int, dim: int = DIM, centres: int = 2048, spread: float = 0.8, seed: int = 0
) -> np.ndarray:
    """``n`` unit vectors, each a random centre plus noise of about ``spread`` times its length."""
    rng = np.random.default_rng(seed)
    c = rng.standard_normal((centres, dim)).astype(np.float32)
    c /= np.linalg.norm(c, axis=1, keepdims=True)
    out = np.empty((n, dim), dtype=np.float32)
    step = 100_000
    for start in range(0, n, step):
        m = min(step, n - start)
        block = c[rng.integers(0, centres, m)] + rng.standard_normal((m, dim)).astype(np.float32) * (
            spread / np.sqrt(dim)
        )
        out[start : start + m] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


def _queries(vectors: np.ndarray, n: int = 300, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    q = vectors[rng.choice(len(vectors), n, replace=False)] + rng.standard_normal(
        (n, vectors.shape[1])
    ).astype(np.float32) * (1.0 / np.sqrt(vectors.shape[1]))
    return q / np.linalg.norm(q, axis=1, keepdims=True)


def _time_single(search: Any, queries: np.ndarray) -> dict[str, float]:
    import faiss

    faiss.omp_set_num_threads(1)
    times, cpu = [], []
    for q in queries:
        t0, c0 = time.perf_counter(), time.thread_time()
        search(q[None, :])
        cpu.append(time.thread_time() - c0)
        times.append(time.perf_counter() - t0)
    return _percentiles(times, cpu)


def _percentiles(times: list[float], cpu: list[float]) -> dict[str, float]:
    """Wall p50/p95 and the CPU p50 (the figure that holds on a shared machine, where wall time includes
    waiting for a core)."""
    a, c = np.array(times) * 1000, np.array(cpu) * 1000
    return {
        "p50_ms": round(float(np.percentile(a, 50)), 2),
        "p95_ms": round(float(np.percentile(a, 95)), 2),
        "cpu_p50_ms": round(float(np.percentile(c, 50)), 2),
    }


def dense(n: int, hnsw_max: int) -> dict[str, Any]:
    import faiss

    from retrieval.index import VectorIndex, exact_topk, recall_at_k

    t0 = time.perf_counter()
    vectors = clustered_vectors(n)
    out: dict[str, Any] = {
        "vectors_mb": round(vectors.nbytes / 2**20),
        "generate_s": round(time.perf_counter() - t0, 1),
    }
    queries = _queries(vectors)
    ids = np.arange(n, dtype=np.int64)
    truth = exact_topk(vectors, ids, queries, 10)

    flat = faiss.IndexFlatIP(DIM)
    flat.add(vectors)
    out["flat"] = {
        "memory_mb": round(vectors.nbytes / 2**20),
        **_time_single(lambda q: flat.search(q, 10), queries),
    }
    flat.reset()  # frees its copy before the next index is built

    faiss.omp_set_num_threads(2)
    index = VectorIndex(DIM, exact_max=50_000)
    index.build(ids, vectors)
    m = index.meta
    out["library_index"] = {
        "kind": m.kind,
        "nlist": m.nlist,
        "nprobe": m.nprobe,
        "recall_at_10": round(m.recall_at_10 or 0, 4),
        "build_s": round(m.build_s, 1),
        # the library keeps the vectors beside the FAISS index (exact filtered search, rebuilds): two copies
        "memory_mb": round(2 * vectors.nbytes / 2**20),
        **_time_single(lambda q: index.faiss_search(q, 10), queries),
    }
    index.build(ids[:0], vectors[:0])  # frees its copies
    gc.collect()

    if n <= hnsw_max:
        faiss.omp_set_num_threads(2)
        hnsw = faiss.IndexHNSWFlat(DIM, 32, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = 80
        t0 = time.perf_counter()
        hnsw.add(vectors)
        build = time.perf_counter() - t0
        row: dict[str, Any] = {
            "M": 32,
            "build_s": round(build, 1),
            "memory_mb": round((vectors.nbytes + n * 32 * 2 * 4) / 2**20),
        }
        for ef in (32, 64, 128):
            hnsw.hnsw.efSearch = ef
            faiss.omp_set_num_threads(1)
            _, found = hnsw.search(queries, 10)
            row[f"ef{ef}"] = {
                "recall_at_10": round(recall_at_k(found, truth), 4),
                **_time_single(lambda q: hnsw.search(q, 10), queries),
            }
        out["hnsw"] = row
        hnsw.reset()
    del vectors
    gc.collect()
    return out


WORDS = (
    "police gp housing probation mental health services children social care adult safeguarding marac idva "
    "risk assessment dash training routine enquiry information sharing coercive control referral threshold "
    "record keeping professional curiosity economic abuse stalking harassment perpetrator programme review "
    "policy audit supervision substance misuse carer assessment flags case management multi agency awareness"
).split()


def lexical(n: int, seed: int = 0) -> dict[str, Any]:
    from retrieval.lexical import BM25

    rng = random.Random(seed)
    texts = [" ".join(rng.choices(WORDS, k=rng.randint(12, 40))) + f" case {i}" for i in range(n)]
    bm25 = BM25(thesaurus=False)
    gc.collect()
    rss0 = _rss()
    t0 = time.perf_counter()
    bm25.fit(range(n), texts)
    build = time.perf_counter() - t0
    bm25.scores("warm up")  # lazily built parts
    gc.collect()
    nbytes = _rss() - rss0  # the matrices and the id maps, as the process holds them
    queries = [" ".join(rng.choices(WORDS, k=4)) for _ in range(100)]
    times, cpu = [], []
    for q in queries:
        t1, c1 = time.perf_counter(), time.thread_time()
        bm25.scores(q)
        cpu.append(time.thread_time() - c1)
        times.append(time.perf_counter() - t1)
    return {"build_s": round(build, 1), "memory_mb": round(nbytes / 2**20), **_percentiles(times, cpu)}


def _rss() -> int:
    import psutil

    return int(psutil.Process().memory_info().rss)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="200000,1000000")
    parser.add_argument("--hnsw-max", type=int, default=200_000, help="Build HNSW up to this size (slow).")
    parser.add_argument("--skip-lexical", action="store_true")
    parser.add_argument("--json", help="Also write the result here.")
    args = parser.parse_args(argv)
    results = []
    for n in (int(s) for s in args.sizes.split(",")):
        if not 1_000 <= n <= 2_000_000:
            parser.error("sizes must be 1,000-2,000,000 (project beyond)")
        row: dict[str, Any] = {"size": n, "dense": dense(n, args.hnsw_max)}
        if not args.skip_lexical:
            row["bm25"] = lexical(n)
        print(json.dumps(row))
        results.append(row)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)


if __name__ == "__main__":
    main()
