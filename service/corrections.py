"""Corrections made through the API also go to the classification annotations (for the next training run)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from pydantic import ValidationError as PydanticValidationError

from dhr.errors import DHRError
from dhr.schema.library import CorrectionCreate, RecommendationPublic

log = logging.getLogger(__name__)
_lock = threading.Lock()


def record_correction(
    rec: RecommendationPublic, correction: CorrectionCreate, path: Path | None = None
) -> Path | None:
    """Append ``rec`` with the corrected labels to the corrections file (``classification.io``).

    Only label corrections become annotations, and only when the corrected recommendation has a full label set
    (an annotation needs agencies, level and one to three themes); returns the file written, else None.
    """
    from classification.io import append_correction, now_iso
    from dhr.schema.classification import Correction

    if correction.field == "text":
        return None
    labels: dict[str, object] = {"agencies": rec.agencies, "themes": rec.themes, "level": rec.level}
    labels[correction.field] = correction.value
    try:
        item = Correction(
            id=rec.id,
            text=rec.text,
            annotator=correction.author,
            timestamp=now_iso(),
            note=correction.reason,
            source="correction",
            **labels,  # type: ignore[arg-type]
        )
    except PydanticValidationError as exc:
        log.info("correction of %s not added to annotations: %s", rec.id, exc.errors()[0].get("msg"))
        return None
    try:
        with _lock:
            return append_correction(item, path)
    except DHRError as exc:
        log.warning("correction of %s not added to annotations: %s", rec.id, exc)
        return None
