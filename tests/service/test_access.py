"""Role rules: partners see their agency's actions only, drafts stay with their CSP, chairs cannot write."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.service.conftest import make_draft


def _commit(client: TestClient, key: dict[str, str], sha: str, csp: str, published: bool = False) -> dict:
    draft = make_draft(sha, csp=csp).model_dump(mode="json")
    r = client.post("/v1/reviews", json={"draft": draft, "published": published}, headers=key)
    assert r.status_code == 201, r.text
    return r.json()


def test_partner_cannot_read_another_agencys_actions(client: TestClient, make_key) -> None:
    dac = make_key("dac")
    # published: a draft's actions do not exist for partners at all (test_tenancy)
    review = _commit(client, dac, "a" * 64, "Exampleshire CSP", published=True)
    police_action = review["recommendations"][0]["actions"][0]
    gp_action = review["recommendations"][0]["actions"][1]
    assert police_action["agencies"] == ["police"] and gp_action["agencies"] == ["gp"]

    police = make_key("partner", agency="police")
    r = client.get(f"/v1/actions/{police_action['id']}", headers=police)
    assert r.status_code == 200
    r = client.get(f"/v1/actions/{gp_action['id']}", headers=police)
    assert r.status_code == 403
    assert r.headers["content-type"].startswith("application/problem+json")
    assert "police" in r.json()["detail"] and "gp" not in r.json()["detail"]  # not whose it is
    assert client.get(f"/v1/actions/{gp_action['id']}/history", headers=police).status_code == 403
    r = client.patch(f"/v1/actions/{gp_action['id']}", json={"status": "completed"}, headers=police)
    assert r.status_code == 403

    # the partner's list has its own actions only; asking for another agency is refused
    listed = client.get("/v1/actions", headers=police).json()
    assert listed["count"] == 1 and listed["data"][0]["id"] == police_action["id"]
    assert client.get("/v1/actions", params={"agency": "gp"}, headers=police).status_code == 403

    # a recommendation shows the partner only its actions
    rec = client.get(f"/v1/recommendations/{review['recommendations'][0]['id']}", headers=police).json()
    assert [a["id"] for a in rec["actions"]] == [police_action["id"]]
    assert (
        client.get(f"/v1/recommendations/{review['recommendations'][1]['id']}", headers=police).status_code
        == 403
    )

    # the partner may update its own action, and the update is in the history
    r = client.patch(
        f"/v1/actions/{police_action['id']}", json={"status": "completed", "quality": "gold"}, headers=police
    )
    assert r.status_code == 200, r.text
    history = client.get(f"/v1/actions/{police_action['id']}/history", headers=police).json()
    assert history[-1]["status"] == "completed" and history[-1]["author"].startswith("partner:")


def test_csp_cannot_read_another_csps_unpublished_draft(client: TestClient, make_key) -> None:
    mine = make_key("csp", csp="Exampleshire CSP")
    other = make_key("csp", csp="Otherton CSP")
    review = _commit(client, mine, "b" * 64, "Exampleshire CSP")
    rid = review["id"]
    assert client.get(f"/v1/reviews/{rid}", headers=mine).status_code == 200
    r = client.get(f"/v1/reviews/{rid}", headers=other)
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json")
    rec_id = review["recommendations"][0]["id"]
    assert client.get(f"/v1/recommendations/{rec_id}", headers=other).status_code == 404
    assert client.get("/v1/reviews", params={"csp": "Exampleshire CSP"}, headers=other).json()["count"] == 0
    assert client.get("/v1/reviews", params={"published": False}, headers=other).status_code == 403
    hits = client.get("/v1/search", params={"q": "risk assessment training"}, headers=other).json()
    assert hits["count"] == 0
    # nor change or delete it
    assert client.delete(f"/v1/reviews/{rid}", headers=other).status_code == 404
    # a csp key cannot commit for another CSP
    draft = make_draft("c" * 64, csp="Otherton CSP").model_dump(mode="json")
    r = client.post("/v1/reviews", json={"draft": draft, "csp": "Otherton CSP"}, headers=mine)
    assert r.status_code == 403

    # once published, every CSP sees it, and chairs find it
    assert client.patch(f"/v1/reviews/{rid}", json={"published": True}, headers=mine).status_code == 200
    assert client.get(f"/v1/reviews/{rid}", headers=other).status_code == 200
    assert client.patch(f"/v1/reviews/{rid}", json={"published": False}, headers=other).status_code == 403
    chair = make_key("chair")
    assert (
        client.get("/v1/search", params={"q": "risk assessment training"}, headers=chair).json()["count"] >= 1
    )


def test_chair_cannot_write(client: TestClient, make_key) -> None:
    dac = make_key("dac")
    review = _commit(client, dac, "d" * 64, "Exampleshire CSP", published=True)
    chair = make_key("chair")
    draft = make_draft("e" * 64).model_dump(mode="json")
    action_id = review["recommendations"][0]["actions"][0]["id"]
    rec_id = review["recommendations"][0]["id"]
    writes = [
        client.post("/v1/reviews", json={"draft": draft}, headers=chair),
        client.patch(f"/v1/reviews/{review['id']}", json={"published": False}, headers=chair),
        client.delete(f"/v1/reviews/{review['id']}", headers=chair),
        client.patch(f"/v1/actions/{action_id}", json={"status": "completed"}, headers=chair),
        client.post(
            f"/v1/recommendations/{rec_id}/corrections",
            json={"field": "level", "value": "national", "author": "x"},
            headers=chair,
        ),
        client.post(
            "/v1/imports/action-plans", files={"file": ("a.csv", b"CSP area,Recommendation\n")}, headers=chair
        ),
        client.post("/v1/keys", json={"role": "admin"}, headers=chair),
        client.post("/v1/extract", files={"file": ("a.pdf", b"%PDF-1.4")}, headers=chair),
    ]
    assert [w.status_code for w in writes] == [403] * len(writes)
    assert all("chair" in w.json()["detail"] for w in writes)
    # but search and similar work
    assert client.get("/v1/search", params={"q": "training"}, headers=chair).status_code == 200
    r = client.post(
        "/v1/similar", json={"draft": "Police should improve risk assessment training"}, headers=chair
    )
    assert r.status_code == 200 and "smart" in r.json()
    assert client.get("/v1/analytics", headers=chair).status_code == 403


def test_unauthenticated_and_revoked(client: TestClient, make_key, admin) -> None:
    r = client.get("/v1/reviews")
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert client.get("/v1/reviews", headers={"Authorization": "Bearer nope"}).status_code == 401
    key = make_key("dac")
    key_id = key["Authorization"].split("_")[1]
    assert client.get("/v1/reviews", headers=key).status_code == 200
    assert client.delete(f"/v1/keys/{key_id}", headers=admin).status_code == 200
    assert client.get("/v1/reviews", headers=key).status_code == 401
    # admin manages keys only
    assert client.get("/v1/reviews", headers=admin).status_code == 403


def test_chair_search_follows_publishing_at_once(client: TestClient, make_key) -> None:
    """The chair's published-only filter is cached per library write: publishing and unpublishing show in the
    very next search."""
    dac, chair = make_key("dac"), make_key("chair")
    review = _commit(client, dac, "c" * 64, "Exampleshire CSP")
    query = review["recommendations"][0]["text"]

    def chair_sees() -> bool:
        r = client.get("/v1/search", params={"q": query, "k": 50}, headers=chair)
        assert r.status_code == 200, r.text
        return any(hit["review_id"] == review["id"] for hit in r.json()["data"])

    assert not chair_sees()  # a draft
    assert (
        client.patch(f"/v1/reviews/{review['id']}", json={"published": True}, headers=dac).status_code == 200
    )
    assert chair_sees()
    assert (
        client.patch(f"/v1/reviews/{review['id']}", json={"published": False}, headers=dac).status_code == 200
    )
    assert not chair_sees()
