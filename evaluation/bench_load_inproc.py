"""CPU of a search's own thread, in-process, on a seeded load library: the figure to compare builds by on a
machine too busy for wall-clock latencies (issue 16; ``evaluation/SCALE.md``).

Opens the library as the service does (background index syncs, models warmed), computes the query vectors
first (the encoder is left out: it runs on its own thread, without the GIL), warms every filter combination of
the load mix, then runs ``--searches`` of :func:`evaluation.bench_load.mixed_queries` as a chair sends them
(published-only plus the query's filter) and prints the thread CPU per search: once with no writes, once with
a review committed (as ``POST /v1/reviews`` writes it, on another thread) every ``--commit-every`` searches.
``--parts`` adds where the time goes (thread CPU per search of each step). ``--commit-parts N`` instead commits
N reviews with no searches running and prints what one commit costs each serving process, per part: the
committing one (store write, filters, index sync) and another one opened on the same library, which catches up
from the store's text change log as a second worker process does; beside each, the time a probe thread waiting
for the GIL was held up (``GIL stall``), which is what a search in that process waits.

    python -m evaluation.bench_load_inproc --library /tmp/load200k/library
    python -m evaluation.bench_load_inproc --library <a copy: it writes> --commit-parts 30
    python -m evaluation.bench_load --seed-only --library var/load-200k   # a library to run it on
"""

from __future__ import annotations

import argparse
import collections
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from dhr.schema.library import SearchFilters
from evaluation.bench_load import filter_combinations, mixed_queries
from evaluation.load_service import _draft

#: The steps timed with ``--parts``: (object attribute path on the library, label).
PARTS = [
    ("_plan", "plan (counters, snapshot, filter ids)"),
    ("_lexical_hits", "lexical (BM25)"),
    ("_dense_and_join", "dense + join + feedback"),
    ("_rows.meta", "candidates' labels"),
    ("_rows.records", "results' records"),
    ("_ranker.rank", "ranking"),
    ("store.counters", "counters"),
]


def _filters(params: dict[str, Any]) -> SearchFilters:
    return SearchFilters(**{k: v for k, v in params.items() if k not in ("q", "k")}, published_only=True)


