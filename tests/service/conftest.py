"""Fixtures: an app over a temporary library with a light encoder and a fake extractor (fast, no models)."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dhr.errors import EncryptedDocumentError, NotSupportedFormatError
from dhr.schema import Action, ExtractionResult, Recommendation, ReviewInfo, SourceInfo, TimelineEvent
from dhr.settings import Settings

ADMIN_KEY = "test-admin-key-0123456789"


class FakeExtractor:
    """Deterministic stand-in for the Extractor: a draft derived from the bytes' hash."""

    def extract_bytes(self, data: bytes, filename: str) -> ExtractionResult:
        if data.startswith(b"ENCRYPTED"):
            raise EncryptedDocumentError(f"{filename}: the PDF is encrypted")
        if data.startswith(b"SLEEP"):
            time.sleep(3)
        if data.startswith(b"SCANNED"):  # OCR reading page after page: it checks the deadline between pages
            from extraction.readers.ocr import check_deadline

            for _ in range(600):
                check_deadline()
                time.sleep(0.05)
        if not (data.startswith(b"%PDF") or data.startswith(b"PK")):
            raise NotSupportedFormatError(f"{filename}: not a PDF or DOCX")
        sha = hashlib.sha256(data).hexdigest()
        return make_draft(sha, filename)


def make_draft(
    sha: str, filename: str = "report.pdf", csp: str | None = "Exampleshire CSP"
) -> ExtractionResult:
    return ExtractionResult(
        source=SourceInfo(filename=filename, sha256=sha, pages=3),
        review=ReviewInfo(title="DHR Adult A", csp=csp, reference="DHR-1"),
        timeline=[
            TimelineEvent(event="death", date="2020-01-10", text="died on 10 January 2020"),
            TimelineEvent(event="first_panel", date="2020-06", text="first panel June 2020"),
            TimelineEvent(event="publication", date="2022-03-01", text="published 1 March 2022"),
        ],
        recommendations=[
            Recommendation(
                id="r1",
                number="1",
                text="Police should review risk assessment training for repeat domestic abuse callers.",
                agencies=["police"],
                themes=["training", "identification_of_risk"],
                actions=[
                    Action(
                        text="Deliver DASH refresher training to all response officers.", agencies=["police"]
                    ),
                    Action(text="GP practices to add routine enquiry prompts.", agencies=["gp"]),
                ],
            ),
            Recommendation(
                id="r2",
                number="2",
                text="The GP surgery should record coercive control concerns in the patient record.",
                agencies=["gp"],
                themes=["record_keeping"],
                actions=[Action(text="Audit GP records for domestic abuse coding.", agencies=["gp"])],
            ),
        ],
    )


@pytest.fixture(autouse=True)
def _audit_key(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test's audit key in its own folder outside the test's library (never the user's own key)."""
    from dhr.settings import get_settings

    path = tmp_path_factory.mktemp("audit-key") / "audit.key"
    monkeypatch.setenv("DHR_AUDIT_KEY_PATH", str(path))
    get_settings.cache_clear()
    yield path
    get_settings.cache_clear()


def make_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "library_dir": tmp_path / "library",
        "admin_key": ADMIN_KEY,
        "api_timeout_s": 1.5,
        "api_rate_per_s": 1000.0,
        "api_rate_burst": 1000,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def build_client(tmp_path: Path, extractor: object | None = None, **overrides: object) -> TestClient:
    from retrieval.embeddings import HashEncoder
    from service.app import create_app

    app = create_app(
        make_settings(tmp_path, **overrides),
        extractor=extractor or FakeExtractor(),  # type: ignore[arg-type]
        encoder=HashEncoder(),
        load_in_background=False,
        corrections_path=tmp_path / "corrections.jsonl",
    )
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with build_client(tmp_path) as c:
        yield c


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


@pytest.fixture
def admin() -> dict[str, str]:
    return auth(ADMIN_KEY)


@pytest.fixture
def make_key(client: TestClient, admin: dict[str, str]) -> Callable[..., dict[str, str]]:
    def make(role: str, **binding: str) -> dict[str, str]:
        r = client.post("/v1/keys", json={"role": role, **binding}, headers=admin)
        assert r.status_code == 201, r.text
        return auth(r.json()["key"])

    return make
