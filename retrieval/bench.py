"""Search benchmark: build the library's vector index on N synthetic vectors and time single queries.

The vectors imitate sentence embeddings of recommendations: a mixture of many topics (Gaussian clusters of
varying spread around random unit centres in 384-d, normalised), so neighbours are concentrated as in real
text rather than uniformly spread (uniform random vectors make IVF look worse and flat search look the same).
Queries are fresh draws from the same mixture, not copies of stored vectors. Recall@10 is measured against
exact search over the same vectors.
"""

from __future__ import annotations

import resource
import time

import numpy as np

from retrieval.index import VectorIndex, exact_topk, recall_at_k


def synthetic_vectors(
    n: int, dim: int = 384, *, topics: int | None = None, seed: int = 0, chunk: int = 100_000
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``(vectors, centres, spreads, weights)``: n normalised float32 vectors from a mixture of topic clusters."""
    rng = np.random.default_rng(seed)
    topics = topics or max(50, int(np.sqrt(n) * 2))
    centres = rng.normal(size=(topics, dim)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    # Per-topic spread: cosine to the centre ~0.55-0.85, like paraphrases of one recommendation theme.
    spreads = rng.uniform(0.6, 1.3, size=topics).astype(np.float32) / np.sqrt(dim)
    out = np.empty((n, dim), dtype=np.float32)
    weights = rng.dirichlet(np.full(topics, 0.5))
    for start in range(0, n, chunk):
        m = min(chunk, n - start)
        out[start : start + m] = _draw(rng, centres, spreads, weights, m)
    return out, centres, spreads, weights


def _draw(
    rng: np.random.Generator, centres: np.ndarray, spreads: np.ndarray, weights: np.ndarray, m: int
) -> np.ndarray:
    labels = rng.choice(len(centres), size=m, p=weights)
    noise = rng.normal(size=(m, centres.shape[1])).astype(np.float32) * spreads[labels, None]
    vectors = centres[labels] + noise
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_search(
    *, records: int, queries: int = 1000, exact_max: int = 50_000, seed: int = 0, k: int = 10
) -> dict[str, float | int | str]:
    """Build the index on ``records`` synthetic vectors and time ``queries`` single-query searches.

    Returns ``{"records", "p50_ms", "p95_ms", "recall_at_10_vs_exact", "build_s", "rss_mb", ...}``.
    """
    import faiss

    vectors, centres, spreads, weights = synthetic_vectors(records, seed=seed)
    ids = np.arange(1, records + 1, dtype=np.int64)
    rng = np.random.default_rng(seed + 1)
    qs = _draw(rng, centres, spreads, weights, queries)
    index = VectorIndex(vectors.shape[1], exact_max=exact_max, model="synthetic")
    start = time.perf_counter()
    index.build(ids, vectors, None, seed=seed)
    build_s = time.perf_counter() - start
    del vectors  # the index holds the array (exact filtered search) plus the IVF lists: ~2x the raw vectors
    faiss.omp_set_num_threads(1)  # single queries: threads only add overhead
    times = np.empty(queries, dtype=np.float64)
    found = np.full((queries, k), -1, dtype=np.int64)
    for i in range(queries):
        t0 = time.perf_counter()
        hits = index.search(qs[i], k)
        times[i] = time.perf_counter() - t0
        found[i, : len(hits)] = [h[0] for h in hits]
    faiss.omp_set_num_threads(0) if hasattr(faiss, "omp_set_num_threads") else None
    truth = exact_topk(index.vectors, index.ids, qs, k)
    return {
        "index": index.meta.kind,
        "nlist": index.meta.nlist,
        "nprobe": index.meta.nprobe,
        "tuned_recall_at_10": round(float(index.meta.recall_at_10 or 0.0), 4),
        "records": records,
        "p50_ms": round(float(np.percentile(times, 50) * 1000), 3),
        "p95_ms": round(float(np.percentile(times, 95) * 1000), 3),
        "recall_at_10_vs_exact": round(recall_at_k(found, truth), 4),
        "build_s": round(build_s, 2),
        "rss_mb": round(_rss_mb(), 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
