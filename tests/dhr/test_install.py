"""A real (non-editable) install writes nothing inside its own package folders at run time (issue 15).

The project is built as a wheel from a copy of the tree and installed with ``pip install --target`` (pip compiles
the bytecode then, as it does for site-packages); the main commands then run from that install, with the user's
data folder (``XDG_DATA_HOME``) and the working directory in a temporary folder, and without ``DHR_DATA_DIR`` so
that the defaults are what is tested. Every file of the install is compared before and after. The tools'
libraries (the ``[train]`` extra: mlflow, torch, ...) are made unimportable, as in a plain install.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
#: What the wheel is built from (``pyproject.toml``'s package list and what it reads).
_SOURCES = ("pyproject.toml", "README.md")
_SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache", "*.egg-info")
#: Loaded first by every command (``sitecustomize``): the [train] extra's libraries cannot be imported.
_NO_TRAIN_EXTRA = """
import sys

_BLOCKED = {"mlflow", "psutil", "torch", "transformers", "sentence_transformers"}


class _NotInstalled:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in _BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r} (a plain install has no [train] extra)")
        return None


sys.meta_path.insert(0, _NotInstalled())
"""


def _packages() -> list[str]:
    import tomllib

    include = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"]
    return [p.rstrip("*") for p in include["include"] if (REPO / p.rstrip("*")).is_dir()]


def _blocker(target: Path) -> Path:
    return target.with_name(target.name + "-no-train-extra")


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in root.rglob("*")
        if p.is_file()
    }


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project installed, not editable, into a folder of its own; returns that folder."""
    src = tmp_path_factory.mktemp("src")
    for name in _SOURCES:
        shutil.copy2(REPO / name, src / name)
    for pkg in _packages():
        shutil.copytree(REPO / pkg, src / pkg, ignore=_SKIP)
    target = tmp_path_factory.mktemp("site")
    _blocker(target).mkdir()
    (_blocker(target) / "sitecustomize.py").write_text(_NO_TRAIN_EXTRA)
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "--target", str(target),
         str(src)],
        capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    return target


def _dhr(target: Path, home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DHR_")}
    env.update(
        # the install first (its packages shadow the repository's editable ones), behind the extra's blocker
        PYTHONPATH=os.pathsep.join([str(_blocker(target)), str(target)]),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        HOME=str(home),
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
    )
    return subprocess.run(
        [sys.executable, "-m", "dhr.cli", *args],
        cwd=home, env=env, input=stdin, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip


def test_installed_commands_write_only_in_the_data_directory(installed: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    probe = _dhr(installed, home, "--help")
    assert probe.returncode == 0, probe.stderr[-2000:]
    blocked = _dhr(installed, home, "train", "classifiers", "--help")  # the tools' commands are listed ...
    assert blocked.returncode == 0, blocked.stderr[-2000:]
    where = subprocess.run(
        [sys.executable, "-c", "import dhr, classification; print(dhr.__file__); print(classification.__file__)"],
        env={**os.environ, "PYTHONPATH": str(installed)}, cwd=home, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    # the install runs, not the repository
    assert all(Path(p).is_relative_to(installed) for p in where), where

    before = _snapshot(installed)
    sample = installed / "annotations" / "extraction" / "samples" / "sample-overview-report.pdf"
    draft = home / "draft.json"
    steps = [
        ("extract", str(sample), "--out", str(draft)),
        ("library", "add", str(draft)),
        ("search", "training for GP practices on coercive control", "--k", "3"),
        ("annotate", "--id", "r1", "--text", "The police should train officers.", "--agencies", "police",
         "--level", "local", "--themes", "training", "--who", "tester"),
    ]  # fmt: skip
    for step in steps:
        r = _dhr(installed, home, *step)
        assert r.returncode == 0, (step, r.stderr[-2000:])
    line = json.dumps({"id": "c1", "text": "The Home Office should issue statutory guidance on stalking."})
    r = _dhr(installed, home, "classify", "-", stdin=line + "\n")
    assert r.returncode == 0, r.stderr[-2000:]
    assert json.loads(r.stdout.splitlines()[0])["id"] == "c1"

    after = _snapshot(installed)
    assert sorted(set(after) - set(before)) == []  # nothing created inside the install
    assert [p for p in before if after.get(p) != before[p]] == []  # nothing changed or removed
    data = home / "data" / "dhr-learning"
    assert (data / "library").is_dir()  # the defaults went to the user's data folder
    assert (data / "library" / "corrections.jsonl").is_file()
