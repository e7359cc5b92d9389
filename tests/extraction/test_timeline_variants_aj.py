"""The timeline extractor on own-words blind batch aj (none of it real text): a second batch of helper G's.

``timeline_variants_aj.jsonl`` (helper G's; helper J's batch first written under this name is
``timeline_variants_ak.jsonl``): 48 sentences, 49 labelled dates (28 of them timeline events: death 13,
first_panel 3, report_completed 3, notification 2, decision_to_review 2, and one each of home_office_notified,
sent_to_qap, qap_first_heard, qap_signed_off and publication), written and labelled by the team's conventions
(annotations/real/README.md) and committed (6a7ef2d) before any run, after the fixes of batches ai / documents ag
(2ad41f2): deaths told as "the index offence", "declared dead at the scene", "found lifeless", "ended her life",
a fatal fire, "In late December"; process sentences in other words (made aware, determined, convened for the
first time, inaugural meeting, submitted for consideration by the QA Panel) and fields; 21 all-negative
sentences (conviction, the final panel meeting, contacts, relatives' deaths, a SAR completed, Royal Assent,
terms of reference agreed, a recommissioning, a deadline, MARAC, an earlier DHR, a birth, a trial, a season,
guidance revised, a draft footer, a sentence, a draft shared).

Scored once at 6a7ef2d (the code of 2ad41f2), before any change: rules and sentence model (the default) and rules
alone P 1.000 R 0.964 F1 0.982 (27 tp, 0 fp, 1 fn); the code before the ai fixes (ea26800) scores the same.
Fixed by a general reading: "Gwent Police made the partnership aware of the homicide on DATE" (the active "made
<CSP> aware [of the death]", in the cue and in the parse) is the notification. After: 1.000 (28/0/0) in both
modes (a dev figure now).
"""

import pytest

from tests.extraction.timeline_batch_checks import BOTH_MODES, check_batch, check_reading, sentence_id
from tests.extraction.timeline_variants import check_sentence, load_rows

_ROWS = load_rows("timeline_variants_aj.jsonl")


@pytest.mark.parametrize("row", _ROWS, ids=sentence_id)
def test_each_sentence(row: dict) -> None:
    check_sentence(row)


@pytest.mark.parametrize("learned", BOTH_MODES)
def test_the_batch_as_a_whole(learned: bool | None) -> None:
    check_batch(_ROWS, size=48, items=49, precision=0.98, f1=0.98, learned=learned)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the fix's reading on other wordings (written after the batch, so not blind); the first read the death
        # before the fix, the last guards that another body made aware is no notification
        (
            "On 3 May 2020 the police made the Safer Bromley Partnership aware of Mrs C's death.",
            {"2020-05-03": {"notification"}},
        ),
        (
            "The constabulary made the community safety partnership aware on 12 January 2021.",
            {"2021-01-12": {"notification"}},
        ),
        ("Her friend made the GP aware of the abuse on 2 March 2019.", {}),
    ],
)
def test_the_readings_on_other_wordings(sentence: str, expected: dict) -> None:
    check_reading(sentence, expected)
