"""National recommendations committed or imported over HTTP are routed to departments (retrieval/routing.py)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dhr.schema import Recommendation
from dhr.schema.classification import Classification, ClassifyInput
from retrieval import routing
from tests.service.conftest import make_draft
from tests.service.test_library_routes import _csv, _row

MISADDRESSED = (
    "The Department for Work and Pensions should amend the statutory guidance for Domestic Homicide Reviews "
    "to include suicides."
)


class FakeClassifier:
    def predict(self, items: list[ClassifyInput]) -> list[Classification]:
        return [Classification(id=it.id, level="national", department="home_office") for it in items]


@pytest.fixture(autouse=True)
def fake_classifier(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(routing, "_load_classifier", lambda: FakeClassifier())


def _departments(client: TestClient, headers: dict[str, str]) -> dict[str, list]:
    r = client.get("/v1/analytics/figures/national_departments", headers=headers)
    assert r.status_code == 200, r.text
    return {row[0]: row[2:5] for row in r.json()["rows"]}


def test_commit_and_import_route_national_recommendations(client: TestClient, make_key) -> None:
    dac = make_key("dac")
    draft = make_draft("4" * 64)
    draft.recommendations.append(
        Recommendation(
            id="r3", number="3", text=MISADDRESSED, agencies=["dwp"], themes=["policy"], level="national"
        )
    )
    r = client.post("/v1/reviews", json={"draft": draft.model_dump(mode="json")}, headers=dac)
    assert r.status_code == 201, r.text
    assert _departments(client, dac) == {"home_office": [1, 1, 0]}  # 1 national, misaddressed

    data = _csv(
        [
            _row(
                **{
                    "Recommendation": "The Home Office should fund refuges nationally.",
                    "Recommendation level": "National",
                    "Recommendation agencies": "home_office",
                }
            )
        ]
    )
    imp = client.post("/v1/imports/action-plans", files={"file": ("plan.csv", data)}, headers=dac)
    assert imp.status_code == 200, imp.text
    assert _departments(client, dac) == {"home_office": [2, 1, 0]}

    # deleting the committed review removes its routing row
    assert client.delete(f"/v1/reviews/{r.json()['id']}", headers=dac).status_code == 200
    assert _departments(client, dac) == {"home_office": [1, 0, 0]}
