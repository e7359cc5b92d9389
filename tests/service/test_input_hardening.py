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


@pytest.mark.parametrize("path", ["recommendations.0.agencies", "recommendations.0.actions.0.agencies"])
def test_lone_surrogate_in_agencies_is_422_and_writes_nothing(
    client: TestClient, make_key, path: str
) -> None:
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
def test_lone_surrogate_in_an_action_update_is_422(
    client: TestClient, make_key, body: dict[str, Any]
) -> None:
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


# --------------------------------------------------------------------------- finding 2: missing validation

BAD_DRAFTS = [
    ("recommendations.0.agencies", ["police", "not_an_agency"]),
    ("recommendations.0.actions.0.agencies", ["wizards"]),
    ("recommendations.0.text", ""),
    ("recommendations.0.text", "   \n "),
    ("recommendations.0.actions.0.text", " "),
    ("recommendations.0.text", "x" * 100_000),
    ("review.title", "T" * 50_000),
    ("recommendations.0.number", "1" * 100_000),
    ("recommendations.0.target_date", "banana"),
    ("recommendations.0.target_date", "2024-13-45"),
    ("recommendations.0.actions.0.target_date", "0001-01-01"),
    ("recommendations.0.actions.0.target_date", "2023-02-29"),
    ("timeline.0.date", "2020-02-30"),
    ("source.pages", -3),
    ("recommendations", []),
]


@pytest.mark.parametrize(("path", "value"), BAD_DRAFTS, ids=[f"{p}={str(v)[:12]}" for p, v in BAD_DRAFTS])
def test_a_bad_draft_value_is_422_naming_the_field(
    client: TestClient, make_key, path: str, value: Any
) -> None:
    dac = make_key("dac")
    r = client.post("/v1/reviews", json={"draft": _set(_draft(), path, value)}, headers=dac)
    assert r.status_code == 422, r.text
    body = r.json()
    assert path.split(".")[-1] in body["detail"] and len(r.content) < 20_000, body
    _library_is_sound(client, dac, reviews=0)


def test_five_thousand_recommendations_are_refused_at_once(client: TestClient, make_key) -> None:
    import time

    dac = make_key("dac")
    draft = _draft()
    draft["recommendations"] = [dict(draft["recommendations"][0], id=f"r{i}") for i in range(5_000)]
    started = time.monotonic()
    r = client.post("/v1/reviews", json={"draft": draft}, headers=dac)
    assert r.status_code in (413, 422), r.text
    assert time.monotonic() - started < 3
    _library_is_sound(client, dac, reviews=0)


def test_a_good_draft_with_blank_optional_texts_commits(client: TestClient, make_key) -> None:
    """Blank optional texts mean 'not given'; duplicated agency ids are kept once."""
    dac = make_key("dac")
    draft = _set(_draft(), "review.reference", "  ")
    draft = _set(draft, "recommendations.0.agencies", ["police", "police"])
    r = client.post("/v1/reviews", json={"draft": draft}, headers=dac)
    assert r.status_code == 201, r.text
    assert r.json()["reference"] is None and r.json()["recommendations"][0]["agencies"] == ["police"]


@pytest.mark.parametrize(
    "body",
    [
        {"status": "completed", "date": "banana"},
        {"status": "completed", "date": "2024-02-31"},
        {"evidence": "   "},
        {"status": "completed", "author": ""},
        {"evidence": "e" * 50_000},
    ],
)
def test_a_bad_action_update_is_422(client: TestClient, make_key, body: dict[str, Any]) -> None:
    dac = make_key("dac")
    action = _committed(client, dac)["recommendations"][0]["actions"][0]
    r = client.patch(f"/v1/actions/{action['id']}", json=body, headers=dac)
    assert r.status_code == 422, r.text
    assert client.get(f"/v1/actions/{action['id']}/history", headers=dac).json() == []


