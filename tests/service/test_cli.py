"""CLI: key management and serve's input checks answer in one line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dhr.cli import app

runner = CliRunner()


def test_keys_create_list_revoke(tmp_path: Path) -> None:
    lib = str(tmp_path / "lib")
    r = runner.invoke(app, ["keys", "create", "--role", "partner", "--agency", "police", "--library", lib])
    assert r.exit_code == 0, r.output
    created = json.loads(r.output)
    assert created["key"].startswith("dhr_") and created["agency"] == "police"
    listed = json.loads(runner.invoke(app, ["keys", "list", "--library", lib]).output)
    assert [k["id"] for k in listed] == [created["id"]] and "key" not in listed[0]
    assert runner.invoke(app, ["keys", "revoke", created["id"], "--library", lib]).exit_code == 0
    assert json.loads(runner.invoke(app, ["keys", "list", "--library", lib]).output) == []
    assert runner.invoke(app, ["audit", "verify", "--library", lib]).exit_code == 0


def test_keys_create_bad_input(tmp_path: Path) -> None:
    r = runner.invoke(app, ["keys", "create", "--role", "csp", "--library", str(tmp_path)])
    assert r.exit_code == 2 and "needs 'csp'" in r.output and "Traceback" not in r.output
    r = runner.invoke(app, ["keys", "create", "--role", "wizard", "--library", str(tmp_path)])
    assert r.exit_code == 2 and "role" in r.output
    r = runner.invoke(app, ["keys", "revoke", "nope", "--library", str(tmp_path)])
    assert r.exit_code == 2 and "no API key" in r.output


def test_serve_refuses_a_file_as_library(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    r = runner.invoke(app, ["serve", "--library", str(f)])
    assert r.exit_code == 2 and "is a file" in r.output


def test_audit_verify_empty(tmp_path: Path) -> None:
    r = runner.invoke(app, ["audit", "verify", "--library", str(tmp_path)])
    assert r.exit_code == 0 and "0 entries" in r.output
