"""The timeline extractor on own-words document batch ak (none of it real text): whole small documents.

PENDING: named so that pytest does not collect it (not ``test_*.py``). Nobody has scored the batch yet; the lead
scores it once, writes the figure here, sets the floor below from it, and renames the module to
``test_timeline_documents_ak.py``. Blind score, both modes (the sentence model, then the rules alone)::

    .venv/bin/python -c "from tests.extraction.timeline_documents import load_documents, documents_result; \
rows = load_documents('timeline_documents_ak.jsonl'); \
[print(m, documents_result(rows, learned=m)) for m in (None, False)]"

``timeline_documents_ak.jsonl``: 6 short documents, 35 events (one date per event: report_completed 6, death 5,
decision_to_review 4, first_panel 4, notification 3, home_office_notified 3, sent_to_qap 3, qap_first_heard 3,
publication 2, qap_signed_off 2), written by a writer who ran nothing: an overview report's title page with
"Date of Completion:", a contents page, process prose with panel meetings in a list, trial dates and a chronology;
an executive summary closing with the chair's signature over "Month Year", an inquest and a conviction beside the
death; a review timetable table in mixed formats (two-digit years, "Sept.", "Spring 2022") with chair, IMR,
scoping, sentencing and action-plan rows among the stages; an overview report's conclusions and the chair's
day-dated signature with a Home Office QA letter appended asking for changes; a recommendations page with a
"Final version" footer and an appended QA letter approving the revised report; a DARDR with a draft and a final
version line on its cover, a death found days later, and process prose among board sign-off, chair and IMR dates.
"""

import pytest

from tests.extraction.timeline_documents import documents_result, load_documents, read_events

_DOCUMENTS = load_documents("timeline_documents_ak.jsonl")

#: Documents still read otherwise than labelled (category -> why); filled in by the lead after the blind score.
KNOWN_MISSES: dict[str, str] = {}

#: Floor for the batch as a whole: ai's and aj's level after their fixes; the lead sets it from the score.
F1_FLOOR = 0.99


@pytest.mark.parametrize(
    "row", [r for r in _DOCUMENTS if r["category"] not in KNOWN_MISSES], ids=lambda r: r["category"]
)
def test_each_document(row: dict) -> None:
    assert read_events(row) == row["events"]
    assert read_events(row, learned=False) == row["events"]


def test_the_documents_as_a_whole() -> None:
    assert len(_DOCUMENTS) == 6 and sum(len(r["events"]) for r in _DOCUMENTS) == 35
    for learned in (None, False):
        result = documents_result(_DOCUMENTS, learned=learned)
        assert result["f1"] >= F1_FLOOR, result
