"""The audit chain kept in the database (PostgreSQL: several API processes, one chain): entries are written in
the transaction of the change they record, two processes appending at once make one chain, and an edited or
removed entry is caught."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from dhr.schema.library import ImplementationUpdateCreate
from retrieval.store import ActionWrite, LibraryStore, RecommendationWrite, ReviewWrite
from service.audit import AuditLog, AuditWriteError
from tests.pg import pg_url  # noqa: F401 - the fixture: a fresh PostgreSQL database


@pytest.fixture
def stores(pg_url: str) -> Iterator[list[LibraryStore]]:  # noqa: F811 - the imported fixture
    """Two stores on one database: what two API processes hold."""
    opened = [LibraryStore(pg_url), LibraryStore(pg_url)]
    yield opened
    for store in opened:
        store.close()


def _audit(tmp_path: Path, store: LibraryStore) -> AuditLog:
    return AuditLog(tmp_path / "lib", tmp_path / "secrets" / "audit.key", engine=store.engine)


def _review() -> ReviewWrite:
    return ReviewWrite(
        id="rv-a",
        csp="Exampleton CSP",
        recommendations=[
            RecommendationWrite(
                id="a1", text="Share risk information", content_sha="s", actions=[ActionWrite(text="Do it")]
            )
        ],
    )


def test_entries_commit_with_their_change_and_no_file_is_written(tmp_path: Path, stores) -> None:  # type: ignore[no-untyped-def]
    store = stores[0]
    log = _audit(tmp_path, store)
    assert log.in_database
    with log.recording(actor="k1", role="dac", action="review.create", target="review:rv-a"):
        store.write_review(_review())
    log.append(actor="k1", role="dac", action="upload.read")  # no database change: its own transaction
    assert [e.action for e in log.entries()] == ["review.create", "upload.read"]
    assert log.verify().ok and log.verify().lines == 2
    assert not (tmp_path / "lib" / "audit.jsonl").exists()


def test_a_failed_change_leaves_no_entry(tmp_path: Path, stores) -> None:  # type: ignore[no-untyped-def]
    from dhr.errors import NotFoundError

    store = stores[0]
    log = _audit(tmp_path, store)
    with pytest.raises(NotFoundError), log.recording(actor="k1", role="dac", action="action.update"):
        store.add_implementation_update("missing", ImplementationUpdateCreate(status="completed", author="x"))
    assert list(log.entries()) == []


def test_an_entry_that_cannot_be_written_stops_the_change(tmp_path: Path, stores) -> None:  # type: ignore[no-untyped-def]
    store = stores[0]
    (tmp_path / "lib").mkdir()
    log = AuditLog(
        tmp_path / "lib", tmp_path / "lib" / "audit.key", engine=store.engine
    )  # key inside: refused
    with pytest.raises(AuditWriteError), log.recording(actor="k1", role="dac", action="review.create"):
        store.write_review(_review())
    assert store.counts().reviews == 0


def test_two_processes_append_one_chain(tmp_path: Path, stores) -> None:  # type: ignore[no-untyped-def]
    logs = [_audit(tmp_path, s) for s in stores]
    store_of = dict(zip(map(id, logs), stores, strict=True))
    stores[0].write_review(_review())
    errors: list[BaseException] = []

    def writer(i: int) -> None:
        log = logs[i % 2]
        try:
            for j in range(6):
                with log.recording(actor=f"k{i}", role="dac", action="action.update", target=f"{i}-{j}"):
                    store_of[id(log)].add_implementation_update(
                        "a1-a1", ImplementationUpdateCreate(status="in_progress", author=f"w{i}")
                    )
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors
    entries = list(logs[1].entries())
    assert [e.seq for e in entries] == list(range(1, 25))
    assert len(stores[1].list_implementation_updates("a1-a1")) == 24  # one entry per stored change
    assert logs[0].verify().ok and logs[1].verify().lines == 24


def test_edited_and_removed_entries_are_caught(tmp_path: Path, stores) -> None:  # type: ignore[no-untyped-def]
    store = stores[0]
    log = _audit(tmp_path, store)
    for i in range(4):
        log.append(actor=f"k{i}", role="dac", action="key.create", target=f"key:{i}")
    with store.engine.begin() as conn:
        line = json.loads(conn.execute(text("SELECT line FROM audit_entries WHERE seq = 2")).scalar_one())
        line["actor"] = "someone-else"
        conn.execute(text("UPDATE audit_entries SET line = :l WHERE seq = 2"), {"l": json.dumps(line)})
    result = log.verify()
    assert not result.ok and result.bad_line == 2 and "entry 2" in result.message
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entries WHERE seq >= 2"))
    result = log.verify()
    assert not result.ok and "removed from the end" in result.message


def test_cli_verify_and_show_read_the_chain_in_the_database(
    tmp_path: Path,
    pg_url: str,  # noqa: F811 - the imported fixture
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from typer.testing import CliRunner

    from dhr.cli import app
    from dhr.settings import get_settings

    store = LibraryStore(pg_url)
    log = _audit(tmp_path, store)
    for i in range(3):
        log.append(actor=f"k{i}", role="admin", action="key.create", target=f"key:{i}")
    monkeypatch.setenv("DHR_DATABASE_URL", pg_url)
    monkeypatch.setenv("DHR_AUDIT_KEY_PATH", str(tmp_path / "secrets" / "audit.key"))
    get_settings.cache_clear()
    runner = CliRunner()
    try:
        ok = runner.invoke(app, ["audit", "verify", "--library", str(tmp_path / "lib")])
        assert ok.exit_code == 0 and "3 entries" in ok.output, ok.output
        shown = runner.invoke(app, ["audit", "show", "--library", str(tmp_path / "lib"), "--last", "2"])
        assert [json.loads(line)["seq"] for line in shown.output.splitlines()] == [2, 3]
        with store.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_entries WHERE seq = 3"))
        bad = runner.invoke(app, ["audit", "verify", "--library", str(tmp_path / "lib")])
        assert bad.exit_code == 1 and "removed from the end" in bad.output and "Traceback" not in bad.output
    finally:
        get_settings.cache_clear()
        store.close()
