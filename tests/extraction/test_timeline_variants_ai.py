"""The timeline extractor on own-words blind batch ai (none of it real text): real reports' phrasing, hard negatives.

``timeline_variants_ai.jsonl``: 138 sentences, 157 labelled dates (68 of them timeline events: death 26,
report_completed 8, decision_to_review 6, first_panel 6, publication 5, home_office_notified 5, notification 4,
sent_to_qap 3, qap_signed_off 3, qap_first_heard 2), written and labelled by the team's conventions
(annotations/real/README.md, "Timeline labels: conventions") and committed (8d51413) before any run: deaths in
narrative sentences (ordinals, "10 th", day-first and dotted numerics, a found body, a call-out that finds the
death, a murder-suicide, years omitted and inherited from later in the sentence), process sentences and key-dates
fields, and 73 all-negative sentences (charge, trial, plea, sentencing, inquest, post-mortem, funeral, a birthday
and anniversaries, births, chronology contacts, MARAC/DASH, training, an earlier review and other bodies' reports,
recommendation and action-plan target dates, later panel meetings, "met on five occasions between X and Y",
financial years, a QA letter's date, a draft footer, a review period).

Scored once at 8d51413, before any change, over the batch's (event, date) pairs as
:func:`tests.extraction.timeline_variants.batch_result` does: rules and sentence model (the default) P 0.955
R 0.926 F1 0.940 (63 tp, 3 fp, 5 fn); rules alone P 0.969 R 0.926 F1 0.947 (63/2/5). Fixed by general
readings: a day-month printed before the sentence's own full date takes that date's year ("The CSP was notified
on 9 March and the chair decided ... on 23 March 2022"; a step back over a new year); "the decision to proceed"
is the decision to review (not a prosecution's); "Target date:" / "Deadline:" fields are an action plan's; another
body's annual, thematic or research report published is no review's publication; a disclosure ("told a nurse
that her husband had hit her") dates the telling, not a death. After: P 1.000 R 0.971 F1 0.985 (66/0/2) in both
modes (a dev figure now). Real train 0.990 / dev 0.993 (rules alone 0.960 / 0.980) unchanged; extraction_dev2
timeline 0.991 unchanged; no other variant sentence, attachment sentence, real train/dev sentence or own-words
document reads differently.
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

_ROWS = load_rows("timeline_variants_ai.jsonl")

#: Sentences still read otherwise than labelled (substring -> why).
KNOWN_MISSES = {
    # labelled by the README's "Published October 2014" (publication); the reader keeps the rule that a bare
    # "Published ..." / "Date of publication: ..." line naming no review is a web page's own stamp (`other` in the
    # real data), as this one-line sentence names none (inside a report's key-dates table it is read)
    "Published: March 2022": "a bare publication field with no review named: read as a page stamp",
    "Date of publication: 2 May 2023": "a bare publication field with no review named: read as a page stamp",
}


@pytest.mark.parametrize("row", kept_rows(_ROWS, KNOWN_MISSES), ids=sentence_id)
def test_each_sentence(row: dict) -> None:
    check_sentence(row)


@pytest.mark.parametrize("learned", BOTH_MODES)
def test_the_batch_as_a_whole(learned: bool | None) -> None:
    check_batch(_ROWS, size=138, items=157, precision=0.98, f1=0.98, learned=learned)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the fixes' readings on other wordings than the batch's (written after it, so not blind); the first five
        # read otherwise before the fixes, the last two guard the same readings (they read none before too)
        (
            "Police informed the partnership on 2 June, and the Home Office was notified on 20 June 2023.",
            {"2023-06-02": {"notification"}, "2023-06-20": {"home_office_notified"}},
        ),
        (
            "The partnership was told of the death on 29 December and decided to hold a review on 14 January 2021.",
            {"2020-12-29": {"notification"}, "2021-01-14": {"decision_to_review"}},
        ),
        (
            "After screening, the chair made the decision to proceed on 6 May 2020.",
            {"2020-05-06": {"decision_to_review"}},
        ),
        ("Recommendation 2 | Owner: Housing | Target date: March 2023", {}),
        ("Women's Aid published its annual survey report in May 2022.", {}),
        ("Lead agency: Health | Deadline: 31/03/2024", {}),
        ("In March 2019 she disclosed to her GP that her partner had punched her.", {}),
    ],
)
def test_the_readings_on_other_wordings(sentence: str, expected: dict) -> None:
    check_reading(sentence, expected)
