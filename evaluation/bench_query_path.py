"""Benchmark of the pieces behind search latency under load, on an existing library (in-process, CPU time).

1. Syncing the search indexes after one write: a SYNTHETIC review of one recommendation is committed, the sync
   timed, the review deleted and the sync timed again (the library ends as it began; its derived files move on).
   A thread searches meanwhile: its longest search idle and during each sync is what a sync makes searches wait.
2. Encoding queries with the library's model (its query path, ``encode_queries``), one torch thread: per call and per query at batch sizes 1-8
   (what the service's query batching buys), and a single query with two torch threads for comparison.
3. Ranking alone: ms per search with the query vectors cached, unfiltered and published-only (a chair's).
4. One full garbage collection with the library and classifier loaded, before and after ``gc.freeze()``.

Prints one JSON line. Run it on a copy of a library: it writes (and removes) one review.

    python -m evaluation.bench_query_path --library /tmp/lib200k-copy
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import itertools
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

QUERIES = [
    "risk assessment for repeat callers",
    "GP routine enquiry about domestic abuse",
    "information sharing between police and children's social care",
    "housing officers recognising coercive control",
    "MARAC referral thresholds for high risk victims",
    "substance misuse and mental health dual diagnosis pathways",
    "training for call handlers on stalking",
    "older victims and carers assessments",
]


def _sync_after_write(library: Any) -> dict[str, float]:
    from retrieval.store import RecommendationWrite, ReviewWrite

    for query in QUERIES:  # query vectors cached: the searches below time the ranking only
        library.search(query)
    with _searching(library) as idle:
        time.sleep(1.0)
    stamp = str(time.time_ns())
    text = f"SYNTHETIC benchmark recommendation {stamp}: GPs should ask about abuse at every appointment."
    review_id = f"bench-sync-{stamp}"
    library.store.write_review(
        ReviewWrite(
            id=review_id,
            title="SYNTHETIC sync benchmark",
            csp="Benchmark CSP",
            recommendations=[
                RecommendationWrite(
                    id=f"{review_id}-r1",
                    text=text,
                    agencies=["gp"],
                    content_sha=hashlib.sha256(text.encode()).hexdigest(),
                )
            ],
        )
    )
    with _searching(library) as during_add:
        started = time.perf_counter()
        library.refresh()
        add_s = time.perf_counter() - started
    library.store.delete_review(review_id)
    with _searching(library) as during_delete:
        started = time.perf_counter()
        library.refresh()
        delete_s = time.perf_counter() - started
    return {
        "sync_after_add_s": round(add_s, 3),
        "sync_after_delete_s": round(delete_s, 3),
        # The longest single search while nothing syncs / while each sync runs: what a sync makes a
        # search wait (the write lock, and sharing the CPU with it).
        "search_max_ms_idle": idle["max_ms"],
        "search_max_ms_during_add_sync": during_add["max_ms"],
        "search_max_ms_during_delete_sync": during_delete["max_ms"],
    }


@contextmanager
def _searching(library: Any) -> Iterator[dict[str, float]]:
    """Searches in a loop on another thread while the body runs; yields a dict that gets their longest time."""
    out: dict[str, float] = {"max_ms": 0.0}
    stop = threading.Event()

    def loop() -> None:
        i = 0
        while not stop.is_set():
            started = time.perf_counter()
            library.search(QUERIES[i % len(QUERIES)])
            out["max_ms"] = max(out["max_ms"], round(1000 * (time.perf_counter() - started), 1))
            i += 1

    thread = threading.Thread(target=loop)
    thread.start()
    try:
        yield out
    finally:
        stop.set()
        thread.join()


def _encoding(encoder: Any) -> dict[str, float]:
    import torch

    from retrieval.embeddings import encode_queries

    out: dict[str, float] = {}
    encode_queries(encoder, ["warm up"])
    before = torch.get_num_threads()
    try:
        for threads in (1, 2):
            torch.set_num_threads(threads)
            sizes = (1, 2, 4, 8) if threads == 1 else (1,)
            for size in sizes:
                calls = 0
                started = time.process_time()
                for _ in range(3):
                    for start in range(0, len(QUERIES), size):
                        encode_queries(encoder, QUERIES[start : start + size])
                        calls += 1
                cpu = time.process_time() - started
                out[f"encode_{threads}thread_batch{size}_cpu_ms_per_query"] = round(
                    1000 * cpu / (3 * len(QUERIES)), 2
                )
                out[f"encode_{threads}thread_batch{size}_cpu_ms_per_call"] = round(1000 * cpu / calls, 2)
    finally:
        torch.set_num_threads(before)
    return out


def _gc_pause() -> dict[str, float]:
    started = time.perf_counter()
    gc.collect()
    full = time.perf_counter() - started
    gc.freeze()
    started = time.perf_counter()
    gc.collect()
    frozen = time.perf_counter() - started
    gc.unfreeze()
    return {
        "gc_tracked_objects": len(gc.get_objects()),
        "gc_full_collect_ms": round(1000 * full, 1),
        "gc_full_collect_after_freeze_ms": round(1000 * frozen, 1),
    }


def _ranking(library: Any) -> dict[str, float]:
    """Wall ms per search with the query vectors cached (ranking, SQL and hits only), unfiltered (a DAC key)
    and published-only (a chair's key: a filter holding most of the library)."""
    from dhr.schema.library import SearchFilters
    from evaluation.load_service import query_stream

    queries = list(dict.fromkeys(itertools.islice(query_stream(11), 400)))[:200]
    out: dict[str, float] = {}
    for name, filters in (("unfiltered", None), ("published_only", SearchFilters(published_only=True))):
        for query in queries:  # vectors cached, filter computed
            library.search(query, filters=filters)
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            for query in queries:
                library.search(query, filters=filters)
            best = min(best, (time.perf_counter() - started) / len(queries))
        out[f"search_ms_per_query_{name}"] = round(1000 * best, 2)
    return out


def run(library_dir: Path, embedding_model: str | None) -> dict[str, Any]:
    from dhr.settings import get_settings
    from retrieval.library import Library

    settings = get_settings()
    if embedding_model:
        settings = settings.model_copy(update={"embedding_model": embedding_model})
    if not (library_dir / "library.sqlite").exists():
        raise SystemExit(f"no library in {library_dir} (expected library.sqlite)")
    library = Library.open(library_dir, settings=settings, background_sync=True)  # as dhr serve opens it
    try:
        library.warm_up()
        out: dict[str, Any] = {"records": len(library.refresh()), "encoder": library.encoder.name}
        try:
            import torch

            torch.set_num_threads(1)  # as the service runs queries (and before the query precision probe)
        except ImportError:
            pass
        library.warm_up_queries()
        base = getattr(library.encoder, "base", library.encoder)
        out["query_precision"] = getattr(base, "query_precision", None)
        out.update(_ranking(library))
        out.update(_sync_after_write(library))
        out.update(_encoding(library.encoder))
        try:
            from classification.classifier import load_classifier

            load_classifier()  # loaded in the service too: its objects count for the collector
        except Exception:  # noqa: BLE001 - the figure is still meaningful without it
            pass
        out.update(_gc_pause())
        return out
    finally:
        library.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--library", required=True, help="Library directory (a copy: one review is written).")
    parser.add_argument("--embedding-model", help="Override DHR_EMBEDDING_MODEL (e.g. 'hash').")
    args = parser.parse_args(argv)
    print(json.dumps(run(Path(args.library), args.embedding_model)))  # noqa: T201


if __name__ == "__main__":
    main()
