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
