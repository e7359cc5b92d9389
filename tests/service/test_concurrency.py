"""Concurrent commits and searches: no errors, nothing lost."""

from __future__ import annotations

import hashlib
import threading

from fastapi.testclient import TestClient

from service.audit import verify
from tests.service.conftest import make_draft


def test_concurrent_ingest_and_search(client: TestClient, make_key, tmp_path) -> None:
    dac = make_key("dac")
    errors: list[str] = []
    stop = threading.Event()

    def searcher() -> None:
        while not stop.is_set():
            r = client.get("/v1/search", params={"q": "risk assessment training"}, headers=dac)
            if r.status_code != 200:
                errors.append(f"search {r.status_code} {r.text[:200]}")

    def committer(start: int) -> None:
        for n in range(start, start + 6):
            draft = make_draft(hashlib.sha256(str(n).encode()).hexdigest()).model_dump(mode="json")
            r = client.post("/v1/reviews", json={"draft": draft, "published": True}, headers=dac)
            if r.status_code != 201:
                errors.append(f"commit {r.status_code} {r.text[:200]}")

    searchers = [threading.Thread(target=searcher) for _ in range(4)]
    committers = [threading.Thread(target=committer, args=(s,)) for s in (100, 200)]
    for t in searchers + committers:
        t.start()
    for t in committers:
        t.join(60)
    stop.set()
    for t in searchers:
        t.join(60)
    assert errors == []
    assert client.get("/v1/reviews", headers=dac).json()["count"] == 12
    assert verify(tmp_path / "library").ok
