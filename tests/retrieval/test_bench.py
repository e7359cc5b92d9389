"""The search benchmark: output contract (fast, tiny) and the 200k target (bench marker; 1M stays manual)."""

from __future__ import annotations

import pytest

from retrieval.bench import bench_search

KEYS = {"records", "p50_ms", "p95_ms", "recall_at_10_vs_exact", "build_s", "rss_mb"}


def test_bench_output_contract_tiny() -> None:
    result = bench_search(records=3000, queries=50, exact_max=500)
    assert KEYS <= set(result) and result["records"] == 3000 and result["index"] == "ivf"
    assert result["recall_at_10_vs_exact"] >= 0.9


@pytest.mark.bench
def test_bench_200k_meets_target() -> None:
    result = bench_search(records=200_000, queries=1000)
    print(result)
    assert result["p95_ms"] <= 20 and result["recall_at_10_vs_exact"] >= 0.95
