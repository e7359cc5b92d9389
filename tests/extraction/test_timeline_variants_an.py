"""The timeline extractor on own-words blind batch an (none of it real text), by a writer who ran nothing.

PENDING: named so that pytest does not collect it (not ``test_*.py``). Nobody has scored the batch yet; the lead
scores it once, writes the figure here, sets the floors below from it, and renames the module to
``test_timeline_variants_an.py``. Blind score, both modes (the sentence model, then the rules alone)::

    .venv/bin/python -c "from tests.extraction.timeline_variants import load_rows, batch_result; \
rows = load_rows('timeline_variants_an.jsonl'); \
[print(m, {k: v for k, v in batch_result(rows, learned=m).items() if k not in ('errors', 'per_event')}) \
for m in (None, False)]"

``timeline_variants_an.jsonl``: 120 sentences, 152 labelled dates (71 events: death 29, report_completed 8,
decision_to_review 6, home_office_notified 5, first_panel 5, publication 5, notification 4, sent_to_qap 3,
qap_first_heard 3, qap_signed_off 3; 81 `other`): deaths in narrative ("found unresponsive ... in the early hours
of", "the 25th of", a body found, a call-out that finds the death, suicide in a DARDR), attacks before later
deaths, month, season and year-only deaths, inquests, charges, convictions, pleas and sentences, notification,
decision to commission and Home Office lines, panel meetings in lists (the first one the first panel) and later
meetings, chair appointment and IMR requests, "Date of Completion:", "Final version", signatures with "Month Year"
or a day-date, drafts and board approvals, QA panel submission, resubmission, first hearing and approval, QA letter
dates, publication (web, season, delayed) and listings, action-plan sign-off and due dates, chronology (GP, police,
MARAC, A&E, births, moves, earlier relationships, a relative's accident), legislation, policy and other reviews'
dates, ranges, "w/c", "Sept.", "Oct.", two-digit years ("'20", 22/01/21), key-dates table rows and one Welsh line.
Labels follow annotations/real/README.md ("Timeline labels: conventions").
"""

import pytest

from tests.extraction.timeline_variants import batch_items, batch_result, check_sentence, load_rows

_ROWS = load_rows("timeline_variants_an.jsonl")

#: Sentences still read otherwise than labelled (substring -> why); filled in by the lead after the blind score.
KNOWN_MISSES: dict[str, str] = {}

#: Floors for the batch as a whole: al's and am's level after their fixes; the lead sets them from the score.
PRECISION_FLOOR = 0.99
F1_FLOOR = 0.99


@pytest.mark.parametrize(
    "row",
    [r for r in _ROWS if not any(k in r["sentence"] for k in KNOWN_MISSES)],
    ids=lambda r: r["sentence"][:50],
)
def test_each_sentence(row: dict) -> None:
    check_sentence(row)


@pytest.mark.parametrize("learned", [None, False])
def test_the_batch_as_a_whole(learned: bool | None) -> None:
    assert len(_ROWS) == 120 and len(batch_items(_ROWS)) == 152
    result = batch_result(_ROWS, learned=learned)
    scores = {k: result[k] for k in ("precision", "recall", "f1")}
    assert result["precision"] >= PRECISION_FLOOR and result["f1"] >= F1_FLOOR, scores
