"""Where a search request's CPU goes, end to end: ``dhr serve`` sampled by py-spy while one client searches.

1. A library of ``--records`` synthetic recommendations (``evaluation.load_service.seed_library``) whose MiniLM
   document vectors are random unit vectors clustered around topic centres, put in its embedding cache
   (embedding 200k texts would take an hour here; the search path is the same; without clusters the index
   builder rightly refuses IVF and every search scans all vectors). Queries go through the real ONNX query encoder.
2. ``dhr serve`` on 127.0.0.1 over it; after warm-up, ``py-spy record --pid`` samples every thread of the
   server for ``--seconds`` while one client sends chair-like searches one after another (a third with a
   filter).
3. Each sample is put in the category of its innermost recognised frame: encoder (tokenizer, onnxruntime),
   FAISS, BM25, ranking (fusion, query understanding), joins (hits -> recommendations with actions), SQL
   (SQLAlchemy, sqlite3), serialisation (pydantic, JSON), HTTP/ASGI (uvicorn, starlette, fastapi routing),
   other. Idle threads are not sampled, so the shares are of CPU time.

    python -m evaluation.profile_search [--records 200000] [--seconds 30] [--library DIR]

Prints the breakdown (share of samples and CPU ms per request) and one JSON line; see evaluation/PROFILE.md.
Needs py-spy (``pip install py-spy``); ptrace must be allowed (it is for a child of the same user here).
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

#: (category, substrings of a frame "function (file:line)"), checked from the innermost frame outwards.
CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "encoder",
        (
            "encoder/minilm.py",
            "onnxruntime",
            "tokenizers",
            "retrievers/query_encoder.py",
            "retrieval/embeddings.py",
        ),
    ),
    ("FAISS", ("faiss/", "retrieval/index.py")),
    ("BM25", ("retrieval/lexical.py", "retrievers/lexical.py", "scipy/sparse")),
    ("SQL", ("sqlalchemy/", "sqlite3", "retrieval/store/", "psycopg")),
    ("joins", ("retrieval/joiner.py", "repository_search.py")),
    (
        "ranking",
        (
            "retrieval/ranker.py",
            "retrieval/ranking.py",
            "query_understanding.py",
            "thesaurus.py",
            "retrieval/filter_cache.py",
            "classification/agencies.py",
            "spacy",
            "retrievers/dense.py",
        ),
    ),
    (
        "serialisation",
        (
            "pydantic",
            "fastapi/encoders.py",
            "json/",
            "orjson",
            "serialize_response",
            "jsonable_encoder",
            "dhr/schema/",
        ),
    ),
    (
        "HTTP/ASGI",
        ("uvicorn/", "starlette/", "fastapi/", "httptools", "asyncio/", "uvloop", "anyio/", "service/"),
    ),
)


#: Leaf frames of a thread that is not computing: the event loop waiting for sockets, a thread waiting on a
#: condition, or waiting to take the GIL back (a runnable thread on a busy machine is sampled as active).
WAITING: tuple[str, ...] = (
    "Runner.run (asyncio/runners.py",
    "Condition.wait",
    "Condition.notify",
    "Condition.__enter__",
    "Event.wait",
    "_call_set_state",
    "Future._invoke_callbacks",
    "select (selectors.py",
    "run_forever",
)


def categorise(stack: list[str]) -> str:
    """The category of one sample: 'waiting' by its leaf frame, else its innermost frame that some category
    recognises (``other`` if none)."""
    if stack and any(w in stack[-1] for w in WAITING):
        return "waiting"
    for frame in reversed(stack):
        for name, needles in CATEGORIES:
            if any(n in frame for n in needles):
                return name
    return "other"


#: Random document vectors are drawn around this many topic centres: real MiniLM vectors cluster, and vectors
#: without any structure make the index builder reject IVF (every list would be scanned) for exact search.
TOPICS = 1000
#: Spread of a vector around its centre (norm of the noise before normalising; cosine to the centre ~0.7).
SPREAD = 1.0


def prepare(library: Path, records: int, seed: int = 0) -> None:
    """Seed the library, then :func:`fill_vectors`."""
    from evaluation.load_service import seed_library

    started = time.perf_counter()
    seed_library(library, records, seed)
    fill_vectors(library, seed)
    print(f"library of {records} records ready in {time.perf_counter() - started:.0f} s", file=sys.stderr)  # noqa: T201


def fill_vectors(library: Path, seed: int = 0) -> None:
    """Put a random unit vector per recommendation text in the library's embedding cache (clustered around
    :data:`TOPICS` centres); the saved vector index is removed, so the next start builds it from these."""
    import numpy as np
    from sqlalchemy import select

    from retrieval import tables as t
    from retrieval.embeddings import CACHE_FILENAME, DIM, MODEL_NAME, EmbeddingCache, text_key
    from retrieval.store import LibraryStore

    store = LibraryStore.open(library)
    try:
        with store.engine.connect() as conn:
            rows = list(conn.execute(select(t.Recommendation.text_sha, t.Recommendation.text)))
    finally:
        store.close()
    if rows and text_key(rows[0][1]) != rows[0][0]:
        raise SystemExit("the store's text hash is not the embedding cache's key: cannot pre-fill vectors")
    for name in (CACHE_FILENAME, "index.npz"):
        (library / name).unlink(missing_ok=True)
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((TOPICS, DIM)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    cache = EmbeddingCache(library / CACHE_FILENAME)
    for start in range(0, len(rows), 20_000):
        chunk = rows[start : start + 20_000]
        noise = rng.standard_normal((len(chunk), DIM)).astype(np.float32) * (SPREAD / DIM**0.5)
        vectors = centres[rng.integers(0, TOPICS, len(chunk))] + noise
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        cache.put_many(MODEL_NAME, {sha: vec for (sha, _), vec in zip(chunk, vectors, strict=True)})


def _parse_raw(path: Path) -> list[tuple[list[str], int]]:
    """py-spy's raw (collapsed) output: 'frame;frame;... count' per line, outermost frame first."""
    out = []
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if stack and count.isdigit():
            out.append((stack.split(";"), int(count)))
    return out