def _timed(target: Any, name: str, label: str, spent: dict[str, float]) -> None:
    original: Callable[..., Any] = getattr(target, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[label] += time.thread_time() - start

    setattr(target, name, wrapper)


#: The steps of a commit timed with ``--commit-parts`` (object attribute path on a library, label).
COMMIT_PARTS = [
    ("store.write_review", "store write (SQL)"),
    ("store.before_write", "  of which embedding its texts ahead"),
    ("refresh_filters", "filters brought forward"),
    ("_sync", "index sync (dense + lexical + reads)"),
    ("_dense.sync", "dense sync"),
    ("_dense._embed", "  of which embedding"),
    ("_lexical.sync", "lexical (BM25) sync"),
]


class _GilProbe:
    """A thread that sleeps 1 ms at a time and adds up how late it wakes: past the sleep, it is waiting for the
    GIL (or a core), as a search thread of the same process would."""

    def __init__(self) -> None:
        self.late = 0.0
        self.worst = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            start = time.perf_counter()
            time.sleep(0.001)
            # past 0.2 ms: the timer's own slack (~0.1 ms a wake on an idle machine) is not a stall
            late = max(0.0, time.perf_counter() - start - 0.0012)
            self.late += late
            self.worst = max(self.worst, late)

    def reset(self) -> tuple[float, float]:
        out = (self.late, self.worst)
        self.late = self.worst = 0.0
        return out

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def _attach(library: Any, spent: dict[str, float], parts: list[tuple[str, str]]) -> None:
    for path, label in parts:
        *owners, name = path.split(".")
        target: Any = library
        for owner in owners:
            target = getattr(target, owner)
        if getattr(target, name, None) is not None:  # (an older build may lack a part: then not shown)
            _timed(target, name, label, spent)


def commit_parts(args: argparse.Namespace) -> None:
    """Thread CPU and GIL stall per commit, per part, in the committing process and in one catching up."""
    import gc
    import sys

    from dhr.schema.service import ReviewCommit
    from retrieval.library import Library
    from service.ingest import review_write

    sys.setswitchinterval(0.0005)  # as the service sets it (service.state.GIL_SWITCH_INTERVAL_S)
    writer, other = (Library.open(Path(args.library), background_sync=True) for _ in range(2))
    try:
        stream = mixed_queries(11)
        queries = [next(stream) for _ in range(args.searches)]
        for library in (writer, other):
            library.warm_up()
            # the filters and the BM25 term columns a server has after a while (a commit re-weighs those)
            for params in [*filter_combinations(), *queries]:
                library.search(params["q"], k=10, filters=_filters(params))
        gc.freeze()  # as the service does once loaded (service.state): no full passes over the indexes' objects
        spent = {"writer": collections.defaultdict(float), "other": collections.defaultdict(float)}
        _attach(writer, spent["writer"], COMMIT_PARTS)
        _attach(other, spent["other"], COMMIT_PARTS)
        serial = [int(time.time()) % 1_000_000]
        probe = _GilProbe()
        stalls: dict[str, list[tuple[float, float]]] = {"writer": [], "other": [], "idle": []}
        cpu: dict[str, list[float]] = {"writer": [], "other": []}
        # the process's CPU too: the encoder's and FAISS's own threads (OpenMP spinning on both cores) count
        process: dict[str, list[float]] = {"writer": [], "other": []}
        for _ in range(args.commit_parts):
            serial[0] += 1
            body = ReviewCommit.model_validate({"draft": _draft(serial[0]), "published": True})
            write = review_write(body, "Load Test CSP")
            time.sleep(0.05)
            stalls["idle"].append(probe.reset())
            time.sleep(0.05)
            probe.reset()
            start, whole = time.thread_time(), time.process_time()
            with writer.review_write(write.id):
                inner = time.thread_time()
                writer.store.write_review(write)
                inner = time.thread_time() - inner
            spent["writer"]["caches' review_write (around the write)"] += time.thread_time() - start - inner
            writer.refresh_filters()
            writer.refresh()
            cpu["writer"].append(time.thread_time() - start)
            process["writer"].append(time.process_time() - whole)
            stalls["writer"].append(probe.reset())
            time.sleep(0.05)
            probe.reset()
            start, whole = time.thread_time(), time.process_time()
            other.refresh_filters()  # what its searches do on seeing the new generation
            other.refresh()
            cpu["other"].append(time.thread_time() - start)
            process["other"].append(time.process_time() - whole)
            stalls["other"].append(probe.reset())
        probe.stop()
        n = args.commit_parts
        idle = np.array(stalls["idle"]) * 1000
        print(f"{n} commits, no searches; GIL probe idle per 50 ms: late {idle[:, 0].mean():.2f} ms in all")
        for who, title in (("writer", "committing process"), ("other", "process catching up")):
            late = np.array(stalls[who]) * 1000
            ms = np.array(cpu[who]) * 1000
            print(
                f"{title:<24} thread CPU per commit: mean {ms.mean():.2f} p50 {np.percentile(ms, 50):.2f} "
                f"p95 {np.percentile(ms, 95):.2f} ms (process {1000 * np.mean(process[who]):.2f}); GIL stall "
                f"per commit: mean {late[:, 0].mean():.2f} worst single wait {late[:, 1].max():.2f} ms"
            )
            for label, seconds in spent[who].items():
                print(f"    {label:<40} {1000 * seconds / n:.2f} ms")
    finally:
        writer.close()
        other.close()


def run(args: argparse.Namespace) -> None:
    from dhr.schema.service import ReviewCommit
    from retrieval.library import Library
    from service.ingest import review_write

    library = Library.open(Path(args.library), background_sync=True)
    try:
        library.warm_up()
        library.warm_up_queries()
        for params in filter_combinations():
            library.search(params["q"], k=10, filters=_filters(params))
        stream = mixed_queries(11)
        queries = [next(stream) for _ in range(args.searches)]
        vectors = {p["q"]: library._query_vector(" ".join(p["q"].split()), library.fusion) for p in queries}
        spent: dict[str, float] = collections.defaultdict(float)
        if args.parts:
            for path, label in PARTS:
                *owners, name = path.split(".")
                target: Any = library
                for owner in owners:
                    target = getattr(target, owner)
                _timed(target, name, label, spent)
        serial = [int(time.time()) % 1_000_000]

        def commit() -> None:
            serial[0] += 1
            body = ReviewCommit.model_validate({"draft": _draft(serial[0]), "published": True})
            write = review_write(body, "Load Test CSP")
            with library.review_write(write.id):
                library.store.write_review(write)
            library.refresh_filters()
            library.refresh()

        walls: list[float] = []

        def searches(commit_every: int) -> np.ndarray:
            cpu = []
            walls.clear()
            writer: threading.Thread | None = None
            for i, params in enumerate(queries):
                if commit_every and i % commit_every == 0:
                    if writer is not None:
                        writer.join()
                    writer = threading.Thread(target=commit)
                    writer.start()
                start, wall = time.thread_time(), time.perf_counter()
                library.search(params["q"], k=10, filters=_filters(params), query_vector=vectors[params["q"]])
                cpu.append(time.thread_time() - start)
                walls.append(time.perf_counter() - wall)
            if writer is not None:
                writer.join()
            return np.array(cpu) * 1000

        searches(0)  # once untimed: the caches as a server that has been up a while has them
        for name, every in (
            ("no commits", 0),
            (f"a commit every {args.commit_every} searches", args.commit_every),
        ):
            spent.clear()
            cpu = searches(every)
            print(
                f"{name:<32} CPU per search: mean {cpu.mean():.2f} p50 {np.percentile(cpu, 50):.2f} "
                f"p95 {np.percentile(cpu, 95):.2f} ms ({len(cpu)} searches, load average {os.getloadavg()[0]:.1f}); "
                f"wall p50 {1000 * np.percentile(walls, 50):.2f} p95 {1000 * np.percentile(walls, 95):.2f} ms "
                "(waits for the GIL included: noisy on a busy machine)"
            )
            for label, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
                print(f"    {label:<40} {1000 * seconds / len(cpu):.2f} ms")
    finally:
        library.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--library", required=True, help="A seeded load library (bench_load --seed-only).")
    parser.add_argument("--searches", type=int, default=400)
    parser.add_argument("--commit-every", type=int, default=10, help="Searches between commits (>= 1).")
    parser.add_argument("--parts", action="store_true", help="Also the CPU of each step of a search.")
    parser.add_argument(
        "--commit-parts", type=int, default=0, help="Instead: N commits alone, their CPU per part (>= 1)."
    )
    args = parser.parse_args(argv)
    if not 10 <= args.searches <= 100_000 or not 1 <= args.commit_every <= 10_000:
        parser.error("--searches must be 10-100000 and --commit-every 1-10000")
    if not (Path(args.library) / "library.sqlite").is_file():
        parser.error(f"no library at {args.library!r}: seed one with bench_load --seed-only")
    if args.commit_parts:
        if not 1 <= args.commit_parts <= 10_000:
            parser.error("--commit-parts must be 1-10000")
        commit_parts(args)
    else:
        run(args)


if __name__ == "__main__":
    main()
