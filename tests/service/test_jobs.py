"""Background jobs: large extractions and bulk imports answer 202 with a job to poll; jobs respect tenancy and
outlive the process that accepted them."""

from __future__ import annotations

import time
from pathlib import Path

from fastapi.testclient import TestClient

from extraction.export import to_csv
from service.jobs import JobQueue
from service.keys import Principal
from tests.pg import database_url  # noqa: F401 - the fixture, parametrised over SQLite and PostgreSQL
from tests.service.conftest import ADMIN_KEY, FakeExtractor, auth, build_client, make_draft

PDF = b"%PDF-1.4 a report long enough to be sent to the background " + b"x" * 4000


def wait_for(client: TestClient, url: str, headers: dict[str, str], timeout: float = 20.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        r = client.get(url, headers=headers)
        assert r.status_code == 200, r.text
        body = r.json()
        if body["status"] in ("done", "failed") or time.monotonic() > deadline:
            return body
        time.sleep(0.05)


def key(client: TestClient, role: str, **binding: str) -> dict[str, str]:
    r = client.post("/v1/keys", json={"role": role, **binding}, headers=auth(ADMIN_KEY))
    assert r.status_code == 201, r.text
    return auth(r.json()["key"])


def test_large_upload_is_a_job_with_a_result_to_poll(tmp_path: Path) -> None:
    with build_client(tmp_path, api_job_extract_min_mb=0.001) as client:
        csp = key(client, "csp", csp="Exampleshire CSP")
        r = client.post("/v1/extract", files={"file": ("big.pdf", PDF, "application/pdf")}, headers=csp)
        assert r.status_code == 202, r.text
        accepted = r.json()
        assert accepted["status"] == "queued" and r.headers["location"] == accepted["url"]
        body = wait_for(client, accepted["url"], csp)
        assert body["status"] == "done", body
        assert body["attempts"] == 1 and body["finished_at"]
        draft = body["result"]
        assert [rec["id"] for rec in draft["recommendations"]] == ["r1", "r2"]
        # the server's own hash is recorded, as for a synchronous upload: the CSP may commit the draft
        commit = client.post("/v1/reviews", json={"draft": draft}, headers=csp)
        assert commit.status_code == 201, commit.text
        sheet = client.get(accepted["url"] + "/result", params={"format": "csv"}, headers=csp)
        assert sheet.status_code == 200 and "text/csv" in sheet.headers["content-type"]
        # small uploads keep the synchronous answer
        small = client.post(
            "/v1/extract", files={"file": ("s.pdf", b"%PDF-1.4 small", "application/pdf")}, headers=csp
        )
        assert small.status_code == 200


def test_failed_job_says_why(tmp_path: Path) -> None:
    with build_client(tmp_path) as client:
        dac = key(client, "dac")
        r = client.post(
            "/v1/extract",
            params={"background": "true"},
            files={"file": ("locked.pdf", b"ENCRYPTED pdf", "application/pdf")},
            headers=dac,
        )
        assert r.status_code == 202
        body = wait_for(client, r.json()["url"], dac)
        assert body["status"] == "failed" and "encrypted" in body["error"]
        assert body["result"] is None
        assert client.get(r.json()["url"] + "/result", headers=dac).status_code == 409


def test_import_as_a_job(tmp_path: Path) -> None:
    with build_client(tmp_path) as client:
        dac = key(client, "dac")
        r = client.post(
            "/v1/imports/action-plans",
            params={"background": "true", "published": "true"},
            files={"file": ("plans.csv", to_csv(make_draft("2" * 64)).encode(), "text/csv")},
            headers=dac,
        )
        assert r.status_code == 202, r.text
        body = wait_for(client, r.json()["url"], dac)
        assert body["status"] == "done", body
        assert (
            body["result"]["imported"] == body["result"]["rows"] == 3 and body["result"]["committed"] is True
        ), body
        hits = client.get("/v1/search", params={"q": "coercive control patient record"}, headers=dac).json()
        assert "coercive control" in str(hits), hits


def test_jobs_respect_tenancy(tmp_path: Path) -> None:
    with build_client(tmp_path) as client:
        mine = key(client, "csp", csp="Exampleshire CSP")
        colleague = key(client, "csp", csp="exampleshire  csp")
        other = key(client, "csp", csp="Otherton CSP")
        partner = key(client, "partner", agency="police")
        chair = key(client, "chair")
        dac = key(client, "dac")
        files = {"file": ("r.pdf", PDF, "application/pdf")}
        assert (
            client.post("/v1/extract", params={"background": "true"}, files=files, headers=chair).status_code
            == 403
        )
        r = client.post("/v1/extract", params={"background": "true"}, files=files, headers=mine)
        url = r.json()["url"]
        assert wait_for(client, url, mine)["status"] == "done"
        assert client.get(url, headers=colleague).status_code == 200
        assert client.get(url, headers=dac).status_code == 200
        for stranger in (other, partner, chair):  # another's job does not exist for them
            assert client.get(url, headers=stranger).status_code == 404
            assert client.get(url + "/result", headers=stranger).status_code in (403, 404)
        assert client.get("/v1/jobs/job_0123abcd", headers=dac).status_code == 404
        assert client.get("/v1/jobs/not-a-job", headers=dac).status_code in (404, 422)
        assert client.get(url).status_code == 401


def _queue(tmp_path: Path) -> JobQueue:
    from retrieval.store import LibraryStore

    store = LibraryStore.open(tmp_path / "library")
    return JobQueue.from_engine(store.engine)


def test_a_job_survives_a_restart(tmp_path: Path) -> None:
    """Jobs left by a process that stopped: queued ones run, running ones are re-run, and one interrupted too
    often is failed with the reason; none is lost."""
    who = Principal(key_id="k1", role="dac")
    queue = _queue(tmp_path)
    queued = queue.submit("extract", who, {"filename": "a.pdf"}, PDF)
    interrupted = queue.submit("extract", who, {"filename": "b.pdf"}, PDF + b"b")
    assert queue.claim("otherhost:1:dead") is not None  # the first queued: 'queued' is claimed...
    # ... so put things as a crash would leave them: one job queued, one running on a process that is gone
    with queue.engine.begin() as conn:
        from sqlalchemy import update

        from retrieval.store.jobs import _TABLE as jobs

        conn.execute(
            update(jobs).where(jobs.c.id == queued.id).values(status="queued", worker=None, attempts=0)
        )
        conn.execute(
            update(jobs)
            .where(jobs.c.id == interrupted.id)
            .values(status="running", worker="otherhost:1:dead", attempts=1, heartbeat_at=time.time() - 3600)
        )
    exhausted = queue.submit("extract", who, {"filename": "c.pdf"}, PDF + b"c")
    with queue.engine.begin() as conn:
        conn.execute(
            update(jobs)
            .where(jobs.c.id == exhausted.id)
            .values(status="running", worker="otherhost:2:dead", attempts=2, heartbeat_at=time.time() - 3600)
        )
    queue.engine.dispose()

    with build_client(tmp_path, api_job_stale_s=30) as client:
        dac = key(client, "dac")
        a = wait_for(client, f"/v1/jobs/{queued.id}", dac)
        b = wait_for(client, f"/v1/jobs/{interrupted.id}", dac)
        c = wait_for(client, f"/v1/jobs/{exhausted.id}", dac)
    assert a["status"] == "done" and a["attempts"] == 1
    assert b["status"] == "done" and b["attempts"] == 2, b
    assert c["status"] == "failed" and "interrupted 2 times" in c["error"], c


def test_a_dead_local_process_is_noticed_at_once(tmp_path: Path) -> None:
    """On the same host a worker whose process has gone is re-queued at start-up, without waiting for its
    heartbeat to go stale."""
    import subprocess
    import sys

    from sqlalchemy import update

    from retrieval.store.jobs import _TABLE as jobs
    from service.jobs import _HOST

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    queue = _queue(tmp_path)
    job = queue.submit("extract", Principal(key_id="k1", role="dac"), {"filename": "a.pdf"}, PDF)
    with queue.engine.begin() as conn:
        conn.execute(
            update(jobs)
            .where(jobs.c.id == job.id)
            .values(status="running", worker=f"{_HOST}:{dead.pid}:abcd", attempts=1, heartbeat_at=time.time())
        )
    queue.engine.dispose()
    with build_client(tmp_path, api_job_stale_s=3600) as client:
        body = wait_for(client, f"/v1/jobs/{job.id}", key(client, "dac"))
    assert body["status"] == "done" and body["attempts"] == 2


def test_one_claim_per_job(tmp_path: Path, database_url: str) -> None:  # noqa: F811
    """Workers (threads here, processes in production) never run the same job; on PostgreSQL claims skip
    rows another claimer holds (SKIP LOCKED) instead of waiting for them. A recovered job is claimed again."""
    import threading

    from retrieval.store import LibraryStore

    store = LibraryStore.open(tmp_path / "library", database_url)
    try:
        queue = JobQueue.from_engine(store.engine)
        JobQueue.from_engine(store.engine)  # a second process starting: the table is there already
        who = Principal(key_id="k1", role="csp", csp="Exampleshire CSP")
        ids = {queue.submit("extract", who, {"filename": f"{i}.pdf"}, b"%PDF").id for i in range(20)}
        claimed: list[str] = []
        lock = threading.Lock()

        def worker(name: str) -> None:
            while (job := queue.claim(name)) is not None:
                assert job.payload == b"%PDF" and job.principal == who
                with lock:
                    claimed.append(job.id)

        threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(claimed) == sorted(ids)
        first = claimed[0]
        assert queue.finish(first, "someone-else", result={}) is False  # only the claimer records the outcome
        assert queue.recover(stale_s=-1, max_attempts=2) == (20, 0)  # every heartbeat is 'stale' here
        again = queue.claim("w9")
        assert again is not None and again.attempts == 2
        assert queue.finish(again.id, "w9", result={"ok": True}) is True
        done = queue.get(again.id)
        assert done is not None and done.status == "done" and done.result == {"ok": True}
    finally:
        store.close()


def test_queue_is_bounded(tmp_path: Path) -> None:
    class Stuck(FakeExtractor):
        def extract_bytes(self, data: bytes, filename: str):  # type: ignore[no-untyped-def]
            time.sleep(0.5)
            return super().extract_bytes(data, filename)

    with build_client(tmp_path, extractor=Stuck(), api_job_queue_max=2) as client:
        dac = key(client, "dac")
        codes = [
            client.post(
                "/v1/extract",
                params={"background": "true"},
                files={"file": (f"{i}.pdf", PDF + bytes([i]), "application/pdf")},
                headers=dac,
            ).status_code
            for i in range(6)
        ]
    assert codes.count(202) >= 2 and 503 in codes, codes
