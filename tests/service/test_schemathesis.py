"""A bounded schemathesis run against the OpenAPI: generated requests never get a 5xx.

Light app (fake extractor, hash encoder, a seeded library); each operation gets a small number of examples
per role so that the whole run stays within a minute or two. Every JSON body schemathesis generates (valid and
invalid ones) is also passed through a strategy that puts hostile values into it (issue 14): lone surrogates,
NUL, blank and oversized texts, oversized lists, a body over the JSON size limit.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

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

# ------------------------------------------------------------------------------ hostile values in JSON bodies

#: Texts the schema must refuse (or take) without a 5xx: lone surrogates (any of them, alone or inside text),
#: NUL, blank, over every text bound, and one over the 2 MB JSON body limit.
HOSTILE_TEXT = st.one_of(
    st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3),
    st.tuples(st.text(max_size=5), st.characters(categories=["Cs"]), st.text(max_size=5)).map("".join),
    st.sampled_from(["\x00", "a\x00b", "", "   ", "\n\t"]),
    st.integers(201, 70_000).map(lambda n: "x" * n),
    st.just("y" * 2_200_000),
)


def _leaves(value: object, path: tuple = ()) -> list[tuple]:  # type: ignore[type-arg]
    """Paths to every string and list inside a JSON value (the places a hostile value can go)."""
    out: list[tuple] = []  # type: ignore[type-arg]
    if isinstance(value, str):
        out.append(path)
    elif isinstance(value, dict):
        for k, v in value.items():
            out.extend(_leaves(v, (*path, k)))
    elif isinstance(value, list):
        out.append(path)
        for i, v in enumerate(value):
            out.extend(_leaves(v, (*path, i)))
    return out


def _replace(value: object, path: tuple, new: object) -> object:  # type: ignore[type-arg]
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replace(value[head], rest, new)}
    assert isinstance(value, list)
    return [_replace(v, rest, new) if i == head else v for i, v in enumerate(value)]


def _hostile(body: object, path: tuple, text: str, times: int) -> object:  # type: ignore[type-arg]
    node: object = body
    for part in path:
        node = node[part]  # type: ignore[index]
    if isinstance(node, list):  # an oversized list: its first item (or a hostile text) many times over
        return _replace(body, path, [node[0] if node else text] * times)
    return _replace(body, path, text)


#: Valid bodies per operation and the ids of the seeded review (filled by ``running_app``): random bodies and
#: ids mostly stop at validation or a 404, so hostile values are also put into bodies that would be written,
#: sent to records that exist; that is where the probe's surrogates left corrupt rows.
SEEDS: dict[str, list[object]] = {}
IDS: dict[str, str] = {}


def _operation(context) -> str:  # type: ignore[no-untyped-def]
    return f"{context.operation.method.upper()} {context.operation.path}"


@schema.hook
def flatmap_path_parameters(context, path_parameters):  # type: ignore[no-untyped-def]
    """Generated ids, or the seeded review's (not for DELETE: the other operations need the review)."""
    real = {k: IDS.get(k, v) for k, v in (path_parameters or {}).items()}
    if context.operation.method.upper() == "DELETE" or real == path_parameters:
        return st.just(path_parameters)
    return st.sampled_from([path_parameters, real, real])


@schema.hook
def flatmap_body(context, body):  # type: ignore[no-untyped-def]
    """Each generated JSON body or a valid one, as is or with one of its strings or lists made hostile."""
    if not any(b.media_type == "application/json" for b in context.operation.body):
        return st.just(body)  # a multipart client cannot even encode a lone surrogate

    def mutated(base: object) -> st.SearchStrategy[object]:
        leaves = _leaves(base)
        if not leaves:
            return st.just(base)
        return st.builds(
            _hostile,
            st.just(base),
            st.sampled_from(leaves),
            HOSTILE_TEXT,
            st.sampled_from([2, 61, 1_001, 5_000]),
        )

    seeds = SEEDS.get(_operation(context), [])
    generated = st.one_of(st.just(body), mutated(body))
    if not seeds:
        return generated
    # valid bodies made hostile at least as often as generated ones (a seed as is was committed already)
    return st.one_of(generated, st.sampled_from(seeds).flatmap(mutated))


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
        r = client.post("/v1/reviews", json={"draft": draft}, headers=KEYS["dac"])
        assert r.status_code == 201
        rec = r.json()["recommendations"][0]
        IDS.update(review_id=r.json()["id"], recommendation_id=rec["id"], action_id=rec["actions"][0]["id"])
        SEEDS.update(
            {
                "POST /v1/reviews": [{"draft": draft, "csp": "Exampleshire CSP", "region": "North"}],
                "POST /v1/recommendations/{recommendation_id}/corrections": [
                    {"field": "level", "value": "national", "author": "A. Analyst", "reason": "national ask"},
                    {"field": "agencies", "value": ["police", "gp"], "author": "A. Analyst"},
                    {"field": "text", "value": "Police should train all staff.", "author": "A. Analyst"},
                ],
                "PATCH /v1/actions/{action_id}": [
                    {"status": "completed", "evidence": "Audit 2024.", "date": "2024-03-01", "author": "B"}
                ],
                "POST /v1/keys": [{"role": "csp", "csp": "Fuzzshire CSP", "label": "fuzz"}],
                "POST /v1/similar": [{"draft": "Police should train staff.", "k": 3, "csp": "Fuzzshire CSP"}],
                "POST /v1/classify": [
                    {"items": [{"id": "r1", "text": "GPs should ask.", "context": "Health"}]}
                ],
            }
        )
        yield


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_no_server_errors(case) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(headers=KEYS["dac"], checks=[not_a_server_error])


def test_the_library_reads_back_after_the_fuzz() -> None:
    """What the fuzz wrote (or failed to write) leaves every read answering: the probe's corrupt rows made
    the review, the DAC's action list and the analytics give 500 from then on."""
    with TestClient(APP, raise_server_exceptions=False) as client:
        dac = KEYS["dac"]
        listed = client.get("/v1/reviews", headers=dac)
        assert listed.status_code == 200, listed.text[:300]
        for review in listed.json()["data"]:
            r = client.get(f"/v1/reviews/{review['id']}", headers=dac)
            assert r.status_code == 200, r.text[:300]
        for path in ("/v1/actions", "/v1/analytics", "/v1/keys"):
            r = client.get(path, headers=dac if path != "/v1/keys" else KEYS["admin"])
            assert r.status_code == 200, (path, r.text[:300])


@pytest.mark.slow
@pytest.mark.parametrize("role", ["dac", "csp", "partner", "chair", "admin"])
@schema.parametrize()
@settings(max_examples=SLOW_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors_every_role(case, role: str) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(headers=KEYS[role], checks=[not_a_server_error])
