"""Load test of the HTTP service: client threads searching while one ingests, then timed extractions.

Starts ``dhr serve`` on 127.0.0.1 (a free port) over a library, waits for ``/healthz``, creates a DAC key with a
throw-away admin key, then:

1. ``--clients`` threads send ``GET /v1/search`` (a fixed list of realistic queries) for ``--duration`` seconds or
   ``--max-requests`` requests, while one thread commits reviews (``POST /v1/reviews``) every ``--ingest-every``
   seconds, so searches run against a library that changes under them;
2. with ``--report PDF``, ``POST /v1/extract`` of that report ``--extract-repeats`` times, one at a time.

It prints requests, errors, throughput and p50/p95/max latency per operation (client-side wall time), and a last
line of JSON. Everything is bounded (time, count) and local: nothing listens beyond 127.0.0.1.

    python -m evaluation.load_service --seed-records 200000 --embedding-model hash --duration 30
    python -m evaluation.load_service --library var/library --report long-report-100p.pdf
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import queue
import random
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

QUERIES = [
    "risk assessment for repeat callers",
    "DASH training for frontline officers",
    "GP routine enquiry about domestic abuse",
    "information sharing between agencies",
    "coercive control awareness",
    "MARAC referral threshold",
    "record keeping of safeguarding concerns",
    "mental health services and domestic abuse",
    "housing officers recognising abuse",
    "children's social care assessment of risk",
    "substance misuse and domestic abuse",
    "professional curiosity",
    "economic abuse and financial control",
    "older victims of domestic abuse",
    "stalking and harassment",
    "perpetrator programmes",
    "probation risk management",
    "case management system flags",
    "multi-agency training on domestic homicide",
    "suicide following domestic abuse",
]

AGENCIES = [
    "police",
    "gp",
    "adult_social_care",
    "housing",
    "mental_health_services",
    "probation_service",
    "childrens_social_care",
    "domestic_abuse_services",
    "local_health_trust",
    "marac",
]
THEMES = [
    "identification_of_risk",
    "training",
    "policy",
    "multi_agency_working",
    "record_keeping",
    "awareness_raising",
    "technology_systems",
]
SUBJECTS = [
    "risk assessment",
    "DASH training",
    "routine enquiry",
    "information sharing",
    "coercive control",
    "MARAC referrals",
    "record keeping",
    "professional curiosity",
    "economic abuse",
    "stalking",
    "case management flags",
    "safeguarding supervision",
    "substance misuse pathways",
    "carer assessments",
]
VERBS = [
    "should review",
    "must improve",
    "should ensure",
    "will audit",
    "should strengthen",
    "should develop",
]
AUDIENCES = [
    "frontline staff",
    "call handlers",
    "health visitors",
    "housing officers",
    "GP practices",
    "custody staff",
    "social workers",
    "probation officers",
]

CONNECTORS = ["for", "by", "in", "and", "among", "with"]


def query_stream(seed: int) -> Any:
    """Endless chair-like queries: a fifth are the popular ones above (people do repeat searches), the rest
    combinations of subjects, agencies and audiences (thousands of distinct texts), so caches keyed by the
    query see what real traffic gives them, not 20 texts on repeat."""
    rng = random.Random(seed)
    while True:
        roll = rng.random()
        if roll < 0.2:
            yield rng.choice(QUERIES)
        elif roll < 0.6:
            yield f"{rng.choice(QUERIES)} {rng.choice(CONNECTORS)} {rng.choice(AUDIENCES)}"
        else:
            agency = rng.choice(AGENCIES).replace("_", " ")
            yield f"{agency} {rng.choice(SUBJECTS)} {rng.choice(CONNECTORS)} {rng.choice(SUBJECTS)}"


@dataclass
class Stats:
    name: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, seconds: float, ok: bool, sample: str = "") -> None:
        with self.lock:
            self.latencies.append(seconds)
            if not ok:
                self.errors += 1
                if len(self.error_samples) < 5:
                    self.error_samples.append(sample)

    def summary(self, wall: float) -> dict[str, Any]:
        lat = sorted(self.latencies)
        n = len(lat)

        def pct(p: float) -> float | None:
            return round(lat[min(n - 1, int(p * n))] * 1000, 1) if n else None

        return {
            "operation": self.name,
            "requests": n,
            "errors": self.errors,
            "throughput_per_s": round(n / wall, 1) if wall > 0 else None,
            "p50_ms": pct(0.50),
            "p95_ms": pct(0.95),
            "max_ms": round(lat[-1] * 1000, 1) if n else None,
            "error_samples": self.error_samples,
        }


def _server_cpu_s(pid: int) -> float:
    """User + system CPU seconds of the server and its worker processes so far."""
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0.0
    total = 0.0
    for proc in procs:
        try:
            times = proc.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            continue
    return total


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def seed_library(directory: Path, records: int, seed: int = 0) -> None:
    """Write ``records`` synthetic recommendations (20 per review, 2 actions each) straight into the store."""
    from retrieval.store import ActionWrite, LibraryStore, RecommendationWrite, ReviewWrite

    rng = random.Random(seed)
    store = LibraryStore.open(directory)
    try:
        per_review = 20
        for r in range(0, records, per_review):
            csp = f"Synthetic Area {r // per_review % 300:03d} CSP"
            rid = f"rv-load-{r // per_review:06d}"
            recs = []
            for i in range(min(per_review, records - r)):
                agency = rng.choice(AGENCIES)
                text = (
                    f"{agency.replace('_', ' ').title()} {rng.choice(VERBS)} {rng.choice(SUBJECTS)} for "
                    f"{rng.choice(AUDIENCES)} and {rng.choice(SUBJECTS)} within {rng.randint(3, 24)} months "
                    f"(case {r + i})."
                )
                recs.append(
                    RecommendationWrite(
                        id=f"{rid}-r{i + 1}",
                        text=text,
                        agencies=[agency],
                        themes=[rng.choice(THEMES)],
                        content_sha=hashlib.sha256(text.encode()).hexdigest(),
                        actions=[
                            ActionWrite(text=f"Action {j + 1}: {rng.choice(SUBJECTS)}", agencies=[agency])
                            for j in range(2)
                        ],
                    )
                )
            store.write_review(
                ReviewWrite(
                    id=rid,
                    title=f"SYNTHETIC load review {r // per_review}",
                    csp=csp,
                    owner_csp=csp,
                    year=2021 + (r // per_review) % 5,
                    published=True,
                    recommendations=recs,
                )
            )
    finally:
        store.close()


def _draft(n: int) -> dict[str, Any]:
    text = f"Police should review risk assessment training for repeat callers, load test draft {n}."
    return {
        "source": {
            "filename": f"load-{n}.pdf",
            "sha256": hashlib.sha256(f"load-{n}-{secrets.token_hex(4)}".encode()).hexdigest(),
            "pages": 1,
        },
        "review": {"title": f"SYNTHETIC load draft {n}", "csp": "Load Test CSP"},
        "timeline": [{"event": "death", "date": "2021-01-01", "text": "x"}],
        "recommendations": [
            {
                "id": "r1",
                "text": text,
                "agencies": ["police"],
                "themes": ["training"],
                "actions": [{"text": "Deliver training.", "agencies": ["police"]}],
            }
        ],
    }


def run(args: argparse.Namespace) -> dict[str, Any]:
    import httpx

    tmp = Path(tempfile.mkdtemp(prefix="dhr-load-"))
    library = Path(args.library) if args.library else tmp / "library"
    if args.seed_records:
        if args.library and any(library.glob("library.sqlite")):
            raise SystemExit(
                "--seed-records writes a fresh library: leave out --library or give an empty one"
            )
        started = time.perf_counter()
        seed_library(library, args.seed_records)
        print(f"seeded {args.seed_records} records in {time.perf_counter() - started:.1f} s", file=sys.stderr)  # noqa: T201
    port = _free_port()
    admin_key = secrets.token_hex(24)
    env = {**os.environ, "DHR_ADMIN_KEY": admin_key, "DHR_API_RATE_PER_S": "0", "HF_HUB_OFFLINE": "1"}
    log_path = tmp / "server.log"
    cmd = [
        sys.executable,
        "-c",
        "from dhr.cli import main; main()",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--library",
        str(library),
        "--embedding-model",
        args.embedding_model,
        "--workers",
        str(args.workers),
    ]
    with open(log_path, "wb") as log:
        server = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        started = time.perf_counter()
        deadline = started + args.startup_timeout
        with httpx.Client(base_url=base, timeout=30) as c:
            while True:
                if server.poll() is not None:
                    raise SystemExit(f"server exited with {server.returncode}; see {log_path}")
                try:
                    health = c.get("/healthz")
                    if health.status_code == 200:
                        break
                    body = health.json()
                    if body.get("status") == "failed":
                        if not body.get("components", {}).get("encoder"):
                            raise SystemExit(f"server start-up failed: {body.get('detail')}")
                        print(f"warning: {body.get('detail')} (search is measured anyway)", file=sys.stderr)  # noqa: T201
                        break
                except httpx.TransportError:
                    pass
                if time.perf_counter() > deadline:
                    raise SystemExit(f"server not ready after {args.startup_timeout} s; see {log_path}")
                time.sleep(0.5)
            startup = time.perf_counter() - started
            keys = {}
            for role in {"dac", args.role}:
                r = c.post(
                    "/v1/keys",
                    json={"role": role, "label": f"load test ({role})"},
                    headers={"Authorization": f"Bearer {admin_key}"},
                )
                r.raise_for_status()
                keys[role] = {"Authorization": f"Bearer {r.json()['key']}"}
            headers = keys["dac"]  # commits, extraction, analytics
            search_headers = keys[args.role]
            for q in QUERIES[:3]:  # warm-up
                c.get("/v1/search", params={"q": q}, headers=search_headers, timeout=600)
        print(f"server ready in {startup:.1f} s on {base}", file=sys.stderr)  # noqa: T201

        search = Stats("search")
        ingest = Stats("ingest (commit review)")
        stop = threading.Event()
        count_lock = threading.Lock()
        sent = [0]

        def one_search(c: httpx.Client, q: str, t0: float) -> None:
            try:
                resp = c.get("/v1/search", params={"q": q, "k": 10}, headers=search_headers)
                search.add(
                    time.perf_counter() - t0, resp.status_code == 200, f"{resp.status_code} {resp.text[:120]}"
                )
            except httpx.HTTPError as exc:
                search.add(time.perf_counter() - t0, False, repr(exc)[:120])

        def searcher(i: int) -> None:
            queries = query_stream(i)
            with httpx.Client(base_url=base, timeout=60) as c:
                while not stop.is_set():
                    with count_lock:
                        if sent[0] >= args.max_requests:
                            stop.set()
                            return
                        sent[0] += 1
                    one_search(c, next(queries), time.perf_counter())

        jobs: queue.Queue[tuple[str, float] | None] = queue.Queue()

        def open_loop_worker() -> None:
            with httpx.Client(base_url=base, timeout=60) as c:
                while (job := jobs.get()) is not None:
                    one_search(c, *job)  # latency counts from the scheduled send time, queueing included

        def scheduler() -> None:
            rng, queries = random.Random(7), query_stream(1000)
            due = time.perf_counter()
            while not stop.is_set() and sent[0] < args.max_requests:
                due += rng.expovariate(args.rate)  # Poisson arrivals: requests do not wait for answers
                delay = due - time.perf_counter()
                if delay > 0 and stop.wait(delay):
                    break
                sent[0] += 1
                jobs.put((next(queries), due))
            for _ in range(args.clients):
                jobs.put(None)

        def ingester() -> None:
            n = 0
            with httpx.Client(base_url=base, timeout=120) as c:
                while not stop.is_set():
                    n += 1
                    t0 = time.perf_counter()
                    try:
                        resp = c.post(
                            "/v1/reviews", json={"draft": _draft(n), "published": True}, headers=headers
                        )
                        ingest.add(
                            time.perf_counter() - t0,
                            resp.status_code == 201,
                            f"{resp.status_code} {resp.text[:120]}",
                        )
                    except httpx.HTTPError as exc:
                        ingest.add(time.perf_counter() - t0, False, repr(exc)[:120])
                    stop.wait(args.ingest_every)

        if args.rate:
            threads = [threading.Thread(target=open_loop_worker) for _ in range(args.clients)]
            threads.append(threading.Thread(target=scheduler))
        else:
            threads = [threading.Thread(target=searcher, args=(i,)) for i in range(args.clients)]
        if args.ingest_every > 0:
            threads.append(threading.Thread(target=ingester))
        cpu_start = _server_cpu_s(server.pid)
        client_cpu_start = time.process_time()
        t_start = time.perf_counter()
        for t in threads:
            t.start()
        stop.wait(args.duration)
        stop.set()
        for t in threads:
            t.join(timeout=120)
        wall = time.perf_counter() - t_start
        server_cpu = _server_cpu_s(server.pid) - cpu_start
        client_cpu = time.process_time() - client_cpu_start
        results = [search.summary(wall), ingest.summary(wall)]
        answered = len(search.latencies) + len(ingest.latencies)
        # CPU the server spent per request, whatever else the machine was doing: the figure to compare
        # changes by on a shared machine, where wall-clock latencies move with other people's work.
        results[0]["server_cpu_ms_per_request"] = round(1000 * server_cpu / answered, 2) if answered else None
        # This script runs on the same cores: what it takes is not left to the server.
        results[0]["client_cpu_ms_per_request"] = round(1000 * client_cpu / answered, 2) if answered else None

        if args.report:
            extract = Stats("extract (100-page report)" if "100" in Path(args.report).name else "extract")
            data = Path(args.report).read_bytes()
            with httpx.Client(base_url=base, timeout=120) as c:
                t_ex = time.perf_counter()
                for _ in range(args.extract_repeats):
                    t0 = time.perf_counter()
                    resp = c.post(
                        "/v1/extract",
                        files={"file": (Path(args.report).name, data, "application/pdf")},
                        headers=headers,
                    )
                    extract.add(
                        time.perf_counter() - t0,
                        resp.status_code == 200,
                        f"{resp.status_code} {resp.text[:120]}",
                    )
                results.append(extract.summary(time.perf_counter() - t_ex))
        with httpx.Client(base_url=base, timeout=30) as c:
            records = c.get("/v1/analytics", headers=headers).json()["counts"]["recommendations"]
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    return {
        "records": records,
        "clients": args.clients,
        "rate_per_s": args.rate,
        "workers": args.workers,
        "role": args.role,
        "duration_s": args.duration,
        "embedding_model": args.embedding_model,
        "startup_s": round(startup, 1),
        "results": results,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--library", help="Existing library directory (default: a fresh temporary one).")
    parser.add_argument(
        "--seed-records", type=int, default=2000, help="Synthetic records to write first (0: none)."
    )
    parser.add_argument("--embedding-model", default="all-MiniLM-L6-v2", help="Or 'hash' (light stand-in).")
    parser.add_argument(
        "--clients", type=int, default=8, help="Searching clients (with --rate: senders available)."
    )
    parser.add_argument(
        "--rate",
        type=float,
        default=0.0,
        help="Open loop: searches per second arriving at random (Poisson) whether or not earlier ones were "
        "answered, latency counted from the arrival; 0 (default): closed loop, each client waits for its answer.",
    )
    parser.add_argument(
        "--workers", type=int, default=1, help="Server worker processes (dhr serve --workers)."
    )
    parser.add_argument(
        "--role",
        choices=("chair", "dac"),
        default="chair",
        help="Role of the searching key: 'chair' searches published recommendations only (a filter holding "
        "most of the library), as review chairs do; 'dac' searches everything, unfiltered.",
    )
    parser.add_argument("--duration", type=float, default=30.0, help="Seconds of load (bounded).")
    parser.add_argument("--max-requests", type=int, default=20_000, help="Search requests at most.")
    parser.add_argument(
        "--ingest-every", type=float, default=1.0, help="Seconds between commits (0: no ingest)."
    )
    parser.add_argument("--report", help="A PDF to time POST /v1/extract with (e.g. a 100-page report).")
    parser.add_argument("--extract-repeats", type=int, default=10)
    parser.add_argument("--startup-timeout", type=float, default=900.0)
    args = parser.parse_args(argv)
    if not 1 <= args.clients <= 64 or not 0 < args.duration <= 3600:
        parser.error("--clients must be 1-64 and --duration 0-3600 s")
    if args.rate < 0 or not 1 <= args.workers <= 16:
        parser.error("--rate must be >= 0 and --workers 1-16")
    out = run(args)
    for row in out["results"]:
        print(  # noqa: T201
            f"{row['operation']:<28} n={row['requests']:<6} errors={row['errors']:<4} "
            f"{row['throughput_per_s']}/s  p50={row['p50_ms']} ms  p95={row['p95_ms']} ms  max={row['max_ms']} ms"
            + (
                f"  server CPU/request={row['server_cpu_ms_per_request']} ms"
                f"  load script CPU/request={row['client_cpu_ms_per_request']} ms"
                if "server_cpu_ms_per_request" in row
                else ""
            )
        )
    print(json.dumps(out))  # noqa: T201


if __name__ == "__main__":
    main()
