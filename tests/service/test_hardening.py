"""Regression tests for the service findings of issue 14 (a probe of the API): one test per finding."""

from __future__ import annotations

from fastapi.testclient import TestClient

from extraction.export import to_csv
from tests.service.conftest import make_draft


# --- finding 5: formula injection in exports --------------------------------------------------------------
def test_escaped_export_round_trips_through_import(client: TestClient, make_key) -> None:
    """The CSV 'dhr extract' writes escapes formula-like text; importing it stores the words as written."""
    dac = make_key("dac")
    draft = make_draft("1" * 64)
    draft.recommendations[0].text = "=HYPERLINK(\"http://evil.invalid\") - police should review training."
    data = to_csv(draft)
    assert "'=HYPERLINK" in data
    r = client.post("/v1/imports/action-plans", files={"file": ("draft.csv", data.encode())}, headers=dac)
    assert r.status_code == 200, r.text
    texts = [
        rec["text"]
        for review in client.get("/v1/reviews", headers=dac).json()["data"]
        for rec in client.get(f"/v1/reviews/{review['id']}", headers=dac).json()["recommendations"]
    ]
    assert draft.recommendations[0].text in texts
