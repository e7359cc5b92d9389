"""Every hostile PDF posted to /v1/extract (real extractor): a result or a specific 4xx, never a 5xx or a hang."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from dhr.settings import REPO_ROOT
from tests.service.conftest import ADMIN_KEY, auth, make_settings

HOSTILE = REPO_ROOT.parent / "shared" / "data" / "hostile-pdfs"
FILES = sorted(HOSTILE.rglob("*.pdf")) if HOSTILE.is_dir() else []

pytestmark = pytest.mark.skipif(not FILES, reason=f"{HOSTILE} not present")


@pytest.fixture(scope="module")
def real_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict[str, str]]]:
    from extraction.pipeline import Extractor
    from retrieval.embeddings import HashEncoder
    from service.app import create_app

    tmp = tmp_path_factory.mktemp("hostile")
    settings = make_settings(tmp, api_timeout_s=20.0, api_rate_per_s=0.0)
    app = create_app(
        settings, extractor=Extractor.load(settings), encoder=HashEncoder(), load_in_background=False
    )
    with TestClient(app, raise_server_exceptions=False) as client:
        r = client.post("/v1/keys", json={"role": "csp", "csp": "Exampleshire CSP"}, headers=auth(ADMIN_KEY))
        yield client, auth(r.json()["key"])


def test_every_hostile_pdf_gives_no_5xx_and_no_hang(real_client: tuple[TestClient, dict[str, str]]) -> None:
    client, key = real_client
    statuses: dict[int, int] = {}
    slowest = (0.0, "")
    for path in FILES:
        started = time.monotonic()
        r = client.post(
            "/v1/extract", files={"file": (path.name, path.read_bytes(), "application/pdf")}, headers=key
        )
        took = time.monotonic() - started
        slowest = max(slowest, (took, path.name))
        assert r.status_code < 500, f"{path.name}: {r.status_code} {r.text[:300]}"
        if r.status_code != 200:
            body = r.json()
            assert r.headers["content-type"].startswith("application/problem+json"), path.name
            assert body["detail"] and "\n" not in body["detail"], path.name
        statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
        assert took < 25, f"{path.name} took {took:.1f} s"
    print(f"hostile PDFs: {len(FILES)} files, statuses {sorted(statuses.items())}, slowest {slowest}")
    assert sum(statuses.values()) == len(FILES)
