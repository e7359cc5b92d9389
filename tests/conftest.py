"""Fixtures shared by every package's tests. Keep this small; package-specific fixtures live beside their tests."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Tests never write into the user's data directory, nor load models the user trained there (dhr/settings.py).
os.environ["DHR_DATA_DIR"] = tempfile.mkdtemp(prefix="dhr-test-data-")

REPO_ROOT = Path(__file__).resolve().parent.parent
#: Shared data sits beside the repository (CI clones the repo next to ``shared/``).
SHARED_DIR = REPO_ROOT.parent / "shared"

# One MiniLM pass per chunk of texts per session, shared by the set tests, scorers and probes that embed the same
# texts (the rules that keep it exact are in tests/_encoder_memo.py).
pytest_plugins = ["tests._encoder_memo"]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ``shared/`` folder beside the repository; the test is skipped when it is absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"shared data folder not found at {SHARED_DIR}")
    return SHARED_DIR
