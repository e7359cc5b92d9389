"""Corrections made through the API also go to the classification annotations (for the next training run)."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from dhr.schema.library import CorrectionCreate, RecommendationPublic
from dhr.settings import REPO_ROOT

if TYPE_CHECKING:
    from service.state import ServiceState

CORRECTIONS_PATH = REPO_ROOT / "annotations" / "classification" / "corrections.jsonl"
_lock = threading.Lock()


def record_correction(state: ServiceState, rec: RecommendationPublic, correction: CorrectionCreate) -> None:
    """Append the corrected labels of ``rec`` to the annotations' corrections file."""
    if correction.field == "text":
        return
    labels = {"agencies": rec.agencies, "themes": rec.themes, "level": rec.level}
    labels[correction.field] = correction.value
    record = {
        "id": rec.id,
        "text": rec.text,
        **labels,
        "field": correction.field,
        "author": correction.author,
        "reason": correction.reason,
        "source": "api",
        "ts": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    path = state.corrections_path
    path.parent.mkdir(parents=True, exist_ok=True)
    with _lock, open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
