"""The timeline extractor on own-words blind batch ah (none of it real text): title-page and key-dates fields.

``timeline_variants_ah.jsonl``: 40 lines, 43 labelled dates (25 of them timeline events: report_completed 8, death
4, decision_to_review 3, notification, home_office_notified, first_panel and publication 2 each, qap_first_heard
and qap_signed_off 1 each; the batch's commit message says report_completed 7, a miscount), written and
labelled by the team's conventions (annotations/real/README.md) and committed (3525edb) before any run: title
and key-dates field lines (bars, dashes, dotted and short dates, a bilingual Welsh title, a life span) and
process sentences, with 18 hard negatives (a date of birth, a review period, an appointment, a draft circulated,
a board presentation, a QA letter received, a page footer, terms of reference, an inquest, a trial, "Last
reviewed", "Action plan updated", scoping, a suspension, an extension agreed with the Home Office, the CSP
agreeing to extend the terms of reference).

Scored once at 3525edb (the code of 551d50d), before any change, over the batch's (event, date) pairs as
:func:`tests.extraction.timeline_variants.batch_result` does: rules and sentence model (the default) P 0.952
R 0.800 F1 0.870 (20 tp, 1 fp, 5 fn); rules alone the same. Fixed by general readings: key-dates fields "Date of
Home Office QA Panel: DATE" (the panel's meeting), "Date of Home Office notification DATE", "Date of CSP
notification DATE" (not the CSP's notification to the Home Office); "Report published | DATE" (a bar as the
field's colon); "The CSP agreed on DATE to extend ..." is no decision to review (after "agreed/decided on DATE",
a "to" clause must hold, conduct, commission ... the review). After: P 1.000 R 0.960 F1 0.980 (24/0/1) in both
modes (a dev figure now). Real train 0.990 / dev 0.993 (rules alone 0.960 / 0.980) unchanged; batches af, ag and
documents af unchanged; every earlier variant and real train/dev sentence, the ad/ae documents and 359 annotated
and fixture documents read as before.
"""

import pytest

from tests.extraction.timeline_batch_checks import (
    BOTH_MODES,
    check_batch,
    check_reading,
    kept_rows,
    sentence_id,
)
from tests.extraction.timeline_variants import check_sentence, load_rows

_ROWS = load_rows("timeline_variants_ah.jsonl")

#: Sentences still read otherwise than labelled (substring -> why).
KNOWN_MISSES = {
    # labelled by "a title page's only date is the report's"; the reader keeps the web-listing rule (a date alone
    # in a '|' cell with nothing on the line saying it is the report's dates no report)
    "Mehefin 2022 | June 2022": "a bilingual title's bare month in a bar cell",
}


@pytest.mark.parametrize("row", kept_rows(_ROWS, KNOWN_MISSES), ids=sentence_id)
def test_each_sentence(row: dict) -> None:
    check_sentence(row)


@pytest.mark.parametrize("learned", BOTH_MODES)
def test_the_batch_as_a_whole(learned: bool | None) -> None:
    check_batch(_ROWS, size=40, items=43, precision=0.98, f1=0.97, learned=learned)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the fixes' readings on other wordings than the batch's (written after it, so not blind); the first
        # three read otherwise before the fixes
        ("Home Office notification | 2 May 2022", {"2022-05-02": {"home_office_notified"}}),
        ("Overview report published | 5 September 2023", {"2023-09-05": {"publication"}}),
        ("The partnership agreed on 8 March 2022 to extend the deadline for the review.", {}),
        (
            "The chair agreed on 1 February 2022 to commission a review.",
            {"2022-02-01": {"decision_to_review"}},
        ),
        ("Partnership notification: 19 April 2022", {"2022-04-19": {"notification"}}),
    ],
)
def test_the_readings_on_other_wordings(sentence: str, expected: dict) -> None:
    check_reading(sentence, expected)
