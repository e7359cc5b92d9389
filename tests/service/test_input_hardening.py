"""Issue 14 findings 1-3: hostile JSON bodies (lone surrogates, missing validation, huge bodies) get a clear 4xx
naming the bad field, and nothing is written when a request fails."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.service.conftest import make_draft

SURROGATE = "bad \ud800 text"


def _send(client: TestClient, method: str, url: str, body: Any, headers: dict[str, str]):  # type: ignore[no-untyped-def]
    """Send ``body`` as JSON with ASCII escapes, the way a client sends ``"\\ud800"`` on the wire."""
    data = json.dumps(body).encode()  # ensure_ascii: a lone surrogate becomes the escape \ud800
    return client.request(method, url, content=data, headers={**headers, "Content-Type": "application/json"})


def _draft(sha: str = "a" * 64) -> dict[str, Any]:
    return make_draft(sha).model_dump(mode="json")


def _library_is_sound(client: TestClient, dac: dict[str, str], reviews: int) -> None:
    """Every read the probe saw break still answers, and the number of reviews is what it was."""
    listed = client.get("/v1/reviews", headers=dac)
    assert listed.status_code == 200, listed.text
    assert listed.json()["count"] == reviews
    for review in listed.json()["data"]:
        assert client.get(f"/v1/reviews/{review['id']}", headers=dac).status_code == 200
    assert client.get("/v1/actions", headers=dac).status_code == 200
    assert client.get("/v1/analytics", headers=dac).status_code == 200


def _set(body: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """``body`` with the value at a dotted path (list indices as numbers) replaced."""
    node: Any = body
    parts = path.split(".")
    for part in parts[:-1]:
        node = node[int(part)] if part.isdigit() else node[part]
    last = parts[-1]
    if last.isdigit():
        node[int(last)] = value
    else:
        node[last] = value
    return body


# ------------------------------------------------------------------------------ finding 1: lone surrogates

DRAFT_TEXT_FIELDS = [
    "source.filename",
    "review.title",
    "review.csp",
    "review.reference",
    "recommendations.0.number",
    "recommendations.0.text",
    "recommendations.0.target_date",
    "recommendations.0.actions.0.text",
    "recommendations.0.actions.0.target_date",
    "timeline.0.text",
    "warnings",
]


@pytest.mark.parametrize("path", DRAFT_TEXT_FIELDS)
def test_lone_surrogate_in_a_draft_is_422_and_writes_nothing(client: TestClient, make_key, path: str) -> None:
    dac = make_key("dac")
    value: Any = [SURROGATE] if path == "warnings" else SURROGATE
    body = {"draft": _set(_draft(), path, value)}
    r = _send(client, "POST", "/v1/reviews", body, dac)
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert "surrogate" in r.json()["detail"] and path.split(".")[-1] in r.json()["detail"]
    _library_is_sound(client, dac, reviews=0)


@pytest.mark.parametrize(
    "path", ["recommendations.0.agencies", "recommendations.0.actions.0.agencies"]
)
def test_lone_surrogate_in_agencies_is_422_and_writes_nothing(client: TestClient, make_key, path: str) -> None:
    dac = make_key("dac")
    r = _send(client, "POST", "/v1/reviews", {"draft": _set(_draft(), path, ["police", SURROGATE])}, dac)
    assert r.status_code == 422, r.text
    _library_is_sound(client, dac, reviews=0)
    audit = client.get("/v1/audit", headers=dac)
    if audit.status_code == 200:  # the audit log has no entry for a failed commit
        assert not any(e["action"].startswith("review.") for e in audit.json().get("data", []))


def test_lone_surrogate_in_commit_fields_is_422(client: TestClient, make_key) -> None:
    dac = make_key("dac")
    for extra in ({"csp": SURROGATE}, {"region": SURROGATE}):
        r = _send(client, "POST", "/v1/reviews", {"draft": _draft(), **extra}, dac)
        assert r.status_code == 422, (extra, r.text)
    _library_is_sound(client, dac, reviews=0)


def _committed(client: TestClient, dac: dict[str, str]) -> dict[str, Any]:
    r = client.post("/v1/reviews", json={"draft": _draft()}, headers=dac)
    assert r.status_code == 201, r.text
    return r.json()


@pytest.mark.parametrize(
    "body",
    [
        {"field": "text", "value": SURROGATE, "author": "me"},
        {"field": "agencies", "value": ["police", SURROGATE], "author": "me"},
        {"field": "level", "value": "national", "author": "me", "reason": SURROGATE},
        {"field": "level", "value": "national", "author": SURROGATE},
    ],
)
def test_lone_surrogate_in_a_correction_is_422(client: TestClient, make_key, body: dict[str, Any]) -> None:
    dac = make_key("dac")
    review = _committed(client, dac)
    rec = review["recommendations"][0]
    r = _send(client, "POST", f"/v1/recommendations/{rec['id']}/corrections", body, dac)
    assert r.status_code == 422, r.text
    after = client.get(f"/v1/recommendations/{rec['id']}", headers=dac)
    assert after.status_code == 200
    assert after.json()["text"] == rec["text"] and after.json()["level"] == rec["level"]
    assert client.get(f"/v1/recommendations/{rec['id']}/corrections", headers=dac).json() == []
    _library_is_sound(client, dac, reviews=1)


@pytest.mark.parametrize(
    "body",
    [
        {"status": "completed", "date": SURROGATE},
        {"evidence": SURROGATE},
        {"status": "completed", "author": SURROGATE},
    ],
)
def test_lone_surrogate_in_an_action_update_is_422(client: TestClient, make_key, body: dict[str, Any]) -> None:
    dac = make_key("dac")
    action = _committed(client, dac)["recommendations"][0]["actions"][0]
    r = _send(client, "PATCH", f"/v1/actions/{action['id']}", body, dac)
    assert r.status_code == 422, r.text
    assert client.get(f"/v1/actions/{action['id']}/history", headers=dac).json() == []
    _library_is_sound(client, dac, reviews=1)


def test_lone_surrogate_in_key_and_similar_requests_is_422(client: TestClient, make_key, admin) -> None:
    r = _send(client, "POST", "/v1/keys", {"role": "csp", "csp": SURROGATE}, admin)
    assert r.status_code == 422, r.text
    r = _send(client, "POST", "/v1/keys", {"role": "dac", "label": SURROGATE}, admin)
    assert r.status_code == 422, r.text
    chair = make_key("chair")
    r = _send(client, "POST", "/v1/similar", {"draft": SURROGATE}, chair)
    assert r.status_code == 422, r.text


def test_a_failed_commit_leaves_no_partial_review(client: TestClient, make_key, tmp_path: Path) -> None:
    """Whatever fails inside the store, the review and its audit entry are both there or both absent."""
    dac = make_key("dac")
    before = client.get("/v1/reviews", headers=dac).json()["count"]
    body = {"draft": _set(_draft("b" * 64), "recommendations.1.actions.0.agencies", ["gp", SURROGATE])}
    assert _send(client, "POST", "/v1/reviews", body, dac).status_code == 422
    _library_is_sound(client, dac, reviews=before)
