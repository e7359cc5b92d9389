"""Where a search request's CPU goes on the HTTP path around the search itself (issue 16).

Runs the real app under uvicorn (httptools + uvloop, as ``dhr serve`` does) in a thread of this process over a
seeded load library, sends ``--requests`` searches of the load mix (:func:`evaluation.bench_load.mixed_queries`)
one at a time from a keep-alive client with a chair key, and prints per request the wall time and the CPU of the
server's event-loop thread (``pthread_getcpuclockid``: not the client's, not the encoder thread's), split into
the steps timed on that thread:

- ``search_async``: the library's search (lexical, FAISS, joins, ranking; the encoder runs on its own thread);
- ``dependencies``: FastAPI's dependency solving and query validation, of which ``key check`` (the API key's
  verification), ``rate limit`` (the key's bucket) and ``auth throttle`` (failed-authentication buckets);
- ``route body less search_async``: the route's own work (visibility scopes, merging, the response model);
- ``serialise``: the response model's validation and JSON encoding;
- ``rest``: uvicorn (parsing, writing), Starlette's routing and middleware, FastAPI's request handling.

A ``/healthz`` request (no key, tiny body) gives the framework's floor. CPU is the figure to compare builds by on a
busy machine; wall times move with the machine's load. Every query is sent once first so the query-vector cache
and the filters are warm, as on a server that has been up a while.

    python -m evaluation.profile_request --library /tmp/load200k/library
    python -m evaluation.profile_request --library /tmp/load200k/library --requests 600 --cprofile 25
    python -m evaluation.profile_request --store-calls postgresql+psycopg://...   # the database calls alone

The library's key table gets one chair key (as ``bench_load`` adds its keys); point it at a copy to keep the
library as it was.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import cProfile
import json
import os
import pstats
import secrets
import socket
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")


class _NoExtractor:
    """The app loads an extractor at start-up; searches never use it."""

    def extract_bytes(self, data: bytes, filename: str) -> Any:
        raise RuntimeError("not loaded by this profile")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Spent:
    """Thread CPU of wrapped callables, per label, since the last :meth:`take`."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = collections.defaultdict(float)

    def take(self) -> dict[str, float]:
        out = dict(self.totals)
        self.totals.clear()
        return out

    def wrap(self, owner: Any, name: str, label: str) -> None:
        original: Callable[..., Any] = getattr(owner, name)
        totals = self.totals
        if asyncio.iscoroutinefunction(original):

            async def awrapper(*args: Any, **kwargs: Any) -> Any:
                start = time.thread_time()
                try:
                    return await original(*args, **kwargs)
                finally:
                    totals[label] += time.thread_time() - start

            setattr(owner, name, awrapper)
            return

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                totals[label] += time.thread_time() - start

        setattr(owner, name, wrapper)


def run(args: argparse.Namespace) -> dict[str, Any]:
    import fastapi.dependencies.utils
    import fastapi.routing
    import httpx
    import uvicorn

    from dhr.schema.service import ApiKeyCreate
    from dhr.settings import Settings
    from evaluation.bench_load import mixed_queries
    from service.app import create_app

    settings = Settings(
        library_dir=Path(args.library), admin_key=secrets.token_hex(24), api_rate_per_s=args.rate
    )
    app = create_app(settings, extractor=_NoExtractor(), load_in_background=False)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 600
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise SystemExit("the server did not start")
        time.sleep(0.1)
    assert thread.ident is not None
    clock = time.pthread_getcpuclockid(thread.ident)

    def loop_cpu() -> float:
        return time.clock_gettime(clock)

    state = app.state.service
    key = state.keys.create(ApiKeyCreate(role="chair", label="profile_request")).key
    spent = _Spent()
    spent.wrap(state.library, "search_async", "search_async")
    spent.wrap(fastapi.routing, "solve_dependencies", "dependencies")
    spent.wrap(fastapi.routing, "serialize_response", "serialise")
    spent.wrap(fastapi.routing, "run_endpoint_function", "route body")
    spent.wrap(fastapi.dependencies.utils, "request_params_to_args", "  parameter validation")
    spent.wrap(state.keys, "authenticate", "  key check")
    spent.wrap(state.limiter, "take", "  rate limit")
    spent.wrap(state.auth_failures, "wait", "  auth throttle")
    spent.wrap(state.auth_failures_all, "wait", "  auth throttle")

    stream = mixed_queries(11)
    queries = [next(stream) for _ in range(args.requests)]
    profiler = cProfile.Profile() if args.cprofile else None
    rows: dict[str, list[float]] = collections.defaultdict(list)
    try:
        with httpx.Client(
            base_url=f"http://127.0.0.1:{port}", headers={"Authorization": f"Bearer {key}"}, timeout=60
        ) as client:
            for params in queries:  # warm: query vectors, filters, code paths
                client.get("/v1/search", params=params).raise_for_status()
            for _ in range(50):
                client.get("/healthz")
            spent.take()
            for _ in range(args.requests):
                cpu0, t0 = loop_cpu(), time.perf_counter()
                client.get("/healthz")
                rows["healthz wall"].append(time.perf_counter() - t0)
                rows["healthz loop CPU"].append(loop_cpu() - cpu0)
            if profiler is not None:
                asyncio.run_coroutine_threadsafe(_call(profiler.enable), _server_loop(server)).result()
            for params in queries:
                cpu0, t0 = loop_cpu(), time.perf_counter()
                response = client.get("/v1/search", params=params)
                wall, cpu = time.perf_counter() - t0, loop_cpu() - cpu0
                response.raise_for_status()
                rows["search wall"].append(wall)
                rows["search loop CPU"].append(cpu)
                parts = spent.take()
                for label in ("search_async", "dependencies", "  parameter validation", "  key check",
                              "  rate limit", "  auth throttle", "serialise"):  # fmt: skip
                    rows[label].append(parts.get(label, 0.0))
                rows["route body less search_async"].append(
                    parts.get("route body", 0.0) - parts.get("search_async", 0.0)
                )
                rows["rest (uvicorn, Starlette, FastAPI)"].append(
                    cpu - parts.get("route body", 0.0) - parts.get("dependencies", 0.0)
                    - parts.get("serialise", 0.0)
                )  # fmt: skip
                rows["HTTP path (loop CPU - search_async)"].append(cpu - parts.get("search_async", 0.0))
            if profiler is not None:
                asyncio.run_coroutine_threadsafe(_call(profiler.disable), _server_loop(server)).result()
    finally:
        server.should_exit = True
        thread.join(timeout=60)
    summary = {
        label: {
            "median_ms": round(1000 * float(np.median(v)), 3),
            "mean_ms": round(1000 * float(np.mean(v)), 3),
            "p95_ms": round(1000 * float(np.percentile(v, 95)), 3),
        }
        for label, v in rows.items()
    }
    _say(f"{args.requests} sequential requests, load average {os.getloadavg()[0]:.1f}")
    _say(f"{'':<38} {'median':>8} {'mean':>8} {'p95':>8}  (ms per request)")
    for label, figures in summary.items():
        _say(f"{label:<38} {figures['median_ms']:>8.3f} {figures['mean_ms']:>8.3f} {figures['p95_ms']:>8.3f}")
    if profiler is not None:
        _say(f"\ncProfile of the event-loop thread over the {args.requests} searches (by own time):")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.cprofile)
    return summary


