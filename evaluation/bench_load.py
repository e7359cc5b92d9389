"""Load benchmark of the HTTP service as an operator would run it: stepped open-loop arrival rates of searches
with one committed review a second, beside the one-client baseline, in one run.

1. Seeds a library of ``--library-size`` synthetic recommendations (20 per review, published, five years,
   agencies and themes) and, for the real encoder, random unit document vectors under the encoder's own name, so
   the server loads them instead of encoding 200k texts (queries still go through the real query encoder);
2. starts ``dhr serve --workers N`` on 127.0.0.1 and waits for ``/healthz``;
3. **baseline**: one client, one search at a time, no commits (``--baseline-seconds``);
4. **steps**: for each rate in ``--rates`` (default 10, 20, 40, 80 searches/s), Poisson arrivals for
   ``--step-seconds`` whether or not earlier searches were answered (latency counts from the arrival, queueing
   included), while one review is committed every ``--commit-every`` seconds (``POST /v1/reviews``).

Queries are the real gathering's (``annotations/real/queries.jsonl``) and chair-like combinations
(``evaluation.load_service.query_stream``), about half with a filter (agency, theme, level, year or two of them).
It prints per step: offered and achieved rate, p50/p95/p99, errors, the commits' p95 and errors, and the server's
CPU per search; then one line of JSON.

    python -m evaluation.bench_load --library-size 200000
    python -m evaluation.bench_load --library-size 200000 --workers 2 --library var/load-200k
    python -m evaluation.bench_load --library-size 2000 --embedding-model hash --rates 5,10 --step-seconds 5
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from evaluation.load_service import (
    AGENCIES,
    THEMES,
    _draft,
    _free_port,
    _server_cpu_s,
    query_stream,
    seed_library,
)

REAL_QUERIES = Path(__file__).resolve().parent.parent / "annotations" / "real" / "queries.jsonl"
LEVELS = ["local", "regional", "national"]
YEARS = [2021, 2022, 2023, 2024, 2025]
#: A warm-up pass whose slowest search is under this found every filter already computed in every worker.
WARM_MAX_S = 0.06


def real_queries() -> list[str]:
    if not REAL_QUERIES.is_file():
        return []
    out = []
    for line in REAL_QUERIES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(json.loads(line)["query"])
    return out


def mixed_queries(seed: int, filtered: float = 1.0) -> Any:
    """Endless (query, filters): half the real gathering's queries, half chair-like combinations; about half
    filtered, as the search page's agency / theme / level / year boxes are used (``filtered``: that share
    scaled, 0 for none)."""
    rng = random.Random(seed)
    real = real_queries()
    synthetic = query_stream(seed)
    while True:
        q = rng.choice(real) if real and rng.random() < 0.5 else next(synthetic)
        params: dict[str, Any] = {"q": q, "k": 10}
        roll = rng.random() / filtered if filtered > 0 else 1.0
        if roll < 0.15:
            params["agency"] = rng.choice(AGENCIES)
        elif roll < 0.25:
            params["theme"] = rng.choice(THEMES)
        elif roll < 0.35:
            params["year"] = rng.choice(YEARS)
        elif roll < 0.40:
            params["level"] = rng.choice(LEVELS)
        elif roll < 0.50:
            params["agency"], params["year"] = rng.choice(AGENCIES), rng.choice(YEARS)
        yield params


def filter_combinations() -> list[dict[str, Any]]:
    """Every filter :func:`mixed_queries` can send, each with a query (for the warm-up)."""
    q = "risk assessment training"
    out: list[dict[str, Any]] = [{"q": q}]
    out += [{"q": q, "agency": a} for a in AGENCIES] + [{"q": q, "theme": t} for t in THEMES]
    out += [{"q": q, "year": y} for y in YEARS] + [{"q": q, "level": lv} for lv in LEVELS]
    out += [{"q": q, "agency": a, "year": y} for a in AGENCIES for y in YEARS]
    return out


class RandomDocEncoder:
    """Random unit vectors under the real encoder's name and size: the seeded library's index is built without
    encoding its texts, and the server, opening it with the real encoder, keeps it.

    Clustered (each vector near one of ``centres`` random centres), as sentence embeddings are: on structureless
    noise the library's IVF finds no clusters and falls back to exact search, which a real library would not."""

    def __init__(self, name: str, dim: int, seed: int = 0, centres: int = 2048, spread: float = 1.0) -> None:
        self.name, self.dim = name, dim
        self._rng = np.random.default_rng(seed)
        c = self._rng.standard_normal((centres, dim)).astype(np.float32)
        self._centres = c / np.linalg.norm(c, axis=1, keepdims=True)
        self._noise = spread / np.sqrt(dim)

    def encode_batch(self, texts: Any) -> np.ndarray:
        n = len(texts)
        v = self._centres[self._rng.integers(0, len(self._centres), n)]
        v = v + self._rng.standard_normal((n, self.dim)).astype(np.float32) * self._noise
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    encode_queries = encode_batch


