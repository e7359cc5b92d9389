"""The store's repositories of the service's uploads log and the web app's sessions and drafts (revision 0007),
and the service classes over them, on SQLite and on a real PostgreSQL server (``tests.pg``).

Before revision 0007 the service created these three tables itself; a library made then keeps its rows.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dhr.errors import ConflictError, NotFoundError
from dhr.schema import ExtractionResult
from retrieval.store import LibraryStore
from retrieval.store import uploads as uploads_repo
from retrieval.store import web as web_repo
from tests.pg import database_url  # noqa: F401 - fixture: SQLite and PostgreSQL


@pytest.fixture
def store(database_url: str) -> Iterator[LibraryStore]:  # noqa: F811 - the imported fixture
    opened = LibraryStore(database_url)
    yield opened
    opened.close()


def _session(token_sha: str, seen_at: float) -> dict[str, Any]:
    return {
        "token_sha": token_sha,
        "key_id": "k1",
        "role": "csp",
        "csp": "Exampleton CSP",
        "agency": None,
        "csrf": "c" * 43,
        "created_at": seen_at,
        "seen_at": seen_at,
    }


def _draft(draft_id: str, updated_at: float) -> dict[str, Any]:
    return {
        "id": draft_id,
        "key_id": "k1",
        "original": "{}",
        "current": "{}",
        "pages": '{"3": "page three"}',
        "updated_at": updated_at,
        "committed_review": None,
    }


def test_uploads_are_logged_once_per_scope(store: LibraryStore) -> None:
    engine = store.engine
    assert uploads_repo.record_upload(engine, "a" * 64, "csp:exampleton csp", "2026-12-04T00:00:00+00:00")
    assert not uploads_repo.record_upload(engine, "a" * 64, "csp:exampleton csp", "2026-12-05T00:00:00+00:00")
    assert uploads_repo.record_upload(engine, "a" * 64, "csp:other csp", "2026-12-05T00:00:00+00:00")
    assert uploads_repo.upload_known(engine, "a" * 64, "csp:exampleton csp")
    assert uploads_repo.upload_known(engine, "a" * 64, None)  # anyone's
    assert not uploads_repo.upload_known(engine, "a" * 64, "csp:third csp")
    assert not uploads_repo.upload_known(engine, "b" * 64, None)


def test_sessions_start_touch_end_and_idle_ones_go(store: LibraryStore) -> None:
    engine = store.engine
    web_repo.start_session(engine, _session("old", 100.0), idle_before=0.0)
    web_repo.start_session(engine, _session("new", 1000.0), idle_before=500.0)  # drops "old"
    assert web_repo.get_session(engine, "old") is None
    row = web_repo.get_session(engine, "new")
    assert row == _session("new", 1000.0)
    web_repo.touch_session(engine, "new", 1200.5)
    assert web_repo.get_session(engine, "new")["seen_at"] == 1200.5  # type: ignore[index]
    web_repo.end_session(engine, "new")
    assert web_repo.get_session(engine, "new") is None
    web_repo.end_session(engine, "missing")  # nothing to end: no error


def test_drafts_insert_once_update_and_stale_ones_go(store: LibraryStore) -> None:
    engine = store.engine
    assert web_repo.insert_draft(engine, _draft("d-old", 100.0), stale_before=0.0)
    assert web_repo.insert_draft(engine, _draft("d1", 1000.0), stale_before=500.0)  # drops "d-old"
    assert web_repo.get_draft(engine, "d-old") is None
    assert not web_repo.insert_draft(engine, {**_draft("d1", 1001.0), "current": "{}"}, stale_before=500.0)
    assert web_repo.get_draft(engine, "d1") == _draft("d1", 1000.0)  # the first one stands
    web_repo.update_draft(engine, "d1", current='{"x": 1}', updated_at=1100.0, committed_review="rv-1")
    row = web_repo.get_draft(engine, "d1")
    assert row is not None
    assert (row["current"], row["updated_at"], row["committed_review"]) == ('{"x": 1}', 1100.0, "rv-1")
    assert row["original"] == "{}"


def test_service_upload_log_and_web_store_on_the_backend(store: LibraryStore) -> None:
    """The service's classes read and write only through the repositories, on either database."""
    from service.keys import KeyStore, Principal
    from service.uploads import UploadLog
    from service.web.sessions import WebStore

    log = UploadLog.from_engine(store.engine)
    csp = Principal("k1", "csp", "Exampleton  CSP", None)
    log.record("c" * 64, csp)
    log.record("c" * 64, csp)  # again: no error
    assert log.extracted_for("c" * 64, Principal("k2", "csp", "exampleton csp", None))  # same CSP
    assert not log.extracted_for("c" * 64, Principal("k3", "csp", "Other CSP", None))
    assert log.extracted_for("c" * 64, Principal("k4", "dac", None, None))

    keys = KeyStore.from_engine(store.engine, admin_key="x" * 40)
    web = WebStore(store.engine, keys)
    admin = Principal("bootstrap-admin", "admin", None, None)
    token, session = web.start(admin)
    got = web.get(token)
    assert got is not None and got.principal == admin and got.csrf == session.csrf
    web.end(token)
    assert web.get(token) is None

    result = ExtractionResult.model_validate(
        {"source": {"filename": "r.pdf", "sha256": "e" * 64, "pages": 1}}
    )
    draft_id = web.new_draft(admin.key_id, result, {"1": "text"})
    with pytest.raises(ConflictError):
        web.new_draft(admin.key_id, result, None, draft_id)
    draft = web.draft(draft_id, admin)
    assert draft.pages == {"1": "text"} and draft.committed_review is None
    draft.committed_review = "rv-9"
    web.save(draft)
    assert web.draft(draft_id, admin).committed_review == "rv-9"
    with pytest.raises(NotFoundError):
        web.draft(draft_id, Principal("other", "admin", None, None))  # not its uploader's key