@pytest.mark.parametrize(
    "body",
    [
        {"field": "level", "value": "national", "author": "me", "reason": "r" * 1_000_000},
        {"field": "agencies", "value": [], "author": "me"},
        {"field": "themes", "value": [], "author": "me"},
        {"field": "agencies", "value": ["police"] * 5_000, "author": "me"},
        {"field": "text", "value": "  ", "author": "me"},
        {"field": "level", "value": "national", "author": " "},
    ],
)
def test_a_bad_correction_is_4xx(client: TestClient, make_key, body: dict[str, Any]) -> None:
    dac = make_key("dac")
    rec = _committed(client, dac)["recommendations"][0]
    r = client.post(f"/v1/recommendations/{rec['id']}/corrections", json=body, headers=dac)
    assert r.status_code in (413, 422), r.text
    assert client.get(f"/v1/recommendations/{rec['id']}/corrections", headers=dac).json() == []


def test_a_partner_key_for_an_unknown_agency_is_refused(client: TestClient, admin) -> None:
    r = client.post("/v1/keys", json={"role": "partner", "agency": "ghostbusters"}, headers=admin)
    assert r.status_code == 422, r.text
    assert "unknown agency" in r.json()["detail"]


def test_the_cli_refuses_a_partner_key_for_an_unknown_agency(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dhr.cli import app

    r = CliRunner().invoke(
        app, ["keys", "create", "--role", "partner", "--agency", "ghostbusters", "--library", str(tmp_path)]
    )
    assert r.exit_code != 0 and "unknown agency" in r.output


def _csv(rows: list[dict[str, str]]) -> bytes:
    import csv
    import io

    from extraction.export import COLUMNS

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({c: "" for c in COLUMNS} | row)
    return buf.getvalue().encode()


_ROW = {
    "CSP area": "Exampleshire CSP",
    "DHR reference": "DHR-9",
    "Review title": "DHR Mr B",
    "Recommendation id": "r1",
    "Recommendation": "Police to refresh DASH training.",
    "Recommendation agencies": "police",
    "Action": "Deliver refresher sessions.",
    "Date of publication": "2021-05",
}


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("Action target date", "31/02/2024"),
        ("Date of death", "0000-01-01"),
        ("Date of publication", "01/01/0000"),
        ("Recommendation target date", "2024-13"),
        ("Recommendation", "x" * 100_000),
        ("Action", "y" * 100_000),
        ("Review title", "z" * 100_000),
        ("CSP area", "c" * 5_000),
        ("Recommendation number", "9" * 100_000),
    ],
)
def test_the_csv_import_refuses_bad_cells(client: TestClient, make_key, column: str, value: str) -> None:
    dac = make_key("dac")
    data = _csv([_ROW | {column: value}])
    r = client.post("/v1/imports/action-plans", files={"file": ("plan.csv", data)}, headers=dac)
    assert r.status_code == 422, r.text
    errors = r.json()["errors"]
    assert [(e["row"], e["column"]) for e in errors] == [(1, column)], errors
    assert len(errors[0]["message"]) < 300
    assert client.get("/v1/reviews", headers=dac).json()["count"] == 0


def test_the_csv_import_keeps_good_rows(client: TestClient, make_key) -> None:
    dac = make_key("dac")
    data = _csv([_ROW | {"Action target date": "29/02/2024", "Date of death": "2019-03"}])
    r = client.post("/v1/imports/action-plans", files={"file": ("plan.csv", data)}, headers=dac)
    assert r.status_code == 200, r.text
    assert r.json()["imported"] == 1


# ------------------------------------------------------------------- finding 3: a 4 MB JSON body stalls the server


def test_a_4mb_body_of_empty_recommendations_is_refused_at_once(client: TestClient, make_key) -> None:
    import time

    dac = make_key("dac")
    draft = {
        "source": {"filename": "a.pdf", "sha256": "c" * 64, "pages": 1},
        "recommendations": [{}] * 1_000_000,
    }
    data = json.dumps({"draft": draft}).encode()
    assert len(data) > 4_000_000
    started = time.monotonic()
    r = client.post("/v1/reviews", content=data, headers={**dac, "Content-Type": "application/json"})
    assert time.monotonic() - started < 3
    assert r.status_code == 413, r.text[:500]
    assert len(r.content) < 2_000 and r.headers["content-type"].startswith("application/problem+json")
    _library_is_sound(client, dac, reviews=0)