def seed(directory: Path, size: int, embedding_model: str) -> None:
    from retrieval.embeddings import default_encoder
    from retrieval.library import Library

    started = time.perf_counter()
    if not (directory / "library.sqlite").exists():  # else: the rows are there, (re)build the indexes only
        seed_library(directory, size)
        print(f"seeded {size} records in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    if embedding_model == "hash":
        return  # the stand-in encodes fast enough: the server builds the index itself
    real = default_encoder(embedding_model)  # the model itself loads on first use: not here
    started = time.perf_counter()
    library = Library.open(directory, encoder=RandomDocEncoder(real.name, real.dim))
    try:
        library.refresh()
        library.lexical()
    finally:
        library.close()
    print(f"random vectors and BM25 built in {time.perf_counter() - started:.0f} s", file=sys.stderr)


@dataclass
class Step:
    name: str
    offered_per_s: float | None
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    samples: list[str] = field(default_factory=list)
    commits: list[float] = field(default_factory=list)
    commit_errors: int = 0
    wall_s: float = 0.0
    server_cpu_s: float = 0.0

    def error(self, sample: str) -> None:
        self.errors += 1
        if len(self.samples) < 3:
            self.samples.append(sample[:160])

    def summary(self) -> dict[str, Any]:
        lat = np.array(sorted(self.latencies)) * 1000
        com = np.array(sorted(self.commits)) * 1000

        def pct(a: np.ndarray, p: float) -> float | None:
            return round(float(np.percentile(a, p)), 1) if len(a) else None

        answered = len(self.latencies)
        return {
            "step": self.name,
            "offered_per_s": self.offered_per_s,
            "achieved_per_s": round((answered - self.errors) / self.wall_s, 1) if self.wall_s else None,
            "searches": answered,
            "errors": self.errors,
            "p50_ms": pct(lat, 50),
            "p95_ms": pct(lat, 95),
            "p99_ms": pct(lat, 99),
            "commits": len(self.commits),
            "commit_errors": self.commit_errors,
            "commit_p95_ms": pct(com, 95),
            "server_cpu_ms_per_search": round(1000 * self.server_cpu_s / answered, 1) if answered else None,
            "error_samples": self.samples,
        }


async def _search(
    client: Any, headers: dict[str, str], params: dict[str, Any], t0: float, step: Step
) -> None:
    try:
        r = await client.get("/v1/search", params, headers)
        if r.status_code != 200:
            step.error(f"{r.status_code} {r.text}")
    except Exception as exc:  # noqa: BLE001 - counted as an error of the step, the run goes on
        step.error(repr(exc))
    step.latencies.append(time.perf_counter() - t0)


async def _committer(
    client: Any, headers: dict[str, str], every: float, stop: asyncio.Event, step: Step
) -> None:
    n = int(time.time() * 1000) % 10_000_000
    due = time.perf_counter()
    while not stop.is_set():
        n += 1
        t0 = time.perf_counter()
        try:
            r = await client.post("/v1/reviews", {"draft": _draft(n), "published": True}, headers)
            if r.status_code != 201:
                step.commit_errors += 1
                step.error(f"commit {r.status_code} {r.text}")
        except Exception as exc:  # noqa: BLE001
            step.commit_errors += 1
            step.error(f"commit {exc!r}")
        step.commits.append(time.perf_counter() - t0)
        due += every
        try:
            await asyncio.wait_for(stop.wait(), timeout=max(0.0, due - time.perf_counter()))
        except TimeoutError:
            pass


async def run_steps(
    base: str, keys: dict[str, dict[str, str]], args: argparse.Namespace, pid: int
) -> list[Step]:
    from evaluation.bench_load_http import LightClient

    steps: list[Step] = []
    queries = mixed_queries(11, args.filtered)
    # a light client: httpx's took ~17 ms of CPU a search on the cores the server needs (bench_load_http.py)
    async with LightClient(base, max_connections=args.senders, timeout=60) as client:
        # Warm-up, not counted: each filter combination the mix uses is computed once per worker process (0.05-0.4
        # s of SQL each at 200k), as a server that has been up a while has them; writes then bring them forward
        # incrementally. Each warm-up search goes on a new connection ("Connection: close"), several at once, so
        # the workers' accept race spreads them; passes repeat until one finds nothing cold (a kept-alive pool
        # once left a worker unwarmed and the first steps after start-up paid 0.2 s per cold filter).
        t_warm = time.perf_counter()
        closing = {**keys["search"], "Connection": "close"}
        passes = []
        for _ in range(8):
            warm = Step("warm", None)
            for params in filter_combinations():
                await asyncio.gather(
                    *(
                        _search(client, closing, params, time.perf_counter(), warm)
                        for _ in range(2 * args.workers)
                    )
                )
            passes.append(max(warm.latencies, default=0.0))
            if passes[-1] < WARM_MAX_S:
                break
        print(f"warm-up: {len(filter_combinations())} filter combinations in "
              f"{time.perf_counter() - t_warm:.1f} s, {len(passes)} pass(es), slowest search per pass "
              f"{', '.join(f'{1000 * p:.0f}' for p in passes)} ms", file=sys.stderr)  # fmt: skip
        # baseline: one client, one search at a time, nothing else
        base_step = Step("baseline (1 client)", None)
        cpu0, t_start = _server_cpu_s(pid), time.perf_counter()
        while time.perf_counter() - t_start < args.baseline_seconds:
            await _search(client, keys["search"], next(queries), time.perf_counter(), base_step)
        base_step.wall_s = time.perf_counter() - t_start
        base_step.server_cpu_s = _server_cpu_s(pid) - cpu0
        steps.append(base_step)
        print(_line(base_step.summary()), file=sys.stderr)
        rng = random.Random(5)
        for rate in args.rates:
            step = Step(f"{rate:g}/s + commits", rate)
            stop = asyncio.Event()
            tasks: set[asyncio.Task[None]] = set()
            cpu0, t_start = _server_cpu_s(pid), time.perf_counter()
            committer = (
                asyncio.create_task(_committer(client, keys["dac"], args.commit_every, stop, step))
                if args.commit_every > 0
                else None
            )
            due = t_start
            while True:
                due += rng.expovariate(rate)  # Poisson arrivals: nobody waits for earlier answers
                if due - t_start > args.step_seconds:
                    break
                delay = due - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                task = asyncio.create_task(_search(client, keys["search"], next(queries), due, step))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
            stop.set()
            if tasks:
                await asyncio.wait(tasks, timeout=120)
            if committer is not None:
                await committer
            step.wall_s = time.perf_counter() - t_start
            step.server_cpu_s = _server_cpu_s(pid) - cpu0
            steps.append(step)
            print(_line(step.summary()), file=sys.stderr)
    return steps


def _line(row: dict[str, Any]) -> str:
    return (
        f"{row['step']:<22} offered={row['offered_per_s'] or '-':<5} achieved={row['achieved_per_s']}/s  "
        f"p50={row['p50_ms']} p95={row['p95_ms']} p99={row['p99_ms']} ms  errors={row['errors']}  "
        f"commits={row['commits']} (p95 {row['commit_p95_ms']} ms, errors {row['commit_errors']})  "
        f"server CPU/search={row['server_cpu_ms_per_search']} ms"
    )


def start_server(
    library: Path, args: argparse.Namespace, log_path: Path
) -> tuple[subprocess.Popen[bytes], str, str]:
    port = _free_port()
    admin_key = secrets.token_hex(24)
    env = {**os.environ, "DHR_ADMIN_KEY": admin_key, "DHR_API_RATE_PER_S": "0", "HF_HUB_OFFLINE": "1"}
    cmd = [
        sys.executable, "-c", "from dhr.cli import main; main()", "serve", "--host", "127.0.0.1",
        "--port", str(port), "--library", str(library), "--embedding-model", args.embedding_model,
        "--workers", str(args.workers),
    ]  # fmt: skip
    with open(log_path, "wb") as log:
        server = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    return server, f"http://127.0.0.1:{port}", admin_key


def wait_ready(server: subprocess.Popen[bytes], base: str, timeout: float, log_path: Path) -> float:
    import httpx

    started = time.perf_counter()
    with httpx.Client(base_url=base, timeout=10) as c:
        while True:
            if server.poll() is not None:
                raise SystemExit(f"server exited with {server.returncode}; see {log_path}")
            try:
                r = c.get("/healthz")
                if r.status_code == 200:
                    return time.perf_counter() - started
                if r.json().get("status") == "failed" and not r.json().get("components", {}).get("encoder"):
                    raise SystemExit(f"server start-up failed: {r.json().get('detail')}")
            except httpx.TransportError:
                pass
            if time.perf_counter() - started > timeout:
                raise SystemExit(f"server not ready after {timeout:g} s; see {log_path}")
            time.sleep(0.5)


def make_keys(base: str, admin_key: str, role: str) -> dict[str, dict[str, str]]:
    import httpx

    keys = {}
    with httpx.Client(base_url=base, timeout=30) as c:
        for name, r in (("dac", "dac"), ("search", role)):
            resp = c.post("/v1/keys", json={"role": r, "label": f"bench_load {name}"},
                          headers={"Authorization": f"Bearer {admin_key}"})  # fmt: skip
            resp.raise_for_status()
            keys[name] = {"Authorization": f"Bearer {resp.json()['key']}"}
    return keys


def run(args: argparse.Namespace) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix="dhr-bench-load-"))
    library = Path(args.library) if args.library else tmp / "library"
    if not (library / "library.sqlite").exists():
        seed(library, args.library_size, args.embedding_model)
    log_path = tmp / "server.log"
    server, base, admin_key = start_server(library, args, log_path)

    def on_kill(*_: Any) -> None:  # a kill (timeout) stops the server too, whatever the event loop is doing
        server.kill()
        os._exit(143)

    signal.signal(signal.SIGTERM, on_kill)
    try:
        startup = wait_ready(server, base, args.startup_timeout, log_path)
        print(f"server ready in {startup:.0f} s ({args.workers} worker(s)); log {log_path}", file=sys.stderr)
        keys = make_keys(base, admin_key, args.role)
        client_cpu0 = time.process_time()
        steps = asyncio.run(run_steps(base, keys, args, server.pid))
        client_cpu = time.process_time() - client_cpu0
        rss = _server_rss_mb(server.pid)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    rows = [s.summary() for s in steps]
    searches = sum(r["searches"] for r in rows) or 1
    return {
        "library_size": args.library_size,
        "workers": args.workers,
        "embedding_model": args.embedding_model,
        "role": args.role,
        "filtered": args.filtered,
        "startup_s": round(startup, 1),
        "server_rss_mb": rss,
        "client_cpu_ms_per_search": round(1000 * client_cpu / searches, 2),
        "cpus": os.cpu_count(),
        "steps": rows,
    }


