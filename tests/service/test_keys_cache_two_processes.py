"""A key verified (and so cached) by one API process, then revoked through another, is refused by the first
within ``DHR_API_KEY_CACHE_S`` (1 s by default): two uvicorn processes on one PostgreSQL database, as in
``test_two_processes`` (issue 16 part 4)."""

from __future__ import annotations

import time

import pytest

from tests.pg import pg_url  # noqa: F401 - the fixture the two processes' fixture needs
from tests.service.conftest import ADMIN_KEY
from tests.service.test_two_processes import Api, _auth, _new_key, apis  # noqa: F401 - apis: the fixture

pytestmark = pytest.mark.timeout(180)

#: The bound (the default cache period) and what a loaded test machine may add to it.
CACHE_S = 1.0
MARGIN_S = 2.0


def test_revoked_through_one_process_is_refused_by_another_that_cached_it(apis: tuple[Api, Api]) -> None:  # noqa: F811
    a, b = apis
    key_id, doomed = _new_key(a, "chair")
    search = {"q": "training"}
    assert a.http.get("/v1/search", params=search, headers=doomed).status_code == 200  # verified: cached by A
    assert b.http.delete(f"/v1/keys/{key_id}", headers=_auth(ADMIN_KEY)).status_code == 200
    revoked = time.monotonic()
    assert b.http.get("/v1/search", params=search, headers=doomed).status_code == 401  # at once where revoked
    while (code := a.http.get("/v1/search", params=search, headers=doomed).status_code) != 401:
        assert code == 200, code
        assert time.monotonic() - revoked < CACHE_S + MARGIN_S, "process A still accepts the revoked key"
        time.sleep(0.05)
    time.sleep(CACHE_S)
    assert a.http.get("/v1/search", params=search, headers=doomed).status_code == 401  # and stays refused
