"""The timeline extractor on own-words blind document batch ag (none of it real text): whole small documents.

``timeline_documents_ag.jsonl``: 8 small documents, 37 events (one date per event), written and labelled by the
team's conventions (annotations/real/README.md) and the document rules of ``test_timeline_variants_ad.py``, and
committed (8d51413) before any run: a title page whose only date is a month under the chair's name; a key-dates
appendix table (a trial range, a board presentation, QA submission and consideration, publication); a Home Office
QA letter (the report's receipt, the panel's meeting, a clearing with no resubmission); a DARDR suicide's summary
with a dated title page and a financial year; a Welsh bilingual front page ("Tachwedd 2022 | November 2022"); a
report whose footer "Final version 3.2 - 12.04.2021" repeats on every page; a chronology whose death is dated only
"In the early hours of the 4th"; a timetable list whose years are omitted and inherited.

Scored once at 8d51413, before any change, over (event, date) pairs
(:func:`tests.extraction.timeline_documents.documents_result`): with the sentence model (the default) and with
the rules alone P 0.969 R 0.838 F1 0.899 (31 tp, 1 fp, 6 fn).
"""

import pytest

from tests.extraction.timeline_documents import documents_result, load_documents, read_events

_DOCUMENTS = load_documents("timeline_documents_ag.jsonl")

#: Documents still read otherwise than labelled (category -> why).
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    "row", [r for r in _DOCUMENTS if r["category"] not in KNOWN_MISSES], ids=lambda r: r["category"]
)
def test_each_document(row: dict) -> None:
    assert read_events(row) == row["events"]
    assert read_events(row, learned=False) == row["events"]


def test_the_documents_as_a_whole() -> None:
    assert len(_DOCUMENTS) == 8 and sum(len(r["events"]) for r in _DOCUMENTS) == 37
    for learned in (None, False):
        result = documents_result(_DOCUMENTS, learned=learned)
        assert result["precision"] >= 0.96 and result["f1"] >= 0.89, result
