"""The timeline extractor on own-words document batch ah (none of it real text): whole small documents.

``timeline_documents_ah.jsonl``: 7 small documents, 33 events (one date per event), written by a helper who ran
nothing: a report whose title gives "Report completed:" and whose introduction dates a family's reading of the
report "before it was finalised"; a Home Office QA letter asking for changes before publication (no sign-off); a
DARDR executive summary with a footer repeating the final version's date; a key-dates appendix with the date
first ("October 2014 | Chair of the CSP decides to conduct a DHR"); a closing section (submission, the panel's
consideration, its sign-off, publication); a DARDR whose title dates the death by its month and whose text gives
the day without a year; a QA letter approving the report for publication.

Scored once by the lead before any change, over (event, date) pairs
(:func:`tests.extraction.timeline_documents.documents_result`): F1 0.825 (26 tp, 4 fp, 7 fn) with the sentence
model and with the rules alone. A dev set from then on: its errors were read and fixed by general readings (see
the commits that name documents ah).
"""

import pytest

from tests.extraction.timeline_batch_checks import (
    check_document,
    check_documents,
    check_reading,
    document_id,
    kept_documents,
)
from tests.extraction.timeline_documents import load_documents, read_events

_DOCUMENTS = load_documents("timeline_documents_ah.jsonl")

#: Documents still read otherwise than labelled (category -> why).
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("row", kept_documents(_DOCUMENTS, KNOWN_MISSES), ids=document_id)
def test_each_document(row: dict) -> None:
    check_document(row)


def test_the_documents_as_a_whole() -> None:
    check_documents(_DOCUMENTS, size=7, events=33, f1=0.99)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # written after the batch, in other words: the readings the fixes made, one sentence each
        (
            "The victim's son met the author on 4 March 2021 and saw the report before it was finalised.",
            {},
        ),
        (
            "The screening group recommended a review on 2 June 2019 and the CSP chair ratified the decision "
            "on 9 June 2019.",
            {"2019-06-09": {"decision_to_review"}},
        ),
        (
            "The review panel first met on 12 January 2022 and met four more times, the last on 3 October 2022.",
            {"2022-01-12": {"first_panel"}},
        ),
    ],
)
def test_sentences_read_after_the_fixes(sentence: str, expected: dict) -> None:
    check_reading(sentence, expected, both_modes=False)


def test_a_day_month_takes_the_year_the_title_printed_with_its_month() -> None:
    # written after the batch: the title page dates the death by its month; the text gives the day, no year
    text = (
        "Safer Anyborough Partnership\n\nDomestic Homicide Review into the death of 'Ruth' in March 2021\n\n"
        "Author: A. Writer\n\nFinal version: 14 June 2023\f#1. Introduction\n\n"
        "1.1 Ruth was killed by her son at her home on 9 March.\n"
    )
    assert read_events({"text": text})["death"] == "2021-03-09"
