"""Regression tests for the service findings of issue 14 (a probe of the API): one test per finding."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient

from extraction.export import to_csv
from tests.service.conftest import make_draft


# --- finding 5: formula injection in exports --------------------------------------------------------------
def test_escaped_export_round_trips_through_import(client: TestClient, make_key) -> None:
    """The CSV 'dhr extract' writes escapes formula-like text; importing it stores the words as written."""
    dac = make_key("dac")
    draft = make_draft("1" * 64)
    draft.recommendations[0].text = '=HYPERLINK("http://evil.invalid") - police should review training.'
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


# --- finding 6: the review id is derived on the server -----------------------------------------------------
def test_a_claimed_hash_cannot_take_another_csps_review_id(client: TestClient, make_key) -> None:
    """CSP A commits a draft claiming the hash of CSP B's report; B's real commit of that report still works."""
    import hashlib

    report = b"%PDF-1.7 Otherton's real report"
    sha = hashlib.sha256(report).hexdigest()
    squatter = make_key("csp", csp="Exampleshire CSP")
    victim = make_key("csp", csp="Otherton CSP")
    forged = make_draft(sha, csp="Exampleshire CSP").model_dump(mode="json")
    first = client.post("/v1/reviews", json={"draft": forged}, headers=squatter)
    assert first.status_code == 201, first.text
    assert first.json()["id"] != "rv-" + sha[:16]
    assert first.json()["source_sha256"] is None  # the client's hash is information only, never a claim

    extracted = client.post("/v1/extract", files={"file": ("report.pdf", report)}, headers=victim)
    assert extracted.status_code == 200, extracted.text
    r = client.post("/v1/reviews", json={"draft": extracted.json()}, headers=victim)
    assert r.status_code == 201, r.text
    assert r.json()["id"] == "rv-" + sha[:16] and r.json()["source_sha256"] == sha
    again = client.post("/v1/reviews", json={"draft": extracted.json()}, headers=victim)
    assert again.status_code == 201 and again.json()["id"] == r.json()["id"]  # the same upload: same review

    # the same unverified draft from the same CSP is one review, whatever it claims
    second = client.post("/v1/reviews", json={"draft": forged}, headers=squatter)
    assert second.status_code == 201 and second.json()["id"] == first.json()["id"]


def test_an_upload_extracted_by_one_csp_is_not_verified_for_another(client: TestClient, make_key) -> None:
    import hashlib

    report = b"%PDF-1.7 a report only Otherton uploaded"
    sha = hashlib.sha256(report).hexdigest()
    victim = make_key("csp", csp="Otherton CSP")
    squatter = make_key("csp", csp="Exampleshire CSP")
    assert client.post("/v1/extract", files={"file": ("r.pdf", report)}, headers=victim).status_code == 200
    forged = make_draft(sha, csp="Exampleshire CSP").model_dump(mode="json")
    r = client.post("/v1/reviews", json={"draft": forged}, headers=squatter)
    assert r.status_code == 201 and r.json()["id"] != "rv-" + sha[:16]


# --- finding 10: failed authentication is throttled before the key lookup ---------------------------------
def test_bad_keys_are_throttled_per_address_before_the_lookup(tmp_path) -> None:
    from tests.service.conftest import ADMIN_KEY, auth, build_client

    with build_client(tmp_path, api_auth_fail_per_s=0.001, api_auth_fail_burst=5) as client:
        state = client.app.state.service
        lookups = []
        real = state.keys.authenticate
        state.keys.authenticate = lambda key: lookups.append(key) or real(key)
        codes = [client.get("/v1/reviews", headers=auth(f"dhr_x_guess{n}")).status_code for n in range(12)]
        assert codes[:5] == [401] * 5 and set(codes[5:]) == {429}
        assert len(lookups) == 5  # once throttled, the key store is not asked
        r = client.get("/v1/reviews", headers=auth("dhr_x_more"))
        assert r.headers["content-type"].startswith("application/problem+json")
        assert int(r.headers["retry-after"]) >= 1 and "authentication" in r.json()["detail"]
        assert client.get("/v1/reviews").status_code == 429
        # before the lookup, a valid key from the throttled address waits too; another address does not
        assert client.get("/v1/keys", headers=auth(ADMIN_KEY)).status_code == 429
        from service.deps import auth_throttle_wait

        assert auth_throttle_wait(state, "10.0.0.9") == 0.0


def test_bad_keys_are_throttled_globally(tmp_path) -> None:
    from tests.service.conftest import auth, build_client

    with build_client(
        tmp_path,
        api_auth_fail_per_s=1000,
        api_auth_fail_burst=1000,
        api_auth_fail_global_per_s=0.001,
        api_auth_fail_global_burst=3,
    ) as client:
        codes = [client.get("/v1/reviews", headers=auth(f"dhr_x_g{n}")).status_code for n in range(6)]
        assert codes == [401, 401, 401, 429, 429, 429]


# --- finding 11: corrections go to the library's data folder ---------------------------------------------
def test_corrections_are_written_in_the_library_folder(tmp_path, monkeypatch) -> None:
    from classification.io import ANNOTATIONS_DIR
    from retrieval.embeddings import HashEncoder
    from service.app import create_app
    from tests.service.conftest import ADMIN_KEY, FakeExtractor, auth, make_settings

    monkeypatch.delenv("DHR_CORRECTIONS_PATH", raising=False)
    CORRECTIONS_FILE = ANNOTATIONS_DIR / "corrections.jsonl"  # where corrections were once written
    before = CORRECTIONS_FILE.read_bytes() if CORRECTIONS_FILE.exists() else None
    settings = make_settings(tmp_path)
    app = create_app(settings, extractor=FakeExtractor(), encoder=HashEncoder(), load_in_background=False)
    with TestClient(app, raise_server_exceptions=False) as client:
        dac = auth(client.post("/v1/keys", json={"role": "dac"}, headers=auth(ADMIN_KEY)).json()["key"])
        draft = make_draft("7" * 64).model_dump(mode="json")
        rec_id = client.post("/v1/reviews", json={"draft": draft}, headers=dac).json()["recommendations"][0][
            "id"
        ]
        body = {"field": "level", "value": "national", "author": "analyst", "reason": "a national ask"}
        r = client.post(f"/v1/recommendations/{rec_id}/corrections", json=body, headers=dac)
        assert r.status_code == 201, r.text
    written = settings.library_dir / "corrections.jsonl"
    assert written.exists() and rec_id in written.read_text()
    after = CORRECTIONS_FILE.read_bytes() if CORRECTIONS_FILE.exists() else None
    assert after == before  # the installed package's annotations are never written by the service
    # a setting chooses another file (DHR_CORRECTIONS_PATH)
    assert (
        make_settings(tmp_path, corrections_path=tmp_path / "c.jsonl").corrections_file
        == tmp_path / "c.jsonl"
    )


# --- finding 12: blocking work runs off the event loop ----------------------------------------------------
def _healthz_during(client: TestClient, request) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    """Seconds /healthz takes while ``request()`` (a slow route) runs in another thread, and its status."""
    import threading
    import time

    started = threading.Event()
    result: list[int] = []

    def slow() -> None:
        started.set()
        result.append(request().status_code)

    t = threading.Thread(target=slow)
    t.start()
    started.wait()
    time.sleep(0.3)  # the slow request is inside its blocking part now
    t0 = time.perf_counter()
    assert client.get("/healthz").status_code == 200
    elapsed = time.perf_counter() - t0
    t.join(30)
    return elapsed, result[0]


def test_an_import_does_not_stop_healthz(client: TestClient, make_key, monkeypatch) -> None:
    import time

    import service.import_plans as imports  # where the CSV is parsed (the router calls it)

    dac = make_key("dac")
    real = imports.parse_action_plan_csv

    def slow_parse(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(2.0)  # a large CSV's parse: CPU-bound Python, no await
        return real(*args, **kwargs)

    monkeypatch.setattr(imports, "parse_action_plan_csv", slow_parse)
    data = to_csv(make_draft("5" * 64)).encode()
    elapsed, status = _healthz_during(
        client,
        lambda: client.post("/v1/imports/action-plans", files={"file": ("d.csv", data)}, headers=dac),
    )
    assert status == 200 and elapsed < 1.0, elapsed


def test_imports_beyond_the_worker_limit_get_503(tmp_path, monkeypatch) -> None:
    """Blocking work is bounded: with one slot, a second import while the first runs is told to retry."""
    import threading
    import time

    import service.import_plans as imports  # where the CSV is parsed (the router calls it)
    from tests.service.conftest import ADMIN_KEY, auth, build_client

    real = imports.parse_action_plan_csv

    def slow_parse(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(1.5)
        return real(*args, **kwargs)

    monkeypatch.setattr(imports, "parse_action_plan_csv", slow_parse)
    data = to_csv(make_draft("5" * 64)).encode()
    with build_client(tmp_path, api_blocking_workers=1) as client:
        dac = auth(client.post("/v1/keys", json={"role": "dac"}, headers=auth(ADMIN_KEY)).json()["key"])
        post = lambda: client.post(  # noqa: E731
            "/v1/imports/action-plans", files={"file": ("d.csv", data)}, headers=dac
        )
        first: list[int] = []
        t = threading.Thread(target=lambda: first.append(post().status_code))
        t.start()
        time.sleep(0.5)
        second = post()
        t.join(30)
        assert first == [200]
        assert second.status_code == 503 and "retry" in second.json()["detail"]
        assert second.headers["content-type"].startswith("application/problem+json")
        assert post().status_code == 200  # the slot is free again


def test_an_xlsx_export_does_not_stop_healthz(client: TestClient, make_key, monkeypatch) -> None:
    import time

    import extraction.export as export

    csp = make_key("csp", csp="Exampleshire CSP")
    real = export.to_xlsx

    def slow_xlsx(result):  # type: ignore[no-untyped-def]
        time.sleep(2.0)
        return real(result)

    monkeypatch.setattr(export, "to_xlsx", slow_xlsx)
    elapsed, status = _healthz_during(
        client,
        lambda: client.post(
            "/v1/extract", params={"format": "xlsx"}, files={"file": ("r.pdf", b"%PDF-1.7 x")}, headers=csp
        ),
    )
    assert status == 200 and elapsed < 1.0, elapsed


# --- finding 13: /docs and /redoc work offline --------------------------------------------------------------
def test_api_docs_load_their_assets_from_the_service(client: TestClient) -> None:
    import re

    for page in ("/docs", "/redoc"):
        r = client.get(page)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        refs = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", r.text)
        refs += re.findall(r"""url\s*:\s*["']([^"']+)["']""", r.text)  # the spec Swagger UI fetches
        assert refs, page
        for ref in refs:
            assert not re.match(r"(?i)(https?:)?//", ref), (
                page,
                ref,
            )  # no CDN, no fonts: it must work offline
            asset = client.get(ref)
            assert asset.status_code == 200 and len(asset.content) > 100, (page, ref, asset.status_code)
        assert "fonts.googleapis" not in r.text and "cdn." not in r.text


# --- finding 14: the /v1/extract output is committed as returned ------------------------------------------
def test_the_extract_output_commits_as_returned(client: TestClient, make_key) -> None:
    csp = make_key("csp", csp="Exampleshire CSP")
    draft = client.post("/v1/extract", files={"file": ("r.pdf", b"%PDF-1.7 as returned")}, headers=csp)
    assert draft.status_code == 200
    r = client.post("/v1/reviews", json=draft.json(), headers=csp)  # no {"draft": ...} envelope
    assert r.status_code == 201, r.text
    assert r.json()["csp"] == "Exampleshire CSP" and r.json()["warnings"] == []
    assert len(r.json()["recommendations"]) == 2
    # the envelope still works, and a body that is neither is a clear 422 naming the field
    assert client.post("/v1/reviews", json={"draft": draft.json()}, headers=csp).status_code == 201
    bad = client.post("/v1/reviews", json={"title": "x"}, headers=csp)
    assert bad.status_code == 422 and "draft" in bad.text


def test_a_draft_of_another_csp_is_committed_for_the_key_and_says_so(client: TestClient, make_key) -> None:
    csp = make_key("csp", csp="Exampleshire CSP")
    draft = make_draft("6" * 64, csp="Otherton CSP").model_dump(mode="json")
    r = client.post("/v1/reviews", json=draft, headers=csp)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["csp"] == "Exampleshire CSP"
    assert any("Otherton CSP" in w and "Exampleshire CSP" in w for w in body["warnings"]), body["warnings"]
    # the same CSP written another way is no difference
    same = make_draft("8" * 64, csp="exampleshire  csp").model_dump(mode="json")
    assert client.post("/v1/reviews", json=same, headers=csp).json()["warnings"] == []


class _ReadingExtractor:
    """The real reader (where the DOCX bounds live) behind the API, without the models: an empty draft."""

    def __init__(self, settings) -> None:  # type: ignore[no-untyped-def]
        self.settings = settings

    def extract_bytes(self, data: bytes, filename: str):  # type: ignore[no-untyped-def]
        from dhr.schema import ExtractionResult
        from extraction.readers import read

        return ExtractionResult(source=read(data, filename=filename, settings=self.settings).source)


def test_two_docx_bombs_do_not_hold_up_an_ordinary_upload(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 14 finding 4 over HTTP: two paragraph bombs at once are refused (413) and an ordinary upload sent
    with them is answered well within 20 s."""
    from tests.service.conftest import ADMIN_KEY, auth, build_client, make_settings

    # three extraction slots, as on a server with the default of one per core plus one: every upload is admitted
    client_ = build_client(
        tmp_path,
        extractor=_ReadingExtractor(make_settings(tmp_path)),
        api_extract_workers=3,
        api_timeout_s=20.0,
    )
    with client_ as client:
        r = client.post("/v1/keys", json={"role": "csp", "csp": "Exampleshire CSP"}, headers=auth(ADMIN_KEY))
        assert r.status_code == 201, r.text
        _post_bombs(client, auth(r.json()["key"]))


def _post_bombs(client: TestClient, csp: dict[str, str]) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from tests.extraction.test_docx_bounds import _docx

    bomb = _docx(b"<w:p/>" * 3_000_000)
    ordinary = _docx(b"<w:p><w:r><w:t>Recommendations</w:t></w:r></w:p>" * 20)

    def post(name: str, data: bytes) -> tuple[int, float]:
        started = time.perf_counter()
        r = client.post("/v1/extract", files={"file": (name, data)}, headers=csp)
        return r.status_code, time.perf_counter() - started

    with ThreadPoolExecutor(3) as pool:
        bombs = [pool.submit(post, f"bomb{i}.docx", bomb) for i in range(2)]
        plain = pool.submit(post, "plan.docx", ordinary)
        assert [f.result()[0] for f in bombs] == [413, 413], [f.result() for f in bombs]
        status, seconds = plain.result()
    assert status == 200 and seconds < 20
