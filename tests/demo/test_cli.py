"""``dhr library demo`` and its alias ``dhr demo-library``: built once, then reused; bad sizes are one clear line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

import demo.cli  # noqa: F401  (registers the commands)
from dhr.cli_app import app

runner = CliRunner()


def _one_line_error(result: Any, needle: str) -> None:
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and needle in lines[0], result.stderr


def test_cli_demo_library(tmp_path: Path) -> None:
    target = tmp_path / "demo"
    args = ["--library", str(target), "--csps", "2", "--years", "1"]
    first = runner.invoke(app, ["library", "demo", *args])
    assert first.exit_code == 0, first.output
    data = json.loads(first.stdout.strip().splitlines()[-1])
    assert data["reused"] is False and data["actions"] > 0
    again = runner.invoke(app, ["demo-library", *args])
    assert again.exit_code == 0 and json.loads(again.stdout.strip().splitlines()[-1])["reused"] is True
    _one_line_error(runner.invoke(app, ["library", "demo", "--library", str(target), "--csps", "0"]), "csps")
