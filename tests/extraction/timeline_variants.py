"""What the own-words timeline variant batches' tests share: their rows, the check of one sentence, the batch score.

Each ``timeline_variants_*.jsonl`` row is a sentence with the events its dates stand for (``other`` for a date
that is no timeline event); ``test_timeline_variants_*.py`` hold each group of batches to its figures.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evaluation.real_timeline import evaluate_timeline, predict

HERE = Path(__file__).resolve().parent


def load_rows(*names: str) -> list[dict[str, Any]]:
    """The rows of the named batch files (beside this module), in order."""
    return [
        json.loads(line)
        for name in names
        for line in (HERE / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def check_sentence(row: dict[str, Any]) -> None:
    """Every labelled date of the row is read as its event (and an ``other`` date as none)."""
    predicted = predict(row["sentence"])
    for date, event in row["dates"].items():
        expected = set() if event == "other" else {event}
        assert predicted.get(date, set()) == expected, (row["category"], date, dict(predicted))


def batch_items(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The batch's (event, date) pairs in the shape of real dated sentences."""
    return [
        {"sentence": r["sentence"], "event": event, "iso_date": date, "split": r["category"]}
        for r in rows
        for date, event in r["dates"].items()
    ]


def batch_result(rows: list[dict[str, Any]], learned: bool | None = None) -> dict[str, Any]:
    """The batch scored as real dated sentences are (event + date pairs); ``learned=False``: rules alone."""
    return evaluate_timeline(batch_items(rows), learned=learned)