def run(library: Path, seconds: float, rate: int) -> dict[str, Any]:
    import httpx

    from evaluation.load_service import _free_port, query_stream

    py_spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    port, admin = _free_port(), secrets.token_hex(24)
    env = {**os.environ, "DHR_ADMIN_KEY": admin, "DHR_API_RATE_PER_S": "0", "HF_HUB_OFFLINE": "1"}
    tmp = Path(tempfile.mkdtemp(prefix="dhr-profile-"))
    cmd = [sys.executable, "-m", "dhr.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    cmd += ["--library", str(library)]
    with open(tmp / "server.log", "wb") as log:
        server = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            deadline = time.monotonic() + 900
            while True:
                if server.poll() is not None:
                    raise SystemExit(f"server exited; see {tmp / 'server.log'}")
                try:
                    if client.get("/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit("server not ready in 900 s")
                time.sleep(0.5)
            made = client.post("/v1/keys", json={"role": "dac"}, headers={"Authorization": f"Bearer {admin}"})
            made.raise_for_status()
            headers = {"Authorization": f"Bearer {made.json()['key']}"}
            filters = itertools.cycle([{}, {}, {"agency": "police"}, {}, {}, {"level": "local"}])
            queries = query_stream(11)
            for _ in range(20):  # warm-up: filters prepared, caches filled as a running service has them
                client.get("/v1/search", params={"q": next(queries), **next(filters)}, headers=headers)
            raw = tmp / "py-spy.txt"
            spy = subprocess.Popen(
                [
                    py_spy,
                    "record",
                    "--pid",
                    str(server.pid),
                    "--duration",
                    str(int(seconds)),
                    "--rate",
                    str(rate),
                    "--format",
                    "raw",
                    "--nonblocking",
                    "--output",
                    str(raw),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            time.sleep(1.0)  # py-spy attached
            latencies: list[float] = []
            began = time.monotonic()
            while time.monotonic() - began < seconds - 2:
                t0 = time.perf_counter()
                r = client.get("/v1/search", params={"q": next(queries), **next(filters)}, headers=headers)
                latencies.append(time.perf_counter() - t0)
                r.raise_for_status()
            _, err = spy.communicate(timeout=seconds + 60)
            if not raw.exists():
                raise SystemExit(f"py-spy wrote nothing: {err.decode(errors='replace')[-500:]}")
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    samples = _parse_raw(raw)
    by: collections.Counter[str] = collections.Counter()
    for stack, count in samples:
        by[categorise(stack)] += count
    waiting = by.pop("waiting", 0)
    total = sum(by.values()) or 1
    requests = len(latencies)
    ms_per_sample = 1000.0 / rate
    lat = sorted(latencies)
    return {
        "records": None,
        "requests": requests,
        "seconds": seconds,
        "rate_hz": rate,
        "samples": total,
        "waiting_samples": waiting,
        "p50_ms": round(lat[len(lat) // 2] * 1000, 1) if lat else None,
        "p95_ms": round(lat[int(0.95 * (len(lat) - 1))] * 1000, 1) if lat else None,
        "breakdown": {
            name: {
                "share": round(count / total, 3),
                "cpu_ms_per_request": round(count * ms_per_sample / max(requests, 1), 2),
            }
            for name, count in by.most_common()
        },
        "top_other": _top_frames([s for s in samples if categorise(s[0]) == "other"]),
    }


def _top_frames(samples: list[tuple[list[str], int]], n: int = 8) -> list[tuple[str, int]]:
    leaves: collections.Counter[str] = collections.Counter()
    for stack, count in samples:
        leaves[stack[-1]] += count
    return leaves.most_common(n)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=200_000, help="library size (ignored with --library)")
    parser.add_argument(
        "--library", type=Path, default=None, help="an existing library (made by a first run)"
    )
    parser.add_argument("--keep", type=Path, default=None, help="build the library here and keep it")
    parser.add_argument(
        "--fill-vectors",
        action="store_true",
        help="with --library: replace its document vectors (random, clustered)",
    )
    parser.add_argument("--seconds", type=float, default=30.0, help="sampling time")
    parser.add_argument("--rate", type=int, default=200, help="py-spy samples per second")
    args = parser.parse_args(argv)
    library = args.library
    if library is not None and args.fill_vectors:
        fill_vectors(library)
    if library is None:
        library = args.keep or Path(tempfile.mkdtemp(prefix="dhr-profile-lib-")) / "library"
        prepare(library, args.records)
    result = run(library, args.seconds, args.rate)
    result["records"] = args.records if args.library is None else None
    print(f"{result['requests']} searches, p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms (one client)")  # noqa: T201
    print(f"{'part':<16}{'share':>8}{'CPU ms/request':>16}")  # noqa: T201
    for name, row in result["breakdown"].items():
        print(f"{name:<16}{row['share']:>8.1%}{row['cpu_ms_per_request']:>16.2f}")  # noqa: T201
    print(json.dumps(result))  # noqa: T201


if __name__ == "__main__":
    main()
