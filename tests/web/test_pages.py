"""The web app over HTTP (no browser): sign in and out, sessions, CSRF, the three journeys, and the role
matrix: every page lets through exactly the roles the API route behind it lets through."""

from __future__ import annotations

import io
import json
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import csrf_of, sign_in

PDF = b"%PDF-1.4 a report of our own words"


def _upload(client: TestClient, data: bytes = PDF, name: str = "report.pdf") -> str:
    page = client.get("/web/upload")
    assert page.status_code == 200
    r = client.post(
        "/web/upload",
        data={"csrf_token": csrf_of(page.text)},
        files={"file": (name, data, "application/pdf")},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    return r.headers["location"]


def _form(html: str) -> dict[str, object]:
    """The review form's fields as the page shows them (inputs, textareas, selected options, ticked boxes)."""
    import re

    fields: dict[str, object] = {}
    for name, value in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', html):
        if 'type="checkbox"' not in name:
            fields.setdefault(name, value)
    checked: dict[str, list[str]] = {}
    for tag in re.findall(r"<input[^>]*type=\"checkbox\"[^>]*>", html):
        if " checked" in tag:
            name = re.search(r'name="([^"]+)"', tag).group(1)  # type: ignore[union-attr]
            checked.setdefault(name, []).append(re.search(r'value="([^"]+)"', tag).group(1))  # type: ignore[union-attr]
    for name in {
        re.search(r'name="([^"]+)"', t).group(1)
        for t in re.findall(r'<input[^>]*type="checkbox"[^>]*>', html)
    }:  # type: ignore[union-attr]
        fields.pop(name, None)
    fields.update(checked)
    for name, text in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.S):
        fields[name] = text.replace("&#39;", "'").replace("&amp;", "&")
    for name, body in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        sel = re.search(r'<option value="([^"]*)" selected', body)
        fields[name] = sel.group(1) if sel else ""
    return fields


