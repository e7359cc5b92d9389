"""The audit log: every write and key change is chained; an edited or removed line is caught."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dhr.cli import app
from service.audit import AuditLog, verify
from tests.service.conftest import make_draft


def _log(tmp_path: Path, n: int = 5) -> AuditLog:
    log = AuditLog(tmp_path)
    for i in range(n):
        log.append(actor=f"k{i}", role="dac", action="review.create", target=f"review:{i}", details={"i": i})
    return log


def test_chain_verifies(tmp_path: Path) -> None:
    log = _log(tmp_path)
    result = verify(tmp_path)
    assert result.ok and result.lines == 5
    assert [e.seq for e in log.entries()] == [1, 2, 3, 4, 5]


def test_edited_line_fails_naming_it(tmp_path: Path) -> None:
    _log(tmp_path)
    path = tmp_path / "audit.jsonl"
    lines = path.read_text().splitlines()
    entry = json.loads(lines[2])
    entry["actor"] = "someone-else"
    lines[2] = json.dumps(entry, sort_keys=True, separators=(",", ":"))
    path.write_text("\n".join(lines) + "\n")
    result = verify(tmp_path)
    assert not result.ok and result.bad_line == 3
    assert "line 3" in result.message and "edited" in result.message


def test_removed_line_fails(tmp_path: Path) -> None:
    _log(tmp_path)
    path = tmp_path / "audit.jsonl"
    lines = path.read_text().splitlines()
    del lines[1]
    path.write_text("\n".join(lines) + "\n")
    result = verify(tmp_path)
    assert not result.ok and result.bad_line == 2


def test_removed_last_line_fails(tmp_path: Path) -> None:
    _log(tmp_path)
    path = tmp_path / "audit.jsonl"
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines[:-1]) + "\n")
    result = verify(tmp_path)
    assert not result.ok and result.bad_line == 5 and "removed" in result.message


def test_cli_verify_exit_codes(tmp_path: Path) -> None:
    _log(tmp_path)
    runner = CliRunner()
    ok = runner.invoke(app, ["audit", "verify", "--library", str(tmp_path)])
    assert ok.exit_code == 0, ok.output
    path = tmp_path / "audit.jsonl"
    path.write_text(path.read_text().replace('"k1"', '"kX"'))
    bad = runner.invoke(app, ["audit", "verify", "--library", str(tmp_path)])
    assert bad.exit_code == 1
    assert "line 2" in bad.output and "Traceback" not in bad.output


def test_api_writes_are_audited(client: TestClient, make_key, tmp_path: Path) -> None:
    dac = make_key("dac")
    draft = make_draft("f" * 64).model_dump(mode="json")
    review = client.post("/v1/reviews", json={"draft": draft}, headers=dac).json()
    action_id = review["recommendations"][0]["actions"][0]["id"]
    client.patch(f"/v1/actions/{action_id}", json={"status": "in_progress"}, headers=dac)
    client.post("/v1/extract?format=csv", files={"file": ("x.pdf", b"%PDF-1.4 x")}, headers=dac)
    client.delete(f"/v1/reviews/{review['id']}", headers=dac)
    library = tmp_path / "library"
    actions = [e.action for e in AuditLog(library).entries()]
    assert actions == ["key.create", "review.create", "action.update", "extract.export.csv", "review.delete"]
    assert verify(library).ok


# --- issue 14, finding 9: keyed chain, audit entry in the change's transaction --------------------------------


def _rehash_unkeyed(path: Path) -> None:
    """What an editor of the library could do before: edit a line, then recompute every hash and the head."""
    import hashlib

    prev = "0" * 64
    out = []
    for raw in path.read_text().splitlines():
        fields = json.loads(raw)
        if fields["seq"] == 2:
            fields["actor"] = "someone-else"
        fields["prev_hash"] = prev
        body = {k: v for k, v in fields.items() if k != "hash"}
        fields["hash"] = hashlib.sha256(
            json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        ).hexdigest()
        prev = fields["hash"]
        out.append(json.dumps(fields, sort_keys=True, separators=(",", ":")))
    path.write_text("\n".join(out) + "\n")
    (path.parent / "audit.head").write_text(json.dumps({"seq": len(out), "hash": prev}) + "\n")


def test_rehashed_log_fails_verify(tmp_path: Path) -> None:
    library = tmp_path / "library"
    _log(library)
    assert verify(library).ok
    _rehash_unkeyed(library / "audit.jsonl")
    result = verify(library)
    assert not result.ok and result.bad_line == 1, result
    bad = CliRunner().invoke(app, ["audit", "verify", "--library", str(library)])
    assert bad.exit_code == 1 and "line 1" in bad.output and "Traceback" not in bad.output


def test_rehashed_with_another_key_fails_verify(tmp_path: Path) -> None:
    """Re-forging needs the key: a chain re-keyed with any other key fails against the real one."""
    library = tmp_path / "library"
    _log(library)
    forger = AuditLog(library, key_path=tmp_path / "forger" / "audit.key")
    lines = (library / "audit.jsonl").read_text().splitlines()
    (library / "audit.jsonl").unlink()
    (library / "audit.head").unlink()
    for raw in lines:
        fields = json.loads(raw)
        forger.append(
            actor="someone-else", role=fields["role"], action=fields["action"], target=fields["target"]
        )
    assert verify(library, tmp_path / "forger" / "audit.key").ok
    result = verify(library)
    assert not result.ok and result.bad_line == 1 and "another key" in result.message


def test_rewritten_head_after_truncation_fails(tmp_path: Path) -> None:
    library = tmp_path / "library"
    _log(library)
    path = library / "audit.jsonl"
    lines = path.read_text().splitlines()[:-2]
    path.write_text("\n".join(lines) + "\n")
    last = json.loads(lines[-1])
    (library / "audit.head").write_text(json.dumps({"seq": last["seq"], "hash": last["hash"]}) + "\n")
    result = verify(library)
    assert not result.ok and "head" in result.message
    (library / "audit.head").unlink()
    assert not verify(library).ok


def test_key_is_refused_inside_the_library_and_missing_key_fails(tmp_path: Path) -> None:
    import pytest

    from service.audit import AuditWriteError

    library = tmp_path / "library"
    with pytest.raises(AuditWriteError, match="outside|inside the library"):
        AuditLog(library, key_path=library / "audit.key").append(actor="a", role="dac", action="x")
    _log(library)
    result = verify(library, tmp_path / "nowhere" / "audit.key")
    assert not result.ok and "missing" in result.message


def _break_log(tmp_path: Path) -> None:
    """The audit log can no longer be appended to (as on a full or read-only disk)."""
    path = tmp_path / "library" / "audit.jsonl"
    path.unlink()
    path.mkdir()


def test_failed_audit_append_leaves_no_stored_change(client: TestClient, make_key, tmp_path: Path) -> None:
    dac = make_key("dac")
    draft = make_draft("e" * 64).model_dump(mode="json")
    review = client.post("/v1/reviews", json={"draft": draft}, headers=dac).json()
    rec = review["recommendations"][0]
    action_id = rec["actions"][0]["id"]
    _break_log(tmp_path)

    r = client.patch(f"/v1/actions/{action_id}", json={"status": "completed"}, headers=dac)
    assert r.status_code == 503 and "audit" in r.json()["detail"], r.text
    assert client.get(f"/v1/actions/{action_id}/history", headers=dac).json() == []
    assert client.get(f"/v1/actions/{action_id}", headers=dac).json()["status"] != "completed"

    r = client.patch(f"/v1/reviews/{review['id']}", json={"published": True}, headers=dac)
    assert r.status_code == 503, r.text
    assert client.get(f"/v1/reviews/{review['id']}", headers=dac).json()["published"] is False

    r = client.post(
        f"/v1/recommendations/{rec['id']}/corrections",
        json={"field": "level", "value": "national", "author": "me", "reason": "national body"},
        headers=dac,
    )
    assert r.status_code == 503, r.text
    assert client.get(f"/v1/recommendations/{rec['id']}/corrections", headers=dac).json() == []

    r = client.delete(f"/v1/reviews/{review['id']}", headers=dac)
    assert r.status_code == 503, r.text
    assert client.get(f"/v1/reviews/{review['id']}", headers=dac).status_code == 200

    other = make_draft("d" * 64, csp="Otherton CSP").model_dump(mode="json")
    r = client.post("/v1/reviews", json={"draft": other}, headers=dac)
    assert r.status_code == 503, r.text
    assert client.get("/v1/reviews", params={"csp": "Otherton CSP"}, headers=dac).json()["count"] == 0
    assert "Traceback" not in r.text


def test_commit_failing_after_its_entry_is_logged_as_rolled_back(
    client: TestClient, make_key, tmp_path: Path
) -> None:
    """The database commit fails after the entry was written: the change is not stored and the log says so."""
    from sqlalchemy import event

    dac = make_key("dac")
    review = client.post(
        "/v1/reviews", json={"draft": make_draft("c" * 64).model_dump(mode="json")}, headers=dac
    ).json()
    action_id = review["recommendations"][0]["actions"][0]["id"]
    engine = client.app.state.service.library.store.engine  # type: ignore[attr-defined]
    # Only the commit of the connection that updated the action fails: the background job runner
    # commits on its own connections at any moment and must not take the injected failure.
    writers: set[int] = set()

    def note_writer(conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("UPDATE ACTIONS"):
            writers.add(id(conn))

    def failing_commit(conn) -> None:  # type: ignore[no-untyped-def]
        if id(conn) in writers:
            writers.clear()
            raise OSError(28, "No space left on device")

    event.listen(engine, "before_cursor_execute", note_writer)
    event.listen(engine, "commit", failing_commit)
    try:
        r = client.patch(f"/v1/actions/{action_id}", json={"status": "completed"}, headers=dac)
    finally:
        event.remove(engine, "commit", failing_commit)
        event.remove(engine, "before_cursor_execute", note_writer)
    assert r.status_code >= 500
    assert client.get(f"/v1/actions/{action_id}/history", headers=dac).json() == []
    entries = list(AuditLog(tmp_path / "library").entries())
    assert [e.action for e in entries[-2:]] == ["action.update", "audit.rollback"]
    assert entries[-1].details["seq"] == entries[-2].seq
    assert verify(tmp_path / "library").ok


def test_failed_audit_append_stores_no_key_and_no_import(
    client: TestClient, make_key, admin, tmp_path: Path
) -> None:
    """Key changes and CSV imports too: the entry is part of the change's transaction (finding 9)."""
    from extraction.export import to_csv

    dac = make_key("dac")
    spare = client.post("/v1/keys", json={"role": "chair"}, headers=admin).json()
    keys_before = client.get("/v1/keys", headers=admin).json()["count"]
    _break_log(tmp_path)

    r = client.post("/v1/keys", json={"role": "chair"}, headers=admin)
    assert r.status_code == 503, r.text
    assert client.get("/v1/keys", headers=admin).json()["count"] == keys_before
    r = client.delete(f"/v1/keys/{spare['id']}", headers=admin)
    assert r.status_code == 503, r.text
    assert client.get("/v1/search", params={"q": "training"}, headers=auth_of(spare)).status_code == 200

    data = to_csv(make_draft("b" * 64)).encode()
    r = client.post("/v1/imports/action-plans", files={"file": ("plan.csv", data)}, headers=dac)
    assert r.status_code == 503, r.text
    assert client.get("/v1/reviews", headers=dac).json()["count"] == 0


def auth_of(created: dict) -> dict[str, str]:
    return {"Authorization": f"Bearer {created['key']}"}


def test_cli_key_create_with_a_broken_log_stores_no_key(tmp_path: Path) -> None:
    library = tmp_path / "library"
    runner = CliRunner()
    ok = runner.invoke(app, ["keys", "create", "--role", "dac", "--library", str(library)])
    assert ok.exit_code == 0, ok.output
    (library / "audit.jsonl").unlink()
    (library / "audit.jsonl").mkdir()
    bad = runner.invoke(app, ["keys", "create", "--role", "dac", "--library", str(library)])
    assert bad.exit_code == 2 and "audit log could not be written" in bad.output, bad.output
    listed = runner.invoke(app, ["keys", "list", "--library", str(library)])
    assert len(json.loads(listed.stdout)) == 1
