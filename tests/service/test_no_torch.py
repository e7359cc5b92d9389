"""No run-time path imports torch (nor transformers, sentence-transformers): the API's start-up and a search,
``dhr extract``, ``dhr classify``, ``dhr library add`` + ``dhr search``, and (slow) ``dhr demo``.

Each runs in a fresh subprocess whose ``sitecustomize`` (put first on PYTHONPATH) records, at exit, which of
those modules are in ``sys.modules`` and where the first import of each came from; child processes (the demo
runs ``dhr`` commands as subprocesses) inherit it and report too. Nothing is blocked: the check sees what
would really happen with torch installed. Where torch is not installed at all the check passes trivially.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "tests" / "fixtures" / "reports" / "synthetic-3-002.pdf"
FORBIDDEN = ("torch", "transformers", "sentence_transformers")
ADMIN_KEY = "no-torch-admin-key-0123456789"

_HOOK = textwrap.dedent(
    """
    import atexit, json, os, sys, traceback

    _FORBIDDEN = FORBIDDEN_MODULES
    _first = {}

    class _Watch:
        def find_spec(self, name, path=None, target=None):
            root = name.split(".")[0]
            if root in _FORBIDDEN and root not in _first:
                _first[root] = "".join(traceback.format_stack(limit=14)[:-1])
            return None  # never blocks: the normal finders import it

    sys.meta_path.insert(0, _Watch())

    def _report():
        found = [m for m in _FORBIDDEN if m in sys.modules]
        out = os.path.join(os.environ["DHR_IMPORT_REPORT"], str(os.getpid()) + ".json")
        with open(out, "w") as fh:
            json.dump({"argv": sys.argv, "found": found, "first": _first}, fh)

    atexit.register(_report)
    """
).replace("FORBIDDEN_MODULES", repr(FORBIDDEN))


def _run(tmp_path: Path, args: list[str], *, timeout: int = 300) -> list[dict]:
    hook = tmp_path / "hook"
    hook.mkdir(exist_ok=True)
    (hook / "sitecustomize.py").write_text(_HOOK)
    reports = tmp_path / "reports"
    reports.mkdir(exist_ok=True)
    env = dict(os.environ)
    env.update(
        PYTHONPATH=os.pathsep.join([str(hook), str(ROOT)]),
        DHR_IMPORT_REPORT=str(reports),
        DHR_DATA_DIR=str(tmp_path / "data"),
        DHR_LIBRARY_DIR=str(tmp_path / "library"),
        DHR_ADMIN_KEY=ADMIN_KEY,
        DHR_AUDIT_KEY_PATH=str(tmp_path / "keys" / "audit.key"),
        HF_HUB_OFFLINE="1",
    )
    env.pop("DHR_MODELS_DIR", None)
    done = subprocess.run(
        [sys.executable, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stderr[-3000:]}"
    found = [json.loads(p.read_text()) for p in sorted(reports.glob("*.json"))]
    assert found, "the import hook reported nothing"
    return found


def _assert_clean(reports: list[dict]) -> None:
    for report in reports:
        assert not report["found"], (
            f"{' '.join(report['argv'])} imported {report['found']}; first import:\n"
            + "\n".join(report["first"].values())
        )


DHR = ["-m", "dhr.cli"]


def test_extract_imports_no_torch(tmp_path: Path) -> None:
    _assert_clean(_run(tmp_path, [*DHR, "extract", str(REPORT), "-o", str(tmp_path / "out.json")]))
    assert json.loads((tmp_path / "out.json").read_text())["recommendations"]


def test_classify_imports_no_torch(tmp_path: Path) -> None:
    lines = [
        {"id": "1", "text": "The GP practice should ask about abuse at home at every appointment."},
        {"id": "2", "text": "Police should train officers on coercive control and stalking."},
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    _assert_clean(_run(tmp_path, [*DHR, "classify", str(tmp_path / "in.jsonl")]))


def test_library_add_and_search_import_no_torch(tmp_path: Path) -> None:
    library = str(tmp_path / "library")
    _assert_clean(_run(tmp_path, [*DHR, "library", "add", str(REPORT), "--library", library]))
    _assert_clean(_run(tmp_path, [*DHR, "search", "risk assessment training", "--library", library, "--yes"]))


_API = textwrap.dedent(
    """
    import os, time
    from fastapi.testclient import TestClient
    from dhr.settings import get_settings
    from service.app import create_app

    app = create_app(get_settings())
    with TestClient(app) as client:
        for _ in range(600):
            health = client.get("/healthz")
            if health.status_code == 200:
                break
            time.sleep(0.2)
        assert health.status_code == 200, health.text
        made = client.post("/v1/keys", json={"role": "chair"}, headers={"Authorization": "Bearer " + os.environ["DHR_ADMIN_KEY"]})
        assert made.status_code == 201, made.text
        chair = {"Authorization": "Bearer " + made.json()["key"]}
        hits = client.get("/v1/search", params={"q": "risk assessment"}, headers=chair)
        assert hits.status_code == 200, hits.text
    """
)


def test_api_start_up_and_search_import_no_torch(tmp_path: Path) -> None:
    _assert_clean(_run(tmp_path, ["-c", _API]))


@pytest.mark.slow
def test_demo_imports_no_torch(tmp_path: Path) -> None:
    reports = _run(tmp_path, [*DHR, "demo", "--csps", "2", "--out", str(tmp_path / "demo")], timeout=900)
    assert len(reports) > 3  # the demo's own dhr commands reported too
    _assert_clean(reports)