def test_pages_need_a_session_and_sign_in_is_csrf_protected(client: TestClient, new_key) -> None:
    r = client.get("/web/search?q=x", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/web/sign-in?next=")
    key = new_key("chair")
    # a sign-in without the form's token (another site posting it) is refused
    r = client.post("/web/sign-in", data={"api_key": key, "csrf_token": "forged"}, follow_redirects=False)
    assert r.status_code == 403
    page = client.get("/web/sign-in")
    r = client.post("/web/sign-in", data={"api_key": "dhr_nope_nope", "csrf_token": csrf_of(page.text)})
    assert r.status_code == 401 and "Enter a valid API key" in r.text
    sign_in(client, key)
    cookie = next(c for c in client.cookies.jar if c.name == "dhr_session")
    assert cookie.path == "/web" and cookie.has_nonstandard_attr("HttpOnly")
    home = client.get("/web/")
    assert (
        home.status_code == 200
        and "Search recommendations" in home.text
        and "Upload a report" not in home.text
    )
    assert (
        "Content-Security-Policy" in home.headers
        and "default-src 'self'" in home.headers["Content-Security-Policy"]
    )
    # sign out needs the token too; then the session is gone
    assert client.post("/web/sign-out", data={"csrf_token": "x"}).status_code == 403
    r = client.post("/web/sign-out", data={"csrf_token": csrf_of(home.text)}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/web/", follow_redirects=False).status_code == 303


def test_session_cookie_flags(client: TestClient, new_key) -> None:
    page = client.get("/web/sign-in")
    r = client.post(
        "/web/sign-in",
        data={"api_key": new_key("dac"), "csrf_token": csrf_of(page.text)},
        follow_redirects=False,
    )
    header = next(v for k, v in r.headers.multi_items() if k == "set-cookie" and v.startswith("dhr_session="))
    assert "HttpOnly" in header and "SameSite=strict" in header and "Path=/web" in header
    assert "Secure" not in header  # plain HTTP here; over TLS the cookie is Secure (next test)
    https = TestClient(client.app, base_url="https://testserver")
    page = https.get("/web/sign-in")
    r = https.post(
        "/web/sign-in",
        data={"api_key": new_key("dac"), "csrf_token": csrf_of(page.text)},
        follow_redirects=False,
    )
    header = next(v for k, v in r.headers.multi_items() if k == "set-cookie" and v.startswith("dhr_session="))
    assert "Secure" in header


def test_session_expires_and_ends_when_the_key_is_revoked(client: TestClient, new_key, monkeypatch) -> None:
    from service.web import sessions

    key = new_key("dac")
    sign_in(client, key)
    assert client.get("/web/").status_code == 200
    monkeypatch.setattr(sessions, "IDLE_S", -1)  # every session is now idle for too long
    assert client.get("/web/", follow_redirects=False).status_code == 303
    monkeypatch.setattr(sessions, "IDLE_S", 1800)
    sign_in(client, key)
    key_id = key.split("_")[1]
    assert client.delete(
        f"/v1/keys/{key_id}", headers={"Authorization": "Bearer test-admin-key-0123456789"}
    ).status_code in (200, 204)
    assert client.get("/web/", follow_redirects=False).status_code == 303


def test_officer_uploads_edits_commits_and_downloads(browser_as: Callable[..., TestClient], tmp_path) -> None:
    client = browser_as("csp", csp="Exampleshire CSP")
    review_url = _upload(client)
    page = client.get(review_url)
    assert page.status_code == 200 and "Recommendation 1" in page.text and "Confidence" in page.text
    assert "Police" in page.text  # the agency's label, not its id
    form = _form(page.text)
    # the officer changes recommendation 1's level and themes (label corrections) and an action's text
    form |= {
        "r0-level": "regional",
        "r0-themes": ["policy"],
        "r0-a0-text": "Deliver refresher training.",
        "op": "save",
    }
    r = client.post(review_url, data=form, follow_redirects=False)
    assert r.status_code == 303, r.text
    page = client.get(review_url)
    assert 'value="regional" selected' in page.text and "Deliver refresher training." in page.text
    # add, then delete, a recommendation; merge and split
    r = client.post(review_url, data=_form(page.text) | {"op": "add"})
    assert "Recommendation 3" in r.text
    r = client.post(review_url, data=_form(r.text) | {"op": "delete:2"})
    assert "Recommendation 3" not in r.text
    r = client.post(review_url, data=_form(r.text) | {"op": "merge:0"})
    assert "Recommendation 2" not in r.text
    text = _form(r.text)["r0-text"]
    r = client.post(review_url, data=_form(r.text) | {"op": "split:0", "r0-text": str(text)})
    assert "Recommendation 2" in r.text
    # a stale form (the draft changed meanwhile) is refused, not applied to the wrong recommendation
    stale = _form(r.text) | {"count": "7", "op": "save"}
    assert client.post(review_url, data=stale).status_code == 409
    # commit: stored through the API's commit, with the label edits recorded as corrections
    r = client.post(review_url, data=_form(r.text) | {"op": "commit"})
    assert r.status_code == 200, r.text
    assert "committed to the library as review rv-" in r.text
    corrections = (tmp_path / "corrections.jsonl").read_text().splitlines()
    assert any(json.loads(line)["level"] == "regional" for line in corrections)
    # downloads of the edited draft
    xlsx = client.get(review_url + "/download.xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    csv_text = client.get(review_url + "/download.csv").text
    assert "Deliver refresher training." in csv_text
    draft = client.get(review_url + "/download.json").json()
    assert draft["recommendations"][0]["level"] == "regional"
    # the review is in the library for this CSP
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx.content))["Action plan"]
    header = [c.value for c in sheet[1]]
    assert sheet.cell(row=2, column=header.index("Recommendation level") + 1).value == "Regional"


def test_review_forms_need_the_token_and_drafts_are_private(browser_as) -> None:
    client = browser_as("csp", csp="Exampleshire CSP")
    review_url = _upload(client)
    form = _form(client.get(review_url).text)
    assert client.post(review_url, data=form | {"op": "save", "csrf_token": "forged"}).status_code == 403
    other = browser_as("csp", csp="Otherton CSP")  # another key: the draft does not exist for it
    assert other.get(review_url).status_code == 404
    assert other.get(review_url + "/download.json").status_code == 404


def test_upload_refuses_other_files_with_a_page(browser_as) -> None:
    client = browser_as("dac")
    page = client.get("/web/upload")
    r = client.post(
        "/web/upload",
        data={"csrf_token": csrf_of(page.text)},
        files={"file": ("x.exe", b"MZ", "application/octet-stream")},
    )
    assert r.status_code == 415 and "<h1" in r.text and "Traceback" not in r.text
    r = client.post(
        "/web/upload",
        data={"csrf_token": csrf_of(page.text)},
        files={"file": ("e.pdf", b"ENCRYPTED", "application/pdf")},
    )
    assert r.status_code == 422 and "encrypted" in r.text


def test_chair_searches_opens_a_result_and_drafts(client: TestClient, browser_as, new_key) -> None:
    from tests.service.conftest import make_draft

    dac = {"Authorization": f"Bearer {new_key('dac')}"}
    body = {"draft": make_draft("b" * 64).model_dump(mode="json"), "published": True}
    assert client.post("/v1/reviews", json=body, headers=dac).status_code == 201
    chair = browser_as("chair")
    r = chair.get("/web/search", params={"q": "risk assessment training", "agency": "police"})
    assert r.status_code == 200 and "1 result" in r.text and "How it was implemented" in r.text
    assert chair.get("/web/search", params={"q": "x", "agency": "nonsense"}).status_code == 400
    import re

    link = re.search(r'href="(/web/recommendations/[^"#]+)"', r.text).group(1)  # type: ignore[union-attr]
    r = chair.get(link)
    assert r.status_code == 200 and "More like this" in r.text
    page = chair.get("/web/drafting")
    r = chair.post(
        "/web/drafting", data={"draft": "Police should train officers.", "csrf_token": csrf_of(page.text)}
    )
    assert r.status_code == 200 and "SMART check" in r.text


def test_analysis_page_and_downloads(client: TestClient, browser_as, new_key) -> None:
    from tests.service.conftest import make_draft

    dac_key = {"Authorization": f"Bearer {new_key('dac')}"}
    body = {"draft": make_draft("c" * 64).model_dump(mode="json"), "published": True}
    assert client.post("/v1/reviews", json=body, headers=dac_key).status_code == 201
    dac = browser_as("dac")
    r = dac.get("/web/analysis")
    assert r.status_code == 200 and "Download" in r.text and "<table" in r.text
    report = dac.get("/web/analysis/report.html")
    assert report.status_code == 200 and "<html" in report.text.lower()
    assert report.headers["content-disposition"].startswith("attachment")
    view = dac.get("/web/analysis/report.html", params={"view": "1"})
    assert view.headers["content-disposition"] == "inline"
    assert "connect-src 'none'" in view.headers["content-security-policy"]  # charts draw, nothing leaves
    assert dac.get("/web/analysis/data.xlsx").content[:2] == b"PK"
    assert dac.get("/web/analysis/figures/action_status.csv").status_code == 200
    # a CSP key: its own area only, as the API's figures route
    csp = browser_as("csp", csp="Otherton CSP")
    assert csp.get("/web/analysis", params={"csp": "Exampleshire CSP"}).status_code == 403
    assert csp.get("/web/analysis").status_code == 200


# The role matrix: each page and the API route it stands for, with the same answer (allowed or 403) per role.
PAGES = [
    ("/web/upload", "POST", "/v1/extract"),
    ("/web/search?q=training", "GET", "/v1/search?q=training"),
    ("/web/drafting", "POST", "/v1/similar"),
    ("/web/analysis", "GET", "/v1/analytics/figures/action_status"),
]
ROLES = [
    ("dac", {}),
    ("csp", {"csp": "Exampleshire CSP"}),
    ("chair", {}),
    ("partner", {"agency": "police"}),
    ("admin", {}),
]


@pytest.mark.parametrize(("role", "binding"), ROLES)
def test_role_matrix_matches_the_api(client: TestClient, new_key, role: str, binding: dict[str, str]) -> None:
    from tests.service.conftest import make_draft

    dac = {"Authorization": f"Bearer {new_key('dac')}"}
    body = {"draft": make_draft("d" * 64).model_dump(mode="json"), "published": True}
    assert client.post("/v1/reviews", json=body, headers=dac).status_code == 201
    if role == "admin":
        key = "test-admin-key-0123456789"
    else:
        key = new_key(role, **binding)
    headers = {"Authorization": f"Bearer {key}"}
    api_answers = {
        "/v1/extract": client.post(
            "/v1/extract", files={"file": ("r.pdf", PDF)}, headers=headers
        ).status_code,
        "/v1/search?q=training": client.get("/v1/search?q=training", headers=headers).status_code,
        "/v1/similar": client.post(
            "/v1/similar", json={"draft": "Police training."}, headers=headers
        ).status_code,
        "/v1/analytics/figures/action_status": client.get(
            "/v1/analytics/figures/action_status", headers=headers
        ).status_code,
    }
    client.cookies.clear()
    sign_in(client, key)
    nav = client.get("/web/").text
    for page, _method, api in PAGES:
        web = client.get(page, follow_redirects=False).status_code
        api_allowed = api_answers[api] != 403
        assert (web != 403) == api_allowed, (role, page, web, api, api_answers[api])
        assert (web == 200) == api_allowed
        link = page.split("?")[0]
        assert (f'href="{link}"' in nav) == api_allowed, (role, link)


def test_search_shows_only_what_the_api_returns(client: TestClient, new_key) -> None:
    """A CSP's unpublished draft: in its own search (page and API), in nobody else's."""
    from tests.service.conftest import make_draft

    mine = new_key("csp", csp="Exampleshire CSP")
    body = {"draft": make_draft("e" * 64).model_dump(mode="json"), "published": False}
    r = client.post("/v1/reviews", json=body, headers={"Authorization": f"Bearer {mine}"})
    assert r.status_code == 201
    rec_id = r.json()["recommendations"][0]["id"]
    for key, visible in (
        (mine, True),
        (new_key("csp", csp="Otherton CSP"), False),
        (new_key("chair"), False),
    ):
        api = client.get(
            "/v1/search", params={"q": "risk assessment training"}, headers={"Authorization": f"Bearer {key}"}
        )
        assert (rec_id in api.text) == visible
        client.cookies.clear()
        sign_in(client, key)
        page = client.get("/web/search", params={"q": "risk assessment training"})
        assert (rec_id in page.text) == visible
        assert client.get(f"/web/recommendations/{rec_id}").status_code == (200 if visible else 404)


def test_api_docs_work_offline(client: TestClient) -> None:
    for path in ("/docs", "/redoc"):
        html = client.get(path).text
        assert "cdn" not in html.lower() and "fonts.googleapis" not in html
        for src in __import__("re").findall(r'(?:src|href)="([^"]+)"', html):
            assert src.startswith("/"), src  # every asset from this server
            assert client.get(src).status_code == 200, src


def test_a_large_upload_runs_as_a_job_and_opens_its_draft(tmp_path) -> None:
    import time

    from tests.service.conftest import build_client

    with build_client(tmp_path, api_job_extract_min_mb=0.0) as client:  # every upload is "large" here
        r = client.post(
            "/v1/keys",
            json={"role": "csp", "csp": "Exampleshire CSP"},
            headers={"Authorization": "Bearer test-admin-key-0123456789"},
        )
        sign_in(client, r.json()["key"])
        job_url = _upload(client)
        assert job_url.startswith("/web/upload/jobs/job_")
        for _ in range(100):
            r = client.get(job_url, follow_redirects=False)
            if r.status_code == 303:
                break
            assert r.status_code == 200 and 'http-equiv="refresh"' in r.text
            time.sleep(0.1)
        assert r.status_code == 303 and r.headers["location"].startswith("/web/review/j")
        assert "Recommendation 1" in client.get(r.headers["location"]).text
        assert client.get(job_url, follow_redirects=False).headers["location"] == r.headers["location"]
