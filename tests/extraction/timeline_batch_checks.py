"""The checks every own-words timeline batch test makes, in one place.

``test_timeline_variants_*.py`` (sentence batches) and ``test_timeline_documents_*.py`` (document batches) each
hold a batch to its own figures; what they check is the same: each item read as labelled (less the known misses),
the batch's size and score in either mode, and sentences or documents written after the batch read as the fixes
meant. The parametrize ids stay the ones the tests have always had (a sentence's first 50 characters, a
document's category) so that test names do not move.
"""

from __future__ import annotations

from typing import Any

from evaluation.real_timeline import predict
from tests.extraction.timeline_documents import documents_result, read_events
from tests.extraction.timeline_variants import batch_items, batch_result

#: The learned modes a batch is scored in: the sentence model (the default) and the rules alone.
BOTH_MODES: list[bool | None] = [None, False]


def kept_rows(rows: list[dict[str, Any]], known_misses: dict[str, str]) -> list[dict[str, Any]]:
    """The rows whose sentence holds none of the known misses' substrings."""
    return [r for r in rows if not any(k in r["sentence"] for k in known_misses)]


def sentence_id(row: dict[str, Any]) -> str:
    """A sentence row's test id: its first 50 characters."""
    return row["sentence"][:50]


def check_known_misses_present(rows: list[dict[str, Any]], known_misses: dict[str, str]) -> None:
    """Every known miss still names a sentence of the batch (a stale key would hide nothing)."""
    for key in known_misses:
        assert any(key in r["sentence"] for r in rows), key


def check_batch(
    rows: list[dict[str, Any]],
    *,
    size: int,
    items: int | None = None,
    precision: float = 0.0,
    f1: float = 0.0,
    learned: bool | None = None,
) -> None:
    """The batch has ``size`` rows (and ``items`` labelled dates) and scores at least its floors."""
    assert len(rows) == size and (items is None or len(batch_items(rows)) == items)
    result = batch_result(rows, learned=learned)
    scores = {k: result[k] for k in ("precision", "recall", "f1")}
    assert result["precision"] >= precision and result["f1"] >= f1, scores


def check_reading(sentence: str, expected: dict[str, set[str]], *, both_modes: bool = True) -> None:
    """The sentence's dates are read as ``expected`` (with the sentence model, and by the rules alone)."""
    assert dict(predict(sentence)) == expected
    if both_modes:
        assert dict(predict(sentence, learned=False)) == expected


def kept_documents(rows: list[dict[str, Any]], known_misses: dict[str, str]) -> list[dict[str, Any]]:
    """The documents whose category is not a known miss."""
    return [r for r in rows if r["category"] not in known_misses]


def document_id(row: dict[str, Any]) -> str:
    """A document row's test id: its category."""
    return row["category"]


def check_document(
    row: dict[str, Any], expected: dict[str, str] | None = None, *, both_modes: bool = True
) -> None:
    """The document's events are read as labelled (or as ``expected``), in either mode."""
    events = row["events"] if expected is None else expected
    assert read_events(row) == events
    if both_modes:
        assert read_events(row, learned=False) == events


def check_documents(
    rows: list[dict[str, Any]], *, size: int, events: int, precision: float = 0.0, f1: float = 0.0
) -> None:
    """The batch has ``size`` documents dating ``events`` events and scores at least its floors in both modes."""
    assert len(rows) == size and sum(len(r["events"]) for r in rows) == events
    for learned in BOTH_MODES:
        result = documents_result(rows, learned=learned)
        assert result["precision"] >= precision and result["f1"] >= f1, result
