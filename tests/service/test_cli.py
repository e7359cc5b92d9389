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


def test_serve_with_two_workers_answers_from_the_shared_library(tmp_path: Path) -> None:
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    admin = "w" * 40
    env = {**os.environ, "DHR_ADMIN_KEY": admin, "DHR_API_RATE_PER_S": "100", "HF_HUB_OFFLINE": "1"}
    cmd = [sys.executable, "-m", "dhr.cli", "serve", "--port", str(port), "--library", str(tmp_path / "lib")]
    server = subprocess.Popen(
        [*cmd, "--workers", "2", "--embedding-model", "hash"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, server.stderr.read().decode()[-2000:] if server.stderr else ""
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "workers never became ready"
            time.sleep(0.5)
        headers = {"Authorization": f"Bearer {admin}"}
        r = httpx.post(f"{base}/v1/keys", json={"role": "dac", "label": "t"}, headers=headers, timeout=10)
        assert r.status_code == 201, r.text
        dac = {"Authorization": f"Bearer {r.json()['key']}"}
        for _ in range(4):  # any worker: keys live in the shared database
            r = httpx.get(f"{base}/v1/search", params={"q": "risk assessment"}, headers=dac, timeout=10)
            assert r.status_code == 200, r.text
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
