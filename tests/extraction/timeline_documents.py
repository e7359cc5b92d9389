"""What the own-words timeline document batches' tests share: their documents and the document score.

Each ``timeline_documents_*.jsonl`` row is a small document (a title page, a QA letter, a report's opening) in
:func:`tests.extraction.builders.make_document`'s text form (``\\f`` between pages, a blank line between blocks,
``#`` for a heading) with every timeline event it dates (``events``: event -> ISO date, one date per event, as
:func:`extraction.timeline.extract_timeline` gives them). Scoring is over (event, date) pairs: an event read at
its date is a true positive; read at another date, a false positive and a false negative; read where the
document dates no such event, a false positive.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from extraction.timeline import extract_timeline
from tests.extraction.builders import make_document

HERE = Path(__file__).resolve().parent


def load_documents(name: str) -> list[dict[str, Any]]:
    """The rows of the named document batch (beside this module), in order."""
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def read_events(row: dict[str, Any], *, learned: bool | None = None) -> dict[str, str]:
    """The events the extractor dates in the row's document: event -> ISO date."""
    return {e.event: e.date for e in extract_timeline(make_document(row["text"]), learned=learned)}


def documents_result(rows: list[dict[str, Any]], *, learned: bool | None = None) -> dict[str, Any]:
    """The batch's precision, recall, F1 and counts over (event, date) pairs, with the wrong pairs."""
    tp = fp = fn = 0
    errors: list[tuple[int, str, str | None, str | None]] = []
    for number, row in enumerate(rows):
        got, gold = read_events(row, learned=learned), row["events"]
        for event in sorted(set(got) | set(gold)):
            if got.get(event) == gold.get(event):
                tp += 1
                continue
            fp += event in got
            fn += event in gold
            errors.append((number, event, gold.get(event), got.get(event)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "errors": errors,
    }
