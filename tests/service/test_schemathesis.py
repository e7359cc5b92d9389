"""A bounded schemathesis run against the OpenAPI: generated requests never get a 5xx.

Light app (fake extractor, hash encoder, a seeded library); each operation gets a small number of examples
per role so that the whole run stays within a minute or two.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from tests.service.conftest import ADMIN_KEY, FakeExtractor, auth, make_draft, make_settings

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.checks import not_a_server_error  # noqa: E402

#: Examples per operation and role. The default run is short; ``-m slow`` runs more, with every role.
MAX_EXAMPLES = int(os.environ.get("DHR_SCHEMATHESIS_EXAMPLES", "8"))
SLOW_EXAMPLES = int(os.environ.get("DHR_SCHEMATHESIS_SLOW_EXAMPLES", "40"))


def _app(tmp: object):  # type: ignore[no-untyped-def]
    from retrieval.embeddings import HashEncoder
    from service.app import create_app

    return create_app(
        make_settings(tmp, api_timeout_s=2.0, api_rate_per_s=0.0),  # type: ignore[arg-type]
        extractor=FakeExtractor(),  # type: ignore[arg-type]
        encoder=HashEncoder(),
        load_in_background=False,
        corrections_path=tmp / "corrections.jsonl",  # type: ignore[operator]
    )


_TMP = None
APP = None


def _schema():  # type: ignore[no-untyped-def]
    import tempfile
    from pathlib import Path

    global _TMP, APP
    _TMP = Path(tempfile.mkdtemp(prefix="dhr-schemathesis-"))
    APP = _app(_TMP)
    return schemathesis.openapi.from_asgi("/openapi.json", APP)


schema = _schema()
KEYS: dict[str, dict[str, str]] = {}


@pytest.fixture(scope="module", autouse=True)
def running_app() -> Iterator[None]:
    """Run the app's lifespan (library, keys) and seed a review and one key per role."""
    with TestClient(APP) as client:
        admin = auth(ADMIN_KEY)
        for role, binding in [
            ("dac", {}),
            ("csp", {"csp": "Exampleshire CSP"}),
            ("partner", {"agency": "police"}),
            ("chair", {}),
        ]:
            KEYS[role] = auth(
                client.post("/v1/keys", json={"role": role, **binding}, headers=admin).json()["key"]
            )
        KEYS["admin"] = admin
        draft = make_draft("9" * 64).model_dump(mode="json")
        assert client.post("/v1/reviews", json={"draft": draft}, headers=KEYS["dac"]).status_code == 201
        yield


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_no_server_errors(case) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(headers=KEYS["dac"], checks=[not_a_server_error])


@pytest.mark.slow
@pytest.mark.parametrize("role", ["dac", "csp", "partner", "chair", "admin"])
@schema.parametrize()
@settings(max_examples=SLOW_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors_every_role(case, role: str) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(headers=KEYS[role], checks=[not_a_server_error])
