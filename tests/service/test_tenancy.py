"""Tenancy (issue 14, findings 7 and 8): another CSP's draft does not exist for anyone but its CSP and the DAC,
and errors say what was wrong with the request, never what else is in the library."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.service.conftest import make_draft

DRAFT_CSP = "Hiddenshire Secret CSP"


def _commit(client: TestClient, key: dict[str, str], sha: str, csp: str, **extra: object) -> dict:
    draft = make_draft(sha, csp=csp).model_dump(mode="json")
    r = client.post("/v1/reviews", json={"draft": draft, **extra}, headers=key)
    assert r.status_code == 201, r.text
    return r.json()


def test_partner_does_not_see_another_csps_draft(client: TestClient, make_key) -> None:
    """Finding 7: lists, reads, history and updates all answer as if the draft did not exist (404)."""
    dac = make_key("dac")
    review = _commit(client, dac, "1" * 64, DRAFT_CSP)  # unpublished
    police_rec, gp_rec = review["recommendations"]
    police_action = police_rec["actions"][0]
    assert police_action["agencies"] == ["police"]
    police = make_key("partner", agency="police")

    listed = client.get("/v1/actions", headers=police).json()
    assert listed == {"data": [], "count": 0} or (listed["count"] == 0 and listed["data"] == [])
    for path in (
        f"/v1/actions/{police_action['id']}",
        f"/v1/actions/{police_action['id']}/history",
        f"/v1/recommendations/{police_rec['id']}",
        f"/v1/recommendations/{gp_rec['id']}",  # no action of the partner's: still 404, not 403
        f"/v1/actions/{gp_rec['actions'][0]['id']}",
    ):
        r = client.get(path, headers=police)
        assert r.status_code == 404, (path, r.status_code, r.text)
        assert DRAFT_CSP not in r.text
    r = client.patch(f"/v1/actions/{police_action['id']}", json={"status": "completed"}, headers=police)
    assert r.status_code == 404, r.text
    # nothing was stored by the refused update
    history = client.get(f"/v1/actions/{police_action['id']}/history", headers=dac).json()
    assert history == []

    # an unknown id and a draft's id answer alike
    unknown = client.get("/v1/actions/no-such-action", headers=police)
    draft = client.get(f"/v1/actions/{police_action['id']}", headers=police)
    assert unknown.status_code == draft.status_code == 404

    # once published, the partner sees its agency's action (and still not the GP's)
    assert (
        client.patch(f"/v1/reviews/{review['id']}", json={"published": True}, headers=dac).status_code == 200
    )
    listed = client.get("/v1/actions", headers=police).json()
    assert [a["id"] for a in listed["data"]] == [police_action["id"]]
    assert client.get(f"/v1/actions/{police_action['id']}", headers=police).status_code == 200
    assert client.get(f"/v1/recommendations/{gp_rec['id']}", headers=police).status_code == 403


def test_other_csp_does_not_see_a_draft_anywhere(client: TestClient, make_key) -> None:
    """Finding 7 for CSP keys: the draft's actions, their history and updates are 404 too."""
    owner = make_key("csp", csp=DRAFT_CSP)
    other = make_key("csp", csp="Otherton CSP")
    review = _commit(client, owner, "2" * 64, DRAFT_CSP)
    action_id = review["recommendations"][0]["actions"][0]["id"]
    for path in (f"/v1/actions/{action_id}", f"/v1/actions/{action_id}/history"):
        assert client.get(path, headers=other).status_code == 404
        assert client.get(path, headers=owner).status_code == 200
    r = client.patch(f"/v1/actions/{action_id}", json={"status": "completed"}, headers=other)
    assert r.status_code == 404
    assert client.get("/v1/actions", headers=other).json()["count"] == 0
    assert client.get("/v1/actions", params={"agency": "police"}, headers=other).json()["count"] == 0
    # the owner's own list has them
    assert client.get("/v1/actions", params={"agency": "police"}, headers=owner).json()["count"] == 1


def test_analytics_filter_errors_do_not_list_the_library(client: TestClient, make_key) -> None:
    """Finding 8: an unknown CSP, region or year is named; other CSPs, regions and the year span are not."""
    dac = make_key("dac")
    _commit(client, dac, "3" * 64, DRAFT_CSP, region="Secret Region", year=2019)
    mine = make_key("csp", csp="Exampleshire CSP")
    _commit(client, mine, "4" * 64, "Exampleshire CSP", region="North", year=2021, published=True)

    for key, params in (
        (dac, {"csp": "Nowhere CSP"}),
        (dac, {"region": "Atlantis"}),
        (dac, {"year": 1999}),
        (mine, {"region": "Atlantis"}),
        (mine, {"year": 1999}),
    ):
        r = client.get("/v1/analytics/figures/action_status", params=params, headers=key)
        assert r.status_code == 422, (params, r.status_code, r.text)
        detail = r.json()["detail"]
        assert str(next(iter(params.values()))) in detail  # what was wrong with the request
        others = [DRAFT_CSP, "Secret Region", "2019", "2021", "North"]
        if key is dac:  # a CSP key's own name may be named: its figures are of its own area
            others.append("Exampleshire")
        for other in others:
            assert other not in detail, (params, detail)

    # a CSP key asking for a region or year that only another CSP's reviews have gets the same answer as
    # for one nobody has: the check is made within its own area
    atlantis = client.get("/v1/analytics/figures/action_status", params={"region": "Atlantis"}, headers=mine)
    secret = client.get(
        "/v1/analytics/figures/action_status", params={"region": "Secret Region"}, headers=mine
    )
    assert secret.status_code == atlantis.status_code == 422
    year = client.get("/v1/analytics/figures/action_status", params={"year": 2019}, headers=mine)
    assert year.status_code == 422 and "2019" in year.json()["detail"]
    assert (
        client.get("/v1/analytics/figures/action_status", params={"year": 2021}, headers=mine).status_code
        == 200
    )


def test_partner_403_does_not_name_another_agencys_assignment(client: TestClient, make_key) -> None:
    """Finding 8: a partner asking for another agency's action is told it is not its agency's, not whose."""
    dac = make_key("dac")
    review = _commit(client, dac, "5" * 64, "Exampleshire CSP", published=True)
    gp_action = review["recommendations"][0]["actions"][1]
    assert gp_action["agencies"] == ["gp"]
    police = make_key("partner", agency="police")
    for method, path, body in (
        ("GET", f"/v1/actions/{gp_action['id']}", None),
        ("GET", f"/v1/actions/{gp_action['id']}/history", None),
        ("PATCH", f"/v1/actions/{gp_action['id']}", {"status": "completed"}),
        ("GET", f"/v1/recommendations/{review['recommendations'][1]['id']}", None),
    ):
        r = client.request(method, path, json=body, headers=police)
        assert r.status_code == 403, (path, r.text)
        detail = r.json()["detail"]
        assert "police" in detail and "'gp'" not in detail and " gp" not in detail, detail