def _server_rss_mb(pid: int) -> float | None:
    import psutil

    try:
        root = psutil.Process(pid)
        return round(sum(p.memory_info().rss for p in [root, *root.children(recursive=True)]) / 2**20)
    except psutil.Error:
        return None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--library-size", type=int, default=200_000, help="Recommendations to seed.")
    parser.add_argument(
        "--library", help="Library folder: reused when it holds a library, else seeded there."
    )
    parser.add_argument("--embedding-model", default="all-MiniLM-L6-v2", help="Or 'hash' (smoke test).")
    parser.add_argument("--workers", type=int, default=1, help="Server worker processes.")
    parser.add_argument("--rates", default="10,20,40,80", help="Searches per second per step.")
    parser.add_argument("--step-seconds", type=float, default=30.0)
    parser.add_argument("--baseline-seconds", type=float, default=15.0)
    parser.add_argument("--commit-every", type=float, default=1.0, help="Seconds between commits (0: none).")
    parser.add_argument("--role", choices=("chair", "dac", "csp"), default="chair")
    parser.add_argument(
        "--filtered",
        type=float,
        default=1.0,
        help="Scale of the share of filtered searches (1: about half filtered, 0: none).",
    )
    parser.add_argument("--senders", type=int, default=256, help="Connections at most (open loop).")
    parser.add_argument("--startup-timeout", type=float, default=1800.0)
    parser.add_argument("--json", help="Also write the result here.")
    parser.add_argument("--seed-only", action="store_true", help="Seed --library and stop (no server).")
    args = parser.parse_args(argv)
    args.rates = [float(r) for r in args.rates.split(",") if r.strip()]
    if not 1 <= args.library_size <= 5_000_000 or not 1 <= args.workers <= 16:
        parser.error("--library-size must be 1-5,000,000 and --workers 1-16")
    if not args.rates or any(not 0 < r <= 1000 for r in args.rates) or not 0 < args.step_seconds <= 3600:
        parser.error("--rates must be 0-1000 each and --step-seconds 0-3600")
    if args.seed_only:
        if not args.library:
            parser.error("--seed-only needs --library")
        seed(Path(args.library), args.library_size, args.embedding_model)
        return
    out = run(args)
    print(f"library {out['library_size']} recommendations, {out['workers']} worker(s), {out['cpus']} CPUs, "
          f"server RSS {out['server_rss_mb']} MB, start-up {out['startup_s']} s")  # fmt: skip
    for row in out["steps"]:
        print(_line(row))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