def test_migration_keeps_the_service_made_tables_of_an_existing_library(tmp_path: Path) -> None:
    """A library from before revision 0007, with the tables as the service used to create them and rows in
    them, is upgraded on open and keeps every row."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    from retrieval.store import MIGRATIONS_DIR

    url = f"sqlite:///{tmp_path / 'old.db'}"
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url)
    command.upgrade(cfg, "0006")
    engine = create_engine(url)
    now = time.time()
    with engine.begin() as conn:  # as service/uploads.py and service/web/sessions.py used to create them
        for ddl in (
            "CREATE TABLE service_uploads (sha256 VARCHAR(64) NOT NULL, scope VARCHAR(220) NOT NULL, "
            "created_at VARCHAR(40) NOT NULL, PRIMARY KEY (sha256, scope))",
            "CREATE TABLE web_sessions (token_sha VARCHAR(64) NOT NULL PRIMARY KEY, key_id VARCHAR(32) NOT NULL, "
            "role VARCHAR(16) NOT NULL, csp VARCHAR(200), agency VARCHAR(100), csrf VARCHAR(64) NOT NULL, "
            "created_at FLOAT NOT NULL, seen_at FLOAT NOT NULL)",
            "CREATE TABLE web_drafts (id VARCHAR(32) NOT NULL PRIMARY KEY, key_id VARCHAR(32) NOT NULL, "
            "original TEXT NOT NULL, current TEXT NOT NULL, pages TEXT NOT NULL, updated_at FLOAT NOT NULL, "
            "committed_review VARCHAR(64))",
        ):
            conn.execute(text(ddl))
        conn.execute(text("INSERT INTO service_uploads VALUES (:s, 'dac', '2026-01-01')"), {"s": "d" * 64})
        conn.execute(
            text("INSERT INTO web_sessions VALUES ('t1', 'k1', 'dac', NULL, NULL, 'c', :n, :n)"), {"n": now}
        )
        conn.execute(
            text("INSERT INTO web_drafts VALUES ('d1', 'k1', '{}', '{}', '{}', :n, NULL)"), {"n": now}
        )
    engine.dispose()
    store = LibraryStore(url)  # upgrades to head on open
    assert uploads_repo.upload_known(store.engine, "d" * 64, "dac")
    assert web_repo.get_session(store.engine, "t1") is not None
    assert web_repo.get_draft(store.engine, "d1") is not None
    store.close()
