"""Concurrent commits and searches: no errors, nothing lost (on SQLite and on PostgreSQL)."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.pg import database_url  # noqa: F401 - the fixture, parametrised over SQLite and PostgreSQL
from tests.service.conftest import ADMIN_KEY, auth, build_client, make_draft


@pytest.fixture
def any_client(database_url: str, tmp_path: Path) -> Iterator[TestClient]:  # noqa: F811 - the imported fixture
    """The app on SQLite (the library folder's file) and on a PostgreSQL database."""
    overrides = {} if database_url.startswith("sqlite") else {"database_url": database_url}
    with build_client(tmp_path, **overrides) as c:
        yield c


def test_concurrent_ingest_and_search(any_client: TestClient) -> None:
    client = any_client
    r = client.post("/v1/keys", json={"role": "dac"}, headers=auth(ADMIN_KEY))
    assert r.status_code == 201, r.text
    dac = auth(r.json()["key"])
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
    audit = client.app.state.service.audit  # type: ignore[attr-defined]
    assert audit.in_database == ("postgresql" in str(audit._engine.url))
    result = audit.verify()  # the file log on SQLite, the chain in the database on PostgreSQL
    assert result.ok and result.lines == 13, result.message  # the key and the 12 reviews


def test_a_commit_is_searchable_when_it_returns(client: TestClient, make_key) -> None:
    # The API syncs the search indexes in the background (searches never wait for it); the committing request
    # waits, so whoever commits finds the review at once, and so does a text correction.
    dac = make_key("dac")
    for n in range(3):
        draft = make_draft(hashlib.sha256(f"first-{n}".encode()).hexdigest()).model_dump(mode="json")
        draft["review"]["title"] = f"DHR {n}"
        draft["recommendations"][0]["text"] = f"Ambulance crews should record disclosures, variant {n}."
        r = client.post("/v1/reviews", json={"draft": draft, "published": True}, headers=dac)
        assert r.status_code == 201, r.text
        hits = client.get(
            "/v1/search", params={"q": f"ambulance disclosures variant {n}"}, headers=dac
        ).json()
        assert f"variant {n}" in hits["data"][0]["text"]
    rec_id = hits["data"][0]["id"]
    body = {"field": "text", "value": "Fire services should fit alarms for victims at home.", "author": "t"}
    assert client.post(f"/v1/recommendations/{rec_id}/corrections", json=body, headers=dac).status_code in (
        200,
        201,
    )
    hits = client.get("/v1/search", params={"q": "fire services alarms victims home"}, headers=dac).json()
    assert hits["data"][0]["id"] == rec_id
