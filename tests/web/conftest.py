"""Fixtures of the web app tests: the service's test app (fake extractor, light encoder) and a signed-in
browser-like client (cookies, CSRF tokens read from the pages as a browser would)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.service.conftest import _audit_key, build_client  # noqa: F401 - the service's per-test audit key

ADMIN_HEADERS = {"Authorization": "Bearer test-admin-key-0123456789"}
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    m = _CSRF.search(html)
    assert m, "no CSRF token on the page"
    return m.group(1)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with build_client(tmp_path) as c:
        yield c


@pytest.fixture
def new_key(client: TestClient) -> Callable[..., str]:
    def make(role: str, **binding: str) -> str:
        r = client.post("/v1/keys", json={"role": role, **binding}, headers=ADMIN_HEADERS)
        assert r.status_code == 201, r.text
        return r.json()["key"]

    return make


def sign_in(client: TestClient, key: str) -> None:
    page = client.get("/web/sign-in")
    r = client.post(
        "/web/sign-in",
        data={"api_key": key, "csrf_token": csrf_of(page.text), "next": "/web/"},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text


@pytest.fixture
def browser_as(client: TestClient, new_key: Callable[..., str]) -> Callable[..., TestClient]:
    """A client signed in with a new key of ``role`` (its cookies are the session)."""

    def make(role: str, **binding: str) -> TestClient:
        client.cookies.clear()
        sign_in(client, new_key(role, **binding))
        return client

    return make