def test_a_json_body_over_the_limit_is_refused_while_streaming(client: TestClient, make_key) -> None:
    """No Content-Length (chunked): the limit holds on the bytes received, before any parsing."""
    dac = make_key("dac")

    def chunks():  # type: ignore[no-untyped-def]
        yield b'{"draft": {"warnings": ["'
        for _ in range(300):
            yield b"x" * 10_000
        yield b'"]}}'

    r = client.post("/v1/reviews", content=chunks(), headers={**dac, "Content-Type": "application/json"})
    assert r.status_code == 413, r.text[:500]
    assert "JSON" in r.json()["detail"]


def test_an_upload_route_keeps_the_upload_limit(client: TestClient, make_key) -> None:
    csp = make_key("csp", csp="Exampleshire CSP")
    data = b"%PDF-1.7 " + b"0" * 3_000_000  # over the JSON limit, far under the upload limit
    r = client.post("/v1/extract", files={"file": ("big.pdf", data, "application/pdf")}, headers=csp)
    assert r.status_code == 200, r.text[:500]


def test_validation_errors_are_capped(client: TestClient, make_key) -> None:
    """Thousands of bad values: the first errors and a count, not a body the size of the request."""
    dac = make_key("dac")
    draft = _draft()
    bad = {"id": "r", "text": " ", "agencies": ["nope"], "target_date": "banana"}
    draft["recommendations"] = [dict(bad, id=f"r{i}") for i in range(1_000)]
    r = client.post("/v1/reviews", json={"draft": draft}, headers=dac)
    assert r.status_code == 422, r.text[:500]
    body = r.json()
    assert body["error_count"] == 3_000 and len(body["errors"]) <= 20
    assert len(r.content) < 10_000
    assert "and 2995 more" in body["detail"]


def test_import_report_errors_are_capped(client: TestClient, make_key) -> None:
    dac = make_key("dac")
    rows = [_ROW | {"Recommendation id": f"r{i}", "Action target date": "banana"} for i in range(500)]
    r = client.post("/v1/imports/action-plans", files={"file": ("plan.csv", _csv(rows))}, headers=dac)
    assert r.status_code == 422, r.text[:500]
    report = r.json()
    assert report["error_count"] == 500 and len(report["errors"]) == 100 and report["valid"] == 0
    assert len(r.content) < 20_000


def test_the_body_limit_applies_per_route() -> None:
    """Every route that takes a file upload (multipart) gets the upload limit; every other route the JSON one."""
    from service.app import create_app, upload_paths

    uploads = upload_paths(create_app())
    for path in ("/v1/extract", "/v1/imports/action-plans"):
        assert any(p.match(path) for p in uploads), path
    for path in ("/v1/reviews", "/v1/actions/a1", "/v1/recommendations/r1/corrections", "/v1/keys"):
        assert not any(p.match(path) for p in uploads), path


def test_lone_surrogate_in_a_classify_request_is_422(client: TestClient, make_key) -> None:
    dac = make_key("dac")
    for item in ({"id": SURROGATE, "text": "Police to train staff."}, {"id": "r1", "text": SURROGATE}):
        r = _send(client, "POST", "/v1/classify", {"items": [item]}, dac)
        assert r.status_code == 422, r.text
        assert "surrogate" in r.json()["detail"]


def test_without_an_openapi_every_route_keeps_the_upload_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """If the OpenAPI cannot be built, requests are still answered (with the upload limit everywhere)."""
    from fastapi import FastAPI

    import service.app as app_module

    def broken(app: FastAPI) -> list:  # type: ignore[type-arg]
        raise RuntimeError("broken schema")

    monkeypatch.setattr(app_module, "upload_paths", broken)
    limit = app_module.BodySizeLimit(FastAPI(), max_upload_bytes=100, max_json_bytes=10)
    assert limit._limit({"app": FastAPI(), "path": "/v1/reviews"}) == (100, "request body")
