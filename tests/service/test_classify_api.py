"""``POST /v1/classify``: labels for recommendations, the level decided with the commissioning CSP."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from classification.classifier import load_classifier
from service.routers import classify as classify_router

TEXT = "Kent Police should review how it grades repeat calls."


@pytest.fixture(autouse=True)
def rules_classifier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules baseline (an empty models folder): fast, and the level rules are the same
    empty = tmp_path / "no-models"
    empty.mkdir()
    monkeypatch.setattr(classify_router, "load_classifier", lambda: load_classifier(empty))


def test_classify_uses_each_items_csp_then_the_requests(client: TestClient, make_key) -> None:
    dac = make_key("dac")
    body = {
        "items": [
            {"id": "a", "text": TEXT, "csp": "Kent"},
            {"id": "b", "text": TEXT},
            {"id": "c", "text": TEXT, "context": "Kent Police", "csp": "Safer Maidstone Partnership"},
        ],
        "csp": "Dartford Community Safety Partnership",
    }
    r = client.post("/v1/classify", json=body, headers=dac)
    assert r.status_code == 200, r.text
    data = r.json()["data"]
    assert [d["id"] for d in data] == ["a", "b", "c"] and r.json()["count"] == 3
    assert [d["level"] for d in data] == ["local", "regional", "regional"]
    assert data[0]["agencies"] == ["police"]
    assert all(d["level_basis"].startswith("csp geography") for d in data)


def test_without_a_csp_the_level_says_it_was_guessed(client: TestClient, make_key) -> None:
    r = client.post("/v1/classify", json={"items": [{"id": "a", "text": TEXT}]}, headers=make_key("dac"))
    assert r.status_code == 200, r.text
    assert r.json()["data"][0]["level_basis"] == "no CSP known: guessed from text"


def test_a_csp_keys_own_csp_is_the_default(client: TestClient, make_key) -> None:
    csp_key = make_key("csp", csp="Kent")
    r = client.post("/v1/classify", json={"items": [{"id": "a", "text": TEXT}]}, headers=csp_key)
    assert r.status_code == 200, r.text
    assert r.json()["data"][0]["level"] == "local"


def test_bad_requests(client: TestClient, make_key) -> None:
    dac = make_key("dac")
    assert client.post("/v1/classify", json={"items": []}, headers=dac).status_code == 422
    assert client.post("/v1/classify", json={"items": [{"id": "a"}]}, headers=dac).status_code == 422
    extra = {"items": [{"id": "a", "text": TEXT, "colour": "red"}]}
    assert client.post("/v1/classify", json=extra, headers=dac).status_code == 422
    assert client.post("/v1/classify", json={"items": [{"id": "a", "text": TEXT}]}).status_code == 401


def test_a_glossary_names_initials_used_alone(client: TestClient, make_key) -> None:
    dac = make_key("dac")
    item = {"id": "a", "text": "GDASS should offer every referral a named worker.", "csp": "Gloucester"}
    plain = client.post("/v1/classify", json={"items": [item]}, headers=dac)
    glossary = {"GDASS": "Gloucestershire Domestic Abuse Support Service"}
    spelt = client.post("/v1/classify", json={"items": [item], "glossary": glossary}, headers=dac)
    assert plain.status_code == spelt.status_code == 200, spelt.text
    assert "domestic_abuse_services" not in plain.json()["data"][0]["agencies"]
    assert spelt.json()["data"][0]["agencies"] == ["domestic_abuse_services"]
    assert spelt.json()["data"][0]["id"] == "a"


@pytest.mark.parametrize(
    "glossary",
    [
        {f"K{n}": "a name" for n in range(501)},  # over 500 entries
        {"K\nL": "a name"},  # a key over two lines
        {"X" * 41: "a name"},
        {"PCFT": ""},
        ["PCFT", "Pennine Care"],
    ],
)
def test_a_bad_glossary_is_a_422_naming_it(client: TestClient, make_key, glossary: object) -> None:
    r = client.post(
        "/v1/classify",
        json={"items": [{"id": "a", "text": TEXT}], "glossary": glossary},
        headers=make_key("dac"),
    )
    assert r.status_code == 422 and "glossary" in r.text
