"""mlflow tracking, local and offline: the URI comes from ``Settings.mlflow_tracking_uri`` (sqlite by default)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def _prepare(uri: str) -> str:
    """Create the directory of a sqlite/file store so that the first run works."""
    if uri.startswith("sqlite:///"):
        Path(uri[len("sqlite:///") :]).parent.mkdir(parents=True, exist_ok=True)
    elif uri.startswith("file:") or "://" not in uri:
        os.environ.setdefault("MLFLOW_ALLOW_FILE_STORE", "true")
        Path(uri.removeprefix("file:")).mkdir(parents=True, exist_ok=True)
    return uri


@contextmanager
def mlflow_run(experiment: str, run_name: str, tracking_uri: str | None = None) -> Iterator[Any]:
    """Yield the ``mlflow`` module inside an active run (or None when mlflow cannot be used: logged)."""
    from dhr.settings import get_settings

    uri = _prepare(tracking_uri or get_settings().mlflow_tracking_uri)
    try:
        import mlflow
    except ImportError as exc:  # pragma: no cover - declared dependency
        log.warning("mlflow unavailable (%s); metrics not tracked", exc)
        yield None
        return
    logging.getLogger("alembic").setLevel(logging.WARNING)
    mlflow.set_tracking_uri(uri)
    if mlflow.get_experiment_by_name(experiment) is None:
        art = Path(uri[len("sqlite:///") :]).parent / "artifacts" if uri.startswith("sqlite:///") else None
        mlflow.create_experiment(experiment, artifact_location=art.resolve().as_uri() if art else None)
    mlflow.set_experiment(experiment)
    with mlflow.start_run(run_name=run_name):
        yield mlflow