async def _call(fn: Callable[[], None]) -> None:
    fn()


def _server_loop(server: Any) -> asyncio.AbstractEventLoop:
    """uvicorn's running loop (its servers' sockets hold it)."""
    for s in server.servers:
        return s.get_loop()  # type: ignore[no-any-return]
    raise RuntimeError("uvicorn has no server yet")


def store_calls(url: str, calls: int = 400) -> dict[str, dict[str, float]]:
    """Thread CPU and wall time (means, ms) of the per-request calls the key check and the shared rate limits
    make on the database at ``url`` (PostgreSQL: where the limits are shared), with and without their local
    caches. Writes a key row and bucket rows there."""
    import statistics

    from dhr.schema.service import ApiKeyCreate
    from retrieval.store import LibraryStore
    from service.keys import KeyStore
    from service.ratelimit import SharedBuckets

    store = LibraryStore(url)
    try:
        engine = store.engine
        exact_keys, cached_keys = KeyStore(engine, cache_s=0), KeyStore(engine)
        key = exact_keys.create(ApiKeyCreate(role="chair", label="profile_request")).key
        # rates high enough never to refuse: the cost of granting is what is measured
        exact = SharedBuckets(engine, "profile-key", rate=1e9, burst=10**12)
        leased = SharedBuckets(engine, "profile-key", rate=50.0, burst=10**9, lease=True)
        peeks = SharedBuckets(engine, "profile-authfail", rate=1.0, burst=20, open_s=0)
        open_peeks = SharedBuckets(engine, "profile-authfail", rate=1.0, burst=20)
        cases: dict[str, Callable[[], object]] = {
            "key row read": lambda: exact_keys.authenticate(key),
            "key check, cached": lambda: cached_keys.authenticate(key),
            "rate limit take, a transaction each": lambda: exact.take("k"),
            f"rate limit take, leased ({leased.lease})": lambda: leased.take("k"),
            "failure-throttle peek, read each time": lambda: peeks.wait("192.0.2.1"),
            "failure-throttle peek, open trusted": lambda: open_peeks.wait("192.0.2.1"),
        }
        out = {}
        for label, call in cases.items():
            for _ in range(20):
                call()
            cpu, wall = [], []
            for _ in range(calls):
                c0, w0 = time.thread_time(), time.perf_counter()
                call()
                cpu.append(time.thread_time() - c0)
                wall.append(time.perf_counter() - w0)
            out[label] = {
                "cpu_ms": round(1000 * statistics.mean(cpu), 3),
                "wall_ms": round(1000 * statistics.mean(wall), 3),
            }
            _say(f"{label:<40} CPU {out[label]['cpu_ms']:.3f} ms, wall {out[label]['wall_ms']:.3f} ms (mean)")
        return out
    finally:
        store.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--library", help="A seeded load library (bench_load --seed-only).")
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument(
        "--rate",
        type=float,
        default=1000.0,
        help="Per-key rate limit: high enough never to refuse, so the limiter's work is counted (0: off).",
    )
    parser.add_argument("--cprofile", type=int, default=0, help="Also print this many cProfile rows.")
    parser.add_argument("--json", action="store_true", help="Also print the figures as one line of JSON.")
    parser.add_argument(
        "--store-calls",
        metavar="URL",
        help="Instead: time the key check's and shared limits' database calls on this database (PostgreSQL).",
    )
    args = parser.parse_args(argv)
    if args.store_calls:
        summary = store_calls(args.store_calls)
        if args.json:
            _say(json.dumps(summary))
        return
    if not 10 <= args.requests <= 100_000:
        parser.error("--requests must be 10-100000")
    if not args.library or not (Path(args.library) / "library.sqlite").is_file():
        parser.error(f"no library at {args.library!r}: seed one with bench_load --seed-only")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    summary = run(args)
    if args.json:
        _say(json.dumps(summary))


if __name__ == "__main__":
    main()
