"""`dhr demo` prints each step's command so that it can be copied and run as printed (issue 14, finding 15)."""

from __future__ import annotations

import shlex
import subprocess

import pytest


def test_printed_commands_are_quoted_for_the_shell(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    import demo.walkthrough as demo

    ran: list[list[str]] = []

    def fake_run(cmd, **kwargs):  # type: ignore[no-untyped-def]
        ran.append(cmd)
        return subprocess.CompletedProcess(cmd, 0, stdout="", stderr="")

    monkeypatch.setattr(demo.subprocess, "run", fake_run)
    args = ["search", "training for GP practices on coercive control", "--k", "3", "--library", "var/my demo"]
    demo._run("Search prior learning", args)
    printed = next(line for line in capsys.readouterr().err.splitlines() if line.strip().startswith("$ dhr"))
    command = printed.strip()[2:]
    assert shlex.split(command) == ["dhr", *args]
    assert "'training for GP practices on coercive control'" in command
    assert ran and ran[0][-len(args) :] == args
