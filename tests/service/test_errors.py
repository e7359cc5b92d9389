"""Errors are problem+json with a specific detail; client input never gives a 5xx; limits hold."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dhr import errors as E
from service.errors import status_for
from tests.service.conftest import auth, build_client


@pytest.mark.parametrize(
    ("exc", "status"),
    [
        (E.EncryptedDocumentError("x"), 422),
        (E.NotSupportedFormatError("x"), 415),
        (E.DocumentTooLargeError("x"), 413),
        (E.ProcessingTimeoutError("x"), 422),
        (E.NotFoundError("x"), 404),
        (E.ConflictError("x"), 409),
        (E.PermissionDeniedError("x"), 403),
        (E.ValidationError("x"), 422),
        (E.InputError("x"), 400),
        (E.ModelNotAvailableError("x"), 503),
    ],
)
def test_status_mapping(exc: Exception, status: int) -> None:
    assert status_for(exc)[0] == status


def test_validation_error_is_problem_json(client: TestClient, make_key) -> None:
    dac = make_key("dac")
    r = client.post("/v1/reviews", json={"draft": {"nope": 1}}, headers=dac)
    assert r.status_code == 422
    body = r.json()
    assert r.headers["content-type"].startswith("application/problem+json")
    assert body["status"] == 422 and "draft" in body["detail"] and body["errors"]
    r = client.get("/v1/search", params={"q": "x", "k": 0}, headers=dac)
    assert r.status_code == 422 and "k" in r.json()["detail"]
    r = client.post("/v1/reviews", content=b"{not json", headers={**dac, "content-type": "application/json"})
    assert r.status_code == 422
    r = client.patch("/v1/actions/nope", json={}, headers=dac)
    assert r.status_code == 422 and "at least one" in r.json()["detail"]


def test_extract_errors(client: TestClient, make_key) -> None:
    csp = make_key("csp", csp="Exampleshire CSP")
    r = client.post("/v1/extract", files={"file": ("a.pdf", b"ENCRYPTED...")}, headers=csp)
    assert r.status_code == 422 and "encrypted" in r.json()["detail"]
    r = client.post("/v1/extract", files={"file": ("a.txt", b"hello")}, headers=csp)
    assert r.status_code == 415
    r = client.post("/v1/extract", files={"file": ("a.pdf", b"")}, headers=csp)
    assert r.status_code == 422 and "empty" in r.json()["detail"]
    r = client.post("/v1/extract", headers=csp)
    assert r.status_code == 422 and "file" in r.json()["detail"]
    r = client.post("/v1/extract", params={"format": "pdf"}, files={"file": ("a.pdf", b"%PDF")}, headers=csp)
    assert r.status_code == 422


def test_extract_formats(client: TestClient, make_key) -> None:
    csp = make_key("csp", csp="Exampleshire CSP")
    r = client.post("/v1/extract", files={"file": ("a.pdf", b"%PDF-1.4 a")}, headers=csp)
    assert r.status_code == 200 and len(r.json()["recommendations"]) == 2
    r = client.post("/v1/extract?format=csv", files={"file": ("a.pdf", b"%PDF-1.4 a")}, headers=csp)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "Recommendation" in r.text.splitlines()[0]
    r = client.post("/v1/extract?format=xlsx", files={"file": ("a.pdf", b"%PDF-1.4 a")}, headers=csp)
    assert r.status_code == 200 and r.content[:2] == b"PK"


def test_extraction_timeout_is_4xx_not_hang(tmp_path: Path) -> None:
    with build_client(tmp_path, api_timeout_s=0.5) as client:
        r = client.post("/v1/keys", json={"role": "dac"}, headers=auth("test-admin-key-0123456789"))
        dac = auth(r.json()["key"])
        r = client.post("/v1/extract", files={"file": ("slow.pdf", b"SLEEP %PDF")}, headers=dac)
        assert r.status_code == 422 and "0.5 s" in r.json()["detail"]


def test_ocr_past_the_time_limit_stops_and_frees_its_slot(tmp_path: Path) -> None:
    with build_client(tmp_path, api_timeout_s=0.5, api_extract_workers=1) as client:
        r = client.post("/v1/keys", json={"role": "dac"}, headers=auth("test-admin-key-0123456789"))
        dac = auth(r.json()["key"])
        r = client.post("/v1/extract", files={"file": ("scan.pdf", b"SCANNED %PDF")}, headers=dac)
        assert r.status_code == 422 and "0.5 s" in r.json()["detail"]
        # the one slot comes back within a page's time, not after the 30 s the scan would have taken
        for _ in range(40):
            r = client.post("/v1/extract", files={"file": ("a.pdf", b"%PDF-1.4 a")}, headers=dac)
            if r.status_code != 503:
                break
            time.sleep(0.1)
        assert r.status_code == 200


def test_body_size_limit(tmp_path: Path) -> None:
    with build_client(tmp_path, api_max_body_mb=0.01, max_file_mb=0.005) as client:
        r = client.post("/v1/keys", json={"role": "dac"}, headers=auth("test-admin-key-0123456789"))
        dac = auth(r.json()["key"])
        r = client.post("/v1/extract", files={"file": ("big.pdf", b"%PDF" + b"0" * 20000)}, headers=dac)
        assert r.status_code == 413 and r.headers["content-type"].startswith("application/problem+json")
        r = client.post("/v1/extract", files={"file": ("mid.pdf", b"%PDF" + b"0" * 7000)}, headers=dac)
        assert r.status_code == 413 and "MB" in r.json()["detail"]


def test_rate_limit(tmp_path: Path) -> None:
    with build_client(tmp_path, api_rate_per_s=0.001, api_rate_burst=3) as client:
        r = client.post("/v1/keys", json={"role": "dac"}, headers=auth("test-admin-key-0123456789"))
        dac = auth(r.json()["key"])
        codes = [client.get("/v1/reviews", headers=dac).status_code for _ in range(5)]
        assert codes == [200, 200, 200, 429, 429]
        r = client.get("/v1/reviews", headers=dac)
        assert int(r.headers["retry-after"]) >= 1 and "rate limit" in r.json()["detail"]


def test_healthz_503_while_loading(tmp_path: Path) -> None:
    import threading

    from retrieval.embeddings import HashEncoder
    from service.app import create_app
    from tests.service.conftest import make_settings

    gate = threading.Event()

    class SlowExtractor:
        def extract_bytes(self, data: bytes, filename: str):  # pragma: no cover - never called
            raise AssertionError

    class GatedEncoder(HashEncoder):
        def encode_batch(self, texts):  # type: ignore[no-untyped-def]
            gate.wait(10)
            return super().encode_batch(texts)

    app = create_app(make_settings(tmp_path), extractor=SlowExtractor(), encoder=GatedEncoder())
    with TestClient(app) as client:
        r = client.get("/healthz")
        assert r.status_code == 503 and r.json()["status"] == "starting"
        gate.set()
        for _ in range(100):
            if client.get("/healthz").status_code == 200:
                break
            import time

            time.sleep(0.05)
        assert client.get("/healthz").json()["status"] == "ok"


def test_keys_are_stored_hashed(client: TestClient, admin, tmp_path: Path) -> None:
    r = client.post("/v1/keys", json={"role": "partner", "agency": "police"}, headers=admin)
    secret = r.json()["key"].split("_")[2]
    db = (tmp_path / "library" / "library.sqlite").read_bytes()
    assert secret.encode() not in db
    listed = client.get("/v1/keys", headers=admin).json()
    assert listed["count"] == 1 and "key" not in listed["data"][0]
    assert client.post("/v1/keys", json={"role": "partner"}, headers=admin).status_code == 422
    assert client.post("/v1/keys", json={"role": "csp", "agency": "police"}, headers=admin).status_code == 422


def test_search_answers_503_when_the_query_encoder_fails(tmp_path: Path) -> None:
    """The query vector is awaited from the encoder thread: a model failure there reaches the client as a
    problem response naming it, and the next search works again."""
    from dhr.errors import ModelNotAvailableError
    from retrieval.embeddings import HashEncoder
    from service.app import create_app
    from tests.service.conftest import make_settings

    broken = {"on": False}

    class FlakyEncoder(HashEncoder):
        def encode_batch(self, texts):  # type: ignore[no-untyped-def]
            if broken["on"]:
                raise ModelNotAvailableError("embedding model failed to load")
            return super().encode_batch(texts)

    class NoExtractor:
        def extract_bytes(self, data: bytes, filename: str):  # pragma: no cover - never called
            raise AssertionError

    app = create_app(make_settings(tmp_path), extractor=NoExtractor(), encoder=FlakyEncoder())
    with TestClient(app) as client:
        for _ in range(100):
            if client.get("/healthz").status_code == 200:
                break
            import time

            time.sleep(0.05)
        from tests.service.conftest import ADMIN_KEY, auth

        r = client.post("/v1/keys", json={"role": "dac"}, headers=auth(ADMIN_KEY))
        assert r.status_code == 201, r.text
        key = auth(r.json()["key"])
        broken["on"] = True
        r = client.get("/v1/search", params={"q": "a query never searched before"}, headers=key)
        assert r.status_code == 503
        assert r.headers["content-type"].startswith("application/problem+json")
        assert "embedding model failed" in r.json()["detail"]
        broken["on"] = False
        assert client.get("/v1/search", params={"q": "another new query"}, headers=key).status_code == 200
