"""evaluation/retrieval.py: metric definitions and a full run on the team query set (hash encoder, no mlflow)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from dhr.errors import InputError
from dhr.settings import Settings
from evaluation.retrieval import ANNOTATIONS, evaluate, load_queries, metrics
from retrieval.embeddings import HashEncoder


def test_metrics() -> None:
    m = metrics(["a", "x", "b"], {"a", "b", "c"})
    assert m["recall_at_10"] == pytest.approx(2 / 3)
    assert m["mrr"] == 1.0
    assert 0 < m["ndcg_at_10"] < 1
    assert metrics(["x", "a"], {"a"})["mrr"] == 0.5
    assert metrics(["x"], {"a"}) == {"recall_at_10": 0.0, "ndcg_at_10": 0.0, "mrr": 0.0}


def test_graded_metrics() -> None:
    # A partial (grade 1) hit adds to nDCG but not to recall or MRR.
    graded = metrics(["p", "a"], {"a"}, partial={"p"})
    assert graded["recall_at_10"] == 1.0 and graded["mrr"] == 0.5
    ideal = 2 + 1 / math.log2(3)
    assert graded["ndcg_at_10"] == pytest.approx((1 + 2 / math.log2(3)) / ideal)
    assert metrics(["a", "p"], {"a"}, partial={"p"})["ndcg_at_10"] == pytest.approx(1.0)


def test_query_set_is_well_formed() -> None:
    queries = load_queries(ANNOTATIONS / "queries.jsonl")
    corpus_ids = {json.loads(line)["id"] for line in (ANNOTATIONS / "corpus.jsonl").read_text().splitlines()}
    assert len(queries) >= 40 and len(corpus_ids) >= 200
    assert all(set(q["relevant"]) <= corpus_ids for q in queries)
    assert {q["split"] for q in queries} == {"dev", "test"}


def test_heldout_set_is_well_formed() -> None:
    corpus_ids = {
        json.loads(line)["id"]
        for name in ("corpus.jsonl", "heldout_corpus.jsonl")
        for line in (ANNOTATIONS / name).read_text().splitlines()
    }
    heldout = load_queries(ANNOTATIONS / "heldout_queries.jsonl")
    assert len(heldout) >= 40
    assert {q["split"] for q in heldout} == {"heldout"}
    for q in heldout:
        assert set(q["relevant"]) <= corpus_ids and set(q["partial"]) <= corpus_ids, q["id"]
        assert not set(q["relevant"]) & set(q["partial"]), q["id"]


def test_evaluate_reports_three_modes(tmp_path: Path) -> None:
    result = evaluate(
        tune=False, log_mlflow=False, settings=Settings(library_dir=tmp_path), encoder=HashEncoder()
    )
    for mode in ("lexical", "dense", "hybrid"):
        assert set(result[mode]["all"]) == {"recall_at_10", "ndcg_at_10", "mrr"}
    assert result["records"] == 272
    assert set(result["hybrid"]) == {"all", "dev", "test", "heldout", "heldout_new"}
    assert result["queries_per_split"]["heldout"] >= 40
    assert result["queries_per_split"]["dev"] >= 70  # queries.jsonl + dev_queries.jsonl


def test_extra_dev_queries_are_well_formed_and_dev_only() -> None:
    corpus_ids = {json.loads(line)["id"] for line in (ANNOTATIONS / "corpus.jsonl").read_text().splitlines()}
    extra = load_queries(ANNOTATIONS / "dev_queries.jsonl")
    assert len(extra) >= 40
    assert {q["split"] for q in extra} == {"dev"}
    assert all(set(q["relevant"]) <= corpus_ids for q in extra)
    seen = {q["query"].lower() for q in load_queries(ANNOTATIONS / "queries.jsonl")}
    seen |= {q["query"].lower() for q in load_queries(ANNOTATIONS / "heldout_queries.jsonl")}
    assert not {q["query"].lower() for q in extra} & seen


def test_sweep_compares_variants_with_the_previous_defaults(tmp_path: Path) -> None:
    from evaluation.retrieval import _sweep
    from retrieval.ingest import add_paths
    from retrieval.library import Library

    settings = Settings(library_dir=tmp_path, database_url=None)
    library = Library.open(tmp_path, settings=settings, encoder=HashEncoder())
    add_paths(library, [ANNOTATIONS / "corpus.jsonl"], labeler=None)
    items = load_queries(ANNOTATIONS / "queries.jsonl")[:6]
    sweep = _sweep(library, items)
    library.close()
    assert {
        "hybrid_default",
        "hybrid_previous",
        "lexical_previous",
        "dense_previous",
        "hybrid_zscore_w0.6",
    } <= set(sweep)
    assert all(0.0 <= v["all"]["recall_at_10"] <= 1.0 for v in sweep.values())


def test_bad_queries_file(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text('{"query": "x"}\n')
    with pytest.raises(InputError, match="relevant"):
        load_queries(path)


def test_search_latency_on_a_small_library(lib_loaded, lib_settings) -> None:  # type: ignore[no-untyped-def]
    from evaluation.retrieval import search_latency

    lib_loaded.refresh()
    settings = lib_settings.model_copy(update={"embedding_model": "hash"})
    result = search_latency(lib_settings.library_dir, threads=2, settings=settings)
    assert result["records"] >= 1 and result["single_thread"]["p95_ms"] > 0 and result["threads_2"]["qps"] > 0
