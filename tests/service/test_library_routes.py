"""Reviews, corrections, analytics and bulk CSV import over HTTP."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from fastapi.testclient import TestClient

from extraction.export import COLUMNS, to_csv
from tests.service.conftest import make_draft


def _csv(rows: list[dict[str, str]]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({c: "" for c in COLUMNS} | row)
    return buf.getvalue().encode()


def _row(**cells: str) -> dict[str, str]:
    base = {
        "CSP area": "Exampleshire CSP",
        "DHR reference": "DHR-9",
        "Review title": "DHR Mr B",
        "Recommendation id": "r1",
        "Recommendation": "Police to refresh DASH training.",
        "Recommendation agencies": "police",
        "Themes": "training",
        "Action": "Deliver refresher sessions.",
        "Action agencies": "Police",
        "Progress status of this action": "In progress",
        "Quality of implementation": "Silver",
        "Date of death": "03/02/2019",
        "Date of publication": "2021-05",
    }
    return base | cells


def test_import_all_or_nothing_and_partial(client: TestClient, make_key) -> None:
    dac = make_key("dac")
    good = _row()
    bad = _row(
        **{"Recommendation id": "r2", "Progress status of this action": "Done-ish", "Themes": "nonsense"}
    )
    data = _csv([good, bad])
    r = client.post("/v1/imports/action-plans", files={"file": ("plan.csv", data)}, headers=dac)
    assert r.status_code == 422
    report = r.json()
    assert report["committed"] is False and report["imported"] == 0 and report["valid"] == 1
    assert {(e["row"], e["column"]) for e in report["errors"]} == {
        (2, "Progress status of this action"),
        (2, "Themes"),
    }
    assert client.get("/v1/reviews", headers=dac).json()["count"] == 0

    r = client.post("/v1/imports/action-plans?partial=true", files={"file": ("plan.csv", data)}, headers=dac)
    assert r.status_code == 200, r.text
    assert r.json()["imported"] == 1 and r.json()["committed"] is True
    reviews = client.get("/v1/reviews", headers=dac).json()
    assert reviews["count"] == 1
    detail = client.get(f"/v1/reviews/{reviews['data'][0]['id']}", headers=dac).json()
    action = detail["recommendations"][0]["actions"][0]
    assert (
        action["status"] == "in_progress"
        and action["quality"] == "silver"
        and action["agencies"] == ["police"]
    )

    # a re-import of the same rows changes nothing
    r = client.post("/v1/imports/action-plans?partial=true", files={"file": ("plan.csv", data)}, headers=dac)
    assert client.get("/v1/reviews", headers=dac).json()["count"] == 1


def test_import_rejects_bad_files(client: TestClient, make_key) -> None:
    csp = make_key("csp", csp="Exampleshire CSP")
    post = lambda data: client.post("/v1/imports/action-plans", files={"file": ("x.csv", data)}, headers=csp)  # noqa: E731
    assert post(b"").status_code == 400
    assert post(b"\xff\xfe\x00garbage").status_code == 400
    assert "CSP area" in post(b"a,b\n1,2\n").json()["detail"]
    # a csp key may import only its own area
    r = post(_csv([_row(**{"CSP area": "Otherton CSP"})]))
    assert r.status_code == 422 and "not this key's CSP" in r.json()["errors"][0]["message"]


def test_extract_csv_round_trips_through_import(client: TestClient, make_key) -> None:
    dac = make_key("dac")
    data = to_csv(make_draft("1" * 64)).encode()
    r = client.post("/v1/imports/action-plans", files={"file": ("draft.csv", data)}, headers=dac)
    assert r.status_code == 200, r.text
    assert r.json()["imported"] == 3


def test_commit_is_idempotent_and_analytics(client: TestClient, make_key) -> None:
    dac = make_key("dac")
    draft = make_draft("2" * 64).model_dump(mode="json")
    first = client.post("/v1/reviews", json={"draft": draft, "published": True}, headers=dac)
    again = client.post("/v1/reviews", json={"draft": draft, "published": True}, headers=dac)
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"]
    assert client.get("/v1/reviews", headers=dac).json()["count"] == 1
    a = client.get("/v1/analytics", headers=dac).json()
    assert a["counts"]["recommendations"] == 2 and a["counts"]["recommendations_by_theme"]["training"] == 1
    assert a["by_year"] == [{"year": 2022, "reviews": 1, "recommendations": 2}]
    total = a["timeliness"]["total"]
    assert total["reviews"] == 1 and 25 < total["mean_months"] < 26
    stage = {s["stage"]: s for s in a["timeliness"]["stages"]}
    assert (
        stage["Death to first panel"]["reviews"] == 1
        and 5 < stage["Death to first panel"]["mean_months"] < 5.5
    )
    assert stage["First panel to sent to QA panel"]["reviews"] == 0
    fig = client.get("/v1/analytics/figures/action_status", headers=dac)
    assert fig.status_code == 200 and fig.json()["key"] == "action_status"
    assert client.get("/v1/analytics/figures/nope", headers=dac).status_code == 422
    # deleting removes it all
    assert client.delete(f"/v1/reviews/{first.json()['id']}", headers=dac).status_code == 200
    assert client.get(f"/v1/reviews/{first.json()['id']}", headers=dac).status_code == 404
    assert client.get("/v1/analytics", headers=dac).json()["timeliness"]["total"]["reviews"] == 0


def test_corrections_reach_library_and_annotations(client: TestClient, make_key, tmp_path: Path) -> None:
    csp = make_key("csp", csp="Exampleshire CSP")
    review = client.post(
        "/v1/reviews", json={"draft": make_draft("3" * 64).model_dump(mode="json")}, headers=csp
    )
    rec_id = review.json()["recommendations"][0]["id"]
    body = {"field": "themes", "value": ["policy"], "author": "Jo Analyst", "reason": "it is about policy"}
    r = client.post(f"/v1/recommendations/{rec_id}/corrections", json=body, headers=csp)
    assert r.status_code == 201, r.text
    assert client.get(f"/v1/recommendations/{rec_id}", headers=csp).json()["themes"] == ["policy"]
    assert len(client.get(f"/v1/recommendations/{rec_id}/corrections", headers=csp).json()) == 1
    lines = (tmp_path / "corrections.jsonl").read_text().splitlines()
    assert (
        json.loads(lines[-1])["themes"] == ["policy"] and json.loads(lines[-1])["annotator"] == "Jo Analyst"
    )
    bad = {"field": "themes", "value": ["not_a_theme"], "author": "x"}
    assert client.post(f"/v1/recommendations/{rec_id}/corrections", json=bad, headers=csp).status_code == 422


def test_death_type_from_draft_commit_and_csv(client: TestClient, make_key) -> None:
    """The review's kind and death type travel from the draft (or the person's override) to the library, the
    analytics figure and the CSV import; a value outside the vocabulary is a 422 naming the field."""
    dac = make_key("dac")
    draft = make_draft("4" * 64)
    draft.review.review_kind, draft.review.death_type = "dardr", "homicide"
    body = draft.model_dump(mode="json")
    r = client.post("/v1/reviews", json={"draft": body, "death_type": "suicide"}, headers=dac)
    assert r.status_code == 201, r.text
    review = client.get(f"/v1/reviews/{r.json()['id']}", headers=dac).json()
    assert (review["review_kind"], review["death_type"]) == ("dardr", "suicide")
    bad = client.post("/v1/reviews", json={"draft": body, "death_type": "accident"}, headers=dac)
    assert bad.status_code == 422 and "death_type" in bad.text
    fig = client.get("/v1/analytics/figures/death_types", headers=dac).json()
    assert dict((row[0], row[1]) for row in fig["rows"]) == {"suicide": 1}
    # the CSV plan carries both columns, and the import reads them back (and refuses unknown values)
    data = _csv([_row(**{"Death type": "Homicide", "Review type": "DARDR", "DHR reference": "DHR-10"})])
    assert (
        client.post("/v1/imports/action-plans", files={"file": ("p.csv", data)}, headers=dac).status_code
        == 200
    )
    rows = client.get("/v1/reviews", headers=dac).json()["data"]
    imported = next(rv for rv in rows if rv["reference"] == "DHR-10")
    assert (imported["review_kind"], imported["death_type"]) == ("dardr", "homicide")
    bad_csv = _csv([_row(**{"Death type": "by accident", "DHR reference": "DHR-11"})])
    r = client.post("/v1/imports/action-plans", files={"file": ("p.csv", bad_csv)}, headers=dac)
    assert r.status_code == 422 and "Death type" in r.text
    header = to_csv(draft).splitlines()[0]
    assert "Review type" in header and "Death type" in header
